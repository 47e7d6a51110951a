/**
 * Range-vector functions over windows holding native histograms (Prometheus's functions.go):
 * rate/increase/delta with extrapolation and counter resets, irate/idelta, sum/avg_over_time,
 * first/last_over_time, resets and changes. A kernel gets the window's samples in time order,
 * floats and histograms together (hs[i] set for histograms), and returns a float, a histogram
 * (a new object) or null for no output.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import { addResult } from "../model/float_histogram.ts";
import { CounterReset, GaugeType, NotCounterReset } from "../model/histogram_schema.ts";
import { getLabel, METRIC_NAME } from "../model/labels.ts";
import { HistAccumulator } from "./histkahan.ts";
import {
  extrapolateHistogramST,
  isStartTimestampReset,
  overlapWarning,
  startTimeOverlaps,
  windowStarts,
} from "./startts.ts";
import type { HistWindowKernel, LoadedSeries, WindowCall } from "./evaltypes.ts";

export type { HistWindowKernel };

/** Annotation helpers for one call. */
function notes(c: WindowCall) {
  const ctx = c.env.ctx;
  const pos = c.call.args[c.call.func.argTypes.indexOf("matrix")].pos;
  const name = (s: LoadedSeries) => JSON.stringify(getLabel(s.metric, METRIC_NAME));
  return {
    mixed: (s: LoadedSeries) =>
      ctx.warn(`encountered a mix of histograms and floats for metric name ${name(s)}`, pos),
    mixedSchemas: (s: LoadedSeries) =>
      ctx.warn(
        `vector contains a mix of histograms with exponential and custom buckets schemas for metric name ${name(s)}`,
        pos,
      ),
    notCounter: (s: LoadedSeries) =>
      ctx.warn(`this native histogram metric is not a counter: ${name(s)}`, pos),
    notGauge: (s: LoadedSeries) =>
      ctx.warn(`this native histogram metric is not a gauge: ${name(s)}`, pos),
    reconciled: (op: string) =>
      ctx.info(`mismatched custom buckets were reconciled during ${op}`, pos),
    collision: (op: string) => ctx.warn(`conflicting counter resets during histogram ${op}`, pos),
  };
}

/** Whether the window mixes floats and histograms. */
function isMixed(hs: (FloatHistogram | undefined)[], n: number): boolean {
  let f = false;
  let h = false;
  for (let i = 0; i < n; i++) {
    if (hs[i] === undefined) f = true;
    else h = true;
  }
  return f && h;
}

function copyToSchema(h: FloatHistogram, schema: number): FloatHistogram {
  const c = h.copy();
  if (!c.usesCustomBuckets() && c.schema > schema) c.reduceResolution(schema);
  return c;
}

/** rate/increase (isCounter) and delta over histogram windows, extrapolated as for floats. */
export function histRateKernel(isCounter: boolean, isRate: boolean) {
  return (c: WindowCall): HistWindowKernel => {
    const a = notes(c);
    return (ts, _fs, hs, n, rangeStart, rangeEnd, s) => {
      if (isMixed(hs, n)) {
        a.mixed(s);
        return null;
      }
      const st = windowStarts.st;
      if (n < 2) {
        if (n === 1 && st !== null && isCounter)
          return extrapolateHistogramST(
            null,
            hs[0] as FloatHistogram,
            st[0],
            ts[0],
            ts[0],
            1,
            rangeStart,
            rangeEnd,
            isCounter,
            isRate,
          );
        return null;
      }
      const stReset = (i: number) =>
        st !== null && isStartTimestampReset(st[i - 1], ts[i - 1], st[i], ts[i]);
      const first = hs[0] as FloatHistogram;
      const last = hs[n - 1] as FloatHistogram;
      let prev = first;
      let custom = prev.usesCustomBuckets();
      if (isCounter && (prev.counterResetHint === GaugeType || last.counterResetHint === GaugeType))
        a.notCounter(s);
      if (isCounter) {
        const second = hs[1] as FloatHistogram;
        if (stReset(1) || second.detectReset(prev)) {
          const empty = second.copy();
          empty.zeroCount = 0;
          empty.count = 0;
          empty.sum = 0;
          empty.zeroThreshold = 0;
          empty.positiveSpans = new Int32Array(0);
          empty.negativeSpans = new Int32Array(0);
          empty.positiveBuckets = new Float64Array(0);
          empty.negativeBuckets = new Float64Array(0);
          empty.counterResetHint = 0;
          prev = empty;
          custom = second.usesCustomBuckets();
        }
      }
      if (last.usesCustomBuckets() !== custom) {
        a.mixedSchemas(s);
        return null;
      }
      let minSchema = Math.min(last.schema, prev.schema);
      for (let i = 1; i < n - 1; i++) {
        const cur = hs[i] as FloatHistogram;
        if (!isCounter) continue;
        if (cur.counterResetHint === GaugeType) a.notCounter(s);
        if (cur.schema < minSchema) minSchema = cur.schema;
        if (cur.usesCustomBuckets() !== custom) {
          a.mixedSchemas(s);
          return null;
        }
      }
      const h = copyToSchema(last, minSchema);
      if (h.sub(prev) !== undefined) {
        a.mixedSchemas(s);
        return null;
      }
      if (addResult.nhcbBoundsReconciled) a.reconciled("subtraction");
      if (isCounter) {
        let p = prev;
        let warned = false;
        for (let i = 1; i < n; i++) {
          const cur = hs[i] as FloatHistogram;
          if (st !== null && !warned && startTimeOverlaps(st[i - 1], ts[i - 1], st[i])) {
            c.env.ctx.warn(overlapWarning(getLabel(s.metric, METRIC_NAME)), c.call.args[0].pos);
            warned = true;
          }
          if (stReset(i) || cur.detectReset(p)) {
            if (h.add(p) !== undefined) {
              a.mixedSchemas(s);
              return null;
            }
            if (addResult.nhcbBoundsReconciled) a.reconciled("addition");
          }
          p = cur;
        }
      } else if (first.counterResetHint !== GaugeType || last.counterResetHint !== GaugeType) {
        a.notGauge(s);
      }
      h.counterResetHint = GaugeType;
      h.compact(0);
      if (st !== null)
        return extrapolateHistogramST(
          h,
          first,
          st[0],
          ts[0],
          ts[n - 1],
          n,
          rangeStart,
          rangeEnd,
          isCounter,
          isRate,
        );
      // Extrapolation as for floats.
      const firstT = ts[0];
      const lastT = ts[n - 1];
      let durationToStart = (firstT - rangeStart) / 1000;
      let durationToEnd = (rangeEnd - lastT) / 1000;
      const sampledInterval = (lastT - firstT) / 1000;
      const avgBetween = sampledInterval / (n - 1);
      const threshold = avgBetween * 1.1;
      if (durationToStart >= threshold) durationToStart = avgBetween / 2;
      if (isCounter) {
        let durationToZero = durationToStart;
        if (h.count > 0 && first.count >= 0)
          durationToZero = sampledInterval * (first.count / h.count);
        if (durationToZero < durationToStart) durationToStart = durationToZero;
      }
      if (durationToEnd >= threshold) durationToEnd = avgBetween / 2;
      let factor =
        sampledInterval !== 0
          ? (sampledInterval + durationToStart + durationToEnd) / sampledInterval
          : 1;
      if (isRate) factor /= (rangeEnd - rangeStart) / 1000;
      return h.mul(factor);
    };
  };
}

/** irate (isRate) and idelta over the last two samples when both are histograms. */
export function histInstantKernel(isRate: boolean) {
  return (c: WindowCall): HistWindowKernel => {
    const a = notes(c);
    return (ts, _fs, hs, n, _rs, _re, s) => {
      if (n < 2) return null;
      const h0 = hs[n - 2];
      const h1 = hs[n - 1];
      const interval = ts[n - 1] - ts[n - 2];
      if (interval === 0) return null;
      if (h0 === undefined || h1 === undefined) {
        a.mixed(s);
        return null;
      }
      const r = h1.copy();
      if (isRate && (h1.counterResetHint === GaugeType || h0.counterResetHint === GaugeType))
        a.notCounter(s);
      if (!isRate && (h1.counterResetHint !== GaugeType || h0.counterResetHint !== GaugeType))
        a.notGauge(s);
      const st = windowStarts.st;
      const stReset =
        st !== null && isStartTimestampReset(st[n - 2], ts[n - 2], st[n - 1], ts[n - 1]);
      if (!isRate || !(stReset || h1.detectReset(h0))) {
        if (r.sub(h0) !== undefined) {
          a.mixedSchemas(s);
          return null;
        }
        if (addResult.nhcbBoundsReconciled) a.reconciled("subtraction");
      }
      r.counterResetHint = GaugeType;
      r.compact(0);
      if (isRate) r.div(interval / 1000);
      return r;
    };
  };
}

/** sum_over_time (avg = false) and avg_over_time over histogram windows. */
export function histSumAvgKernel(avg: boolean) {
  return (c: WindowCall): HistWindowKernel => {
    const a = notes(c);
    return (_ts, _fs, hs, n, _rs, _re, s) => {
      if (isMixed(hs, n)) {
        a.mixed(s);
        return null;
      }
      if (n === 0) return null;
      let resetSeen = false;
      let notResetSeen = false;
      let reconciled = false;
      const track = (h: FloatHistogram) => {
        if (h.counterResetHint === CounterReset) resetSeen = true;
        else if (h.counterResetHint === NotCounterReset) notResetSeen = true;
      };
      const first = hs[0] as FloatHistogram;
      track(first);
      const acc = new HistAccumulator(first, avg);
      let failed = false;
      for (let i = 1; i < n; i++) {
        const h = hs[i] as FloatHistogram;
        track(h);
        if (acc.add(h) !== undefined) {
          failed = true;
          break;
        }
        if (addResult.nhcbBoundsReconciled) reconciled = true;
      }
      if (resetSeen && notResetSeen) a.collision("aggregation");
      if (reconciled) a.reconciled("aggregation");
      if (failed) {
        a.mixedSchemas(s);
        return null;
      }
      return acc.result();
    };
  };
}

/** first_over_time (first = true) and last_over_time: the sample itself. */
export function histPickKernel(first: boolean) {
  return (_c: WindowCall): HistWindowKernel =>
    (_ts, fs, hs, n) => {
      if (n === 0) return null;
      const i = first ? 0 : n - 1;
      const h = hs[i];
      return h === undefined ? fs[i] : h.copy();
    };
}

/** resets: counter resets between consecutive samples; a float/histogram change counts as one. */
export function histResetsKernel(_c: WindowCall): HistWindowKernel {
  return (ts, fs, hs, n) => {
    if (n === 0) return null;
    let resets = 0;
    const st = windowStarts.st;
    for (let i = 1; i < n; i++) {
      const p = hs[i - 1];
      const cur = hs[i];
      const stReset = st !== null && isStartTimestampReset(st[i - 1], ts[i - 1], st[i], ts[i]);
      if (p === undefined && cur === undefined) {
        if (fs[i] < fs[i - 1] || stReset) resets++;
      } else if (p === undefined || cur === undefined) resets++;
      else if (stReset || cur.detectReset(p)) resets++;
    }
    return resets;
  };
}

/** changes: value changes between consecutive samples (histograms compared exactly). */
export function histChangesKernel(_c: WindowCall): HistWindowKernel {
  return (_ts, fs, hs, n) => {
    if (n === 0) return null;
    let changes = 0;
    for (let i = 1; i < n; i++) {
      const p = hs[i - 1];
      const cur = hs[i];
      if (p === undefined && cur === undefined) {
        const a = fs[i - 1];
        const b = fs[i];
        if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) changes++;
      } else if (p === undefined || cur === undefined) changes++;
      else if (!cur.equals(p)) changes++;
    }
    return changes;
  };
}

/** ts_of_first_over_time (first = true) and ts_of_last_over_time: the sample's time, seconds. */
export function histTsKernel(first: boolean) {
  return (_c: WindowCall): HistWindowKernel =>
    (ts, _fs, _hs, n) => {
      if (n === 0) return null;
      return ts[first ? 0 : n - 1] / 1000;
    };
}
