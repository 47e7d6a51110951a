import process from "node:process";
const mods = process.argv.slice(2);
function m() { global.gc?.(); global.gc?.(); const u = process.memoryUsage(); return { rss: u.rss, heap: u.heapUsed }; }
let prev = m();
console.log(`base rss=${(prev.rss/1e6).toFixed(1)} heap=${(prev.heap/1e6).toFixed(1)}`);
for (const mod of mods) {
  await import(mod.includes("/") ? new URL(mod, `file://${process.cwd()}/`).href : mod);
  const cur = m();
  console.log(`${mod.padEnd(60)} rss +${((cur.rss-prev.rss)/1e6).toFixed(1)} heap +${((cur.heap-prev.heap)/1e6).toFixed(1)}`);
  prev = cur;
}
console.log(`total rss=${(prev.rss/1e6).toFixed(1)} heap=${(prev.heap/1e6).toFixed(1)}`);
