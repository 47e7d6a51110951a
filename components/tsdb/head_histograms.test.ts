import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { FloatHistogram } from "../model/float_histogram.ts";
import { Histogram } from "../model/histogram.ts";
import { GaugeType, NotCounterReset, UnknownCounterReset } from "../model/histogram_schema.ts";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { type SampleIterator, ValFloat, ValHistogram, ValNone } from "../model/series.ts";
import { BlockReader } from "./block/reader.ts";
import { CounterResetHeaderReset } from "./chunkenc/histogram_meta.ts";
import { EncFloatHistogram, EncHistogram, EncXOR } from "./chunkenc/xor.ts";
import { writeCompactedBlocks } from "./compact.ts";
import {
  APPEND_DUPLICATE_IGNORED,
  APPEND_OK,
  APPEND_OOO,
  ERR_DUPLICATE,
  ERR_OUT_OF_ORDER,
  Head,
} from "./head.ts";
import { tempDir } from "./testing/blocks.ts";

/** Integer histogram: schema 0, buckets [0,1) and [1,2) ... with the given absolute counts. */
function testHistogram(
  counts: number[],
  opts: { schema?: number; hint?: 0 | 1 | 2 | 3 } = {},
): Histogram {
  const h = new Histogram();
  h.schema = opts.schema ?? 0;
  if (opts.hint !== undefined) h.counterResetHint = opts.hint;
  h.positiveSpans = Int32Array.of(0, counts.length);
  const d = new Float64Array(counts.length);
  let prev = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    d[i] = counts[i] - prev;
    prev = counts[i];
    total += counts[i];
  }
  h.positiveBuckets = d;
  h.count = total;
  h.sum = total * 1.25;
  return h;
}

/** Drains an iterator into readable strings. */
function drain(it: SampleIterator): string[] {
  const out: string[] = [];
  for (let vt = it.next(); vt !== ValNone; vt = it.next()) {
    if (vt === ValFloat) out.push(`${it.atT()}:f${it.atF()}`);
    else if (vt === ValHistogram) out.push(`${it.atT()}:h${it.atH().count}`);
    else out.push(`${it.atT()}:fh${it.atFH().count}`);
  }
  return out;
}

describe("head with native histograms", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  it("appends histograms with float samples before and after, and reads them back in order", async () => {
    const head = new Head({ chunkArena: false });
    const s = head.getOrCreate(labelsFromObject({ __name__: "h" }));
    assert.equal(head.append(s, 1000, 5, 0), APPEND_OK);
    assert.equal(head.appendHistogram(s, 2000, testHistogram([1, 2]), null, 0), APPEND_OK);
    assert.equal(head.appendHistogram(s, 3000, testHistogram([2, 3]), null, 0), APPEND_OK);
    const fh = testHistogram([3, 3]).toFloat();
    assert.equal(head.appendHistogram(s, 4000, null, fh, 0), APPEND_OK);
    assert.equal(head.append(s, 5000, 7, 0), APPEND_OK);
    // The same histogram at the last timestamp is ignored, a different one is a duplicate.
    assert.equal(head.append(s, 5000, 7, 0), APPEND_DUPLICATE_IGNORED);
    assert.equal(head.appendHistogram(s, 6000, testHistogram([4, 4]), null, 0), APPEND_OK);
    assert.equal(
      head.appendHistogram(s, 6000, testHistogram([4, 4]), null, 0),
      APPEND_DUPLICATE_IGNORED,
    );
    assert.equal(head.appendHistogram(s, 6000, testHistogram([4, 5]), null, 0), ERR_DUPLICATE);
    assert.equal(head.append(s, 6000, 1, 0), ERR_DUPLICATE);
    assert.equal(head.appendHistogram(s, 2500, testHistogram([1]), null, 0), ERR_OUT_OF_ORDER);
    const [ser] = await head.querier(0, 10_000).select(false, undefined, []);
    assert.deepEqual(drain(ser.iterator()), [
      "1000:f5",
      "2000:h3",
      "3000:h5",
      "4000:fh6",
      "5000:f7",
      "6000:h8",
    ]);
    // Clipped to the querier's range.
    const [part] = await head.querier(2500, 4500).select(false, undefined, []);
    assert.deepEqual(drain(part.iterator()), ["3000:h5", "4000:fh6"]);
  });

  it("cuts a new chunk on a counter reset with the reset header", async () => {
    const head = new Head({ chunkArena: false });
    const s = head.getOrCreate(labelsFromObject({ __name__: "h" }));
    head.appendHistogram(s, 1000, testHistogram([5, 5]), null, 0);
    head.appendHistogram(s, 2000, testHistogram([6, 6]), null, 0);
    head.appendHistogram(s, 3000, testHistogram([1, 1]), null, 0);
    assert.equal(s.hs?.chunks.length, 2);
    assert.equal(s.hs?.chunks[1].counterResetHeader(), CounterResetHeaderReset);
    const [ser] = await head.querier(0, 10_000).select(false, undefined, []);
    const it = ser.iterator();
    const hints: number[] = [];
    while (it.next() !== ValNone) hints.push(it.atH().counterResetHint);
    // As Prometheus: the first sample of a chunk reads back as "unknown" whatever the header.
    assert.deepEqual(hints, [UnknownCounterReset, NotCounterReset, UnknownCounterReset]);
  });

  it("cuts a new chunk on a schema change and for gauge histograms keeps the gauge hint", async () => {
    const head = new Head({ chunkArena: false });
    const s = head.getOrCreate(labelsFromObject({ __name__: "h" }));
    head.appendHistogram(s, 1000, testHistogram([5, 5]), null, 0);
    head.appendHistogram(s, 2000, testHistogram([6, 6], { schema: 1 }), null, 0);
    assert.equal(s.hs?.chunks.length, 2);
    const g = head.getOrCreate(labelsFromObject({ __name__: "g" }));
    head.appendHistogram(g, 1000, testHistogram([5, 5], { hint: GaugeType }), null, 0);
    head.appendHistogram(g, 2000, testHistogram([1, 1], { hint: GaugeType }), null, 0);
    assert.equal(g.hs?.chunks.length, 1);
    const [ser] = await head
      .querier(0, 10_000)
      .select(false, undefined, [newMatcher("=", "__name__", "g")]);
    const it = ser.iterator();
    const hints: number[] = [];
    while (it.next() !== ValNone) hints.push(it.atH().counterResetHint);
    assert.deepEqual(hints, [GaugeType, GaugeType]);
  });

  it("stores out-of-order histograms within the window and merges them on read", async () => {
    const head = new Head({ chunkArena: false });
    const s = head.getOrCreate(labelsFromObject({ __name__: "h" }));
    head.appendHistogram(s, 10_000, testHistogram([5]), null, 60_000);
    head.appendHistogram(s, 20_000, testHistogram([7]), null, 60_000);
    assert.equal(head.appendHistogram(s, 15_000, testHistogram([6]), null, 60_000), APPEND_OOO);
    const fh = new FloatHistogram();
    fh.count = 2;
    fh.sum = 1;
    assert.equal(head.appendHistogram(s, 5_000, null, fh, 60_000), APPEND_OOO);
    assert.equal(
      head.appendHistogram(s, 15_000, testHistogram([6]), null, 60_000),
      APPEND_DUPLICATE_IGNORED,
    );
    const [ser] = await head.querier(0, 30_000).select(false, undefined, []);
    assert.deepEqual(drain(ser.iterator()), ["5000:fh2", "10000:h5", "15000:h6", "20000:h7"]);
  });

  it("compacts histogram series into a block with histogram chunks that read back the same", async () => {
    const head = new Head({ chunkArena: false });
    const s = head.getOrCreate(labelsFromObject({ __name__: "h" }));
    const f = head.getOrCreate(labelsFromObject({ __name__: "fh" }));
    for (let i = 0; i < 150; i++) {
      head.appendHistogram(s, i * 1000, testHistogram([i, 2 * i]), null, 0);
      head.appendHistogram(f, i * 1000, null, testHistogram([i]).toFloat(), 0);
    }
    head.append(s, 150_000, 42, 0);
    const res = await writeCompactedBlocks([head.rangeHead(0, 200_000)], join(dir, "out"), {
      blockOptions: () => ({ minTime: 0, maxTime: 200_001, fsync: false }),
    });
    assert.equal(res.samplesOut, 301);
    const r = await BlockReader.open(join(dir, "out", res.metas[0].ulid));
    try {
      const q = r.querier(0, 200_000);
      const got = await q.select(true, undefined, []);
      assert.equal(got.length, 2);
      const [fSer, hSer] = got;
      const hs = drain(hSer.iterator());
      assert.equal(hs.length, 151);
      assert.equal(hs[149], "149000:h447");
      assert.equal(hs[150], "150000:f42");
      const fs = drain(fSer.iterator());
      assert.equal(fs.length, 150);
      assert.equal(fs[10], "10000:fh10");
      // The encodings in the index: histogram chunks (120 + 30), then the float chunk.
      const metas: { ref: number; mint: number; maxt: number }[] = [];
      const refs = r.index.sortedPostings(r.index.allPostings());
      r.index.seriesOverlapping(refs[1], 0, 200_000, metas);
      const chunks = await r.chunks.chunks(metas.map((m) => m.ref));
      assert.deepEqual(
        chunks.map((c) => ("encoding" in c ? c.encoding : -1)),
        [EncHistogram, EncHistogram, EncXOR],
      );
      metas.length = 0;
      r.index.seriesOverlapping(refs[0], 0, 200_000, metas);
      const fchunks = await r.chunks.chunks(metas.map((m) => m.ref));
      assert.ok(fchunks.every((c) => "encoding" in c && c.encoding === EncFloatHistogram));
    } finally {
      await r.close();
    }
  });
});
