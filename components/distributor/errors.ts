/**
 * The distributor's user-facing error texts, as Mimir words them (M:pkg/distributor/validate.go,
 * errors.go, M:pkg/util/globalerror). `%.200s` in Go truncates to 200 characters: see trunc().
 */

/** Go's `%.Ns`: the first n characters (runes) of s. */
export function trunc(s: string, n = 200): string {
  if (s.length <= n) return s;
  const chars = Array.from(s);
  return chars.length <= n ? s : chars.slice(0, n).join("");
}

/** Mimir's getMetricAndEllipsis: "…" when the series string is longer than 200 characters. */
function ellipsis(series: string): string {
  return series.length > 200 && Array.from(series).length > 200 ? "\u2026" : "";
}

/** Mimir's removeNonASCIIChars. */
export function removeNonASCII(s: string): string {
  const out = s.replace(/[^\x00-\x7f]/gu, "");
  return out === s ? s : `${out} (non-ascii characters removed)`;
}

export function withId(msg: string, id: string): string {
  return `${msg} (err-mimir-${id})`;
}

export function withTenantLimit(msg: string, id: string, flag: string): string {
  return `${msg} (err-mimir-${id}). To adjust the related per-tenant limit, configure -${flag}, or contact your service administrator.`;
}

export function withTenantLimits(msg: string, id: string, flag1: string, flag2: string): string {
  return `${msg} (err-mimir-${id}). To adjust the related per-tenant limits, configure -${flag1} and -${flag2}, or contact your service administrator.`;
}

export function withInstanceLimit(msg: string, id: string, flag: string): string {
  return `${msg} (err-mimir-${id}). To adjust the related limit, configure -${flag}, or contact your service administrator.`;
}

/** The reason label of cortex_discarded_*_total for an error id: dashes become underscores. */
export function reasonOf(id: string): string {
  return id.replaceAll("-", "_");
}

/** Go's float formatting with %v for the common cases (10000 → "10000", 0.5 → "0.5"). */
export function fmtFloat(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  return String(v);
}

export const msg = {
  tooManyLabels: (actual: number, limit: number, series: string) =>
    withTenantLimit(
      `received a series whose number of labels exceeds the limit (actual: ${actual}, limit: ${limit}) series: '${trunc(series)}${ellipsis(series)}'`,
      "max-label-names-per-series",
      "validation.max-label-names-per-series",
    ),
  tooManyInfoLabels: (actual: number, limit: number, series: string) =>
    withTenantLimit(
      `received an info series whose number of labels exceeds the limit (actual: ${actual}, limit: ${limit}) series: '${trunc(series)}${ellipsis(series)}'`,
      "max-label-names-per-info-series",
      "validation.max-label-names-per-info-series",
    ),
  labelNameTooLong: (name: string, series: string) =>
    withTenantLimit(
      `received a series whose label name length exceeds the limit, label: '${trunc(name)}' series: '${trunc(series)}'`,
      "label-name-too-long",
      "validation.max-length-label-name",
    ),
  labelValueTooLong: (name: string, value: string, series: string) =>
    withTenantLimit(
      `received a series whose label value length exceeds the limit, label: '${name}', value: '${trunc(value)}' (truncated) series: '${trunc(series)}'`,
      "label-value-too-long",
      "validation.max-length-label-value",
    ),
  invalidLabel: (name: string, series: string) =>
    withId(
      `received a series with an invalid label: '${trunc(name)}' series: '${trunc(series)}'`,
      "label-invalid",
    ),
  /** `value` with its invalid UTF-8 removed (Go's strings.ToValidUTF8(v, "")); `metric` is the metric name. */
  invalidLabelValue: (name: string, value: string, metric: string) =>
    withId(
      `received a series with invalid value in label '${trunc(name)}': '${trunc(value)}' metric: '${trunc(metric)}'`,
      "label-value-invalid",
    ),
  duplicateLabel: (name: string, series: string) =>
    withId(
      `received a series with duplicate label name, label: '${trunc(name)}' series: '${trunc(series)}'`,
      "duplicate-label-names",
    ),
  missingMetricName: () => withId("received series has no metric name", "missing-metric-name"),
  invalidMetricName: (name: string) =>
    withId(
      `received a series with invalid metric name: '${trunc(removeNonASCII(name))}'`,
      "metric-name-invalid",
    ),
  tooFarInFuture: (ts: number, metric: string) =>
    withTenantLimit(
      `received a sample whose timestamp is too far in the future, timestamp: ${ts} series: '${trunc(metric)}'`,
      "too-far-in-future",
      "validation.create-grace-period",
    ),
  tooFarInPast: (ts: number, metric: string) =>
    withTenantLimit(
      `received a sample whose timestamp is too far in the past, timestamp: ${ts} series: '${trunc(metric)}'`,
      "too-far-in-past",
      "validation.past-grace-period",
    ),
  exemplarLabelsMissing: (ts: number, series: string, labels: string) =>
    withId(
      `received an exemplar with no valid labels, timestamp: ${ts} series: ${series} labels: ${labels}`,
      "exemplar-labels-missing",
    ),
  exemplarTimestampInvalid: (ts: number, series: string, labels: string) =>
    withId(
      `received an exemplar with no timestamp, timestamp: ${ts} series: ${series} labels: ${labels}`,
      "exemplar-timestamp-invalid",
    ),
  exemplarLabelsTooLong: (limit: number, ts: number, series: string, labels: string) =>
    withId(
      `received an exemplar where the size of its combined labels exceeds the limit of ${limit} characters, timestamp: ${ts} series: ${series} labels: ${labels}`,
      "exemplar-labels-too-long",
    ),
  metadataMissingName: () =>
    withId("received a metric metadata with no metric name", "metadata-missing-metric-name"),
  metadataNameTooLong: (name: string) =>
    withTenantLimit(
      `received a metric metadata whose metric name length exceeds the limit, metric name: '${trunc(name)}'`,
      "metric-name-too-long",
      "validation.max-metadata-length",
    ),
  metadataUnitTooLong: (unit: string, name: string) =>
    withTenantLimit(
      `received a metric metadata whose unit name length exceeds the limit, unit: '${trunc(unit)}' metric name: '${trunc(name)}'`,
      "unit-too-long",
      "validation.max-metadata-length",
    ),
  invalidNativeHistogramSchema: (schema: number) =>
    withId(
      `received a native histogram sample with an invalid schema: ${schema}`,
      "invalid-native-histogram-schema",
    ),
  maxNativeHistogramBuckets: (ts: number, series: string, buckets: number, limit: number) =>
    withId(
      `received a native histogram sample with too many buckets, timestamp: ${ts} series: ${series}, buckets: ${buckets}, limit: ${limit}`,
      "max-native-histogram-buckets",
    ),
  notReducibleNativeHistogram: (ts: number, series: string, buckets: number, limit: number) =>
    withId(
      `received a native histogram sample with too many buckets and cannot reduce, timestamp: ${ts} series: ${series}, buckets: ${buckets}, limit: ${limit}`,
      "not-reducible-native-histogram",
    ),
  nativeHistogramCustomBucketsNotReducible: (
    ts: number,
    series: string,
    buckets: number,
    limit: number,
  ) =>
    withId(
      `received a native histogram sample with more custom buckets than the limit, timestamp: ${ts} series: ${series}, buckets: ${buckets}, limit: ${limit}`,
      "native-histogram-custom-buckets-not-reducible",
    ),
  ingestionRateLimited: (rate: number, burst: number) =>
    withTenantLimits(
      `the request has been rejected because the tenant exceeded the ingestion rate limit, set to ${fmtFloat(rate)} items/s with a maximum allowed burst of ${burst}. This limit is applied on the total number of samples, exemplars and metadata received across all distributors`,
      "tenant-max-ingestion-rate",
      "distributor.ingestion-rate-limit",
      "distributor.ingestion-burst-size",
    ),
  requestRateLimited: (rate: number, burst: number) =>
    withTenantLimits(
      `the request has been rejected because the tenant exceeded the request rate limit, set to ${fmtFloat(rate)} requests/s across all distributors with a maximum allowed burst of ${burst}`,
      "tenant-max-request-rate",
      "distributor.request-rate-limit",
      "distributor.request-burst-size",
    ),
  tooManyInflightPushRequests: (limit: number) =>
    withInstanceLimit(
      `the write request has been rejected because the distributor exceeded the allowed number of inflight push requests (limit: ${limit})`,
      "distributor-max-inflight-push-requests",
      "distributor.instance-limits.max-inflight-push-requests",
    ),
  tooManyInflightPushBytes: (limit: number) =>
    withInstanceLimit(
      `the write request has been rejected because the distributor exceeded the allowed total size in bytes of inflight push requests (limit: ${limit})`,
      "distributor-max-inflight-push-requests-bytes",
      "distributor.instance-limits.max-inflight-push-requests-bytes",
    ),
  ingestionRateInstanceLimit: (limit: number) =>
    withInstanceLimit(
      `the write request has been rejected because the distributor exceeded the ingestion rate limit (limit: ${limit})`,
      "distributor-max-ingestion-rate",
      "distributor.instance-limits.max-ingestion-rate",
    ),
  replicasNotMatch: (replica: string, elected: string) =>
    `replicas did not match, rejecting sample: replica=${replica}, elected=${elected}`,
  tooManyClusters: (limit: number) =>
    withTenantLimit(
      `the write request has been rejected because the maximum number of high-availability (HA) clusters has been reached for this tenant (limit: ${limit})`,
      "tenant-too-many-ha-clusters",
      "distributor.ha-tracker.max-clusters",
    ),
  remoteTimeout: () => "exceeded configured distributor remote timeout: context deadline exceeded",
  /** An ingester's error as the distributor passes it on: prefixed with the ingester's ID. */
  failedPushingToIngester: (ingesterId: string, message: string) =>
    `failed pushing to ingester ${ingesterId}: ${message}`,
  /** Mimir's ingester annotates its errors with `user=<tenant>: ` (once). */
  withUser: (tenant: string, message: string) =>
    message.startsWith("user=") ? message : `user=${tenant}: ${message}`,
};
