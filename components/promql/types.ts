/**
 * The contract between the PromQL engine and its users (HTTP API, promqltest runner, ruler).
 * Timestamps are Unix milliseconds; durations are milliseconds.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Labels } from "../model/labels.ts";
import type { Expr } from "./ast.ts";
import type { Queryable } from "../model/series.ts";

/** One element of an instant vector. */
export interface VectorSample {
  metric: Labels;
  t: number;
  /** The float value (0 when the sample is a histogram). */
  f: number;
  /** Set when the sample is a native histogram. */
  h?: FloatHistogram;
}

export interface HPoint {
  t: number;
  h: FloatHistogram;
}

export interface FPoint {
  t: number;
  f: number;
}

/** One series of a range vector or of a range query's result. Points in increasing time order. */
export interface MatrixSeries {
  metric: Labels;
  floats: FPoint[];
  /**
   * The same points as columns (timestamps, values), when the producer has them: encoders may
   * read these instead of `floats` (which the engine then builds only on first access).
   */
  readonly ts?: ArrayLike<number>;
  readonly fs?: ArrayLike<number>;
  /** Native histogram points, in time order (absent when there are none; not in floats/ts/fs). */
  histograms?: HPoint[];
}

export type QueryValue =
  | { type: "vector"; samples: VectorSample[] }
  | { type: "matrix"; series: MatrixSeries[] }
  | { type: "scalar"; t: number; f: number }
  | { type: "string"; t: number; s: string };

export interface QueryResult {
  value: QueryValue;
  /** Annotations as Prometheus returns them in `warnings` and `infos`. */
  warnings: string[];
  infos: string[];
}

/** Error categories of the Prometheus HTTP API (`errorType`). */
export type QueryErrorType =
  | "bad_data"
  | "execution"
  | "timeout"
  | "canceled"
  | "internal"
  | "unavailable"
  | "not_found";

/** Every error the engine throws to a caller is a QueryError; the message is what users see. */
export class QueryError extends Error {
  readonly type: QueryErrorType;
  constructor(type: QueryErrorType, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.type = type;
  }
}

export interface QueryOptions {
  /** Overrides the engine's lookback delta for this query, ms. */
  lookbackDelta?: number;
  /** Aborts the query; the engine throws QueryError("canceled"). */
  signal?: AbortSignal;
  /** The query text already parsed by the caller (parseExpr of the same text): not parsed again. */
  parsed?: Expr;
}

export interface PromQLEngine {
  instantQuery(
    queryable: Queryable,
    tenant: string,
    expr: string,
    ts: number,
    opts?: QueryOptions,
  ): Promise<QueryResult>;
  /** start and end inclusive, step > 0, all ms. Result is a matrix (or an error). */
  rangeQuery(
    queryable: Queryable,
    tenant: string,
    expr: string,
    start: number,
    end: number,
    step: number,
    opts?: QueryOptions,
  ): Promise<QueryResult>;
}

export interface EngineOptions {
  /** Default 5m. */
  lookbackDelta: number;
  /** Max samples held in memory by one query (Prometheus's -query.max-samples); 0 = no limit. */
  maxSamples: number;
  /** Query timeout, ms; 0 = none. */
  timeout: number;
  /** Step used by subqueries without one, ms (1m). */
  defaultSubqueryStep: number;
}
