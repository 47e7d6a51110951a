/**
 * Blocks benchmark (PERFORMANCE.md): block size against Prometheus, and store-gateway series
 * latency.
 *
 * 1. Generates a node_exporter-like data set (default 2000 series, 2h at 15s: counters growing
 *    by varying amounts, gauges with noise, some constant series), writes it as a block with
 *    mimir-ts's BlockWriter (XOR chunks cut by Prometheus's head rules: ~120 samples per chunk,
 *    chunk end predicted at 25% of the chunk, never across the 2h range, at most 240 samples),
 *    and the same samples as OpenMetrics text converted with
 *    `promtool tsdb create-blocks-from openmetrics`; checks both blocks hold the same samples
 *    and prints bytes per sample (index + chunks, chunks alone) and the ratio mimir-ts/Prometheus.
 * 2. Uploads the mimir-ts block to a filesystem bucket, writes the bucket index, syncs a
 *    store-gateway and times series requests of several matcher shapes: without caches, with the
 *    in-memory index/chunks/metadata caches, and with memcached when installed.
 *
 * `--bucket-latency-ms N` adds N ms to every bucket read (get, getRange, attributes, exists) to
 * stand in for object storage; the default 0 reads a local filesystem bucket.
 *
 * Usage: npm run bench:blocks -- [--series 2000] [--hours 2] [--runs 21] [--bucket-latency-ms 0] [--keep]
 */
import { spawnSync } from "node:child_process";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { parseArgs } from "node:util";
import { Registry } from "prom-client";
import { blocksStorageBlock } from "../../components/app/componentblocks.ts";
import {
  SKIP_NO_MEMCACHED,
  startMemcached,
} from "../../components/cache/testing/memcached_server.ts";
import type { Bucket } from "../../components/storage/bucket/bucket.ts";
import { FilesystemBucket } from "../../components/storage/bucket/filesystem/filesystem.ts";
import { type Labels, labelsFromObject } from "../../components/model/labels.ts";
import { type Matcher, newMatcher } from "../../components/model/matcher.ts";
import { ValNone } from "../../components/model/series.ts";
import { updateBucketIndex, writeBucketIndex } from "../../components/storage/tsdb/bucketindex.ts";
import { uploadBlock } from "../../components/storage/tsdb/blockio.ts";
import { userBucket } from "../../components/storage/tsdb/layout.ts";
import { createBlocksStorageCaches } from "../../components/storegateway/caches.ts";
import { StoreGateway } from "../../components/storegateway/storegateway.ts";
import { ENC_XOR, type EncodedChunk } from "../../components/tsdb/block/chunks.ts";
import { BlockReader } from "../../components/tsdb/block/reader.ts";
import { BlockWriter } from "../../components/tsdb/block/writer.ts";
import { XORChunk } from "../../components/tsdb/chunkenc/xor.ts";
import { compareLabelsBytes } from "../../components/model/strings.ts";
import { defaultsOf } from "../../components/util/config/spec.ts";
import { nopLogger } from "../../components/util/log.ts";

const { values: opts } = parseArgs({
  options: {
    series: { type: "string", default: "2000" },
    hours: { type: "string", default: "2" },
    runs: { type: "string", default: "21" },
    keep: { type: "boolean", default: false },
    "bucket-latency-ms": { type: "string", default: "0" },
  },
});
const TARGET_SERIES = Number(opts.series);
const HOURS = Number(opts.hours);
const RUNS = Number(opts.runs);
const INTERVAL = 15_000;
const CHUNK_RANGE = 2 * 3_600_000;
const SAMPLES_PER_CHUNK = 120;
const TENANT = "bench";
const BUCKET_LATENCY = Number(opts["bucket-latency-ms"]);

/** The bucket with a fixed delay before every read. */
function slowBucket(inner: Bucket, ms: number): Bucket {
  if (ms <= 0) return inner;
  const delay = () => new Promise((r) => setTimeout(r, ms));
  const b = Object.create(inner) as Bucket;
  b.get = async (n) => {
    await delay();
    return inner.get(n);
  };
  b.getRange = async (n, off, len) => {
    await delay();
    return inner.getRange(n, off, len);
  };
  b.attributes = async (n) => {
    await delay();
    return inner.attributes(n);
  };
  b.exists = async (n) => {
    await delay();
    return inner.exists(n);
  };
  return b;
}

const log = (msg: string) => process.stdout.write(`${msg}\n`);

// ---------------------------------------------------------------------------------------------
// Data set

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenSeries {
  labels: Record<string, string>;
  /** Value at step k (called with k = 0, 1, 2, ... in order). */
  next: (k: number) => number;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A counter growing by `inc()` per scrape (kept to `digits` decimals, like node_exporter's). */
function counter(start: number, inc: () => number, digits = 0): (k: number) => number {
  let v = start;
  return (k) => {
    if (k > 0) v = round(v + inc(), digits);
    return v;
  };
}

/** A gauge: random walk around a base, clamped, rounded to `quantum`. */
function gauge(
  r: () => number,
  base: number,
  step: number,
  quantum: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): (k: number) => number {
  let v = base;
  return () => {
    v = Math.min(max, Math.max(min, v + (r() - 0.5) * 2 * step));
    return Math.round(v / quantum) * quantum;
  };
}

/** node_exporter-like series of one host. */
function hostSeries(host: number): GenSeries[] {
  const r = rng(1000 + host);
  const instance = `10.0.${host >> 8}.${host & 255}:9100`;
  const base = { instance, job: "node" };
  const out: GenSeries[] = [];
  const add = (name: string, extra: Record<string, string>, next: (k: number) => number) =>
    out.push({ labels: { __name__: name, ...base, ...extra }, next });
  const busy = 0.05 + r() * 0.5;
  for (let cpu = 0; cpu < 4; cpu++) {
    const share: Record<string, number> = {
      idle: 1 - busy,
      user: busy * 0.6,
      system: busy * 0.25,
      iowait: busy * 0.08,
      irq: 0,
      softirq: busy * 0.05,
      nice: 0,
      steal: 0,
    };
    for (const [mode, s] of Object.entries(share)) {
      // USER_HZ: 0.01s resolution; nice/steal/irq stay constant.
      add(
        "node_cpu_seconds_total",
        { cpu: String(cpu), mode },
        counter(
          round(1e6 * (s + 0.001) * (1 + r()), 2),
          () => round(15 * s * (0.7 + 0.6 * r()), 2),
          2,
        ),
      );
    }
  }
  for (const device of ["eth0", "eth1", "lo"]) {
    const rate = device === "lo" ? 2e3 : device === "eth0" ? 2e5 * (0.5 + r()) : 1e4;
    add(
      "node_network_receive_bytes_total",
      { device },
      counter(Math.floor(r() * 1e12), () => Math.floor(15 * rate * (0.3 + 1.4 * r()))),
    );
    add(
      "node_network_transmit_bytes_total",
      { device },
      counter(Math.floor(r() * 1e12), () => Math.floor(15 * rate * 0.6 * (0.3 + 1.4 * r()))),
    );
    add(
      "node_network_receive_packets_total",
      { device },
      counter(Math.floor(r() * 1e9), () => Math.floor((15 * rate * (0.3 + 1.4 * r())) / 800)),
    );
    add(
      "node_network_transmit_packets_total",
      { device },
      counter(Math.floor(r() * 1e9), () => Math.floor((15 * rate * (0.3 + 1.4 * r())) / 900)),
    );
    add(
      "node_network_receive_errs_total",
      { device },
      counter(0, () => (r() < 0.002 ? 1 : 0)),
    );
    add(
      "node_network_transmit_errs_total",
      { device },
      counter(0, () => 0),
    );
    add(
      "node_network_receive_drop_total",
      { device },
      counter(Math.floor(r() * 100), () => (r() < 0.01 ? 1 : 0)),
    );
  }
  for (const device of ["nvme0n1", "sda"]) {
    const iops = device === "sda" ? 5 : 50 * (0.5 + r());
    add(
      "node_disk_reads_completed_total",
      { device },
      counter(Math.floor(r() * 1e8), () => Math.floor(15 * iops * 0.3 * (0.2 + 1.6 * r()))),
    );
    add(
      "node_disk_writes_completed_total",
      { device },
      counter(Math.floor(r() * 1e8), () => Math.floor(15 * iops * (0.2 + 1.6 * r()))),
    );
    add(
      "node_disk_read_bytes_total",
      { device },
      counter(
        Math.floor((r() * 1e12) / 512) * 512,
        () => Math.floor(15 * iops * 0.3 * 8 * (0.2 + 1.6 * r())) * 4096,
      ),
    );
    add(
      "node_disk_written_bytes_total",
      { device },
      counter(
        Math.floor((r() * 1e12) / 512) * 512,
        () => Math.floor(15 * iops * 8 * (0.2 + 1.6 * r())) * 4096,
      ),
    );
    add(
      "node_disk_io_time_seconds_total",
      { device },
      counter(round(r() * 1e5, 3), () => round(15 * 0.02 * iops * 0.01 * (0.2 + 1.6 * r()), 3), 3),
    );
    add(
      "node_disk_read_time_seconds_total",
      { device },
      counter(round(r() * 1e5, 3), () => round(15 * 0.001 * iops * (0.2 + 1.6 * r()), 3), 3),
    );
    add(
      "node_disk_write_time_seconds_total",
      { device },
      counter(round(r() * 1e5, 3), () => round(15 * 0.002 * iops * (0.2 + 1.6 * r()), 3), 3),
    );
  }
  const memTotal = (16 + Math.floor(r() * 4) * 16) * 1024 ** 3;
  add("node_memory_MemTotal_bytes", {}, () => memTotal);
  add(
    "node_memory_MemFree_bytes",
    {},
    gauge(r, memTotal * 0.2, memTotal * 0.002, 1024, 0, memTotal),
  );
  add(
    "node_memory_MemAvailable_bytes",
    {},
    gauge(r, memTotal * 0.6, memTotal * 0.002, 1024, 0, memTotal),
  );
  add(
    "node_memory_Buffers_bytes",
    {},
    gauge(r, memTotal * 0.02, memTotal * 0.0001, 1024, 0, memTotal),
  );
  add(
    "node_memory_Cached_bytes",
    {},
    gauge(r, memTotal * 0.35, memTotal * 0.001, 1024, 0, memTotal),
  );
  add(
    "node_memory_Active_bytes",
    {},
    gauge(r, memTotal * 0.3, memTotal * 0.001, 1024, 0, memTotal),
  );
  add(
    "node_memory_Inactive_bytes",
    {},
    gauge(r, memTotal * 0.25, memTotal * 0.001, 1024, 0, memTotal),
  );
  add(
    "node_memory_Slab_bytes",
    {},
    gauge(r, memTotal * 0.03, memTotal * 0.00005, 1024, 0, memTotal),
  );
  add(
    "node_memory_Shmem_bytes",
    {},
    gauge(r, memTotal * 0.01, memTotal * 0.00002, 1024, 0, memTotal),
  );
  add("node_memory_SwapTotal_bytes", {}, () => 0);
  add("node_memory_SwapFree_bytes", {}, () => 0);
  for (const mountpoint of ["/", "/var/lib/docker"]) {
    const size = Math.floor(100 + r() * 900) * 1024 ** 3;
    const fs = {
      device: mountpoint === "/" ? "/dev/nvme0n1p1" : "/dev/sda1",
      fstype: "ext4",
      mountpoint,
    };
    add("node_filesystem_size_bytes", fs, () => size);
    add("node_filesystem_avail_bytes", fs, gauge(r, size * 0.4, size * 0.00001, 4096, 0, size));
    add("node_filesystem_free_bytes", fs, gauge(r, size * 0.45, size * 0.00001, 4096, 0, size));
    add("node_filesystem_files", fs, () => 6553600);
    add("node_filesystem_files_free", fs, gauge(r, 6000000, 50, 1, 0, 6553600));
  }
  const load = busy * 4;
  add("node_load1", {}, gauge(r, load, 0.3, 0.01, 0, 64));
  add("node_load5", {}, gauge(r, load, 0.08, 0.01, 0, 64));
  add("node_load15", {}, gauge(r, load, 0.03, 0.01, 0, 64));
  add(
    "node_context_switches_total",
    {},
    counter(Math.floor(r() * 1e10), () => Math.floor(15 * 3000 * (0.5 + r()))),
  );
  add(
    "node_intr_total",
    {},
    counter(Math.floor(r() * 1e10), () => Math.floor(15 * 2000 * (0.5 + r()))),
  );
  add(
    "node_forks_total",
    {},
    counter(Math.floor(r() * 1e7), () => Math.floor(15 * 3 * r())),
  );
  add("node_procs_running", {}, gauge(r, 2, 2, 1, 1, 16));
  add("node_procs_blocked", {}, () => (r() < 0.05 ? 1 : 0));
  add("node_netstat_Tcp_CurrEstab", {}, gauge(r, 50, 3, 1, 0, 10000));
  add(
    "node_netstat_Tcp_ActiveOpens",
    {},
    counter(Math.floor(r() * 1e6), () => Math.floor(15 * 2 * r())),
  );
  add(
    "node_netstat_Tcp_PassiveOpens",
    {},
    counter(Math.floor(r() * 1e6), () => Math.floor(15 * 3 * r())),
  );
  add(
    "node_netstat_Tcp_RetransSegs",
    {},
    counter(Math.floor(r() * 1e5), () => (r() < 0.3 ? Math.floor(r() * 5) : 0)),
  );
  add("node_boot_time_seconds", {}, () => 1_700_000_000 - host * 3600);
  return out;
}

interface SeriesData {
  labels: Labels;
  ts: Float64Array;
  vs: Float64Array;
}

/** The data set: series sorted by labels; sample times start at a 2h boundary plus a per-host offset. */
function generate(targetSeries: number, start: number, hours: number): SeriesData[] {
  const perHost = hostSeries(0).length;
  const hosts = Math.max(1, Math.round(targetSeries / perHost));
  const steps = Math.floor((hours * 3_600_000) / INTERVAL);
  const out: SeriesData[] = [];
  for (let h = 0; h < hosts; h++) {
    // Targets are scraped at an offset within the interval (whole seconds: OpenMetrics
    // timestamps are float seconds, and promtool must read back the same milliseconds).
    const offset = ((h * 7) % 15) * 1000;
    for (const s of hostSeries(h)) {
      const ts = new Float64Array(steps);
      const vs = new Float64Array(steps);
      for (let k = 0; k < steps; k++) {
        ts[k] = start + offset + k * INTERVAL;
        vs[k] = s.next(k);
      }
      out.push({ labels: labelsFromObject(s.labels), ts, vs });
    }
  }
  return out.sort((a, b) => compareLabelsBytes(a.labels, b.labels));
}

// ---------------------------------------------------------------------------------------------
// Chunks as Prometheus's head cuts them (tsdb/head_append.go, memSeries.appendPreprocessor)

function rangeForTimestamp(t: number, width: number): number {
  return Math.floor(t / width) * width + width;
}

function computeChunkEndTime(
  start: number,
  cur: number,
  maxT: number,
  ratioToFull: number,
): number {
  const n = (maxT - start) / ((cur - start + 1) * ratioToFull);
  if (n <= 1) return maxT;
  return Math.floor(start + (maxT - start) / Math.floor(n));
}

function prometheusChunks(ts: Float64Array, vs: Float64Array): EncodedChunk[] {
  const out: EncodedChunk[] = [];
  let c: XORChunk | undefined;
  let mint = 0;
  let maxt = 0;
  let nextAt = 0;
  const cut = (t: number) => {
    if (c) out.push({ mint, maxt, encoding: ENC_XOR, data: c.bytes().slice() });
    c = new XORChunk();
    mint = t;
    nextAt = rangeForTimestamp(t, CHUNK_RANGE);
  };
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (c === undefined) cut(t);
    const n = c!.numSamples();
    if (n === SAMPLES_PER_CHUNK / 4) nextAt = computeChunkEndTime(mint, maxt, nextAt, 4);
    if (t >= nextAt || n >= SAMPLES_PER_CHUNK * 2) cut(t);
    c!.append(t, vs[i]);
    maxt = t;
  }
  if (c) out.push({ mint, maxt, encoding: ENC_XOR, data: c.bytes().slice() });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sizes

async function dirBytes(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return n;
}

async function blockSizes(dir: string): Promise<{ index: number; chunks: number }> {
  return {
    index: (await stat(join(dir, "index"))).size,
    chunks: await dirBytes(join(dir, "chunks")),
  };
}

/** Series, samples and chunks of a block, and a checksum of every sample. */
async function blockContent(
  dir: string,
): Promise<{ series: number; samples: number; chunkCount: number; sum: number }> {
  const r = await BlockReader.open(dir);
  try {
    let series = 0;
    let samples = 0;
    let chunks = 0;
    let sum = 0;
    const q = r.querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    for (const s of await q.select(true, undefined, [newMatcher("=~", "__name__", ".+")])) {
      series++;
      const it = s.iterator();
      while (it.next() !== ValNone) {
        samples++;
        sum += (it.atT() % 1_000_003) + (Number.isFinite(it.atF()) ? it.atF() % 1_000_003 : 0);
      }
    }
    for (const ref of r.index.allPostings()) chunks += r.index.series(ref).chunks.length;
    return { series, samples, chunkCount: chunks, sum };
  } finally {
    await r.close();
  }
}

function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

/** OpenMetrics text, in scrape order (all series at one time, then the next). No TYPE lines: blocks keep no metadata. */
async function writeOpenMetrics(path: string, data: SeriesData[]): Promise<void> {
  const names = data.map((s) => {
    const name = s.labels.find((l) => l.name === "__name__")?.value ?? "";
    const rest = s.labels
      .filter((l) => l.name !== "__name__")
      .map((l) => `${l.name}="${escapeLabelValue(l.value)}"`);
    return `${name}{${rest.join(",")}} `;
  });
  const steps = data[0]?.ts.length ?? 0;
  const parts: string[] = [];
  for (let k = 0; k < steps; k++) {
    for (let i = 0; i < data.length; i++)
      parts.push(`${names[i]}${String(data[i].vs[k])} ${data[i].ts[k] / 1000}\n`);
  }
  parts.push("# EOF\n");
  await writeFile(path, parts.join(""));
}

// ---------------------------------------------------------------------------------------------
// Store-gateway latency

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Shape {
  name: string;
  matchers: Matcher[];
}

async function timeShapes(
  sg: StoreGateway,
  blockID: string,
  mint: number,
  maxt: number,
  shapes: Shape[],
  settle: () => Promise<void>,
) {
  const rows: { name: string; series: number; chunks: number; cold: number; median: number }[] = [];
  for (const sh of shapes) {
    const req = { tenant: TENANT, blockIDs: [blockID], mint, maxt, matchers: sh.matchers };
    let t0 = performance.now();
    const first = await sg.series(req);
    const cold = performance.now() - t0;
    await settle();
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t0 = performance.now();
      await sg.series(req);
      ms.push(performance.now() - t0);
    }
    rows.push({
      name: sh.name,
      series: first.series.length,
      chunks: first.series.reduce((a, s) => a + s.chunks.length, 0),
      cold,
      median: median(ms),
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const work = join(tmpdir(), `mimir-ts-bench-blocks-${process.pid}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const start = Math.floor((Date.now() - 48 * 3_600_000) / CHUNK_RANGE) * CHUNK_RANGE;
  try {
    let t0 = performance.now();
    log(
      `generating ~${TARGET_SERIES} node_exporter-like series, ${HOURS}h at ${INTERVAL / 1000}s ...`,
    );
    const data = generate(TARGET_SERIES, start, HOURS);
    const samples = data.reduce((a, s) => a + s.ts.length, 0);
    log(
      `  ${data.length} series, ${samples} samples (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
    );

    t0 = performance.now();
    log("writing the mimir-ts block (BlockWriter, XOR chunks cut by Prometheus's head rules) ...");
    const ourParent = join(work, "mimir-ts");
    const w = await BlockWriter.create(ourParent, { fsync: false, thanos: null });
    for (let i = 0; i < data.length; i++) {
      await w.addSeries(data[i].labels, prometheusChunks(data[i].ts, data[i].vs));
      if ((i + 1) % 500 === 0) log(`  ${i + 1}/${data.length} series`);
    }
    const meta = await w.finish();
    const ourDir = join(ourParent, meta.ulid);
    log(`  block ${meta.ulid} (${((performance.now() - t0) / 1000).toFixed(1)}s)`);

    const promtool = spawnSync("promtool", ["--version"], { stdio: "ignore" }).error
      ? undefined
      : "promtool";
    let promDir: string | undefined;
    if (promtool) {
      t0 = performance.now();
      log("writing OpenMetrics text ...");
      const om = join(work, "data.om");
      await writeOpenMetrics(om, data);
      log(
        `  ${((await stat(om)).size / 1e6).toFixed(1)} MB; running promtool tsdb create-blocks-from openmetrics ...`,
      );
      const promParent = join(work, "prometheus");
      const r = spawnSync(promtool, ["tsdb", "create-blocks-from", "openmetrics", om, promParent], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`promtool failed (${r.status}): ${r.stderr}${r.stdout}`);
      const blocks = (await readdir(promParent)).filter((n) => /^[0-9A-Z]{26}$/.test(n));
      if (blocks.length !== 1)
        throw new Error(`promtool wrote ${blocks.length} blocks, expected 1: ${blocks.join(", ")}`);
      promDir = join(promParent, blocks[0]);
      log(`  block ${blocks[0]} (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
    } else {
      log(
        "promtool not found: skipping the comparison with Prometheus's block (install prometheus for promtool)",
      );
    }

    log("reading both blocks back ...");
    const ours = { ...(await blockSizes(ourDir)), ...(await blockContent(ourDir)) };
    const theirs = promDir
      ? { ...(await blockSizes(promDir)), ...(await blockContent(promDir)) }
      : undefined;
    if (ours.samples !== samples)
      throw new Error(`mimir-ts block holds ${ours.samples} samples, generated ${samples}`);
    if (
      theirs &&
      (theirs.samples !== ours.samples ||
        theirs.series !== ours.series ||
        Math.abs(theirs.sum - ours.sum) > 1e-6 * Math.abs(ours.sum))
    ) {
      throw new Error(
        `blocks differ: mimir-ts ${JSON.stringify(ours)}, Prometheus ${JSON.stringify(theirs)}`,
      );
    }

    log("");
    log(`block size (${ours.series} series, ${ours.samples} samples)`);
    const row = (who: string, b: { index: number; chunks: number }, n: number) =>
      `  ${who.padEnd(12)} index ${String(b.index).padStart(9)} B  chunks ${String(b.chunks).padStart(9)} B  (${n} chunks)  ` +
      `bytes/sample: index+chunks ${((b.index + b.chunks) / samples).toFixed(3)}  chunks ${(b.chunks / samples).toFixed(3)}`;
    log(row("mimir-ts", ours, ours.chunkCount));
    if (theirs) {
      log(row("Prometheus", theirs, theirs.chunkCount));
      log(
        `  ratio mimir-ts/Prometheus: index+chunks ${((ours.index + ours.chunks) / (theirs.index + theirs.chunks)).toFixed(3)}  ` +
          `chunks ${(ours.chunks / theirs.chunks).toFixed(3)}  index ${(ours.index / theirs.index).toFixed(3)}  (goal <= 1.0)`,
      );
    }

    // -------------------------------------------------------------------------------------
    log("");
    log(
      `store-gateway series requests (bucket read latency ${BUCKET_LATENCY} ms; medians of ${RUNS} runs after a first run)`,
    );
    log("uploading the mimir-ts block to a filesystem bucket and writing the bucket index ...");
    const bkt: Bucket = new FilesystemBucket({ dir: join(work, "bucket") });
    await uploadBlock(userBucket(bkt, TENANT), ourDir, meta);
    await writeBucketIndex(
      bkt,
      TENANT,
      (await updateBucketIndex(bkt, TENANT, undefined, Date.now())).index,
    );

    const host0 = data[0].labels.find((l) => l.name === "instance")!.value;
    const shapes: Shape[] = [
      {
        name: "one series",
        matchers: [
          newMatcher("=", "__name__", "node_cpu_seconds_total"),
          newMatcher("=", "instance", host0),
          newMatcher("=", "cpu", "0"),
          newMatcher("=", "mode", "idle"),
        ],
      },
      {
        name: "one metric name",
        matchers: [newMatcher("=", "__name__", "node_memory_MemAvailable_bytes")],
      },
      {
        name: "node_cpu_seconds_total",
        matchers: [newMatcher("=", "__name__", "node_cpu_seconds_total")],
      },
      {
        name: "regex, many series",
        matchers: [
          newMatcher("=~", "__name__", "node_(network|disk)_.*_total"),
          newMatcher("=~", "instance", "10\\.0\\.0\\.[0-9]:9100"),
        ],
      },
      { name: "all series", matchers: [newMatcher("=~", "__name__", ".+")] },
    ];
    const mint = meta.minTime;
    const maxt = meta.maxTime;

    type Backend = "" | "inmemory" | "memcached";
    const configs: { name: string; backend: Backend; only?: "index" }[] = [
      { name: "no caches", backend: "" },
      { name: "in-memory index cache only", backend: "inmemory", only: "index" },
      { name: "in-memory index, chunks and metadata caches", backend: "inmemory" },
    ];
    let mc: Awaited<ReturnType<typeof startMemcached>> | undefined;
    if (SKIP_NO_MEMCACHED) log(`memcached: ${SKIP_NO_MEMCACHED}`);
    else {
      mc = await startMemcached(["-m", "512"]);
      configs.push({ name: "memcached index, chunks and metadata caches", backend: "memcached" });
    }
    try {
      for (const cfg of configs) {
        const bs = defaultsOf(blocksStorageBlock.bucket_store);
        for (const c of [bs.index_cache, bs.chunks_cache, bs.metadata_cache]) {
          c.backend = cfg.only === "index" && c !== bs.index_cache ? "" : cfg.backend;
          c.memcached.addresses = mc ? [mc.address] : [];
          c.memcached.timeout = 1000;
          c.memcached.max_item_size = 16 * 1024 * 1024;
          c.inmemory.max_size_bytes = 512 * 1024 * 1024;
        }
        const reg = new Registry();
        const caches = await createBlocksStorageCaches(slowBucket(bkt, BUCKET_LATENCY), bs, {
          registry: reg,
          component: "store-gateway",
        });
        const syncDir = join(work, `sync-${configs.indexOf(cfg)}`);
        const sg = new StoreGateway(
          { bucket_store: { sync_dir: syncDir, ignore_blocks_within: 0 } },
          {
            logger: nopLogger(),
            registry: reg,
            bucket: caches.bucket,
            indexCache: caches.indexCache,
          },
        );
        log(`${cfg.name}: syncing the store-gateway ...`);
        t0 = performance.now();
        await sg.startAsync();
        log(
          `  synced in ${(performance.now() - t0).toFixed(0)} ms; timing ${RUNS} runs per request ...`,
        );
        // memcached writes are asynchronous: let them land before the warm runs.
        const settle = async () => {
          for (let i = 0; i < 2000; i++) {
            const started =
              (await reg.getSingleMetric("thanos_memcached_operations_total")?.get())?.values
                .filter((v) => v.labels.operation === "set")
                .reduce((a, v) => a + v.value, 0) ?? 0;
            const dur =
              (await reg.getSingleMetric("thanos_memcached_operation_duration_seconds")?.get())
                ?.values ?? [];
            const done =
              dur
                .filter(
                  (v) =>
                    (v as { metricName?: string }).metricName?.endsWith("_count") &&
                    v.labels.operation === "set",
                )
                .reduce((a, v) => a + v.value, 0) +
              ((
                await reg.getSingleMetric("thanos_memcached_operation_failures_total")?.get()
              )?.values
                .filter((v) => v.labels.operation === "set")
                .reduce((a, v) => a + v.value, 0) ?? 0);
            if (started === done) return;
            await new Promise((r) => setTimeout(r, 5));
          }
        };
        const rows = await timeShapes(sg, meta.ulid, mint, maxt, shapes, settle);
        log(
          `  ${"request".padEnd(24)} ${"series".padStart(7)} ${"chunks".padStart(7)} ${"first ms".padStart(9)} ${"median ms".padStart(10)}`,
        );
        for (const r of rows) {
          log(
            `  ${r.name.padEnd(24)} ${String(r.series).padStart(7)} ${String(r.chunks).padStart(7)} ${r.cold.toFixed(2).padStart(9)} ${r.median.toFixed(2).padStart(10)}`,
          );
        }
        await sg.stopAsync();
        await caches.stop();
      }
    } finally {
      await mc?.stop();
    }
  } finally {
    if (opts.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
