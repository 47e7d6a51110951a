/** Merging result series whose label sets became equal (after a function or name removal). */
import type { FloatHistogram } from "../model/float_histogram.ts";
import { labelsKey } from "../model/labels.ts";
import type { EvalSeries } from "./evaltypes.ts";
import { QueryError } from "./types.ts";

/** The points of a and b in time order; two points at the same time are an error. */
export function mergePoints(a: EvalSeries, b: EvalSeries): EvalSeries {
  const ts: number[] = [];
  const fs: number[] = [];
  const withH = a.hs !== undefined || b.hs !== undefined;
  const hs: (FloatHistogram | undefined)[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ts.length || j < b.ts.length) {
    if (j >= b.ts.length || (i < a.ts.length && a.ts[i] < b.ts[j])) {
      ts.push(a.ts[i]);
      fs.push(a.fs[i]);
      if (withH) hs.push(a.hs?.[i]);
      i++;
    } else if (i >= a.ts.length || b.ts[j] < a.ts[i]) {
      ts.push(b.ts[j]);
      fs.push(b.fs[j]);
      if (withH) hs.push(b.hs?.[j]);
      j++;
    } else {
      throw new QueryError("execution", "vector cannot contain metrics with the same labelset");
    }
  }
  const out: EvalSeries = { metric: a.metric, ts, fs, dropName: a.dropName };
  if (withH) out.hs = hs;
  return out;
}

/** Merges series with identical labels, erroring on overlapping points. */
export function mergeSameLabels(series: EvalSeries[]): EvalSeries[] {
  const m = new Map<string, EvalSeries>();
  const out: EvalSeries[] = [];
  for (const s of series) {
    const key = labelsKey(s.metric);
    const prev = m.get(key);
    if (!prev) {
      m.set(key, s);
      out.push(s);
      continue;
    }
    const merged = mergePoints(prev, s);
    merged.dropName = prev.dropName || s.dropName;
    m.set(key, merged);
    out[out.indexOf(prev)] = merged;
  }
  return out;
}
