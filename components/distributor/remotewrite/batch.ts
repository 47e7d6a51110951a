/**
 * Builds a WriteBatch while decoding: samples go straight into growing Float64Arrays; series
 * carry their labels as decoded (not yet sorted or validated).
 */
import type {
  Exemplar,
  HistogramSample,
  MetricMetadata,
  WriteBatch,
  WriteSeries,
  WriteSource,
} from "../../ingester/types.ts";
import type { Label } from "../../model/labels.ts";

/** A series the decoder rejected; its samples are not in the batch. */
export interface SeriesError {
  /** Mimir error id, e.g. "label-value-invalid". */
  id: string;
  message: string;
  samples: number;
}

/** A decoded request before validation. Series labels may be unsorted or invalid. */
export interface DecodedWrite {
  batch: WriteBatch;
  /** Total histogram samples decoded (they are in the series' `histograms`). */
  histogramCount: number;
  /** Series rejected while decoding (e.g. a label value that is not valid UTF-8). */
  seriesErrors: SeriesError[];
  /**
   * Mimir's WriteRequest skip_label_validation (1000) / skip_label_count_validation (1001):
   * honoured only together with the X-Mimir-Skip* headers, as Mimir does.
   */
  skipLabelValidation?: boolean;
  skipLabelCountValidation?: boolean;
}

export class BatchBuilder {
  series: WriteSeries[] = [];
  metadata: MetricMetadata[] = [];
  histogramCount = 0;
  seriesErrors: SeriesError[] = [];
  private ts: Float64Array;
  private vs: Float64Array;
  private n = 0;

  constructor(initialCapacity = 256) {
    this.ts = new Float64Array(initialCapacity);
    this.vs = new Float64Array(initialCapacity);
  }

  get sampleCount(): number {
    return this.n;
  }

  addSample(timestamp: number, value: number): void {
    if (this.n === this.ts.length) {
      const cap = this.ts.length * 2;
      const t = new Float64Array(cap);
      t.set(this.ts);
      const v = new Float64Array(cap);
      v.set(this.vs);
      this.ts = t;
      this.vs = v;
    }
    this.ts[this.n] = timestamp;
    this.vs[this.n] = value;
    this.n++;
  }

  /**
   * Adds a series owning the samples added since `sampleStart`. `labelBytesStart`/`End` (of the
   * buffer given to `finish`) hold its labels already encoded as a Push body encodes them, or
   * are -1 when the request did not carry them that way.
   */
  addSeries(
    labels: Label[],
    sampleStart: number,
    exemplars: Exemplar[] | undefined,
    histograms?: HistogramSample[],
    labelBytesStart = -1,
    labelBytesEnd = -1,
  ): void {
    const s: WriteSeries = {
      labels,
      sampleStart,
      sampleCount: this.n - sampleStart,
      labelBytesOf: labelBytesStart >= 0 ? labels : undefined,
      labelBytesStart,
      labelBytesEnd,
    };
    if (exemplars && exemplars.length > 0) s.exemplars = exemplars;
    if (histograms && histograms.length > 0) {
      s.histograms = histograms;
      this.histogramCount += histograms.length;
    }
    this.series.push(s);
  }

  /** Drops samples added since `sampleStart` (a series rejected while decoding). */
  rollback(sampleStart: number): void {
    this.n = sampleStart;
  }

  /** The decoded write; `labelBytes` is the buffer series' label byte ranges point into. */
  finish(source: WriteSource, labelBytes?: Buffer): DecodedWrite {
    return {
      batch: {
        series: this.series,
        timestamps: this.ts.subarray(0, this.n),
        values: this.vs.subarray(0, this.n),
        metadata: this.metadata,
        source,
        labelBytes,
      },
      histogramCount: this.histogramCount,
      seriesErrors: this.seriesErrors,
    };
  }
}
