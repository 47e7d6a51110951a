/**
 * Query benchmark (PERFORMANCE.md): loads the a_X/b_X/h_X data set into mimir-ts and, where
 * installed, into Prometheus by remote write, then times each expression as an instant query
 * and as range queries of 100 and 1000 steps through both HTTP APIs, printing medians and
 * per-query ratios. Usage:
 *   npm run bench:query -- [--hours 1] [--sizes 1,100,2000] [--runs 5] [--filter rate]
 * Frontend mode (query_frontend.ts): 7-day range queries through the query-frontend, cold and
 * warm results cache, with and without sharding, beside Prometheus:
 *   npm run bench:query -- --frontend [--days 7] [--sizes 1,10] [--interval 60] [--runs 5]
 */
import process from "node:process";
import { parseArgs } from "node:util";
import { loadDataset, seriesCount } from "./dataset.ts";
import { runFrontendBench } from "./query_frontend.ts";
import {
  type BenchTarget,
  hasPrometheus,
  startMimirTarget,
  startPrometheusTarget,
} from "./targets.ts";

const { values: opts } = parseArgs({
  options: {
    hours: { type: "string", default: "1" },
    sizes: { type: "string", default: "1,100,2000" },
    runs: { type: "string", default: "5" },
    filter: { type: "string", default: "" },
    frontend: { type: "boolean", default: false },
    days: { type: "string", default: "7" },
    interval: { type: "string", default: "60" },
  },
});

const SIZES = opts.sizes.split(",").map(Number);
const HOURS = Number(opts.hours);
const RUNS = Number(opts.runs);
const INTERVAL = 10_000;

/** Expressions in the shape of Prometheus's engine benchmark; X is replaced by each size. */
const TEMPLATES = [
  "a_X",
  "rate(a_X[1m])",
  "rate(a_X[5m])",
  "increase(a_X[5m])",
  "sum(a_X)",
  "sum by (l)(h_X)",
  "sum without (l)(h_X)",
  "sum(rate(h_X[1m]))",
  "histogram_quantile(0.9, rate(h_X[5m]))",
  "histogram_quantile(0.9, sum by (le)(rate(h_X[5m])))",
  "a_X - b_X",
  "a_X - on(l) b_X",
  "a_X > 10",
  "topk(5, a_X)",
  "count_values('value', h_X)",
  "abs(a_X)",
  "label_replace(a_X, 'l2', '$1', 'l', '(.*)')",
  "max_over_time(a_X[10m])",
  "max_over_time(rate(a_X[1m])[10m:1m])",
  "-a_X",
  "timestamp(a_X)",
];

interface Timing {
  query: string;
  kind: string;
  ms: Map<string, number>;
}

async function timeQuery(
  target: BenchTarget,
  path: string,
  params: Record<string, string>,
): Promise<number> {
  const samples: number[] = [];
  const body = new URLSearchParams(params).toString();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(`${target.queryBase}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...target.headers },
      body,
    });
    const text = await res.text();
    if (res.status !== 200)
      throw new Error(`${target.name}: ${params.query}: ${res.status} ${text.slice(0, 200)}`);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function main() {
  if (opts.frontend) {
    await runFrontendBench({
      days: Number(opts.days),
      sizes: opts.sizes === "1,100,2000" ? [1, 10] : SIZES,
      runs: RUNS,
      intervalMs: Number(opts.interval) * 1000,
      filter: opts.filter,
    });
    return;
  }
  const end = Math.floor(Date.now() / INTERVAL) * INTERVAL;
  const start = end - HOURS * 3_600_000;
  const dataset = {
    sizes: SIZES,
    start,
    end,
    intervalMs: INTERVAL,
    sliceSamples: 30,
    seriesPerRequest: 1000,
  };
  const samples = seriesCount(SIZES) * ((end - start) / INTERVAL);
  process.stdout.write(
    `query benchmark: ${seriesCount(SIZES)} series (sizes ${SIZES.join(",")}), ${HOURS}h at ${INTERVAL / 1000}s = ${samples} samples; median of ${RUNS} runs per query\n`,
  );
  const targets: BenchTarget[] = [await startMimirTarget(["-querier.max-samples=500000000"])];
  if (hasPrometheus()) targets.push(await startPrometheusTarget(["--query.max-samples=500000000"]));
  else process.stdout.write("prometheus not installed: printing mimir-ts figures only\n");
  try {
    for (const t of targets) {
      const t0 = Date.now();
      await loadDataset(t.writeUrl, t.headers, dataset, (n) => {
        if (n % 20 === 0) process.stderr.write(`\rloading into ${t.name}: ${n} requests`);
      });
      process.stderr.write("\n");
      process.stdout.write(`loaded ${t.name} in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
    }
    const evalTime = end - 60_000;
    const kinds: [string, (q: string) => [string, Record<string, string>]][] = [
      ["instant", (q) => ["/api/v1/query", { query: q, time: String(evalTime / 1000) }]],
      [
        "range100",
        (q) => [
          "/api/v1/query_range",
          {
            query: q,
            start: String((evalTime - 99 * 36_000) / 1000),
            end: String(evalTime / 1000),
            step: "36",
          },
        ],
      ],
      [
        "range1000",
        (q) => [
          "/api/v1/query_range",
          {
            query: q,
            start: String((evalTime - 999 * 3_600) / 1000),
            end: String(evalTime / 1000),
            step: "3.6",
          },
        ],
      ],
    ];
    const timings: Timing[] = [];
    const queries = SIZES.flatMap((x) => TEMPLATES.map((t) => t.replaceAll("X", String(x)))).filter(
      (q) => q.includes(opts.filter),
    );
    process.stdout.write(
      `${"query".padEnd(58)} ${"kind".padEnd(9)} ${targets.map((t) => t.name.padStart(11)).join(" ")}  ratio\n`,
    );
    for (const q of queries) {
      for (const [kind, mk] of kinds) {
        const [path, params] = mk(q);
        const ms = new Map<string, number>();
        for (const t of targets) ms.set(t.name, await timeQuery(t, path, params));
        timings.push({ query: q, kind, ms });
        const ours = ms.get("mimir-ts")!;
        const theirs = ms.get("prometheus");
        process.stdout.write(
          `${q.slice(0, 58).padEnd(58)} ${kind.padEnd(9)} ${targets.map((t) => `${ms.get(t.name)!.toFixed(1)}ms`.padStart(11)).join(" ")}  ${theirs ? (ours / theirs).toFixed(2) : "-"}\n`,
        );
      }
    }
    if (targets.length > 1) {
      const ratios = timings
        .map((t) => t.ms.get("mimir-ts")! / t.ms.get("prometheus")!)
        .sort((a, b) => a - b);
      const med = ratios[Math.floor(ratios.length / 2)];
      process.stdout.write(
        `median ratio mimir-ts/prometheus over ${ratios.length} timings: ${med.toFixed(2)}x (goal <= 1.0)\n`,
      );
      for (const kind of kinds.map((k) => k[0])) {
        const r = timings
          .filter((t) => t.kind === kind)
          .map((t) => t.ms.get("mimir-ts")! / t.ms.get("prometheus")!)
          .sort((a, b) => a - b);
        process.stdout.write(
          `  ${kind}: median ratio ${r[Math.floor(r.length / 2)].toFixed(2)}x\n`,
        );
      }
    }
  } finally {
    for (const t of targets) await t.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:query failed: ${(e as Error).message}\n`);
  process.exit(1);
});
