/**
 * The PromQL evaluation engine. Every expression node is evaluated once per query over all steps
 * (an instant query is a range query with one step) into series of per-step points:
 * - selectors fetch their series once, with hints covering the whole range, into typed arrays,
 *   read with forward-moving cursors (instant selectors, range windows);
 * - function calls go through the function table (functable.ts); range functions apply one
 *   allocation-free kernel to each window (rangefuncs.ts);
 * - sum/avg/count/min/max/group/stddev/stdvar, one-to-one vector matching and and/or/unless run
 *   column-wise (series paired or grouped once, points merged by step);
 * - the rest (topk, quantile, count_values, group_left/right, fill) runs step by step over
 *   per-step vectors (`stepwise`), as Prometheus's rangeEval does.
 * Metric names are removed at the end (Prometheus 3's delayed name removal).
 */
import {
  compareLabels,
  getLabel,
  type Labels,
  labelsKey,
  labelsToString,
  METRIC_NAME,
} from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";
import {
  isStaleNaN,
  STALE_NAN,
  type Querier,
  type Queryable,
  type SampleIterator,
  type SelectHints,
  ValFloat,
  ValNone,
} from "../model/series.ts";
import type {
  AggregateExpr,
  BinaryExpr,
  BinaryOp,
  Expr,
  MatrixSelector,
  SubqueryExpr,
  VectorMatching,
  VectorSelector,
} from "./ast.ts";
import { evalDurNode, inspect, typeName, typeOf, unwrapParens } from "./ast.ts";
import {
  anyHistograms,
  type EvalSeries,
  type EvalValue,
  floatsOnly,
  type FunctionEnv,
  type LoadedSeries,
  type RangeSource,
  type Sample,
  type SeriesList,
  type TimeModifiers,
  withHist,
} from "./evaltypes.ts";
import { callFunction } from "./functable.ts";
import { sumAvgWithHistograms } from "./histaggr.ts";
import { elemBinopH, elemResult } from "./histbinop.ts";
import { smoothedSeries } from "./histextended.ts";
import {
  formatFloatF,
  formatValue,
  goPow,
  kahanInc,
  kahanSum,
  mean,
  quantile as quantileOf,
  upperBound,
  variance,
} from "./functions.ts";
import { dropMetricName, isValidLabelName, setLabel } from "./labelset.ts";
import { isComparisonOp, ParseError, parseExpr } from "./parser.ts";
import { QueryContext } from "./querycontext.ts";
import { mergePoints, mergeSameLabels } from "./seriesmerge.ts";
import {
  type EngineOptions,
  type FPoint,
  type HPoint,
  type MatrixSeries,
  type PromQLEngine,
  QueryError,
  type QueryOptions,
  type QueryResult,
  type QueryValue,
  type VectorSample,
} from "./types.ts";

/**
 * What a store's iterator may offer besides SampleIterator (the head's in-order iterator does):
 * on a fresh iterator, writes every float sample with lo <= t <= hi to sink.ts/fs from index n,
 * replacing the arrays with larger ones when needed, and returns the new count.
 */
interface BulkSampleReader {
  readInto(lo: number, hi: number, sink: { ts: Float64Array; fs: Float64Array }, n: number): number;
}
/** Samples per slab of loaded series. */
const SLAB_SAMPLES = 1 << 16;

const COLUMNAR_AGGRS = new Set(["sum", "avg", "count", "group", "min", "max", "stddev", "stdvar"]);

/** Aggregations that take native histograms as they are (sum/avg add them). */
const HIST_AWARE_AGGRS = new Set(["sum", "avg", "limitk", "limit_ratio", "count_values"]);

/** Aggregations that ignore native histogram samples with an info annotation. */
const HIST_INFO_AGGRS = new Set(["min", "max", "stddev", "stdvar", "topk", "bottomk", "quantile"]);

function execError(msg: string): QueryError {
  return new QueryError("execution", msg);
}

/** Reference time of a selector at step time t (after @ and offset), all ms. */
function refTime(sel: TimeModifiers, t: number, queryStart: number, queryEnd: number): number {
  let rt = t;
  if (sel.startOrEnd === "start") rt = queryStart;
  else if (sel.startOrEnd === "end") rt = queryEnd;
  else if (sel.timestamp !== null) rt = sel.timestamp;
  return rt - sel.offset;
}

/** Label signature for vector matching. */
function signatureFn(matching: VectorMatching | null): (ls: Labels) => string {
  const names = new Set(matching ? matching.matchingLabels : []);
  const on = matching ? matching.on : false;
  const cache = new Map<Labels, string>();
  return (ls) => {
    let s = cache.get(ls);
    if (s !== undefined) return s;
    s = "";
    for (const l of ls) {
      if (on ? names.has(l.name) : !names.has(l.name) && l.name !== METRIC_NAME)
        s += l.name + "\xff" + l.value + "\xff";
    }
    cache.set(ls, s);
    return s;
  };
}

function matchLabels(ls: Labels, matching: VectorMatching): Labels {
  const names = new Set(matching.matchingLabels);
  return ls.filter((l) =>
    matching.on ? names.has(l.name) : !names.has(l.name) && l.name !== METRIC_NAME,
  );
}

/** Evaluates binary arithmetic/comparison on two floats: returns value and writes keep into out. */
function binop(op: BinaryOp, lhs: number, rhs: number, keep: { v: boolean }): number {
  keep.v = true;
  switch (op) {
    case "+":
      return lhs + rhs;
    case "-":
      return lhs - rhs;
    case "*":
      return lhs * rhs;
    case "/":
      return lhs / rhs;
    case "%":
      return lhs % rhs;
    case "^":
      return goPow(lhs, rhs);
    case "atan2":
      return Math.atan2(lhs, rhs);
    case "==":
      keep.v = lhs === rhs;
      return lhs;
    case "!=":
      keep.v = lhs !== rhs;
      return lhs;
    case ">":
      keep.v = lhs > rhs;
      return lhs;
    case "<":
      keep.v = lhs < rhs;
      return lhs;
    case ">=":
      keep.v = lhs >= rhs;
      return lhs;
    case "<=":
      keep.v = lhs <= rhs;
      return lhs;
  }
  throw execError(`operator ${JSON.stringify(op)} not allowed for scalar operations`);
}

interface EvaluatorOptions {
  ctx: QueryContext;
  querier: Querier;
  /** First and last step time and the step width, ms. */
  start: number;
  end: number;
  interval: number;
  /** Lookback delta, ms. */
  lookback: number;
  /** Step of subqueries without one, ms. */
  defaultSubqueryStep: number;
  /** Selectors' loaded series, shared by the evaluators of one query (subqueries). */
  loaded: Map<VectorSelector, Promise<LoadedSeries[]>>;
  /** Selectors read for histogram_count/sum/avg only (statsSelectors()). */
  stats?: ReadonlySet<VectorSelector>;
}

/** Evaluates one (sub)query over [start, end] with a step. */
class Evaluator implements FunctionEnv {
  readonly ctx: QueryContext;
  readonly querier: Querier;
  readonly start: number;
  readonly end: number;
  readonly interval: number;
  readonly lookback: number;
  readonly defaultSubqueryStep: number;
  readonly steps: number;
  private readonly loaded: Map<VectorSelector, Promise<LoadedSeries[]>>;
  private readonly stats: ReadonlySet<VectorSelector> | undefined;
  /** Result label sets of the binary operation being evaluated, by lhs and rhs label set. */
  private metricCache = new Map<Labels, Map<Labels, { metric: Labels; key: string }>>();

  constructor(o: EvaluatorOptions) {
    this.ctx = o.ctx;
    this.querier = o.querier;
    this.start = o.start;
    this.end = o.end;
    this.interval = o.interval;
    this.lookback = o.lookback;
    this.defaultSubqueryStep = o.defaultSubqueryStep;
    this.steps = Math.floor((o.end - o.start) / o.interval) + 1;
    this.loaded = o.loaded;
    this.stats = o.stats;
  }

  stepTime(i: number): number {
    return this.start + i * this.interval;
  }

  /** Reference time of a selector at step time t (after @ and offset). */
  refTime(sel: TimeModifiers, t: number): number {
    return refTime(sel, t, this.ctx.startTs, this.ctx.endTs);
  }

  /** The series of a selector over the whole query, for instant (range 0) or range (ms) use. */
  load(vs: VectorSelector, range: number): Promise<LoadedSeries[]> {
    let p = this.loaded.get(vs);
    if (!p) {
      let mint = Infinity;
      let maxt = -Infinity;
      for (const t of [this.start, this.end]) {
        const rt = this.refTime(vs, t);
        // Extended selectors look one lookback further back (anchor) and ahead (smoothing).
        const back =
          (range > 0 ? range : this.lookback) + (vs.ext && range > 0 ? this.lookback : 0);
        mint = Math.min(mint, rt - back);
        maxt = Math.max(maxt, rt + (vs.ext === "smoothed" ? this.lookback : 0));
      }
      const hints: SelectHints = {
        start: mint + 1,
        end: maxt,
        step: this.interval,
        range: range || undefined,
      };
      p = this.fetchSeries(vs.matchers, hints);
      if (this.stats?.has(vs)) p = p.then(resolveResetHints);
      this.loaded.set(vs, p);
    }
    return p;
  }

  /** Fetches and preloads the series matching `matchers` over [hints.start, hints.end]. */
  async fetchSeries(matchers: readonly Matcher[], hints: SelectHints): Promise<LoadedSeries[]> {
    const series = await this.querier.select(false, hints, matchers);
    const out: LoadedSeries[] = [];
    // Samples are decoded into scratch arrays, then copied into shared slabs (one allocation
    // per many series; each series gets exact-size views).
    const scratch = this.ctx.scratch;
    let ts = scratch.ts;
    let fs = scratch.fs;
    const sink = { ts, fs };
    let slabT: Float64Array | null = null;
    let slabF: Float64Array | null = null;
    let slabPos = 0;
    const end = hints.end;
    for (let si = 0; si < series.length; si++) {
      const s = series[si];
      const it = s.iterator();
      let n = 0;
      let hasHistograms = false;
      let hist: Uint8Array | null = null;
      let hs: (FloatHistogram | undefined)[] | null = null;
      let sst: number[] | null = null;
      const atST = (it as SampleIterator & { atST?(): number }).atST;
      const bulk = it as SampleIterator & Partial<BulkSampleReader>;
      if (bulk.readInto !== undefined) {
        // Float-only store iterators decode whole chunks at once.
        sink.ts = ts;
        sink.fs = fs;
        n = bulk.readInto(hints.start, end, sink, 0);
        ts = sink.ts;
        fs = sink.fs;
      } else
        for (let vt = it.seek(hints.start); vt !== ValNone; vt = it.next()) {
          const t = it.atT();
          if (t > end) break;
          if (n === ts.length) {
            const nts = new Float64Array(n * 2);
            nts.set(ts);
            ts = nts;
            const nfs = new Float64Array(n * 2);
            nfs.set(fs);
            fs = nfs;
            if (hist) {
              const nh = new Uint8Array(n * 2);
              nh.set(hist);
              hist = nh;
            }
          }
          ts[n] = t;
          if (atST !== undefined) {
            const st = atST.call(it);
            if (st !== 0) (sst ??= [])[n] = st;
          }
          if (vt !== ValFloat) {
            hasHistograms = true;
            if (!hist) hist = new Uint8Array(ts.length);
            const hit = it as SampleIterator & { atFH?(): FloatHistogram };
            const h = hit.atFH === undefined ? undefined : hit.atFH();
            if (h === undefined) {
              // An iterator without histogram access: the sample is known to be one, no more.
              hist[n] = 1;
              fs[n] = 0;
            } else if (isStaleNaN(h.sum)) {
              // A stale histogram is a stale marker like any other.
              fs[n] = STALE_NAN;
            } else {
              hist[n] = 1;
              hs ??= [];
              hs[n] = h.copy();
              fs[n] = 0;
            }
          } else fs[n] = it.atF();
          n++;
        }
      if (n === 0) continue;
      if (slabT === null || slabPos + n > slabT.length) {
        // Room for this series and, guessing the others are alike, the rest (up to a slab).
        const size = Math.max(n, Math.min(SLAB_SAMPLES, n * (series.length - si)));
        slabT = new Float64Array(size);
        slabF = new Float64Array(size);
        slabPos = 0;
      }
      const sts = slabT.subarray(slabPos, slabPos + n);
      const sfs = (slabF as Float64Array).subarray(slabPos, slabPos + n);
      slabPos += n;
      for (let i = 0; i < n; i++) {
        sts[i] = ts[i];
        sfs[i] = fs[i];
      }
      out.push({
        metric: s.labels,
        ts: sts,
        fs: sfs,
        n,
        hasHistograms,
        hist: hist === null ? null : hist.slice(0, n),
        hs: hs === null ? null : fillHoles(hs, n),
        st: sst === null ? null : Float64Array.from(fillHoles(sst, n), (x) => x ?? 0),
      });
    }
    this.ctx.keepScratch(ts, fs);
    this.ctx.checkNow();
    return out;
  }

  async eval(e: Expr): Promise<EvalValue> {
    this.ctx.check();
    switch (e.kind) {
      case "NumberLiteral":
        return { type: "scalar", vals: new Float64Array(this.steps).fill(e.val) };
      case "StringLiteral":
        return { type: "string", s: e.val };
      case "ParenExpr":
        return this.eval(e.expr);
      case "UnaryExpr": {
        const v = await this.eval(e.expr);
        if (e.op === "+") return v;
        if (v.type === "scalar") return { type: "scalar", vals: v.vals.map((x) => -x) };
        if (v.type === "matrix") {
          const series = v.series.map((s) => {
            const o: EvalSeries = {
              metric: s.metric,
              ts: s.ts,
              fs: s.fs.map((x) => -x),
              dropName: true,
            };
            if (s.hs !== undefined) o.hs = s.hs.map((h) => h?.copy().mul(-1));
            return o;
          });
          return { type: "matrix", series: mergeSameLabels(series), isRange: false };
        }
        return v;
      }
      case "VectorSelector":
        return { type: "matrix", series: await this.evalVectorSelector(e), isRange: false };
      case "MatrixSelector":
      case "SubqueryExpr":
        return this.evalRangeRaw(e);
      case "Call":
        return callFunction(this, e);
      case "AggregateExpr":
        return this.evalAggregate(e);
      case "BinaryExpr":
        return this.evalBinary(e);
    }
  }

  async evalVectorSelector(vs: VectorSelector): Promise<SeriesList> {
    const loaded = await this.load(vs, 0);
    const out: EvalSeries[] = [];
    let total = 0;
    let sawHist = false;
    // Reference times only grow from step to step (or stay fixed with `@`): walk forward.
    const fixed = vs.timestamp !== null || vs.startOrEnd !== null;
    const smoothed = vs.ext === "smoothed";
    const steps = this.steps;
    const lookback = this.lookback;
    // Step and reference times, shared by all series.
    const stepT = new Float64Array(steps);
    const refT = new Float64Array(steps);
    for (let i = 0; i < steps; i++) {
      stepT[i] = this.stepTime(i);
      refT[i] = this.refTime(vs, stepT[i]);
    }
    for (const s of loaded) {
      if (smoothed && s.hs) {
        const o = smoothedSeries(this, s, refT, stepT, vs.pos);
        if (o !== null) {
          total += o.ts.length;
          out.push(o);
        }
        continue;
      }
      const hist = s.hist;
      const sts = s.ts;
      const n = s.n;
      // Preallocated (at most one point per step) and trimmed: much cheaper than growing.
      const ts: number[] = new Array(this.steps);
      const fs: number[] = new Array(this.steps);
      let hs: (FloatHistogram | undefined)[] | undefined;
      let np = 0;
      let idx = -1;
      for (let i = 0; i < steps; i++) {
        const t = stepT[i];
        const rt = refT[i];
        if (fixed) {
          if (i === 0) idx = upperBound(sts, 0, n, rt) - 1;
        } else {
          while (idx + 1 < n && sts[idx + 1] <= rt) idx++;
        }
        if (idx < 0) continue;
        if (
          smoothed &&
          sts[idx] > rt - lookback &&
          !isStaleNaN(s.fs[idx]) &&
          (hist === null || hist[idx] === 0)
        ) {
          // Linear interpolation towards the next sample (if within the lookback after rt).
          let f = s.fs[idx];
          const nx = idx + 1;
          if (
            sts[idx] < rt &&
            nx < n &&
            sts[nx] <= rt + lookback &&
            !isStaleNaN(s.fs[nx]) &&
            (hist === null || hist[nx] === 0)
          ) {
            f += ((s.fs[nx] - f) * (rt - sts[idx])) / (sts[nx] - sts[idx]);
          }
          ts[np] = t;
          fs[np] = f;
          np++;
          continue;
        }
        const st = s.ts[idx];
        if (st <= rt - lookback) continue;
        const f = s.fs[idx];
        if (hist !== null && hist[idx] === 1) {
          const h = s.hs?.[idx];
          if (h === undefined) {
            sawHist = true;
            continue;
          }
          hs ??= new Array(np).fill(undefined);
          hs[np] = h;
          ts[np] = t;
          fs[np] = 0;
          np++;
          continue;
        }
        if (isStaleNaN(f)) continue;
        ts[np] = t;
        fs[np] = f;
        if (hs !== undefined) hs[np] = undefined;
        np++;
      }
      if (np > 0) {
        ts.length = np;
        fs.length = np;
        total += np;
        const o: EvalSeries = { metric: s.metric, ts, fs, dropName: false };
        if (hs !== undefined) {
          hs.length = np;
          o.hs = hs;
        }
        out.push(o);
      }
    }
    this.ctx.addSamples(total);
    return withHist(out, sawHist);
  }

  /** Sample timestamps (seconds) of a vector selector, for timestamp(). */
  async evalVectorSelectorTimestamps(
    vs: VectorSelector,
    startTimes = false,
  ): Promise<EvalSeries[]> {
    const loaded = await this.load(vs, 0);
    const out: EvalSeries[] = [];
    for (const s of loaded) {
      const ts: number[] = new Array(this.steps);
      const fs: number[] = new Array(this.steps);
      let np = 0;
      for (let i = 0; i < this.steps; i++) {
        const t = this.stepTime(i);
        const rt = this.refTime(vs, t);
        const idx = upperBound(s.ts, 0, s.n, rt) - 1;
        if (idx < 0) continue;
        const st = s.ts[idx];
        if (st <= rt - this.lookback) continue;
        if (isStaleNaN(s.fs[idx])) continue;
        ts[np] = t;
        fs[np] = (startTimes ? (s.st ? s.st[idx] : 0) : st) / 1000;
        np++;
      }
      ts.length = np;
      fs.length = np;
      if (np > 0) out.push({ metric: s.metric, ts, fs, dropName: true });
    }
    return out;
  }

  /** A range source: series with raw points plus how to window them per step. */
  async rangeSource(e: Expr): Promise<RangeSource> {
    e = unwrapParens(e);
    if (e.kind === "MatrixSelector") {
      const loaded = await this.load(e.vs, e.range);
      return { series: loaded, range: e.range, sel: e.vs, checkStale: true, node: e };
    }
    if (e.kind === "SubqueryExpr") {
      const series = await this.evalSubquery(e);
      return {
        series: series.map((s) => ({
          metric: s.metric,
          ts: Float64Array.from(s.ts),
          fs: Float64Array.from(s.fs),
          n: s.ts.length,
          hasHistograms: s.hs !== undefined,
          hist: s.hs === undefined ? null : Uint8Array.from(s.hs, (h) => (h === undefined ? 0 : 1)),
          hs: s.hs === undefined ? null : s.hs.map(unknownResetHint),
          dropName: s.dropName,
        })),
        range: e.range,
        sel: e,
        checkStale: false,
        node: e,
      };
    }
    throw execError(`expected range vector, got ${typeName(typeOf(e))}`);
  }

  /** Evaluates a subquery's inner expression over its own step grid; returns series with raw points. */
  async evalSubquery(e: SubqueryExpr): Promise<EvalSeries[]> {
    const step = e.step > 0 ? e.step : this.defaultSubqueryStep;
    let mint = Infinity;
    let maxt = -Infinity;
    for (const t of [this.start, this.end]) {
      const rt = this.refTime(e, t);
      mint = Math.min(mint, rt - e.range);
      maxt = Math.max(maxt, rt);
    }
    let start = Math.ceil(mint / step) * step;
    if (start <= mint) start += step;
    if (start > maxt) return [];
    const end = maxt;
    const child = new Evaluator({
      ctx: this.ctx,
      querier: this.querier,
      start,
      end,
      interval: step,
      lookback: this.lookback,
      defaultSubqueryStep: this.defaultSubqueryStep,
      loaded: this.loaded,
      stats: this.stats,
    });
    const v = await child.eval(e.expr);
    if (v.type !== "matrix") throw execError("subquery is only allowed on instant vector");
    return v.series;
  }

  /** A range selector or subquery at the top of an instant query: the raw points in the window. */
  async evalRangeRaw(e: MatrixSelector | SubqueryExpr): Promise<EvalValue> {
    const src = await this.rangeSource(e);
    return { type: "matrix", series: this.rawWindows(src), isRange: true };
  }

  private rawWindows(src: RangeSource): EvalSeries[] {
    const t = this.stepTime(this.steps - 1);
    const rt = this.refTime(src.sel, t);
    const out: EvalSeries[] = [];
    for (const s of src.series) {
      const hi = upperBound(s.ts, 0, s.n, rt);
      const lo = upperBound(s.ts, 0, hi, rt - src.range);
      const ts: number[] = [];
      const fs: number[] = [];
      let hs: (FloatHistogram | undefined)[] | undefined;
      for (let i = lo; i < hi; i++) {
        if (s.hist !== null && s.hist[i] === 1) {
          const h = s.hs?.[i];
          if (h === undefined) continue;
          hs ??= new Array(ts.length).fill(undefined);
          hs.push(h);
          ts.push(s.ts[i]);
          fs.push(0);
          continue;
        }
        if (src.checkStale && isStaleNaN(s.fs[i])) continue;
        ts.push(s.ts[i]);
        fs.push(s.fs[i]);
        if (hs !== undefined) hs.push(undefined);
      }
      if (ts.length > 0) {
        const o: EvalSeries = { metric: s.metric, ts, fs, dropName: s.dropName ?? false };
        if (hs !== undefined) o.hs = hs;
        out.push(o);
      }
      this.ctx.addSamples(ts.length);
    }
    return out;
  }

  /** Evaluates an expression that must be an instant vector (as a matrix over steps). */
  async evalVector(e: Expr): Promise<SeriesList> {
    const v: SeriesList = await this.evalVectorH(e);
    const f = floatsOnly(v);
    return f === v ? v : withHist(f, true);
  }

  async evalVectorH(e: Expr): Promise<EvalSeries[]> {
    const v = await this.eval(e);
    if (v.type !== "matrix") throw execError(`expected instant vector, got ${v.type}`);
    return v.series;
  }

  async evalScalar(e: Expr): Promise<Float64Array> {
    const v = await this.eval(e);
    if (v.type !== "scalar") throw execError(`expected scalar, got ${v.type}`);
    return v.vals;
  }

  async evalString(e: Expr): Promise<string> {
    const v = await this.eval(e);
    if (v.type !== "string") throw execError(`expected string, got ${v.type}`);
    return v.s;
  }

  /**
   * Step-wise driver: calls fn with each input matrix's vector at every step and collects the
   * output vectors into series (Prometheus's rangeEval).
   */
  stepwise(
    inputs: EvalSeries[][],
    fn: (vectors: Sample[][], step: number, t: number) => Sample[],
  ): EvalSeries[] {
    const cursors = inputs.map((m) => new Int32Array(m.length));
    const outMap = new Map<string, EvalSeries>();
    const order: EvalSeries[] = [];
    const vectors: Sample[][] = inputs.map(() => []);
    const keyCache = new Map<Labels, string>();
    for (let i = 0; i < this.steps; i++) {
      this.ctx.check();
      const t = this.stepTime(i);
      let inCount = 0;
      for (let k = 0; k < inputs.length; k++) {
        const vec = vectors[k];
        vec.length = 0;
        const m = inputs[k];
        const cur = cursors[k];
        for (let j = 0; j < m.length; j++) {
          const s = m[j];
          const c = cur[j];
          if (c < s.ts.length && s.ts[c] === t) {
            const smp: Sample = { metric: s.metric, f: s.fs[c], dropName: s.dropName, t };
            if (s.hs !== undefined && s.hs[c] !== undefined) smp.h = s.hs[c];
            vec.push(smp);
            cur[j] = c + 1;
          }
        }
        inCount += vec.length;
      }
      const res = fn(vectors, i, t);
      if (this.ctx.maxSamples > 0 && inCount + res.length > this.ctx.maxSamples) {
        this.ctx.addSamples(inCount + res.length);
      }
      for (const smp of res) {
        let key = keyCache.get(smp.metric);
        if (key === undefined) {
          key = labelsKey(smp.metric);
          keyCache.set(smp.metric, key);
        }
        let s = outMap.get(key);
        if (!s) {
          s = { metric: smp.metric, ts: [], fs: [], dropName: smp.dropName };
          outMap.set(key, s);
          order.push(s);
        } else {
          if (s.ts.length > 0 && s.ts[s.ts.length - 1] === t)
            throw execError("vector cannot contain metrics with the same labelset");
          if (smp.dropName) s.dropName = true;
        }
        if (smp.h !== undefined && s.hs === undefined)
          s.hs = new Array(s.ts.length).fill(undefined);
        s.ts.push(t);
        s.fs.push(smp.f);
        if (s.hs !== undefined) s.hs.push(smp.h);
      }
    }
    return order;
  }

  async evalAggregate(e: AggregateExpr): Promise<EvalValue> {
    const inputH = await this.evalVectorH(e.expr);
    const withHists = anyHistograms(inputH);
    // sum/avg add histograms; count/group/limitk/limit_ratio take them as samples; the others
    // ignore them (with an info).
    const input: SeriesList = !withHists
      ? inputH
      : e.op === "count" || e.op === "group"
        ? inputH.map((s) => ({ metric: s.metric, ts: s.ts, fs: s.fs, dropName: s.dropName }))
        : HIST_AWARE_AGGRS.has(e.op)
          ? inputH
          : withHist(floatsOnly(inputH), true);
    let param: Float64Array | null = null;
    let strParam = "";
    if (e.param) {
      if (e.op === "count_values") strParam = await this.evalString(e.param);
      else param = await this.evalScalar(e.param);
    }
    if (input.hasHistograms && HIST_INFO_AGGRS.has(e.op)) {
      this.ctx.info(`ignored histogram in ${e.op} aggregation`, e.pos);
    }
    if (e.op === "count_values") {
      if (!isValidLabelName(strParam))
        throw execError(`invalid label name ${JSON.stringify(strParam)}`);
    }
    if (e.op === "limit_ratio" && param) {
      for (const r of param) {
        if (r > 1 || r < -1) {
          this.ctx.warn(
            `ratio value should be between -1 and 1, got ${formatValue(r)}, capping to ${r > 1 ? 1 : -1}`,
            e.param!.pos,
          );
          break;
        }
      }
    }
    if (e.op === "quantile" && param) {
      for (const q of param) {
        if (Number.isNaN(q) || q < 0 || q > 1) {
          this.ctx.warn(
            `quantile value should be between 0 and 1, got ${formatValue(q)}`,
            e.param!.pos,
          );
          break;
        }
      }
    }
    const grouping = new Set(e.grouping);
    const groupCache = new Map<Labels, { key: string; labels: Labels }>();
    const groupOf = (ls: Labels) => {
      let g = groupCache.get(ls);
      if (!g) {
        let labels: Labels;
        if (e.without) labels = ls.filter((l) => !grouping.has(l.name) && l.name !== METRIC_NAME);
        else labels = ls.filter((l) => grouping.has(l.name));
        g = { key: labelsKey(labels), labels };
        groupCache.set(ls, g);
      }
      return g;
    };
    const op = e.op;
    if (withHists && (op === "sum" || op === "avg")) {
      const pos = e.expr.pos;
      const series = this.stepwise([input], (vecs) =>
        sumAvgWithHistograms(op, vecs[0], groupOf, this.ctx, pos),
      );
      return { type: "matrix", series, isRange: false };
    }
    if (COLUMNAR_AGGRS.has(op)) {
      return { type: "matrix", series: this.aggregateColumnar(op, input, groupOf), isRange: false };
    }
    if (op === "count_values") {
      return { type: "matrix", series: this.countValues(input, strParam, groupOf), isRange: false };
    }
    if ((op === "topk" || op === "bottomk") && param !== null) {
      return {
        type: "matrix",
        series: this.topBottomK(op === "topk", input, param, groupOf),
        isRange: false,
      };
    }
    const series = this.stepwise([input], (vecs, step) => {
      const vec = vecs[0];
      if (op === "topk" || op === "bottomk" || op === "limitk" || op === "limit_ratio") {
        return aggregateK(op, vec, param![step], groupOf);
      }
      const groups = new Map<string, { labels: Labels; fs: number[]; dropName: boolean }>();
      const order: { labels: Labels; fs: number[]; dropName: boolean }[] = [];
      for (const s of vec) {
        const g = groupOf(s.metric);
        let o = groups.get(g.key);
        if (!o) {
          o = { labels: g.labels, fs: [], dropName: false };
          groups.set(g.key, o);
          order.push(o);
        }
        o.fs.push(s.f);
        if (s.dropName) o.dropName = true;
      }
      const out: Sample[] = [];
      for (const g of order) {
        const v = aggregateFloats(op, g.fs, param ? param[step] : 0);
        // With delayed name removal, a group keeps __name__ only if grouped by it; mark drop when any input dropped it.
        out.push({ metric: g.labels, f: v, dropName: g.dropName, t: 0 });
      }
      return out;
    });
    return { type: "matrix", series, isRange: false };
  }

  /**
   * topk/bottomk without per-step objects, with the results of the step-wise driver over
   * aggregateK: per step, each group keeps its first k inputs in stable sorted order (an
   * insertion into a k-slot buffer, as a stable sort followed by taking k), and output series
   * appear in the same order.
   */
  private topBottomK(
    top: boolean,
    input: EvalSeries[],
    param: Float64Array,
    groupOf: (ls: Labels) => { key: string; labels: Labels },
  ): EvalSeries[] {
    const groupIndex = new Map<string, number>();
    const gidx = new Int32Array(input.length);
    let ng = 0;
    for (let i = 0; i < input.length; i++) {
      const key = groupOf(input[i].metric).key;
      let k = groupIndex.get(key);
      if (k === undefined) {
        k = ng++;
        groupIndex.set(key, k);
      }
      gidx[i] = k;
    }
    const bufs: number[][] = [];
    for (let g = 0; g < ng; g++) bufs.push([]);
    const seenStep = new Int32Array(ng).fill(-1);
    const stepGroups: number[] = [];
    const cursors = new Int32Array(input.length);
    const vals = new Float64Array(input.length);
    const outOf: (EvalSeries | undefined)[] = new Array(input.length);
    const byKey = new Map<string, EvalSeries>();
    const order: EvalSeries[] = [];
    const maxSamples = this.ctx.maxSamples;
    // aggregateK's comparator: larger first for topk; NaN is smallest for topk, largest for bottomk.
    const before = (x: number, y: number): boolean => {
      const xn = Number.isNaN(x);
      const yn = Number.isNaN(y);
      if (xn || yn) return !xn && yn;
      return top ? y - x < 0 : x - y < 0;
    };
    for (let step = 0; step < this.steps; step++) {
      this.ctx.check();
      const t = this.stepTime(step);
      const p = param[step];
      if (Number.isNaN(p)) throw execError("Parameter value is NaN");
      if (p >= 2 ** 63 || p < -(2 ** 63))
        throw execError(`Scalar value ${formatValue(p)} overflows int64`);
      const k = Math.trunc(p);
      stepGroups.length = 0;
      let inCount = 0;
      for (let j = 0; j < input.length; j++) {
        const s = input[j];
        const c = cursors[j];
        if (c >= s.ts.length || s.ts[c] !== t) continue;
        cursors[j] = c + 1;
        inCount++;
        if (k < 1) continue;
        const f = s.fs[c];
        vals[j] = f;
        const g = gidx[j];
        const buf = bufs[g];
        if (seenStep[g] !== step) {
          seenStep[g] = step;
          stepGroups.push(g);
          buf.length = 0;
        }
        // Stable insertion: after every element it does not sort strictly before.
        let pos = buf.length;
        while (pos > 0 && before(f, vals[buf[pos - 1]])) pos--;
        if (pos >= k) continue;
        if (buf.length < k) buf.push(j);
        for (let q = buf.length - 1; q > pos; q--) buf[q] = buf[q - 1];
        buf[pos] = j;
      }
      let outCount = 0;
      for (const g of stepGroups) {
        const buf = bufs[g];
        for (let q = 0; q < buf.length; q++) {
          const j = buf[q];
          const s = input[j];
          let o = outOf[j];
          if (o === undefined) {
            const key = labelsKey(s.metric);
            o = byKey.get(key);
            if (o === undefined) {
              o = { metric: s.metric, ts: [], fs: [], dropName: s.dropName };
              byKey.set(key, o);
              order.push(o);
            }
            outOf[j] = o;
          }
          const n = o.ts.length;
          if (n > 0 && o.ts[n - 1] === t)
            throw execError("vector cannot contain metrics with the same labelset");
          if (s.dropName) o.dropName = true;
          o.ts.push(t);
          o.fs.push(vals[j]);
          outCount++;
        }
      }
      if (maxSamples > 0 && inCount + outCount > maxSamples)
        this.ctx.addSamples(inCount + outCount);
    }
    return order;
  }

  /**
   * count_values without per-step objects: the same step-major walk as the step-wise driver
   * (so output series appear in the same order), with each input series' group resolved once
   * and each (group, value) cell's output series cached.
   */
  private countValues(
    input: EvalSeries[],
    label: string,
    groupOf: (ls: Labels) => { key: string; labels: Labels },
  ): EvalSeries[] {
    const groupIndex = new Map<string, number>();
    const cells: Map<string, EvalSeries>[] = [];
    const groupLabels: Labels[] = [];
    const gidx = new Int32Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const g = groupOf(input[i].metric);
      let k = groupIndex.get(g.key);
      if (k === undefined) {
        k = cells.length;
        groupIndex.set(g.key, k);
        cells.push(new Map());
        groupLabels.push(g.labels);
      }
      gidx[i] = k;
    }
    const byLabels = new Map<string, EvalSeries>();
    const order: EvalSeries[] = [];
    const cursors = new Int32Array(input.length);
    const maxSamples = this.ctx.maxSamples;
    for (let step = 0; step < this.steps; step++) {
      this.ctx.check();
      const t = this.stepTime(step);
      let inCount = 0;
      let outCount = 0;
      for (let j = 0; j < input.length; j++) {
        const s = input[j];
        const c = cursors[j];
        if (c >= s.ts.length || s.ts[c] !== t) continue;
        cursors[j] = c + 1;
        inCount++;
        const h = s.hs?.[c];
        const val = h === undefined ? formatFloatF(s.fs[c]) : h.toString();
        const cell = cells[gidx[j]];
        let o = cell.get(val);
        if (o === undefined) {
          const labels = setLabel(groupLabels[gidx[j]], label, val);
          const key = labelsKey(labels);
          o = byLabels.get(key);
          if (o === undefined) {
            o = { metric: labels, ts: [], fs: [], dropName: false };
            byLabels.set(key, o);
            order.push(o);
          }
          cell.set(val, o);
        }
        const n = o.ts.length;
        if (n > 0 && o.ts[n - 1] === t) o.fs[n - 1]++;
        else {
          o.ts.push(t);
          o.fs.push(1);
          outCount++;
        }
      }
      if (maxSamples > 0 && inCount + outCount > maxSamples)
        this.ctx.addSamples(inCount + outCount);
    }
    return order;
  }

  /**
   * sum/avg/count/group/min/max/stddev/stdvar without per-step objects: every input series is
   * assigned its group once, then points are accumulated into per-(group, step) cells. Within a
   * cell, inputs are visited in input order, as the step-wise evaluation would.
   */
  private aggregateColumnar(
    op: string,
    input: EvalSeries[],
    groupOf: (ls: Labels) => { key: string; labels: Labels },
  ): EvalSeries[] {
    const steps = this.steps;
    const groupIndex = new Map<string, number>();
    const groups: { labels: Labels; dropName: boolean }[] = [];
    const gidx = new Int32Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const g = groupOf(input[i].metric);
      let k = groupIndex.get(g.key);
      if (k === undefined) {
        k = groups.length;
        groupIndex.set(g.key, k);
        groups.push({ labels: g.labels, dropName: false });
      }
      gidx[i] = k;
      if (input[i].dropName) groups[k].dropName = true;
    }
    const cells = groups.length * steps;
    const cnt = new Float64Array(cells);
    const val = new Float64Array(cells);
    // sum and avg: Kahan (sum, compensation) pairs at 2k, 2k + 1 (avg: the mean once incremental).
    const kahan = op === "sum" || op === "avg" ? new Float64Array(2 * cells) : null;
    const mean = op === "stddev" || op === "stdvar" ? new Float64Array(cells) : null;
    const incr = op === "avg" ? new Uint8Array(cells) : null;
    const start = this.start;
    const interval = this.interval;
    for (let i = 0; i < input.length; i++) {
      const s = input[i];
      const base = gidx[i] * steps;
      const ts = s.ts;
      const fs = s.fs;
      for (let j = 0; j < ts.length; j++) {
        const k = base + Math.round((ts[j] - start) / interval);
        const f = fs[j];
        const c = ++cnt[k];
        switch (op) {
          case "sum":
            kahanInc(f, kahan!, 2 * k);
            break;
          case "avg": {
            // As mean(): a Kahan sum until it overflows, then an incremental mean.
            const kv = kahan!;
            if (incr![k] === 0) {
              const sum = kv[2 * k];
              if (
                c === 1 ||
                Number.isFinite(sum + f) ||
                !Number.isFinite(f) ||
                !Number.isFinite(sum)
              ) {
                kahanInc(f, kv, 2 * k);
                break;
              }
              incr![k] = 1;
              kv[2 * k] = sum / (c - 1);
              kv[2 * k + 1] /= c - 1;
            }
            const q = (c - 1) / c;
            kv[2 * k] *= q;
            kv[2 * k + 1] *= q;
            kahanInc(f / c, kv, 2 * k);
            break;
          }
          case "min":
            if (c === 1 || val[k] > f || Number.isNaN(val[k])) val[k] = f;
            break;
          case "max":
            if (c === 1 || val[k] < f || Number.isNaN(val[k])) val[k] = f;
            break;
          case "stddev":
          case "stdvar": {
            const delta = f - mean![k];
            mean![k] += delta / c;
            val[k] += delta * (f - mean![k]);
            break;
          }
        }
      }
    }
    const out: EvalSeries[] = [];
    for (let g = 0; g < groups.length; g++) {
      const ts: number[] = new Array(steps);
      const fs: number[] = new Array(steps);
      let np = 0;
      const base = g * steps;
      for (let i = 0; i < steps; i++) {
        const k = base + i;
        const c = cnt[k];
        if (c === 0) continue;
        let v: number;
        switch (op) {
          case "sum": {
            const sum = kahan![2 * k];
            v = Number.isFinite(sum) ? sum + kahan![2 * k + 1] : sum;
            break;
          }
          case "avg": {
            const sum = kahan![2 * k];
            const comp = kahan![2 * k + 1];
            if (incr![k] === 1) v = sum + comp;
            else v = Number.isFinite(sum) ? sum / c + comp / c : sum;
            break;
          }
          case "count":
            v = c;
            break;
          case "group":
            v = 1;
            break;
          case "stddev":
            v = Math.sqrt(val[k] / c);
            break;
          case "stdvar":
            v = val[k] / c;
            break;
          default:
            v = val[k];
        }
        ts[np] = this.stepTime(i);
        fs[np] = v;
        np++;
      }
      ts.length = np;
      fs.length = np;
      if (np > 0) out.push({ metric: groups[g].labels, ts, fs, dropName: groups[g].dropName });
    }
    return out;
  }

  async evalBinary(e: BinaryExpr): Promise<EvalValue> {
    const [lv, rv] = await Promise.all([this.eval(e.lhs), this.eval(e.rhs)]);
    const op = e.op;
    const keep = { v: true };
    if (lv.type === "scalar" && rv.type === "scalar") {
      const out = new Float64Array(this.steps);
      for (let i = 0; i < this.steps; i++) {
        const v = binop(op, lv.vals[i], rv.vals[i], keep);
        out[i] = isComparisonOp(op) ? (keep.v ? 1 : 0) : v;
      }
      return { type: "scalar", vals: out };
    }
    if (lv.type === "matrix" && rv.type === "scalar")
      return this.vectorScalar(e, lv.series, rv.vals, false);
    if (lv.type === "scalar" && rv.type === "matrix")
      return this.vectorScalar(e, rv.series, lv.vals, true);
    if (lv.type !== "matrix" || rv.type !== "matrix")
      throw execError("invalid binary operand types");
    const matching = e.matching!;
    const sigf = signatureFn(matching);
    let series: EvalSeries[];
    switch (op) {
      case "and":
      case "or":
      case "unless":
        series = this.setOperation(op, lv.series, rv.series, sigf);
        break;
      default:
        if (
          matching.card === "one-to-one" &&
          e.fillLeft == null &&
          e.fillRight == null &&
          !anyHistograms(lv.series) &&
          !anyHistograms(rv.series) &&
          op !== "</" &&
          op !== ">/"
        ) {
          series = this.oneToOneColumnar(e, lv.series, rv.series, sigf);
          break;
        }
        this.metricCache = new Map();
        series = this.stepwise([lv.series, rv.series], ([l, r]) => this.vectorBinop(e, l, r, sigf));
    }
    return { type: "matrix", series, isRange: false };
  }

  /**
   * and/or/unless without per-step vectors: which signatures are present at which step is
   * computed once per side, then each series' points are filtered.
   */
  private setOperation(
    op: BinaryOp,
    lhs: EvalSeries[],
    rhs: EvalSeries[],
    sigf: (ls: Labels) => string,
  ): EvalSeries[] {
    const steps = this.steps;
    const stepOf = (t: number) => Math.round((t - this.start) / this.interval);
    const presence = (side: EvalSeries[]) => {
      const m = new Map<string, Uint8Array>();
      for (const s of side) {
        const sig = sigf(s.metric);
        let p = m.get(sig);
        if (!p) {
          p = new Uint8Array(steps);
          m.set(sig, p);
        }
        for (const t of s.ts) p[stepOf(t)] = 1;
      }
      return m;
    };
    const filter = (
      s: EvalSeries,
      other: Map<string, Uint8Array>,
      keepIfPresent: boolean,
    ): EvalSeries | null => {
      const p = other.get(sigf(s.metric));
      if (!p) return keepIfPresent ? null : s;
      const ts: number[] = [];
      const fs: number[] = [];
      const hs: (FloatHistogram | undefined)[] | undefined = s.hs === undefined ? undefined : [];
      for (let i = 0; i < s.ts.length; i++) {
        if ((p[stepOf(s.ts[i])] === 1) === keepIfPresent) {
          ts.push(s.ts[i]);
          fs.push(s.fs[i]);
          if (hs !== undefined) hs.push(s.hs?.[i]);
        }
      }
      if (ts.length === 0) return null;
      const o: EvalSeries = { metric: s.metric, ts, fs, dropName: s.dropName };
      if (hs !== undefined) o.hs = hs;
      return o;
    };
    const out: EvalSeries[] = [];
    if (op === "or") {
      const lp = presence(lhs);
      out.push(...lhs);
      for (const s of rhs) {
        const f = filter(s, lp, false);
        if (f) out.push(f);
      }
    } else {
      const rp = presence(rhs);
      for (const s of lhs) {
        const f = filter(s, rp, op === "and");
        if (f) out.push(f);
      }
    }
    return mergeSameLabels(out);
  }

  /**
   * One-to-one vector matching without per-step vectors: series are paired by signature once,
   * then each pair's points are merged by timestamp. Matching errors are raised for the steps
   * at which Prometheus's step-wise evaluation would raise them.
   */
  private oneToOneColumnar(
    e: BinaryExpr,
    lhs: EvalSeries[],
    rhs: EvalSeries[],
    sigf: (ls: Labels) => string,
  ): EvalSeries[] {
    const matching = e.matching!;
    const op = e.op;
    const steps = this.steps;
    const stepOf = (t: number) => Math.round((t - this.start) / this.interval);
    const rGroups = new Map<string, number[]>();
    for (let i = 0; i < rhs.length; i++) {
      const sig = sigf(rhs[i].metric);
      const g = rGroups.get(sig);
      if (g) g.push(i);
      else rGroups.set(sig, [i]);
    }
    const lGroups = new Map<string, number[]>();
    for (let i = 0; i < lhs.length; i++) {
      const sig = sigf(lhs[i].metric);
      const g = lGroups.get(sig);
      if (g) g.push(i);
      else lGroups.set(sig, [i]);
    }
    // Steps at which each side is non-empty (Prometheus skips matching when either side is empty).
    let lhsPresent: Uint8Array | null = null;
    let rhsPresent: Uint8Array | null = null;
    const presence = (side: EvalSeries[]): Uint8Array => {
      const p = new Uint8Array(steps);
      for (const s of side) for (const t of s.ts) p[stepOf(t)] = 1;
      return p;
    };
    // Duplicate signatures on the right: an error at any step where both duplicates and some lhs sample exist.
    for (const [, idxs] of rGroups) {
      if (idxs.length < 2) continue;
      const seen = new Int32Array(steps).fill(-1);
      lhsPresent ??= presence(lhs);
      for (const i of idxs) {
        for (const t of rhs[i].ts) {
          const st = stepOf(t);
          if (seen[st] >= 0 && lhsPresent[st]) {
            const a = rhs[seen[st]].metric;
            const b = rhs[i].metric;
            const [first, second] = compareLabels(a, b) <= 0 ? [a, b] : [b, a];
            throw execError(
              `found duplicate series for the match group ${labelsToString(matchLabels(b, matching))} on the right hand-side of the operation: [${labelsToString(first)}, ${labelsToString(second)}];many-to-many matching not allowed: matching labels must be unique on one side`,
            );
          }
          seen[st] = i;
        }
      }
    }
    const keep = { v: true };
    const isCmp = isComparisonOp(op);
    const out: EvalSeries[] = [];
    for (let li = 0; li < lhs.length; li++) {
      const l = lhs[li];
      const sig = sigf(l.metric);
      const ridx = rGroups.get(sig);
      if (!ridx) continue;
      const lg = lGroups.get(sig)!;
      if (lg.length > 1 && lg[0] === li) {
        // Several lhs series share the signature: an error where two of them meet a rhs sample.
        rhsPresent = new Uint8Array(steps);
        for (const ri of ridx) for (const t of rhs[ri].ts) rhsPresent[stepOf(t)] = 1;
        const count = new Uint8Array(steps);
        for (const i of lg) {
          for (const t of lhs[i].ts) {
            const st = stepOf(t);
            if (rhsPresent[st] && ++count[st] > 1) {
              throw execError(
                "multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)",
              );
            }
          }
        }
      }
      for (const ri of ridx) {
        const r = rhs[ri];
        const ts: number[] = new Array(Math.min(l.ts.length, r.ts.length));
        const fs: number[] = new Array(Math.min(l.ts.length, r.ts.length));
        let np = 0;
        const lt = l.ts;
        const rt = r.ts;
        let i = 0;
        let j = 0;
        while (i < lt.length && j < rt.length) {
          const a = lt[i];
          const b = rt[j];
          if (a < b) {
            i++;
            continue;
          }
          if (b < a) {
            j++;
            continue;
          }
          let v = binop(op, l.fs[i], r.fs[j], keep);
          if (e.returnBool) v = keep.v ? 1 : 0;
          if (e.returnBool || keep.v) {
            ts[np] = a;
            fs[np] = v;
            np++;
          }
          i++;
          j++;
        }
        ts.length = np;
        fs.length = np;
        if (np === 0) continue;
        const metric = resultMetric(l.metric, r.metric, matching);
        out.push({ metric, ts, fs, dropName: !(isCmp && !e.returnBool) || l.dropName });
      }
    }
    return mergeSameLabels(out);
  }

  private vectorScalar(
    e: BinaryExpr,
    vec: EvalSeries[],
    scalar: Float64Array,
    swap: boolean,
  ): EvalValue {
    const op = e.op;
    const keep = { v: true };
    const isCmp = isComparisonOp(op);
    const out: EvalSeries[] = [];
    for (const s of vec) {
      if (s.hs !== undefined || op === "</" || op === ">/") {
        const r = this.vectorScalarH(e, s, scalar, swap);
        if (r !== null) out.push(r);
        continue;
      }
      const ts: number[] = new Array(s.ts.length);
      const fs: number[] = new Array(s.ts.length);
      let np = 0;
      for (let j = 0; j < s.ts.length; j++) {
        const step = Math.round((s.ts[j] - this.start) / this.interval);
        const sv = scalar[step];
        const lhs = swap ? sv : s.fs[j];
        const rhs = swap ? s.fs[j] : sv;
        let v = binop(op, lhs, rhs, keep);
        if (isCmp && swap) v = rhs;
        if (e.returnBool) {
          v = keep.v ? 1 : 0;
        } else if (!keep.v) continue;
        ts[np] = s.ts[j];
        fs[np] = v;
        np++;
      }
      ts.length = np;
      fs.length = np;
      if (np > 0)
        out.push({ metric: s.metric, ts, fs, dropName: s.dropName || !isCmp || e.returnBool });
    }
    return { type: "matrix", series: out, isRange: false };
  }

  /** vector-scalar operations for a series with histogram points (Prometheus's VectorscalarBinop). */
  private vectorScalarH(
    e: BinaryExpr,
    s: EvalSeries,
    scalar: Float64Array,
    swap: boolean,
  ): EvalSeries | null {
    const op = e.op;
    const isCmp = isComparisonOp(op);
    const keep = { v: true };
    const ts: number[] = [];
    const fs: number[] = [];
    const hs: (FloatHistogram | undefined)[] = [];
    const shs = s.hs;
    for (let j = 0; j < s.ts.length; j++) {
      const step = Math.round((s.ts[j] - this.start) / this.interval);
      const sv = scalar[step];
      const h = shs?.[j];
      let f: number;
      let rh: FloatHistogram | undefined;
      let kept: boolean;
      if (h === undefined && op !== "</" && op !== ">/") {
        const lhs = swap ? sv : s.fs[j];
        const rhs = swap ? s.fs[j] : sv;
        f = binop(op, lhs, rhs, keep);
        if (isCmp && swap) f = rhs;
        kept = keep.v;
        rh = undefined;
      } else {
        const ok = swap
          ? elemBinopH(op, sv, 0, undefined, h, this.ctx, e.pos, false)
          : elemBinopH(op, 0, sv, h, undefined, this.ctx, e.pos, false);
        if (!ok) continue;
        f = elemResult.f;
        rh = elemResult.h;
        kept = elemResult.keep;
        if (isCmp && swap) {
          f = 0;
          rh = h;
        }
      }
      if (e.returnBool) {
        f = kept ? 1 : 0;
        rh = undefined;
      } else if (!kept) continue;
      ts.push(s.ts[j]);
      fs.push(f);
      hs.push(rh);
    }
    if (ts.length === 0) return null;
    const o: EvalSeries = {
      metric: s.metric,
      ts,
      fs,
      dropName: s.dropName || !(isCmp || op === "</" || op === ">/") || e.returnBool,
    };
    if (hs.some((h) => h !== undefined)) o.hs = hs;
    return o;
  }

  private vectorBinop(
    e: BinaryExpr,
    lhs: Sample[],
    rhs: Sample[],
    sigf: (ls: Labels) => string,
  ): Sample[] {
    const matching = e.matching!;
    const op = e.op;
    const card = matching.card;
    const hasFill = e.fillLeft != null || e.fillRight != null;
    if (!hasFill && (lhs.length === 0 || rhs.length === 0)) return [];
    let left = lhs;
    let right = rhs;
    if (card === "one-to-many") {
      left = rhs;
      right = lhs;
    }
    const rightSigs = new Map<string, Sample>();
    for (const rs of right) {
      const sig = sigf(rs.metric);
      const dup = rightSigs.get(sig);
      if (dup) {
        const side = card === "one-to-many" ? "left" : "right";
        const [first, second] =
          compareLabels(rs.metric, dup.metric) <= 0
            ? [rs.metric, dup.metric]
            : [dup.metric, rs.metric];
        throw execError(
          `found duplicate series for the match group ${labelsToString(matchLabels(rs.metric, matching))} on the ${side} hand-side of the operation: [${labelsToString(first)}, ${labelsToString(second)}];many-to-many matching not allowed: matching labels must be unique on one side`,
        );
      }
      rightSigs.set(sig, rs);
    }
    const matchedSigs = new Map<string, Set<string> | null>();
    const out: Sample[] = [];
    const keep = { v: true };
    const isCmp = isComparisonOp(op);
    for (const ls of left) {
      const sig = sigf(ls.metric);
      const rs = rightSigs.get(sig);
      if (!rs) continue;
      if (card === "one-to-one") {
        // Checked before comparison filtering, so the error does not depend on the values.
        if (matchedSigs.has(sig)) {
          throw execError(
            "multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)",
          );
        }
        matchedSigs.set(sig, null);
      }
      let lv = ls.f;
      let rv = rs.f;
      let lh = ls.h;
      let rh = rs.h;
      if (card === "one-to-many") {
        lv = rs.f;
        rv = ls.f;
        lh = rs.h;
        rh = ls.h;
      }
      let v: number;
      let vh: FloatHistogram | undefined;
      if (lh === undefined && rh === undefined && op !== "</" && op !== ">/") {
        v = binop(op, lv, rv, keep);
      } else {
        if (!elemBinopH(op, lv, rv, lh, rh, this.ctx, e.pos, true)) continue;
        v = elemResult.f;
        vh = elemResult.h;
        keep.v = elemResult.keep;
      }
      if (e.returnBool) {
        v = keep.v ? 1 : 0;
        vh = undefined;
      } else if (!keep.v) continue;
      let byRhs = this.metricCache.get(ls.metric);
      if (!byRhs) {
        byRhs = new Map();
        this.metricCache.set(ls.metric, byRhs);
      }
      let cached = byRhs.get(rs.metric);
      if (!cached) {
        const m = resultMetric(ls.metric, rs.metric, matching);
        cached = { metric: m, key: labelsKey(m) };
        byRhs.set(rs.metric, cached);
      }
      const metric = cached.metric;
      if (card !== "one-to-one") {
        const mkey = cached.key;
        let set = matchedSigs.get(sig);
        if (!set) {
          set = new Set();
          matchedSigs.set(sig, set);
        }
        if (set.has(mkey))
          throw execError(
            "multiple matches for labels: grouping labels must ensure unique matches",
          );
        set.add(mkey);
      }
      const dropName =
        !((isCmp || op === "</" || op === ">/") && !e.returnBool) ||
        (card === "one-to-many" ? rs.dropName : ls.dropName);
      const smp: Sample = { metric, f: v, dropName, t: 0 };
      if (vh !== undefined) smp.h = vh;
      out.push(smp);
    }
    if (hasFill) this.fillMissing(e, left, rightSigs, sigf, out);
    return out;
  }

  /**
   * fill/fill_left/fill_right: produce results for match groups present on one side only,
   * using the fill value for the missing operand. Sides are those after group_right's swap.
   */
  private fillMissing(
    e: BinaryExpr,
    left: Sample[],
    rightSigs: Map<string, Sample>,
    sigf: (ls: Labels) => string,
    out: Sample[],
  ): void {
    const matching = e.matching!;
    const swapped = matching.card === "one-to-many";
    const isCmp = isComparisonOp(e.op);
    const keep = { v: true };
    const emit = (l: number, r: number, metric: Labels, keepName: boolean) => {
      const [lv, rv] = swapped ? [r, l] : [l, r];
      let v = binop(e.op, lv, rv, keep);
      if (e.returnBool) v = keep.v ? 1 : 0;
      else if (!keep.v) return;
      out.push({ metric, f: v, dropName: !(isCmp && !e.returnBool) || !keepName, t: 0 });
    };
    if (e.fillRight != null) {
      for (const ls of left) {
        if (rightSigs.has(sigf(ls.metric))) continue;
        emit(ls.f, e.fillRight, resultMetric(ls.metric, [], matching), true);
      }
    }
    if (e.fillLeft != null) {
      const leftSigs = new Set<string>();
      for (const ls of left) leftSigs.add(sigf(ls.metric));
      for (const [sig, rs] of rightSigs) {
        if (leftSigs.has(sig)) continue;
        emit(e.fillLeft, rs.f, matchLabels(rs.metric, matching), false);
      }
    }
  }
}

/** The labels of a binary operation's result sample (before delayed name removal). */
function resultMetric(lhs: Labels, rhs: Labels, matching: VectorMatching): Labels {
  let ls: Labels = lhs;
  if (matching.card === "one-to-one") {
    const names = new Set(matching.matchingLabels);
    if (matching.on) ls = ls.filter((l) => names.has(l.name));
    else ls = ls.filter((l) => !names.has(l.name));
  }
  for (const name of matching.include) {
    ls = setLabel(ls, name, getLabel(rhs, name));
  }
  return ls;
}

function aggregateFloats(op: string, fs: number[], param: number): number {
  const n = fs.length;
  switch (op) {
    case "sum":
      return kahanSum(fs, n);
    case "avg":
      return mean(fs, n);
    case "count":
      return n;
    case "group":
      return 1;
    case "min": {
      let m = fs[0];
      for (const f of fs) if (m > f || Number.isNaN(m)) m = f;
      return m;
    }
    case "max": {
      let m = fs[0];
      for (const f of fs) if (m < f || Number.isNaN(m)) m = f;
      return m;
    }
    case "stddev":
      return Math.sqrt(variance(fs, n));
    case "stdvar":
      return variance(fs, n);
    case "quantile":
      return quantileOf(param, fs.slice());
  }
  throw execError(`unknown aggregation ${op}`);
}

/** FNV-1a based 0..1 offset of a label set, for limit_ratio. */
function ratioOffset(ls: Labels): number {
  const key = labelsKey(ls);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822507) >>> 0;
  }
  return (h1 * 2 ** 21 + (h2 >>> 11)) / 2 ** 53;
}

function aggregateK(
  op: string,
  vec: Sample[],
  param: number,
  groupOf: (ls: Labels) => { key: string; labels: Labels },
): Sample[] {
  if (op === "limit_ratio") {
    if (Number.isNaN(param)) throw execError("Ratio value is NaN");
    let r = param;
    if (r > 1) r = 1;
    if (r < -1) r = -1;
    return vec.filter((s) => {
      const off = ratioOffset(s.metric);
      return r >= 0 ? off < r : off >= 1 + r;
    });
  }
  if (Number.isNaN(param)) throw execError("Parameter value is NaN");
  if (param >= 2 ** 63 || param < -(2 ** 63))
    throw execError(`Scalar value ${formatValue(param)} overflows int64`);
  const k = Math.trunc(param);
  if (k < 1) return [];
  const groups = new Map<string, Sample[]>();
  const order: Sample[][] = [];
  for (const s of vec) {
    const g = groupOf(s.metric);
    let arr = groups.get(g.key);
    if (!arr) {
      arr = [];
      groups.set(g.key, arr);
      order.push(arr);
    }
    if (op === "limitk" && arr.length >= k) continue;
    arr.push(s);
  }
  const out: Sample[] = [];
  for (const arr of order) {
    if (op === "limitk") {
      out.push(...arr);
      continue;
    }
    const top = op === "topk";
    // Larger first for topk; NaN is smallest for topk, largest for bottomk.
    const sorted = arr.slice().sort((a, b) => {
      const an = Number.isNaN(a.f);
      const bn = Number.isNaN(b.f);
      if (an || bn) return an && bn ? 0 : an ? 1 : -1;
      return top ? b.f - a.f : a.f - b.f;
    });
    out.push(...sorted.slice(0, k));
  }
  return out;
}

/** Resolves durations written with step()/range() for this query (mutates the per-query AST). */
function resolveDurations(e: Expr, step: number, range: number): void {
  inspect(e, (n) => {
    switch (n.kind) {
      case "VectorSelector":
        if (n.offsetExpr) n.offset = evalDurNode(n.offsetExpr, step, range);
        break;
      case "MatrixSelector":
        if (n.rangeExpr) n.range = evalDurNode(n.rangeExpr, step, range);
        break;
      case "SubqueryExpr":
        if (n.rangeExpr) n.range = evalDurNode(n.rangeExpr, step, range);
        if (n.stepExpr) n.step = evalDurNode(n.stepExpr, step, range);
        if (n.offsetExpr) n.offset = evalDurNode(n.offsetExpr, step, range);
        break;
    }
  });
}

interface QueryRangeOptions {
  /** First and last evaluation time, ms. */
  start: number;
  end: number;
  /** Lookback delta, ms. */
  lookback: number;
}

/**
 * The time range [mint, maxt] (ms) the expression reads samples from (Prometheus's
 * FindMinMaxTime): every selector's window at the first and last evaluation time, through the
 * time ranges of the subqueries it is nested in.
 */
function queryRange(e: Expr, o: QueryRangeOptions): [number, number] {
  const { start, end, lookback } = o;
  const ref = (sel: TimeModifiers, t: number) => refTime(sel, t, start, end);
  let mint = Infinity;
  let maxt = -Infinity;
  inspect(e, (n, path) => {
    if (n.kind !== "VectorSelector" && n.kind !== "MatrixSelector") return true;
    // The evaluation times at this depth: each enclosing subquery maps [s, en] to its window.
    let s = start;
    let en = end;
    for (const p of path) {
      if (p.kind !== "SubqueryExpr") continue;
      let a = Infinity;
      let b = -Infinity;
      for (const t of [s, en]) {
        const rt = ref(p, t);
        a = Math.min(a, rt - p.range);
        b = Math.max(b, rt);
      }
      s = a;
      en = b;
    }
    if (n.kind === "VectorSelector") {
      for (const t of [s, en]) {
        const rt = ref(n, t);
        mint = Math.min(mint, rt - lookback);
        maxt = Math.max(maxt, rt + (n.ext === "smoothed" ? lookback : 0));
      }
    } else {
      for (const t of [s, en]) {
        const rt = ref(n.vs, t);
        mint = Math.min(mint, rt - n.range - (n.vs.ext ? lookback : 0));
        maxt = Math.max(maxt, rt + (n.vs.ext === "smoothed" ? lookback : 0));
      }
    }
    // A range selector's vector selector is covered by the range.
    return false;
  });
  if (mint === Infinity) return [start, end];
  return [mint, maxt];
}

/**
 * A result series carrying its points as columns (non-enumerable `ts`/`fs`); `floats` is built
 * from them on first access, which drops the columns (encoders read the columns and never
 * build it).
 */
function columnarSeries(metric: Labels, ts: number[], fs: number[]): MatrixSeries {
  let floats: FPoint[] | undefined;
  const o = { metric } as MatrixSeries;
  Object.defineProperty(o, "floats", {
    enumerable: true,
    configurable: true,
    get() {
      if (floats === undefined) {
        floats = new Array(ts.length);
        for (let i = 0; i < ts.length; i++) floats[i] = { t: ts[i], f: fs[i] };
        // From now on `floats` is the truth (callers may change it in place).
        Object.defineProperty(o, "ts", { value: undefined });
        Object.defineProperty(o, "fs", { value: undefined });
      }
      return floats;
    },
    set(v: FPoint[]) {
      Object.defineProperty(o, "floats", {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      Object.defineProperty(o, "ts", { value: undefined });
      Object.defineProperty(o, "fs", { value: undefined });
    },
  });
  Object.defineProperty(o, "ts", { value: ts, configurable: true });
  Object.defineProperty(o, "fs", { value: fs, configurable: true });
  return o;
}

/**
 * A subquery's histogram with a CounterReset/NotCounterReset hint replaced by an unknown one: the
 * subquery may skip or repeat samples, so reset detection must look at the buckets (as
 * Prometheus does).
 */
function unknownResetHint(h: FloatHistogram | undefined): FloatHistogram | undefined {
  if (h === undefined || (h.counterResetHint !== 1 && h.counterResetHint !== 2)) return h;
  const c = h.copy();
  c.counterResetHint = 0;
  return c;
}

/**
 * The selectors whose histograms only feed histogram_count/sum/avg (no subquery, quantile,
 * fraction or trim in between): Prometheus reads them through its HistogramStatsIterator,
 * which resolves unknown counter reset hints by detection (see resolveResetHints).
 */
function statsSelectors(e: Expr): Set<VectorSelector> | undefined {
  let out: Set<VectorSelector> | undefined;
  inspect(e, (n, path) => {
    if (n.kind !== "VectorSelector") return;
    let skip = false;
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i];
      if (p.kind === "SubqueryExpr") {
        skip = false;
        break;
      }
      if (p.kind === "Call") {
        const name = p.func.name;
        if (name === "histogram_count" || name === "histogram_sum" || name === "histogram_avg")
          skip = true;
        else if (
          name === "histogram_quantile" ||
          name === "histogram_quantiles" ||
          name === "histogram_fraction"
        ) {
          skip = false;
          break;
        }
      }
      if (p.kind === "BinaryExpr" && (p.op === "</" || p.op === ">/")) {
        skip = false;
        break;
      }
    }
    if (skip) (out ??= new Set()).add(n);
  });
  return out;
}

/**
 * Unknown counter reset hints of loaded histograms resolved by reset detection against the
 * previous histogram (the first one read stays unknown), as Prometheus's
 * HistogramStatsIterator gives them.
 */
function resolveResetHints(series: LoadedSeries[]): LoadedSeries[] {
  for (const s of series) {
    if (!s.hs) continue;
    let last: FloatHistogram | undefined;
    for (let i = 0; i < s.n; i++) {
      const h = s.hs[i];
      if (h === undefined) continue;
      if (h.counterResetHint === 0 && last !== undefined)
        h.counterResetHint = h.detectReset(last) ? 1 : 2;
      last = h;
    }
  }
  return series;
}

/** A result series with histogram points: floats and histograms apart. */
function splitSeries(s: EvalSeries): MatrixSeries {
  const floats: FPoint[] = [];
  const histograms: HPoint[] = [];
  const hs = s.hs as (FloatHistogram | undefined)[];
  for (let i = 0; i < s.ts.length; i++) {
    const h = hs[i];
    if (h !== undefined) histograms.push({ t: s.ts[i], h });
    else floats.push({ t: s.ts[i], f: s.fs[i] });
  }
  const o: MatrixSeries = { metric: s.metric, floats };
  if (histograms.length > 0) o.histograms = histograms;
  return o;
}

/** The array with its first n entries, holes as undefined. */
function fillHoles<T>(a: (T | undefined)[], n: number): (T | undefined)[] {
  const out: (T | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = a[i];
  return out;
}

/** One query to execute: its text, parsed expression and evaluation times (ms). */
interface QuerySpec {
  query: string;
  expr: Expr;
  start: number;
  end: number;
  /** Step width (1 for instant queries). */
  step: number;
  instant: boolean;
}

export class Engine implements PromQLEngine {
  readonly opts: EngineOptions;
  constructor(opts: EngineOptions) {
    this.opts = opts;
  }

  parse(q: string): Expr {
    try {
      return parseExpr(q);
    } catch (e) {
      if (e instanceof ParseError) {
        throw new QueryError(
          "bad_data",
          e.plain ? e.message : `${e.position()}: parse error: ${e.message}`,
          { cause: e },
        );
      }
      throw e;
    }
  }

  async instantQuery(
    queryable: Queryable,
    tenant: string,
    expr: string,
    ts: number,
    opts?: QueryOptions,
  ): Promise<QueryResult> {
    const e = opts?.parsed ?? this.parse(expr);
    return this.exec(
      queryable,
      tenant,
      { query: expr, expr: e, start: ts, end: ts, step: 1, instant: true },
      opts,
    );
  }

  async rangeQuery(
    queryable: Queryable,
    tenant: string,
    expr: string,
    start: number,
    end: number,
    step: number,
    opts?: QueryOptions,
  ): Promise<QueryResult> {
    const e = opts?.parsed ?? this.parse(expr);
    const t = typeOf(e);
    if (t !== "scalar" && t !== "vector")
      throw new QueryError(
        "bad_data",
        `invalid expression type ${JSON.stringify(typeName(t))} for range query, must be Scalar or instant Vector`,
      );
    if (step <= 0)
      throw new QueryError(
        "bad_data",
        "zero or negative query resolution step widths are not accepted. Try a positive integer",
      );
    if (end < start)
      throw new QueryError("bad_data", "end timestamp must not be before start time");
    return this.exec(
      queryable,
      tenant,
      { query: expr, expr: e, start, end, step, instant: false },
      opts,
    );
  }

  private async exec(
    queryable: Queryable,
    tenant: string,
    q: QuerySpec,
    opts: QueryOptions | undefined,
  ): Promise<QueryResult> {
    const { query, expr: e, start, end, step, instant } = q;
    const lookback =
      opts?.lookbackDelta && opts.lookbackDelta > 0
        ? opts.lookbackDelta
        : this.opts.lookbackDelta || 300000;
    const ctx = new QueryContext({
      query,
      maxSamples: this.opts.maxSamples,
      timeout: this.opts.timeout,
      signal: opts?.signal,
      startTs: start,
      endTs: end,
      queryStep: instant ? 0 : step,
    });
    resolveDurations(e, instant ? 0 : step, end - start);
    const [mint, maxt] = queryRange(e, { start, end, lookback });
    let querier: Querier | null = null;
    const run = async (): Promise<QueryResult> => {
      ctx.checkNow();
      querier = await queryable.querier(tenant, mint, maxt);
      const ev = new Evaluator({
        ctx,
        querier,
        start,
        end,
        interval: step,
        lookback,
        defaultSubqueryStep: this.opts.defaultSubqueryStep || 60000,
        loaded: new Map(),
        stats: statsSelectors(e),
      });
      const v = await ev.eval(e);
      ctx.checkNow();
      const value = this.toResult(v, instant, start, step);
      return { value, warnings: [...ctx.warnings], infos: [...ctx.infos] };
    };
    const promises: Promise<QueryResult>[] = [run()];
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    if (this.opts.timeout > 0) {
      promises.push(
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new QueryError("timeout", "query timed out in query execution")),
            this.opts.timeout,
          );
        }),
      );
    }
    if (opts?.signal) {
      const signal = opts.signal;
      promises.push(
        new Promise((_, reject) => {
          onAbort = () =>
            reject(new QueryError("canceled", "query was canceled in query execution"));
          if (signal.aborted) onAbort();
          else signal.addEventListener("abort", onAbort, { once: true });
        }),
      );
    }
    try {
      return await Promise.race(promises);
    } catch (err) {
      if (err instanceof QueryError) throw err;
      throw new QueryError("execution", (err as Error).message ?? String(err), { cause: err });
    } finally {
      if (timer) clearTimeout(timer);
      if (onAbort && opts?.signal) opts.signal.removeEventListener("abort", onAbort);
      (querier as Querier | null)?.close();
    }
  }

  private toResult(v: EvalValue, instant: boolean, ts: number, step: number): QueryValue {
    if (v.type === "string") return { type: "string", t: ts, s: v.s };
    if (v.type === "scalar") {
      if (instant) return { type: "scalar", t: ts, f: v.vals[0] };
      return {
        type: "matrix",
        series: [{ metric: [], floats: Array.from(v.vals, (f, i) => ({ t: ts + i * step, f })) }],
      };
    }
    // Delayed name removal, then label-set uniqueness.
    const cleaned: EvalSeries[] = [];
    const seen = new Map<string, EvalSeries>();
    for (const s of v.series) {
      const metric = s.dropName ? dropMetricName(s.metric) : s.metric;
      const key = labelsKey(metric);
      const prev = seen.get(key);
      const cur: EvalSeries = { metric, ts: s.ts, fs: s.fs, dropName: false };
      if (s.hs !== undefined) cur.hs = s.hs;
      if (prev) {
        if (instant && !v.isRange)
          throw execError("vector cannot contain metrics with the same labelset");
        const merged = mergePoints(prev, cur);
        prev.ts = merged.ts;
        prev.fs = merged.fs;
        prev.hs = merged.hs;
        continue;
      }
      seen.set(key, cur);
      cleaned.push(cur);
    }
    if (instant && !v.isRange) {
      const samples: VectorSample[] = [];
      for (const s of cleaned)
        for (let i = 0; i < s.ts.length; i++) {
          const h = s.hs?.[i];
          if (h !== undefined) samples.push({ metric: s.metric, t: s.ts[i], f: 0, h });
          else samples.push({ metric: s.metric, t: s.ts[i], f: s.fs[i] });
        }
      return { type: "vector", samples };
    }
    const series: MatrixSeries[] = cleaned.map((s) =>
      s.hs === undefined ? columnarSeries(s.metric, s.ts, s.fs) : splitSeries(s),
    );
    series.sort((a, b) => compareLabels(a.metric, b.metric));
    return { type: "matrix", series };
  }
}
