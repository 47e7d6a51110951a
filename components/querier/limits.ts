/**
 * Mimir's per-tenant query limits, in two layers:
 *
 * - what the query-frontend checks on an instant/range query before it runs
 *   (M:pkg/frontend/querymiddleware/limits.go, blocker.go): `max_query_lookback` and
 *   `compactor_blocks_retention_period` clamp the start (a query wholly before them answers an
 *   empty matrix), `max_query_expression_size_bytes`, `max_total_query_length` over the effective
 *   time range (promql.FindMinMaxTime: range selectors, subqueries, offsets, lookback delta) and
 *   `blocked_queries`. These are 400 `bad_data`; `checkFrontendQuery` implements them.
 * - what the querier checks on every selection (M:pkg/querier/querier.go multiQuerier):
 *   `max_query_lookback` clamps the querier's and each selection's start, `max_labels_query_length`
 *   clamps series selections, `max_partial_query_length` limits each selection's range, and one
 *   per-query counter (M:pkg/util/limiter/query_limiter.go) enforces
 *   `max_fetched_series_per_query` / `max_fetched_chunks_per_query` /
 *   `max_fetched_chunk_bytes_per_query` over everything the query fetched from ingesters and
 *   store-gateways. These errors are Mimir LimitErrors, which the Prometheus API answers with 422
 *   `execution` (M:pkg/querier/error_translate_queryable.go).
 *
 * Limits are read per query (runtime-config reloads take effect on the next one). Durations are ms.
 */
import { addFetchedSeries } from "./stats.ts";
import { type Expr, evalDurNode } from "../promql/ast.ts";
import { type Labels, labelsKey } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import { MatcherError, newMatcher } from "../model/matcher.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../model/series.ts";
import {
  maxChunkBytesHit,
  maxChunksHit,
  maxSeriesHit,
  maxQueryExpressionSizeBytesError,
  maxQueryLengthError,
  maxTotalQueryLengthError,
  queryBlockedError,
} from "./errors.ts";

export interface BlockedQuery {
  pattern: string;
  regex?: boolean;
  reason?: string;
}

/** The per-tenant limits this file enforces (a subset of util/limits Limits; Overrides.get satisfies it). */
export interface TenantQueryLimits {
  max_fetched_series_per_query: number;
  max_fetched_chunks_per_query: number;
  max_fetched_chunk_bytes_per_query: number;
  max_query_lookback: number;
  max_partial_query_length: number;
  max_total_query_length: number;
  max_labels_query_length: number;
  max_query_expression_size_bytes: number;
  compactor_blocks_retention_period: number;
  blocked_queries: readonly BlockedQuery[];
}

/** Where limits come from: `Overrides` (read per query), or anything with the same `get`. */
export interface QueryLimitsProvider {
  get(tenant: string): Partial<TenantQueryLimits>;
}

/** Fills absent limits with 0 (= disabled). */
export function resolveLimits(l: Partial<TenantQueryLimits>): TenantQueryLimits {
  return {
    max_fetched_series_per_query: l.max_fetched_series_per_query ?? 0,
    max_fetched_chunks_per_query: l.max_fetched_chunks_per_query ?? 0,
    max_fetched_chunk_bytes_per_query: l.max_fetched_chunk_bytes_per_query ?? 0,
    max_query_lookback: l.max_query_lookback ?? 0,
    max_partial_query_length: l.max_partial_query_length ?? 0,
    max_total_query_length: l.max_total_query_length ?? 0,
    max_labels_query_length: l.max_labels_query_length ?? 0,
    max_query_expression_size_bytes: l.max_query_expression_size_bytes ?? 0,
    compactor_blocks_retention_period: l.compactor_blocks_retention_period ?? 0,
    blocked_queries: l.blocked_queries ?? [],
  };
}

// ---------------------------------------------------------------------------------------------
// Query-frontend checks

/** promql.FindMinMaxTime: the data range a query reads, or [0, 0] when it has no selector. */
export function findMinMaxTime(
  e: Expr,
  start: number,
  end: number,
  lookbackDelta: number,
  step = 0,
): [number, number] {
  let minT = Number.POSITIVE_INFINITY;
  let maxT = Number.NEGATIVE_INFINITY;
  const range = end - start;
  // Subqueries on the path from the root: [offset, range, timestamp] (Prometheus's subqueryTimes).
  const visit = (
    n: Expr,
    subqOffset: number,
    subqRange: number,
    subqTs: number | null,
    evalRange: number,
  ): void => {
    switch (n.kind) {
      case "VectorSelector": {
        let s = start;
        let en = end;
        if (subqTs !== null) {
          s = subqTs;
          en = subqTs;
        }
        const ts = n.startOrEnd === "start" ? start : n.startOrEnd === "end" ? end : n.timestamp;
        if (ts !== null) {
          s = ts;
          en = ts;
        } else {
          s = s - subqOffset - subqRange;
          en -= subqOffset;
        }
        s -= (evalRange === 0 ? lookbackDelta : evalRange) - 1;
        const off = n.offsetExpr ? evalDurNode(n.offsetExpr, step, range) : n.offset;
        s -= off;
        en -= off;
        minT = Math.min(minT, s);
        maxT = Math.max(maxT, en);
        return;
      }
      case "MatrixSelector":
        visit(
          n.vs,
          subqOffset,
          subqRange,
          subqTs,
          n.rangeExpr ? evalDurNode(n.rangeExpr, step, range) : n.range,
        );
        return;
      case "SubqueryExpr": {
        const off = n.offsetExpr ? evalDurNode(n.offsetExpr, step, range) : n.offset;
        const r = n.rangeExpr ? evalDurNode(n.rangeExpr, step, range) : n.range;
        const ts = n.startOrEnd === "start" ? start : n.startOrEnd === "end" ? end : n.timestamp;
        // The @ modifier on a subquery resets the offsets and ranges collected so far.
        if (ts !== null) visit(n.expr, off, r, ts, 0);
        else visit(n.expr, subqOffset + off, subqRange + r, subqTs, 0);
        return;
      }
      case "Call":
        for (const a of n.args) visit(a, subqOffset, subqRange, subqTs, 0);
        return;
      case "AggregateExpr":
        if (n.param) visit(n.param, subqOffset, subqRange, subqTs, 0);
        visit(n.expr, subqOffset, subqRange, subqTs, 0);
        return;
      case "BinaryExpr":
        visit(n.lhs, subqOffset, subqRange, subqTs, 0);
        visit(n.rhs, subqOffset, subqRange, subqTs, 0);
        return;
      case "UnaryExpr":
      case "ParenExpr":
        visit(n.expr, subqOffset, subqRange, subqTs, 0);
        return;
      default:
        return;
    }
  };
  visit(e, 0, 0, null, 0);
  if (maxT === Number.NEGATIVE_INFINITY) return [0, 0];
  return [minT, maxT];
}

export interface FrontendQuery {
  /** The query as the query-frontend sees it: the parsed expression formatted back (GetQuery()). */
  formatted: string;
  expr: Expr;
  /** Instant queries: start = end = time. */
  start: number;
  end: number;
  /** 0 for instant queries. */
  step: number;
  /** The engine's lookback delta (the query-frontend uses the configured one). */
  lookbackDelta: number;
  /** Normalises a blocked-query pattern like the query (parse and format); unchanged when invalid. */
  normalize?: (pattern: string) => string;
}

/** What to do with a query: run it (maybe from a later start) or answer an empty result. */
export type FrontendDecision = { action: "run"; start: number; end: number } | { action: "empty" };

function smallestPositive(...values: number[]): number {
  let out = 0;
  for (const v of values) if (v > 0 && (out === 0 || v < out)) out = v;
  return out;
}

/**
 * The query-frontend's limits and blocker middlewares, in Mimir's order: lookback/retention clamp,
 * expression size, total query length, blocked queries. Throws LimitError (400 bad_data).
 */
export function checkFrontendQuery(
  limits: TenantQueryLimits,
  q: FrontendQuery,
  now: number,
): FrontendDecision {
  let start = q.start;
  const end = q.end;
  const maxLookback = smallestPositive(
    limits.compactor_blocks_retention_period,
    limits.max_query_lookback,
  );
  if (maxLookback > 0) {
    const minStartTime = now - maxLookback;
    if (end < minStartTime) return { action: "empty" };
    if (start < minStartTime) start = minStartTime;
  }
  const maxSize = limits.max_query_expression_size_bytes;
  if (maxSize > 0) {
    const size = Buffer.byteLength(q.formatted, "utf8");
    if (size > maxSize) throw maxQueryExpressionSizeBytesError(size, maxSize);
  }
  const maxTotal = limits.max_total_query_length;
  if (maxTotal > 0) {
    const [minT, maxT] = findMinMaxTime(q.expr, start, end, q.lookbackDelta, q.step);
    if (maxT - minT > maxTotal) throw maxTotalQueryLengthError(maxT - minT, maxTotal);
  }
  if (isQueryBlocked(limits.blocked_queries, q.formatted, q.normalize)) throw queryBlockedError();
  return { action: "run", start, end };
}

/** M:pkg/frontend/querymiddleware/blocker.go: exact (normalised, trimmed) or anchored-regex match. */
export function isQueryBlocked(
  blocks: readonly BlockedQuery[],
  query: string,
  normalize?: (p: string) => string,
): boolean {
  const trimmed = query.trim();
  for (const b of blocks) {
    if (!b || typeof b.pattern !== "string" || b.pattern === "") continue;
    const pattern = (normalize ? normalize(b.pattern) : b.pattern).trim();
    if (pattern === trimmed) return true;
    if (b.regex) {
      let m: Matcher;
      try {
        m = newMatcher("=~", "", b.pattern);
      } catch (e) {
        if (e instanceof MatcherError) continue; // Mimir logs and ignores a rule that does not compile.
        throw e;
      }
      if (m.matches(query)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Querier checks

/** Prometheus's v1.MinTime / v1.MaxTime in ms: what the API uses when start/end are absent. */
export const API_MIN_TIME = Number((-9223372036854775n + 62135596801n) * 1000n);
export const API_MAX_TIME = Number((9223372036854775n - 62135596801n) * 1000n + 999n);

/**
 * The querier's validateQueryTimeRange: caps end at now + maxQueryIntoFuture
 * (querier.max_query_into_future, ms; 0 = no cap) and clamps start to now - max_query_lookback;
 * null when nothing is left (a query starting after now + maxQueryIntoFuture).
 */
export function clampToLookback(
  limits: TenantQueryLimits,
  start: number,
  end: number,
  now: number,
  maxQueryIntoFuture = 0,
): [number, number] | null {
  if (maxQueryIntoFuture > 0) end = Math.min(end, now + maxQueryIntoFuture);
  if (limits.max_query_lookback > 0) start = Math.max(start, now - limits.max_query_lookback);
  return end < start ? null : [start, end];
}

/** The querier's clampToMaxLabelQueryLength for series, label names and label values requests. */
export function clampToMaxLabelQueryLength(
  start: number,
  end: number,
  now: number,
  maxLen: number,
): number {
  if (maxLen <= 0) return start;
  const unsetStart = start === API_MIN_TIME;
  const unsetEnd = end === API_MAX_TIME;
  if (unsetStart && unsetEnd) return now - maxLen;
  if (unsetStart) return end - maxLen;
  if (unsetEnd) return Math.max(start, now - maxLen);
  return Math.max(start, end - maxLen);
}

/**
 * The range of a series / label names / label values request after `max_query_lookback` and
 * `max_labels_query_length`; null when nothing is left.
 */
export function clampLabelsQueryRange(
  limits: TenantQueryLimits,
  start: number,
  end: number,
  now: number,
): [number, number] | null {
  const r = clampToLookback(limits, start, end, now);
  if (r === null) return null;
  return [clampToMaxLabelQueryLength(r[0], r[1], now, limits.max_labels_query_length), r[1]];
}

/** How many chunks and bytes a query fetched for a series. */
export interface SeriesChunkStats {
  chunks: number;
  bytes: number;
}

/** Series that know what fetching them cost (ingester head, store-gateway) implement this. */
export interface SeriesWithChunkStats extends Series {
  chunkStats(): SeriesChunkStats;
}

function chunkStatsOf(s: Series): SeriesChunkStats | undefined {
  const f = (s as Partial<SeriesWithChunkStats>).chunkStats;
  return typeof f === "function" ? f.call(s) : undefined;
}

/** One query's fetch counter (Mimir's limiter.QueryLimiter); 0 limits are disabled. */
export class QueryLimiter {
  private readonly maxSeries: number;
  private readonly maxChunkBytes: number;
  private readonly maxChunks: number;
  private readonly series = new Set<string>();
  private chunks = 0;
  private chunkBytes = 0;

  constructor(maxSeries: number, maxChunkBytes: number, maxChunks: number) {
    this.maxSeries = maxSeries;
    this.maxChunkBytes = maxChunkBytes;
    this.maxChunks = maxChunks;
  }

  static forLimits(l: TenantQueryLimits): QueryLimiter {
    return new QueryLimiter(
      l.max_fetched_series_per_query,
      l.max_fetched_chunk_bytes_per_query,
      l.max_fetched_chunks_per_query,
    );
  }

  /** Counts a series once however often it is fetched; throws when over the limit. */
  addSeries(labels: Labels): void {
    if (this.maxSeries <= 0) return;
    this.series.add(labelsKey(labels));
    if (this.series.size > this.maxSeries) throw maxSeriesHit(this.maxSeries);
  }

  addChunks(n: number): void {
    if (this.maxChunks <= 0) return;
    this.chunks += n;
    if (this.chunks > this.maxChunks) throw maxChunksHit(this.maxChunks);
  }

  addChunkBytes(n: number): void {
    if (this.maxChunkBytes <= 0) return;
    this.chunkBytes += n;
    if (this.chunkBytes > this.maxChunkBytes) throw maxChunkBytesHit(this.maxChunkBytes);
  }

  /** Counts a selection's result. */
  addSelected(series: readonly Series[], func: string | undefined): void {
    if (this.maxSeries <= 0 && this.maxChunks <= 0 && this.maxChunkBytes <= 0) return;
    // Series-only selections fetch no chunks.
    const countChunks = func !== "series" && (this.maxChunks > 0 || this.maxChunkBytes > 0);
    for (const s of series) {
      this.addSeries(s.labels);
      if (!countChunks) continue;
      const st = chunkStatsOf(s);
      if (st !== undefined) {
        this.addChunks(st.chunks);
        this.addChunkBytes(st.bytes);
      }
    }
  }
}

/**
 * SelectHints carrying the query's limiter down to the sources (Go: limiter.AddQueryLimiterToContext).
 * A source that knows what it fetched (e.g. the store-gateway path: chunks per series) can count
 * into it with `queryLimiterFromHints(hints)?.addSeries/addChunks/addChunkBytes(...)`.
 */
export interface HintsWithQueryLimiter extends SelectHints {
  queryLimiter?: QueryLimiter;
}

/** The per-query limiter passed down in the hints, if any. */
export function queryLimiterFromHints(hints: SelectHints | undefined): QueryLimiter | undefined {
  const l = (hints as HintsWithQueryLimiter | undefined)?.queryLimiter;
  return l instanceof QueryLimiter ? l : undefined;
}

function withLimiter(
  hints: SelectHints | undefined,
  limiter: QueryLimiter,
): SelectHints | undefined {
  return hints === undefined
    ? undefined
    : ({ ...hints, queryLimiter: limiter } as HintsWithQueryLimiter);
}

/**
 * Counts what a querier's selections return into a shared per-query limiter (series by labels,
 * so a series counted again by the source itself or by another source counts once; chunks and
 * bytes of series that implement `chunkStats`). The limiter also goes down in the hints.
 */
export class CountingQuerier implements Querier {
  private readonly inner: Querier;
  private readonly limiter: QueryLimiter;

  constructor(inner: Querier, limiter: QueryLimiter) {
    this.inner = inner;
    this.limiter = limiter;
  }

  async select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const out = await this.inner.select(sortSeries, withLimiter(hints, this.limiter), matchers);
    this.limiter.addSelected(out, hints?.func);
    // Series selections of /series are metadata, not fetched for a query.
    if (hints?.func !== "series") addFetchedSeries(out.length);
    return out;
  }

  labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]> {
    return this.inner.labelValues(name, hints, matchers);
  }

  labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    return this.inner.labelNames(hints, matchers);
  }

  close(): void {
    this.inner.close();
  }
}

export const EMPTY_QUERIER: Querier = {
  select: async () => [],
  labelValues: async () => [],
  labelNames: async () => [],
  close: () => {},
};

export interface LimitedQuerierOptions {
  limits: TenantQueryLimits;
  /** The querier's range, already clamped by clampToLookback. */
  mint: number;
  maxt: number;
  clock: () => number;
  /** Counts this querier's own selections (omit when the sources below count into one). */
  limiter?: QueryLimiter;
  /** querier.max_query_into_future (ms): selections end at most this far after now; 0 = off. */
  maxQueryIntoFuture?: number;
}

/**
 * The querier's per-selection checks (multiQuerier.Select): lookback clamp of the hints, series
 * selections clamped to max_labels_query_length, max_partial_query_length.
 */
export class LimitedQuerier implements Querier {
  private readonly inner: Querier;
  private readonly o: LimitedQuerierOptions;

  constructor(inner: Querier, o: LimitedQuerierOptions) {
    this.inner = inner;
    this.o = o;
  }

  async select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const { limits } = this.o;
    const now = this.o.clock();
    const h: SelectHints = hints ? { ...hints } : { start: this.o.mint, end: this.o.maxt };
    const r = clampToLookback(limits, h.start, h.end, now, this.o.maxQueryIntoFuture);
    if (r === null) return [];
    [h.start, h.end] = r;
    if (h.func === "series")
      h.start = clampToMaxLabelQueryLength(h.start, h.end, now, limits.max_labels_query_length);
    const maxLen = limits.max_partial_query_length;
    if (maxLen > 0 && h.end - h.start > maxLen) throw maxQueryLengthError(h.end - h.start, maxLen);
    const limiter = this.o.limiter;
    const out = await this.inner.select(
      sortSeries,
      limiter ? withLimiter(h, limiter) : h,
      matchers,
    );
    limiter?.addSelected(out, h.func);
    return out;
  }

  labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]> {
    return this.inner.labelValues(name, hints, matchers);
  }

  labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    return this.inner.labelNames(hints, matchers);
  }

  close(): void {
    this.inner.close();
  }
}

/**
 * Any Queryable with the querier's limits (for a single source, tests, or a Queryable that is not
 * a MergeQueryable): lookback clamp, per-selection checks and one fetch counter per querier
 * (the engine opens one querier per query).
 */
export class LimitedQueryable implements Queryable {
  private readonly inner: Queryable;
  private readonly limits: QueryLimitsProvider;
  private readonly clock: () => number;

  constructor(inner: Queryable, limits: QueryLimitsProvider, clock: () => number = Date.now) {
    this.inner = inner;
    this.limits = limits;
    this.clock = clock;
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    const limits = resolveLimits(this.limits.get(tenant));
    const r = clampToLookback(limits, mint, maxt, this.clock());
    if (r === null) return EMPTY_QUERIER;
    const q = await this.inner.querier(tenant, r[0], r[1]);
    return new LimitedQuerier(q, {
      limits,
      mint: r[0],
      maxt: r[1],
      clock: this.clock,
      limiter: QueryLimiter.forLimits(limits),
    });
  }
}
