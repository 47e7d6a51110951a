/**
 * Kahan-compensated addition of float histograms, for sum/avg and sum/avg_over_time (the role of
 * Prometheus's FloatHistogram.KahanAdd): the histogram itself is added as usual; the rounding
 * error of every addition is kept beside it (count, sum, zero bucket, and each bucket by schema
 * index) and added back at the end. Bucket compensation is dropped when the schema, zero
 * threshold or custom bounds change on the way (rare; the sums are then plain).
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import { customBucketBoundsMatch } from "../model/histogram_schema.ts";

/** Prometheus's kahansum.Inc: returns the new sum; the compensation is in `kahanC.c`. */
function inc(v: number, sum: number, comp: { c: number }): number {
  const t = sum + v;
  if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) comp.c = 0;
  else if (Math.abs(sum) >= Math.abs(v)) comp.c += sum - t + v;
  else comp.c += v - t + sum;
  return t;
}

function forEachBucket(
  spans: Int32Array,
  buckets: Float64Array,
  fn: (idx: number, v: number) => void,
): void {
  let idx = 0;
  let bi = 0;
  for (let s = 0; s < spans.length; s += 2) {
    idx += spans[s];
    for (let j = 0; j < spans[s + 1] && bi < buckets.length; j++) {
      fn(idx, buckets[bi++]);
      idx++;
    }
  }
}

function setBucket(spans: Int32Array, buckets: Float64Array, target: number, add: number): void {
  let idx = 0;
  let bi = 0;
  for (let s = 0; s < spans.length; s += 2) {
    idx += spans[s];
    const len = spans[s + 1];
    if (target >= idx && target < idx + len) {
      buckets[bi + target - idx] += add;
      return;
    }
    idx += len;
    bi += len;
  }
}

export class HistKahan {
  private readonly count = { c: 0 };
  private readonly sum = { c: 0 };
  private readonly zero = { c: 0 };
  private pos = new Map<number, number>();
  private neg = new Map<number, number>();
  private bucketsValid = true;

  /**
   * acc += other with compensation; returns add's error text (exponential and custom buckets
   * do not mix). acc's arrays are replaced, never changed in place.
   */
  add(acc: FloatHistogram, other: FloatHistogram): string | undefined {
    const sameLayout =
      acc.schema === other.schema &&
      acc.zeroThreshold === other.zeroThreshold &&
      (!acc.usesCustomBuckets() || customBucketBoundsMatch(acc.customValues, other.customValues));
    const oldCount = acc.count;
    const oldSum = acc.sum;
    const oldZero = acc.zeroCount;
    let oldPos: Map<number, number> | undefined;
    let oldNeg: Map<number, number> | undefined;
    if (sameLayout && this.bucketsValid) {
      oldPos = new Map();
      oldNeg = new Map();
      const p = oldPos;
      const n = oldNeg;
      forEachBucket(acc.positiveSpans, acc.positiveBuckets, (i, v) => p.set(i, v));
      forEachBucket(acc.negativeSpans, acc.negativeBuckets, (i, v) => n.set(i, v));
    } else this.bucketsValid = false;
    const err = acc.add(other);
    if (err !== undefined) return err;
    // Recompute the additions with compensation (the sums themselves are the same floats).
    acc.count = inc(other.count, oldCount, this.count);
    acc.sum = inc(other.sum, oldSum, this.sum);
    if (sameLayout && !acc.usesCustomBuckets())
      acc.zeroCount = inc(other.zeroCount, oldZero, this.zero);
    if (oldPos !== undefined && oldNeg !== undefined) {
      const step =
        (old: Map<number, number>, comps: Map<number, number>) => (i: number, v: number) => {
          const c = { c: comps.get(i) ?? 0 };
          inc(v, old.get(i) ?? 0, c);
          comps.set(i, c.c);
        };
      forEachBucket(other.positiveSpans, other.positiveBuckets, step(oldPos, this.pos));
      forEachBucket(other.negativeSpans, other.negativeBuckets, step(oldNeg, this.neg));
    }
    return undefined;
  }

  clone(): HistKahan {
    const k = new HistKahan();
    k.count.c = this.count.c;
    k.sum.c = this.sum.c;
    k.zero.c = this.zero.c;
    k.pos = new Map(this.pos);
    k.neg = new Map(this.neg);
    k.bucketsValid = this.bucketsValid;
    return k;
  }

  /** Scales the compensation (incremental mean: by (n-1)/n, or 1/n). */
  scale(f: number): void {
    this.count.c *= f;
    this.sum.c *= f;
    this.zero.c *= f;
    for (const [k, v] of this.pos) this.pos.set(k, v * f);
    for (const [k, v] of this.neg) this.neg.set(k, v * f);
  }

  /** Adds the compensation into acc (its bucket arrays are copied first). */
  apply(acc: FloatHistogram): void {
    acc.count += this.count.c;
    acc.sum += this.sum.c;
    acc.zeroCount += this.zero.c;
    if (!this.bucketsValid) return;
    if (this.pos.size > 0) {
      acc.positiveBuckets = acc.positiveBuckets.slice();
      for (const [k, v] of this.pos)
        if (v !== 0) setBucket(acc.positiveSpans, acc.positiveBuckets, k, v);
    }
    if (this.neg.size > 0) {
      acc.negativeBuckets = acc.negativeBuckets.slice();
      for (const [k, v] of this.neg)
        if (v !== 0) setBucket(acc.negativeSpans, acc.negativeBuckets, k, v);
    }
  }
}

/**
 * A running sum (or mean, `avg`) of histograms with Kahan compensation; the mean is the sum
 * divided at the end, or, once the sum overflows, an incremental mean.
 */
export class HistAccumulator {
  private h: FloatHistogram;
  private k = new HistKahan();
  private n = 1;
  private incremental = false;
  private readonly avg: boolean;

  constructor(first: FloatHistogram, avg: boolean) {
    this.h = first.copy();
    this.avg = avg;
  }

  /** Adds x; returns add's error text (exponential and custom buckets do not mix). */
  add(x: FloatHistogram): string | undefined {
    this.n++;
    if (!this.avg) return this.k.add(this.h, x);
    if (!this.incremental) {
      const v = this.h.copy();
      const k = this.k.clone();
      const err = k.add(v, x);
      if (err !== undefined) return err;
      if (!v.hasOverflow()) {
        this.h = v;
        this.k = k;
        return undefined;
      }
      this.incremental = true;
      this.h.div(this.n - 1);
      this.k.scale(1 / (this.n - 1));
    }
    const q = (this.n - 1) / this.n;
    this.k.scale(q);
    this.h.mul(q);
    return this.k.add(this.h, x.copy().div(this.n));
  }

  /** The sum or mean, compacted. */
  result(): FloatHistogram {
    if (this.avg && !this.incremental) {
      this.h.div(this.n);
      this.k.scale(1 / this.n);
    }
    this.k.apply(this.h);
    return this.h.compact(0);
  }
}
