/**
 * The querier's Queryable (Mimir's querier.New + NewMergeQuerier): ingesters answer for the
 * last `query_ingesters_within` (13h, per tenant), the blocks store for data older than
 * `query_store_after` (12h); series from both are merged by labels and samples present in both
 * (or in several replicated blocks) are kept once.
 *
 * Like Mimir's multiQuerier it applies the tenant's querier limits (limits.ts), read per query:
 * `max_query_lookback` clamps the range (nothing before it is queried), `max_query_into_future`
 * (a querier setting) caps its end at now + that (a query starting later is empty), every selection is
 * checked against `max_partial_query_length` (series selections first clamped to
 * `max_labels_query_length`), and one per-query counter enforces `max_fetched_series_per_query`,
 * `max_fetched_chunks_per_query` and `max_fetched_chunk_bytes_per_query` over what the ingesters
 * and the store return together.
 */
import type { Querier, Queryable } from "../model/series.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import {
  CountingQuerier,
  clampToLookback,
  EMPTY_QUERIER,
  LimitedQuerier,
  QueryLimiter,
  resolveLimits,
} from "./limits.ts";
import { MergeQuerier } from "../storage/merge.ts";

export interface MergeQueryableConfig {
  /** querier.query_store_after (ms); 0 = the store is always queried. */
  queryStoreAfter: number;
  /** querier.max_query_into_future (ms): queries end at most this far after now; 0 = no cap. */
  maxQueryIntoFuture?: number;
}

export interface MergeQueryableDeps {
  /** The ingesters (through the distributor); may be undefined when not configured. */
  ingesters?: Queryable;
  /** The blocks store (BlocksStoreQueryable); undefined when not configured. */
  store?: Queryable;
  overrides: Overrides;
  clock?: () => number;
}

export class MergeQueryable implements Queryable {
  private readonly cfg: MergeQueryableConfig;
  private readonly deps: MergeQueryableDeps;
  private readonly clock: () => number;

  constructor(cfg: MergeQueryableConfig, deps: MergeQueryableDeps) {
    this.cfg = cfg;
    this.deps = deps;
    this.clock = deps.clock ?? Date.now;
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    const now = this.clock();
    const tenantLimits = this.deps.overrides.get(tenant);
    const limits = resolveLimits(tenantLimits);
    const intoFuture = this.cfg.maxQueryIntoFuture ?? 0;
    const r = clampToLookback(limits, mint, maxt, now, intoFuture);
    if (r === null) return EMPTY_QUERIER;
    [mint, maxt] = r;
    const queriers: Querier[] = [];
    const within = tenantLimits.query_ingesters_within;
    if (this.deps.ingesters && (within <= 0 || maxt >= now - within)) {
      const imint = within > 0 ? Math.max(mint, now - within) : mint;
      queriers.push(await this.deps.ingesters.querier(tenant, imint, maxt));
    }
    if (
      this.deps.store &&
      (this.cfg.queryStoreAfter <= 0 || mint <= now - this.cfg.queryStoreAfter)
    ) {
      // The store querier itself caps maxt at now - query_store_after.
      queriers.push(await this.deps.store.querier(tenant, mint, maxt));
    }
    // One counter for the whole query, shared by the ingesters and the store.
    const limiter = QueryLimiter.forLimits(limits);
    const merged = new MergeQuerier(queriers.map((q) => new CountingQuerier(q, limiter)));
    return new LimitedQuerier(merged, {
      limits,
      mint,
      maxt,
      clock: this.clock,
      maxQueryIntoFuture: intoFuture,
    });
  }
}
