/**
 * Engine micro-benchmark in the shape of Prometheus's BenchmarkRangeQuery: metrics a_X, b_X
 * (floats) and h_X (classic histograms, le 0..9 and +Inf) for X series, 10s interval.
 * Prints the median wall time of each query. Not a test; run:
 *   node_modules/.bin/node components/promql/bench/engine-bench.ts [series=100] [hours=6]
 */
import { labelsFromObject } from "../../model/labels.ts";
import { Engine } from "../engine.ts";
import { MemStorage } from "../promqltest/memstorage.ts";

const X = Number(process.argv[2] ?? 100);
const HOURS = Number(process.argv[3] ?? 6);
const TENANT = "bench";
const st = new MemStorage();
const end = HOURS * 3600_000;
for (let s = 0; s < X; s++) {
  const l = String(s % 10);
  const a = labelsFromObject({ __name__: `a_${X}`, l, s: String(s) });
  const b = labelsFromObject({ __name__: `b_${X}`, l, s: String(s) });
  const hs = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+Inf"].map((le) =>
    labelsFromObject({ __name__: `h_${X}`, l, s: String(s), le }),
  );
  for (let t = 0, i = 0; t <= end; t += 10_000, i++) {
    st.append(TENANT, a, t, i * s);
    st.append(TENANT, b, t, i * s + 1);
    for (let k = 0; k < hs.length; k++) st.append(TENANT, hs[k], t, i * (k + 1));
  }
}
const engine = new Engine({
  lookbackDelta: 300_000,
  maxSamples: 0,
  timeout: 0,
  defaultSubqueryStep: 60_000,
});
const queries = [
  `a_${X}`,
  `rate(a_${X}[1m])`,
  `rate(a_${X}[1m]) + rate(b_${X}[1m])`,
  `a_${X} - b_${X}`,
  `a_${X} - on(l, s) b_${X}`,
  `sum(a_${X})`,
  `sum by (l)(h_${X})`,
  `histogram_quantile(0.9, rate(h_${X}[5m]))`,
  `topk(5, a_${X})`,
  `max_over_time(a_${X}[10m:1m])`,
  `-a_${X}`,
  `abs(a_${X})`,
];
async function time(f: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await f();
    runs.push(performance.now() - t0);
  }
  runs.sort((x, y) => x - y);
  return runs[1];
}
for (const q of queries) {
  const inst = await time(() => engine.instantQuery(st, TENANT, q, end));
  const r100 = await time(() => engine.rangeQuery(st, TENANT, q, end - 100 * 60_000, end, 60_000));
  const r1000 = await time(() =>
    engine.rangeQuery(st, TENANT, q, end - 1000 * 10_000, end, 10_000),
  );
  console.log(
    `${q.padEnd(45)} instant ${inst.toFixed(1).padStart(7)}ms  range100 ${r100.toFixed(1).padStart(7)}ms  range1000 ${r1000.toFixed(1).padStart(8)}ms`,
  );
}
