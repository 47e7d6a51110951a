/**
 * Query sharding (-query-frontend.parallelize-shardable-queries): a query whose outermost node
 * is `sum`, `min`, `max`, `count` or `avg` over an expression that keeps series apart (no other
 * aggregation, no vector-to-vector binary operation, no function that looks across series) runs
 * as N partial queries, each over the series of one shard (`__query_shard__="<i>_of_<N>"`,
 * 1-based), whose results the frontend aggregates again: sum and count add up, min and max
 * take the extreme, avg is sum / count. The result is the unsharded query's.
 */
import { formatFloat } from "../api/prometheus/format.ts";
import { parseGoFloat } from "../api/prometheus/params.ts";
import { newMatcher } from "../model/matcher.ts";
import { type AggregateExpr, type Expr, inspect, typeOf, unwrapParens } from "../promql/ast.ts";
import type { Point, QueryResponse, SampleStream, VectorSample } from "./response.ts";
import { compareMetrics, metricKey } from "./response.ts";
import { structuredCloneExpr } from "./split.ts";

/** The label matcher that selects one shard's series. */
export const SHARD_LABEL = "__query_shard__";

export type ShardableOp = "sum" | "min" | "max" | "count" | "avg";
const SHARDABLE_OPS = new Set<string>(["sum", "min", "max", "count", "avg"]);

/** Functions whose result for a series depends on other series or on none. */
const NOT_SHARDABLE_FUNCS = new Set([
  "absent",
  "absent_over_time",
  "scalar",
  "vector",
  "histogram_quantile",
  "histogram_fraction",
  "sort",
  "sort_desc",
  "sort_by_label",
  "sort_by_label_desc",
  "info",
  "time",
]);

/** The outermost aggregation when the query can be sharded, else undefined. */
export function shardableAggregation(e: Expr): AggregateExpr | undefined {
  const top = unwrapParens(e);
  if (top.kind !== "AggregateExpr" || !SHARDABLE_OPS.has(top.op) || top.param !== null)
    return undefined;
  let ok = true;
  let selectors = 0;
  inspect(top.expr, (n) => {
    switch (n.kind) {
      case "AggregateExpr":
        ok = false;
        break;
      case "VectorSelector":
        selectors++;
        break;
      case "Call":
        if (NOT_SHARDABLE_FUNCS.has(n.func.name)) ok = false;
        break;
      case "BinaryExpr":
        if (typeOf(n.lhs) === "vector" && typeOf(n.rhs) === "vector") ok = false;
        break;
      default:
    }
    return ok;
  });
  return ok && selectors > 0 ? top : undefined;
}

/** The partial aggregations a sharded query runs per shard: avg needs sum and count. */
export function partialOps(op: ShardableOp): ShardableOp[] {
  return op === "avg" ? ["sum", "count"] : [op];
}

/** The query of one shard: `op by/without (g) (inner{__query_shard__="i_of_n"})`. */
export function shardQuery(agg: AggregateExpr, op: ShardableOp, shard: number, of: number): Expr {
  const copy = structuredCloneExpr(agg);
  copy.op = op;
  const matcher = newMatcher("=", SHARD_LABEL, `${shard}_of_${of}`);
  inspect(copy.expr, (n) => {
    if (n.kind === "VectorSelector") n.matchers = [...n.matchers, matcher];
  });
  return copy;
}

function parseValue(s: string): number {
  return parseGoFloat(s) ?? Number.NaN;
}

/** Combines one partial value into the running one, as the aggregation does for a new series. */
function combine(op: ShardableOp, cur: number, v: number): number {
  switch (op) {
    case "sum":
    case "count":
      return cur + v;
    case "min":
      return cur > v || Number.isNaN(cur) ? v : cur;
    case "max":
      return cur < v || Number.isNaN(cur) ? v : cur;
    default:
      return cur;
  }
}

/** True when a partial answer holds native histograms (the merge handles floats only). */
export function hasHistograms(r: QueryResponse): boolean {
  if (r.resultType === "matrix")
    return (r.result as SampleStream[]).some((s) => (s.histograms?.length ?? 0) > 0);
  if (r.resultType === "vector")
    return (r.result as VectorSample[]).some((s) => s.histogram !== undefined);
  return false;
}

/** Per series and timestamp: the running value (parallel arrays keep one allocation per point). */
interface Acc {
  metric: Record<string, string>;
  points: Map<number, number>;
}

function accumulate(into: Map<string, Acc>, op: ShardableOp, r: QueryResponse): void {
  const add = (metric: Record<string, string>, p: Point) => {
    const k = metricKey(metric);
    let acc = into.get(k);
    if (acc === undefined) {
      acc = { metric, points: new Map() };
      into.set(k, acc);
    }
    const v = parseValue(p[1]);
    const cur = acc.points.get(p[0]);
    acc.points.set(p[0], cur === undefined ? v : combine(op, cur, v));
  };
  if (r.resultType === "matrix") {
    for (const s of r.result as SampleStream[]) for (const p of s.values ?? []) add(s.metric, p);
  } else if (r.resultType === "vector") {
    for (const s of r.result as VectorSample[]) if (s.value) add(s.metric, s.value);
  }
}

/**
 * Aggregates the shards' answers: `partials[j][i]` is the answer of partial op j on shard i.
 * The result has the shape of the first answer (matrix or vector), series sorted by labels.
 */
export function mergeShards(op: ShardableOp, partials: QueryResponse[][]): QueryResponse {
  const ops = partialOps(op);
  const accs = ops.map((o, j) => {
    const m = new Map<string, Acc>();
    for (const r of partials[j]) accumulate(m, o, r);
    return m;
  });
  const first = partials[0][0];
  const warnings = new Set<string>();
  const infos = new Set<string>();
  for (const list of partials)
    for (const r of list) {
      for (const w of r.warnings) warnings.add(w);
      for (const w of r.infos) infos.add(w);
    }
  let final = accs[0];
  if (op === "avg") {
    const counts = accs[1];
    final = new Map();
    for (const [k, sum] of accs[0]) {
      const count = counts.get(k);
      if (count === undefined) continue;
      const points = new Map<number, number>();
      for (const [t, s] of sum.points) {
        const c = count.points.get(t);
        if (c !== undefined) points.set(t, s / c);
      }
      final.set(k, { metric: sum.metric, points });
    }
  }
  const series = [...final.values()].sort((a, b) => compareMetrics(a.metric, b.metric));
  let result: unknown;
  if (first.resultType === "vector") {
    result = series.flatMap((s) =>
      [...s.points].map(
        ([t, v]): VectorSample => ({ metric: s.metric, value: [t, formatFloat(v)] }),
      ),
    );
  } else {
    result = series.map(
      (s): SampleStream => ({
        metric: s.metric,
        values: [...s.points]
          .sort((a, b) => a[0] - b[0])
          .map(([t, v]): Point => [t, formatFloat(v)]),
      }),
    );
  }
  return {
    resultType: first.resultType,
    result,
    warnings: [...warnings],
    infos: [...infos],
  };
}
