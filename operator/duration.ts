/** Go/Prometheus durations as the CRD accepts them ("13h", "1h30m", "500ms", "2d", "0") in milliseconds. */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 3.6e6,
  d: 8.64e7,
  w: 6.048e8,
  y: 3.1536e10,
};

export function parseDuration(v: string): number {
  if (v === "0") return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let end = 0;
  for (let m = re.exec(v); m !== null; m = re.exec(v)) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    end = re.lastIndex;
  }
  if (end === 0 || end !== v.length) throw new Error(`invalid duration "${v}"`);
  return total;
}
