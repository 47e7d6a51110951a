/**
 * Kernels of the functions over instant vectors and scalars (functable.ts): each evaluates its
 * own arguments through the FunctionEnv and returns the call's value over all steps.
 */
import { RE2JS } from "re2js";
import { compareLabels, getLabel, METRIC_NAME } from "../model/labels.ts";
import { type Call, unwrapParens } from "./ast.ts";
import type { CallKernel, EvalSeries, EvalValue, FunctionEnv } from "./evaltypes.ts";
import { naturalCompare } from "./functions.ts";
import { isValidLabelName, setLabel } from "./labelset.ts";
import { absentLabels } from "./rangefuncs.ts";
import { mergeSameLabels } from "./seriesmerge.ts";
import { QueryError } from "./types.ts";

function execError(msg: string): QueryError {
  return new QueryError("execution", msg);
}

function matrix(series: EvalSeries[]): EvalValue {
  return { type: "matrix", series, isRange: false };
}

/** Step index of a step timestamp. */
function stepOf(env: FunctionEnv, t: number): number {
  return Math.round((t - env.start) / env.interval);
}

function mapSeries(
  series: EvalSeries[],
  f: (x: number, t: number, i: number) => number,
): EvalSeries[] {
  return series.map((s) => ({
    metric: s.metric,
    ts: s.ts,
    fs: s.fs.map((x, i) => f(x, s.ts[i], i)),
    dropName: true,
  }));
}

/** A function applying fn to every sample value of its vector argument (abs, ln, sin, ...). */
export function mathFunction(fn: (x: number) => number): CallKernel {
  return async (env, e) => matrix(mergeSameLabels(mapSeries(await env.evalVector(e.args[0]), fn)));
}

export const sgn = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : x);
export const deg = (x: number): number => (x * 180) / Math.PI;
export const rad = (x: number): number => (x * Math.PI) / 180;

/**
 * A date function (hour, month, ...): fn of the UTC date of every sample value taken as Unix
 * seconds, or of the step time when called without an argument.
 */
export function dateFunction(fn: (d: Date) => number): CallKernel {
  return async (env, e) => {
    let v: EvalSeries[];
    if (e.args.length === 0) {
      const ts: number[] = [];
      const fs: number[] = [];
      for (let i = 0; i < env.steps; i++) {
        ts.push(env.stepTime(i));
        fs.push(env.stepTime(i) / 1000);
      }
      v = [{ metric: [], ts, fs, dropName: false }];
    } else v = await env.evalVector(e.args[0]);
    const d = new Date(0);
    return matrix(
      mergeSameLabels(
        mapSeries(v, (x) => {
          if (!Number.isFinite(x)) return Number.NaN;
          d.setTime(Math.trunc(x) * 1000);
          return fn(d);
        }),
      ),
    );
  };
}

export const dayOfYear = (d: Date): number =>
  Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
export const daysInMonth = (d: Date): number =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();

/** A scalar function of the query (start(), end(), step(), range()), in seconds. */
export function queryScalar(of: (ctx: FunctionEnv["ctx"]) => number): CallKernel {
  return async (env) => ({
    type: "scalar",
    vals: new Float64Array(env.steps).fill(of(env.ctx) / 1000),
  });
}

export async function time(env: FunctionEnv): Promise<EvalValue> {
  const vals = new Float64Array(env.steps);
  for (let i = 0; i < env.steps; i++) vals[i] = env.stepTime(i) / 1000;
  return { type: "scalar", vals };
}

export async function pi(env: FunctionEnv): Promise<EvalValue> {
  return { type: "scalar", vals: new Float64Array(env.steps).fill(Math.PI) };
}

/** min_of/max_of of two scalars. */
export function scalarExtremum(pick: (a: number, b: number) => number): CallKernel {
  return async (env, e) => {
    const a = await env.evalScalar(e.args[0]);
    const b = await env.evalScalar(e.args[1]);
    const vals = new Float64Array(env.steps);
    for (let i = 0; i < env.steps; i++) vals[i] = pick(a[i], b[i]);
    return { type: "scalar", vals };
  };
}

export async function vector(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const vals = await env.evalScalar(e.args[0]);
  const ts: number[] = [];
  for (let i = 0; i < env.steps; i++) ts.push(env.stepTime(i));
  return matrix([{ metric: [], ts, fs: Array.from(vals), dropName: false }]);
}

export async function scalar(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const v = await env.evalVector(e.args[0]);
  const vals = new Float64Array(env.steps).fill(Number.NaN);
  const counts = new Uint32Array(env.steps);
  for (const s of v) {
    for (let i = 0; i < s.ts.length; i++) {
      const step = stepOf(env, s.ts[i]);
      counts[step]++;
      vals[step] = s.fs[i];
    }
  }
  for (let i = 0; i < env.steps; i++) if (counts[i] !== 1) vals[i] = Number.NaN;
  return { type: "scalar", vals };
}

export async function timestamp(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const a = unwrapParens(e.args[0]);
  // A selector's series have distinct label sets: nothing to merge.
  if (a.kind === "VectorSelector") return matrix(await env.evalVectorSelectorTimestamps(a));
  const v = await env.evalVector(e.args[0]);
  return matrix(mergeSameLabels(mapSeries(v, (_x, t) => t / 1000)));
}

/**
 * start_timestamp(v): the start timestamps (seconds, 0 when unknown) of the samples a vector
 * selector picks; nothing for other expressions (their samples have no start timestamps).
 */
export async function startTimestamp(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const a = unwrapParens(e.args[0]);
  if (a.kind === "VectorSelector") return matrix(await env.evalVectorSelectorTimestamps(a, true));
  await env.evalVectorH(e.args[0]);
  return matrix([]);
}

/** clamp(v, min, max), clamp_min(v, min), clamp_max(v, max). */
export function clampFunction(kind: "clamp" | "clamp_min" | "clamp_max"): CallKernel {
  return async (env, e) => {
    const v = await env.evalVector(e.args[0]);
    const a = await env.evalScalar(e.args[1]);
    const b = kind === "clamp" ? await env.evalScalar(e.args[2]) : null;
    const out: EvalSeries[] = [];
    for (const s of v) {
      const ts: number[] = [];
      const fs: number[] = [];
      for (let i = 0; i < s.ts.length; i++) {
        const step = stepOf(env, s.ts[i]);
        const x = s.fs[i];
        let r: number;
        if (kind === "clamp") {
          const lo = a[step];
          const hi = b![step];
          if (hi < lo) continue;
          r = Math.max(lo, Math.min(hi, x));
          if (Number.isNaN(x) || Number.isNaN(lo) || Number.isNaN(hi)) r = Number.NaN;
        } else if (kind === "clamp_min") {
          r = Number.isNaN(x) || Number.isNaN(a[step]) ? Number.NaN : Math.max(a[step], x);
        } else {
          r = Number.isNaN(x) || Number.isNaN(a[step]) ? Number.NaN : Math.min(a[step], x);
        }
        ts.push(s.ts[i]);
        fs.push(r);
      }
      if (ts.length) out.push({ metric: s.metric, ts, fs, dropName: true });
    }
    return matrix(mergeSameLabels(out));
  };
}

export async function round(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const v = await env.evalVector(e.args[0]);
  const to = e.args[1] ? await env.evalScalar(e.args[1]) : null;
  return matrix(
    mergeSameLabels(
      v.map((s) => ({
        metric: s.metric,
        ts: s.ts,
        fs: s.fs.map((x, i) => {
          const n = to ? to[stepOf(env, s.ts[i])] : 1;
          const inv = 1 / n;
          return Math.floor(x * inv + 0.5) / inv;
        }),
        dropName: true,
      })),
    ),
  );
}

export async function absent(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const v = await env.evalVectorH(e.args[0]);
  const present = new Uint8Array(env.steps);
  for (const s of v) for (const t of s.ts) present[stepOf(env, t)] = 1;
  const ts: number[] = [];
  const fs: number[] = [];
  for (let i = 0; i < env.steps; i++) {
    if (!present[i]) {
      ts.push(env.stepTime(i));
      fs.push(1);
    }
  }
  return matrix(ts.length ? [{ metric: absentLabels(e.args[0]), ts, fs, dropName: false }] : []);
}

/** sort/sort_desc: only meaningful for instant queries; orders series by value, NaN last. */
export function sortFunction(desc: boolean): CallKernel {
  return async (env, e) => {
    const v = await env.evalVector(e.args[0]);
    const sorted = v.slice().sort((a, b) => {
      const x = a.fs[0];
      const y = b.fs[0];
      const xn = Number.isNaN(x);
      const yn = Number.isNaN(y);
      if (xn || yn) return xn && yn ? 0 : xn ? 1 : -1;
      return desc ? y - x : x - y;
    });
    return matrix(sorted);
  };
}

/** sort_by_label/sort_by_label_desc: natural order of the given labels, then of all labels. */
export function sortByLabelFunction(desc: boolean): CallKernel {
  return async (env, e) => {
    const v = await env.evalVector(e.args[0]);
    const labels: string[] = [];
    for (let i = 1; i < e.args.length; i++) labels.push(await env.evalString(e.args[i]));
    const sorted = v.slice().sort((a, b) => {
      for (const l of labels) {
        const c = naturalCompare(getLabel(a.metric, l), getLabel(b.metric, l));
        if (c !== 0) return desc ? -c : c;
      }
      const c = compareLabels(a.metric, b.metric);
      return desc ? -c : c;
    });
    return matrix(sorted);
  };
}

export async function labelReplace(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const args = e.args;
  const v = await env.evalVector(args[0]);
  const dst = await env.evalString(args[1]);
  const repl = await env.evalString(args[2]);
  const src = await env.evalString(args[3]);
  const regexStr = await env.evalString(args[4]);
  let re: RE2JS;
  try {
    re = RE2JS.compile(`^(?s:${regexStr})$`);
  } catch (err) {
    throw execError(
      `invalid regular expression in label_replace(): ${regexStr}: ${(err as Error).message}`,
    );
  }
  if (!isValidLabelName(dst))
    throw execError(`invalid destination label name in label_replace(): ${dst}`);
  const out: EvalSeries[] = v.map((s) => {
    const val = getLabel(s.metric, src);
    const m = re.matcher(val);
    if (!m.matches()) return s;
    const res = expandTemplate(repl, m, re);
    const metric = setLabel(s.metric, dst, res);
    return { metric, ts: s.ts, fs: s.fs, dropName: dst === METRIC_NAME ? false : s.dropName };
  });
  return matrix(mergeSameLabels(out));
}

export async function labelJoin(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const args = e.args;
  const v = await env.evalVector(args[0]);
  const dst = await env.evalString(args[1]);
  const sep = await env.evalString(args[2]);
  const srcs: string[] = [];
  for (let i = 3; i < args.length; i++) {
    const s = await env.evalString(args[i]);
    if (!isValidLabelName(s)) throw execError(`invalid source label name in label_join(): ${s}`);
    srcs.push(s);
  }
  if (!isValidLabelName(dst))
    throw execError(`invalid destination label name in label_join(): ${dst}`);
  const out: EvalSeries[] = v.map((s) => {
    const val = srcs.map((l) => getLabel(s.metric, l)).join(sep);
    return {
      metric: setLabel(s.metric, dst, val),
      ts: s.ts,
      fs: s.fs,
      dropName: dst === METRIC_NAME ? false : s.dropName,
    };
  });
  return matrix(mergeSameLabels(out));
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
