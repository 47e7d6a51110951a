/**
 * The frontend mode of the query benchmark (`npm run bench:query -- --frontend`): the data set
 * over `days` days (default 7) in mimir-ts and Prometheus, then 7-day range queries timed
 * through mimir-ts's query-frontend (24h splits) in three per-tenant setups — no results cache
 * and no sharding ("plain"), results cache ("cache"), results cache and 16-way sharding
 * ("cache-shard") — cold (first run, empty cache) and warm (median of the next runs), beside
 * Prometheus (median of the runs). The tenants hold the same data; the setups differ only by
 * their runtime overrides (results_cache_ttl, query_sharding_total_shards).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { tempDir } from "../harness.ts";
import { loadDataset, seriesCount } from "./dataset.ts";
import {
  type BenchTarget,
  hasPrometheus,
  startMimirTarget,
  startPrometheusTarget,
} from "./targets.ts";

export interface FrontendBenchOptions {
  days: number;
  sizes: number[];
  runs: number;
  intervalMs: number;
  filter: string;
}

const TEMPLATES = [
  "sum(rate(a_X[5m]))",
  "sum by (l)(rate(a_X[5m]))",
  "max(max_over_time(a_X[1h]))",
  "avg(a_X)",
  "histogram_quantile(0.9, sum by (le)(rate(h_X[5m])))",
  "rate(a_X[5m])",
];

/** Tenants and their overrides: the three frontend setups. */
const SETUPS = [
  { tenant: "plain", overrides: "results_cache_ttl: 0s\n    query_sharding_total_shards: 0" },
  { tenant: "cache", overrides: "query_sharding_total_shards: 0" },
  { tenant: "cache-shard", overrides: "query_sharding_total_shards: 16" },
] as const;

async function timeOnce(
  t: BenchTarget,
  tenant: string | undefined,
  params: Record<string, string>,
): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${t.queryBase}/api/v1/query_range`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(tenant ? { "X-Scope-OrgID": tenant } : {}),
    },
    body: new URLSearchParams(params).toString(),
  });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`${t.name}/${tenant}: ${params.query}: ${res.status} ${text.slice(0, 200)}`);
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function runFrontendBench(o: FrontendBenchOptions): Promise<void> {
  const end = Math.floor(Date.now() / o.intervalMs) * o.intervalMs;
  const start = end - o.days * 86_400_000;
  const dataset = {
    sizes: o.sizes,
    start,
    end,
    intervalMs: o.intervalMs,
    // A slice spans at most 30m: the head takes in-order samples within 1h of its newest one.
    sliceSamples: Math.max(1, Math.floor(1_800_000 / o.intervalMs)),
    seriesPerRequest: 1000,
  };
  const samples = seriesCount(o.sizes) * ((end - start) / o.intervalMs);
  process.stdout.write(
    `query-frontend benchmark: ${seriesCount(o.sizes)} series, ${o.days}d at ${o.intervalMs / 1000}s = ${samples} samples per tenant; ${o.days}d range queries at step 5m; warm and Prometheus: median of ${o.runs} runs\n`,
  );
  const dir = tempDir("bench-frontend-");
  const runtime = join(dir, "runtime.yaml");
  writeFileSync(
    runtime,
    `overrides:\n${SETUPS.map((s) => `  ${JSON.stringify(s.tenant)}:\n    ${s.overrides}\n`).join("")}`,
  );
  const mimir = await startMimirTarget([
    "-auth.multitenancy-enabled=true",
    "-querier.max-samples=500000000",
    `-runtime-config.file=${runtime}`,
    "-query-frontend.cache-results=true",
    "-query-frontend.results-cache.backend=inmemory",
    "-query-frontend.parallelize-shardable-queries=true",
    // All the data stays in the ingester (no store-gateway in the measurement).
    "-querier.query-ingesters-within=0",
    `-blocks-storage.tsdb.retention-period=${o.days * 24 + 24}h`,
  ]);
  const prom = hasPrometheus()
    ? await startPrometheusTarget(["--query.max-samples=500000000"])
    : undefined;
  try {
    for (const s of SETUPS) {
      const t0 = Date.now();
      await loadDataset(mimir.writeUrl, { "X-Scope-OrgID": s.tenant }, dataset);
      process.stdout.write(
        `loaded mimir-ts tenant ${s.tenant} in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`,
      );
    }
    if (prom) {
      const t0 = Date.now();
      await loadDataset(prom.writeUrl, {}, dataset);
      process.stdout.write(`loaded prometheus in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
    }
    const cols = ["prometheus", "plain", "cache cold", "cache warm", "shard cold", "shard warm"];
    process.stdout.write(`${"query".padEnd(52)} ${cols.map((c) => c.padStart(11)).join(" ")}\n`);
    const queries = o.sizes
      .flatMap((x) => TEMPLATES.map((t) => t.replaceAll("X", String(x))))
      .filter((q) => q.includes(o.filter));
    for (const q of queries) {
      const params = {
        query: q,
        start: String((end - o.days * 86_400_000) / 1000),
        end: String(end / 1000),
        step: "300",
      };
      const row: (number | undefined)[] = [];
      if (prom) {
        const xs: number[] = [];
        for (let i = 0; i < o.runs; i++) xs.push(await timeOnce(prom, undefined, params));
        row.push(median(xs));
      } else row.push(undefined);
      const plain: number[] = [];
      for (let i = 0; i < o.runs; i++) plain.push(await timeOnce(mimir, "plain", params));
      row.push(median(plain));
      for (const tenant of ["cache", "cache-shard"]) {
        row.push(await timeOnce(mimir, tenant, params));
        const warm: number[] = [];
        for (let i = 0; i < o.runs; i++) warm.push(await timeOnce(mimir, tenant, params));
        row.push(median(warm));
      }
      process.stdout.write(
        `${q.slice(0, 52).padEnd(52)} ${row.map((ms) => (ms === undefined ? "-" : `${ms.toFixed(1)}ms`).padStart(11)).join(" ")}\n`,
      );
    }
  } finally {
    await mimir.stop();
    await prom?.stop();
  }
}
