/**
 * The ingester's user-facing push errors, worded as Mimir's pkg/ingester/errors.go and
 * pkg/util/globalerror: `<msg> (err-mimir-<id>)`, per-sample errors followed by
 * `. The affected sample has timestamp <RFC3339Nano> and is from series <labels>`.
 */
import { labelsToString, type Labels } from "../model/labels.ts";
import { formatDuration } from "../util/config/duration.ts";
import type { SoftError } from "./types.ts";

/** Reasons for cortex_discarded_samples_total, as Mimir's ingester uses them. */
export const REASON_OUT_OF_BOUNDS = "sample-out-of-bounds";
export const REASON_OUT_OF_ORDER = "sample-out-of-order";
export const REASON_TOO_OLD = "sample-too-old";
export const REASON_NEW_VALUE_FOR_TIMESTAMP = "new-value-for-timestamp";
export const REASON_PER_USER_SERIES_LIMIT = "per_user_series_limit";
export const REASON_PER_METRIC_SERIES_LIMIT = "per_metric_series_limit";

/** RFC 3339 with nanoseconds as Go prints it (trailing zeros of the fraction dropped). */
export function formatRFC3339Nano(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const iso = d.toISOString(); // 2024-01-02T03:04:05.678Z
  const [base, frac] = iso.slice(0, -1).split(".");
  const f = (frac ?? "").replace(/0+$/, "");
  return f === "" ? `${base}Z` : `${base}.${f}Z`;
}

function sampleError(
  id: string,
  reason: string,
  msg: string,
  t: number,
  labels: Labels,
  samples: number,
): SoftError {
  return {
    id,
    reason,
    samples,
    message: `${msg} (err-mimir-${id}). The affected sample has timestamp ${formatRFC3339Nano(t)} and is from series ${labelsToString(labels)}`,
  };
}

export function errOutOfBounds(t: number, labels: Labels, n = 1): SoftError {
  return sampleError(
    "sample-timestamp-too-old",
    REASON_OUT_OF_BOUNDS,
    "the sample has been rejected because its timestamp is too old",
    t,
    labels,
    n,
  );
}

export function errTooOldOOO(t: number, labels: Labels, window: number, n = 1): SoftError {
  return sampleError(
    "sample-timestamp-too-old",
    REASON_TOO_OLD,
    `the sample has been rejected because another sample with a more recent timestamp has already been ingested and this sample is beyond the out-of-order time window of ${formatDuration(window)}`,
    t,
    labels,
    n,
  );
}

export function errOutOfOrder(t: number, labels: Labels, n = 1): SoftError {
  return sampleError(
    "sample-out-of-order",
    REASON_OUT_OF_ORDER,
    "the sample has been rejected because another sample with a more recent timestamp has already been ingested and out-of-order samples are not allowed",
    t,
    labels,
    n,
  );
}

export function errDuplicate(t: number, labels: Labels, n = 1): SoftError {
  return sampleError(
    "sample-duplicate-timestamp",
    REASON_NEW_VALUE_FOR_TIMESTAMP,
    "the sample has been rejected because another sample with the same timestamp, but a different value, has already been ingested",
    t,
    labels,
    n,
  );
}

export function errPerUserSeriesLimit(limit: number, samples: number): SoftError {
  return {
    id: "max-series-per-user",
    reason: REASON_PER_USER_SERIES_LIMIT,
    samples,
    message: `per-user series limit of ${limit} exceeded (err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, or contact your service administrator.`,
  };
}

export function errPerMetricSeriesLimit(limit: number, labels: Labels, samples: number): SoftError {
  return {
    id: "max-series-per-metric",
    reason: REASON_PER_METRIC_SERIES_LIMIT,
    samples,
    message: `per-metric series limit of ${limit} exceeded (err-mimir-max-series-per-metric). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-metric, or contact your service administrator. This is for series ${labelsToString(labels)}`,
  };
}

export function errExemplar(
  kind: string,
  t: number,
  seriesLabels: Labels,
  exemplarLabels: Labels,
): SoftError {
  return {
    id: "exemplar-out-of-order",
    reason: "exemplar-out-of-order",
    samples: 0,
    message: `err: ${kind}. timestamp=${formatRFC3339Nano(t)}, series=${labelsToString(seriesLabels)}, exemplar=${labelsToString(exemplarLabels)}`,
  };
}

function instanceLimit(msg: string, id: string, flag: string): string {
  return `${msg} (err-mimir-${id}). This is an instance limit; to adjust it, configure -${flag}, or contact your service administrator.`;
}

/** Texts of the errors that fail a whole push (IngesterUnavailableError), as Mimir words them. */
export const pushFailed = {
  notReady: (state: string) => `ingester is not ready to accept writes (state: ${state})`,
  maxInflightPushRequests: () =>
    instanceLimit(
      "the write request has been rejected because the ingester exceeded the allowed number of inflight push requests",
      "ingester-max-inflight-push-requests",
      "ingester.instance-limits.max-inflight-push-requests",
    ),
  maxTenants: () =>
    instanceLimit(
      "the write request has been rejected because the ingester exceeded the allowed number of tenants",
      "ingester-max-tenants",
      "ingester.instance-limits.max-tenants",
    ),
  maxSeries: () =>
    instanceLimit(
      "the write request has been rejected because the ingester exceeded the allowed number of in-memory series",
      "ingester-max-series",
      "ingester.instance-limits.max-series",
    ),
  openTSDB: (tenant: string, cause: string) => `failed to open TSDB for user ${tenant}: ${cause}`,
  writeWAL: (cause: string) => `failed to write to the WAL: ${cause}`,
};

/**
 * Mimir's conversion of a global (cluster-wide, before replication) limit to this ingester's
 * share: global / ingesters-in-the-tenant's-shard * replication factor. 0 stays "unlimited".
 */
export function localLimit(
  globalLimit: number,
  replicationFactor: number,
  numIngesters: number,
  shardSize = 0,
): number {
  if (globalLimit <= 0) return 0;
  let n = numIngesters;
  if (shardSize > 0 && shardSize < n) n = shardSize;
  if (n <= 0) return globalLimit;
  return Math.floor((globalLimit / n) * replicationFactor);
}

/** Reason of cortex_discarded_samples_total for native histograms the head refuses as invalid. */
export const REASON_INVALID_NATIVE_HISTOGRAM = "invalid-native-histogram";

/** Mimir's error id for a Prometheus histogram validation error text. */
function nativeHistogramErrorId(err: string): string {
  if (err.includes("should equal the number of observations"))
    return "native-histogram-count-mismatch";
  if (err.includes("should be at least the number of observations"))
    return "native-histogram-count-not-big-enough";
  if (err.includes("bucket whose observation count is negative"))
    return "native-histogram-negative-bucket-count";
  if (err.includes("span whose offset is negative")) return "native-histogram-span-negative-offset";
  if (err.includes("spans need") || err.includes("but spans need more"))
    return "native-histogram-spans-buckets-mismatch";
  return "invalid-native-histogram";
}

/** Go's `%s` of []LabelAdapter: `[{name value} {name value}]`. */
function goLabelAdapters(labels: Labels): string {
  return `[${labels.map((l) => `{${l.name} ${l.value}}`).join(" ")}]`;
}

/**
 * Mimir's nativeHistogramValidationError: `err: <Prometheus's validation error>.
 * timestamp=<RFC3339Nano>, series=<labels> (err-mimir-<id>)`.
 */
export function errInvalidNativeHistogram(err: string, t: number, labels: Labels): SoftError {
  const id = nativeHistogramErrorId(err);
  return {
    id,
    reason: REASON_INVALID_NATIVE_HISTOGRAM,
    samples: 1,
    message: `err: ${err}. timestamp=${formatRFC3339Nano(t)}, series=${goLabelAdapters(labels)} (err-mimir-${id})`,
  };
}
