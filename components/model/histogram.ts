/**
 * Integer native histograms (Prometheus's model/histogram.Histogram): what clients send and what
 * histogram chunks store. Counts are integers held in doubles (exact up to 2^53). Buckets are
 * delta-encoded: the first element of each side is an absolute count, every following element the
 * difference to the previous bucket's count. Spans are flat [offset, length, ...] Int32Arrays.
 *
 * Everything about schemas, bounds and error texts is in histogram_schema.ts; the float
 * counterpart (absolute counts, PromQL arithmetic) is float_histogram.ts.
 */
import { FloatHistogram } from "./float_histogram.ts";
import {
  EMPTY_BUCKETS,
  EMPTY_SPANS,
  absoluteFromDeltas,
  checkBuckets,
  checkCustomBounds,
  checkSpans,
  checked,
  compactBuckets,
  reduceResolution,
  spansMatch,
} from "./histogram_buckets.ts";
import {
  type CounterResetHint,
  UnknownCounterReset,
  customBucketBoundsMatch,
  errText,
  invalidSchemaError,
  isCustomBucketsSchema,
  isExponentialSchema,
} from "./histogram_schema.ts";

export class Histogram {
  counterResetHint: CounterResetHint = UnknownCounterReset;
  schema = 0;
  /** Width of the zero bucket: observations with |v| <= zeroThreshold count there. */
  zeroThreshold = 0;
  zeroCount = 0;
  /** Total number of observations (NaN observations count here but in no bucket). */
  count = 0;
  /** Sum of observations; the stale marker NaN bit pattern marks a stale histogram. */
  sum = 0;
  positiveSpans: Int32Array = EMPTY_SPANS;
  negativeSpans: Int32Array = EMPTY_SPANS;
  /** Delta-encoded counts. */
  positiveBuckets: Float64Array = EMPTY_BUCKETS;
  negativeBuckets: Float64Array = EMPTY_BUCKETS;
  /** Custom bucket upper bounds for schema -53, else null. Immutable and shared. */
  customValues: Float64Array | null = null;

  usesCustomBuckets(): boolean {
    return isCustomBucketsSchema(this.schema);
  }

  copy(): Histogram {
    return this.copyTo(new Histogram());
  }

  /** Copies into `to`, reusing its arrays when they have the right length. */
  copyTo(to: Histogram): Histogram {
    to.counterResetHint = this.counterResetHint;
    to.schema = this.schema;
    to.zeroThreshold = this.zeroThreshold;
    to.zeroCount = this.zeroCount;
    to.count = this.count;
    to.sum = this.sum;
    to.positiveSpans = reuseInt32(this.positiveSpans, to.positiveSpans);
    to.negativeSpans = reuseInt32(this.negativeSpans, to.negativeSpans);
    to.positiveBuckets = reuseFloat64(this.positiveBuckets, to.positiveBuckets);
    to.negativeBuckets = reuseFloat64(this.negativeBuckets, to.negativeBuckets);
    to.customValues = this.customValues;
    return to;
  }

  /**
   * Prometheus's Histogram.Validate: schema range, spans vs. bucket counts, no negative bucket
   * counts, custom-bucket rules, and count == zero count + bucket counts (>= when the sum is NaN,
   * since NaN observations land in no bucket). Returns the error text or undefined.
   */
  validate(): string | undefined {
    let nCount = 0;
    if (isCustomBucketsSchema(this.schema)) {
      const e = checkCustomBounds(
        this.customValues,
        this.positiveSpans,
        this.positiveBuckets.length,
      );
      if (e !== undefined) return `custom buckets: ${e}`;
      if (this.zeroCount !== 0) return errText.customBucketsZeroCount;
      if (this.zeroThreshold !== 0) return errText.customBucketsZeroThresh;
      if (this.negativeSpans.length > 0) return errText.customBucketsNegSpans;
      if (this.negativeBuckets.length > 0) return errText.customBucketsNegBuckets;
    } else if (isExponentialSchema(this.schema)) {
      let e = checkSpans(this.positiveSpans, this.positiveBuckets.length);
      if (e !== undefined) return `positive side: ${e}`;
      e = checkSpans(this.negativeSpans, this.negativeBuckets.length);
      if (e !== undefined) return `negative side: ${e}`;
      checked.sum = 0;
      e = checkBuckets(this.negativeBuckets, true);
      if (e !== undefined) return `negative side: ${e}`;
      nCount = checked.sum;
      if (this.customValues !== null) return errText.expSchemaCustomBounds;
    } else {
      return invalidSchemaError(this.schema);
    }
    checked.sum = 0;
    const e = checkBuckets(this.positiveBuckets, true);
    if (e !== undefined) return `positive side: ${e}`;
    const sumOfBuckets = nCount + checked.sum + this.zeroCount;
    if (Number.isNaN(this.sum)) {
      if (sumOfBuckets > this.count)
        return `${sumOfBuckets} observations found in buckets, but the Count field is ${this.count}: ${errText.countNotBigEnough}`;
    } else if (sumOfBuckets !== this.count) {
      return `${sumOfBuckets} observations found in buckets, but the Count field is ${this.count}: ${errText.countMismatch}`;
    }
    return undefined;
  }

  /** Removes empty buckets (keeping runs of at most maxEmptyBuckets between populated ones). */
  compact(maxEmptyBuckets: number): this {
    let l = compactBuckets(this.positiveBuckets, this.positiveSpans, maxEmptyBuckets, true);
    this.positiveBuckets = l.buckets;
    this.positiveSpans = l.spans;
    l = compactBuckets(this.negativeBuckets, this.negativeSpans, maxEmptyBuckets, true);
    this.negativeBuckets = l.buckets;
    this.negativeSpans = l.spans;
    return this;
  }

  /**
   * Merges buckets down to targetSchema (exponential schemas only; Mimir uses this to fit
   * max_native_histogram_buckets). Returns an error text on failure.
   */
  reduceResolution(targetSchema: number): string | undefined {
    if (this.usesCustomBuckets()) return "cannot reduce resolution when there are custom buckets";
    if (isCustomBucketsSchema(targetSchema))
      return "cannot reduce resolution to custom buckets schema";
    if (targetSchema >= this.schema)
      return `cannot reduce resolution from schema ${this.schema} to ${targetSchema}`;
    const p = reduceResolution(
      this.positiveSpans,
      this.positiveBuckets,
      this.schema,
      targetSchema,
      true,
    );
    if (typeof p === "string") return p;
    const n = reduceResolution(
      this.negativeSpans,
      this.negativeBuckets,
      this.schema,
      targetSchema,
      true,
    );
    if (typeof n === "string") return n;
    this.positiveSpans = p.spans;
    this.positiveBuckets = p.buckets;
    this.negativeSpans = n.spans;
    this.negativeBuckets = n.buckets;
    this.schema = targetSchema;
    return undefined;
  }

  /** The float histogram with the same content, written into `into` when given (arrays reused). */
  toFloat(into?: FloatHistogram): FloatHistogram {
    const fh = into ?? new FloatHistogram();
    fh.counterResetHint = this.counterResetHint;
    fh.schema = this.schema;
    fh.zeroThreshold = this.zeroThreshold;
    fh.zeroCount = this.zeroCount;
    fh.count = this.count;
    fh.sum = this.sum;
    fh.positiveSpans = reuseInt32(this.positiveSpans, fh.positiveSpans);
    fh.negativeSpans = reuseInt32(this.negativeSpans, fh.negativeSpans);
    fh.positiveBuckets =
      this.positiveBuckets.length === 0
        ? EMPTY_BUCKETS
        : absoluteFromDeltas(
            this.positiveBuckets,
            fh.positiveBuckets === EMPTY_BUCKETS ? undefined : fh.positiveBuckets,
          );
    fh.negativeBuckets =
      this.negativeBuckets.length === 0
        ? EMPTY_BUCKETS
        : absoluteFromDeltas(
            this.negativeBuckets,
            fh.negativeBuckets === EMPTY_BUCKETS ? undefined : fh.negativeBuckets,
          );
    fh.customValues = this.customValues;
    return fh;
  }

  /** Exact equality (sum by bit pattern, equivalent span layouts). */
  equals(o: Histogram | null | undefined): boolean {
    if (o === null || o === undefined) return false;
    if (this.schema !== o.schema || this.count !== o.count || !sameBits(this.sum, o.sum))
      return false;
    if (this.usesCustomBuckets() && !customBucketBoundsMatch(this.customValues, o.customValues))
      return false;
    if (this.zeroThreshold !== o.zeroThreshold || this.zeroCount !== o.zeroCount) return false;
    if (
      !spansMatch(this.negativeSpans, o.negativeSpans) ||
      !sameArray(this.negativeBuckets, o.negativeBuckets)
    )
      return false;
    if (
      !spansMatch(this.positiveSpans, o.positiveSpans) ||
      !sameArray(this.positiveBuckets, o.positiveBuckets)
    )
      return false;
    return true;
  }
}

/** Copies src into dst when the lengths match (and dst is not the shared empty array), else clones. */
function reuseInt32(src: Int32Array, dst: Int32Array): Int32Array {
  if (src.length === 0) return EMPTY_SPANS;
  if (dst.length !== src.length || dst === EMPTY_SPANS) return src.slice();
  dst.set(src);
  return dst;
}

function reuseFloat64(src: Float64Array, dst: Float64Array): Float64Array {
  if (src.length === 0) return EMPTY_BUCKETS;
  if (dst.length !== src.length || dst === EMPTY_BUCKETS) return src.slice();
  dst.set(src);
  return dst;
}

const bits = new Float64Array(2);
const bitsU = new Uint32Array(bits.buffer);

function sameBits(a: number, b: number): boolean {
  bits[0] = a;
  bits[1] = b;
  return bitsU[0] === bitsU[2] && bitsU[1] === bitsU[3];
}

function sameArray(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
