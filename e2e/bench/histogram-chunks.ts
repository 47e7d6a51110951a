/**
 * Micro-benchmark of the native histogram chunk encodings: appends `--samples` histograms with
 * `--buckets` populated buckets (counter-like growth, a new chunk every 120 samples as the head
 * cuts them) and decodes them again, for integer and float histogram chunks. Prints ns per
 * sample for append and decode, bytes per sample, and the heap growth per appended sample (a
 * hint that the hot paths do not allocate per sample).
 *
 * Usage: node e2e/bench/histogram-chunks.ts [--samples 200000] [--buckets 20]
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { FloatHistogram } from "../../components/model/float_histogram.ts";
import { Histogram } from "../../components/model/histogram.ts";
import { ValNone } from "../../components/model/series.ts";
import { FloatHistogramChunk } from "../../components/tsdb/chunkenc/float_histogram.ts";
import { HistogramChunk } from "../../components/tsdb/chunkenc/histogram.ts";

const { values } = parseArgs({
  options: {
    samples: { type: "string", default: "200000" },
    buckets: { type: "string", default: "20" },
  },
});
const N = Number(values.samples);
const B = Number(values.buckets);
const PER_CHUNK = 120;

/** Histograms mutated in place per sample (what a caller decoding a request would reuse). */
const h = new Histogram();
h.schema = 3;
h.zeroThreshold = 2 ** -128;
h.positiveSpans = Int32Array.from([-5, B]);
h.positiveBuckets = new Float64Array(B);
const fh = new FloatHistogram();

function fill(i: number): void {
  let total = 0;
  let prev = 0;
  for (let k = 0; k < B; k++) {
    const abs = i * (k + 1) + ((i * (k + 3)) >> 2);
    h.positiveBuckets[k] = abs - prev;
    prev = abs;
    total += abs;
  }
  h.zeroCount = i;
  h.count = total + i;
  h.sum = i * 12.5 + (i % 3) * 0.25;
}

function run(kind: "int" | "float"): void {
  const chunks: (HistogramChunk | FloatHistogramChunk)[] = [];
  let cur: HistogramChunk | FloatHistogramChunk | null = null;
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    if (i % PER_CHUNK === 0) {
      cur = kind === "int" ? new HistogramChunk(1024) : new FloatHistogramChunk(2048);
      chunks.push(cur);
    }
    fill(i);
    const next =
      kind === "int"
        ? (cur as HistogramChunk).appendHistogram(null, i * 15000, h)
        : (cur as FloatHistogramChunk).appendFloatHistogram(null, i * 15000, h.toFloat(fh));
    if (next !== null) throw new Error(`unexpected chunk cut at sample ${i}`);
  }
  const t1 = performance.now();
  const heap1 = process.memoryUsage().heapUsed;
  let bytes = 0;
  for (const c of chunks) bytes += c.size();
  let read = 0;
  let check = 0;
  const t2 = performance.now();
  const outH = new Histogram();
  const outF = new FloatHistogram();
  for (const c of chunks) {
    if (c instanceof HistogramChunk) {
      const it = c.iterator();
      while (it.next() !== ValNone) {
        check += it.atHistogram(outH).count;
        read++;
      }
    } else {
      const it = c.iterator();
      while (it.next() !== ValNone) {
        check += it.atFloatHistogram(outF).count;
        read++;
      }
    }
  }
  const t3 = performance.now();
  if (read !== N || !(check > 0)) throw new Error(`read ${read} of ${N}`);
  console.log(
    `${kind.padEnd(5)} buckets=${B} samples=${N}: append ${(((t1 - t0) * 1e6) / N).toFixed(0)} ns/sample, decode ${(((t3 - t2) * 1e6) / N).toFixed(0)} ns/sample, ` +
      `${(bytes / N).toFixed(2)} bytes/sample, heap growth during append ${((heap1 - heap0) / N).toFixed(1)} B/sample (chunk buffers included)`,
  );
}

run("int");
run("float");
run("int");
run("float");
