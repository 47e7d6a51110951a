/**
 * sum and avg over one step's vector when it holds native histograms (Prometheus's
 * evaluator.aggregation): histograms are added (avg: the direct mean, switching to an
 * incremental mean when the sum overflows); a group holding both floats and histograms has no
 * result and warns; exponential and custom-bucket histograms do not mix (warning); conflicting
 * counter reset hints warn; custom bounds that had to be reconciled give an info.
 */
import { addResult, type FloatHistogram } from "../model/float_histogram.ts";
import { CounterReset, NotCounterReset } from "../model/histogram_schema.ts";
import { getLabel, type Labels, METRIC_NAME } from "../model/labels.ts";
import type { Sample } from "./evaltypes.ts";
import { HistAccumulator } from "./histkahan.ts";
import type { QueryContext } from "./querycontext.ts";

interface Group {
  labels: Labels;
  dropName: boolean;
  count: number;
  hasFloat: boolean;
  hasHistogram: boolean;
  incompatible: boolean;
  resetSeen: boolean;
  notResetSeen: boolean;
  /** Float sum (Kahan) or, once incremental, the mean. */
  f: number;
  c: number;
  fIncremental: boolean;
  h: HistAccumulator | null;
}

function kahan(inc: number, sum: number, c: number): [number, number] {
  const t = sum + inc;
  if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) return [t, 0];
  if (Math.abs(sum) >= Math.abs(inc)) return [t, c + (sum - t + inc)];
  return [t, c + (inc - t + sum)];
}

/**
 * Aggregates one step's samples with sum or avg; `pos` is the aggregated expression's position
 * (where annotations point).
 */
export function sumAvgWithHistograms(
  op: "sum" | "avg",
  vec: Sample[],
  groupOf: (ls: Labels) => { key: string; labels: Labels },
  ctx: QueryContext,
  pos: { start: number },
): Sample[] {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const s of vec) {
    const gk = groupOf(s.metric);
    let g = groups.get(gk.key);
    const h = s.h;
    if (g === undefined) {
      g = {
        labels: gk.labels,
        dropName: s.dropName,
        count: 1,
        hasFloat: h === undefined,
        hasHistogram: h !== undefined,
        incompatible: false,
        resetSeen: h?.counterResetHint === CounterReset,
        notResetSeen: h?.counterResetHint === NotCounterReset,
        f: h === undefined ? s.f : 0,
        c: 0,
        fIncremental: false,
        h: h === undefined ? null : new HistAccumulator(h, op === "avg"),
      };
      groups.set(gk.key, g);
      order.push(g);
      continue;
    }
    if (g.incompatible) continue;
    if (s.dropName) g.dropName = true;
    g.count++;
    if (h === undefined) {
      g.hasFloat = true;
      if (op === "sum" || !g.fIncremental) {
        const [t, c] = kahan(s.f, g.f, g.c);
        if (op === "sum" || (t !== Number.POSITIVE_INFINITY && t !== Number.NEGATIVE_INFINITY)) {
          g.f = t;
          g.c = c;
          continue;
        }
        g.fIncremental = true;
        g.f /= g.count - 1;
        g.c /= g.count - 1;
      }
      const q = (g.count - 1) / g.count;
      [g.f, g.c] = kahan(s.f / g.count, q * g.f, q * g.c);
      continue;
    }
    g.hasHistogram = true;
    if (g.h === null) continue;
    if (h.counterResetHint === CounterReset) g.resetSeen = true;
    else if (h.counterResetHint === NotCounterReset) g.notResetSeen = true;
    if (!addChecked(g.h, h, s.metric, ctx, pos)) g.incompatible = true;
  }
  const out: Sample[] = [];
  for (const g of order) {
    if (g.hasFloat && g.hasHistogram) {
      ctx.warn("encountered a mix of histograms and floats for aggregation", pos);
      continue;
    }
    if (g.incompatible) continue;
    if (g.resetSeen && g.notResetSeen)
      ctx.warn("conflicting counter resets during histogram aggregation", pos);
    if (g.h !== null) {
      out.push({ metric: g.labels, f: 0, h: g.h.result(), dropName: g.dropName, t: 0 });
      continue;
    }
    let f: number;
    if (op === "sum") f = g.f + g.c;
    else if (g.fIncremental) f = g.f + g.c;
    else f = g.f / g.count + g.c / g.count;
    out.push({ metric: g.labels, f, dropName: g.dropName, t: 0 });
  }
  return out;
}

/** Adds h into acc; false (with the warning) when exponential and custom buckets meet. */
function addChecked(
  acc: HistAccumulator,
  h: FloatHistogram,
  metric: Labels,
  ctx: QueryContext,
  pos: { start: number },
): boolean {
  const err = acc.add(h);
  if (err !== undefined) {
    ctx.warn(
      `vector contains a mix of histograms with exponential and custom buckets schemas for metric name ${JSON.stringify(getLabel(metric, METRIC_NAME))}`,
      pos,
    );
    return false;
  }
  if (addResult.nhcbBoundsReconciled)
    ctx.info("mismatched custom buckets were reconciled during aggregation", pos);
  return true;
}
