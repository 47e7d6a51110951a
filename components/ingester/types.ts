/**
 * The contract between the distributor and the ingester: a decoded, validated write request for
 * one tenant. Samples are held struct-of-arrays (no object per sample): series i owns samples
 * [sampleStart, sampleStart + sampleCount) of `timestamps`/`values`. Timestamps in ms.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import type { Labels } from "../model/labels.ts";

export interface Exemplar {
  labels: Labels;
  value: number;
  /** ms */
  timestamp: number;
}

export type MetricType =
  | "unknown"
  | "counter"
  | "gauge"
  | "histogram"
  | "gaugehistogram"
  | "summary"
  | "info"
  | "stateset";

export interface MetricMetadata {
  type: MetricType;
  metricFamilyName: string;
  help: string;
  unit: string;
}

/** One native histogram sample: exactly one of `h` (integer) and `fh` (float) is set. */
export interface HistogramSample {
  /** ms */
  timestamp: number;
  h: Histogram | null;
  fh: FloatHistogram | null;
}

export interface WriteSeries {
  /** Sorted, validated labels. */
  labels: Labels;
  sampleStart: number;
  sampleCount: number;
  exemplars?: Exemplar[];
  /** Native histogram samples, in request order. */
  histograms?: HistogramSample[];
  /**
   * The series' labels exactly as a Push body encodes them (repeated field-1 `Label` messages,
   * name then value, minimal varints), bytes [labelBytesStart, labelBytesEnd) of the batch's
   * `labelBytes`, as the remote-write request carried them. They stand for `labels` only while
   * `labels` is still the very array `labelBytesOf`: every step that changes a series' labels
   * (relabelling, dropping, sorting) makes a new array, so the bytes are then ignored.
   */
  labelBytesOf?: Labels;
  labelBytesStart?: number;
  labelBytesEnd?: number;
}

export type WriteSource = "api" | "rule" | "otlp";

export interface WriteBatch {
  series: WriteSeries[];
  timestamps: Float64Array;
  values: Float64Array;
  metadata: MetricMetadata[];
  source: WriteSource;
  /** The buffer the series' `labelBytesStart`/`labelBytesEnd` point into (the decoded request). */
  labelBytes?: Buffer;
}

/** A rejected sample, exemplar or series that did not stop the rest of the batch. */
export interface SoftError {
  /** Mimir error id without the `err-mimir-` prefix, e.g. "sample-out-of-order". */
  id: string;
  /** The complete user-facing message, including the `(err-mimir-...)` part. */
  message: string;
  /** Reason label for cortex_discarded_samples_total, e.g. "sample-out-of-order". */
  reason: string;
  /** How many samples this error rejected. */
  samples: number;
}

export interface PushResult {
  /** Float samples appended. */
  samplesWritten: number;
  /** Native histogram samples appended. */
  histogramsWritten?: number;
  exemplarsWritten: number;
  /** Per-sample/series rejections; the distributor reports the first one with a 400. */
  softErrors: SoftError[];
  /** The ingester that reported the first soft error, when it is not this process's. */
  ingesterId?: string;
}

/**
 * Thrown (not returned) for errors that reject the whole request: the ingester is not ready
 * (503), an instance limit (503), or an internal failure (500).
 */
export class IngesterUnavailableError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.statusCode = statusCode;
  }
}

/** What the distributor writes to; implemented by the ingester (in-process in -target=all). */
export interface Pusher {
  /** Resolves once the batch's records are in the WAL (the push is then acknowledged). */
  push(tenant: string, batch: WriteBatch): Promise<PushResult>;
}
