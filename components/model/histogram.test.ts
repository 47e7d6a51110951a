import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FloatHistogram } from "./float_histogram.ts";
import { Histogram } from "./histogram.ts";
import { getBound, goFloatV, ldexp } from "./histogram_schema.ts";

/** Builds an integer histogram from plain arrays (spans as [offset, length] pairs). */
export function ih(o: {
  schema?: number;
  zeroThreshold?: number;
  zeroCount?: number;
  count?: number;
  sum?: number;
  pos?: [number, number][];
  posB?: number[];
  neg?: [number, number][];
  negB?: number[];
  cv?: number[];
}): Histogram {
  const h = new Histogram();
  h.schema = o.schema ?? 0;
  h.zeroThreshold = o.zeroThreshold ?? 0;
  h.zeroCount = o.zeroCount ?? 0;
  h.count = o.count ?? 0;
  h.sum = o.sum ?? 0;
  h.positiveSpans = Int32Array.from((o.pos ?? []).flat());
  h.positiveBuckets = Float64Array.from(o.posB ?? []);
  h.negativeSpans = Int32Array.from((o.neg ?? []).flat());
  h.negativeBuckets = Float64Array.from(o.negB ?? []);
  h.customValues = o.cv === undefined ? null : Float64Array.from(o.cv);
  return h;
}

function spansOf(s: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.length; i += 2) out.push([s[i], s[i + 1]]);
  return out;
}

describe("Histogram.validate (Prometheus's texts)", () => {
  it("accepts a consistent histogram", () => {
    const h = ih({
      zeroCount: 2,
      count: 11,
      sum: 1,
      pos: [[0, 2]],
      posB: [3, 1],
      neg: [
        [-1, 1],
        [1, 1],
      ],
      negB: [1, 0],
    });
    assert.equal(h.validate(), undefined);
  });

  it("reports span/bucket count mismatches per side", () => {
    assert.equal(
      ih({ pos: [[0, 2]], posB: [1] }).validate(),
      "positive side: spans need 2 buckets, have 1 buckets: histogram spans specify different number of buckets than provided",
    );
    assert.equal(
      ih({ neg: [[0, 1]], negB: [1, 1] }).validate(),
      "negative side: spans need 1 buckets, have 2 buckets: histogram spans specify different number of buckets than provided",
    );
  });

  it("reports negative offsets after the first span", () => {
    assert.equal(
      ih({
        pos: [
          [0, 1],
          [-2, 1],
        ],
        posB: [1, 0],
        count: 2,
      }).validate(),
      "positive side: span number 2 with offset -2: histogram has a span whose offset is negative",
    );
  });

  it("reports negative bucket counts", () => {
    assert.equal(
      ih({ pos: [[0, 2]], posB: [2, -3], count: 1 }).validate(),
      "positive side: bucket number 2 has observation count of -1: histogram has a bucket whose observation count is negative",
    );
  });

  it("checks count against the buckets, and only a lower bound when the sum is NaN", () => {
    assert.equal(
      ih({ count: 5, pos: [[0, 1]], posB: [3] }).validate(),
      "3 observations found in buckets, but the Count field is 5: histogram's observation count should equal the number of observations found in the buckets (in absence of NaN)",
    );
    assert.equal(ih({ count: 5, sum: Number.NaN, pos: [[0, 1]], posB: [3] }).validate(), undefined);
    assert.equal(
      ih({ count: 2, sum: Number.NaN, pos: [[0, 1]], posB: [3] }).validate(),
      "3 observations found in buckets, but the Count field is 2: histogram's observation count should be at least the number of observations found in the buckets",
    );
  });

  it("rejects schemas out of range", () => {
    assert.equal(
      ih({ schema: 9 }).validate(),
      "histogram has an invalid schema, which must be between -4 and 8 for exponential buckets, or -53 for custom buckets, got schema 9",
    );
    assert.match(ih({ schema: -5 }).validate() ?? "", /got schema -5$/);
  });

  it("applies the custom bucket rules", () => {
    assert.equal(
      ih({ schema: -53, count: 3, pos: [[0, 2]], posB: [1, 1], cv: [1] }).validate(),
      undefined,
    );
    assert.equal(
      ih({ schema: -53, count: 3, pos: [[0, 3]], posB: [1, 0, 0], cv: [1] }).validate(),
      "custom buckets: only 1 custom bounds defined which is insufficient to cover total span length of 3: histogram custom bounds are too few",
    );
    assert.equal(
      ih({ schema: -53, cv: [2, 1] }).validate(),
      "custom buckets: previous bound is 2.000000 and current is 1.000000: histogram custom bounds must be in strictly increasing order",
    );
    assert.equal(
      ih({ schema: -53, cv: [1, Number.POSITIVE_INFINITY] }).validate(),
      "custom buckets: last +Inf bound must not be explicitly defined: histogram custom bounds must be finite",
    );
    assert.equal(
      ih({ schema: -53, cv: [Number.NaN] }).validate(),
      "custom buckets: histogram custom bounds must not be NaN",
    );
    assert.equal(
      ih({ schema: -53, cv: [1], zeroCount: 1 }).validate(),
      "custom buckets: must have zero count of 0",
    );
    assert.equal(
      ih({ schema: -53, cv: [1], zeroThreshold: 0.1 }).validate(),
      "custom buckets: must have zero threshold of 0",
    );
    assert.equal(
      ih({ schema: -53, cv: [1], neg: [[0, 1]], negB: [1] }).validate(),
      "custom buckets: must not have negative spans",
    );
    assert.equal(
      ih({ schema: 0, cv: [1] }).validate(),
      "histogram with exponential schema must not have custom bounds",
    );
  });
});

describe("Histogram.compact (Prometheus's cases)", () => {
  it("leaves a compact histogram alone", () => {
    const h = ih({
      pos: [
        [-2, 1],
        [2, 3],
      ],
      posB: [1, 3, -3, 42],
      neg: [
        [3, 2],
        [3, 2],
      ],
      negB: [5, 3, 1.234e5, 1000],
    });
    h.compact(0);
    assert.deepEqual(spansOf(h.positiveSpans), [
      [-2, 1],
      [2, 3],
    ]);
    assert.deepEqual([...h.positiveBuckets], [1, 3, -3, 42]);
    assert.deepEqual(spansOf(h.negativeSpans), [
      [3, 2],
      [3, 2],
    ]);
    assert.deepEqual([...h.negativeBuckets], [5, 3, 1.234e5, 1000]);
    // Nothing to do at all (no empty bucket, every offset above maxEmptyBuckets): same arrays.
    const g = ih({
      pos: [
        [1, 2],
        [2, 1],
      ],
      posB: [1, 1, 1],
    });
    const arr = g.positiveBuckets;
    assert.equal(g.compact(0).positiveBuckets, arr);
  });

  it("merges zero offsets and drops zero-length spans", () => {
    const h = ih({
      pos: [
        [-2, 1],
        [0, 3],
        [0, 1],
      ],
      posB: [1, 3, -3, 42, 3],
      neg: [
        [0, 2],
        [0, 0],
        [2, 0],
        [1, 4],
      ],
      negB: [5, 3, 1.234e5, 1000, 3, 4],
    }).compact(0);
    assert.deepEqual(spansOf(h.positiveSpans), [[-2, 5]]);
    assert.deepEqual([...h.positiveBuckets], [1, 3, -3, 42, 3]);
    assert.deepEqual(spansOf(h.negativeSpans), [
      [0, 2],
      [3, 4],
    ]);
  });

  it("cuts empty buckets at the start and end of spans and keeps the deltas consistent", () => {
    const h = ih({
      pos: [
        [-4, 4],
        [5, 3],
      ],
      posB: [0, 0, 1, 3, -3, 42, 3],
      neg: [
        [0, 2],
        [3, 5],
      ],
      negB: [5, 3, -4, -2, 3, 4, -9],
    }).compact(0);
    assert.deepEqual(spansOf(h.positiveSpans), [
      [-2, 2],
      [5, 3],
    ]);
    assert.deepEqual([...h.positiveBuckets], [1, 3, -3, 42, 3]);
    assert.deepEqual(spansOf(h.negativeSpans), [
      [0, 2],
      [3, 4],
    ]);
    assert.deepEqual([...h.negativeBuckets], [5, 3, -4, -2, 3, 4]);
  });

  it("cuts long runs of empty buckets in the middle and merges close spans with maxEmptyBuckets", () => {
    // Absolute 1,0,0,0,2 at 0..4 and 3 at 6.
    const h = ih({
      pos: [
        [0, 5],
        [1, 1],
      ],
      posB: [1, -1, 0, 0, 2, 1],
    });
    const a = h.copy().compact(0);
    assert.deepEqual(spansOf(a.positiveSpans), [
      [0, 1],
      [3, 1],
      [1, 1],
    ]);
    assert.deepEqual([...a.positiveBuckets], [1, 1, 1]);
    const b = h.copy().compact(1);
    assert.deepEqual(spansOf(b.positiveSpans), [
      [0, 1],
      [3, 3],
    ]);
    assert.deepEqual([...b.positiveBuckets], [1, 1, -2, 3]);
    const c = h.copy().compact(3);
    assert.deepEqual(spansOf(c.positiveSpans), [[0, 7]]);
  });
});

describe("Histogram.reduceResolution", () => {
  it("merges pairs of buckets per schema step (delta buckets)", () => {
    // Schema 1 buckets at indexes 0..3 with absolute counts 1,2,3,4 -> schema 0 indexes 0,1,2: 1, 2+3, 4.
    const h = ih({ schema: 1, count: 10, pos: [[0, 4]], posB: [1, 1, 1, 1] });
    assert.equal(h.reduceResolution(0), undefined);
    assert.equal(h.schema, 0);
    assert.deepEqual(spansOf(h.positiveSpans), [[0, 3]]);
    assert.deepEqual([...h.positiveBuckets], [1, 4, -1]);
    assert.equal(h.validate(), undefined);
  });

  it("keeps gaps as separate spans", () => {
    const h = ih({
      schema: 2,
      pos: [
        [-5, 2],
        [10, 1],
      ],
      posB: [1, 1, 5],
    });
    assert.equal(h.reduceResolution(0), undefined);
    // -5,-4 -> ((idx-1)>>2)+1 = -1, -1 ; 7 -> 2.
    assert.deepEqual(spansOf(h.positiveSpans), [
      [-1, 1],
      [2, 1],
    ]);
    assert.deepEqual([...h.positiveBuckets], [3, 4]);
  });

  it("refuses custom buckets and non-decreasing targets", () => {
    assert.equal(
      ih({ schema: -53, cv: [1] }).reduceResolution(0),
      "cannot reduce resolution when there are custom buckets",
    );
    assert.match(
      ih({ schema: 0 }).reduceResolution(1) ?? "",
      /cannot reduce resolution from schema 0 to 1/,
    );
  });
});

describe("Histogram.toFloat and equals", () => {
  it("turns deltas into absolute counts, reusing the target's arrays", () => {
    const h = ih({
      schema: 3,
      zeroThreshold: 0.001,
      zeroCount: 2,
      count: 12,
      sum: 3.5,
      pos: [[0, 3]],
      posB: [1, 2, -1],
      neg: [[2, 1]],
      negB: [3],
    });
    const fh = h.toFloat();
    assert.deepEqual([...fh.positiveBuckets], [1, 3, 2]);
    assert.deepEqual([...fh.negativeBuckets], [3]);
    assert.equal(fh.count, 12);
    assert.equal(fh.zeroCount, 2);
    const arr = fh.positiveBuckets;
    h.positiveBuckets = Float64Array.from([2, 0, 0]);
    h.toFloat(fh);
    assert.equal(fh.positiveBuckets, arr);
    assert.deepEqual([...fh.positiveBuckets], [2, 2, 2]);
  });

  it("compares span layouts by the buckets they describe", () => {
    const a = ih({
      count: 3,
      pos: [
        [0, 1],
        [0, 2],
      ],
      posB: [1, 0, 0],
    });
    const b = ih({ count: 3, pos: [[0, 3]], posB: [1, 0, 0] });
    assert.ok(a.equals(b));
    b.positiveBuckets = Float64Array.from([1, 0, 1]);
    assert.ok(!a.equals(b));
  });
});

describe("schema bounds", () => {
  it("follow Prometheus's table and special cases", () => {
    assert.equal(getBound(0, 0, null), 1);
    assert.equal(getBound(1, 0, null), 2);
    assert.equal(getBound(-1, 0, null), 0.5);
    // Prometheus's table entries times 2 (not Math.SQRT2, which differs in the last bit).
    assert.equal(getBound(1, 1, null), 0.7071067811865475 * 2);
    assert.equal(getBound(1, 3, null), 0.5452538663326288 * 2);
    assert.equal(getBound(-3, 3, null), 0.7711054127039704);
    assert.equal(getBound(1, -2, null), 16);
    // The last regular bucket ends at MaxFloat64, the next one at +Inf.
    assert.equal(getBound(1024, 0, null), Number.MAX_VALUE);
    assert.equal(getBound(1025, 0, null), Number.POSITIVE_INFINITY);
    assert.equal(getBound(256, -2, null), Number.MAX_VALUE);
    // Custom bounds: -1 is -Inf, past the end +Inf.
    const cv = Float64Array.from([1, 5]);
    assert.equal(getBound(-1, -53, cv), Number.NEGATIVE_INFINITY);
    assert.equal(getBound(1, -53, cv), 5);
    assert.equal(getBound(2, -53, cv), Number.POSITIVE_INFINITY);
    assert.equal(ldexp(0.5, -1073), 5e-324);
  });

  it("formats floats like Go's %v", () => {
    assert.equal(goFloatV(1.5), "1.5");
    assert.equal(goFloatV(-3), "-3");
    assert.equal(goFloatV(1e6), "1e+06");
    assert.equal(goFloatV(123456), "123456");
    assert.equal(goFloatV(0.00001), "1e-05");
    assert.equal(goFloatV(Number.NEGATIVE_INFINITY), "-Inf");
  });
});

describe("FloatHistogram from Histogram keeps validity", () => {
  it("validates the float form without the count check", () => {
    const fh = new FloatHistogram();
    fh.count = 100;
    fh.positiveSpans = Int32Array.from([0, 1]);
    fh.positiveBuckets = Float64Array.from([3]);
    assert.equal(fh.validate(), undefined);
    fh.count = -1;
    assert.equal(
      fh.validate(),
      "observation count is  -1: histogram's observation count is negative",
    );
    fh.count = 1;
    fh.zeroCount = -0.5;
    assert.equal(
      fh.validate(),
      "zero bucket has observation count of -0.5: histogram has a bucket whose observation count is negative",
    );
    fh.zeroCount = 0;
    fh.positiveBuckets = Float64Array.from([-2.5]);
    assert.equal(
      fh.validate(),
      "positive side: bucket number 1 has observation count of -2.5: histogram has a bucket whose observation count is negative",
    );
  });
});
