/**
 * Iterators over the buckets of a float histogram (absolute counts), as Prometheus's
 * floatBucketIterator / reverseFloatBucketIterator / allFloatBucketIterator walk them. Each
 * iterator is one reusable object: after `next()` returns true, read `lower`, `upper`,
 * `lowerInclusive`, `upperInclusive`, `count` and `index` (no object per bucket).
 *
 * Bounds: positive bucket i is (bound(i-1), bound(i)], negative bucket i is [-bound(i), -bound(i-1));
 * custom buckets (schema -53) are (bound(i-1), bound(i)] with the first one closed at -Inf.
 */
import { EMPTY_BUCKETS, EMPTY_SPANS } from "./histogram_buckets.ts";
import {
  getBound,
  getBoundExponential,
  goFloatV,
  isCustomBucketsSchema,
  isExponentialSchema,
  targetIdx,
} from "./histogram_schema.ts";

/** What bucket iterators read: a float histogram's buckets (absolute counts). */
export interface HistogramBuckets {
  schema: number;
  zeroThreshold: number;
  zeroCount: number;
  positiveSpans: Int32Array;
  positiveBuckets: Float64Array;
  negativeSpans: Int32Array;
  negativeBuckets: Float64Array;
  customValues: Float64Array | null;
}

/** The current bucket, shared by all iterator kinds. */
export class Bucket {
  lower = 0;
  upper = 0;
  lowerInclusive = false;
  upperInclusive = false;
  count = 0;
  /** Index within the schema (irrelevant for the zero bucket). */
  index = 0;

  /** Fills the bounds for bucket `index` of `schema` on the positive or negative side. */
  setBounds(schema: number, positive: boolean, customValues: Float64Array | null): void {
    const idx = this.index;
    if (positive) {
      this.upper = getBound(idx, schema, customValues);
      this.lower = getBound(idx - 1, schema, customValues);
    } else {
      this.lower = -getBound(idx, schema, customValues);
      this.upper = -getBound(idx - 1, schema, customValues);
    }
    if (isCustomBucketsSchema(schema)) {
      this.lowerInclusive = idx === 0;
      this.upperInclusive = true;
    } else {
      this.lowerInclusive = this.lower < 0;
      this.upperInclusive = this.upper > 0;
    }
  }

  /** Prometheus's Bucket.String, e.g. "(1,2]:3". */
  toString(): string {
    return `${this.lowerInclusive ? "[" : "("}${goFloatV(this.lower)},${goFloatV(this.upper)}${this.upperInclusive ? "]" : ")"}:${goFloatV(this.count)}`;
  }
}

/**
 * Ascending iterator over one side, optionally merging buckets into a lower targetSchema and
 * skipping (exponential schemas only) buckets whose absolute upper bound is <= absoluteStartValue.
 */
export class ForwardBucketIterator extends Bucket {
  private schema = 0;
  private targetSchema = 0;
  private spans: Int32Array = EMPTY_SPANS;
  private buckets: Float64Array = EMPTY_BUCKETS;
  private customValues: Float64Array | null = null;
  private positive = true;
  private spansIdx = 0;
  private idxInSpan = 0;
  private bucketsIdx = 0;
  private origIdx = 0;
  private absoluteStartValue = 0;
  private boundReachedStartValue = true;
  /** Whether next() fills the bounds (off for reset detection, which needs only index and count). */
  withBounds = true;

  /**
   * Positions before the first bucket of one side of h. targetSchema must be <= h.schema (and
   * of the same kind).
   */
  reset(
    h: HistogramBuckets,
    positive: boolean,
    absoluteStartValue = 0,
    targetSchema = h.schema,
  ): this {
    this.schema = h.schema;
    this.targetSchema = targetSchema;
    this.spans = positive ? h.positiveSpans : h.negativeSpans;
    this.buckets = positive ? h.positiveBuckets : h.negativeBuckets;
    this.customValues = positive ? h.customValues : null;
    this.positive = positive;
    this.spansIdx = 0;
    this.idxInSpan = 0;
    this.bucketsIdx = 0;
    this.origIdx = 0;
    this.index = 0;
    this.count = 0;
    this.absoluteStartValue = absoluteStartValue;
    this.boundReachedStartValue = absoluteStartValue === 0;
    return this;
  }

  next(): boolean {
    for (;;) {
      if (!this.step()) return false;
      if (
        !this.boundReachedStartValue &&
        isExponentialSchema(this.targetSchema) &&
        getBoundExponential(this.index, this.targetSchema) <= this.absoluteStartValue
      ) {
        continue;
      }
      this.boundReachedStartValue = true;
      if (this.withBounds) this.setBounds(this.targetSchema, this.positive, this.customValues);
      return true;
    }
  }

  private step(): boolean {
    const spans = this.spans;
    const nSpans = spans.length >> 1;
    if (this.spansIdx >= nSpans) return false;
    if (this.schema === this.targetSchema) {
      if (this.bucketsIdx === 0) this.index = spans[this.spansIdx * 2];
      else this.index++;
      if (this.bucketsIdx >= this.buckets.length) return false;
      while (this.idxInSpan >= spans[this.spansIdx * 2 + 1]) {
        this.idxInSpan = 0;
        this.spansIdx++;
        if (this.spansIdx >= nSpans) return false;
        this.index += spans[this.spansIdx * 2];
      }
      this.count = this.buckets[this.bucketsIdx];
      this.idxInSpan++;
      this.bucketsIdx++;
      return true;
    }
    let origIdx = this.origIdx;
    let spansIdx = this.spansIdx;
    let idxInSpan = this.idxInSpan;
    let firstPass = true;
    this.count = 0;
    for (;;) {
      if (this.bucketsIdx === 0) origIdx = spans[spansIdx * 2];
      else origIdx++;
      if (this.bucketsIdx >= this.buckets.length) {
        if (firstPass) return false;
        break;
      }
      let ended = false;
      while (idxInSpan >= spans[spansIdx * 2 + 1]) {
        idxInSpan = 0;
        spansIdx++;
        if (spansIdx >= nSpans) {
          ended = true;
          break;
        }
        origIdx += spans[spansIdx * 2];
      }
      if (ended) {
        if (firstPass) return false;
        break;
      }
      const cur = targetIdx(origIdx, this.schema, this.targetSchema);
      if (firstPass) {
        this.index = cur;
        firstPass = false;
      } else if (cur !== this.index) {
        break;
      }
      this.count += this.buckets[this.bucketsIdx];
      idxInSpan++;
      this.bucketsIdx++;
      this.origIdx = origIdx;
      this.spansIdx = spansIdx;
      this.idxInSpan = idxInSpan;
    }
    return true;
  }
}

/** Descending iterator over one side (no schema merging). */
export class ReverseBucketIterator extends Bucket {
  private schema = 0;
  private spans: Int32Array = EMPTY_SPANS;
  private buckets: Float64Array = EMPTY_BUCKETS;
  private customValues: Float64Array | null = null;
  private positive = true;
  private spansIdx = 0;
  private idxInSpan = 0;
  private bucketsIdx = 0;
  private currIdx = 0;

  /** Positions after the last bucket of one side of h. */
  reset(h: HistogramBuckets, positive: boolean): this {
    const spans = positive ? h.positiveSpans : h.negativeSpans;
    this.schema = h.schema;
    this.spans = spans;
    this.buckets = positive ? h.positiveBuckets : h.negativeBuckets;
    this.customValues = positive ? h.customValues : null;
    this.positive = positive;
    this.spansIdx = (spans.length >> 1) - 1;
    this.bucketsIdx = this.buckets.length - 1;
    this.idxInSpan = this.spansIdx >= 0 ? spans[this.spansIdx * 2 + 1] - 1 : 0;
    let idx = 0;
    for (let i = 0; i < spans.length; i += 2) idx += spans[i] + spans[i + 1];
    this.currIdx = idx;
    return this;
  }

  next(): boolean {
    this.currIdx--;
    if (this.bucketsIdx < 0) return false;
    while (this.idxInSpan < 0) {
      this.spansIdx--;
      if (this.spansIdx < 0) return false;
      this.idxInSpan = this.spans[this.spansIdx * 2 + 1] - 1;
      this.currIdx -= this.spans[(this.spansIdx + 1) * 2];
    }
    this.count = this.buckets[this.bucketsIdx];
    this.index = this.currIdx;
    this.bucketsIdx--;
    this.idxInSpan--;
    this.setBounds(this.schema, this.positive, this.customValues);
    return true;
  }
}

/**
 * All buckets in ascending order of value: negative buckets (most negative first), the zero
 * bucket when it has observations, then positive buckets; or with `reverse`, descending. Bucket
 * bounds reaching into the zero bucket are clipped to the zero threshold.
 */
export class AllBucketIterator extends Bucket {
  private readonly left = new ReverseBucketIterator();
  private readonly right = new ForwardBucketIterator();
  private state = -1;
  private zeroThreshold = 0;
  private zeroCount = 0;

  reset(h: HistogramBuckets, reverse = false): this {
    // Forward: negative buckets from the most negative (reverse walk), then positive ones.
    this.left.reset(h, reverse);
    this.right.reset(h, !reverse);
    this.zeroThreshold = h.zeroThreshold;
    this.zeroCount = h.zeroCount;
    this.state = -1;
    return this;
  }

  private copyFrom(b: Bucket): void {
    this.lower = b.lower;
    this.upper = b.upper;
    this.lowerInclusive = b.lowerInclusive;
    this.upperInclusive = b.upperInclusive;
    this.count = b.count;
    this.index = b.index;
    const zt = this.zeroThreshold;
    if (this.upper < 0 && this.upper > -zt) this.upper = -zt;
    else if (this.lower > 0 && this.lower < zt) this.lower = zt;
  }

  next(): boolean {
    if (this.state === -1) {
      if (this.left.next()) {
        this.copyFrom(this.left);
        return true;
      }
      this.state = 0;
    }
    if (this.state === 0) {
      this.state = 1;
      if (this.zeroCount > 0) {
        this.lower = -this.zeroThreshold;
        this.upper = this.zeroThreshold;
        this.lowerInclusive = true;
        this.upperInclusive = true;
        this.count = this.zeroCount;
        this.index = 0;
        return true;
      }
    }
    if (this.state === 1) {
      if (this.right.next()) {
        this.copyFrom(this.right);
        return true;
      }
      this.state = 2;
    }
    return false;
  }
}
