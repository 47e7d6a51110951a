/**
 * The PromQL function table: one entry per function with its signature (Prometheus's
 * parser.Functions, checked by the parser), its kernel (promql.FunctionCalls), its native
 * histogram policy, whether it is @-modifier safe, the feature flag of experimental functions and
 * the range selector modifiers it accepts. Nothing else in the engine lists functions.
 */
import {
  histChangesKernel,
  histInstantKernel,
  histPickKernel,
  histRateKernel,
  histResetsKernel,
  histSumAvgKernel,
  histTsKernel,
} from "./histrange.ts";
import type { HistWindowKernel } from "./evaltypes.ts";
import type { Call, ValueType } from "./ast.ts";
import type {
  CallKernel,
  EvalValue,
  FunctionEntry,
  FunctionEnv,
  HistogramPolicy,
  WindowCall,
  WindowKernel,
} from "./evaltypes.ts";
import { histogramQuantile, nativeHistogramFunction } from "./histfuncs.ts";
import { callInfo } from "./info.ts";
import {
  absent,
  clampFunction,
  dateFunction,
  dayOfYear,
  daysInMonth,
  deg,
  labelJoin,
  labelReplace,
  mathFunction,
  pi,
  queryScalar,
  rad,
  round,
  scalar,
  scalarExtremum,
  sgn,
  sortByLabelFunction,
  sortFunction,
  startTimestamp,
  time,
  timestamp,
  vector,
} from "./instantfuncs.ts";
import {
  absentOverTime,
  avgOverTimeKernel,
  callWindowFunction,
  changesKernel,
  countOverTimeKernel,
  deltaKernel,
  derivKernel,
  doubleExponentialSmoothingKernel,
  firstOverTimeKernel,
  ideltaKernel,
  irateKernel,
  lastOverTimeKernel,
  madOverTimeKernel,
  maxOverTimeKernel,
  minOverTimeKernel,
  predictLinearKernel,
  presentOverTimeKernel,
  quantileOverTimeKernel,
  rateKernel,
  resetsKernel,
  stddevOverTimeKernel,
  stdvarOverTimeKernel,
  sumOverTimeKernel,
  tsOfExtremumKernel,
  tsOfFirstKernel,
  tsOfLastKernel,
} from "./rangefuncs.ts";
import { QueryError } from "./types.ts";

const V: ValueType = "vector";
const M: ValueType = "matrix";
const S: ValueType = "scalar";
const STR: ValueType = "string";

interface EntryOptions {
  /** 0: fixed arity; -1: unlimited trailing args of the last type; n > 0: up to n optional trailing args. */
  variadic?: number;
  histograms?: HistogramPolicy;
  /** The result depends on the evaluation time itself (promql.AtModifierUnsafeFunctions). */
  atModifierUnsafe?: boolean;
  experimental?: FunctionEntry["experimental"];
  rangeModifiers?: FunctionEntry["rangeModifiers"];
}

const EXPERIMENTAL: EntryOptions = { experimental: "promql-experimental-functions" };
const DURATION_EXPR: EntryOptions = { experimental: "promql-duration-expr" };
const DATE: EntryOptions = { variadic: 1, atModifierUnsafe: true };
const FLOATS_ONLY_INFO: EntryOptions = { histograms: "ignore-info" };

function entry(
  name: string,
  argTypes: ValueType[],
  returnType: ValueType,
  impl: FunctionEntry["impl"],
  o: EntryOptions,
): FunctionEntry {
  return {
    name,
    argTypes,
    returnType,
    variadic: o.variadic ?? 0,
    impl,
    histograms: o.histograms ?? "ignore",
    atModifierSafe: !o.atModifierUnsafe,
    experimental: o.experimental ?? null,
    rangeModifiers: o.rangeModifiers ?? [],
  };
}

/** A function over instant vectors/scalars/strings, evaluated by a whole-call kernel. */
function fn(
  name: string,
  argTypes: ValueType[],
  returnType: ValueType,
  kernel: CallKernel,
  o: EntryOptions = {},
): FunctionEntry {
  return entry(name, argTypes, returnType, { kind: "call", kernel }, o);
}

/** A range-vector function evaluated window by window; returns an instant vector. */
function windowFn(
  name: string,
  argTypes: ValueType[],
  kernel: (c: WindowCall) => WindowKernel,
  o: EntryOptions & {
    keepName?: boolean;
    hkernel?: (c: WindowCall) => HistWindowKernel;
  } = {},
): FunctionEntry {
  return entry(
    name,
    argTypes,
    V,
    { kind: "window", kernel, keepName: o.keepName ?? false, hkernel: o.hkernel },
    o,
  );
}

const COUNTER_MODIFIERS: EntryOptions = {
  histograms: "mix-warn",
  rangeModifiers: ["anchored", "smoothed"],
};

const list: FunctionEntry[] = [
  fn("abs", [V], V, mathFunction(Math.abs)),
  fn("absent", [V], V, absent),
  fn("absent_over_time", [M], V, absentOverTime, { histograms: "count" }),
  fn("acos", [V], V, mathFunction(Math.acos)),
  fn("acosh", [V], V, mathFunction(Math.acosh)),
  fn("asin", [V], V, mathFunction(Math.asin)),
  fn("asinh", [V], V, mathFunction(Math.asinh)),
  fn("atan", [V], V, mathFunction(Math.atan)),
  fn("atanh", [V], V, mathFunction(Math.atanh)),
  windowFn("avg_over_time", [M], avgOverTimeKernel, {
    histograms: "mix-warn",
    hkernel: histSumAvgKernel(true),
  }),
  fn("ceil", [V], V, mathFunction(Math.ceil)),
  windowFn("changes", [M], changesKernel, {
    rangeModifiers: ["anchored"],
    hkernel: histChangesKernel,
  }),
  fn("clamp", [V, S, S], V, clampFunction("clamp")),
  fn("clamp_max", [V, S], V, clampFunction("clamp_max")),
  fn("clamp_min", [V, S], V, clampFunction("clamp_min")),
  fn("cos", [V], V, mathFunction(Math.cos)),
  fn("cosh", [V], V, mathFunction(Math.cosh)),
  windowFn("count_over_time", [M], countOverTimeKernel, { histograms: "count" }),
  fn("days_in_month", [V], V, dateFunction(daysInMonth), DATE),
  fn(
    "day_of_month",
    [V],
    V,
    dateFunction((d) => d.getUTCDate()),
    DATE,
  ),
  fn(
    "day_of_week",
    [V],
    V,
    dateFunction((d) => d.getUTCDay()),
    DATE,
  ),
  fn("day_of_year", [V], V, dateFunction(dayOfYear), DATE),
  fn("deg", [V], V, mathFunction(deg)),
  windowFn("delta", [M], deltaKernel, {
    ...COUNTER_MODIFIERS,
    hkernel: histRateKernel(false, false),
  }),
  windowFn("deriv", [M], derivKernel, FLOATS_ONLY_INFO),
  fn("exp", [V], V, mathFunction(Math.exp)),
  windowFn("first_over_time", [M], firstOverTimeKernel, {
    ...EXPERIMENTAL,
    keepName: true,
    hkernel: histPickKernel(true),
  }),
  fn("floor", [V], V, mathFunction(Math.floor)),
  fn("histogram_avg", [V], V, nativeHistogramFunction, { histograms: "unsupported" }),
  fn("histogram_count", [V], V, nativeHistogramFunction, { histograms: "unsupported" }),
  fn("histogram_sum", [V], V, nativeHistogramFunction, { histograms: "unsupported" }),
  fn("histogram_stddev", [V], V, nativeHistogramFunction, { histograms: "unsupported" }),
  fn("histogram_stdvar", [V], V, nativeHistogramFunction, { histograms: "unsupported" }),
  fn("histogram_fraction", [S, S, V], V, histogramQuantile),
  fn("histogram_quantile", [S, V], V, histogramQuantile),
  fn("histogram_quantiles", [V, STR, S], V, histogramQuantile, { ...EXPERIMENTAL, variadic: -1 }),
  windowFn("double_exponential_smoothing", [M, S, S], doubleExponentialSmoothingKernel, {
    ...FLOATS_ONLY_INFO,
    ...EXPERIMENTAL,
  }),
  fn(
    "hour",
    [V],
    V,
    dateFunction((d) => d.getUTCHours()),
    DATE,
  ),
  windowFn("idelta", [M], ideltaKernel, {
    histograms: "mix-warn",
    hkernel: histInstantKernel(false),
  }),
  fn("info", [V, V], V, callInfo, { ...EXPERIMENTAL, variadic: 1 }),
  windowFn("increase", [M], rateKernel(false), {
    ...COUNTER_MODIFIERS,
    hkernel: histRateKernel(true, false),
  }),
  windowFn("irate", [M], irateKernel, {
    histograms: "mix-warn",
    hkernel: histInstantKernel(true),
  }),
  fn("label_replace", [V, STR, STR, STR, STR], V, labelReplace),
  fn("label_join", [V, STR, STR, STR], V, labelJoin, { variadic: -1 }),
  windowFn("last_over_time", [M], lastOverTimeKernel, {
    histograms: "last-float",
    keepName: true,
    hkernel: histPickKernel(false),
  }),
  fn("ln", [V], V, mathFunction(Math.log)),
  fn("log10", [V], V, mathFunction(Math.log10)),
  fn("log2", [V], V, mathFunction(Math.log2)),
  windowFn("mad_over_time", [M], madOverTimeKernel, { ...FLOATS_ONLY_INFO, ...EXPERIMENTAL }),
  windowFn("max_over_time", [M], maxOverTimeKernel, FLOATS_ONLY_INFO),
  windowFn("min_over_time", [M], minOverTimeKernel, FLOATS_ONLY_INFO),
  windowFn("ts_of_first_over_time", [M], tsOfFirstKernel, {
    ...EXPERIMENTAL,
    hkernel: histTsKernel(true),
  }),
  windowFn("ts_of_last_over_time", [M], tsOfLastKernel, {
    ...EXPERIMENTAL,
    hkernel: histTsKernel(false),
  }),
  windowFn("ts_of_max_over_time", [M], tsOfExtremumKernel(true), EXPERIMENTAL),
  windowFn("ts_of_min_over_time", [M], tsOfExtremumKernel(false), EXPERIMENTAL),
  fn(
    "minute",
    [V],
    V,
    dateFunction((d) => d.getUTCMinutes()),
    DATE,
  ),
  fn("min_of", [S, S], S, scalarExtremum(Math.min), EXPERIMENTAL),
  fn("max_of", [S, S], S, scalarExtremum(Math.max), EXPERIMENTAL),
  fn(
    "month",
    [V],
    V,
    dateFunction((d) => d.getUTCMonth() + 1),
    DATE,
  ),
  fn("pi", [], S, pi),
  windowFn("predict_linear", [M, S], predictLinearKernel, {
    ...FLOATS_ONLY_INFO,
    atModifierUnsafe: true,
  }),
  windowFn("present_over_time", [M], presentOverTimeKernel, { histograms: "count" }),
  windowFn("quantile_over_time", [S, M], quantileOverTimeKernel, FLOATS_ONLY_INFO),
  fn("rad", [V], V, mathFunction(rad)),
  windowFn("rate", [M], rateKernel(true), {
    ...COUNTER_MODIFIERS,
    hkernel: histRateKernel(true, true),
  }),
  windowFn("resets", [M], resetsKernel, {
    rangeModifiers: ["anchored"],
    hkernel: histResetsKernel,
  }),
  fn("round", [V, S], V, round, { variadic: 1 }),
  fn("scalar", [V], S, scalar),
  fn("sgn", [V], V, mathFunction(sgn)),
  fn("sin", [V], V, mathFunction(Math.sin)),
  fn("sinh", [V], V, mathFunction(Math.sinh)),
  fn("sort", [V], V, sortFunction(false)),
  fn("sort_desc", [V], V, sortFunction(true)),
  fn("sort_by_label", [V, STR], V, sortByLabelFunction(false), { ...EXPERIMENTAL, variadic: -1 }),
  fn("sort_by_label_desc", [V, STR], V, sortByLabelFunction(true), {
    ...EXPERIMENTAL,
    variadic: -1,
  }),
  fn("sqrt", [V], V, mathFunction(Math.sqrt)),
  fn("start_timestamp", [V], V, startTimestamp, EXPERIMENTAL),
  windowFn("stddev_over_time", [M], stddevOverTimeKernel, FLOATS_ONLY_INFO),
  windowFn("stdvar_over_time", [M], stdvarOverTimeKernel, FLOATS_ONLY_INFO),
  windowFn("sum_over_time", [M], sumOverTimeKernel, {
    histograms: "mix-warn",
    hkernel: histSumAvgKernel(false),
  }),
  fn("tan", [V], V, mathFunction(Math.tan)),
  fn("tanh", [V], V, mathFunction(Math.tanh)),
  fn("time", [], S, time, { atModifierUnsafe: true }),
  // start() and end() are the query's start and end: in an instant query, the evaluation time.
  fn(
    "start",
    [],
    S,
    queryScalar((c) => c.startTs),
    { ...DURATION_EXPR, atModifierUnsafe: true },
  ),
  fn(
    "end",
    [],
    S,
    queryScalar((c) => c.endTs),
    { ...DURATION_EXPR, atModifierUnsafe: true },
  ),
  fn(
    "step",
    [],
    S,
    queryScalar((c) => c.queryStep),
    DURATION_EXPR,
  ),
  fn(
    "range",
    [],
    S,
    queryScalar((c) => c.endTs - c.startTs),
    DURATION_EXPR,
  ),
  fn("timestamp", [V], V, timestamp, { atModifierUnsafe: true }),
  fn("vector", [S], V, vector),
  fn(
    "year",
    [V],
    V,
    dateFunction((d) => d.getUTCFullYear()),
    DATE,
  ),
];

/** Builds the name -> entry map; a name listed twice is a programming error. */
function byName(entries: readonly FunctionEntry[]): ReadonlyMap<string, FunctionEntry> {
  const m = new Map<string, FunctionEntry>();
  for (const f of entries) {
    if (m.has(f.name)) throw new Error(`function ${f.name} is listed twice`);
    m.set(f.name, f);
  }
  return m;
}

/** Every function the parser accepts, by name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionEntry> = byName(list);

/** Evaluates a call through its table entry. */
export function callFunction(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const f = FUNCTIONS.get(e.func.name);
  if (f === undefined) throw new QueryError("execution", `function ${e.func.name} not implemented`);
  return f.impl.kind === "window" ? callWindowFunction(env, e, f) : f.impl.kernel(env, e);
}
