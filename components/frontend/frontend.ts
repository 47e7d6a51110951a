/**
 * The query-frontend's middleware chain for /query and /query_range, in Mimir's order: limits,
 * step alignment, split by interval + results cache (per split), query sharding, retries, and
 * the downstream (a querier reached through the queue or a scheduler). Partial queries of one
 * request run at most max_query_parallelism at a time. Every query ends with a "query stats" log
 * line and the cortex_frontend_* / cortex_query_* metrics.
 */
import type { Logger } from "pino";
import { Counter, Histogram, type Registry } from "prom-client";
import type { Cache } from "../cache/cache.ts";
import { formatExpr, parseExpr } from "../promql/parser.ts";
import { isLimitError } from "../querier/errors.ts";
import { checkFrontendQuery, resolveLimits, type TenantQueryLimits } from "../querier/limits.ts";
import type { Downstream, HttpRequest, HttpResponse, QueryRequest } from "./request.ts";
import { encodeQueryRequest, withQuery } from "./request.ts";
import {
  apiError,
  DownstreamError,
  decodeResponse,
  encodeResponse,
  mergeMatrices,
  type QueryResponse,
} from "./response.ts";
import { cachedRangeQuery } from "./results_cache.ts";
import { CardinalityEstimator, shardsForEstimate } from "./cardinality.ts";
import { FETCHED_SERIES_HEADER } from "../querier/stats.ts";
import {
  hasHistograms,
  mergeShards,
  partialOps,
  type ShardableOp,
  shardableAggregation,
  shardQuery,
} from "./sharding.ts";
import { alignToStep, hasDynamicDurations, isCacheable, splitByInterval } from "./split.ts";

export interface FrontendConfig {
  /** ms; 0 = no splitting. */
  split_queries_by_interval: number;
  cache_results: boolean;
  parallelize_shardable_queries: boolean;
  max_retries: number;
  /** ms; 0 = off, < 0 = every query. */
  log_queries_longer_than: number;
  query_stats_enabled: boolean;
  /**
   * Series a sharded partial query should load at most, by the cardinality estimates kept in
   * the results cache (cardinality.ts); 0 = shard counts from the limits only.
   */
  query_sharding_target_series_per_shard?: number;
}

/** The per-tenant limits the frontend reads (Overrides.get gives them all). */
export interface FrontendLimits extends Partial<TenantQueryLimits> {
  max_query_parallelism: number;
  max_cache_freshness: number;
  results_cache_ttl: number;
  results_cache_ttl_for_out_of_order_time_window: number;
  out_of_order_time_window: number;
  query_sharding_total_shards: number;
  query_sharding_max_sharded_queries: number;
  align_queries_with_step: boolean;
}

export interface FrontendDeps {
  downstream: Downstream;
  limits(tenant: string): FrontendLimits;
  cache?: Cache;
  logger: Logger;
  registry?: Registry;
  now?: () => number;
  /** The querier's lookback delta, for max_total_query_length. */
  lookbackDelta?: number;
}

const EMPTY: QueryResponse = { resultType: "matrix", result: [], warnings: [], infos: [] };

/** Bounds concurrent partial queries of one request (max_query_parallelism). */
class Semaphore {
  private free: number;
  private readonly waiters: (() => void)[] = [];
  constructor(n: number) {
    this.free = Math.max(1, n);
  }
  async run<T>(f: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiters.push(r));
    try {
      return await f();
    } finally {
      const w = this.waiters.shift();
      if (w) w();
      else this.free++;
    }
  }
}

/** What one top-level query did (the stats log line). */
interface QueryStats {
  tenant: string;
  sem: Semaphore;
  limits: FrontendLimits;
  signal?: AbortSignal;
  splitQueries: number;
  shardedQueries: number;
  downstreamRequests: number;
  cacheHits: number;
  cacheMisses: number;
  retries: number;
  /** Series the queriers reported fetching (FETCHED_SERIES_HEADER). */
  fetchedSeries: number;
  /** Sum of the cardinality estimates used to pick shard counts. */
  estimatedSeries: number;
}

/** What the downstream answers of one (split) query reported fetching. */
interface FetchCount {
  fetchedSeries: number;
  /** False once an answer came without the count (then nothing is recorded). */
  reported: boolean;
}

class Metrics {
  readonly queryDuration?: Histogram<"method" | "status_code">;
  readonly splitQueries?: Counter;
  readonly cacheRequests?: Counter<"request_type">;
  readonly cacheHits?: Counter<"request_type">;
  readonly shardingAttempted?: Counter;
  readonly shardingSucceeded?: Counter;
  readonly shardedQueries?: Counter;
  readonly retries?: Histogram;
  readonly querySeconds?: Counter<"user">;
  readonly queries?: Counter<"user" | "op">;
  constructor(reg: Registry | undefined) {
    if (!reg) return;
    this.queryDuration = new Histogram({
      name: "cortex_frontend_query_range_duration_seconds",
      help: "Total time spent in seconds doing query range requests.",
      labelNames: ["method", "status_code"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [reg],
    });
    this.splitQueries = new Counter({
      name: "cortex_frontend_split_queries_total",
      help: "Total number of underlying query requests after the split by interval is applied.",
      registers: [reg],
    });
    this.cacheRequests = new Counter({
      name: "cortex_frontend_query_result_cache_requests_total",
      help: "Total number of requests (or partial requests) looked up in the results cache.",
      labelNames: ["request_type"],
      registers: [reg],
    });
    this.cacheHits = new Counter({
      name: "cortex_frontend_query_result_cache_hits_total",
      help: "Total number of requests (or partial requests) fetched from the results cache.",
      labelNames: ["request_type"],
      registers: [reg],
    });
    this.shardingAttempted = new Counter({
      name: "cortex_frontend_query_sharding_rewrites_attempted_total",
      help: "Total number of queries the query-frontend attempted to shard.",
      registers: [reg],
    });
    this.shardingSucceeded = new Counter({
      name: "cortex_frontend_query_sharding_rewrites_succeeded_total",
      help: "Total number of queries the query-frontend successfully rewritten in a shardable way.",
      registers: [reg],
    });
    this.shardedQueries = new Counter({
      name: "cortex_frontend_sharded_queries_total",
      help: "Total number of sharded queries.",
      registers: [reg],
    });
    this.retries = new Histogram({
      name: "cortex_query_frontend_retries",
      help: "Number of times a request is retried.",
      buckets: [0, 1, 2, 3, 4, 5],
      registers: [reg],
    });
    this.querySeconds = new Counter({
      name: "cortex_query_seconds_total",
      help: "Total amount of wall clock time spend processing queries.",
      labelNames: ["user"],
      registers: [reg],
    });
    this.queries = new Counter({
      name: "cortex_query_frontend_queries_total",
      help: "Total queries sent per tenant.",
      labelNames: ["user", "op"],
      registers: [reg],
    });
  }
}

export class QueryFrontend {
  private readonly cfg: FrontendConfig;
  private readonly deps: FrontendDeps;
  private readonly now: () => number;
  private readonly metrics: Metrics;
  /** Present when sharding by cardinality estimates is on (a target and a cache). */
  private readonly cardinality?: CardinalityEstimator;

  constructor(cfg: FrontendConfig, deps: FrontendDeps) {
    this.cfg = cfg;
    this.deps = deps;
    this.now = deps.now ?? Date.now;
    this.metrics = new Metrics(deps.registry);
    if ((cfg.query_sharding_target_series_per_shard ?? 0) > 0 && deps.cache !== undefined)
      this.cardinality = new CardinalityEstimator(deps.cache, deps.registry);
  }

  /** Passes a request the frontend does not handle (labels, series, ...) to a querier. */
  passThrough(tenant: string, req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    return this.deps.downstream.roundTrip(tenant, req, signal);
  }

  /**
   * Runs a decoded query through the chain. Resolves with the JSON body; rejects with a
   * DownstreamError (status and body to answer with) for errors.
   */
  async query(tenant: string, req: QueryRequest, signal?: AbortSignal): Promise<string> {
    const t0 = performance.now();
    const limits = this.deps.limits(tenant);
    const stats: QueryStats = {
      tenant,
      sem: new Semaphore(limits.max_query_parallelism),
      limits,
      signal,
      splitQueries: 0,
      shardedQueries: 0,
      downstreamRequests: 0,
      cacheHits: 0,
      cacheMisses: 0,
      retries: 0,
      fetchedSeries: 0,
      estimatedSeries: 0,
    };
    let status = 200;
    let body = "";
    let err: unknown;
    try {
      const res = await this.run(req, stats);
      body = encodeResponse(res);
      return body;
    } catch (e) {
      err = e;
      status = e instanceof DownstreamError ? e.status : 500;
      throw e;
    } finally {
      const seconds = (performance.now() - t0) / 1000;
      this.metrics.queryDuration?.observe(
        { method: req.kind === "range" ? "query_range" : "query", status_code: String(status) },
        seconds,
      );
      this.metrics.querySeconds?.inc({ user: tenant }, seconds);
      this.metrics.queries?.inc({
        user: tenant,
        op: req.kind === "range" ? "query_range" : "query",
      });
      this.logStats(req, stats, seconds, status, err);
    }
  }

  private logStats(
    req: QueryRequest,
    s: QueryStats,
    seconds: number,
    status: number,
    err: unknown,
  ): void {
    if (!this.cfg.query_stats_enabled) return;
    const slow = this.cfg.log_queries_longer_than;
    const fields = {
      component: "query-frontend",
      path: req.path,
      user: s.tenant,
      response_time: `${(seconds * 1000).toFixed(3)}ms`,
      query_wall_time_seconds: seconds,
      split_queries: s.splitQueries,
      sharded_queries: s.shardedQueries,
      downstream_requests: s.downstreamRequests,
      results_cache_hit_count: s.cacheHits,
      results_cache_miss_count: s.cacheMisses,
      retries: s.retries,
      fetched_series_count: s.fetchedSeries,
      estimated_series_count: s.estimatedSeries,
      status: status === 200 ? "success" : "failed",
      status_code: status,
      param_query: req.query,
      param_start: new Date(req.start).toISOString(),
      param_end: new Date(req.end).toISOString(),
      param_step: req.step,
      ...(err instanceof Error && !(err instanceof DownstreamError) ? { err: err.message } : {}),
    };
    this.deps.logger.info(fields, "query stats");
    if (slow !== 0 && (slow < 0 || seconds * 1000 > slow))
      this.deps.logger.info(fields, "slow query detected");
  }

  private async run(req: QueryRequest, s: QueryStats): Promise<QueryResponse> {
    // Limits (Mimir's limits and blocker middlewares) over the whole query.
    let r = req;
    const limits = resolveLimits(s.limits);
    try {
      const decision = checkFrontendQuery(
        limits,
        {
          formatted: formatExpr(r.expr),
          expr: r.expr,
          start: r.start,
          end: r.end,
          step: r.step,
          lookbackDelta: this.deps.lookbackDelta ?? 300_000,
          normalize: normalizePattern,
        },
        this.now(),
      );
      if (decision.action === "empty") return EMPTY;
      if (decision.start !== r.start) r = { ...r, start: decision.start };
    } catch (e) {
      if (isLimitError(e)) throw apiError(400, "bad_data", (e as Error).message);
      throw e;
    }
    if (r.kind === "instant") return this.shardOrRun(r, s);
    if (s.limits.align_queries_with_step) r = alignToStep(r);
    const dynamic = hasDynamicDurations(r.expr);
    const parts = dynamic ? [r] : splitByInterval(r, this.cfg.split_queries_by_interval);
    s.splitQueries += parts.length;
    this.metrics.splitQueries?.inc(parts.length);
    const cache = this.deps.cache;
    const useCache =
      cache !== undefined && this.cfg.cache_results && !dynamic && isCacheable(r.expr);
    const answers = await Promise.all(
      parts.map(async (p) => {
        if (!useCache) return this.shardOrRun(p, s);
        this.metrics.cacheRequests?.inc({ request_type: "query_range" });
        const out = await cachedRangeQuery(
          cache,
          s.tenant,
          p,
          this.cfg.split_queries_by_interval,
          s.limits,
          this.now(),
          (q) => this.shardOrRun(q, s),
        );
        if (out.hit) {
          s.cacheHits++;
          this.metrics.cacheHits?.inc({ request_type: "query_range" });
        } else s.cacheMisses++;
        return out.response;
      }),
    );
    if (answers.length === 1) return answers[0];
    return mergeMatrices(answers);
  }

  /**
   * Runs a query sharded when it can be, else as it is. With cardinality estimates on, the
   * shard count also follows the query's estimate, and what the query fetched is recorded.
   */
  private async shardOrRun(r: QueryRequest, s: QueryStats): Promise<QueryResponse> {
    const est = this.cardinality;
    if (est === undefined || !this.cfg.parallelize_shardable_queries)
      return this.shardAndRun(r, s, undefined, undefined);
    const estimate = await est.lookup(s.tenant, r);
    const fetched: FetchCount = { fetchedSeries: 0, reported: true };
    const res = await this.shardAndRun(r, s, fetched, estimate);
    if (fetched.reported) est.record(s.tenant, r, estimate, fetched.fetchedSeries);
    if (estimate !== undefined) s.estimatedSeries += estimate;
    return res;
  }

  private async shardAndRun(
    r: QueryRequest,
    s: QueryStats,
    fetched: FetchCount | undefined,
    estimate: number | undefined,
  ): Promise<QueryResponse> {
    let totalShards = s.limits.query_sharding_total_shards;
    const target = this.cfg.query_sharding_target_series_per_shard ?? 0;
    if (estimate !== undefined && target > 0 && totalShards > 1)
      totalShards = shardsForEstimate(totalShards, estimate, target);
    if (!this.cfg.parallelize_shardable_queries || totalShards <= 1 || hasDynamicDurations(r.expr))
      return this.downstreamQuery(r, s, fetched);
    this.metrics.shardingAttempted?.inc();
    const agg = shardableAggregation(r.expr);
    if (agg === undefined) return this.downstreamQuery(r, s, fetched);
    const op = agg.op as ShardableOp;
    const ops = partialOps(op);
    const maxQueries = s.limits.query_sharding_max_sharded_queries;
    const shards =
      maxQueries > 0 ? Math.min(totalShards, Math.floor(maxQueries / ops.length)) : totalShards;
    if (shards <= 1) return this.downstreamQuery(r, s, fetched);
    this.metrics.shardingSucceeded?.inc();
    this.metrics.shardedQueries?.inc(shards * ops.length);
    s.shardedQueries += shards * ops.length;
    const partials = await Promise.all(
      ops.map((o) =>
        Promise.all(
          Array.from({ length: shards }, (_, i) =>
            this.downstreamQuery(withQuery(r, shardQuery(agg, o, i + 1, shards)), s, fetched),
          ),
        ),
      ),
    );
    // The merge handles floats; native histograms are answered by the unsharded query.
    if (partials.some((l) => l.some(hasHistograms))) {
      if (fetched !== undefined) fetched.fetchedSeries = 0;
      return this.downstreamQuery(r, s, fetched);
    }
    return mergeShards(op, partials);
  }

  /**
   * One querier request, retried on 5xx and transport errors up to max_retries times. The
   * series the querier reports fetching add to the query's stats and to `fetched`.
   */
  private async downstreamQuery(
    r: QueryRequest,
    s: QueryStats,
    fetched?: FetchCount,
  ): Promise<QueryResponse> {
    const http = encodeQueryRequest(r);
    let tries = 0;
    for (;;) {
      s.downstreamRequests++;
      try {
        const res = await s.sem.run(() => this.deps.downstream.roundTrip(s.tenant, http, s.signal));
        if (res.status >= 500 && tries < this.cfg.max_retries && !s.signal?.aborted) {
          tries++;
          s.retries++;
          continue;
        }
        this.metrics.retries?.observe(tries);
        const decoded = decodeResponse(
          res.status,
          res.body.toString("utf8"),
          res.headers["content-type"],
        );
        const n = Number(res.headers[FETCHED_SERIES_HEADER]);
        if (res.headers[FETCHED_SERIES_HEADER] !== undefined && Number.isFinite(n)) {
          s.fetchedSeries += n;
          if (fetched !== undefined) fetched.fetchedSeries += n;
        } else if (fetched !== undefined) fetched.reported = false;
        return decoded;
      } catch (e) {
        if (e instanceof DownstreamError) throw e;
        if (tries < this.cfg.max_retries && !s.signal?.aborted && isRetryable(e)) {
          tries++;
          s.retries++;
          continue;
        }
        this.metrics.retries?.observe(tries);
        throw asDownstreamError(e);
      }
    }
  }
}

/** Errors a retry may fix (transport); queue-full (429) and cancellation are final. */
function isRetryable(e: unknown): boolean {
  return !(e instanceof DownstreamError) && !(e as { final?: boolean })?.final;
}

function asDownstreamError(e: unknown): DownstreamError {
  if (e instanceof DownstreamError) return e;
  const status = (e as { status?: number })?.status;
  const msg = e instanceof Error ? e.message : String(e);
  if (status === 429) return new DownstreamError(429, msg, "text/plain; charset=utf-8");
  return apiError(status ?? 500, "internal", msg);
}

function normalizePattern(pattern: string): string {
  try {
    return formatExpr(parseExpr(pattern));
  } catch {
    return pattern;
  }
}
