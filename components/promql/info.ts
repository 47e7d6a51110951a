/**
 * The experimental info() function: enriches series with the data labels of info metrics
 * (target_info by default) that share their identifying labels (instance, job), as of the same
 * reference time as the base samples (following `@` and offset on the way to the selector).
 */
import { getLabel, type Label, type Labels, labelsKey, METRIC_NAME } from "../model/labels.ts";
import { type Matcher, newMatcher } from "../model/matcher.ts";
import { isStaleNaN } from "../model/series.ts";
import { type Call, type Expr, unwrapParens } from "./ast.ts";
import type { EvalSeries, EvalValue, FunctionEnv, LoadedSeries } from "./evaltypes.ts";
import { upperBound } from "./functions.ts";
import { QueryError } from "./types.ts";

const IDENTIFYING = ["instance", "job"];

type TimeMap = (t: number) => number;

/** How the reference time of the samples of `e` follows from the evaluation time. */
function refTimeMap(ev: FunctionEnv, e: Expr): TimeMap {
  const sel =
    (s: { offset: number; timestamp: number | null; startOrEnd: "start" | "end" | null }) =>
    (t: number) =>
      ev.refTime(s, t);
  switch (e.kind) {
    case "VectorSelector":
      return sel(e);
    case "MatrixSelector":
      return sel(e.vs);
    case "SubqueryExpr": {
      const outer = sel(e);
      const inner = refTimeMap(ev, e.expr);
      return (t) => inner(outer(t));
    }
    case "ParenExpr":
    case "UnaryExpr":
      return refTimeMap(ev, e.expr);
    case "AggregateExpr":
      return refTimeMap(ev, e.expr);
    case "BinaryExpr":
      return e.lhs.kind === "NumberLiteral" ? refTimeMap(ev, e.rhs) : refTimeMap(ev, e.lhs);
    case "Call": {
      const a = e.args.find((x) => x.kind !== "NumberLiteral" && x.kind !== "StringLiteral");
      return a ? refTimeMap(ev, a) : (t) => t;
    }
    default:
      return (t) => t;
  }
}

/** Latest non-stale sample index of s in (rt - lookback, rt], or -1. */
function sampleAt(s: LoadedSeries, rt: number, lookback: number): number {
  const lo = upperBound(s.ts, 0, s.n, rt);
  const idx = lo - 1;
  if (idx < 0 || s.ts[idx] <= rt - lookback) return -1;
  if (isStaleNaN(s.fs[idx])) return -1;
  if (s.hist !== null && s.hist[idx] === 1)
    throw new QueryError("execution", "info metrics must be floats, got a native histogram");
  return idx;
}

export async function callInfo(ev: FunctionEnv, e: Call): Promise<EvalValue> {
  const base = await ev.evalVector(e.args[0]);
  let selMatchers: Matcher[] = [];
  if (e.args[1]) {
    const a = unwrapParens(e.args[1]);
    if (a.kind !== "VectorSelector")
      throw new QueryError(
        "bad_data",
        "expected label selectors as the second argument to info function",
      );
    selMatchers = a.matchers;
  }
  let nameMatchers = selMatchers.filter((m) => m.name === METRIC_NAME);
  const dataMatchers = selMatchers.filter((m) => m.name !== METRIC_NAME);
  const positive = nameMatchers.some((m) => m.type === "=" || m.type === "=~");
  if (nameMatchers.length === 0) nameMatchers = [newMatcher("=", METRIC_NAME, "target_info")];
  else if (!positive) nameMatchers = [...nameMatchers, newMatcher("=~", METRIC_NAME, ".+_info")];
  const isInfoSeries = (ls: Labels) => {
    if (!nameMatchers.some((m) => m.type === "=" || m.type === "=~")) return false;
    const n = getLabel(ls, METRIC_NAME);
    return nameMatchers.every((m) => m.matches(n));
  };
  const dropIfMissing = dataMatchers.some((m) => !m.matches(""));
  const dataNames = dataMatchers.length > 0 ? new Set(dataMatchers.map((m) => m.name)) : null;

  const tmap = refTimeMap(ev, e.args[0]);
  let mint = Infinity;
  let maxt = -Infinity;
  for (let i = 0; i < ev.steps; i++) {
    const rt = tmap(ev.stepTime(i));
    if (rt < mint) mint = rt;
    if (rt > maxt) maxt = rt;
  }
  const infos: LoadedSeries[] =
    mint <= maxt
      ? await ev.fetchSeries([...nameMatchers, ...dataMatchers], {
          start: mint - ev.lookback + 1,
          end: maxt,
        })
      : [];
  // Info series by identifying-label signature (only the identifying labels they have).
  const byId = new Map<string, LoadedSeries[]>();
  for (const s of infos) {
    let key = "";
    for (const l of IDENTIFYING) key += `${getLabel(s.metric, l)}\xff`;
    const arr = byId.get(key);
    if (arr) arr.push(s);
    else byId.set(key, [s]);
  }

  const outMap = new Map<string, EvalSeries>();
  const order: EvalSeries[] = [];
  const emit = (metric: Labels, t: number, f: number, dropName: boolean) => {
    const key = labelsKey(metric);
    let s = outMap.get(key);
    if (!s) {
      s = { metric, ts: [], fs: [], dropName };
      outMap.set(key, s);
      order.push(s);
    } else if (s.ts.length > 0 && s.ts[s.ts.length - 1] === t) {
      throw new QueryError("execution", "vector cannot contain metrics with the same labelset");
    }
    s.ts.push(t);
    s.fs.push(f);
  };

  for (const s of base) {
    const ignored = isInfoSeries(s.metric);
    const hasId = IDENTIFYING.some((l) => getLabel(s.metric, l) !== "");
    const candidates: LoadedSeries[] = [];
    if (!ignored && hasId) {
      // Identifying labels missing on the base series match any value.
      for (const [, arr] of byId) {
        const m = arr[0].metric;
        if (
          IDENTIFYING.every(
            (l) => getLabel(s.metric, l) === "" || getLabel(s.metric, l) === getLabel(m, l),
          )
        )
          candidates.push(...arr);
      }
    }
    for (let i = 0; i < s.ts.length; i++) {
      const t = s.ts[i];
      const f = s.fs[i];
      if (ignored) {
        emit(s.metric, t, f, s.dropName);
        continue;
      }
      const rt = tmap(t);
      // Per info metric name, the series with the latest sample wins.
      const best = new Map<string, { s: LoadedSeries; t: number }>();
      for (const c of candidates) {
        const idx = sampleAt(c, rt, ev.lookback);
        if (idx < 0) continue;
        const name = getLabel(c.metric, METRIC_NAME);
        const prev = best.get(name);
        if (!prev || c.ts[idx] > prev.t) best.set(name, { s: c, t: c.ts[idx] });
      }
      if (best.size === 0) {
        if (!dropIfMissing) emit(s.metric, t, f, s.dropName);
        continue;
      }
      const added = new Map<string, string>();
      for (const { s: info } of best.values()) {
        for (const l of info.metric) {
          if (l.name === METRIC_NAME || IDENTIFYING.includes(l.name)) continue;
          if (dataNames && !dataNames.has(l.name)) continue;
          if (getLabel(s.metric, l.name) !== "") continue;
          const prev = added.get(l.name);
          if (prev !== undefined && prev !== l.value) {
            throw new QueryError(
              "execution",
              `conflicting label: ${JSON.stringify(l.name)} has values ${JSON.stringify(prev)} and ${JSON.stringify(l.value)}`,
            );
          }
          added.set(l.name, l.value);
        }
      }
      let metric: Labels = s.metric;
      if (added.size > 0) {
        const ls: Label[] = [...s.metric];
        for (const [name, value] of added) ls.push({ name, value });
        ls.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        metric = ls;
      }
      emit(metric, t, f, s.dropName);
    }
  }
  return { type: "matrix", series: order, isRange: false };
}
