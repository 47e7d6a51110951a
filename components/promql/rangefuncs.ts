/**
 * Range-vector functions: the window driver (every step's window of every series through one
 * kernel, with the function's histogram policy) and the window kernels of functable.ts.
 * Kernels read the window [lo, hi) of parallel arrays ts (ms) and fs and return the step's value,
 * or null for no output.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import { getLabel, type Labels, METRIC_NAME } from "../model/labels.ts";
import { isStaleNaN } from "../model/series.ts";
import { type Call, type Expr, type PosRange, unwrapParens } from "./ast.ts";
import type {
  EvalSeries,
  EvalValue,
  FunctionEntry,
  FunctionEnv,
  HistogramPolicy,
  LoadedSeries,
  RangeSource,
  WindowCall,
  WindowKernel,
} from "./evaltypes.ts";
import {
  doubleExponentialSmoothing,
  extrapolatedRate,
  formatValue,
  instantValue,
  kahanSum,
  linearRegression,
  mean,
  quantile,
  upperBound,
  variance,
} from "./functions.ts";
import { extendedHistogramSteps } from "./histextended.ts";
import type { HistWindowKernel } from "./evaltypes.ts";
import { mergeSameLabels } from "./seriesmerge.ts";
import {
  extrapolatedRateST,
  instantValueST,
  isStartTimestampReset,
  overlapWarning,
  windowStarts,
} from "./startts.ts";
import { QueryError } from "./types.ts";

function execError(msg: string): QueryError {
  return new QueryError("execution", msg);
}

const COUNTER_SUFFIXES = ["_total", "_sum", "_count", "_bucket"];

export interface WindowOptions {
  kernel: WindowKernel;
  histograms: HistogramPolicy;
  /** Keep the input series' metric name (else it is dropped at the end). */
  keepName: boolean;
  /** Step-invariant call (fixed `@` time, literal arguments): computed once and repeated. */
  invariant: boolean;
  /** Where histogram annotations point: the range argument. */
  argPos: PosRange;
  /** The function over windows that hold native histograms (else the policy applies). */
  hkernel?: HistWindowKernel;
}

/** Whether hist flags a histogram sample in [lo, hi). */
function hasHistIn(hist: Uint8Array | null, lo: number, hi: number): boolean {
  if (hist === null) return false;
  for (let j = lo; j < hi; j++) if (hist[j] === 1) return true;
  return false;
}

/** Whether a series has neither stale markers (when they matter) nor histogram samples. */
function isClean(env: FunctionEnv, s: LoadedSeries, checkStale: boolean): boolean {
  if (s.hist !== null) return false;
  if (!checkStale) return true;
  const cache = env.ctx.staleFree;
  let c = cache.get(s);
  if (c === undefined) {
    c = true;
    for (let i = 0; i < s.n; i++) {
      const f = s.fs[i];
      if (Number.isNaN(f) && isStaleNaN(f)) {
        c = false;
        break;
      }
    }
    cache.set(s, c);
  }
  return c;
}

/**
 * Applies the kernel at every step to every series' window (rt - range, rt] of a range source.
 * Clean series (no stale markers, no histograms) are read in place; others are copied without
 * stale markers, with histogram samples handled by the function's policy.
 */
export function windowed(env: FunctionEnv, src: RangeSource, o: WindowOptions): EvalSeries[] {
  const ctx = env.ctx;
  const kernel = o.kernel;
  const policy = o.histograms;
  const countHist = policy === "count";
  const out: EvalSeries[] = [];
  let wts = new Float64Array(64);
  let wfs = new Float64Array(64);
  let wst = new Float64Array(64);
  const whs: (FloatHistogram | undefined)[] = [];
  const hkernel = o.hkernel;
  // A step-invariant call is computed once and repeated, as Prometheus evaluates
  // step-invariant expressions at the first step only.
  const allSteps = env.steps;
  const invariant = o.invariant;
  const steps = invariant ? 1 : allSteps;
  const fixed = src.sel.timestamp !== null || src.sel.startOrEnd !== null;
  // Step and reference times, shared by all series.
  const stepT = new Float64Array(steps);
  const refT = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    stepT[i] = env.stepTime(i);
    refT[i] = env.refTime(src.sel, stepT[i]);
  }
  const range = src.range;
  const maxSamples = ctx.maxSamples;
  for (const s of src.series) {
    const ts: number[] = new Array(allSteps);
    const fs: number[] = new Array(allSteps);
    let ohs: (FloatHistogram | undefined)[] | undefined;
    let np = 0;
    const sts = s.ts;
    const sfs = s.fs;
    const sn = s.n;
    const hist = s.hist;
    const sst = s.st ?? null;
    const clean = isClean(env, s, src.checkStale);
    // Window (rt - range, rt] as [lo, hi): both ends only move forward from step to step.
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < steps; i++) {
      ctx.check();
      const rt = refT[i];
      if (fixed) {
        hi = upperBound(sts, 0, sn, rt);
        lo = upperBound(sts, 0, hi, rt - range);
      } else {
        while (hi < sn && sts[hi] <= rt) hi++;
        if (lo > hi) lo = hi;
        const rs = rt - range;
        while (lo < hi && sts[lo] <= rs) lo++;
      }
      let v: number | FloatHistogram | null;
      if (hkernel !== undefined && s.hs && hasHistIn(hist, lo, hi)) {
        if (hi - lo > wts.length) {
          wts = new Float64Array(Math.max(hi - lo, wts.length * 2));
          wfs = new Float64Array(wts.length);
          wst = new Float64Array(wts.length);
        }
        let n = 0;
        for (let j = lo; j < hi; j++) {
          const h = s.hs[j];
          if (h === undefined && src.checkStale && isStaleNaN(sfs[j])) continue;
          wts[n] = sts[j];
          wfs[n] = sfs[j];
          whs[n] = h;
          if (sst !== null) wst[n] = sst[j];
          n++;
        }
        if (maxSamples > 0 && n > maxSamples) ctx.addSamples(n);
        windowStarts.st = sst === null ? null : wst;
        v = hkernel(wts, wfs, whs, n, rt - range, rt, s);
      } else if (clean) {
        if (maxSamples > 0 && hi - lo > maxSamples) ctx.addSamples(hi - lo);
        windowStarts.st = sst;
        v = kernel(sts, sfs, lo, hi, i, rt - range, rt, s);
      } else {
        if (hi - lo > wts.length) {
          wts = new Float64Array(Math.max(hi - lo, wts.length * 2));
          wfs = new Float64Array(wts.length);
          wst = new Float64Array(wts.length);
        }
        windowStarts.st = sst === null ? null : wst;
        let n = 0;
        let nHist = 0;
        let lastIsHist = false;
        for (let j = lo; j < hi; j++) {
          const f = sfs[j];
          if (hist !== null && hist[j] === 1) {
            nHist++;
            lastIsHist = true;
            if (countHist) {
              wts[n] = sts[j];
              wfs[n] = f;
              if (sst !== null) wst[n] = sst[j];
              n++;
            }
            continue;
          }
          if (src.checkStale && isStaleNaN(f)) continue;
          lastIsHist = false;
          wts[n] = sts[j];
          wfs[n] = f;
          if (sst !== null) wst[n] = sst[j];
          n++;
        }
        if (maxSamples > 0 && n > maxSamples) ctx.addSamples(n);
        if (nHist > 0 && policy === "mix-warn") {
          if (n > 0)
            ctx.warn(
              `encountered a mix of histograms and floats for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`,
              o.argPos,
            );
          v = null;
        } else if (nHist > 0 && policy === "ignore-info") {
          if (n === 0) v = null;
          else {
            ctx.info(
              `ignored histograms in a range containing both floats and histograms for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`,
              o.argPos,
            );
            v = kernel(wts, wfs, 0, n, i, rt - range, rt, s);
          }
        } else if (lastIsHist && policy === "last-float") {
          v = null;
        } else {
          v = kernel(wts, wfs, 0, n, i, rt - range, rt, s);
        }
      }
      if (v === null) continue;
      if (typeof v !== "number") {
        ohs ??= new Array(np).fill(undefined);
        if (invariant) {
          for (let k = 0; k < allSteps; k++) {
            ts[np] = env.stepTime(k);
            fs[np] = 0;
            ohs[np] = v;
            np++;
          }
          break;
        }
        ts[np] = stepT[i];
        fs[np] = 0;
        ohs[np] = v;
        np++;
        continue;
      }
      if (invariant) {
        for (let k = 0; k < allSteps; k++) {
          ts[np] = env.stepTime(k);
          fs[np] = v;
          np++;
        }
        break;
      }
      ts[np] = stepT[i];
      fs[np] = v;
      if (ohs !== undefined) ohs[np] = undefined;
      np++;
    }
    ts.length = np;
    fs.length = np;
    if (np > 0) {
      const os: EvalSeries = {
        metric: s.metric,
        ts,
        fs,
        dropName: o.keepName ? (s.dropName ?? false) : true,
      };
      if (ohs !== undefined) {
        ohs.length = np;
        os.hs = ohs;
      }
      out.push(os);
    }
  }
  return out;
}

/** Whether an argument is a number literal (possibly negated or parenthesized). */
function isLiteral(arg: Expr): boolean {
  const a = unwrapParens(arg);
  return a.kind === "NumberLiteral" || (a.kind === "UnaryExpr" && a.expr.kind === "NumberLiteral");
}

/** Evaluates a call of a window-kernel function (functable.ts): arguments, then windows. */
export async function callWindowFunction(
  env: FunctionEnv,
  e: Call,
  f: FunctionEntry,
): Promise<EvalValue> {
  if (f.impl.kind !== "window") throw execError(`function ${f.name} is not a range function`);
  const matrixArgIdx = f.argTypes.indexOf("matrix");
  const others: Promise<Float64Array>[] = [];
  for (let i = 0; i < e.args.length; i++)
    if (i !== matrixArgIdx) others.push(env.evalScalar(e.args[i]));
  const [src, ...scalarArgs] = await Promise.all([
    env.rangeSource(e.args[matrixArgIdx]),
    ...others,
  ]);
  const argPos = e.args[matrixArgIdx].pos;
  if (src.node.kind === "MatrixSelector" && src.node.vs.ext) {
    return {
      type: "matrix",
      series: mergeSameLabels(extendedRange(env, src, f.name, src.node.vs.ext, argPos)),
      isRange: false,
    };
  }
  const ctx = env.ctx;
  const noted = new WeakSet<LoadedSeries>();
  let lastNoted: LoadedSeries | undefined;
  const noteCounter = (s: LoadedSeries) => {
    if (s === lastNoted) return;
    lastNoted = s;
    if (noted.has(s)) return;
    noted.add(s);
    const mn = getLabel(s.metric, METRIC_NAME);
    if (mn !== "" && !COUNTER_SUFFIXES.some((x) => mn.endsWith(x))) {
      ctx.info(
        `metric might not be a counter, name does not end in _total/_sum/_count/_bucket: ${JSON.stringify(mn)}`,
        argPos,
      );
    }
  };
  const wc = { env, call: e, scalarArgs, noteCounter };
  const kernel = f.impl.kernel(wc);
  const hkernel = f.impl.hkernel?.(wc);
  const fixedTime = src.sel.timestamp !== null || src.sel.startOrEnd !== null;
  const literalArgs = e.args.every((a, i) => i === matrixArgIdx || isLiteral(a));
  const series = windowed(env, src, {
    kernel,
    histograms: f.histograms,
    keepName: f.impl.keepName,
    invariant: fixedTime && literalArgs && f.atModifierSafe,
    argPos,
    hkernel,
  });
  // Series of a selector have distinct label sets and windowing keeps them: nothing to merge.
  return {
    type: "matrix",
    series: src.node.kind === "MatrixSelector" ? series : mergeSameLabels(series),
    isRange: false,
  };
}

/** Labels for absent()/absent_over_time(): the equality matchers of the selector, minus duplicates. */
export function absentLabels(arg: Expr): Labels {
  const e = unwrapParens(arg);
  let vs = null;
  if (e.kind === "VectorSelector") vs = e;
  else if (e.kind === "MatrixSelector") vs = e.vs;
  if (!vs) return [];
  const seen = new Map<string, string>();
  const dup = new Set<string>();
  for (const m of vs.matchers) {
    if (m.name === METRIC_NAME) continue;
    if (m.type === "=") {
      if (seen.has(m.name)) dup.add(m.name);
      else seen.set(m.name, m.value);
    }
  }
  // Non-equality matchers on the same name also make the label ambiguous.
  for (const m of vs.matchers) if (m.type !== "=" && seen.has(m.name)) dup.add(m.name);
  const obj: { name: string; value: string }[] = [];
  for (const [name, value] of seen) if (!dup.has(name) && value !== "") obj.push({ name, value });
  obj.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return obj;
}

/** absent_over_time: 1 at the steps where no series has a sample in the window. */
export async function absentOverTime(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const src = await env.rangeSource(e.args[0]);
  const present = new Uint8Array(env.steps);
  windowed(env, src, {
    kernel: (_ts, _fs, lo, hi, step) => {
      if (hi > lo) present[step] = 1;
      return null;
    },
    histograms: "count",
    keepName: false,
    invariant: false,
    argPos: e.args[0].pos,
  });
  const ts: number[] = [];
  const fs: number[] = [];
  for (let i = 0; i < env.steps; i++) {
    if (!present[i]) {
      ts.push(env.stepTime(i));
      fs.push(1);
    }
  }
  return {
    type: "matrix",
    series: ts.length ? [{ metric: absentLabels(e.args[0]), ts, fs, dropName: false }] : [],
    isRange: false,
  };
}

// Window kernels (each built once per call).

export function rateKernel(isRate: boolean): (c: WindowCall) => WindowKernel {
  return (c) => (ts, fs, lo, hi, _st, rs, re, s) => {
    if (hi > lo) c.noteCounter(s);
    const st = windowStarts.st;
    if (st !== null)
      return extrapolatedRateST(ts, fs, st, lo, hi, rs, re, true, isRate, () =>
        c.env.ctx.warn(overlapWarning(getLabel(s.metric, METRIC_NAME)), c.call.args[0].pos),
      );
    return extrapolatedRate(ts, fs, lo, hi, rs, re, true, isRate);
  };
}

export function deltaKernel(): WindowKernel {
  return (ts, fs, lo, hi, _st, rs, re) => extrapolatedRate(ts, fs, lo, hi, rs, re, false, false);
}

export function irateKernel(c: WindowCall): WindowKernel {
  return (ts, fs, lo, hi, _st, _rs, _re, s) => {
    if (hi > lo) c.noteCounter(s);
    const st = windowStarts.st;
    if (st !== null) return instantValueST(ts, fs, st, lo, hi, true);
    return instantValue(ts, fs, lo, hi, true);
  };
}

export function ideltaKernel(): WindowKernel {
  return (ts, fs, lo, hi) => instantValue(ts, fs, lo, hi, false);
}

export function resetsKernel(): WindowKernel {
  return (ts, fs, lo, hi) => {
    if (hi === lo) return null;
    let r = 0;
    const st = windowStarts.st;
    if (st !== null) {
      for (let i = lo + 1; i < hi; i++)
        if (fs[i] < fs[i - 1] || isStartTimestampReset(st[i - 1], ts[i - 1], st[i], ts[i])) r++;
      return r;
    }
    for (let i = lo + 1; i < hi; i++) if (fs[i] < fs[i - 1]) r++;
    return r;
  };
}

export function changesKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => {
    if (hi === lo) return null;
    let r = 0;
    for (let i = lo + 1; i < hi; i++) {
      const a = fs[i];
      const b = fs[i - 1];
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) r++;
    }
    return r;
  };
}

export function derivKernel(): WindowKernel {
  const reg = new Float64Array(1);
  return (ts, fs, lo, hi) => (hi - lo < 2 ? null : linearRegression(ts, fs, lo, hi, ts[lo], reg));
}

export function predictLinearKernel(c: WindowCall): WindowKernel {
  const dur = c.scalarArgs[0];
  const reg = new Float64Array(1);
  return (ts, fs, lo, hi, step) => {
    if (hi - lo < 2) return null;
    const slope = linearRegression(ts, fs, lo, hi, c.env.stepTime(step), reg);
    return slope * dur[step] + reg[0];
  };
}

export function avgOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => (hi === lo ? null : mean(fs, hi - lo, lo));
}

export function sumOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => (hi === lo ? null : kahanSum(fs, hi - lo, lo));
}

export function countOverTimeKernel(): WindowKernel {
  return (_ts, _fs, lo, hi) => (hi === lo ? null : hi - lo);
}

export function presentOverTimeKernel(): WindowKernel {
  return (_ts, _fs, lo, hi) => (hi === lo ? null : 1);
}

export function maxOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => {
    if (hi === lo) return null;
    let m = fs[lo];
    for (let i = lo + 1; i < hi; i++) {
      const f = fs[i];
      if (f > m || Number.isNaN(m)) m = f;
    }
    return m;
  };
}

export function minOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => {
    if (hi === lo) return null;
    let m = fs[lo];
    for (let i = lo + 1; i < hi; i++) {
      const f = fs[i];
      if (f < m || Number.isNaN(m)) m = f;
    }
    return m;
  };
}

/** Time (s) of the last maximum (minimum) sample of the window. */
export function tsOfExtremumKernel(isMax: boolean): () => WindowKernel {
  return () => (ts, fs, lo, hi) => {
    if (hi === lo) return null;
    let m = fs[lo];
    let t = ts[lo];
    for (let i = lo + 1; i < hi; i++) {
      const f = fs[i];
      if ((isMax ? f >= m : f <= m) || Number.isNaN(m)) {
        m = f;
        t = ts[i];
      }
    }
    return t / 1000;
  };
}

export function tsOfFirstKernel(): WindowKernel {
  return (ts, _fs, lo, hi) => (hi === lo ? null : ts[lo] / 1000);
}

export function tsOfLastKernel(): WindowKernel {
  return (ts, _fs, lo, hi) => (hi === lo ? null : ts[hi - 1] / 1000);
}

export function stddevOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => (hi === lo ? null : Math.sqrt(variance(fs, hi - lo, lo)));
}

export function stdvarOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => (hi === lo ? null : variance(fs, hi - lo, lo));
}

export function lastOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => (hi === lo ? null : fs[hi - 1]);
}

export function firstOverTimeKernel(): WindowKernel {
  return (_ts, fs, lo, hi) => (hi === lo ? null : fs[lo]);
}

export function quantileOverTimeKernel(c: WindowCall): WindowKernel {
  const qs = c.scalarArgs[0];
  let warned = false;
  const buf: number[] = [];
  return (_ts, fs, lo, hi, step) => {
    if (hi === lo) return null;
    const q = qs[step];
    if (!warned && (Number.isNaN(q) || q < 0 || q > 1)) {
      warned = true;
      c.env.ctx.warn(
        `quantile value should be between 0 and 1, got ${formatValue(q)}`,
        c.call.args[0].pos,
      );
    }
    buf.length = 0;
    for (let i = lo; i < hi; i++) buf.push(fs[i]);
    return quantile(q, buf);
  };
}

export function madOverTimeKernel(): WindowKernel {
  const buf: number[] = [];
  return (_ts, fs, lo, hi) => {
    if (hi === lo) return null;
    buf.length = 0;
    for (let i = lo; i < hi; i++) {
      if (Number.isNaN(fs[i])) return Number.NaN;
      buf.push(fs[i]);
    }
    const med = quantile(0.5, buf);
    buf.length = 0;
    for (let i = lo; i < hi; i++) buf.push(Math.abs(fs[i] - med));
    return quantile(0.5, buf);
  };
}

export function doubleExponentialSmoothingKernel(c: WindowCall): WindowKernel {
  const sfs = c.scalarArgs[0];
  const tfs = c.scalarArgs[1];
  return (_ts, fs, lo, hi, step) => {
    const sf = sfs[step];
    const tf = tfs[step];
    if (!(sf > 0 && sf < 1))
      throw execError(`invalid smoothing factor. Expected: 0 < sf < 1, got: ${sf}`);
    if (!(tf > 0 && tf < 1))
      throw execError(`invalid trend factor. Expected: 0 < tf < 1, got: ${tf}`);
    return doubleExponentialSmoothing(fs, lo, hi, sf, tf);
  };
}

/**
 * rate/increase/delta/changes/resets over the experimental `anchored` and `smoothed` range
 * selectors. Anchored windows start at the last sample at or before the range start (within the
 * lookback delta) and are not extrapolated. Smoothed windows interpolate (counter-reset aware
 * for rate/increase) the values at both range boundaries.
 */
function extendedRange(
  env: FunctionEnv,
  src: RangeSource,
  name: string,
  kind: "anchored" | "smoothed",
  argPos: PosRange,
): EvalSeries[] {
  const out: EvalSeries[] = [];
  const lookback = env.lookback;
  const range = src.range;
  const isCounter = name === "rate" || name === "increase";
  for (const s of src.series) {
    const T: number[] = [];
    const V: number[] = [];
    for (let i = 0; i < s.n; i++) {
      if (s.hist !== null && s.hist[i] === 1) continue;
      if (isStaleNaN(s.fs[i])) continue;
      T.push(s.ts[i]);
      V.push(s.fs[i]);
    }
    const ts: number[] = [];
    const fs: number[] = [];
    const hres = s.hs ? extendedHistogramSteps(env, src, s, name, kind, argPos) : undefined;
    let ohs: (FloatHistogram | undefined)[] | undefined;
    for (let step = 0; step < env.steps; step++) {
      const t = env.stepTime(step);
      const hr = hres?.get(step);
      if (hr !== undefined) {
        if (hr === null) continue;
        ohs ??= new Array(ts.length).fill(undefined);
        ts.push(t);
        if (typeof hr === "number") {
          fs.push(hr);
          ohs.push(undefined);
        } else {
          fs.push(0);
          ohs.push(hr);
        }
        continue;
      }
      const rt = env.refTime(src.sel, t);
      const rs = rt - range;
      const lo = upperBound(T, 0, T.length, rs);
      const hi = upperBound(T, 0, T.length, rt);
      let v: number | null = null;
      if (kind === "anchored") {
        if (hi === lo) continue;
        const start = lo > 0 && T[lo - 1] > rs - lookback ? lo - 1 : lo;
        switch (name) {
          case "increase":
          case "rate":
          case "delta": {
            let r = V[hi - 1] - V[start];
            if (isCounter) for (let k = start + 1; k < hi; k++) if (V[k] < V[k - 1]) r += V[k - 1];
            v = name === "rate" ? r / (range / 1000) : r;
            break;
          }
          case "changes": {
            let c = 0;
            for (let k = start + 1; k < hi; k++)
              if (V[k] !== V[k - 1] && !(Number.isNaN(V[k]) && Number.isNaN(V[k - 1]))) c++;
            v = c;
            break;
          }
          case "resets": {
            let c = 0;
            for (let k = start + 1; k < hi; k++) if (V[k] < V[k - 1]) c++;
            v = c;
            break;
          }
        }
      } else {
        if (lo >= T.length || hi === 0) continue;
        const p = lo > 0 && T[lo - 1] > rs - lookback ? lo - 1 : lo;
        const q = hi < T.length && T[hi] <= rt + lookback ? hi : hi - 1;
        if (q < p) continue;
        // Counter-corrected values over p..q.
        const cv: number[] = [V[p]];
        let offset = 0;
        for (let k = p + 1; k <= q; k++) {
          if (isCounter && V[k] < V[k - 1]) offset += V[k - 1];
          cv.push(V[k] + offset);
        }
        const at = (k: number) => cv[k - p];
        const interp = (a: number, b: number, x: number) =>
          at(a) + ((at(b) - at(a)) * (x - T[a])) / (T[b] - T[a]);
        let left: number;
        if (T[p] <= rs) {
          if (p + 1 > q) continue;
          left = interp(p, p + 1, rs);
        } else left = at(p);
        let right: number;
        if (T[q] > rt) {
          if (q - 1 < p) continue;
          right = interp(q - 1, q, rt);
        } else right = at(q);
        const r = right - left;
        v = name === "rate" ? r / (range / 1000) : r;
      }
      if (v === null) continue;
      ts.push(t);
      fs.push(v);
      if (ohs !== undefined) ohs.push(undefined);
    }
    if (ts.length > 0) {
      const o: EvalSeries = { metric: s.metric, ts, fs, dropName: true };
      if (ohs !== undefined) o.hs = ohs;
      out.push(o);
    }
  }
  return out;
}
