/**
 * OTLP exponential histogram data points → integer native histograms, as Prometheus's OTLP
 * translator does (otlptranslator/prometheusremotewrite exponentialToNativeHistogram):
 * - schema = scale; scales above 8 are reduced to 8 by merging 2^(scale-8) buckets, scales
 *   below -4 are an error;
 * - OTLP bucket i of a side with offset o has upper bound base^(o+i+1), which is Prometheus's
 *   bucket index o+i+1 (at the reduced scale: ((o+i) >> scaleDown) + 1);
 * - zero threshold 1e-128 (Prometheus's defaultZeroThreshold), zero count as sent;
 * - a point flagged "no recorded value" becomes a stale histogram (sum = StaleNaN);
 * - spans keep gaps of up to 2 empty buckets inside a span (as client_golang) and start a new
 *   span for longer gaps.
 * Explicit-bucket points become custom-bucket histograms when the tenant asks for it
 * (otel_convert_histograms_to_nhcb).
 */
import { Histogram } from "../../model/histogram.ts";
import { STALE_NAN } from "../../model/series.ts";

export const DEFAULT_ZERO_THRESHOLD = 1e-128;
const NO_RECORDED_VALUE = 1;

type Int64 = number | string | { toNumber(): number } | null | undefined;

export interface BucketsLike {
  offset?: number | null;
  bucketCounts?: Int64[] | null;
}

export interface ExponentialDPLike {
  scale?: number | null;
  zeroCount?: Int64;
  count?: Int64;
  sum?: number | null;
  positive?: BucketsLike | null;
  negative?: BucketsLike | null;
  flags?: number | null;
}

function num(v: Int64): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number(v);
  return v.toNumber();
}

/** Spans (flat [offset, length, ...]) and delta-encoded counts of one side. */
export function convertBuckets(
  b: BucketsLike | null | undefined,
  scaleDown: number,
): { spans: Int32Array; deltas: Float64Array } {
  const counts = b?.bucketCounts ?? [];
  const offset = b?.offset ?? 0;
  // Merge into Prometheus bucket indexes, dropping empty ones.
  const idx: number[] = [];
  const cnt: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    const c = num(counts[i]);
    const k = ((offset + i) >> scaleDown) + 1;
    if (idx.length > 0 && idx[idx.length - 1] === k) cnt[cnt.length - 1] += c;
    else if (c !== 0) {
      idx.push(k);
      cnt.push(c);
    }
  }
  const spans: number[] = [];
  const deltas: number[] = [];
  let prevIdx = 0;
  let prevCount = 0;
  for (let j = 0; j < idx.length; j++) {
    if (cnt[j] === 0) continue;
    if (spans.length === 0) {
      spans.push(idx[j], 0);
    } else {
      const gap = idx[j] - prevIdx - 1;
      if (gap > 2) spans.push(gap, 0);
      else
        for (let g = 0; g < gap; g++) {
          spans[spans.length - 1]++;
          deltas.push(0 - prevCount);
          prevCount = 0;
        }
    }
    spans[spans.length - 1]++;
    deltas.push(cnt[j] - prevCount);
    prevCount = cnt[j];
    prevIdx = idx[j];
  }
  return { spans: Int32Array.from(spans), deltas: Float64Array.from(deltas) };
}

export interface ExplicitDPLike {
  count?: Int64;
  sum?: number | null;
  bucketCounts?: Int64[] | null;
  explicitBounds?: number[] | null;
  flags?: number | null;
}

/**
 * An explicit-bucket data point as a native histogram with custom buckets (schema -53), as
 * Prometheus's translator does with convert_histograms_to_nhcb: the explicit bounds are the
 * custom values (the last bucket is the implicit +Inf one), bucket i keeps index i.
 */
export function explicitToCustomBucketsHistogram(dp: ExplicitDPLike): Histogram {
  const h = new Histogram();
  h.schema = -53;
  // Bucket i at index i: convertBuckets maps offset + i to index offset + i + 1.
  const b = convertBuckets({ offset: -1, bucketCounts: dp.bucketCounts }, 0);
  h.positiveSpans = b.spans;
  h.positiveBuckets = b.deltas;
  h.customValues = Float64Array.from(dp.explicitBounds ?? []);
  if (((dp.flags ?? 0) & NO_RECORDED_VALUE) !== 0) {
    h.sum = STALE_NAN;
    return h;
  }
  h.count = num(dp.count);
  h.sum = dp.sum ?? 0;
  return h;
}

/** The native histogram of a data point, or an error text (Prometheus's wording). */
export function exponentialToNativeHistogram(
  dp: ExponentialDPLike,
  gauge: boolean,
): Histogram | string {
  let scale = dp.scale ?? 0;
  if (scale < -4)
    return `cannot convert exponential to native histogram. Scale must be >= -4, was ${scale}`;
  let scaleDown = 0;
  if (scale > 8) {
    scaleDown = scale - 8;
    scale = 8;
  }
  const h = new Histogram();
  h.schema = scale;
  h.zeroThreshold = DEFAULT_ZERO_THRESHOLD;
  if (gauge) h.counterResetHint = 3;
  const pos = convertBuckets(dp.positive, scaleDown);
  const neg = convertBuckets(dp.negative, scaleDown);
  h.positiveSpans = pos.spans;
  h.positiveBuckets = pos.deltas;
  h.negativeSpans = neg.spans;
  h.negativeBuckets = neg.deltas;
  h.zeroCount = num(dp.zeroCount);
  if (((dp.flags ?? 0) & NO_RECORDED_VALUE) !== 0) {
    h.sum = STALE_NAN;
    h.count = 0;
    return h;
  }
  h.count = num(dp.count);
  h.sum = dp.sum ?? 0;
  return h;
}
