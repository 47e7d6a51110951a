/**
 * Anchored and smoothed range selectors (experimental in Prometheus) over series holding
 * native histograms: rate/increase/delta by boundary samples or interpolation with counter
 * reset correction (Prometheus's extendedHistogramRate), resets/changes from the anchor sample,
 * and the smoothed instant selector's histogram interpolation (smoothSeries). Windows mixing
 * floats and histograms warn and give nothing (rate/increase/delta, smoothed selectors).
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import { addResult } from "../model/float_histogram.ts";
import { GaugeType } from "../model/histogram_schema.ts";
import { getLabel, METRIC_NAME } from "../model/labels.ts";
import { isStaleNaN } from "../model/series.ts";
import type { PosRange } from "./ast.ts";
import type { EvalSeries, FunctionEnv, LoadedSeries, RangeSource } from "./evaltypes.ts";
import { upperBound } from "./functions.ts";

interface Combined {
  t: number[];
  f: number[];
  h: (FloatHistogram | undefined)[];
}

/** The series' samples without stale markers, floats and histograms together. */
function combined(s: LoadedSeries): Combined {
  const c: Combined = { t: [], f: [], h: [] };
  for (let i = 0; i < s.n; i++) {
    const h = s.hs?.[i];
    if (h === undefined && isStaleNaN(s.fs[i])) continue;
    c.t.push(s.ts[i]);
    c.f.push(s.fs[i]);
    c.h.push(h);
  }
  return c;
}

function annotations(env: FunctionEnv, s: { metric: LoadedSeries["metric"] }, pos: PosRange) {
  const name = JSON.stringify(getLabel(s.metric, METRIC_NAME));
  return {
    mixed: () =>
      env.ctx.warn(`encountered a mix of histograms and floats for metric name ${name}`, pos),
    mixedSchemas: () =>
      env.ctx.warn(
        `vector contains a mix of histograms with exponential and custom buckets schemas for metric name ${name}`,
        pos,
      ),
    notCounter: () => env.ctx.warn(`this native histogram metric is not a counter: ${name}`, pos),
    notGauge: () => env.ctx.warn(`this native histogram metric is not a gauge: ${name}`, pos),
    reconciled: (op: string) =>
      env.ctx.info(`mismatched custom buckets were reconciled during ${op}`, pos),
  };
}

type Notes = ReturnType<typeof annotations>;

/** Prometheus's interpolateHistograms; null when the histograms do not combine. */
function interpolate(
  h1: FloatHistogram,
  t1: number,
  h2: FloatHistogram,
  t2: number,
  t: number,
  isCounter: boolean,
  a: Notes,
): FloatHistogram | null {
  if (t === t1) return h1.copy();
  if (t === t2) return h2.copy();
  const fraction = (t - t1) / (t2 - t1);
  if (isCounter && h2.detectReset(h1)) return h2.copy().mul(fraction);
  const r = h2.copy();
  if (r.sub(h1) !== undefined) return null;
  if (addResult.nhcbBoundsReconciled) a.reconciled("subtraction");
  r.mul(fraction);
  if (r.add(h1) !== undefined) return null;
  if (addResult.nhcbBoundsReconciled) a.reconciled("addition");
  return r;
}

/** extendedHistogramRate over the window h/t (histograms only). */
function histogramRate(
  t: number[],
  h: FloatHistogram[],
  rangeStart: number,
  rangeEnd: number,
  range: number,
  smoothed: boolean,
  isCounter: boolean,
  isRate: boolean,
  a: Notes,
): FloatHistogram | null {
  let last = h.length - 1;
  const firstIdx = Math.max(0, upperBound(t, 0, last, rangeStart) - 1);
  if (smoothed) {
    let k = 0;
    while (k < last && t[k] < rangeEnd) k++;
    last = k;
  }
  if (t[last] <= rangeStart) return null;
  if (smoothed && t[firstIdx] > rangeEnd) return null;
  const custom = h[firstIdx].usesCustomBuckets();
  for (let i = firstIdx; i <= last; i++) {
    if (h[i].usesCustomBuckets() !== custom) {
      a.mixedSchemas();
      return null;
    }
    if (isCounter && h[i].counterResetHint === GaugeType) a.notCounter();
  }
  const left =
    smoothed && t[firstIdx] < rangeStart
      ? interpolate(
          h[firstIdx],
          t[firstIdx],
          h[firstIdx + 1],
          t[firstIdx + 1],
          rangeStart,
          isCounter,
          a,
        )
      : h[firstIdx].copy();
  const right =
    smoothed && last > 0 && t[last] > rangeEnd
      ? interpolate(h[last - 1], t[last - 1], h[last], t[last], rangeEnd, isCounter, a)
      : h[last].copy();
  if (left === null || right === null) {
    a.mixedSchemas();
    return null;
  }
  if (!isCounter && (left.counterResetHint !== GaugeType || right.counterResetHint !== GaugeType))
    a.notGauge();
  const result = right.copy();
  if (result.sub(left) !== undefined) {
    a.mixedSchemas();
    return null;
  }
  if (addResult.nhcbBoundsReconciled) a.reconciled("subtraction");
  if (isCounter) {
    let first = firstIdx + 1;
    let prev = left;
    if (smoothed && t[firstIdx] < rangeStart && h[firstIdx + 1].detectReset(h[firstIdx])) {
      prev = h[firstIdx + 1];
      first++;
    }
    const lastIn = last - 1;
    if (first <= lastIn + 1) {
      let correction: FloatHistogram | null = null;
      const addCorrection = (x: FloatHistogram): boolean => {
        if (correction === null) {
          correction = x.copy();
          return true;
        }
        if (correction.add(x) !== undefined) return false;
        if (addResult.nhcbBoundsReconciled) a.reconciled("addition");
        return true;
      };
      for (let i = first; i <= lastIn; i++) {
        if (h[i].detectReset(prev) && !addCorrection(prev)) {
          a.mixedSchemas();
          return null;
        }
        prev = h[i];
      }
      if (right.detectReset(prev) && !addCorrection(prev)) {
        a.mixedSchemas();
        return null;
      }
      if (correction !== null) {
        if (result.add(correction) !== undefined) {
          a.mixedSchemas();
          return null;
        }
        if (addResult.nhcbBoundsReconciled) a.reconciled("addition");
      }
    }
  }
  if (isRate) result.div(range / 1000);
  result.counterResetHint = GaugeType;
  return result.compact(0);
}

/** resets/changes over a window that may mix floats and histograms. */
function resetsOrChanges(c: Combined, from: number, to: number, changes: boolean): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) {
    const p = c.h[i - 1];
    const q = c.h[i];
    if (p === undefined && q === undefined) {
      const x = c.f[i - 1];
      const y = c.f[i];
      if (changes ? x !== y && !(Number.isNaN(x) && Number.isNaN(y)) : y < x) n++;
    } else if (p === undefined || q === undefined) n++;
    else if (changes ? !q.equals(p) : q.detectReset(p)) n++;
  }
  return n;
}

/**
 * The results of an anchored/smoothed range function for the steps whose window holds
 * histograms (step index -> value, or null for no output); other steps are the float path's.
 */
export function extendedHistogramSteps(
  env: FunctionEnv,
  src: RangeSource,
  s: LoadedSeries,
  name: string,
  kind: "anchored" | "smoothed",
  pos: PosRange,
): Map<number, number | FloatHistogram | null> {
  const out = new Map<number, number | FloatHistogram | null>();
  const c = combined(s);
  const n = c.t.length;
  const a = annotations(env, s, pos);
  const lookback = env.lookback;
  const range = src.range;
  const isCounter = name === "rate" || name === "increase";
  for (let step = 0; step < env.steps; step++) {
    const rt = env.refTime(src.sel, env.stepTime(step));
    const rs = rt - range;
    const lo = upperBound(c.t, 0, n, rs);
    const hi = upperBound(c.t, 0, n, rt);
    let from: number;
    let to: number;
    if (kind === "anchored") {
      if (hi === lo) continue;
      from = lo > 0 && c.t[lo - 1] > rs - lookback ? lo - 1 : lo;
      to = hi;
    } else {
      if (lo >= n || hi === 0) continue;
      from = lo > 0 && c.t[lo - 1] > rs - lookback ? lo - 1 : lo;
      to = (hi < n && c.t[hi] <= rt + lookback ? hi : hi - 1) + 1;
      if (to <= from) continue;
    }
    let nh = 0;
    for (let i = from; i < to; i++) if (c.h[i] !== undefined) nh++;
    if (nh === 0) continue;
    if (name === "resets" || name === "changes") {
      out.set(step, resetsOrChanges(c, from, to, name === "changes"));
      continue;
    }
    if (nh !== to - from) {
      a.mixed();
      out.set(step, null);
      continue;
    }
    out.set(
      step,
      histogramRate(
        c.t.slice(from, to),
        c.h.slice(from, to) as FloatHistogram[],
        rs,
        rt,
        range,
        kind === "smoothed",
        isCounter,
        name === "rate",
        a,
      ),
    );
  }
  return out;
}

/**
 * A smoothed instant selector over a series with histograms (Prometheus's smoothSeries): per
 * step the samples within the lookback on both sides; exact samples are taken, others
 * interpolated between the neighbours (counters unless both are gauges) or carried forward.
 */
export function smoothedSeries(
  env: FunctionEnv,
  s: LoadedSeries,
  refT: Float64Array,
  stepT: Float64Array,
  pos: PosRange,
): EvalSeries | null {
  const c = combined(s);
  const n = c.t.length;
  const a = annotations(env, s, pos);
  const lb = env.lookback;
  const ts: number[] = [];
  const fs: number[] = [];
  const hs: (FloatHistogram | undefined)[] = [];
  for (let step = 0; step < refT.length; step++) {
    const d = refT[step];
    const from = upperBound(c.t, 0, n, d - lb);
    const to = upperBound(c.t, 0, n, d + lb);
    if (to <= from) continue;
    let nh = 0;
    for (let i = from; i < to; i++) if (c.h[i] !== undefined) nh++;
    if (nh > 0 && nh < to - from) {
      a.mixed();
      continue;
    }
    let i = from;
    while (i < to && c.t[i] < d) i++;
    if (nh === 0) {
      let v: number;
      if (i < to && c.t[i] === d) v = c.f[i];
      else if (i > from && i < to) {
        const t1 = c.t[i - 1];
        v = c.f[i - 1] + ((c.f[i] - c.f[i - 1]) * (d - t1)) / (c.t[i] - t1);
      } else if (i > from) v = c.f[i - 1];
      else continue;
      ts.push(stepT[step]);
      fs.push(v);
      hs.push(undefined);
      continue;
    }
    let h: FloatHistogram | null;
    if (i < to && c.t[i] === d) h = (c.h[i] as FloatHistogram).copy();
    else if (i > from && i < to) {
      const p = c.h[i - 1] as FloatHistogram;
      const q = c.h[i] as FloatHistogram;
      if (p.usesCustomBuckets() !== q.usesCustomBuckets()) {
        a.mixedSchemas();
        continue;
      }
      const isCounter = p.counterResetHint !== GaugeType || q.counterResetHint !== GaugeType;
      h = interpolate(p, c.t[i - 1], q, c.t[i], d, isCounter, a);
      if (h === null) {
        a.mixedSchemas();
        continue;
      }
    } else if (i > from) {
      h = (c.h[i - 1] as FloatHistogram).copy();
      h.counterResetHint = 0;
    } else continue;
    ts.push(stepT[step]);
    fs.push(0);
    hs.push(h);
  }
  if (ts.length === 0) return null;
  const o: EvalSeries = { metric: s.metric, ts, fs, dropName: false };
  if (hs.some((h) => h !== undefined)) o.hs = hs;
  return o;
}
