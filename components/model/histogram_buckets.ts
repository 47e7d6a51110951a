/**
 * Span and bucket algorithms shared by integer and float native histograms.
 *
 * Spans are stored flat in an Int32Array as [offset0, length0, offset1, length1, ...]: the first
 * offset is the index of the first bucket (may be negative), later offsets are the gap to the
 * previous span (never negative in a valid histogram). Buckets are a Float64Array holding either
 * deltas (integer histograms: the first element is absolute, every other one the difference to
 * its predecessor) or absolute counts (float histograms); `deltas` says which.
 *
 * Validation returns Prometheus's error text (undefined when valid) instead of throwing.
 */
import { errText, goFloatF, goFloatV } from "./histogram_schema.ts";

export const EMPTY_SPANS = new Int32Array(0);
export const EMPTY_BUCKETS = new Float64Array(0);

/** Number of buckets the spans describe. */
export function spanBucketCount(spans: Int32Array): number {
  let n = 0;
  for (let i = 1; i < spans.length; i += 2) n += spans[i];
  return n;
}

/** Prometheus's checkHistogramSpans. */
export function checkSpans(spans: Int32Array, numBuckets: number): string | undefined {
  let spanBuckets = 0;
  for (let i = 0; i < spans.length; i += 2) {
    if (i > 0 && spans[i] < 0)
      return `span number ${(i >> 1) + 1} with offset ${spans[i]}: ${errText.spanNegativeOffset}`;
    spanBuckets += spans[i + 1];
  }
  if (spanBuckets !== numBuckets)
    return `spans need ${spanBuckets} buckets, have ${numBuckets} buckets: ${errText.spansBucketsMismatch}`;
  return undefined;
}

/** Sum of the absolute bucket counts seen by the last checkBuckets call. */
export const checked = { sum: 0 };

/**
 * Prometheus's checkHistogramBuckets: every absolute count must be >= 0. Leaves the sum of the
 * absolute counts in `checked.sum`.
 */
export function checkBuckets(buckets: Float64Array, deltas: boolean): string | undefined {
  let last = 0;
  let sum = 0;
  for (let i = 0; i < buckets.length; i++) {
    const c = deltas ? last + buckets[i] : buckets[i];
    if (c < 0)
      return `bucket number ${i + 1} has observation count of ${deltas ? String(c) : goFloatV(c)}: ${errText.negativeBucketCount}`;
    last = c;
    sum += c;
  }
  checked.sum = sum;
  return undefined;
}

/** Prometheus's checkHistogramCustomBounds. */
export function checkCustomBounds(
  bounds: Float64Array | null,
  spans: Int32Array,
  numBuckets: number,
): string | undefined {
  let prev = Number.NEGATIVE_INFINITY;
  const n = bounds === null ? 0 : bounds.length;
  for (let i = 0; i < n; i++) {
    const curr = (bounds as Float64Array)[i];
    if (Number.isNaN(curr)) return errText.customBucketsNaN;
    if (i > 0 && curr <= prev)
      return `previous bound is ${goFloatF(prev)} and current is ${goFloatF(curr)}: ${errText.customBucketsInvalid}`;
    prev = curr;
  }
  if (prev === Number.POSITIVE_INFINITY)
    return `last +Inf bound must not be explicitly defined: ${errText.customBucketsInfinite}`;
  let spanBuckets = 0;
  let totalSpanLength = 0;
  for (let i = 0; i < spans.length; i += 2) {
    if (spans[i] < 0)
      return `span number ${(i >> 1) + 1} with offset ${spans[i]}: ${errText.spanNegativeOffset}`;
    spanBuckets += spans[i + 1];
    totalSpanLength += spans[i + 1] + spans[i];
  }
  if (spanBuckets !== numBuckets)
    return `spans need ${spanBuckets} buckets, have ${numBuckets} buckets: ${errText.spansBucketsMismatch}`;
  if (n + 1 < totalSpanLength) {
    return `only ${n} custom bounds defined which is insufficient to cover total span length of ${totalSpanLength}: ${errText.customBucketsMismatch}`;
  }
  return undefined;
}

/** Result of a layout change: new spans and buckets (freshly allocated). */
export interface Layout {
  spans: Int32Array;
  buckets: Float64Array;
}

/** Growable scratch lists so layout changes do not allocate per bucket. */
const scratchIdx: number[] = [];
const scratchVal: number[] = [];

/** Builds spans and buckets from ascending bucket indexes and absolute values. */
function buildLayout(idx: number[], val: number[], n: number, deltas: boolean): Layout {
  const spanList: number[] = [];
  let prevIdx = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && idx[i] === prevIdx + 1) {
      spanList[spanList.length - 1]++;
    } else {
      spanList.push(i === 0 ? idx[i] : idx[i] - prevIdx - 1, 1);
    }
    prevIdx = idx[i];
  }
  const buckets = new Float64Array(n);
  let last = 0;
  for (let i = 0; i < n; i++) {
    buckets[i] = deltas ? val[i] - last : val[i];
    last = val[i];
  }
  return { spans: Int32Array.from(spanList), buckets };
}

/**
 * Prometheus's compactBuckets: removes empty buckets (absolute count 0) except runs of at most
 * maxEmptyBuckets between populated buckets, and merges spans closer than that (filling the gap
 * with empty buckets) or adjacent ones. Returns the inputs themselves when nothing changes.
 */
export function compactBuckets(
  buckets: Float64Array,
  spans: Int32Array,
  maxEmptyBuckets: number,
  deltas: boolean,
): Layout {
  // Fast path: no empty bucket, no zero-length span and no span offset <= maxEmptyBuckets.
  let nothingToDo = true;
  let abs = 0;
  for (let i = 0; i < buckets.length; i++) {
    abs = deltas ? abs + buckets[i] : buckets[i];
    if (abs === 0) {
      nothingToDo = false;
      break;
    }
  }
  if (nothingToDo) {
    for (let i = 0; i < spans.length; i += 2) {
      if (spans[i] <= maxEmptyBuckets || spans[i + 1] === 0) {
        nothingToDo = false;
        break;
      }
    }
    if (nothingToDo) return { spans, buckets };
  }
  // Collect the populated buckets with their indexes.
  const idx = scratchIdx;
  const val = scratchVal;
  let n = 0;
  let bi = 0;
  let index = 0;
  abs = 0;
  for (let s = 0; s < spans.length; s += 2) {
    index += spans[s];
    const len = spans[s + 1];
    for (let j = 0; j < len && bi < buckets.length; j++, bi++, index++) {
      abs = deltas ? abs + buckets[bi] : buckets[bi];
      if (abs === 0) continue;
      idx[n] = index;
      val[n] = abs;
      n++;
    }
  }
  // Fill gaps of at most maxEmptyBuckets with empty buckets.
  if (maxEmptyBuckets > 0 && n > 1) {
    const oi = idx.slice(0, n);
    const ov = val.slice(0, n);
    let m = 0;
    for (let i = 0; i < oi.length; i++) {
      if (i > 0) {
        const gap = oi[i] - oi[i - 1] - 1;
        if (gap > 0 && gap <= maxEmptyBuckets) {
          for (let g = 1; g <= gap; g++) {
            idx[m] = oi[i - 1] + g;
            val[m] = 0;
            m++;
          }
        }
      }
      idx[m] = oi[i];
      val[m] = ov[i];
      m++;
    }
    n = m;
  }
  return buildLayout(idx, val, n, deltas);
}

/**
 * Prometheus's reduceResolution: merges the buckets of originSchema into the (lower) targetSchema.
 * Returns an error text when the spans and buckets do not match or a later span has a negative
 * offset.
 */
export function reduceResolution(
  spans: Int32Array,
  buckets: Float64Array,
  originSchema: number,
  targetSchema: number,
  deltas: boolean,
): Layout | string {
  const idx = scratchIdx;
  const val = scratchVal;
  let n = 0;
  let bucketIdx = 0;
  let bi = 0;
  let abs = 0;
  for (let s = 0; s < spans.length; s += 2) {
    if (s > 0 && spans[s] < 0)
      return `span number ${(s >> 1) + 1} with offset ${spans[s]}: ${errText.spanNegativeOffset}`;
    bucketIdx += spans[s];
    const len = spans[s + 1];
    for (let j = 0; j < len; j++) {
      if (bi >= buckets.length)
        return `have ${buckets.length} buckets but spans need more: ${errText.spansBucketsMismatch}`;
      abs = deltas ? abs + buckets[bi] : buckets[bi];
      const t = ((bucketIdx - 1) >> (originSchema - targetSchema)) + 1;
      if (n > 0 && idx[n - 1] === t) {
        val[n - 1] += abs;
      } else {
        idx[n] = t;
        val[n] = abs;
        n++;
      }
      bucketIdx++;
      bi++;
    }
  }
  if (bi !== buckets.length)
    return `spans need ${bi} buckets, have ${buckets.length} buckets: ${errText.spansBucketsMismatch}`;
  return buildLayout(idx, val, n, deltas);
}

/** Absolute counts from delta-encoded buckets, into `out` (reused when it has the right length). */
export function absoluteFromDeltas(deltas: Float64Array, out?: Float64Array): Float64Array {
  const res =
    out !== undefined && out.length === deltas.length ? out : new Float64Array(deltas.length);
  let c = 0;
  for (let i = 0; i < deltas.length; i++) {
    c += deltas[i];
    res[i] = c;
  }
  return res;
}

/** True when both span lists describe the same set of bucket indexes (ignoring empty spans / split spans). */
export function spansMatch(a: Int32Array, b: Int32Array): boolean {
  let ai = 0;
  let bi = 0;
  let aIdx = 0;
  let bIdx = 0;
  let aLeft = 0;
  let bLeft = 0;
  for (;;) {
    while (aLeft === 0 && ai < a.length) {
      aIdx += a[ai];
      aLeft = a[ai + 1];
      ai += 2;
    }
    while (bLeft === 0 && bi < b.length) {
      bIdx += b[bi];
      bLeft = b[bi + 1];
      bi += 2;
    }
    const aDone = aLeft === 0;
    const bDone = bLeft === 0;
    if (aDone || bDone) return aDone && bDone;
    if (aIdx !== bIdx) return false;
    aIdx++;
    bIdx++;
    aLeft--;
    bLeft--;
  }
}
