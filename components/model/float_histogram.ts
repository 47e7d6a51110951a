/**
 * Float native histograms (Prometheus's model/histogram.FloatHistogram): the result type of
 * PromQL over native histograms and the sample type of float histogram chunks. Bucket counts are
 * absolute (not deltas). Spans are flat [offset, length, ...] Int32Arrays (see
 * histogram_buckets.ts).
 *
 * Methods that change a histogram change the receiver (like Prometheus's) and return it; arrays
 * are replaced, never resized in place, so a histogram may share arrays with others until it is
 * changed (custom values are always shared: they are immutable).
 */
import {
  AllBucketIterator,
  ForwardBucketIterator,
  ReverseBucketIterator,
} from "./bucket_iterator.ts";
import {
  EMPTY_BUCKETS,
  EMPTY_SPANS,
  checkBuckets,
  checkCustomBounds,
  checkSpans,
  compactBuckets,
  reduceResolution,
  spansMatch,
} from "./histogram_buckets.ts";
import {
  CounterReset,
  type CounterResetHint,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
  customBucketBoundsMatch,
  errText,
  getBoundExponential,
  goFloatV,
  invalidSchemaError,
  isCustomBucketsSchema,
  isExponentialSchema,
} from "./histogram_schema.ts";

export class FloatHistogram {
  counterResetHint: CounterResetHint = UnknownCounterReset;
  schema = 0;
  zeroThreshold = 0;
  zeroCount = 0;
  count = 0;
  /** Sum of observations; the stale marker NaN bit pattern marks a stale histogram. */
  sum = 0;
  positiveSpans: Int32Array = EMPTY_SPANS;
  negativeSpans: Int32Array = EMPTY_SPANS;
  positiveBuckets: Float64Array = EMPTY_BUCKETS;
  negativeBuckets: Float64Array = EMPTY_BUCKETS;
  /** Custom bucket upper bounds for schema -53, else null. Immutable and shared. */
  customValues: Float64Array | null = null;

  usesCustomBuckets(): boolean {
    return isCustomBucketsSchema(this.schema);
  }

  /** A deep copy (custom values shared). */
  copy(): FloatHistogram {
    return this.copyTo(new FloatHistogram());
  }

  /** Copies into `to`, reusing its arrays when they have the right length. */
  copyTo(to: FloatHistogram): FloatHistogram {
    to.counterResetHint = this.counterResetHint;
    to.schema = this.schema;
    to.zeroThreshold = this.zeroThreshold;
    to.zeroCount = this.zeroCount;
    to.count = this.count;
    to.sum = this.sum;
    to.positiveSpans = copyInt32(this.positiveSpans, to.positiveSpans);
    to.negativeSpans = copyInt32(this.negativeSpans, to.negativeSpans);
    to.positiveBuckets = copyFloat64(this.positiveBuckets, to.positiveBuckets);
    to.negativeBuckets = copyFloat64(this.negativeBuckets, to.negativeBuckets);
    to.customValues = this.customValues;
    return to;
  }

  /**
   * Prometheus's FloatHistogram.Validate: span/bucket consistency, no negative counts, schema
   * rules. Does not compare the count with the bucket sum (float rounding). Returns the error
   * text or undefined.
   */
  validate(): string | undefined {
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
      e = checkBuckets(this.negativeBuckets, false);
      if (e !== undefined) return `negative side: ${e}`;
      if (this.zeroCount < 0)
        return `zero bucket has observation count of ${goFloatV(this.zeroCount)}: ${errText.negativeBucketCount}`;
      if (this.customValues !== null) return errText.expSchemaCustomBounds;
    } else {
      return invalidSchemaError(this.schema);
    }
    if (this.count < 0)
      return `observation count is  ${goFloatV(this.count)}: ${errText.negativeCount}`;
    const e = checkBuckets(this.positiveBuckets, false);
    if (e !== undefined) return `positive side: ${e}`;
    return undefined;
  }

  /** Removes empty buckets (keeping runs of at most maxEmptyBuckets between populated ones). */
  compact(maxEmptyBuckets: number): this {
    let l = compactBuckets(this.positiveBuckets, this.positiveSpans, maxEmptyBuckets, false);
    this.positiveBuckets = l.buckets;
    this.positiveSpans = l.spans;
    l = compactBuckets(this.negativeBuckets, this.negativeSpans, maxEmptyBuckets, false);
    this.negativeBuckets = l.buckets;
    this.negativeSpans = l.spans;
    return this;
  }

  /** Merges buckets down to targetSchema (< schema, exponential only). Returns an error text on failure. */
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
      false,
    );
    if (typeof p === "string") return p;
    const n = reduceResolution(
      this.negativeSpans,
      this.negativeBuckets,
      this.schema,
      targetSchema,
      false,
    );
    if (typeof n === "string") return n;
    this.positiveSpans = p.spans;
    this.positiveBuckets = p.buckets;
    this.negativeSpans = n.spans;
    this.negativeBuckets = n.buckets;
    this.schema = targetSchema;
    return undefined;
  }

  /** Scales counts, sum and buckets; a negative factor makes it a gauge histogram. */
  mul(factor: number): this {
    this.zeroCount *= factor;
    this.count *= factor;
    this.sum *= factor;
    this.positiveBuckets = scaled(this.positiveBuckets, factor, false);
    this.negativeBuckets = scaled(this.negativeBuckets, factor, false);
    if (factor < 0) this.counterResetHint = GaugeType;
    return this;
  }

  /** Divides like mul; dividing by 0 drops all buckets. */
  div(scalar: number): this {
    this.zeroCount /= scalar;
    this.count /= scalar;
    this.sum /= scalar;
    if (scalar === 0) {
      this.positiveBuckets = EMPTY_BUCKETS;
      this.negativeBuckets = EMPTY_BUCKETS;
      this.positiveSpans = EMPTY_SPANS;
      this.negativeSpans = EMPTY_SPANS;
      return this;
    }
    this.positiveBuckets = scaled(this.positiveBuckets, scalar, true);
    this.negativeBuckets = scaled(this.negativeBuckets, scalar, true);
    if (scalar < 0) this.counterResetHint = GaugeType;
    return this;
  }

  /**
   * Adds `other` into this histogram, reconciling zero thresholds and schemas (the result has the
   * lower schema and the larger zero threshold). Custom-bucket histograms with different bounds
   * are mapped onto the intersection of the bounds. Returns an error text when one uses custom
   * buckets and the other does not; `addResult` tells about counter-reset-hint collisions and
   * reconciled custom bounds.
   */
  add(other: FloatHistogram): string | undefined {
    return this.addOrSub(other, false);
  }

  /** Like add, but subtracts. For PromQL's "-" the caller sets the hint to gauge afterwards. */
  sub(other: FloatHistogram): string | undefined {
    return this.addOrSub(other, true);
  }

  private addOrSub(other: FloatHistogram, negative: boolean): string | undefined {
    if (this.usesCustomBuckets() !== other.usesCustomBuckets()) return errText.incompatibleSchema;
    addResult.counterResetCollision = this.adjustCounterReset(other);
    addResult.nhcbBoundsReconciled = false;
    const sign = negative ? -1 : 1;
    if (!this.usesCustomBuckets()) {
      const otherZeroCount = this.reconcileZeroBuckets(other);
      this.zeroCount += sign * otherZeroCount;
    }
    this.count += sign * other.count;
    this.sum += sign * other.sum;
    if (this.usesCustomBuckets()) {
      if (customBucketBoundsMatch(this.customValues, other.customValues)) {
        const r = addBuckets(
          this.schema,
          this.zeroThreshold,
          negative,
          this.positiveSpans,
          this.positiveBuckets,
          other.positiveSpans,
          other.positiveBuckets,
        );
        this.positiveSpans = r.spans;
        this.positiveBuckets = r.buckets;
      } else {
        addResult.nhcbBoundsReconciled = true;
        const bounds = intersectBounds(this.customValues, other.customValues);
        const r = addMismatchedCustomBuckets(
          negative,
          this.positiveSpans,
          this.positiveBuckets,
          this.customValues,
          other.positiveSpans,
          other.positiveBuckets,
          other.customValues,
          bounds,
        );
        this.positiveSpans = r.spans;
        this.positiveBuckets = r.buckets;
        this.customValues = bounds;
      }
      return undefined;
    }
    let oPosSpans = other.positiveSpans;
    let oPosBuckets = other.positiveBuckets;
    let oNegSpans = other.negativeSpans;
    let oNegBuckets = other.negativeBuckets;
    if (other.schema < this.schema) {
      this.reduceResolution(other.schema);
    } else if (other.schema > this.schema) {
      const p = reduceResolution(oPosSpans, oPosBuckets, other.schema, this.schema, false);
      const n = reduceResolution(oNegSpans, oNegBuckets, other.schema, this.schema, false);
      if (typeof p === "string") return p;
      if (typeof n === "string") return n;
      oPosSpans = p.spans;
      oPosBuckets = p.buckets;
      oNegSpans = n.spans;
      oNegBuckets = n.buckets;
    }
    let r = addBuckets(
      this.schema,
      this.zeroThreshold,
      negative,
      this.positiveSpans,
      this.positiveBuckets,
      oPosSpans,
      oPosBuckets,
    );
    this.positiveSpans = r.spans;
    this.positiveBuckets = r.buckets;
    r = addBuckets(
      this.schema,
      this.zeroThreshold,
      negative,
      this.negativeSpans,
      this.negativeBuckets,
      oNegSpans,
      oNegBuckets,
    );
    this.negativeSpans = r.spans;
    this.negativeBuckets = r.buckets;
    return undefined;
  }

  /** Prometheus's adjustCounterReset; true on a CounterReset/NotCounterReset collision. */
  private adjustCounterReset(other: FloatHistogram): boolean {
    const h = this.counterResetHint;
    const o = other.counterResetHint;
    if (o === h || h === GaugeType) return false;
    if (o === GaugeType) {
      this.counterResetHint = GaugeType;
      return false;
    }
    if (h === UnknownCounterReset) return false;
    this.counterResetHint = UnknownCounterReset;
    return o !== UnknownCounterReset;
  }

  /**
   * The zero count this histogram would have with the given larger (or equal) zero threshold,
   * and the threshold actually needed (raised to a bucket boundary when it falls inside a
   * populated bucket), in `zeroResult`.
   */
  zeroCountForLargerThreshold(largerThreshold: number): void {
    if (largerThreshold === this.zeroThreshold) {
      zeroResult.count = this.zeroCount;
      zeroResult.threshold = largerThreshold;
      return;
    }
    const it = scratchFwd;
    outer: for (;;) {
      let zc = this.zeroCount;
      it.reset(this, true);
      while (it.next()) {
        if (it.lower >= largerThreshold) break;
        zc += it.count;
        if (it.upper > largerThreshold) {
          if (it.count !== 0) largerThreshold = it.upper;
          break;
        }
      }
      it.reset(this, false);
      while (it.next()) {
        if (it.upper <= -largerThreshold) break;
        zc += it.count;
        if (it.lower < -largerThreshold) {
          if (it.count !== 0) {
            largerThreshold = -it.lower;
            continue outer;
          }
          break;
        }
      }
      zeroResult.count = zc;
      zeroResult.threshold = largerThreshold;
      return;
    }
  }

  /** Zeroes the buckets inside the zero bucket and compacts them away. */
  private trimBucketsInZeroBucket(): void {
    const it = scratchFwd;
    it.reset(this, true);
    let i = 0;
    let pos: Float64Array | undefined;
    while (it.next()) {
      if (it.lower >= this.zeroThreshold) break;
      pos ??= this.positiveBuckets.slice();
      pos[i++] = 0;
    }
    if (pos !== undefined) this.positiveBuckets = pos;
    it.reset(this, false);
    i = 0;
    let neg: Float64Array | undefined;
    while (it.next()) {
      if (it.upper <= -this.zeroThreshold) break;
      neg ??= this.negativeBuckets.slice();
      neg[i++] = 0;
    }
    if (neg !== undefined) this.negativeBuckets = neg;
    this.compact(0);
  }

  /**
   * Widens this histogram's zero bucket (and the other's, virtually) until both share a threshold
   * that cuts through no populated bucket; returns the other's zero count for that threshold.
   */
  private reconcileZeroBuckets(other: FloatHistogram): number {
    let otherZeroCount = other.zeroCount;
    let otherZeroThreshold = other.zeroThreshold;
    while (otherZeroThreshold !== this.zeroThreshold) {
      if (this.zeroThreshold > otherZeroThreshold) {
        other.zeroCountForLargerThreshold(this.zeroThreshold);
        otherZeroCount = zeroResult.count;
        otherZeroThreshold = zeroResult.threshold;
      }
      if (otherZeroThreshold > this.zeroThreshold) {
        this.zeroCountForLargerThreshold(otherZeroThreshold);
        this.zeroCount = zeroResult.count;
        this.zeroThreshold = zeroResult.threshold;
        this.trimBucketsInZeroBucket();
      }
    }
    return otherZeroCount;
  }

  /**
   * Prometheus's DetectReset: true when going from `previous` to this histogram must have
   * involved a counter reset (a count or any bucket went down, the schema grew, the zero bucket
   * shrank, custom bounds changed incompatibly), honouring explicit CounterReset/NotCounterReset hints.
   */
  detectReset(previous: FloatHistogram): boolean {
    if (this.counterResetHint === CounterReset) return true;
    if (this.counterResetHint === NotCounterReset) return false;
    if (this.count < previous.count) return true;
    if (this.usesCustomBuckets()) {
      if (!previous.usesCustomBuckets()) return true;
      if (!customBucketBoundsMatch(this.customValues, previous.customValues))
        return detectResetMismatchedBounds(this, previous);
    }
    if (this.schema > previous.schema) return true;
    if (this.zeroThreshold < previous.zeroThreshold) return true;
    previous.zeroCountForLargerThreshold(this.zeroThreshold);
    if (zeroResult.threshold !== this.zeroThreshold) return true;
    if (this.zeroCount < zeroResult.count) return true;
    const curr = scratchCurr;
    const prev = scratchPrev;
    curr.reset(this, true, this.zeroThreshold, this.schema);
    prev.reset(previous, true, this.zeroThreshold, this.schema);
    if (detectBucketReset(curr, prev)) return true;
    curr.reset(this, false, this.zeroThreshold, this.schema);
    prev.reset(previous, false, this.zeroThreshold, this.schema);
    return detectBucketReset(curr, prev);
  }

  /** Exact equality (bit patterns for floats, equivalent span layouts). */
  equals(o: FloatHistogram | null | undefined): boolean {
    if (o === null || o === undefined) return false;
    if (this.schema !== o.schema || this.count !== o.count || !sameBits(this.sum, o.sum))
      return false;
    if (this.usesCustomBuckets()) {
      if (!customBucketBoundsMatch(this.customValues, o.customValues)) return false;
    }
    if (this.zeroThreshold !== o.zeroThreshold || this.zeroCount !== o.zeroCount) return false;
    if (
      !spansMatch(this.negativeSpans, o.negativeSpans) ||
      !bucketsMatch(this.negativeBuckets, o.negativeBuckets)
    )
      return false;
    if (
      !spansMatch(this.positiveSpans, o.positiveSpans) ||
      !bucketsMatch(this.positiveBuckets, o.positiveBuckets)
    )
      return false;
    return true;
  }

  /** True when any count or the sum is infinite. */
  hasOverflow(): boolean {
    if (!Number.isFinite(this.zeroCount) && !Number.isNaN(this.zeroCount)) return true;
    if (!Number.isFinite(this.count) && !Number.isNaN(this.count)) return true;
    if (!Number.isFinite(this.sum) && !Number.isNaN(this.sum)) return true;
    for (const b of this.positiveBuckets)
      if (b === Number.POSITIVE_INFINITY || b === Number.NEGATIVE_INFINITY) return true;
    for (const b of this.negativeBuckets)
      if (b === Number.POSITIVE_INFINITY || b === Number.NEGATIVE_INFINITY) return true;
    return false;
  }

  /** Ascending positive buckets (pass an iterator to reuse). */
  positiveBucketIterator(it = new ForwardBucketIterator()): ForwardBucketIterator {
    return it.reset(this, true);
  }

  /** Negative buckets by ascending absolute value (pass an iterator to reuse). */
  negativeBucketIterator(it = new ForwardBucketIterator()): ForwardBucketIterator {
    return it.reset(this, false);
  }

  /** Positive buckets, descending. */
  positiveReverseBucketIterator(it = new ReverseBucketIterator()): ReverseBucketIterator {
    return it.reset(this, true);
  }

  /** Negative buckets, by descending absolute value. */
  negativeReverseBucketIterator(it = new ReverseBucketIterator()): ReverseBucketIterator {
    return it.reset(this, false);
  }

  /** Every bucket from the lowest value up (histogram_quantile's walk). */
  allBucketIterator(it = new AllBucketIterator()): AllBucketIterator {
    return it.reset(this, false);
  }

  /** Every bucket from the highest value down. */
  allReverseBucketIterator(it = new AllBucketIterator()): AllBucketIterator {
    return it.reset(this, true);
  }

  /** Prometheus's String(), e.g. "{count:5, sum:10, [-1,-0.5):1, [-0.001,0.001]:2, (0.5,1]:2}". */
  toString(): string {
    const parts: string[] = [`{count:${goFloatV(this.count)}`, `sum:${goFloatV(this.sum)}`];
    const it = new ForwardBucketIterator();
    const neg: string[] = [];
    this.negativeBucketIterator(it);
    while (it.next()) neg.push(it.toString());
    parts.push(...neg.reverse());
    if (!this.usesCustomBuckets() && (this.zeroCount !== 0 || this.zeroThreshold !== 0)) {
      parts.push(
        `[${goFloatV(-this.zeroThreshold)},${goFloatV(this.zeroThreshold)}]:${goFloatV(this.zeroCount)}`,
      );
    }
    this.positiveBucketIterator(it);
    while (it.next()) parts.push(it.toString());
    return `${parts.join(", ")}}`;
  }
}

/** Side results of add/sub (no allocation per call). */
export const addResult = { counterResetCollision: false, nhcbBoundsReconciled: false };
/** Results of zeroCountForLargerThreshold. */
const zeroResult = { count: 0, threshold: 0 };

const scratchFwd = new ForwardBucketIterator();
const scratchCurr = new ForwardBucketIterator();
const scratchPrev = new ForwardBucketIterator();
scratchCurr.withBounds = false;
scratchPrev.withBounds = false;

function copyInt32(src: Int32Array, dst: Int32Array): Int32Array {
  if (src.length === 0) return EMPTY_SPANS;
  if (dst.length !== src.length || dst === EMPTY_SPANS) return src.slice();
  dst.set(src);
  return dst;
}

function copyFloat64(src: Float64Array, dst: Float64Array): Float64Array {
  if (src.length === 0) return EMPTY_BUCKETS;
  if (dst.length !== src.length || dst === EMPTY_BUCKETS) return src.slice();
  dst.set(src);
  return dst;
}

function scaled(b: Float64Array, f: number, divide: boolean): Float64Array {
  if (b.length === 0) return b;
  const out = new Float64Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = divide ? b[i] / f : b[i] * f;
  return out;
}

const bitsA = new Float64Array(2);
const bitsU = new Uint32Array(bitsA.buffer);

function sameBits(a: number, b: number): boolean {
  bitsA[0] = a;
  bitsA[1] = b;
  return bitsU[0] === bitsU[2] && bitsU[1] === bitsU[3];
}

function bucketsMatch(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameBits(a[i], b[i])) return false;
  return true;
}

/** Prometheus's detectReset over two bucket iterators positioned at the start. */
function detectBucketReset(curr: ForwardBucketIterator, prev: ForwardBucketIterator): boolean {
  if (!prev.next()) return false;
  if (!curr.next()) {
    for (;;) {
      if (prev.count !== 0) return true;
      if (!prev.next()) return false;
    }
  }
  for (;;) {
    while (curr.index < prev.index) {
      if (!curr.next()) {
        for (;;) {
          if (prev.count !== 0) return true;
          if (!prev.next()) return false;
        }
      }
    }
    if (curr.index > prev.index) {
      if (prev.count !== 0) return true;
    } else if (curr.count < prev.count) {
      return true;
    }
    if (!prev.next()) return false;
  }
}

/**
 * Reset detection between custom-bucket histograms with different bounds: compares the
 * cumulative counts up to each bound both share.
 */
function detectResetMismatchedBounds(curr: FloatHistogram, prev: FloatHistogram): boolean {
  const cb = curr.customValues ?? EMPTY_BUCKETS;
  const pb = prev.customValues ?? EMPTY_BUCKETS;
  const ci = new ForwardBucketIterator().reset(curr, true);
  const pi = new ForwardBucketIterator().reset(prev, true);
  let cStarted = false;
  let cMore = false;
  let pStarted = false;
  let pMore = false;
  let cIdx = 0;
  let pIdx = 0;
  const rollup = (
    it: ForwardBucketIterator,
    started: boolean,
    bound: number,
  ): [number, boolean] => {
    if (!started && !it.next()) return [0, false];
    let sum = 0;
    while (it.upper <= bound) {
      sum += it.count;
      if (!it.next()) return [sum, false];
    }
    return [sum, true];
  };
  while (cIdx <= cb.length && pIdx <= pb.length) {
    const cBound = cIdx < cb.length ? cb[cIdx] : Number.POSITIVE_INFINITY;
    const pBound = pIdx < pb.length ? pb[pIdx] : Number.POSITIVE_INFINITY;
    if (cBound === pBound) {
      let cSum = 0;
      if (!cStarted || cMore) {
        [cSum, cMore] = rollup(ci, cStarted, cBound);
        cStarted = true;
      }
      let pSum = 0;
      if (!pStarted || pMore) {
        [pSum, pMore] = rollup(pi, pStarted, cBound);
        pStarted = true;
      }
      if (cSum < pSum) return true;
      cIdx++;
      pIdx++;
    } else if (cBound < pBound) {
      cIdx++;
    } else {
      pIdx++;
    }
  }
  return false;
}

/** The bounds both lists contain (null when either is empty). */
export function intersectBounds(
  a: Float64Array | null,
  b: Float64Array | null,
): Float64Array | null {
  if (a === null || b === null || a.length === 0 || b.length === 0) return null;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out.length === 0 ? null : Float64Array.from(out);
}

/** Adds/subtracts custom-bucket histograms with different bounds onto the intersected bounds; empty buckets are dropped. */
function addMismatchedCustomBuckets(
  negative: boolean,
  spansA: Int32Array,
  bucketsA: Float64Array,
  boundsA: Float64Array | null,
  spansB: Int32Array,
  bucketsB: Float64Array,
  boundsB: Float64Array | null,
  bounds: Float64Array | null,
): { spans: Int32Array; buckets: Float64Array } {
  const nb = bounds === null ? 0 : bounds.length;
  const target = new Float64Array(nb + 1);
  const map = (
    spans: Int32Array,
    buckets: Float64Array,
    src: Float64Array | null,
    sign: number,
  ): void => {
    let srcIdx = 0;
    let bi = 0;
    let ii = 0;
    const ns = src === null ? 0 : src.length;
    for (let s = 0; s < spans.length; s += 2) {
      srcIdx += spans[s];
      for (let j = 0; j < spans[s + 1]; j++) {
        if (bi < buckets.length) {
          let t = nb;
          if (srcIdx < ns) {
            const bound = (src as Float64Array)[srcIdx];
            while (ii < nb) {
              if ((bounds as Float64Array)[ii] >= bound) {
                t = ii;
                break;
              }
              ii++;
            }
          }
          target[t] += sign * buckets[bi];
        }
        srcIdx++;
        bi++;
      }
    }
  };
  map(spansA, bucketsA, boundsA, 1);
  map(spansB, bucketsB, boundsB, negative ? -1 : 1);
  const spans: number[] = [];
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < target.length; i++) {
    if (target[i] === 0) continue;
    out.push(target[i]);
    if (spans.length > 0 && i === last + 1) spans[spans.length - 1]++;
    else spans.push(spans.length === 0 ? i : i - last - 1, 1);
    last = i;
  }
  return { spans: Int32Array.from(spans), buckets: Float64Array.from(out) };
}

/**
 * Adds (or subtracts) the buckets of B into A, both of `schema`; B's exponential buckets whose
 * upper bound is <= threshold (inside the zero bucket) are skipped. The result covers the union
 * of both bucket sets (it may hold empty buckets; compact() removes them).
 */
export function addBuckets(
  schema: number,
  threshold: number,
  negative: boolean,
  spansA: Int32Array,
  bucketsA: Float64Array,
  spansB: Int32Array,
  bucketsB: Float64Array,
): { spans: Int32Array; buckets: Float64Array } {
  const idx: number[] = [];
  const val: number[] = [];
  // Walk both sides in index order.
  let sa = 0;
  let ia = 0;
  let leftA = 0;
  let idxA = 0;
  let sb = 0;
  let ib = 0;
  let leftB = 0;
  let idxB = 0;
  let firstA = true;
  let firstB = true;
  const exp = isExponentialSchema(schema);
  let lowerThanThreshold = true;
  const nextA = (): boolean => {
    while (leftA === 0) {
      if (sa >= spansA.length) return false;
      idxA = firstA ? spansA[sa] : idxA + spansA[sa];
      firstA = false;
      leftA = spansA[sa + 1];
      sa += 2;
      if (leftA > 0) return true;
    }
    return true;
  };
  const nextB = (): boolean => {
    while (leftB === 0) {
      if (sb >= spansB.length) return false;
      idxB = firstB ? spansB[sb] : idxB + spansB[sb];
      firstB = false;
      leftB = spansB[sb + 1];
      sb += 2;
      if (leftB > 0) return true;
    }
    return true;
  };
  const sign = negative ? -1 : 1;
  let haveA = nextA() && ia < bucketsA.length;
  let haveB = nextB() && ib < bucketsB.length;
  while (haveA || haveB) {
    if (haveB && lowerThanThreshold && exp && getBoundExponential(idxB, schema) <= threshold) {
      // Skip B's bucket inside the zero bucket.
      ib++;
      idxB++;
      leftB--;
      haveB = nextB() && ib < bucketsB.length;
      continue;
    }
    if (haveB) lowerThanThreshold = false;
    if (haveA && (!haveB || idxA < idxB)) {
      idx.push(idxA);
      val.push(bucketsA[ia]);
      ia++;
      idxA++;
      leftA--;
      haveA = nextA() && ia < bucketsA.length;
    } else if (haveA && idxA === idxB) {
      idx.push(idxA);
      val.push(bucketsA[ia] + sign * bucketsB[ib]);
      ia++;
      idxA++;
      leftA--;
      ib++;
      idxB++;
      leftB--;
      haveA = nextA() && ia < bucketsA.length;
      haveB = nextB() && ib < bucketsB.length;
    } else {
      idx.push(idxB);
      val.push(sign * bucketsB[ib]);
      ib++;
      idxB++;
      leftB--;
      haveB = nextB() && ib < bucketsB.length;
    }
  }
  const spans: number[] = [];
  for (let i = 0; i < idx.length; i++) {
    if (i > 0 && idx[i] === idx[i - 1] + 1) spans[spans.length - 1]++;
    else spans.push(i === 0 ? idx[i] : idx[i] - idx[i - 1] - 1, 1);
  }
  return { spans: Int32Array.from(spans), buckets: Float64Array.from(val) };
}
