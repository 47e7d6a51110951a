import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FloatHistogram } from "../../model/float_histogram.ts";
import { Histogram } from "../../model/histogram.ts";
import { readHistogram } from "../../proto/histogram_reader.ts";
import { ProtoWriter, encodeHistogramMessage } from "./histograms_testutil.ts";
import { DecodeError, ProtoReader } from "../../proto/protoreader.ts";

function decode(b: Uint8Array) {
  const buf = Buffer.from(b);
  return readHistogram(new ProtoReader(buf), buf.length);
}

function intHist(): Histogram {
  const h = new Histogram();
  h.schema = -2;
  h.zeroThreshold = 2 ** -128;
  h.zeroCount = 3;
  h.count = 21;
  h.sum = -4.5;
  h.positiveSpans = Int32Array.from([-3, 2, 5, 1]);
  h.positiveBuckets = Float64Array.from([4, -1, 5]);
  h.negativeSpans = Int32Array.from([0, 1]);
  h.negativeBuckets = Float64Array.from([3]);
  h.counterResetHint = 2;
  return h;
}

describe("remote write Histogram message", () => {
  it("decodes an integer histogram with its timestamp and hint", () => {
    const h = intHist();
    const d = decode(encodeHistogramMessage(h, 1_700_000_000_123));
    assert.equal(d.fh, null);
    assert.ok(d.h !== null);
    assert.equal(d.timestamp, 1_700_000_000_123);
    assert.ok(d.h.equals(h));
    assert.equal(d.h.counterResetHint, 2);
    assert.equal(d.h.validate(), undefined);
  });

  it("decodes a float histogram when the count is count_float", () => {
    const f = intHist().toFloat();
    f.count = 21.5;
    f.positiveBuckets = Float64Array.from([4.5, 3, 5]);
    const d = decode(encodeHistogramMessage(f, -5));
    assert.equal(d.h, null);
    assert.ok(d.fh instanceof FloatHistogram);
    assert.ok(d.fh.equals(f));
    assert.equal(d.timestamp, -5);
  });

  it("decodes custom bucket histograms", () => {
    const h = new Histogram();
    h.schema = -53;
    h.count = 3;
    h.positiveSpans = Int32Array.from([0, 3]);
    h.positiveBuckets = Float64Array.from([1, 0, 0]);
    h.customValues = Float64Array.from([0.1, 1]);
    const d = decode(encodeHistogramMessage(h, 1));
    assert.deepEqual([...(d.h?.customValues ?? [])], [0.1, 1]);
    assert.equal(d.h?.validate(), undefined);
  });

  it("accepts unpacked repeated scalars and ignores unknown fields", () => {
    const w = new ProtoWriter();
    w.varintField(1, 3);
    w.sintField(12, 1); // positive_deltas, unpacked
    w.sintField(12, 1);
    w.bytesField(11, new ProtoWriter().sintField(1, -1).varintField(2, 2).bytes());
    w.varintField(17, 12345); // v2 start_timestamp
    w.stringField(99, "ignored");
    const d = decode(w.bytes());
    assert.deepEqual([...(d.h?.positiveBuckets ?? [])], [1, 1]);
    assert.deepEqual([...(d.h?.positiveSpans ?? [])], [-1, 2]);
    assert.equal(d.h?.count, 3);
    const f = new ProtoWriter();
    f.doubleField(2, 1.5);
    f.doubleField(13, 0.5);
    f.doubleField(13, 1);
    f.doubleField(16, 7);
    const fd = decode(f.bytes());
    assert.deepEqual([...(fd.fh?.positiveBuckets ?? [])], [0.5, 1]);
    assert.deepEqual([...(fd.fh?.customValues ?? [])], [7]);
  });

  it("lets validation report what Mimir reports for inconsistent histograms", () => {
    const w = new ProtoWriter();
    w.varintField(1, 5);
    w.bytesField(11, new ProtoWriter().varintField(2, 2).bytes());
    w.sintField(12, 1);
    const d = decode(w.bytes());
    assert.equal(
      d.h?.validate(),
      "positive side: spans need 2 buckets, have 1 buckets: histogram spans specify different number of buckets than provided",
    );
  });

  it("rejects malformed bytes with DecodeError", () => {
    assert.throws(() => decode(Uint8Array.of(0x08)), DecodeError); // truncated varint
    assert.throws(() => decode(Uint8Array.of(0x11, 1, 2)), DecodeError); // truncated double
    assert.throws(
      () => decode(Uint8Array.of(0x0d, 0, 0, 0, 0)),
      /wrong wire type 5 for field count_int/,
    ); // fixed32 count_int
    assert.throws(
      () => decode(Uint8Array.of(0x6a, 3, 1, 2, 3)),
      /packed positive_counts length 3 is not a multiple of 8/,
    );
    assert.throws(() => decode(Uint8Array.of(0x5a, 10)), DecodeError); // span length past the end
  });

  it("property: random histograms round-trip through the message", () => {
    const spans = fc.array(
      fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 5 })),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        fc.record({
          schema: fc.integer({ min: -4, max: 8 }),
          zc: fc.nat(1000),
          sum: fc.double({ noNaN: true }),
          pos: spans,
          neg: spans,
          seed: fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 40 }),
          hint: fc.integer({ min: 0, max: 3 }),
          ts: fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
        }),
        (o) => {
          const h = new Histogram();
          h.schema = o.schema;
          h.zeroCount = o.zc;
          h.count = o.zc + 7;
          h.sum = o.sum;
          h.counterResetHint = o.hint as 0 | 1 | 2 | 3;
          h.positiveSpans = Int32Array.from(o.pos.flat());
          h.negativeSpans = Int32Array.from(o.neg.flat());
          const np = o.pos.reduce((a, s) => a + s[1], 0);
          const nn = o.neg.reduce((a, s) => a + s[1], 0);
          h.positiveBuckets = Float64Array.from(
            { length: np },
            (_, i) => o.seed[i % Math.max(1, o.seed.length)] ?? 0,
          );
          h.negativeBuckets = Float64Array.from(
            { length: nn },
            (_, i) => o.seed[(i + 3) % Math.max(1, o.seed.length)] ?? 0,
          );
          const d = decode(encodeHistogramMessage(h, o.ts));
          return (
            d.h?.equals(h) === true &&
            d.timestamp === o.ts &&
            d.h.counterResetHint === h.counterResetHint
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: arbitrary bytes decode or throw DecodeError, nothing else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        try {
          decode(b);
        } catch (err) {
          if (!(err instanceof DecodeError)) throw err;
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("property: mutated valid messages decode or throw DecodeError, nothing else", () => {
    const valid = encodeHistogramMessage(intHist(), 42);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.nat(255)), { minLength: 1, maxLength: 6 }),
        fc.nat(valid.length),
        (edits, cut) => {
          const b = valid.slice(0, cut);
          for (const [i, v] of edits) if (i < b.length) b[i] = v;
          try {
            decode(b);
          } catch (err) {
            if (!(err instanceof DecodeError)) throw err;
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
