/**
 * Step alignment and splitting of range queries by time interval (Mimir's step_align.go and
 * split_and_cache.go). Times are Unix ms.
 */
import { type Expr, durNodeIsDynamic, inspect } from "../promql/ast.ts";
import { type QueryRequest, withQuery, withRange } from "./request.ts";

/** -query-frontend.align-queries-with-step: start and end rounded down to multiples of step. */
export function alignToStep(r: QueryRequest): QueryRequest {
  if (r.kind !== "range") return r;
  const start = Math.floor(r.start / r.step) * r.step;
  const end = Math.floor(r.end / r.step) * r.step;
  return start === r.start && end === r.end ? r : withRange(r, start, end);
}

/**
 * The last timestamp on the query's step grid (start + k*step) before the interval boundary
 * following t (Mimir's nextIntervalBoundary).
 */
export function nextIntervalBoundary(t: number, step: number, interval: number): number {
  const startOfNext = (Math.floor(t / interval) + 1) * interval;
  let target = startOfNext - ((startOfNext - t) % step);
  if (target === startOfNext) target -= step;
  return target;
}

/**
 * Splits a range query at interval boundaries; each part keeps the step grid (a part starts one
 * step after the previous one ends). `@ start()` and `@ end()` are pinned to the original range
 * first so that every part evaluates them the same.
 */
export function splitByInterval(r: QueryRequest, interval: number): QueryRequest[] {
  if (r.kind !== "range" || interval <= 0) return [r];
  const pinned = pinAtModifiers(r);
  if (r.start === r.end) return [pinned];
  const out: QueryRequest[] = [];
  for (let start = r.start; start <= r.end; ) {
    let end = nextIntervalBoundary(start, r.step, interval);
    if (end + r.step > r.end) end = r.end;
    out.push(withRange(pinned, start, end));
    start = end + r.step;
  }
  return out;
}

/** True when the query uses step()/range() durations, which depend on the whole request. */
export function hasDynamicDurations(e: Expr): boolean {
  let found = false;
  inspect(e, (n) => {
    const dyn =
      (n.kind === "VectorSelector" && n.offsetExpr && durNodeIsDynamic(n.offsetExpr)) ||
      (n.kind === "MatrixSelector" && n.rangeExpr && durNodeIsDynamic(n.rangeExpr)) ||
      (n.kind === "SubqueryExpr" &&
        ((n.rangeExpr && durNodeIsDynamic(n.rangeExpr)) ||
          (n.stepExpr && durNodeIsDynamic(n.stepExpr)) ||
          (n.offsetExpr && durNodeIsDynamic(n.offsetExpr))));
    if (dyn) found = true;
    return !found;
  });
  return found;
}

/** The request with `@ start()`/`@ end()` replaced by its own start and end (unchanged if none). */
export function pinAtModifiers(r: QueryRequest): QueryRequest {
  let has = false;
  inspect(r.expr, (n) => {
    if ((n.kind === "VectorSelector" || n.kind === "SubqueryExpr") && n.startOrEnd !== null)
      has = true;
  });
  if (!has) return r;
  const copy = structuredCloneExpr(r.expr);
  inspect(copy, (n) => {
    if ((n.kind === "VectorSelector" || n.kind === "SubqueryExpr") && n.startOrEnd !== null) {
      n.timestamp = n.startOrEnd === "start" ? r.start : r.end;
      n.startOrEnd = null;
    }
  });
  return withQuery(r, copy);
}

/**
 * Whether a query's results may be cached (Mimir's isRequestCachable): not with `@` modifiers
 * or negative offsets, whose results depend on data beyond the request's range.
 */
export function isCacheable(e: Expr): boolean {
  let ok = true;
  inspect(e, (n) => {
    if (n.kind === "VectorSelector" || n.kind === "SubqueryExpr") {
      if (n.timestamp !== null || n.startOrEnd !== null || n.offset < 0) ok = false;
    }
    return ok;
  });
  return ok;
}

/**
 * A deep copy of an AST: plain objects and arrays are copied, other objects (matchers, function
 * definitions) are shared.
 */
export function structuredCloneExpr<T>(e: T): T {
  if (Array.isArray(e)) return e.map((x) => structuredCloneExpr(x)) as T;
  if (e === null || typeof e !== "object") return e;
  if (Object.getPrototypeOf(e) !== Object.prototype) return e;
  const node = e as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(node)) {
    // Function definitions and matchers are immutable and shared.
    out[k] = k === "func" || k === "matchers" ? node[k] : structuredCloneExpr(node[k]);
  }
  return out as T;
}
