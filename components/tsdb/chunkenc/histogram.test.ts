import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FloatHistogram } from "../../model/float_histogram.ts";
import { Histogram } from "../../model/histogram.ts";
import {
  CounterReset,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
} from "../../model/histogram_schema.ts";
import { STALE_NAN, ValHistogram, ValNone } from "../../model/series.ts";
import { BitReader, BitWriter } from "./bstream.ts";
import { HistogramChunk, histogramAppendState } from "./histogram.ts";
import {
  CounterResetHeaderGauge,
  CounterResetHeaderNotReset,
  CounterResetHeaderReset,
  CounterResetHeaderUnknown,
  putCustomBound,
  putVarbitInt,
  putVarbitUint,
  putZeroThreshold,
  readCustomBound,
  readState,
  readVarbitInt,
  readVarbitUint,
  readZeroThreshold,
} from "./histogram_meta.ts";

function hist(o: {
  schema?: number;
  zt?: number;
  zc?: number;
  sum?: number;
  pos?: [number, number][];
  abs?: number[];
  neg?: [number, number][];
  nabs?: number[];
  hint?: 0 | 1 | 2 | 3;
  cv?: number[];
}): Histogram {
  const h = new Histogram();
  h.schema = o.schema ?? 0;
  h.zeroThreshold = o.zt ?? 0.001;
  h.zeroCount = o.zc ?? 0;
  h.sum = o.sum ?? 0;
  h.positiveSpans = Int32Array.from((o.pos ?? []).flat());
  h.negativeSpans = Int32Array.from((o.neg ?? []).flat());
  const d = (a: number[]): Float64Array =>
    Float64Array.from(a.map((v, i) => v - (i > 0 ? a[i - 1] : 0)));
  h.positiveBuckets = d(o.abs ?? []);
  h.negativeBuckets = d(o.nabs ?? []);
  h.count =
    (o.abs ?? []).reduce((a, b) => a + b, 0) +
    (o.nabs ?? []).reduce((a, b) => a + b, 0) +
    h.zeroCount;
  h.counterResetHint = o.hint ?? UnknownCounterReset;
  h.customValues = o.cv === undefined ? null : Float64Array.from(o.cv);
  return h;
}

function absolute(h: Histogram): number[] {
  return [...h.toFloat().positiveBuckets];
}

function readAll(c: HistogramChunk): { t: number; h: Histogram }[] {
  const it = c.iterator();
  const out: { t: number; h: Histogram }[] = [];
  while (it.next() === ValHistogram) out.push({ t: it.atT(), h: it.atHistogram() });
  assert.equal(it.err(), undefined);
  return out;
}

describe("varbit encodings", () => {
  const ints = [
    0,
    1,
    -1,
    4,
    -3,
    5,
    -4,
    32,
    -31,
    33,
    256,
    -255,
    257,
    2048,
    -2047,
    2049,
    131072,
    -131071,
    131073,
    16777216,
    -16777215,
    16777217,
    2 ** 53,
    -(2 ** 53),
    2 ** 55,
    -(2 ** 55 - 1),
  ];
  it("round-trips signed values at every bit-width boundary", () => {
    const w = new BitWriter(new Uint8Array(8), 0);
    for (const v of ints) putVarbitInt(w, v);
    const r = new BitReader(w.buf, 0, w.len);
    readState.err = undefined;
    for (const v of ints) assert.equal(readVarbitInt(r), v);
    assert.equal(readState.err, undefined);
  });

  it("uses Prometheus's widths: 1 bit for 0, 5 bits for -3..4, 9 bytes beyond 56 bits", () => {
    const sizes = (v: number): number => {
      const w = new BitWriter(new Uint8Array(16), 0);
      putVarbitInt(w, v);
      return w.len * 8 - w.free;
    };
    assert.equal(sizes(0), 1);
    assert.equal(sizes(4), 5);
    assert.equal(sizes(-3), 5);
    assert.equal(sizes(-4), 9);
    assert.equal(sizes(2 ** 55), 64);
    assert.equal(sizes(2 ** 56), 72);
    // 4 = 10 100, then 0 (1 bit): 0b10100_0 padded.
    const w = new BitWriter(new Uint8Array(4), 0);
    putVarbitInt(w, 4);
    putVarbitInt(w, 0);
    assert.deepEqual([...w.buf.subarray(0, w.len)], [0b10100000]);
  });

  it("round-trips unsigned values", () => {
    const us = [0, 7, 8, 63, 64, 511, 512, 4095, 4096, 262143, 262144, 33554431, 33554432, 2 ** 53];
    const w = new BitWriter(new Uint8Array(8), 0);
    for (const v of us) putVarbitUint(w, v);
    const r = new BitReader(w.buf, 0, w.len);
    readState.err = undefined;
    for (const v of us) assert.equal(readVarbitUint(r), v);
    assert.equal(readState.err, undefined);
  });

  it("encodes zero thresholds in one byte when they are powers of two in range", () => {
    const enc = (v: number): number[] => {
      const w = new BitWriter(new Uint8Array(16), 0);
      putZeroThreshold(w, v);
      return [...w.buf.subarray(0, w.len)];
    };
    assert.deepEqual(enc(0), [0]);
    // Prometheus's default 2^-128 is byte 116.
    assert.deepEqual(enc(2 ** -128), [116]);
    assert.deepEqual(enc(2 ** 10), [254]);
    assert.deepEqual(enc(2 ** -243), [1]);
    assert.equal(enc(0.001).length, 9);
    assert.equal(enc(0.001)[0], 255);
    assert.equal(enc(2 ** 11).length, 9);
    for (const v of [0, 2 ** -128, 2 ** 10, 0.001, 2 ** 11, 2 ** -243, 3]) {
      const w = new BitWriter(new Uint8Array(16), 0);
      putZeroThreshold(w, v);
      assert.equal(readZeroThreshold(new BitReader(w.buf, 0, w.len)), v);
    }
  });

  it("encodes custom bounds with up to 3 decimals compactly", () => {
    for (const [v, bits] of [
      [0.5, 13],
      [0, 5],
      [33554.43, 32],
      [-1, 65],
      [0.0001, 65],
      [1e9, 65],
    ] as const) {
      const w = new BitWriter(new Uint8Array(16), 0);
      putCustomBound(w, v);
      assert.equal(w.len * 8 - w.free, bits, `bits for ${v}`);
      readState.err = undefined;
      assert.equal(readCustomBound(new BitReader(w.buf, 0, w.len)), v);
    }
  });
});

describe("HistogramChunk", () => {
  it("round-trips samples, with Prometheus's per-position hints", () => {
    const c = new HistogramChunk();
    const input: { t: number; h: Histogram }[] = [];
    for (let i = 0; i < 50; i++) {
      const h = hist({
        schema: 3,
        zc: i,
        sum: i * 0.37,
        pos: [
          [-3, 2],
          [4, 3],
        ],
        abs: [i, 2 * i, 3 * i, 4 * i + 1, 7],
        neg: [[0, 1]],
        nabs: [i * 100000],
      });
      input.push({ t: 1000 + i * 15000 + (i % 3), h });
      assert.equal(c.appendHistogram(null, input[i].t, h), null);
    }
    assert.equal(c.numSamples(), 50);
    const got = readAll(c);
    assert.equal(got.length, 50);
    for (let i = 0; i < 50; i++) {
      assert.equal(got[i].t, input[i].t);
      assert.equal(got[i].h.count, input[i].h.count);
      assert.equal(got[i].h.sum, input[i].h.sum);
      assert.deepEqual([...got[i].h.positiveBuckets], [...input[i].h.positiveBuckets]);
      assert.deepEqual([...got[i].h.negativeBuckets], [...input[i].h.negativeBuckets]);
      assert.equal(got[i].h.counterResetHint, i === 0 ? UnknownCounterReset : NotCounterReset);
    }
    // Float view of the same sample.
    const it = c.iterator();
    it.next();
    it.next();
    const fh = it.atFloatHistogram(new FloatHistogram());
    assert.deepEqual([...fh.positiveBuckets], [1, 2, 3, 5, 7]);
  });

  it("recodes the chunk when new buckets appear, keeping earlier samples' counts", () => {
    const c = new HistogramChunk();
    c.appendHistogram(null, 1, hist({ pos: [[0, 2]], abs: [1, 2] }));
    c.appendHistogram(null, 2, hist({ pos: [[0, 2]], abs: [2, 3] }));
    const next = c.appendHistogram(
      null,
      3,
      hist({
        pos: [
          [-1, 3],
          [2, 1],
        ],
        abs: [1, 3, 4, 5],
      }),
    );
    assert.ok(next !== null);
    assert.equal(histogramAppendState.recoded, true);
    const got = readAll(next);
    assert.equal(got.length, 3);
    assert.deepEqual(absolute(got[0].h), [0, 1, 2, 0]);
    assert.deepEqual(absolute(got[1].h), [0, 2, 3, 0]);
    assert.deepEqual(absolute(got[2].h), [1, 3, 4, 5]);
    assert.deepEqual([...got[2].h.positiveSpans], [-1, 3, 2, 1]);
  });

  it("fills buckets the histogram lacks but the chunk has empty, without touching the input", () => {
    const c = new HistogramChunk();
    c.appendHistogram(null, 1, hist({ pos: [[0, 3]], abs: [1, 0, 2] }));
    const h = hist({
      pos: [
        [0, 1],
        [1, 1],
      ],
      abs: [1, 3],
    });
    const before = [...h.positiveBuckets];
    assert.equal(c.appendHistogram(null, 2, h), null);
    assert.deepEqual([...h.positiveBuckets], before);
    const got = readAll(c);
    assert.deepEqual(absolute(got[1].h), [1, 0, 3]);
  });

  it("cuts a new chunk with a reset header when counts go down, buckets vanish or hints say so", () => {
    const c = new HistogramChunk();
    c.appendHistogram(null, 1, hist({ pos: [[0, 2]], abs: [3, 3] }));
    const cut = c.appendHistogram(null, 2, hist({ pos: [[0, 2]], abs: [1, 3] }));
    assert.ok(cut !== null);
    assert.equal(histogramAppendState.recoded, false);
    assert.equal(cut.counterResetHeader(), CounterResetHeaderReset);
    assert.equal(cut.numSamples(), 1);
    const vanished = c.appendHistogram(null, 3, hist({ pos: [[0, 1]], abs: [4] }));
    assert.equal(vanished?.counterResetHeader(), CounterResetHeaderReset);
    const hinted = c.appendHistogram(
      null,
      4,
      hist({ pos: [[0, 2]], abs: [5, 5], hint: CounterReset }),
    );
    assert.equal(hinted?.counterResetHeader(), CounterResetHeaderReset);
    const schema = c.appendHistogram(null, 5, hist({ schema: 1, pos: [[0, 2]], abs: [5, 5] }));
    assert.equal(schema?.counterResetHeader(), CounterResetHeaderUnknown);
    assert.throws(
      () => c.appendHistogram(null, 6, hist({ pos: [[0, 2]], abs: [1, 1] }), true),
      /histogram counter reset/,
    );
    assert.throws(
      () => c.appendHistogram(null, 6, hist({ pos: [[0, 3]], abs: [3, 3, 1] }), true),
      /histogram layout change with 1 positive and 0 negative forwards inserts/,
    );
    // The failed appends left the chunk as it was.
    assert.equal(readAll(c).length, 1);
  });

  it("sets a new chunk's header from the previous chunk", () => {
    const a = new HistogramChunk();
    a.appendHistogram(null, 1, hist({ pos: [[0, 1]], abs: [3] }));
    const b = new HistogramChunk();
    b.appendHistogram(a, 2, hist({ pos: [[0, 1]], abs: [4] }));
    assert.equal(b.counterResetHeader(), CounterResetHeaderNotReset);
    const c = new HistogramChunk();
    c.appendHistogram(a, 2, hist({ pos: [[0, 1]], abs: [1] }));
    assert.equal(c.counterResetHeader(), CounterResetHeaderReset);
  });

  it("stores stale markers and accepts nothing but stale markers after one", () => {
    const c = new HistogramChunk();
    c.appendHistogram(null, 1, hist({ pos: [[0, 1]], abs: [3], sum: 2 }));
    const stale = hist({ pos: [[0, 1]], abs: [3] });
    stale.sum = STALE_NAN;
    assert.equal(c.appendHistogram(null, 2, stale), null);
    assert.equal(c.appendHistogram(null, 3, stale), null);
    const got = readAll(c);
    assert.equal(got.length, 3);
    assert.ok(Object.is(got[1].h.sum, got[1].h.sum) && Number.isNaN(got[1].h.sum));
    assert.equal(got[1].h.positiveBuckets.length, 0);
    const next = c.appendHistogram(null, 4, hist({ pos: [[0, 1]], abs: [4] }));
    assert.ok(next !== null);
    assert.equal(next.counterResetHeader(), CounterResetHeaderUnknown);
    // A stale first sample writes an empty layout.
    const s = new HistogramChunk();
    s.appendHistogram(null, 1, stale);
    assert.equal(readAll(s)[0].h.positiveSpans.length, 0);
  });

  it("keeps gauge histograms in one chunk while buckets come and go", () => {
    const c = new HistogramChunk();
    c.appendHistogram(null, 1, hist({ pos: [[0, 2]], abs: [5, 5], hint: GaugeType }));
    assert.equal(c.counterResetHeader(), CounterResetHeaderGauge);
    assert.equal(
      c.appendHistogram(null, 2, hist({ pos: [[0, 2]], abs: [1, 2], hint: GaugeType })),
      null,
    );
    // Bucket 1 vanishes and bucket 3 appears: the chunk is recoded to cover both.
    const next = c.appendHistogram(
      null,
      3,
      hist({
        pos: [
          [0, 1],
          [2, 1],
        ],
        abs: [2, 7],
        hint: GaugeType,
      }),
    );
    assert.ok(next !== null);
    assert.equal(histogramAppendState.recoded, true);
    const got = readAll(next);
    assert.deepEqual(absolute(got[0].h), [5, 5, 0]);
    assert.deepEqual(absolute(got[2].h), [2, 0, 7]);
    for (const g of got) assert.equal(g.h.counterResetHint, GaugeType);
  });

  it("continues appending to chunk bytes exactly as if never interrupted", () => {
    const all: Histogram[] = [];
    for (let i = 0; i < 30; i++)
      all.push(
        hist({
          schema: 2,
          sum: i * 1.1 + 0.3,
          zc: i,
          pos: [[1, 3]],
          abs: [i, i * 2, i * 3],
          neg: [[-2, 1]],
          nabs: [i],
        }),
      );
    const whole = new HistogramChunk();
    for (let i = 0; i < 30; i++) whole.appendHistogram(null, i * 1000, all[i]);
    const half = new HistogramChunk();
    for (let i = 0; i < 12; i++) half.appendHistogram(null, i * 1000, all[i]);
    const resumed = HistogramChunk.fromBytes(half.bytes().slice());
    assert.equal(resumed.lastTime(), 11000);
    for (let i = 12; i < 30; i++)
      assert.equal(resumed.appendHistogram(null, i * 1000, all[i]), null);
    assert.deepEqual([...resumed.bytes()], [...whole.bytes()]);
  });

  it("stores custom bucket bounds in the layout", () => {
    const c = new HistogramChunk();
    c.appendHistogram(
      null,
      1,
      hist({ schema: -53, zt: 0, pos: [[0, 3]], abs: [1, 2, 3], cv: [0.1, 0.25, 1] }),
    );
    c.appendHistogram(
      null,
      2,
      hist({ schema: -53, zt: 0, pos: [[0, 3]], abs: [2, 2, 3], cv: [0.1, 0.25, 1] }),
    );
    const got = readAll(c);
    assert.deepEqual([...(got[1].h.customValues ?? [])], [0.1, 0.25, 1]);
    assert.deepEqual(absolute(got[1].h), [2, 2, 3]);
    // Different bounds are a reset.
    const cut = c.appendHistogram(
      null,
      3,
      hist({ schema: -53, zt: 0, pos: [[0, 3]], abs: [2, 2, 3], cv: [0.1, 0.5, 1] }),
    );
    assert.equal(cut?.counterResetHeader(), CounterResetHeaderReset);
  });

  it("reduces reserved schemas above 8 to 8 when reading", () => {
    const c = new HistogramChunk();
    c.appendHistogram(null, 1, hist({ schema: 9, zt: 0, pos: [[1, 2]], abs: [1, 2] }));
    const got = readAll(c);
    assert.equal(got[0].h.schema, 8);
    assert.deepEqual(absolute(got[0].h), [3]);
  });

  it("never throws on arbitrary bytes; reports an error or stops", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (b) => {
        const c = new HistogramChunk();
        const it = c.iterator();
        it.reset(b, 0, b.length);
        let n = 0;
        while (it.next() !== ValNone && n < 70000) {
          it.atHistogram();
          n++;
        }
        return n <= ((b[0] ?? 0) << 8) + (b[1] ?? 0);
      }),
      { numRuns: 2000 },
    );
  });
});
