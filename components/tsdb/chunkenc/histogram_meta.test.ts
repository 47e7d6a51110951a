import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  SpanIndexIterator,
  adjustForInserts,
  applyInserts,
  countSpans,
  expandSpansAndBuckets,
  expandSpansBothWays,
} from "./histogram_meta.ts";

const spans = (s: [number, number][]): Int32Array => Int32Array.from(s.flat());
const pairs = (s: Int32Array): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i < s.length; i += 2) out.push([s[i], s[i + 1]]);
  return out;
};

describe("span index iteration", () => {
  it("walks the bucket indexes, skipping zero-length spans", () => {
    const it = new SpanIndexIterator().reset(
      spans([
        [-2, 2],
        [1, 0],
        [1, 3],
      ]),
    );
    const got: number[] = [];
    while (it.next()) got.push(it.idx);
    assert.deepEqual(got, [-2, -1, 2, 3, 4]);
  });
});

// Scenarios from Prometheus's TestExpandSpansBothWaysAndInsert (inputs and expected outputs).
describe("expandSpansBothWays + applyInserts", () => {
  const cases: {
    name: string;
    a: [number, number][];
    b: [number, number][];
    f: [number, number][];
    bw: [number, number][];
    in: number[];
    out: number[];
    merged: [number, number][];
  }[] = [
    {
      name: "single prepend",
      a: [[-10, 3]],
      b: [[-11, 4]],
      f: [[0, 1]],
      bw: [],
      in: [6, -3, 0],
      out: [0, 6, -3, 0],
      merged: [[-11, 4]],
    },
    {
      name: "single append",
      a: [[-10, 3]],
      b: [[-10, 4]],
      f: [[3, 1]],
      bw: [],
      in: [6, -3, 0],
      out: [6, -3, 0, -3],
      merged: [[-10, 4]],
    },
    {
      name: "double prepend",
      a: [[-10, 3]],
      b: [[-12, 5]],
      f: [[0, 2]],
      bw: [],
      in: [6, -3, 0],
      out: [0, 0, 6, -3, 0],
      merged: [[-12, 5]],
    },
    {
      name: "double append",
      a: [[-10, 3]],
      b: [[-10, 5]],
      f: [[3, 2]],
      bw: [],
      in: [6, -3, 0],
      out: [6, -3, 0, -3, 0],
      merged: [[-10, 5]],
    },
    {
      name: "inserts with gaps",
      a: [
        [-19, 2],
        [1, 2],
      ],
      b: [
        [-19, 1],
        [4, 1],
        [3, 1],
      ],
      f: [[4, 2]],
      bw: [[1, 3]],
      in: [1, 2, -1, 1],
      out: [1, 2, -1, 1, -3, 0],
      merged: [
        [-19, 2],
        [1, 3],
        [3, 1],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = expandSpansBothWays(spans(c.a), spans(c.b));
      assert.deepEqual(
        r.forward.map((x) => [x.pos, x.num]),
        c.f,
      );
      assert.deepEqual(
        r.backward.map((x) => [x.pos, x.num]),
        c.bw,
      );
      assert.deepEqual(pairs(r.merged), c.merged);
      const out = applyInserts(
        Float64Array.from(c.in),
        new Float64Array(c.out.length),
        r.forward,
        true,
      );
      assert.deepEqual([...out], c.out);
      // The same inserts on absolute counts.
      const abs = (d: number[]): number[] =>
        d.map((_, i) => d.slice(0, i + 1).reduce((x, y) => x + y, 0));
      const outAbs = applyInserts(
        Float64Array.from(abs(c.in)),
        new Float64Array(c.out.length),
        r.forward,
        false,
      );
      assert.deepEqual([...outAbs], abs(c.out));
    });
  }
});

// Scenarios from Prometheus's TestExpandIntOrFloatSpansAndBuckets.
describe("expandSpansAndBuckets", () => {
  it("detects resets: bucket dropped, bucket lower, populated bucket missing", () => {
    assert.equal(
      expandSpansAndBuckets(
        spans([[1, 1]]),
        spans([]),
        Float64Array.of(1),
        Float64Array.of(),
        true,
      ),
      null,
    );
    assert.equal(
      expandSpansAndBuckets(
        spans([[1, 1]]),
        spans([[1, 1]]),
        Float64Array.of(2),
        Float64Array.of(1),
        true,
      ),
      null,
    );
    assert.equal(
      expandSpansAndBuckets(
        spans([[1, 1]]),
        spans([
          [-2, 2],
          [1, 2],
          [3, 1],
        ]),
        Float64Array.of(2),
        Float64Array.of(1, 0, 0, 0, 0),
        true,
      ),
      null,
    );
    assert.equal(
      expandSpansAndBuckets(
        spans([[1, 1]]),
        spans([
          [-2, 2],
          [2, 1],
          [3, 1],
        ]),
        Float64Array.of(2),
        Float64Array.of(1, 0, 0, 0),
        true,
      ),
      null,
    );
  });

  it("returns forward inserts with bucket indexes for new buckets", () => {
    const r = expandSpansAndBuckets(
      spans([[1, 1]]),
      spans([
        [-2, 2],
        [1, 2],
        [3, 1],
      ]),
      Float64Array.of(1),
      Float64Array.of(2, 0, 0, 0, 0),
      true,
    );
    assert.ok(r !== null);
    assert.deepEqual(
      r.forward.map((x) => [x.pos, x.num, x.bucketIdx]),
      [
        [0, 2, -2],
        [1, 1, 2],
        [1, 1, 6],
      ],
    );
    assert.equal(r.backward.length, 0);
    const a = applyInserts(Float64Array.of(1), new Float64Array(5), r.forward, true);
    assert.deepEqual([...a], [0, 0, 1, -1, 0]);
  });

  it("returns backward inserts for empty buckets the new histogram lacks", () => {
    const r = expandSpansAndBuckets(
      spans([[1, 1]]),
      spans([[3, 1]]),
      Float64Array.of(0),
      Float64Array.of(1),
      true,
    );
    assert.ok(r !== null);
    assert.deepEqual(
      r.forward.map((x) => [x.pos, x.num, x.bucketIdx]),
      [[1, 1, 3]],
    );
    assert.deepEqual(
      r.backward.map((x) => [x.pos, x.num, x.bucketIdx]),
      [[0, 1, 1]],
    );
    const adjusted = adjustForInserts(spans([[3, 1]]), r.backward);
    assert.deepEqual(pairs(adjusted), [
      [1, 1],
      [1, 1],
    ]);
    assert.equal(countSpans(adjusted), 2);
    const b = applyInserts(Float64Array.of(1), new Float64Array(2), r.backward, true);
    assert.deepEqual([...b], [0, 1]);
  });
});
