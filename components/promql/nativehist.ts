/**
 * Native-histogram math of the PromQL functions (Prometheus's promql/quantile.go and
 * functions.go): quantiles, fractions and variances estimated from one float histogram's
 * buckets. Infos the estimates give rise to are reported through `note`, one text per kind.
 */
import { AllBucketIterator } from "../model/bucket_iterator.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";

/** Reusable bucket walker (functions here run one at a time). */
const it = new AllBucketIterator();

/** Infos the estimates report (without the "PromQL info: " prefix and metric name). */
export const QUANTILE_NAN_RESULT =
  "input to histogram_quantile has NaN observations, result is NaN";
export const QUANTILE_NAN_SKEW =
  "input to histogram_quantile has NaN observations, result is skewed higher";
export const FRACTION_NANS =
  "input to histogram_fraction has NaN observations, which are excluded from all fractions";

/** The q-quantile of the observations in h (Prometheus's HistogramQuantile). */
export function nativeQuantile(q: number, h: FloatHistogram, note: (info: string) => void): number {
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;
  if (h.count === 0 || Number.isNaN(q)) return Number.NaN;
  const forward = Number.isNaN(h.sum) || q < 0.5;
  let rank: number;
  if (forward) {
    h.allBucketIterator(it);
    rank = q * h.count;
  } else {
    h.allReverseBucketIterator(it);
    rank = (1 - q) * h.count;
  }
  let count = 0;
  let lower = 0;
  let upper = 0;
  let bcount = 0;
  while (it.next()) {
    lower = it.lower;
    upper = it.upper;
    bcount = it.count;
    if (bcount === 0) continue;
    count += bcount;
    if (count >= rank) break;
  }
  const custom = h.usesCustomBuckets();
  if (!custom && lower < 0 && upper > 0) {
    if (h.negativeBuckets.length === 0 && h.positiveBuckets.length > 0) lower = 0;
    else if (h.positiveBuckets.length === 0 && h.negativeBuckets.length > 0) upper = 0;
  } else if (custom) {
    if (lower === Number.NEGATIVE_INFINITY) {
      if (upper <= 0) return upper;
      lower = 0;
    } else if (upper === Number.POSITIVE_INFINITY) {
      return lower;
    }
  }
  if (count > h.count) count = h.count;
  if (count < rank) {
    if (Number.isNaN(h.sum)) {
      note(QUANTILE_NAN_RESULT);
      return Number.NaN;
    }
    return upper;
  }
  if (forward) rank -= count - bcount;
  else rank = count - rank;
  if (Number.isNaN(h.sum)) {
    while (it.next()) count += it.count;
    if (count < h.count) note(QUANTILE_NAN_SKEW);
  }
  const fraction = rank / bcount;
  if (custom || (lower <= 0 && upper >= 0)) return lower + (upper - lower) * fraction;
  const logLower = Math.log2(Math.abs(lower));
  const logUpper = Math.log2(Math.abs(upper));
  if (lower > 0) return 2 ** (logLower + (logUpper - logLower) * fraction);
  return -(2 ** (logUpper + (logLower - logUpper) * (1 - fraction)));
}

function fractionBelow(v: number, lower: number, upper: number, linear: boolean): number {
  if (linear) return (v - lower) / (upper - lower);
  const logLower = Math.log2(Math.abs(lower));
  const logUpper = Math.log2(Math.abs(upper));
  const logV = Math.log2(Math.abs(v));
  if (v > 0) return (logV - logLower) / (logUpper - logLower);
  return 1 - (logV - logUpper) / (logLower - logUpper);
}

/** The fraction of observations in h between lower and upper (Prometheus's HistogramFraction). */
export function nativeFraction(
  lowerV: number,
  upperV: number,
  h: FloatHistogram,
  note: (info: string) => void,
): number {
  if (h.count === 0 || Number.isNaN(lowerV) || Number.isNaN(upperV)) return Number.NaN;
  if (lowerV >= upperV) return 0;
  let count = 0;
  let rank = 0;
  let lowerRank = 0;
  let upperRank = 0;
  let lowerSet = false;
  let upperSet = false;
  const custom = h.usesCustomBuckets();
  h.allBucketIterator(it);
  while (it.next()) {
    let bl = it.lower;
    let bu = it.upper;
    const bc = it.count;
    count += bc;
    let zeroBucket = false;
    const linear = (v: number): number => {
      if (bl === Number.NEGATIVE_INFINITY) return bc;
      return rank + bc * fractionBelow(v, bl, bu, true);
    };
    const expo = (v: number): number => rank + bc * fractionBelow(v, bl, bu, false);
    if (bl <= 0 && bu >= 0) {
      zeroBucket = true;
      if (h.negativeBuckets.length === 0 && h.positiveBuckets.length > 0) bl = 0;
      else if (h.positiveBuckets.length === 0 && h.negativeBuckets.length > 0) bu = 0;
    }
    if (!lowerSet && bl >= lowerV) {
      lowerRank = rank;
      lowerSet = true;
    }
    if (!upperSet && bl >= upperV) {
      upperRank = rank;
      upperSet = true;
    }
    if (lowerSet && upperSet) break;
    if (!lowerSet && bl < lowerV && bu > lowerV) {
      lowerRank = custom || zeroBucket ? linear(lowerV) : expo(lowerV);
      lowerSet = true;
    }
    if (!upperSet && bl < upperV && bu > upperV) {
      upperRank = custom || zeroBucket ? linear(upperV) : expo(upperV);
      upperSet = true;
    }
    if (lowerSet && upperSet) break;
    rank += bc;
  }
  if (Number.isNaN(h.sum)) {
    while (it.next()) count += it.count;
    if (count < h.count) note(FRACTION_NANS);
  } else {
    count = h.count;
  }
  if (!lowerSet || lowerRank > count) lowerRank = count;
  if (!upperSet || upperRank > count) upperRank = count;
  return (upperRank - lowerRank) / h.count;
}

/** The estimated variance of the observations in h (histogram_stdvar; sqrt for stddev). */
export function nativeVariance(h: FloatHistogram): number {
  const mean = h.sum / h.count;
  let variance = 0;
  let c = 0;
  const custom = h.usesCustomBuckets();
  h.allBucketIterator(it);
  while (it.next()) {
    const bc = it.count;
    if (bc === 0) continue;
    let val: number;
    if (custom) val = (it.upper + it.lower) / 2;
    else if (it.lower <= 0 && it.upper >= 0) val = 0;
    else {
      val = Math.sqrt(it.upper * it.lower);
      if (it.upper < 0) val = -val;
    }
    const delta = val - mean;
    // Kahan-compensated sum (Prometheus's kahansum.Inc).
    const inc = bc * delta * delta;
    const t = variance + inc;
    if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) c = 0;
    else if (Math.abs(variance) >= Math.abs(inc)) c += variance - t + inc;
    else c += inc - t + variance;
    variance = t;
  }
  variance += c;
  return variance / h.count;
}
