import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AllBucketIterator } from "./bucket_iterator.ts";
import { FloatHistogram, addResult } from "./float_histogram.ts";
import {
  CounterReset,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
} from "./histogram_schema.ts";

function fh(o: {
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
  hint?: 0 | 1 | 2 | 3;
}): FloatHistogram {
  const h = new FloatHistogram();
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
  h.counterResetHint = o.hint ?? UnknownCounterReset;
  return h;
}

function assertSame(actual: FloatHistogram, expected: FloatHistogram): void {
  assert.ok(
    actual.equals(expected),
    `\n actual   ${actual.toString()} spans ${[...actual.positiveSpans]} / ${[...actual.negativeSpans]}\n expected ${expected.toString()}`,
  );
}

// Cases from Prometheus's TestFloatHistogramAdd (same inputs and expected results).
const A = {
  zeroThreshold: 0.01,
  zeroCount: 11,
  count: 30,
  sum: 2.345,
  pos: [
    [-2, 2],
    [2, 3],
  ] as [number, number][],
  posB: [1, 0, 3, 4, 7],
  neg: [
    [3, 2],
    [3, 2],
  ] as [number, number][],
  negB: [3, 1, 5, 6],
};
const B = {
  zeroThreshold: 0.01,
  zeroCount: 8,
  count: 21,
  sum: 1.234,
  pos: [
    [-1, 4],
    [0, 3],
  ] as [number, number][],
  posB: [5, 4, 2, 3, 6, 2, 5],
  neg: [
    [4, 2],
    [1, 2],
  ] as [number, number][],
  negB: [1, 1, 4, 4],
};
const A_PLUS_B = {
  zeroThreshold: 0.01,
  zeroCount: 19,
  count: 51,
  sum: 3.579,
  pos: [
    [-2, 5],
    [0, 3],
  ] as [number, number][],
  posB: [1, 5, 4, 2, 6, 10, 9, 5],
  neg: [
    [3, 3],
    [1, 3],
  ] as [number, number][],
  negB: [3, 2, 1, 4, 9, 6],
};

describe("FloatHistogram.add / sub", () => {
  it("adds overlapping spans in either order", () => {
    const a = fh(A);
    assert.equal(a.add(fh(B)), undefined);
    assertSame(a, fh(A_PLUS_B));
    const b = fh(B);
    assert.equal(b.add(fh(A)), undefined);
    assertSame(b, fh(A_PLUS_B));
  });

  it("reduces the higher schema to the lower one", () => {
    const b = fh(B);
    const other = fh({
      ...A,
      schema: 1,
      pos: [
        [-4, 3],
        [5, 5],
      ],
      posB: [1, 0, 0, 3, 2, 2, 3, 4],
      neg: [
        [6, 3],
        [6, 4],
      ],
      negB: [3, 0.5, 0.5, 2, 3, 2, 4],
    });
    assert.equal(b.add(other), undefined);
    assertSame(b, fh(A_PLUS_B));
    // And the other way round: the receiver drops to schema 0.
    const hi = fh({
      ...A,
      schema: 1,
      pos: [
        [-4, 3],
        [5, 5],
      ],
      posB: [1, 0, 0, 3, 2, 2, 3, 4],
      neg: [
        [6, 3],
        [6, 4],
      ],
      negB: [3, 0.5, 0.5, 2, 3, 2, 4],
    });
    assert.equal(hi.add(fh(B)), undefined);
    assert.equal(hi.schema, 0);
    assertSame(hi, fh(A_PLUS_B));
  });

  it("widens the zero bucket to the larger threshold", () => {
    const wide = {
      zeroThreshold: 1,
      zeroCount: 17,
      count: 21,
      sum: 1.234,
      pos: [
        [1, 2],
        [0, 3],
      ] as [number, number][],
      posB: [2, 3, 6, 2, 5],
      neg: [
        [4, 2],
        [1, 2],
      ] as [number, number][],
      negB: [1, 1, 4, 4],
    };
    const expected = fh({
      zeroThreshold: 1,
      zeroCount: 29,
      count: 51,
      sum: 3.579,
      pos: [[1, 5]],
      posB: [2, 6, 10, 9, 5],
      neg: [
        [3, 3],
        [1, 3],
      ],
      negB: [3, 2, 1, 4, 9, 6],
    });
    const x = fh(wide);
    assert.equal(x.add(fh(A)), undefined);
    assertSame(x, expected);
    const y = fh(A);
    assert.equal(y.add(fh(wide)), undefined);
    assertSame(y, expected);
  });

  it("raises a threshold that would cut a populated bucket to that bucket's bound", () => {
    const x = fh({
      zeroThreshold: 0.2,
      zeroCount: 17,
      count: 21,
      sum: 1.234,
      pos: [
        [1, 2],
        [0, 3],
      ],
      posB: [2, 3, 6, 2, 5],
      neg: [
        [4, 2],
        [1, 2],
      ],
      negB: [1, 1, 4, 4],
    });
    assert.equal(x.add(fh(A)), undefined);
    assert.equal(x.zeroThreshold, 0.25);
    assert.equal(x.zeroCount, 29);
  });

  it("subtracts, keeping the layout of both", () => {
    const x = fh(A_PLUS_B);
    assert.equal(x.sub(fh(B)), undefined);
    assert.equal(x.count, 30);
    assert.ok(Math.abs(x.sum - 2.345) < 1e-12);
    x.compact(0);
    const a = fh(A).compact(0);
    assert.deepEqual([...x.positiveBuckets], [...a.positiveBuckets]);
    assert.deepEqual([...x.negativeBuckets], [...a.negativeBuckets]);
  });

  it("refuses to mix custom and exponential buckets and reconciles custom bounds", () => {
    assert.equal(
      fh({}).add(fh({ schema: -53, cv: [1] })),
      "cannot apply this operation on histograms with a mix of exponential and custom bucket schemas",
    );
    const x = fh({ schema: -53, count: 6, pos: [[0, 3]], posB: [1, 2, 3], cv: [1, 2] });
    assert.equal(
      x.add(fh({ schema: -53, count: 6, pos: [[0, 3]], posB: [1, 2, 3], cv: [1, 2] })),
      undefined,
    );
    assert.deepEqual([...x.positiveBuckets], [2, 4, 6]);
    assert.equal(addResult.nhcbBoundsReconciled, false);
    // Bounds 1,2 vs 2,3: intersection [2]; buckets (-Inf,1],(1,2] -> (-Inf,2]; (2,+Inf] / (2,3],(3,+Inf] -> (2,+Inf].
    const y = fh({ schema: -53, count: 6, pos: [[0, 3]], posB: [1, 2, 3], cv: [1, 2] });
    assert.equal(
      y.add(fh({ schema: -53, count: 6, pos: [[0, 3]], posB: [1, 2, 3], cv: [2, 3] })),
      undefined,
    );
    assert.equal(addResult.nhcbBoundsReconciled, true);
    assert.deepEqual([...(y.customValues ?? [])], [2]);
    assert.deepEqual([...y.positiveBuckets], [4, 8]);
  });

  it("reconciles counter reset hints", () => {
    const g = fh({ hint: GaugeType });
    g.add(fh({ hint: CounterReset }));
    assert.equal(g.counterResetHint, GaugeType);
    const c = fh({ hint: CounterReset });
    c.add(fh({ hint: NotCounterReset }));
    assert.equal(c.counterResetHint, UnknownCounterReset);
    assert.equal(addResult.counterResetCollision, true);
    const n = fh({ hint: NotCounterReset });
    n.add(fh({ hint: GaugeType }));
    assert.equal(n.counterResetHint, GaugeType);
    assert.equal(addResult.counterResetCollision, false);
  });
});

describe("FloatHistogram.detectReset (Prometheus's cases)", () => {
  const base = {
    zeroThreshold: 0.01,
    zeroCount: 5.5,
    count: 3493.3,
    sum: 2349209.324,
    pos: [
      [-2, 1],
      [2, 3],
    ] as [number, number][],
    posB: [1, 3.3, 4.2, 0.1],
    neg: [
      [3, 2],
      [3, 2],
    ] as [number, number][],
    negB: [3.1, 3, 1.234e5, 1000],
  };
  it("sees no reset between empty histograms or when buckets appear", () => {
    assert.equal(fh({}).detectReset(fh({})), false);
    assert.equal(fh(base).detectReset(fh({})), false);
    assert.equal(
      fh({
        ...base,
        pos: [
          [-2, 2],
          [1, 3],
        ],
        posB: [1, 1.23, 3.3, 4.2, 0.1],
      }).detectReset(fh(base)),
      false,
    );
  });

  it("sees a reset when a populated bucket disappears or shrinks, not an empty one", () => {
    assert.equal(fh({}).detectReset(fh(base)), true);
    assert.equal(
      fh(base).detectReset(
        fh({
          ...base,
          pos: [
            [-2, 2],
            [1, 3],
          ],
          posB: [1, 1.23, 3.3, 4.2, 0.1],
        }),
      ),
      true,
    );
    assert.equal(
      fh(base).detectReset(
        fh({
          ...base,
          pos: [
            [-2, 2],
            [1, 3],
          ],
          posB: [1, 0, 3.3, 4.2, 0.1],
        }),
      ),
      false,
    );
    assert.equal(fh({ ...base, posB: [1, 3.3, 4.1, 0.1] }).detectReset(fh(base)), true);
    assert.equal(fh({ ...base, zeroCount: 5.4 }).detectReset(fh(base)), true);
    assert.equal(fh({ ...base, count: 3493.2 }).detectReset(fh(base)), true);
  });

  it("honours explicit hints and treats a schema increase or a narrower zero bucket as a reset", () => {
    assert.equal(fh({ ...base, hint: CounterReset }).detectReset(fh(base)), true);
    assert.equal(fh({ hint: NotCounterReset }).detectReset(fh(base)), false);
    assert.equal(fh({ ...base, schema: 1 }).detectReset(fh(base)), true);
    assert.equal(fh({ ...base, zeroThreshold: 0.001 }).detectReset(fh(base)), true);
  });

  it("compares a lower schema against the merged previous buckets", () => {
    // Previous schema 1 buckets 1,2 (both in schema-0 bucket 1) with 1 each; current schema 0 bucket 1 with 2.
    const prev = fh({ schema: 1, count: 2, pos: [[1, 2]], posB: [1, 1] });
    assert.equal(fh({ schema: 0, count: 2, pos: [[1, 1]], posB: [2] }).detectReset(prev), false);
    assert.equal(fh({ schema: 0, count: 2, pos: [[1, 1]], posB: [1.5] }).detectReset(prev), true);
  });

  it("handles custom bounds that changed", () => {
    const prev = fh({ schema: -53, count: 3, pos: [[0, 3]], posB: [1, 1, 1], cv: [1, 2] });
    assert.equal(
      fh({ schema: -53, count: 3, pos: [[0, 2]], posB: [2, 1], cv: [2] }).detectReset(prev),
      false,
    );
    assert.equal(
      fh({ schema: -53, count: 3, pos: [[0, 2]], posB: [1, 2], cv: [2] }).detectReset(prev),
      true,
    );
    assert.equal(
      fh({ schema: -53, count: 3, pos: [[0, 1]], posB: [3], cv: [1] }).detectReset(
        fh({ count: 1 }),
      ),
      true,
    );
  });
});

describe("bucket iterators", () => {
  const h = fh({
    schema: 0,
    zeroThreshold: 0.3,
    zeroCount: 2,
    count: 12,
    pos: [
      [-1, 2],
      [1, 1],
    ],
    posB: [1, 2, 3],
    neg: [[0, 1]],
    negB: [4],
  });

  it("walk positive buckets with Prometheus's bounds", () => {
    const it = h.positiveBucketIterator();
    const seen: string[] = [];
    while (it.next()) seen.push(`${it.toString()}@${it.index}`);
    assert.deepEqual(seen, ["(0.25,0.5]:1@-1", "(0.5,1]:2@0", "(2,4]:3@2"]);
    const rev = h.positiveReverseBucketIterator();
    const back: number[] = [];
    while (rev.next()) back.push(rev.index);
    assert.deepEqual(back, [2, 0, -1]);
  });

  it("walk all buckets in value order with the zero bucket clipping its neighbours", () => {
    const it = h.allBucketIterator(new AllBucketIterator());
    const seen: string[] = [];
    while (it.next()) seen.push(it.toString());
    assert.deepEqual(seen, ["[-1,-0.5):4", "[-0.3,0.3]:2", "(0.3,0.5]:1", "(0.5,1]:2", "(2,4]:3"]);
    const r = h.allReverseBucketIterator();
    const down: number[] = [];
    while (r.next()) down.push(r.count);
    assert.deepEqual(down, [3, 2, 1, 2, 4]);
  });

  it("walk custom buckets with closed upper bounds and -Inf for the first", () => {
    const c = fh({ schema: -53, count: 6, pos: [[0, 3]], posB: [1, 2, 3], cv: [1, 5] });
    const it = c.positiveBucketIterator();
    const seen: string[] = [];
    while (it.next()) seen.push(it.toString());
    assert.deepEqual(seen, ["[-Inf,1]:1", "(1,5]:2", "(5,+Inf]:3"]);
  });

  it("merge buckets into a lower target schema", () => {
    const s1 = fh({ schema: 1, count: 10, pos: [[0, 4]], posB: [1, 2, 3, 4] });
    const it = s1.positiveBucketIterator();
    it.reset(s1, true, 0, 0);
    const seen: string[] = [];
    while (it.next()) seen.push(it.toString());
    assert.deepEqual(seen, ["(0.5,1]:1", "(1,2]:5", "(2,4]:4"]);
  });
});

describe("FloatHistogram mul/div/toString", () => {
  it("scales everything and marks negative factors as gauges", () => {
    const h = fh({ count: 4, sum: 2, zeroCount: 2, pos: [[0, 1]], posB: [2] }).mul(-2);
    assert.equal(h.count, -8);
    assert.equal(h.counterResetHint, GaugeType);
    assert.deepEqual([...h.positiveBuckets], [-4]);
    const d = fh({ count: 4, pos: [[0, 1]], posB: [2] }).div(0);
    assert.equal(d.count, Number.POSITIVE_INFINITY);
    assert.equal(d.positiveBuckets.length, 0);
  });

  it("prints like Prometheus's String()", () => {
    const h = fh({
      count: 5,
      sum: 10,
      zeroThreshold: 0.001,
      zeroCount: 2,
      pos: [[0, 1]],
      posB: [2],
      neg: [[0, 1]],
      negB: [1],
    });
    assert.equal(h.toString(), "{count:5, sum:10, [-1,-0.5):1, [-0.001,0.001]:2, (0.5,1]:2}");
  });
});
