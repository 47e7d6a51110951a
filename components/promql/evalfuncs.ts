/** PromQL function calls: range-vector functions (windowed) and instant-vector functions. */
import { RE2JS } from "re2js";
import { compareLabels, getLabel, type Labels, labelsKey, METRIC_NAME } from "../model/labels.ts";
import { isStaleNaN } from "../model/series.ts";
import type { Call, Expr } from "./ast.ts";
import type { EvalSeries, EvalValue, Evaluator, LoadedSeries, RangeSource, WindowFn } from "./engine.ts";
import { isValidLabelName, setLabel } from "./engine.ts";
import {
  type Bucket,
  bucketFraction,
  bucketQuantile,
  doubleExponentialSmoothing,
  extrapolatedRate,
  extrapolatedRateAt,
  instantValue,
  instantValueAt,
  kahanSum,
  linearRegression,
  mean,
  naturalCompare,
  quantile,
  variance,
} from "./functions.ts";
import { callInfo } from "./info.ts";
import { QueryError } from "./types.ts";

const RANGE_FUNCS = new Set([
  "rate",
  "increase",
  "delta",
  "irate",
  "idelta",
  "resets",
  "changes",
  "deriv",
  "predict_linear",
  "avg_over_time",
  "min_over_time",
  "max_over_time",
  "sum_over_time",
  "count_over_time",
  "quantile_over_time",
  "stddev_over_time",
  "stdvar_over_time",
  "last_over_time",
  "first_over_time",
  "present_over_time",
  "mad_over_time",
  "absent_over_time",
  "double_exponential_smoothing",
  "ts_of_first_over_time",
  "ts_of_last_over_time",
  "ts_of_max_over_time",
  "ts_of_min_over_time",
]);

export function isRangeFunction(name: string): boolean {
  return RANGE_FUNCS.has(name);
}

function execError(msg: string): QueryError {
  return new QueryError("execution", msg);
}

/** Range functions that warn about (and skip) windows mixing floats and native histograms. */
const MIX_WARN_FUNCS = new Set(["rate", "increase", "delta", "irate", "idelta", "sum_over_time", "avg_over_time"]);
/** Range functions that ignore native histogram samples with an info annotation. */
const HIST_IGNORE_FUNCS = new Set([
  "deriv",
  "predict_linear",
  "double_exponential_smoothing",
  "min_over_time",
  "max_over_time",
  "stddev_over_time",
  "stdvar_over_time",
  "quantile_over_time",
  "mad_over_time",
]);

const COUNTER_SUFFIXES = ["_total", "_sum", "_count", "_bucket"];
const regBuf = new Float64Array(1);

/** Labels for absent()/absent_over_time(): the equality matchers of the selector, minus duplicates. */
function absentLabels(e: Expr): Labels {
  while (e.kind === "ParenExpr") e = e.expr;
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

export async function callRangeFunction(ev: Evaluator, e: Call): Promise<EvalValue> {
  const name = e.func.name;
  const matrixArgIdx = e.func.argTypes.indexOf("matrix");
  let scalarArgs: Float64Array[] = [];
  const others: Promise<Float64Array>[] = [];
  for (let i = 0; i < e.args.length; i++) if (i !== matrixArgIdx) others.push(ev.evalScalar(e.args[i]));
  const [src, ...sc] = await Promise.all([ev.rangeSource(e.args[matrixArgIdx]) as Promise<RangeSource>, ...others]);
  scalarArgs = sc;
  const ctx = ev.ctx;
  const argPos = e.args[matrixArgIdx].pos;

  if (src.node.kind === "MatrixSelector" && src.node.vs.ext) {
    return { type: "matrix", series: ev.mergeSameLabels(extendedRange(ev, src, name, src.node.vs.ext)), isRange: false };
  }

  if (name === "absent_over_time") {
    const labels = absentLabels(e.args[0]);
    const present = new Uint8Array(ev.steps);
    ev.windowed(
      src,
      (_ts, _fs, n, step, _rs, _re, _s, nHist) => {
        if (n + nHist > 0) present[step] = 1;
        return null;
      },
      false,
    );
    const ts: number[] = [];
    const fs: number[] = [];
    for (let i = 0; i < ev.steps; i++) {
      if (!present[i]) {
        ts.push(ev.stepTime(i));
        fs.push(1);
      }
    }
    return { type: "matrix", series: ts.length ? [{ metric: labels, ts, fs, dropName: false }] : [], isRange: false };
  }

  let fn: (
    ts: Float64Array,
    fs: Float64Array,
    n: number,
    step: number,
    rs: number,
    re: number,
    s: LoadedSeries,
    nHist: number,
    lastIsHist: boolean,
  ) => number | null;
  let keepName = false;
  const noted = new WeakSet<LoadedSeries>();
  let lastNoted: LoadedSeries | undefined;
  const noteCounter = (s: LoadedSeries) => {
    if (s === lastNoted) return;
    lastNoted = s;
    if (noted.has(s)) return;
    noted.add(s);
    const mn = getLabel(s.metric, METRIC_NAME);
    if (mn !== "" && !COUNTER_SUFFIXES.some((x) => mn.endsWith(x))) {
      ctx.info(`metric might not be a counter, name does not end in _total/_sum/_count/_bucket: ${JSON.stringify(mn)}`, argPos);
    }
  };
  switch (name) {
    case "rate":
    case "increase":
      fn = (ts, fs, n, _st, rs, re, s) => {
        if (n > 0) noteCounter(s);
        return extrapolatedRate(ts, fs, n, rs, re, true, name === "rate");
      };
      break;
    case "delta":
      fn = (ts, fs, n, _st, rs, re) => extrapolatedRate(ts, fs, n, rs, re, false, false);
      break;
    case "irate":
      fn = (ts, fs, n, _st, _rs, _re, s) => {
        if (n > 0) noteCounter(s);
        return instantValue(ts, fs, n, true);
      };
      break;
    case "idelta":
      fn = (ts, fs, n) => instantValue(ts, fs, n, false);
      break;
    case "resets":
      fn = (_ts, fs, n) => {
        if (n === 0) return null;
        let r = 0;
        for (let i = 1; i < n; i++) if (fs[i] < fs[i - 1]) r++;
        return r;
      };
      break;
    case "changes":
      fn = (_ts, fs, n) => {
        if (n === 0) return null;
        let r = 0;
        for (let i = 1; i < n; i++) {
          const a = fs[i];
          const b = fs[i - 1];
          if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) r++;
        }
        return r;
      };
      break;
    case "deriv":
      fn = (ts, fs, n) => (n < 2 ? null : linearRegression(ts, fs, n, ts[0], regBuf));
      break;
    case "predict_linear": {
      const dur = scalarArgs[0];
      fn = (ts, fs, n, step) => {
        if (n < 2) return null;
        const t = ev.stepTime(step);
        const slope = linearRegression(ts, fs, n, t, regBuf);
        return slope * dur[step] + regBuf[0];
      };
      break;
    }
    case "avg_over_time":
      fn = (_ts, fs, n) => (n === 0 ? null : mean(fs, n));
      break;
    case "sum_over_time":
      fn = (_ts, fs, n) => (n === 0 ? null : kahanSum(fs, n));
      break;
    case "count_over_time":
      fn = (_ts, _fs, n, _st, _rs, _re, _s, nHist) => (n + nHist === 0 ? null : n + nHist);
      break;
    case "present_over_time":
      fn = (_ts, _fs, n, _st, _rs, _re, _s, nHist) => (n + nHist === 0 ? null : 1);
      break;
    case "min_over_time":
    case "max_over_time": {
      const isMax = name === "max_over_time";
      fn = (_ts, fs, n) => {
        if (n === 0) return null;
        let m = fs[0];
        for (let i = 1; i < n; i++) {
          const f = fs[i];
          if ((isMax ? f > m : f < m) || Number.isNaN(m)) m = f;
        }
        return m;
      };
      break;
    }
    case "ts_of_max_over_time":
    case "ts_of_min_over_time": {
      const isMax = name === "ts_of_max_over_time";
      fn = (ts, fs, n) => {
        if (n === 0) return null;
        let m = fs[0];
        let t = ts[0];
        for (let i = 1; i < n; i++) {
          const f = fs[i];
          if ((isMax ? f >= m : f <= m) || Number.isNaN(m)) {
            m = f;
            t = ts[i];
          }
        }
        return t / 1000;
      };
      break;
    }
    case "ts_of_first_over_time":
      fn = (ts, _fs, n) => (n === 0 ? null : ts[0] / 1000);
      break;
    case "ts_of_last_over_time":
      fn = (ts, _fs, n) => (n === 0 ? null : ts[n - 1] / 1000);
      break;
    case "stddev_over_time":
      fn = (_ts, fs, n) => (n === 0 ? null : Math.sqrt(variance(fs, n)));
      break;
    case "stdvar_over_time":
      fn = (_ts, fs, n) => (n === 0 ? null : variance(fs, n));
      break;
    case "last_over_time":
      keepName = true;
      fn = (_ts, fs, n, _st, _rs, _re, _s, _nh, lastIsHist) => (n === 0 || lastIsHist ? null : fs[n - 1]);
      break;
    case "first_over_time":
      keepName = true;
      fn = (_ts, fs, n) => (n === 0 ? null : fs[0]);
      break;
    case "quantile_over_time": {
      const qs = scalarArgs[0];
      let warned = false;
      const buf: number[] = [];
      fn = (_ts, fs, n, step) => {
        if (n === 0) return null;
        const q = qs[step];
        if (!warned && (Number.isNaN(q) || q < 0 || q > 1)) {
          warned = true;
          ctx.warn(`quantile value should be between 0 and 1, got ${fmt(q)}`, e.args[0].pos);
        }
        buf.length = 0;
        for (let i = 0; i < n; i++) buf.push(fs[i]);
        return quantile(q, buf);
      };
      break;
    }
    case "mad_over_time": {
      const buf: number[] = [];
      fn = (_ts, fs, n) => {
        if (n === 0) return null;
        buf.length = 0;
        for (let i = 0; i < n; i++) {
          if (Number.isNaN(fs[i])) return Number.NaN;
          buf.push(fs[i]);
        }
        const med = quantile(0.5, buf);
        buf.length = 0;
        for (let i = 0; i < n; i++) buf.push(Math.abs(fs[i] - med));
        return quantile(0.5, buf);
      };
      break;
    }
    case "double_exponential_smoothing": {
      const sfs = scalarArgs[0];
      const tfs = scalarArgs[1];
      fn = (_ts, fs, n, step) => {
        const sf = sfs[step];
        const tf = tfs[step];
        if (!(sf > 0 && sf < 1)) throw execError(`invalid smoothing factor. Expected: 0 < sf < 1, got: ${sf}`);
        if (!(tf > 0 && tf < 1)) throw execError(`invalid trend factor. Expected: 0 < tf < 1, got: ${tf}`);
        return doubleExponentialSmoothing(fs, n, sf, tf);
      };
      break;
    }
    default:
      throw execError(`function ${name} not implemented`);
  }
  const fast = fastWindowFn(name, noteCounter);
  if (MIX_WARN_FUNCS.has(name)) {
    const inner = fn;
    fn = (ts, fs, n, st, rs, re, s, nHist, lastIsHist) => {
      if (nHist > 0) {
        if (n > 0) ctx.warn(`encountered a mix of histograms and floats for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`, argPos);
        return null;
      }
      return inner(ts, fs, n, st, rs, re, s, nHist, lastIsHist);
    };
  } else if (HIST_IGNORE_FUNCS.has(name)) {
    const inner = fn;
    fn = (ts, fs, n, st, rs, re, s, nHist, lastIsHist) => {
      if (nHist > 0) {
        if (n === 0) return null;
        ctx.info(
          `ignored histograms in a range containing both floats and histograms for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`,
          argPos,
        );
      }
      return inner(ts, fs, n, st, rs, re, s, nHist, lastIsHist);
    };
  }
  const fixedTime = src.sel.timestamp !== null || src.sel.startOrEnd !== null;
  const literalArgs = e.args.every((a, i) => {
    if (i === matrixArgIdx) return true;
    while (a.kind === "ParenExpr") a = a.expr;
    return a.kind === "NumberLiteral" || (a.kind === "UnaryExpr" && a.expr.kind === "NumberLiteral");
  });
  // predict_linear depends on the evaluation time (Prometheus treats it as @-unsafe).
  const series = ev.windowed(src, fn, keepName, fixedTime && literalArgs && name !== "predict_linear", fast);
  // Series of a selector have distinct label sets and windowing keeps them: nothing to merge.
  return { type: "matrix", series: src.node.kind === "MatrixSelector" ? series : ev.mergeSameLabels(series), isRange: false };
}

/**
 * In-place kernels of the common range functions for series without stale markers or
 * histograms (the same results as the copying kernels above, which handle every other case).
 */
function fastWindowFn(name: string, noteCounter: (s: LoadedSeries) => void): WindowFn | undefined {
  switch (name) {
    case "rate":
    case "increase": {
      const isRate = name === "rate";
      return (ts, fs, lo, hi, _st, rs, re, s) => {
        if (hi > lo) noteCounter(s);
        return extrapolatedRateAt(ts, fs, lo, hi, rs, re, true, isRate);
      };
    }
    case "delta":
      return (ts, fs, lo, hi, _st, rs, re) => extrapolatedRateAt(ts, fs, lo, hi, rs, re, false, false);
    case "irate":
      return (ts, fs, lo, hi, _st, _rs, _re, s) => {
        if (hi > lo) noteCounter(s);
        return instantValueAt(ts, fs, lo, hi, true);
      };
    case "idelta":
      return (ts, fs, lo, hi) => instantValueAt(ts, fs, lo, hi, false);
    case "avg_over_time":
      return (_ts, fs, lo, hi) => (hi === lo ? null : mean(fs, hi - lo, lo));
    case "sum_over_time":
      return (_ts, fs, lo, hi) => (hi === lo ? null : kahanSum(fs, hi - lo, lo));
    case "count_over_time":
      return (_ts, _fs, lo, hi) => (hi === lo ? null : hi - lo);
    case "present_over_time":
      return (_ts, _fs, lo, hi) => (hi === lo ? null : 1);
    case "stddev_over_time":
      return (_ts, fs, lo, hi) => (hi === lo ? null : Math.sqrt(variance(fs, hi - lo, lo)));
    case "stdvar_over_time":
      return (_ts, fs, lo, hi) => (hi === lo ? null : variance(fs, hi - lo, lo));
    case "last_over_time":
      return (_ts, fs, lo, hi) => (hi === lo ? null : fs[hi - 1]);
    case "first_over_time":
      return (_ts, fs, lo, hi) => (hi === lo ? null : fs[lo]);
    case "max_over_time":
      return (_ts, fs, lo, hi) => {
        if (hi === lo) return null;
        let m = fs[lo];
        for (let i = lo + 1; i < hi; i++) {
          const f = fs[i];
          if (f > m || Number.isNaN(m)) m = f;
        }
        return m;
      };
    case "min_over_time":
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
  return undefined;
}

function fmt(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

const MATH: Record<string, (x: number) => number> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  exp: Math.exp,
  ln: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  sqrt: Math.sqrt,
  sgn: (x) => (x > 0 ? 1 : x < 0 ? -1 : x),
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  deg: (x) => (x * 180) / Math.PI,
  rad: (x) => (x * Math.PI) / 180,
};

function mapSeries(series: EvalSeries[], f: (x: number, t: number, i: number) => number): EvalSeries[] {
  return series.map((s) => ({ metric: s.metric, ts: s.ts, fs: s.fs.map((x, i) => f(x, s.ts[i], i)), dropName: true }));
}

const DATE_FUNCS: Record<string, (d: Date) => number> = {
  day_of_month: (d) => d.getUTCDate(),
  day_of_week: (d) => d.getUTCDay(),
  day_of_year: (d) => {
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return Math.floor((d.getTime() - start) / 86400000) + 1;
  },
  days_in_month: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate(),
  hour: (d) => d.getUTCHours(),
  minute: (d) => d.getUTCMinutes(),
  month: (d) => d.getUTCMonth() + 1,
  year: (d) => d.getUTCFullYear(),
};

export async function callInstantFunction(ev: Evaluator, e: Call): Promise<EvalValue> {
  const name = e.func.name;
  const args = e.args;
  const ctx = ev.ctx;
  const math = MATH[name];
  if (math) {
    const v = await ev.evalVector(args[0]);
    return { type: "matrix", series: ev.mergeSameLabels(mapSeries(v, math)), isRange: false };
  }
  const dateFn = DATE_FUNCS[name];
  if (dateFn) {
    let v: EvalSeries[];
    if (args.length === 0) {
      const ts: number[] = [];
      const fs: number[] = [];
      for (let i = 0; i < ev.steps; i++) {
        ts.push(ev.stepTime(i));
        fs.push(ev.stepTime(i) / 1000);
      }
      v = [{ metric: [], ts, fs, dropName: false }];
    } else v = await ev.evalVector(args[0]);
    const d = new Date(0);
    return {
      type: "matrix",
      series: ev.mergeSameLabels(
        mapSeries(v, (x) => {
          if (!Number.isFinite(x)) return Number.NaN;
          d.setTime(Math.trunc(x) * 1000);
          return dateFn(d);
        }),
      ),
      isRange: false,
    };
  }
  switch (name) {
    case "time": {
      const vals = new Float64Array(ev.steps);
      for (let i = 0; i < ev.steps; i++) vals[i] = ev.stepTime(i) / 1000;
      return { type: "scalar", vals };
    }
    case "start":
    case "end":
    case "step":
    case "range": {
      const c = ev.ctx;
      const v =
        name === "start" ? c.startTs / 1000 : name === "end" ? c.endTs / 1000 : name === "step" ? c.queryStep / 1000 : (c.endTs - c.startTs) / 1000;
      return { type: "scalar", vals: new Float64Array(ev.steps).fill(v) };
    }
    case "min_of":
    case "max_of": {
      const a = await ev.evalScalar(args[0]);
      const b = await ev.evalScalar(args[1]);
      const vals = new Float64Array(ev.steps);
      for (let i = 0; i < ev.steps; i++) vals[i] = name === "min_of" ? Math.min(a[i], b[i]) : Math.max(a[i], b[i]);
      return { type: "scalar", vals };
    }
    case "pi":
      return { type: "scalar", vals: new Float64Array(ev.steps).fill(Math.PI) };
    case "vector": {
      const vals = await ev.evalScalar(args[0]);
      const ts: number[] = [];
      for (let i = 0; i < ev.steps; i++) ts.push(ev.stepTime(i));
      return { type: "matrix", series: [{ metric: [], ts, fs: Array.from(vals), dropName: false }], isRange: false };
    }
    case "scalar": {
      const v = await ev.evalVector(args[0]);
      const vals = new Float64Array(ev.steps).fill(Number.NaN);
      const counts = new Uint32Array(ev.steps);
      for (const s of v) {
        for (let i = 0; i < s.ts.length; i++) {
          const step = Math.round((s.ts[i] - ev.start) / ev.interval);
          counts[step]++;
          vals[step] = s.fs[i];
        }
      }
      for (let i = 0; i < ev.steps; i++) if (counts[i] !== 1) vals[i] = Number.NaN;
      return { type: "scalar", vals };
    }
    case "timestamp": {
      let a = args[0];
      while (a.kind === "ParenExpr") a = a.expr;
      // A selector's series have distinct label sets: nothing to merge.
      if (a.kind === "VectorSelector") return { type: "matrix", series: await ev.evalVectorSelectorTimestamps(a), isRange: false };
      const v = await ev.evalVector(args[0]);
      return { type: "matrix", series: ev.mergeSameLabels(mapSeries(v, (_x, t) => t / 1000)), isRange: false };
    }
    case "clamp":
    case "clamp_min":
    case "clamp_max": {
      const v = await ev.evalVector(args[0]);
      const a = await ev.evalScalar(args[1]);
      const b = name === "clamp" ? await ev.evalScalar(args[2]) : null;
      const out: EvalSeries[] = [];
      for (const s of v) {
        const ts: number[] = [];
        const fs: number[] = [];
        for (let i = 0; i < s.ts.length; i++) {
          const step = Math.round((s.ts[i] - ev.start) / ev.interval);
          const x = s.fs[i];
          let r: number;
          if (name === "clamp") {
            const lo = a[step];
            const hi = b![step];
            if (hi < lo) continue;
            r = Math.max(lo, Math.min(hi, x));
            if (Number.isNaN(x) || Number.isNaN(lo) || Number.isNaN(hi)) r = Number.NaN;
          } else if (name === "clamp_min") {
            r = Number.isNaN(x) || Number.isNaN(a[step]) ? Number.NaN : Math.max(a[step], x);
          } else {
            r = Number.isNaN(x) || Number.isNaN(a[step]) ? Number.NaN : Math.min(a[step], x);
          }
          ts.push(s.ts[i]);
          fs.push(r);
        }
        if (ts.length) out.push({ metric: s.metric, ts, fs, dropName: true });
      }
      return { type: "matrix", series: ev.mergeSameLabels(out), isRange: false };
    }
    case "round": {
      const v = await ev.evalVector(args[0]);
      const to = args[1] ? await ev.evalScalar(args[1]) : null;
      return {
        type: "matrix",
        series: ev.mergeSameLabels(
          v.map((s) => ({
            metric: s.metric,
            ts: s.ts,
            fs: s.fs.map((x, i) => {
              const n = to ? to[Math.round((s.ts[i] - ev.start) / ev.interval)] : 1;
              const inv = 1 / n;
              return Math.floor(x * inv + 0.5) / inv;
            }),
            dropName: true,
          })),
        ),
        isRange: false,
      };
    }
    case "absent": {
      const v = await ev.evalVector(args[0]);
      const present = new Uint8Array(ev.steps);
      for (const s of v) for (const t of s.ts) present[Math.round((t - ev.start) / ev.interval)] = 1;
      const ts: number[] = [];
      const fs: number[] = [];
      for (let i = 0; i < ev.steps; i++) {
        if (!present[i]) {
          ts.push(ev.stepTime(i));
          fs.push(1);
        }
      }
      return { type: "matrix", series: ts.length ? [{ metric: absentLabels(args[0]), ts, fs, dropName: false }] : [], isRange: false };
    }
    case "sort":
    case "sort_desc": {
      const v = await ev.evalVector(args[0]);
      const desc = name === "sort_desc";
      // Only meaningful for instant queries: order series by their (single) value, NaN last.
      const sorted = v.slice().sort((a, b) => {
        const x = a.fs[0];
        const y = b.fs[0];
        const xn = Number.isNaN(x);
        const yn = Number.isNaN(y);
        if (xn || yn) return xn && yn ? 0 : xn ? 1 : -1;
        return desc ? y - x : x - y;
      });
      return { type: "matrix", series: sorted, isRange: false };
    }
    case "sort_by_label":
    case "sort_by_label_desc": {
      const v = await ev.evalVector(args[0]);
      const labels: string[] = [];
      for (let i = 1; i < args.length; i++) labels.push(await ev.evalString(args[i]));
      const desc = name === "sort_by_label_desc";
      const sorted = v.slice().sort((a, b) => {
        for (const l of labels) {
          const c = naturalCompare(getLabel(a.metric, l), getLabel(b.metric, l));
          if (c !== 0) return desc ? -c : c;
        }
        const c = compareLabels(a.metric, b.metric);
        return desc ? -c : c;
      });
      return { type: "matrix", series: sorted, isRange: false };
    }
    case "label_replace": {
      const v = await ev.evalVector(args[0]);
      const dst = await ev.evalString(args[1]);
      const repl = await ev.evalString(args[2]);
      const src = await ev.evalString(args[3]);
      const regexStr = await ev.evalString(args[4]);
      let re: RE2JS;
      try {
        re = RE2JS.compile(`^(?s:${regexStr})$`);
      } catch (err) {
        throw execError(`invalid regular expression in label_replace(): ${regexStr}: ${(err as Error).message}`);
      }
      if (!isValidLabelName(dst)) throw execError(`invalid destination label name in label_replace(): ${dst}`);
      const out: EvalSeries[] = v.map((s) => {
        const val = getLabel(s.metric, src);
        const m = re.matcher(val);
        if (!m.matches()) return s;
        const res = expandTemplate(repl, m, re);
        const metric = setLabel(s.metric, dst, res);
        return { metric, ts: s.ts, fs: s.fs, dropName: dst === METRIC_NAME ? false : s.dropName };
      });
      return { type: "matrix", series: ev.mergeSameLabels(out), isRange: false };
    }
    case "label_join": {
      const v = await ev.evalVector(args[0]);
      const dst = await ev.evalString(args[1]);
      const sep = await ev.evalString(args[2]);
      const srcs: string[] = [];
      for (let i = 3; i < args.length; i++) {
        const s = await ev.evalString(args[i]);
        if (!isValidLabelName(s)) throw execError(`invalid source label name in label_join(): ${s}`);
        srcs.push(s);
      }
      if (!isValidLabelName(dst)) throw execError(`invalid destination label name in label_join(): ${dst}`);
      const out: EvalSeries[] = v.map((s) => {
        const val = srcs.map((l) => getLabel(s.metric, l)).join(sep);
        return { metric: setLabel(s.metric, dst, val), ts: s.ts, fs: s.fs, dropName: dst === METRIC_NAME ? false : s.dropName };
      });
      return { type: "matrix", series: ev.mergeSameLabels(out), isRange: false };
    }
    case "histogram_quantile":
      return histogramQuantile(ev, e);
    case "info":
      return callInfo(ev, e);
    case "histogram_fraction":
    case "histogram_quantiles":
      return histogramQuantile(ev, e);
    case "histogram_count":
    case "histogram_sum":
    case "histogram_avg":
    case "histogram_stddev":
    case "histogram_stdvar": {
      // Native histograms are not supported by the storage interface: float samples are ignored.
      for (const a of args) await ev.eval(a);
      return { type: "matrix", series: [], isRange: false };
    }
  }
  void ctx;
  throw execError(`function ${name} not implemented`);
}

/** Expands $1, ${1}, $name, ${name} and $$ in a label_replace replacement. */
function expandTemplate(tmpl: string, m: ReturnType<RE2JS["matcher"]>, re: RE2JS): string {
  let out = "";
  const groups = re.groupCount();
  const named = re.namedGroups() as Record<string, number>;
  for (let i = 0; i < tmpl.length; i++) {
    const c = tmpl[i];
    if (c !== "$" || i === tmpl.length - 1) {
      out += c;
      continue;
    }
    if (tmpl[i + 1] === "$") {
      out += "$";
      i++;
      continue;
    }
    let name: string;
    let end: number;
    if (tmpl[i + 1] === "{") {
      const close = tmpl.indexOf("}", i + 2);
      if (close < 0) {
        out += c;
        continue;
      }
      name = tmpl.slice(i + 2, close);
      end = close;
    } else {
      const mm = /^[a-zA-Z0-9_]+/.exec(tmpl.slice(i + 1));
      if (!mm) {
        out += c;
        continue;
      }
      name = mm[0];
      end = i + name.length;
    }
    if (/^[0-9]+$/.test(name)) {
      const n = Number(name);
      if (n <= groups) out += m.group(n) ?? "";
    } else if (named[name] !== undefined) {
      out += m.group(named[name]) ?? "";
    }
    i = end;
  }
  return out;
}

/** histogram_quantile and histogram_fraction over classic `le` buckets. */
async function histogramQuantile(ev: Evaluator, e: Call): Promise<EvalValue> {
  const name = e.func.name;
  if (name === "histogram_quantiles") {
    const v = await ev.evalVector(e.args[0]);
    const label = await ev.evalString(e.args[1]);
    if (!isValidLabelName(label)) throw execError(`invalid label name ${JSON.stringify(label)}`);
    const out: EvalSeries[] = [];
    for (let i = 2; i < e.args.length; i++) {
      const qs = await ev.evalScalar(e.args[i]);
      const series = classicHistogramEval(ev, false, qs, null, v, e.args[i].pos, e.args[0].pos);
      for (const s of series) {
        // One series per quantile: q values distinct per step only when constant; use the first step's value.
        s.metric = setLabel(s.metric, label, formatQuantileLabel(qs[0]));
        out.push(s);
      }
    }
    return { type: "matrix", series: out, isRange: false };
  }
  const isFraction = name === "histogram_fraction";
  const qs = await ev.evalScalar(e.args[0]);
  const uppers = isFraction ? await ev.evalScalar(e.args[1]) : null;
  const vecArg = e.args[isFraction ? 2 : 1];
  const v = await ev.evalVector(vecArg);
  return { type: "matrix", series: classicHistogramEval(ev, isFraction, qs, uppers, v, e.args[0].pos, vecArg.pos), isRange: false };
}

function formatQuantileLabel(q: number): string {
  const s = fmt(q);
  return /^-?[0-9]+$/.test(s) ? `${s}.0` : s;
}

/** Evaluates histogram_quantile (or histogram_fraction) over classic `le` bucket series. */
function classicHistogramEval(
  ev: Evaluator,
  isFraction: boolean,
  qs: Float64Array,
  uppers: Float64Array | null,
  v: EvalSeries[],
  qPos: { start: number },
  vecPos: { start: number },
): EvalSeries[] {
  const ctx = ev.ctx;
  for (const q of isFraction ? [] : qs) {
    if (Number.isNaN(q) || q < 0 || q > 1) {
      ctx.warn(`quantile value should be between 0 and 1, got ${fmt(q)}`, qPos);
      break;
    }
  }
  // Group series by labels without `le` (and without the name, which is dropped).
  const groupOf = new Map<EvalSeries, { key: string; labels: Labels; ub: number } | null>();
  for (const s of v) {
    const le = getLabel(s.metric, "le");
    const ub = parseLe(le);
    if (Number.isNaN(ub)) {
      ctx.warn(
        `bucket label "le" is missing or has a malformed value of ${JSON.stringify(le)} for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`,
        vecPos,
      );
      groupOf.set(s, null);
      continue;
    }
    // The name stays in the group key (delayed name removal): different metrics do not mix.
    const labels = s.metric.filter((l) => l.name !== "le");
    groupOf.set(s, { key: labelsKey(labels), labels, ub });
  }
  // Groups are fixed for the whole query: members sorted by bucket bound, one reusable Bucket each.
  const groups = new Map<string, { labels: Labels; name: string; members: number[]; pool: Bucket[] }>();
  const order: { labels: Labels; name: string; members: number[]; pool: Bucket[] }[] = [];
  for (let j = 0; j < v.length; j++) {
    const g = groupOf.get(v[j]);
    if (!g) continue;
    let grp = groups.get(g.key);
    if (!grp) {
      grp = { labels: g.labels, name: getLabel(v[j].metric, METRIC_NAME), members: [], pool: [] };
      groups.set(g.key, grp);
      order.push(grp);
    }
    grp.members.push(j);
  }
  for (const grp of order) {
    grp.members.sort((a, b) => groupOf.get(v[a])!.ub - groupOf.get(v[b])!.ub);
    grp.pool = grp.members.map((j) => ({ upperBound: groupOf.get(v[j])!.ub, count: 0 }));
  }
  // Group by group (each walks its members' points in order, cache-friendly), then the output
  // series and the monotonicity infos are put in the order a step-by-step walk meets them.
  const cursors = new Int32Array(v.length);
  const scratch: Bucket[] = [];
  const steps = ev.steps;
  const stepT = new Float64Array(steps);
  for (let i = 0; i < steps; i++) stepT[i] = ev.stepTime(i);
  const result: EvalSeries[] = [];
  const firstStep: number[] = [];
  /** Metric name -> [step, group index] of its first forced-monotonic bucket set. */
  const forced = new Map<string, [number, number]>();
  for (let gi = 0; gi < order.length; gi++) {
    const grp = order[gi];
    const members = grp.members;
    let out: EvalSeries | null = null;
    let np = 0;
    for (let step = 0; step < steps; step++) {
      ctx.check();
      const t = stepT[step];
      scratch.length = 0;
      for (let k = 0; k < members.length; k++) {
        const j = members[k];
        const s = v[j];
        const c = cursors[j];
        if (c >= s.ts.length || s.ts[c] !== t) continue;
        cursors[j] = c + 1;
        const b = grp.pool[k];
        b.count = s.fs[c];
        scratch.push(b);
      }
      if (scratch.length === 0) continue;
      let value: number;
      if (isFraction) value = bucketFraction(qs[step], uppers![step], scratch);
      else {
        const r = bucketQuantile(qs[step], scratch);
        value = r.value;
        if (r.forcedMonotonic) {
          const f = forced.get(grp.name);
          if (f === undefined || step < f[0]) forced.set(grp.name, [step, gi]);
        }
      }
      if (out === null) {
        // Preallocated for every remaining step and trimmed below (cheaper than growing).
        out = { metric: grp.labels, ts: new Array(steps - step), fs: new Array(steps - step), dropName: true };
        result.push(out);
        firstStep.push(step);
      }
      out.ts[np] = t;
      out.fs[np] = value;
      np++;
    }
    if (out !== null) {
      out.ts.length = np;
      out.fs.length = np;
    }
  }
  const firsts = [...forced].sort((x, y) => x[1][0] - y[1][0] || x[1][1] - y[1][1]);
  for (const [name] of firsts) {
    ctx.info(
      `input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile) for metric name ${JSON.stringify(name)}`,
      vecPos,
    );
  }
  // Stable: groups first seen at the same step keep their group order.
  const idx = result.map((_, i) => i);
  idx.sort((x, y) => firstStep[x] - firstStep[y] || x - y);
  return idx.map((i) => result[i]);
}

function parseLe(s: string): number {
  if (s === "") return Number.NaN;
  const t = s.trim().toLowerCase();
  if (t === "+inf" || t === "inf") return Infinity;
  if (t === "-inf") return -Infinity;
  if (t === "nan") return Number.NaN;
  const n = Number(s);
  return n;
}

/** First index in [0, n) of the sorted array with value > t. */
function firstAfter(a: number[], t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * rate/increase/delta/changes/resets over the experimental `anchored` and `smoothed` range
 * selectors. Anchored windows start at the last sample at or before the range start (within the
 * lookback delta) and are not extrapolated. Smoothed windows interpolate (counter-reset aware
 * for rate/increase) the values at both range boundaries.
 */
function extendedRange(ev: Evaluator, src: RangeSource, name: string, kind: "anchored" | "smoothed"): EvalSeries[] {
  const out: EvalSeries[] = [];
  const lookback = ev.lookback;
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
    for (let step = 0; step < ev.steps; step++) {
      const t = ev.stepTime(step);
      const rt = ev.refTime(src.sel, t);
      const rs = rt - range;
      const lo = firstAfter(T, rs);
      const hi = firstAfter(T, rt);
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
            for (let k = start + 1; k < hi; k++) if (V[k] !== V[k - 1] && !(Number.isNaN(V[k]) && Number.isNaN(V[k - 1]))) c++;
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
        const interp = (a: number, b: number, x: number) => at(a) + ((at(b) - at(a)) * (x - T[a])) / (T[b] - T[a]);
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
    }
    if (ts.length > 0) out.push({ metric: s.metric, ts, fs, dropName: true });
  }
  return out;
}
