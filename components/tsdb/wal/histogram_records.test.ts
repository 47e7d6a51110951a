import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FloatHistogram } from "../../model/float_histogram.ts";
import { Histogram } from "../../model/histogram.ts";
import {
  REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES,
  REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES,
  REC_FLOAT_HISTOGRAM_SAMPLES,
  REC_HISTOGRAM_SAMPLES,
  decodeFloatHistogramSamples,
  decodeHistogramSamples,
  encodeCustomBucketsFloatHistogramSamples,
  encodeCustomBucketsHistogramSamples,
  encodeFloatHistogramSamples,
  encodeHistogramSamples,
} from "./histogram_records.ts";
import { RecordEncoder } from "./records.ts";

function h1(): Histogram {
  const h = new Histogram();
  h.schema = 1;
  h.zeroThreshold = 0.001;
  h.zeroCount = 2;
  h.count = 5;
  h.sum = 1.5;
  h.positiveSpans = Int32Array.from([0, 1]);
  h.positiveBuckets = Float64Array.from([3]);
  return h;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

describe("histogram WAL records", () => {
  it("writes Prometheus's HistogramSamples layout (hand-derived from tsdb/record)", () => {
    const e = new RecordEncoder(16);
    const left = encodeHistogramSamples(e, [{ ref: 5, t: 1000, h: h1() }]);
    assert.equal(left.length, 0);
    const want = [
      "07", // type
      "0000000000000005", // first ref
      "00000000000003e8", // first t
      "00", // ref delta
      "00", // t delta
      "00", // hint
      "02", // schema 1 (zigzag)
      "3f50624dd2f1a9fc", // zero threshold 0.001
      "02", // zero count
      "05", // count
      "3ff8000000000000", // sum 1.5
      "01", // 1 positive span
      "00", // offset 0
      "01", // length 1
      "00", // 0 negative spans
      "01", // 1 positive bucket
      "06", // delta 3 (zigzag)
      "00", // 0 negative buckets
    ].join("");
    assert.equal(hex(e.bytes()), want);
  });

  it("round-trips integer histograms with deltas relative to the first sample", () => {
    const e = new RecordEncoder(16);
    const a = h1();
    const b = h1();
    b.counterResetHint = 2;
    b.negativeSpans = Int32Array.from([-3, 2, 4, 1]);
    b.negativeBuckets = Float64Array.from([1, -1, 4]);
    b.count = 2 ** 40;
    encodeHistogramSamples(e, [
      { ref: 10, t: 5000, h: a },
      { ref: 7, t: 4000, h: b },
    ]);
    const got = decodeHistogramSamples(e.bytes().slice());
    assert.equal(got.length, 2);
    assert.equal(got[1].ref, 7);
    assert.equal(got[1].t, 4000);
    assert.ok(got[0].h.equals(a));
    assert.ok(got[1].h.equals(b));
    assert.equal(got[1].h.counterResetHint, 2);
  });

  it("leaves custom-bucket histograms to their own record type, like Prometheus", () => {
    const cb = new Histogram();
    cb.schema = -53;
    cb.count = 3;
    cb.positiveSpans = Int32Array.from([0, 2]);
    cb.positiveBuckets = Float64Array.from([1, 1]);
    cb.customValues = Float64Array.from([0.5, 1]);
    const e = new RecordEncoder(16);
    const left = encodeHistogramSamples(e, [
      { ref: 1, t: 1, h: h1() },
      { ref: 2, t: 2, h: cb },
    ]);
    assert.equal(left.length, 1);
    assert.equal(decodeHistogramSamples(e.bytes().slice()).length, 1);
    // Only custom buckets: the record comes out empty.
    assert.equal(encodeHistogramSamples(e, [{ ref: 2, t: 2, h: cb }]).length, 1);
    assert.equal(e.len, 0);
    encodeCustomBucketsHistogramSamples(e, left);
    assert.equal(e.bytes()[0], REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES);
    const got = decodeHistogramSamples(e.bytes().slice());
    assert.deepEqual([...(got[0].h.customValues ?? [])], [0.5, 1]);
    assert.ok(got[0].h.equals(cb));
  });

  it("round-trips float histograms (types 8 and 10)", () => {
    const f = h1().toFloat();
    f.count = 5.25;
    f.positiveBuckets = Float64Array.from([3.25]);
    const e = new RecordEncoder(16);
    encodeFloatHistogramSamples(e, [{ ref: 3, t: -5, fh: f }]);
    assert.equal(e.bytes()[0], REC_FLOAT_HISTOGRAM_SAMPLES);
    const got = decodeFloatHistogramSamples(e.bytes().slice());
    assert.equal(got[0].t, -5);
    assert.ok(got[0].fh.equals(f));
    const c = new FloatHistogram();
    c.schema = -53;
    c.customValues = Float64Array.from([1]);
    c.positiveSpans = Int32Array.from([0, 1]);
    c.positiveBuckets = Float64Array.from([0.5]);
    encodeCustomBucketsFloatHistogramSamples(e, [{ ref: 1, t: 1, fh: c }]);
    assert.equal(e.bytes()[0], REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES);
    assert.ok(decodeFloatHistogramSamples(e.bytes().slice())[0].fh.equals(c));
  });

  it("skips unknown schemas and reduces reserved ones, as Prometheus's decoder does", () => {
    const e = new RecordEncoder(16);
    const odd = h1();
    odd.schema = 60;
    const hi = h1();
    hi.schema = 10;
    hi.positiveSpans = Int32Array.from([1, 4]);
    hi.positiveBuckets = Float64Array.from([1, 0, 0, 0]);
    hi.count = 6;
    encodeHistogramSamples(e, [
      { ref: 1, t: 1, h: odd },
      { ref: 1, t: 2, h: hi },
    ]);
    const got = decodeHistogramSamples(e.bytes().slice());
    assert.equal(got.length, 1);
    assert.equal(got[0].h.schema, 8);
    assert.deepEqual([...got[0].h.toFloat().positiveBuckets], [4]);
  });

  it("rejects the wrong type and truncated records with an Error, never anything else", () => {
    assert.throws(
      () => decodeHistogramSamples(Uint8Array.of(REC_FLOAT_HISTOGRAM_SAMPLES)),
      /invalid record type 8/,
    );
    const e = new RecordEncoder(16);
    encodeHistogramSamples(e, [{ ref: 5, t: 1000, h: h1() }]);
    const full = e.bytes().slice();
    for (let n = 18; n < full.length; n++)
      assert.throws(
        () => decodeHistogramSamples(full.subarray(0, n)),
        /decode histogram samples record/,
      );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (tail) => {
        for (const type of [REC_HISTOGRAM_SAMPLES, REC_FLOAT_HISTOGRAM_SAMPLES]) {
          const rec = Uint8Array.from([type, ...tail]);
          try {
            if (type === REC_HISTOGRAM_SAMPLES) decodeHistogramSamples(rec);
            else decodeFloatHistogramSamples(rec);
          } catch (err) {
            if (!(err instanceof Error) || err instanceof RangeError || err instanceof TypeError)
              throw err;
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
