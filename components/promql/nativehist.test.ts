import assert from "node:assert/strict";
import { test } from "node:test";
import { FloatHistogram } from "../model/float_histogram.ts";
import { trimBuckets } from "./histbinop.ts";
import { HistAccumulator } from "./histkahan.ts";
import { FRACTION_NANS, nativeFraction, nativeQuantile, nativeVariance } from "./nativehist.ts";

/** {{schema:0 sum:5 count:4 buckets:[1 2 1]}}: (0.5,1]:1 (1,2]:2 (2,4]:1. */
function h(): FloatHistogram {
  const x = new FloatHistogram();
  x.sum = 5;
  x.count = 4;
  x.positiveSpans = Int32Array.from([0, 3]);
  x.positiveBuckets = Float64Array.from([1, 2, 1]);
  return x;
}

test("quantiles interpolate exponentially within buckets", () => {
  const none = () => assert.fail("no info expected");
  assert.ok(Math.abs(nativeQuantile(0.5, h(), none) - Math.SQRT2) < 1e-12);
  assert.equal(nativeQuantile(-1, h(), none), Number.NEGATIVE_INFINITY);
  assert.equal(nativeQuantile(2, h(), none), Number.POSITIVE_INFINITY);
  assert.ok(Number.isNaN(nativeQuantile(0.5, new FloatHistogram(), none)));
});

test("fractions, variance and the NaN-observation info", () => {
  const infos: string[] = [];
  assert.equal(
    nativeFraction(0, 2, h(), (i) => infos.push(i)),
    0.75,
  );
  assert.equal(
    nativeFraction(3, 2, h(), () => {}),
    0,
  );
  const withNaN = h();
  withNaN.sum = Number.NaN;
  withNaN.count = 5;
  nativeFraction(0, 2, withNaN, (i) => infos.push(i));
  assert.deepEqual(infos, [FRACTION_NANS]);
  assert.ok(Math.abs(nativeVariance(h()) - 0.71001) < 1e-4);
});

test("trim operators keep the observations below or above a value", () => {
  const below = trimBuckets(h(), 2, true);
  assert.equal(below.count, 3);
  assert.deepEqual([...below.positiveBuckets], [1, 2]);
  const above = trimBuckets(h(), 2, false);
  assert.equal(above.count, 1);
  assert.deepEqual([...above.positiveBuckets], [1]);
  assert.deepEqual([...above.positiveSpans], [2, 1]);
});

test("histogram sums are Kahan-compensated", () => {
  const mk = (sum: number) => {
    const x = new FloatHistogram();
    x.count = 1;
    x.sum = sum;
    return x;
  };
  const acc = new HistAccumulator(mk(1), false);
  for (const v of [1e100, 1, -1e100]) acc.add(mk(v));
  const r = acc.result();
  assert.equal(r.sum, 2);
  assert.equal(r.count, 4);
  const avg = new HistAccumulator(mk(2), true);
  avg.add(mk(4));
  assert.equal(avg.result().sum, 3);
});
