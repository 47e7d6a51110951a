/**
 * The distributor's checks of native histogram samples (Mimir's validateSampleHistogram in
 * M:pkg/distributor/validate.go): timestamp within the grace periods, a schema that is
 * exponential (-4..8) or custom buckets (-53), and at most max_native_histogram_buckets buckets.
 * Over the bucket limit an exponential histogram's resolution is reduced one schema step at a
 * time until it has fewer buckets than the limit (reduce_native_histogram_over_max_buckets), or
 * the sample is dropped when that is off, impossible (schema -4), or the buckets are custom.
 * Count/sum consistency and bucket layout are checked by the ingester (Histogram.validate).
 */
import type { HistogramSample } from "../ingester/types.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import { type Labels, labelsToString } from "../model/labels.ts";
import { msg } from "./errors.ts";

export const MIN_HISTOGRAM_SCHEMA = -4;
export const MAX_HISTOGRAM_SCHEMA = 8;
export const CUSTOM_BUCKETS_SCHEMA = -53;

export interface HistogramValidation {
  /** ms bounds: samples above maxTs or below minTs are rejected. */
  maxTs: number;
  minTs: number;
  /** 0 = no limit. */
  maxBuckets: number;
  reduceOverMaxBuckets: boolean;
  metricName: string;
  /** Counts a discarded sample under `reason` and records the error message. */
  discard(reason: string, message: string): void;
}

function bucketCount(h: Histogram | FloatHistogram): number {
  return h.positiveBuckets.length + h.negativeBuckets.length;
}

/**
 * The valid samples of one series (reduced in place where needed); the others are reported
 * through v.discard. Returns `hs` itself when everything is valid.
 */
export function validateHistograms(
  hs: HistogramSample[],
  labels: Labels,
  v: HistogramValidation,
): HistogramSample[] {
  let out: HistogramSample[] | undefined;
  for (let i = 0; i < hs.length; i++) {
    const ok = validateOne(hs[i], labels, v);
    if (!ok && out === undefined) out = hs.slice(0, i);
    else if (ok && out !== undefined) out.push(hs[i]);
  }
  return out ?? hs;
}

function validateOne(s: HistogramSample, labels: Labels, v: HistogramValidation): boolean {
  const t = s.timestamp;
  if (t > v.maxTs) {
    v.discard("too_far_in_future", msg.tooFarInFuture(t, v.metricName));
    return false;
  }
  if (t < v.minTs) {
    v.discard("too_far_in_past", msg.tooFarInPast(t, v.metricName));
    return false;
  }
  const h = (s.h ?? s.fh) as Histogram | FloatHistogram;
  if (
    (h.schema < MIN_HISTOGRAM_SCHEMA || h.schema > MAX_HISTOGRAM_SCHEMA) &&
    h.schema !== CUSTOM_BUCKETS_SCHEMA
  ) {
    v.discard("invalid_native_histogram_schema", msg.invalidNativeHistogramSchema(h.schema));
    return false;
  }
  const limit = v.maxBuckets;
  if (limit <= 0) return true;
  const n = bucketCount(h);
  if (n <= limit) return true;
  if (h.schema === CUSTOM_BUCKETS_SCHEMA) {
    v.discard(
      "max_native_histogram_buckets",
      msg.nativeHistogramCustomBucketsNotReducible(t, labelsToString(labels), n, limit),
    );
    return false;
  }
  if (!v.reduceOverMaxBuckets) {
    v.discard(
      "max_native_histogram_buckets",
      msg.maxNativeHistogramBuckets(t, labelsToString(labels), n, limit),
    );
    return false;
  }
  for (;;) {
    const err =
      h.schema <= MIN_HISTOGRAM_SCHEMA ? "minimum schema" : h.reduceResolution(h.schema - 1);
    if (err !== undefined) {
      v.discard(
        "max_native_histogram_buckets",
        msg.notReducibleNativeHistogram(t, labelsToString(labels), n, limit),
      );
      return false;
    }
    if (bucketCount(h) < limit) return true;
  }
}
