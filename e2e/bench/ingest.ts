/**
 * Ingest benchmark: pushes pre-built remote-write v1 requests (node_exporter-like series,
 * 2000 series x 1 sample per request) to mimir-ts and, where installed, to Prometheus's
 * remote-write receiver, and prints samples accepted per CPU-second of the server and resident
 * memory per series, with ratios. Usage:
 *   npm run bench:ingest -- [--series 100000] [--rounds 5] [--concurrency 8] [--repeat 3]
 * With `--topology microservices` it also runs a cluster of separate processes (distributors,
 * ingesters in zones a/b/c, RF 3; `--distributors N`, default 1) and prints samples per
 * CPU-second of the whole cluster (the CPU of all its processes) beside monolithic mimir-ts and
 * Prometheus, and the distributors' samples per second per core (samples / their CPU-seconds).
 * BENCH_DISTRIBUTOR_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=DIR" profiles the distributors of
 * the cluster (a .cpuprofile per process and run, written when it stops).
 */
import process from "node:process";
import { parseArgs } from "node:util";
import { startMicroservicesTarget } from "./cluster_target.ts";
import { cpuSeconds, rssBytes } from "./procstat.ts";
import { compressSync } from "snappy";
import { Histogram } from "../../components/model/histogram.ts";
import {
  encodeHistogramWriteRequest,
  encodeLabelFields,
  encodeWriteRequestFromLabelFields,
  REMOTE_WRITE_HEADERS,
} from "./remotewrite.ts";
import {
  type BenchTarget,
  hasPrometheus,
  startMimirTarget,
  startPrometheusTarget,
} from "./targets.ts";
import { seriesLabels } from "./node_series.ts";

const { values: opts } = parseArgs({
  options: {
    series: { type: "string", default: "100000" },
    rounds: { type: "string", default: "5" },
    "per-request": { type: "string", default: "2000" },
    concurrency: { type: "string", default: "8" },
    repeat: { type: "string", default: "3" },
    only: { type: "string", default: "" },
    topology: { type: "string", default: "monolithic" },
    distributors: { type: "string", default: "1" },
    workload: { type: "string", default: "floats" },
  },
});
if (opts.workload !== "floats" && opts.workload !== "histograms") {
  process.stderr.write(
    `bench:ingest: unknown --workload ${opts.workload} (floats or histograms)\n`,
  );
  process.exit(2);
}
const HISTOGRAMS = opts.workload === "histograms";
if (opts.topology !== "monolithic" && opts.topology !== "microservices") {
  process.stderr.write(
    `bench:ingest: unknown --topology ${opts.topology} (monolithic or microservices)\n`,
  );
  process.exit(2);
}
const SERIES = Number(opts.series);
const ROUNDS = Number(opts.rounds);
const PER_REQUEST = Number(opts["per-request"]);
const CONCURRENCY = Number(opts.concurrency);
const REPEAT = Number(opts.repeat);

/** The latency histogram of series i after round r: 20 buckets in two spans of schema 3. */
function latencyHistogram(i: number, r: number): Histogram {
  const h = new Histogram();
  h.schema = 3;
  h.zeroThreshold = 2 ** -128;
  h.positiveSpans = Int32Array.of(-4, 12, 3, 8);
  const d = new Float64Array(20);
  let prev = 0;
  let total = 0;
  for (let b = 0; b < 20; b++) {
    const c = (r + 1) * (1 + ((i + b) % 7));
    d[b] = c - prev;
    prev = c;
    total += c;
  }
  h.positiveBuckets = d;
  h.count = total;
  h.sum = total * 0.25;
  return h;
}

function buildRequests(): Buffer[] {
  const t0 = Date.now() - (ROUNDS + 1) * 15_000;
  const labels = Array.from({ length: SERIES }, (_, i) =>
    encodeLabelFields(
      HISTOGRAMS
        ? seriesLabels(i).map(([n, v]): [string, string] =>
            n === "__name__" ? [n, `${v}_duration_seconds`] : [n, v],
          )
        : seriesLabels(i),
    ),
  );
  const bodies: Buffer[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = t0 + r * 15_000;
    for (let start = 0; start < SERIES; start += PER_REQUEST) {
      if (HISTOGRAMS) {
        const hb: { labelFields: Buffer; t: number; h: Histogram }[] = [];
        for (let i = start; i < Math.min(SERIES, start + PER_REQUEST); i++)
          hb.push({ labelFields: labels[i], t, h: latencyHistogram(i, r) });
        bodies.push(compressSync(encodeHistogramWriteRequest(hb)));
        continue;
      }
      const batch: { labelFields: Buffer; samples: [number, number][] }[] = [];
      for (let i = start; i < Math.min(SERIES, start + PER_REQUEST); i++)
        batch.push({ labelFields: labels[i], samples: [[t, r * 10 + (i % 97)]] });
      bodies.push(compressSync(encodeWriteRequestFromLabelFields(batch)));
    }
    process.stderr.write(`\rbuilding requests: round ${r + 1}/${ROUNDS}`);
  }
  process.stderr.write("\n");
  return bodies;
}

async function push(target: BenchTarget, bodies: Buffer[]): Promise<number> {
  let next = 0;
  let failures = 0;
  let firstError = "";
  const urls = target.writeUrls ?? [target.writeUrl];
  const worker = async () => {
    while (next < bodies.length) {
      const url = urls[next % urls.length];
      const body = bodies[next++];
      const res = await fetch(url, {
        method: "POST",
        headers: { ...REMOTE_WRITE_HEADERS, ...target.headers },
        body,
      });
      if (res.status >= 300) {
        failures++;
        firstError ||= `${res.status} ${(await res.text()).slice(0, 300)}`;
      } else {
        await res.arrayBuffer();
      }
      if (next % 25 === 0)
        process.stderr.write(`\r  ${target.name}: ${next}/${bodies.length} requests`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  process.stderr.write(`\r  ${target.name}: ${bodies.length}/${bodies.length} requests\n`);
  if (failures > 0)
    throw new Error(`${target.name}: ${failures} requests failed, first: ${firstError}`);
  return bodies.length;
}

interface Run {
  samplesPerCpuSecond: number;
  rssPerSeries: number;
  /** (RSS after - RSS of the idle process) / series: the memory the series themselves cost. */
  addedRssPerSeries: number;
  cpu: number;
  /** Processes measured (CPU and RSS are their sums). */
  processes: number;
  /** Samples per CPU-second of the distributors alone (samples/s per fully used core); clusters only. */
  distributorSamplesPerCore?: number;
}

const MICRO = "mimir-ts microservices";
/** Mimir's capacity-planning figure: samples per second one distributor core handles. */
const MIMIR_DISTRIBUTOR_PLANNING = 25_000;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function runOnce(start: () => Promise<BenchTarget>, bodies: Buffer[]): Promise<Run> {
  const target = await start();
  try {
    const pids = target.pids ?? [target.pid];
    const dpids = target.distributorPids ?? [];
    const rss0 = sum(pids.map(rssBytes));
    const cpu0 = sum(pids.map(cpuSeconds));
    const dcpu0 = sum(dpids.map(cpuSeconds));
    await push(target, bodies);
    const cpu = sum(pids.map(cpuSeconds)) - cpu0;
    const dcpu = sum(dpids.map(cpuSeconds)) - dcpu0;
    await new Promise((r) => setTimeout(r, 500));
    const rss = sum(pids.map(rssBytes));
    return {
      samplesPerCpuSecond: (SERIES * ROUNDS) / cpu,
      rssPerSeries: rss / SERIES,
      addedRssPerSeries: (rss - rss0) / SERIES,
      cpu,
      processes: pids.length,
      distributorSamplesPerCore: dpids.length > 0 ? (SERIES * ROUNDS) / dcpu : undefined,
    };
  } finally {
    await target.stop();
  }
}

/** The per-run suffix of a cluster: its process count and the distributors' figure. */
function clusterNote(r: Run): string {
  if (r.distributorSamplesPerCore === undefined) return "";
  return `; whole cluster of ${r.processes} processes; distributors: ${Math.round(r.distributorSamplesPerCore)} samples/s per core`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  process.stdout.write(
    `ingest benchmark (${HISTOGRAMS ? "native histograms, 20 buckets" : "float samples"}): ${SERIES} series x ${ROUNDS} rounds = ${SERIES * ROUNDS} samples; remote write v1, ${PER_REQUEST} series x 1 sample per request, ${CONCURRENCY} in flight, ${REPEAT} runs each\n`,
  );
  const bodies = buildRequests();
  const bytes = bodies.reduce((a, b) => a + b.length, 0);
  process.stdout.write(
    `payload: ${bodies.length} requests, ${(bytes / 1e6).toFixed(1)} MB snappy-compressed\n`,
  );
  // On a loaded machine the first pushes of new histogram series can exceed the default 2s
  // remote timeout; the benchmark measures throughput, so allow longer.
  const mimirArgs = HISTOGRAMS ? ["-distributor.remote-timeout=60s"] : [];
  const systems: [string, () => Promise<BenchTarget>][] = [
    ["mimir-ts", () => startMimirTarget(mimirArgs)],
  ];
  if (opts.topology === "microservices")
    systems.push([
      MICRO,
      () => startMicroservicesTarget({ distributors: Number(opts.distributors) }),
    ]);
  if (hasPrometheus())
    systems.push([
      "prometheus",
      () => startPrometheusTarget(HISTOGRAMS ? ["--enable-feature=native-histograms"] : []),
    ]);
  else process.stdout.write("prometheus not installed: printing mimir-ts figures only\n");
  const pad = Math.max(10, ...systems.map(([n]) => n.length));
  const results = new Map<string, Run>();
  for (const [name, start] of systems) {
    if (opts.only && opts.only !== name) continue;
    const runs: Run[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const r = await runOnce(start, bodies);
      runs.push(r);
      process.stdout.write(
        `${name.padEnd(pad)} run ${i + 1}/${REPEAT}: ${Math.round(r.samplesPerCpuSecond)} samples/CPU-s (${r.cpu.toFixed(2)} CPU-s), ${(r.rssPerSeries / 1024).toFixed(2)} KiB RSS/series (${(r.addedRssPerSeries / 1024).toFixed(2)} KiB above the idle process)${clusterNote(r)}\n`,
      );
    }
    const dist = runs.map((r) => r.distributorSamplesPerCore).filter((x) => x !== undefined);
    const med: Run = {
      samplesPerCpuSecond: median(runs.map((r) => r.samplesPerCpuSecond)),
      rssPerSeries: median(runs.map((r) => r.rssPerSeries)),
      addedRssPerSeries: median(runs.map((r) => r.addedRssPerSeries)),
      cpu: 0,
      processes: runs[0]!.processes,
      distributorSamplesPerCore: dist.length > 0 ? median(dist) : undefined,
    };
    results.set(name, med);
    process.stdout.write(
      `${name.padEnd(pad)} median: ${Math.round(med.samplesPerCpuSecond)} samples/CPU-s, ${(med.rssPerSeries / 1024).toFixed(2)} KiB RSS/series, ${(med.addedRssPerSeries / 1024).toFixed(2)} KiB above idle${clusterNote(med)}\n`,
    );
  }
  const ours = results.get("mimir-ts");
  const theirs = results.get("prometheus");
  if (ours && theirs) {
    process.stdout.write(
      `ratio mimir-ts/prometheus: samples per CPU-second ${(ours.samplesPerCpuSecond / theirs.samplesPerCpuSecond).toFixed(2)}x (goal >= 1.0), RSS per series ${(ours.rssPerSeries / theirs.rssPerSeries).toFixed(2)}x (goal <= 1.0); RSS above the idle process per series ${(ours.addedRssPerSeries / theirs.addedRssPerSeries).toFixed(2)}x\n`,
    );
  }
  const micro = results.get(MICRO);
  if (micro) {
    const parts = [];
    if (ours)
      parts.push(
        `cluster/monolithic samples per CPU-second ${(micro.samplesPerCpuSecond / ours.samplesPerCpuSecond).toFixed(2)}x`,
      );
    if (theirs)
      parts.push(
        `cluster/prometheus ${(micro.samplesPerCpuSecond / theirs.samplesPerCpuSecond).toFixed(2)}x`,
      );
    const d = micro.distributorSamplesPerCore ?? 0;
    parts.push(
      `distributor ${Math.round(d)} samples/s per core = ${(d / MIMIR_DISTRIBUTOR_PLANNING).toFixed(2)}x Mimir's planning figure of ${MIMIR_DISTRIBUTOR_PLANNING} (goal 4x)`,
    );
    process.stdout.write(`microservices (RF 3, 3 zones): ${parts.join("; ")}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`bench:ingest failed: ${(e as Error).message}\n`);
  process.exit(1);
});
