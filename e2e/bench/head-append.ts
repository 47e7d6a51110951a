/**
 * Micro-benchmark of the ingestion hot path (not a test).
 *
 *   node_modules/.bin/node --expose-gc e2e/bench/head-append.ts [series=100000] [samples=20] [mode=head|ingester]
 *
 * head:     Head.append directly (series lookup by labels + XOR append), no WAL.
 * ingester: Ingester.push with the WAL, batches of 2000 series x 1 sample like a remote-write
 *           request, 8 pushes in flight.
 * Prints samples/s (wall and CPU) and heap/RSS bytes per series after a full GC.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { Registry } from "prom-client";
import { Ingester } from "../../components/ingester/ingester.ts";
import type { WriteBatch } from "../../components/ingester/types.ts";
import type { Labels } from "../../components/model/labels.ts";
import { Head } from "../../components/tsdb/head.ts";
import { defaultsOf } from "../../components/util/config/spec.ts";
import { limitsBlock } from "../../components/util/limits/limits.ts";
import { Overrides } from "../../components/util/limits/overrides.ts";

const nSeries = Number(process.argv[2] ?? 100_000);
const nSamples = Number(process.argv[3] ?? 20);
const mode = process.argv[4] ?? "head";
const gc = (globalThis as { gc?: () => void }).gc;

/** node_exporter-like series: ~100 metric names x instances x a few label values. */
function makeLabels(i: number): Labels {
  const metric = `node_metric_${i % 100}_total`;
  const inst = Math.floor(i / 1000);
  return [
    { name: "__name__", value: metric },
    { name: "cpu", value: String(Math.floor(i / 100) % 10) },
    { name: "instance", value: `host-${inst}.example.com:9100` },
    { name: "job", value: "node" },
    { name: "mode", value: ["idle", "user", "system", "iowait"][i % 4] },
  ];
}

function mem(): { heap: number; rss: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function benchHead(labels: Labels[]): Promise<void> {
  const base = mem();
  const head = new Head();
  const start = 1_700_000_000_000;
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (let k = 0; k < nSamples; k++) {
    const t = start + k * 15_000;
    for (let i = 0; i < labels.length; i++) {
      const ls = labels[i];
      const s = head.getByLabels(ls) ?? head.createSeries(ls);
      head.append(s, t, k * 1.5 + (i % 7), 0);
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  const total = labels.length * nSamples;
  const m = mem();
  console.log(
    `head: ${labels.length} series x ${nSamples} samples = ${total} samples in ${secs.toFixed(2)}s wall, ${cpu.toFixed(2)}s CPU`,
  );
  console.log(
    `head: ${Math.round(total / secs)} samples/s wall, ${Math.round(total / cpu)} samples/CPU-s`,
  );
  console.log(
    `head: heap+arraybuffers ${Math.round((m.heap - base.heap) / labels.length)} B/series, RSS ${Math.round(m.rss / labels.length)} B/series (total RSS ${(m.rss / 2 ** 20).toFixed(0)} MiB)`,
  );
  if (head.numSeries() !== labels.length) throw new Error("series count mismatch");
}

async function benchIngester(labels: Labels[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-ingester-"));
  const overrides = new Overrides({ ...defaultsOf(limitsBlock), max_global_series_per_user: 0 });
  const ing = new Ingester(
    { tsdb: { dir }, ingester: { ring: { min_ready_duration: 0 } } },
    { logger: pino({ level: "silent" }), registry: new Registry(), overrides },
  );
  await ing.startAsync();
  const perReq = 2000;
  const start = 1_700_000_000_000;
  // Pre-build requests for one round of samples; timestamps are rewritten per round.
  const reqs: WriteBatch[] = [];
  for (let i = 0; i < labels.length; i += perReq) {
    const n = Math.min(perReq, labels.length - i);
    const b: WriteBatch = {
      series: [],
      timestamps: new Float64Array(n),
      values: new Float64Array(n),
      metadata: [],
      source: "api",
    };
    for (let j = 0; j < n; j++)
      b.series.push({ labels: labels[i + j], sampleStart: j, sampleCount: 1 });
    reqs.push(b);
  }
  const base = mem();
  const t0 = performance.now();
  const c0 = cpuSeconds();
  let failed = 0;
  for (let k = 0; k < nSamples; k++) {
    let next = 0;
    const worker = async () => {
      while (next < reqs.length) {
        const b = reqs[next++];
        const copy: WriteBatch = {
          ...b,
          timestamps: new Float64Array(b.timestamps.length).fill(start + k * 15_000),
          values: new Float64Array(b.values.length).fill(k),
        };
        const r = await ing.push("bench", copy);
        failed += r.softErrors.length;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  const total = labels.length * nSamples;
  const m = mem();
  console.log(
    `ingester+WAL: ${labels.length} series x ${nSamples} samples in ${secs.toFixed(2)}s wall, ${cpu.toFixed(2)}s CPU (failed ${failed})`,
  );
  console.log(
    `ingester+WAL: ${Math.round(total / secs)} samples/s wall, ${Math.round(total / cpu)} samples/CPU-s`,
  );
  console.log(
    `ingester+WAL: heap+arraybuffers ${Math.round((m.heap - base.heap) / labels.length)} B/series over the pre-built requests, RSS ${Math.round(m.rss / labels.length)} B/series (total RSS ${(m.rss / 2 ** 20).toFixed(0)} MiB)`,
  );
  await ing.stopAsync();
  rmSync(dir, { recursive: true });
}

const labels: Labels[] = [];
for (let i = 0; i < nSeries; i++) labels.push(makeLabels(i));
if (gc === undefined) console.log("(run with --expose-gc for accurate memory figures)");
if (mode === "ingester") await benchIngester(labels);
else await benchHead(labels);
