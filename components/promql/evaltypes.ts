/**
 * The engine's internal values and the narrow interface through which function kernels
 * (functable.ts) evaluate their arguments, instead of reaching into the Evaluator.
 * Timestamps are ms.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import type { SelectHints } from "../model/series.ts";
import type {
  Call,
  Expr,
  FunctionDef,
  MatrixSelector,
  SubqueryExpr,
  VectorSelector,
} from "./ast.ts";
import type { QueryContext } from "./querycontext.ts";

/** One element of a per-step vector inside the engine. */
export interface Sample {
  metric: Labels;
  f: number;
  /** The __name__ label is to be removed at the end (delayed name removal). */
  dropName: boolean;
  /** Sample timestamp, ms (only meaningful for timestamp()). */
  t: number;
  /** Set when the sample is a native histogram (f is then 0). */
  h?: FloatHistogram;
}

/** A series of the engine's internal matrices: points at step timestamps (or raw timestamps for range vectors). */
export interface EvalSeries {
  metric: Labels;
  ts: number[];
  fs: number[];
  dropName: boolean;
  /**
   * Native histogram points: hs[i] set means point i is a histogram (fs[i] is then 0). Absent
   * when the series has no histogram points. Histograms in results are never changed in place
   * (operations copy them), so series may share them.
   */
  hs?: (FloatHistogram | undefined)[];
}

/** Whether any series of a list has histogram points. */
export function anyHistograms(list: readonly EvalSeries[]): boolean {
  for (const s of list) if (s.hs !== undefined) return true;
  return false;
}

/**
 * The float points only: series with histogram points are copied without them (and dropped
 * when nothing is left); the list notes that histograms were seen.
 */
export function floatsOnly(list: EvalSeries[]): SeriesList {
  if (!anyHistograms(list)) return list;
  const out: EvalSeries[] = [];
  for (const s of list) {
    if (s.hs === undefined) {
      out.push(s);
      continue;
    }
    const ts: number[] = [];
    const fs: number[] = [];
    for (let i = 0; i < s.ts.length; i++) {
      if (s.hs[i] !== undefined) continue;
      ts.push(s.ts[i]);
      fs.push(s.fs[i]);
    }
    if (ts.length > 0) out.push({ metric: s.metric, ts, fs, dropName: s.dropName });
  }
  return withHist(out, true);
}

export type EvalValue =
  | { type: "matrix"; series: EvalSeries[]; isRange: boolean }
  | { type: "scalar"; vals: Float64Array }
  | { type: "string"; s: string };

/** Preloaded samples of one selected series. */
export interface LoadedSeries {
  metric: Labels;
  ts: Float64Array;
  fs: Float64Array;
  n: number;
  hasHistograms: boolean;
  /** 1 where the sample is a native histogram (its value is then hs[i]); null when none. */
  hist: Uint8Array | null;
  /** The histogram samples by index (undefined at floats); null when none. */
  hs?: (FloatHistogram | undefined)[] | null;
  /** Start timestamps by index (ms, 0 = unknown); null or absent when none are known. */
  st?: Float64Array | null;
}

/** A list of series that may note that native histogram samples were seen (and ignored). */
export type SeriesList = EvalSeries[] & { hasHistograms?: boolean };

export function withHist(list: EvalSeries[], hasHistograms: boolean | undefined): SeriesList {
  const l = list as SeriesList;
  if (hasHistograms) l.hasHistograms = true;
  return l;
}

/** The time modifiers of a selector or subquery. */
export interface TimeModifiers {
  offset: number;
  timestamp: number | null;
  startOrEnd: "start" | "end" | null;
}

export interface RangeSeries extends LoadedSeries {
  dropName?: boolean;
}

/** The series of a range selector or subquery with their raw points, and how to window them. */
export interface RangeSource {
  series: RangeSeries[];
  /** Window length, ms. */
  range: number;
  sel: TimeModifiers;
  /** Whether stale markers are to be skipped (selectors; subquery points have none). */
  checkStale: boolean;
  node: MatrixSelector | SubqueryExpr;
}

/**
 * What a function's kernel may ask of the evaluator of the (sub)query it runs in. Steps are
 * 0..steps-1 at times start + i * interval.
 */
export interface FunctionEnv {
  readonly ctx: QueryContext;
  readonly steps: number;
  /** First step time and step width, ms. */
  readonly start: number;
  readonly interval: number;
  /** Lookback delta, ms. */
  readonly lookback: number;
  stepTime(i: number): number;
  /** Reference time of a selector at step time t (after @ and offset). */
  refTime(sel: TimeModifiers, t: number): number;
  eval(e: Expr): Promise<EvalValue>;
  /** An instant vector's float points (histogram points dropped, noted on the list). */
  evalVector(e: Expr): Promise<SeriesList>;
  /** An instant vector with its histogram points (EvalSeries.hs). */
  evalVectorH(e: Expr): Promise<EvalSeries[]>;
  evalScalar(e: Expr): Promise<Float64Array>;
  evalString(e: Expr): Promise<string>;
  /**
   * Sample timestamps (seconds) of a vector selector at each step, for timestamp(); with
   * `startTimes`, the samples' start timestamps (0 when unknown), for start_timestamp().
   */
  evalVectorSelectorTimestamps(vs: VectorSelector, startTimes?: boolean): Promise<EvalSeries[]>;
  rangeSource(e: Expr): Promise<RangeSource>;
  /** Fetches and preloads the series matching `matchers` over [hints.start, hints.end]. */
  fetchSeries(matchers: readonly Matcher[], hints: SelectHints): Promise<LoadedSeries[]>;
}

/**
 * A range function's value over the window [lo, hi) of parallel arrays ts (ms) and fs, at step
 * `step` whose window is (rangeStart, rangeEnd]; null for no output. The arrays are either the
 * series' own (read in place) or a copy without stale markers and histogram samples.
 */
export type WindowKernel = (
  ts: Float64Array,
  fs: Float64Array,
  lo: number,
  hi: number,
  step: number,
  rangeStart: number,
  rangeEnd: number,
  s: LoadedSeries,
) => number | null;

/**
 * A range function over a window holding native histograms (histrange.ts): window [0, n) of ts
 * (ms), fs and hs (hs[i] set for histogram samples), at a step whose window is
 * (rangeStart, rangeEnd]; a float, a new histogram, or null for no output.
 */
export type HistWindowKernel = (
  ts: Float64Array,
  fs: Float64Array,
  hs: (FloatHistogram | undefined)[],
  n: number,
  rangeStart: number,
  rangeEnd: number,
  s: LoadedSeries,
) => number | FloatHistogram | null;

/** What a window kernel is built from, once per call. */
export interface WindowCall {
  env: FunctionEnv;
  call: Call;
  /** The call's scalar arguments (all but the range vector), one value per step each. */
  scalarArgs: Float64Array[];
  /** Adds the "might not be a counter" info for a series (once per series and call). */
  noteCounter(s: LoadedSeries): void;
}

/** A function evaluated as a whole: evaluates its own arguments. */
export type CallKernel = (env: FunctionEnv, call: Call) => Promise<EvalValue>;

/**
 * How a function's float kernel treats native histogram samples in its input (windows holding
 * histograms go to the function's histogram kernel instead, when it has one):
 * - "ignore": histogram samples are dropped silently;
 * - "mix-warn": a window with histograms gives no output, with a warning if it also has floats;
 * - "ignore-info": histogram samples are dropped, with an info annotation when floats remain;
 * - "count": histogram samples count as samples (count_over_time and the like);
 * - "last-float": no output when the window's last sample is a histogram;
 * - "unsupported": a native-histogram function; no output.
 */
export type HistogramPolicy =
  | "ignore"
  | "mix-warn"
  | "ignore-info"
  | "count"
  | "last-float"
  | "unsupported";

/** One PromQL function: its signature (parser) and everything the engine knows about it. */
export interface FunctionEntry extends FunctionDef {
  impl:
    | {
        kind: "window";
        kernel: (c: WindowCall) => WindowKernel /** Keeps the input's metric name. */;
        keepName: boolean;
        /** The kernel for windows holding native histograms (histrange.ts), if any. */
        hkernel?: (c: WindowCall) => HistWindowKernel;
      }
    | { kind: "call"; kernel: CallKernel };
  histograms: HistogramPolicy;
  /**
   * False when the result depends on the evaluation time beyond the samples it reads
   * (promql.AtModifierUnsafeFunctions): such calls are not step-invariant under `@`.
   */
  atModifierSafe: boolean;
  /** The Prometheus feature flag that enables the function, when it is experimental. */
  experimental: "promql-experimental-functions" | "promql-duration-expr" | null;
  /** Modifiers the function accepts on its range selector argument. */
  rangeModifiers: readonly ("anchored" | "smoothed")[];
}
