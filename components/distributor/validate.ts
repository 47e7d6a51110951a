/**
 * Mimir's distributor-side cleanup and validation of a decoded write (M:pkg/distributor/
 * distributor.go prePushSortAndFilterMiddleware, validate.go): drop labels (drop_labels, the HA
 * replica label, empty values), sort labels, then check each series, sample, exemplar and
 * metadata. Invalid items are dropped and counted in cortex_discarded_*_total; the first error's
 * message is returned so the push answers 400 after ingesting the valid rest.
 */
import type { Exemplar, MetricMetadata, WriteBatch, WriteSeries } from "../ingester/types.ts";
import { type Label, type Labels, labelsToString } from "../model/labels.ts";
import type { Limits } from "../util/limits/limits.ts";
import { msg, reasonOf } from "./errors.ts";
import type { DiscardMetrics } from "./metrics.ts";
import type { DecodedWrite } from "./remotewrite/batch.ts";
import { type HistogramValidation, validateHistograms } from "./validate_histograms.ts";

/** Longest combined length (characters) of an exemplar's label names and values (Prometheus's ExemplarMaxLabelSetLength). */
export const EXEMPLAR_MAX_LABEL_SET_LENGTH = 128;

const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const knownLegacyMetricNames = new Set<string>();

export function isValidMetricName(name: string, scheme: string): boolean {
  if (scheme === "utf8") return name.length > 0;
  if (knownLegacyMetricNames.has(name)) return true;
  if (!LEGACY_METRIC_NAME.test(name)) return false;
  if (knownLegacyMetricNames.size >= 1 << 16) knownLegacyMetricNames.clear();
  knownLegacyMetricNames.add(name);
  return true;
}

export function isValidLabelName(name: string, scheme: string): boolean {
  if (scheme === "utf8") return name.length > 0;
  if (knownLegacyNames.has(name)) return true;
  if (!LEGACY_LABEL_NAME.test(name)) return false;
  if (knownLegacyNames.size >= 1 << 14) knownLegacyNames.clear();
  knownLegacyNames.add(name);
  return true;
}

export interface ValidateOptions {
  /** Wall clock in ms. */
  now: number;
  /** Label to remove from every series (HA replica label, when the HA tracker accepted the request). */
  removeLabel?: string;
  skipLabelNameValidation?: boolean;
  skipLabelCountValidation?: boolean;
}

export interface ValidateResult {
  batch: WriteBatch;
  /** The first rejection's message, or undefined when everything was valid. */
  firstError?: string;
  /** Items dropped by validation. */
  discardedSamples: number;
  discardedExemplars: number;
  discardedMetadata: number;
}

/** Whether the UTF-8 length of s exceeds max (a UTF-16 unit is at most 3 UTF-8 bytes, so most strings need no count). */
function longerThan(s: string, max: number): boolean {
  if (s.length * 3 <= max) return false;
  if (s.length > max) return true;
  return Buffer.byteLength(s) > max;
}

/** Label names already seen valid under the legacy scheme (names repeat a lot). */
const knownLegacyNames = new Set<string>();

function metricNameOf(ls: Labels): string | undefined {
  for (const l of ls) if (l.name === "__name__") return l.value;
  return undefined;
}

/** Removes dropped and empty-valued labels and sorts by name. Returns the same array when nothing changes. */
export function sortAndFilterLabels(ls: Label[], drop: ReadonlySet<string>): Label[] {
  let out = ls;
  let needsFilter = false;
  for (const l of ls) {
    if (l.value === "" || drop.has(l.name)) {
      needsFilter = true;
      break;
    }
  }
  if (needsFilter) out = ls.filter((l) => l.value !== "" && !drop.has(l.name));
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1].name > out[i].name) {
      if (out === ls) out = ls.slice();
      out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      break;
    }
  }
  return out;
}

/** Validates a series' labels; returns [error id, message] or undefined. Labels must be sorted. */
export function validateLabels(
  ls: Labels,
  limits: Limits,
  skipNames = false,
  skipCount = false,
): [string, string] | undefined {
  const scheme = limits.name_validation_scheme;
  const name = metricNameOf(ls);
  if (name === undefined || name === "") return ["missing-metric-name", msg.missingMetricName()];
  if (!skipNames && !isValidMetricName(name, scheme))
    return ["metric-name-invalid", msg.invalidMetricName(name)];
  if (!skipCount) {
    // As Mimir: over the series limit, `*_info` series get the info-series limit instead.
    if (ls.length > limits.max_label_names_per_series) {
      if (name.endsWith("_info")) {
        const infoMax = limits.max_label_names_per_info_series;
        if (ls.length > infoMax)
          return [
            "max-label-names-per-info-series",
            msg.tooManyInfoLabels(ls.length, infoMax, labelsToString(ls)),
          ];
      } else {
        return [
          "max-label-names-per-series",
          msg.tooManyLabels(ls.length, limits.max_label_names_per_series, labelsToString(ls)),
        ];
      }
    }
  }
  const maxName = limits.max_label_name_length;
  const maxValue = limits.max_label_value_length;
  let last = "";
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    if (!skipNames && !isValidLabelName(l.name, scheme))
      return ["label-invalid", msg.invalidLabel(l.name, labelsToString(ls))];
    if (longerThan(l.name, maxName))
      return ["label-name-too-long", msg.labelNameTooLong(l.name, labelsToString(ls))];
    if (longerThan(l.value, maxValue))
      return ["label-value-too-long", msg.labelValueTooLong(l.name, l.value, labelsToString(ls))];
    if (i > 0 && last === l.name)
      return ["duplicate-label-names", msg.duplicateLabel(l.name, labelsToString(ls))];
    last = l.name;
  }
  return undefined;
}

function exemplarLabelLength(ls: Labels): number {
  let n = 0;
  for (const l of ls) n += [...l.name].length + [...l.value].length;
  return n;
}

/** Validates one exemplar; returns [id, message] or undefined. */
export function validateExemplar(e: Exemplar, seriesLabels: Labels): [string, string] | undefined {
  if (e.labels.length === 0)
    return [
      "exemplar-labels-missing",
      msg.exemplarLabelsMissing(
        e.timestamp,
        labelsToString(seriesLabels),
        labelsToString(e.labels),
      ),
    ];
  if (e.timestamp === 0)
    return [
      "exemplar-timestamp-invalid",
      msg.exemplarTimestampInvalid(
        e.timestamp,
        labelsToString(seriesLabels),
        labelsToString(e.labels),
      ),
    ];
  if (exemplarLabelLength(e.labels) > EXEMPLAR_MAX_LABEL_SET_LENGTH) {
    return [
      "exemplar-labels-too-long",
      msg.exemplarLabelsTooLong(
        EXEMPLAR_MAX_LABEL_SET_LENGTH,
        e.timestamp,
        labelsToString(seriesLabels),
        labelsToString(e.labels),
      ),
    ];
  }
  // At least one label needs a non-empty name and value (reason exemplar_labels_blank).
  if (!e.labels.some((l) => l.name !== "" && l.value !== "")) {
    return [
      "exemplar-labels-blank",
      msg.exemplarLabelsMissing(
        e.timestamp,
        labelsToString(seriesLabels),
        labelsToString(e.labels),
      ),
    ];
  }
  return undefined;
}

/** Validates and cleans one metadata entry in place (HELP truncated); returns [id, message] or undefined. */
export function validateMetadata(m: MetricMetadata, limits: Limits): [string, string] | undefined {
  const max = limits.max_metadata_length;
  if (limits.enforce_metadata_metric_name && m.metricFamilyName === "")
    return ["metadata-missing-metric-name", msg.metadataMissingName()];
  if (longerThan(m.metricFamilyName, max))
    return ["metric-name-too-long", msg.metadataNameTooLong(m.metricFamilyName)];
  if (longerThan(m.help, max)) m.help = truncateBytes(m.help, max);
  if (longerThan(m.unit, max))
    return ["unit-too-long", msg.metadataUnitTooLong(m.unit, m.metricFamilyName)];
  return undefined;
}

function truncateBytes(s: string, max: number): string {
  const b = Buffer.from(s);
  if (b.length <= max) return s;
  let end = max;
  // don't cut a UTF-8 sequence in half
  while (end > 0 && (b[end] & 0xc0) === 0x80) end--;
  return b.toString("utf8", 0, end);
}

/**
 * Cleans and validates a decoded write in place: returns the accepted batch (samples compacted
 * into the same arrays) and the first error. Discards are counted on `metrics` for `user`.
 */
export function validateWrite(
  d: DecodedWrite,
  limits: Limits,
  user: string,
  metrics: DiscardMetrics,
  opts: ValidateOptions,
): ValidateResult {
  const batch = d.batch;
  const ts = batch.timestamps;
  const vs = batch.values;
  const drop = new Set<string>(limits.drop_labels);
  if (opts.removeLabel) drop.add(opts.removeLabel);
  const maxTs = opts.now + limits.creation_grace_period;
  const minTs =
    limits.past_grace_period > 0
      ? opts.now - limits.past_grace_period - limits.out_of_order_time_window
      : Number.NEGATIVE_INFINITY;
  const acceptExemplars = limits.max_global_exemplars_per_user > 0;
  let firstError: string | undefined;
  let discardedSamples = 0;
  let discardedExemplars = 0;
  let discardedMetadata = 0;
  const fail = (message: string) => {
    if (firstError === undefined) firstError = message;
  };
  const hv: HistogramValidation = {
    maxTs,
    minTs,
    maxBuckets: limits.max_native_histogram_buckets,
    reduceOverMaxBuckets: limits.reduce_native_histogram_over_max_buckets,
    metricName: "",
    discard(reason, message) {
      metrics.samples(reason, user, 1);
      discardedSamples++;
      fail(message);
    },
  };

  for (const e of d.seriesErrors) {
    metrics.samples(reasonOf(e.id), user, e.samples);
    discardedSamples += e.samples;
    fail(e.message);
  }

  const out: WriteSeries[] = [];
  let w = 0;
  for (const s of batch.series) {
    const labels = sortAndFilterLabels(s.labels as Label[], drop);
    const start = s.sampleStart;
    const end = start + s.sampleCount;
    const nEx = s.exemplars?.length ?? 0;
    const nHist = s.histograms?.length ?? 0;
    if (labels.length === 0) {
      // Nothing left to identify the series: silently dropped, as Mimir does.
      continue;
    }
    const bad = validateLabels(
      labels,
      limits,
      opts.skipLabelNameValidation,
      opts.skipLabelCountValidation,
    );
    if (bad) {
      metrics.samples(reasonOf(bad[0]), user, s.sampleCount + nHist);
      discardedSamples += s.sampleCount + nHist;
      if (nEx > 0) {
        metrics.exemplars(reasonOf(bad[0]), user, nEx);
        discardedExemplars += nEx;
      }
      fail(bad[1]);
      continue;
    }
    const wStart = w;
    let name: string | undefined;
    for (let i = start; i < end; i++) {
      const t = ts[i];
      if (t > maxTs) {
        name ??= metricNameOf(labels) ?? "";
        metrics.samples("too_far_in_future", user, 1);
        discardedSamples++;
        fail(msg.tooFarInFuture(t, name));
        continue;
      }
      if (t < minTs) {
        name ??= metricNameOf(labels) ?? "";
        metrics.samples("too_far_in_past", user, 1);
        discardedSamples++;
        fail(msg.tooFarInPast(t, name));
        continue;
      }
      ts[w] = t;
      vs[w] = vs[i];
      w++;
    }
    let exemplars: Exemplar[] | undefined;
    if (nEx > 0 && acceptExemplars) {
      for (const e of s.exemplars!) {
        const eb = validateExemplar(e, labels);
        if (eb) {
          metrics.exemplars(reasonOf(eb[0]), user, 1);
          discardedExemplars++;
          fail(eb[1]);
          continue;
        }
        if (e.timestamp > maxTs) {
          metrics.exemplars("exemplar_too_far_in_future", user, 1);
          discardedExemplars++;
          continue;
        }
        if (e.timestamp < minTs) {
          metrics.exemplars("exemplar_too_old", user, 1);
          discardedExemplars++;
          continue;
        }
        (exemplars ??= []).push({
          labels: sortAndFilterLabels(e.labels as Label[], new Set()),
          value: e.value,
          timestamp: e.timestamp,
        });
      }
    }
    let histograms = s.histograms;
    if (histograms !== undefined && nHist > 0) {
      hv.metricName = metricNameOf(labels) ?? "";
      histograms = validateHistograms(histograms, labels, hv);
    }
    if (w === wStart && !exemplars && (histograms === undefined || histograms.length === 0))
      continue;
    const ns: WriteSeries = {
      labels,
      sampleStart: wStart,
      sampleCount: w - wStart,
      // The request's encoding of the labels stays valid while `labels` is the decoded array.
      labelBytesOf: s.labelBytesOf,
      labelBytesStart: s.labelBytesStart,
      labelBytesEnd: s.labelBytesEnd,
    };
    if (exemplars) ns.exemplars = exemplars;
    if (histograms !== undefined && histograms.length > 0) ns.histograms = histograms;
    out.push(ns);
  }

  const metadata: MetricMetadata[] = [];
  for (const m of batch.metadata) {
    const bad = validateMetadata(m, limits);
    if (bad) {
      metrics.metadata(
        bad[0] === "metadata-missing-metric-name" ? "missing_metric_name" : reasonOf(bad[0]),
        user,
        1,
      );
      discardedMetadata++;
      fail(bad[1]);
      continue;
    }
    metadata.push(m);
  }

  return {
    batch: {
      series: out,
      timestamps: ts.subarray(0, w),
      values: vs.subarray(0, w),
      metadata,
      source: batch.source,
      labelBytes: batch.labelBytes,
    },
    firstError,
    discardedSamples,
    discardedExemplars,
    discardedMetadata,
  };
}
