/**
 * Byte-identity of our histogram chunk encodings and WAL records with Prometheus's: a real
 * Prometheus (2.42, with --enable-feature=native-histograms and the remote write receiver)
 * ingests integer and float native histograms over remote write; after it shuts down, the chunks
 * it cut are in chunks_head/ (format: tsdb/docs/format/head_chunks.md) and every sample is in the
 * WAL (uncompressed). We feed the same histograms through our HistogramChunk and
 * FloatHistogramChunk, starting a new chunk wherever Prometheus's head did, and compare every
 * chunk byte for byte — including the chunk re-encoded when new buckets appeared and the one cut
 * by a counter reset; and we decode Prometheus's histogram WAL records, check they hold our
 * input, and re-encode them to the same bytes.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { compressSync } from "snappy";
import { writeRequestV1 } from "../components/proto/histogram_testutil.ts";
import { Histogram } from "../components/model/histogram.ts";
import type { FloatHistogram } from "../components/model/float_histogram.ts";
import { FloatHistogramChunk } from "../components/tsdb/chunkenc/float_histogram.ts";
import { HistogramChunk } from "../components/tsdb/chunkenc/histogram.ts";
import {
  REC_FLOAT_HISTOGRAM_SAMPLES,
  REC_HISTOGRAM_SAMPLES,
  decodeFloatHistogramSamples,
  decodeHistogramSamples,
  encodeFloatHistogramSamples,
  encodeHistogramSamples,
} from "../components/tsdb/wal/histogram_records.ts";
import { RecordEncoder } from "../components/tsdb/wal/records.ts";
import { readSegment } from "../components/tsdb/wal/wal.ts";
import { freePort, startProcess, tempDir, type RunningProcess, waitReady } from "./harness.ts";
import { hasPrometheus } from "./bench/targets.ts";

const skip = hasPrometheus()
  ? false
  : "prometheus is not installed (apt-get install -y prometheus)";

/** The integer histogram pushed at sample i: layout grows at 100, counters reset at 200. */
function sample(i: number): Histogram {
  const h = new Histogram();
  h.schema = 1;
  h.zeroThreshold = 2 ** -128;
  const j = i < 200 ? i : i - 200;
  const abs = i < 100 ? [j + 1, 2 * j + 3, 3 * j] : [j + 1, 2 * j + 3, j, 3 * j, 5 * j + 7];
  h.positiveSpans = i < 100 ? Int32Array.from([0, 2, 1, 1]) : Int32Array.from([0, 4, 3, 1]);
  h.positiveBuckets = deltas(abs);
  h.negativeSpans = Int32Array.from([-1, 2]);
  const neg = [j, 2 * j + 1];
  h.negativeBuckets = deltas(neg);
  h.zeroCount = j * 2;
  h.count = [...abs, ...neg].reduce((a, b) => a + b, 0) + h.zeroCount;
  h.sum = j * 1.75 + 0.5;
  return h;
}

/** The float histogram pushed at sample i: sample(i) scaled by 0.75 (fractional counts). */
function floatSample(i: number): FloatHistogram {
  return sample(i).toFloat().mul(0.75);
}

function deltas(abs: number[]): Float64Array {
  const out = new Float64Array(abs.length);
  let prev = 0;
  for (let k = 0; k < abs.length; k++) {
    out[k] = abs[k] - prev;
    prev = abs[k];
  }
  return out;
}

interface HeadChunk {
  mint: number;
  maxt: number;
  encoding: number;
  data: Uint8Array;
}

/** Parses a chunks_head segment file (magic 0x0130BC91, version 1, 3 padding bytes, then chunks). */
function parseHeadChunks(b: Uint8Array): HeadChunk[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  assert.equal(dv.getUint32(0), 0x0130bc91, "chunks_head magic");
  const out: HeadChunk[] = [];
  let p = 8;
  while (p + 25 < b.length) {
    const mint = Number(dv.getBigInt64(p + 8));
    const maxt = Number(dv.getBigInt64(p + 16));
    const encoding = b[p + 24] & 0x7f;
    if (encoding === 0) break;
    p += 25;
    let len = 0;
    let shift = 0;
    for (;;) {
      const c = b[p++];
      len += (c & 0x7f) * 2 ** shift;
      shift += 7;
      if (c < 0x80) break;
    }
    out.push({ mint, maxt, encoding, data: b.slice(p, p + len) });
    p += len + 4;
  }
  return out;
}

describe("native histogram chunks and WAL records: byte-identical to Prometheus 2.42's", {
  skip,
}, () => {
  let dir = "";
  let prom: RunningProcess | undefined;
  const N = 400;
  const STEP = 15_000;
  const t0 = Math.floor(Date.now() / 7_200_000) * 7_200_000 - 7_200_000;

  before(async () => {
    dir = tempDir("mimir-ts-hist-");
    const port = await freePort();
    prom = startProcess("prometheus", [
      `--config.file=/dev/null`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--web.enable-remote-write-receiver",
      "--enable-feature=native-histograms",
      "--no-storage.tsdb.wal-compression",
      "--log.level=warn",
    ]);
    await waitReady(
      { url: `http://127.0.0.1:${port}`, output: prom.output, proc: prom.proc },
      20_000,
      "/-/ready",
    );
    // Push in batches, oldest first.
    for (let start = 0; start < N; start += 50) {
      const hs = [];
      const fs = [];
      for (let i = start; i < Math.min(N, start + 50); i++) {
        hs.push({ h: sample(i), t: t0 + i * STEP });
        fs.push({ h: floatSample(i), t: t0 + i * STEP });
      }
      const body = compressSync(
        Buffer.from(
          writeRequestV1([
            { labels: { __name__: "hist_test", job: "e2e" }, histograms: hs },
            { labels: { __name__: "fhist_test", job: "e2e" }, histograms: fs },
          ]),
        ),
      );
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/write`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-protobuf",
          "Content-Encoding": "snappy",
          "X-Prometheus-Remote-Write-Version": "0.1.0",
        },
        body,
      });
      assert.equal(
        res.status,
        204,
        `remote write: ${res.status} ${await res.text()}\n${prom.output()}`,
      );
    }
    prom.proc.kill("SIGTERM");
    await prom.exited;
  });

  after(() => {
    if (prom && prom.proc.exitCode === null && prom.proc.signalCode === null)
      prom.proc.kill("SIGKILL");
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  function headChunks(encoding: number): HeadChunk[] {
    const chunksDir = join(dir, "data", "chunks_head");
    const all: HeadChunk[] = [];
    for (const f of readdirSync(chunksDir).sort())
      all.push(...parseHeadChunks(readFileSync(join(chunksDir, f))));
    return all.filter((c) => c.encoding === encoding);
  }

  it("encodes every cut integer histogram chunk exactly as Prometheus did", () => {
    const theirs = headChunks(2);
    assert.ok(theirs.length >= 3, `expected at least 3 cut chunks, got ${theirs.length}`);

    // Replay the input through our appender, cutting where Prometheus's chunks start.
    // (Prometheus's last chunk is still open when it stops, so its end is a cut point too.)
    const starts = new Set([...theirs.map((c) => c.mint), ...theirs.map((c) => c.maxt + STEP)]);
    const ours: HistogramChunk[] = [];
    let cur = new HistogramChunk();
    let prev: HistogramChunk | null = null;
    let recoded = 0;
    for (let i = 0; i < N; i++) {
      const t = t0 + i * STEP;
      if (i > 0 && starts.has(t) && cur.numSamples() > 0) {
        ours.push(cur);
        prev = cur;
        cur = new HistogramChunk();
      }
      const next = cur.appendHistogram(cur.numSamples() === 0 ? prev : null, t, sample(i));
      if (next !== null) {
        if (next.numSamples() === 1) {
          ours.push(cur);
          prev = cur;
        } else {
          recoded++;
        }
        cur = next;
      }
    }
    ours.push(cur);
    assert.ok(recoded >= 1, "the layout change recoded a chunk");
    // The reset at sample 200 coincides with a cut: the new chunk's header comes from our
    // appendable check against the previous chunk (CounterReset), the one at 120 from a size cut
    // (NotCounterReset); both are in the bytes compared.
    assert.equal(theirs[2].data[2], 0x80, "Prometheus marked the chunk after the reset");
    for (let k = 0; k < theirs.length; k++) {
      const mine = ours[k].bytes();
      assert.deepEqual(
        Buffer.from(mine).toString("hex"),
        Buffer.from(theirs[k].data).toString("hex"),
        `chunk ${k} (mint ${theirs[k].mint})`,
      );
    }
  });

  it("encodes every cut float histogram chunk exactly as Prometheus did", () => {
    const theirs = headChunks(3);
    assert.ok(
      theirs.length >= 3,
      `expected at least 3 cut float histogram chunks, got ${theirs.length}`,
    );
    const starts = new Set([...theirs.map((c) => c.mint), ...theirs.map((c) => c.maxt + STEP)]);
    const ours: FloatHistogramChunk[] = [];
    let cur = new FloatHistogramChunk();
    let prev: FloatHistogramChunk | null = null;
    let recoded = 0;
    for (let i = 0; i < N; i++) {
      const t = t0 + i * STEP;
      if (i > 0 && starts.has(t) && cur.numSamples() > 0) {
        ours.push(cur);
        prev = cur;
        cur = new FloatHistogramChunk();
      }
      const next = cur.appendFloatHistogram(
        cur.numSamples() === 0 ? prev : null,
        t,
        floatSample(i),
      );
      if (next !== null) {
        if (next.numSamples() === 1) {
          ours.push(cur);
          prev = cur;
        } else {
          recoded++;
        }
        cur = next;
      }
    }
    ours.push(cur);
    assert.ok(recoded >= 1, "the layout change recoded a chunk");
    for (let k = 0; k < theirs.length; k++) {
      assert.equal(
        Buffer.from(ours[k].bytes()).toString("hex"),
        Buffer.from(theirs[k].data).toString("hex"),
        `float chunk ${k} (mint ${theirs[k].mint})`,
      );
    }
  });

  it("writes histogram WAL records exactly as Prometheus did", () => {
    const walDir = join(dir, "data", "wal");
    const records: Uint8Array[] = [];
    for (const f of readdirSync(walDir)
      .filter((x) => /^\d+$/.test(x))
      .sort()) {
      readSegment(readFileSync(join(walDir, f)), Number(f), (rec) => records.push(rec.slice()));
    }
    const ints = records.filter((r) => r[0] === REC_HISTOGRAM_SAMPLES);
    const floats = records.filter((r) => r[0] === REC_FLOAT_HISTOGRAM_SAMPLES);
    assert.ok(
      ints.length > 0 && floats.length > 0,
      `histogram records: ${ints.length} integer, ${floats.length} float`,
    );
    const e = new RecordEncoder(1024);
    let seenInt = 0;
    for (const rec of ints) {
      const samples = decodeHistogramSamples(rec);
      for (const s of samples) {
        const i = (s.t - t0) / STEP;
        assert.ok(s.h.equals(sample(i)), `integer sample ${i}`);
        seenInt++;
      }
      encodeHistogramSamples(e, samples);
      assert.equal(Buffer.from(e.bytes()).toString("hex"), Buffer.from(rec).toString("hex"));
    }
    assert.equal(seenInt, N);
    let seenFloat = 0;
    for (const rec of floats) {
      const samples = decodeFloatHistogramSamples(rec);
      for (const s of samples) {
        const i = (s.t - t0) / STEP;
        assert.ok(s.fh.equals(floatSample(i)), `float sample ${i}`);
        seenFloat++;
      }
      encodeFloatHistogramSamples(e, samples);
      assert.equal(Buffer.from(e.bytes()).toString("hex"), Buffer.from(rec).toString("hex"));
    }
    assert.equal(seenFloat, N);
  });
});
