/**
 * Stands in for prom/memcached-exporter in the local cluster: serves /metrics on
 * --web.listen-address with memcached_up (1 when --memcached.address accepts a connection).
 */
import { createServer } from "node:http";
import { connect } from "node:net";

function flag(name: string, def: string): string {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : def;
}

const listen = flag("web.listen-address", "0.0.0.0:9150");
const target = flag("memcached.address", "localhost:11211");
const [lh, lp] = [
  listen.slice(0, listen.lastIndexOf(":")) || "0.0.0.0",
  Number(listen.slice(listen.lastIndexOf(":") + 1)),
];
const [th, tp] = [
  target.slice(0, target.lastIndexOf(":")),
  Number(target.slice(target.lastIndexOf(":") + 1)),
];

function up(): Promise<number> {
  return new Promise((resolve) => {
    const s = connect(tp, th);
    s.setTimeout(1000);
    s.once("connect", () => {
      s.destroy();
      resolve(1);
    });
    s.once("error", () => resolve(0));
    s.once("timeout", () => {
      s.destroy();
      resolve(0);
    });
  });
}

const server = createServer(async (req, res) => {
  if (req.url?.startsWith("/metrics")) {
    res.writeHead(200, { "Content-Type": "text/plain; version=0.0.4" });
    res.end(
      `# HELP memcached_up Could the memcached server be reached.\n# TYPE memcached_up gauge\nmemcached_up ${await up()}\n`,
    );
    return;
  }
  res.writeHead(404);
  res.end();
});
server.listen(lp, lh);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
