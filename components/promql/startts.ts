/**
 * Start timestamps (created timestamps) in rate/increase/irate/resets (Prometheus's
 * functions.go with start timestamps): a sample whose start timestamp lies after the previous
 * sample is a counter reset (deltas, restarts), and a first sample whose start timestamp lies
 * inside the range is extrapolated to a zero value at that time instead of to the range start.
 * The window's start timestamps are handed to the kernels through `windowStarts`, aligned with
 * the arrays the kernels read (0 = unknown); null when the series has none.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";

/** The start timestamps of the window a kernel is called on (set by the window driver). */
export const windowStarts: { st: ArrayLike<number> | null } = { st: null };

/** Prometheus's isStartTimestampReset. */
export function isStartTimestampReset(
  prevST: number,
  prevT: number,
  curST: number,
  curT: number,
): boolean {
  if (curST === 0 || curST >= curT) return false;
  if (curST < prevT) return false;
  if (curST > prevT) return true;
  if (prevST > prevT) return false;
  return prevST !== 0 && prevST !== prevT;
}

/** Prometheus's checkStartTimeOverlap. */
export function startTimeOverlaps(prevST: number, prevT: number, curST: number): boolean {
  return curST !== 0 && curST < prevT && curST !== prevST;
}

/** The overlap warning's text for a metric name. */
export function overlapWarning(metricName: string): string {
  return `sample has start time that overlaps with previous sample timestamp for metric ${JSON.stringify(metricName)}`;
}

/**
 * extrapolatedRate over floats [lo, hi) with start timestamps st (same indices); `overlap` is
 * called once when a start time overlaps the previous sample.
 */
export function extrapolatedRateST(
  ts: ArrayLike<number>,
  fs: ArrayLike<number>,
  st: ArrayLike<number>,
  lo: number,
  hi: number,
  rangeStart: number,
  rangeEnd: number,
  isCounter: boolean,
  isRate: boolean,
  overlap: () => void,
): number | null {
  const n = hi - lo;
  if (n < 1) return null;
  const firstT = ts[lo];
  const lastT = ts[hi - 1];
  let result = fs[hi - 1] - fs[lo];
  if (isCounter) {
    let warned = false;
    for (let i = lo + 1; i < hi; i++) {
      if (!warned && startTimeOverlaps(st[i - 1], ts[i - 1], st[i])) {
        overlap();
        warned = true;
      }
      if (fs[i] < fs[i - 1] || isStartTimestampReset(st[i - 1], ts[i - 1], st[i], ts[i]))
        result += fs[i - 1];
    }
  }
  return extrapolate(
    result,
    fs[lo],
    st[lo],
    firstT,
    lastT,
    n,
    rangeStart,
    rangeEnd,
    isCounter,
    isRate,
    (r) => r + fs[lo],
  );
}

/**
 * The shared end of extrapolatedRate: scales `result` (a float or a histogram's count, with
 * `addFirst` adding the first sample when the start timestamp replaces extrapolation) to the
 * range; null for no output.
 */
function extrapolate<T extends number | FloatHistogram>(
  result: T,
  firstCount: number,
  firstST: number,
  firstT: number,
  lastT: number,
  n: number,
  rangeStart: number,
  rangeEnd: number,
  isCounter: boolean,
  isRate: boolean,
  addFirst: (r: T) => T,
): T | null {
  let durationToStart = (firstT - rangeStart) / 1000;
  let durationToEnd = (rangeEnd - lastT) / 1000;
  let sampledInterval = (lastT - firstT) / 1000;
  const avg = n > 1 ? sampledInterval / (n - 1) : 0;
  const threshold = avg * 1.1;
  const count = (r: T) => (typeof r === "number" ? r : (r as FloatHistogram).count);
  if (isCounter && firstST !== 0 && firstST > rangeStart && firstST < firstT) {
    durationToStart = 0;
    sampledInterval = (lastT - firstST) / 1000;
    result = addFirst(result);
  } else if (n === 1) {
    return null;
  } else {
    if (durationToStart >= threshold) durationToStart = avg / 2;
    if (isCounter) {
      let durationToZero = durationToStart;
      const rc = count(result);
      if (rc > 0 && firstCount >= 0) durationToZero = sampledInterval * (firstCount / rc);
      if (durationToZero < durationToStart) durationToStart = durationToZero;
    }
  }
  if (durationToEnd >= threshold) durationToEnd = avg / 2;
  let factor =
    sampledInterval !== 0
      ? (sampledInterval + durationToStart + durationToEnd) / sampledInterval
      : 1;
  if (isRate) factor /= (rangeEnd - rangeStart) / 1000;
  if (typeof result === "number") return (result * factor) as T;
  return (result as FloatHistogram).mul(factor) as T;
}

/**
 * The extrapolation of a histogram rate with start timestamps: `h` is the window's increase
 * (resets corrected), `first` its first sample; n samples from firstT to lastT.
 */
export function extrapolateHistogramST(
  h: FloatHistogram | null,
  first: FloatHistogram,
  firstST: number,
  firstT: number,
  lastT: number,
  n: number,
  rangeStart: number,
  rangeEnd: number,
  isCounter: boolean,
  isRate: boolean,
): FloatHistogram | null {
  const useST = isCounter && firstST !== 0 && firstST > rangeStart && firstST < firstT;
  if (h === null && !useST) return null;
  // With no increase in the window, the first sample itself is the increase from its start time.
  const addFirst =
    h === null
      ? (r: FloatHistogram) => r
      : (r: FloatHistogram) => {
          r.add(first);
          return r;
        };
  return extrapolate(
    h ?? first.copy(),
    first.count,
    firstST,
    firstT,
    lastT,
    n,
    rangeStart,
    rangeEnd,
    isCounter,
    isRate,
    addFirst,
  );
}

/** irate/idelta over the last two float samples with start timestamps. */
export function instantValueST(
  ts: ArrayLike<number>,
  fs: ArrayLike<number>,
  st: ArrayLike<number>,
  lo: number,
  hi: number,
  isRate: boolean,
): number | null {
  if (hi - lo < 2) return null;
  const a = hi - 2;
  const b = hi - 1;
  const interval = ts[b] - ts[a];
  if (interval === 0) return null;
  let result = fs[b];
  if (!isRate || !(fs[b] < fs[a] || isStartTimestampReset(st[a], ts[a], st[b], ts[b])))
    result = fs[b] - fs[a];
  if (isRate) result /= interval / 1000;
  return result;
}
