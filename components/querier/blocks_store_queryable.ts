/**
 * The querier's view of long-term storage (Mimir's pkg/querier/blocks_store_queryable.go):
 * finds the tenant's blocks for [mint, maxt] in the bucket index, asks store-gateways for them,
 * retries blocks that were not queried on other store-gateways, and fails with
 * err-mimir-store-consistency-check-failed when a block could not be queried at all.
 */
import { withShardMatcher } from "../model/query_shard.ts";
import type { Logger } from "pino";
import type { Counter, Histogram, Registry } from "prom-client";
import { counter, histogram } from "../util/metrics.ts";
import { labelsKey } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../model/series.ts";
import {
  type BucketIndex,
  type BucketIndexLoader,
  BucketIndexNotFoundError,
  BucketIndexTooOldError,
  blocksWithin,
  type IndexBlock,
} from "../storage/tsdb/bucketindex.ts";
import type { StoreGatewayClient } from "../storegateway/storegateway.ts";
import {
  maxChunkBytesHit,
  maxChunksHit,
  maxSeriesHit,
  QueryLimitError,
  StoreConsistencyCheckFailedError,
} from "./errors.ts";
import { queryLimiterFromHints } from "./limits.ts";
import { mergeSeriesLists, mergeStringLists } from "../storage/merge.ts";
import { chunksIterator } from "../tsdb/querier.ts";

/** A store-gateway chosen for some blocks. */
export interface StoreGatewayTarget {
  /** Instance address (or any stable ID). */
  addr: string;
  client: StoreGatewayClient;
  blockIDs: string[];
}

/** Picks store-gateways for blocks (Mimir's BlocksStoreSet), avoiding instances already tried per block. */
export interface StoreGatewaySelector {
  getClientsFor(
    tenant: string,
    blockIDs: readonly string[],
    exclude: ReadonlyMap<string, readonly string[]>,
  ): Promise<StoreGatewayTarget[]>;
}

/** One store-gateway holding every block: `-target=all`, in-process. */
export class SingleStoreGatewaySelector implements StoreGatewaySelector {
  private readonly client: StoreGatewayClient;
  private readonly addr: string;

  constructor(client: StoreGatewayClient, addr = "local") {
    this.client = client;
    this.addr = addr;
  }

  async getClientsFor(
    _tenant: string,
    blockIDs: readonly string[],
    exclude: ReadonlyMap<string, readonly string[]>,
  ): Promise<StoreGatewayTarget[]> {
    const ids = blockIDs.filter((id) => !(exclude.get(id) ?? []).includes(this.addr));
    return ids.length === 0 ? [] : [{ addr: this.addr, client: this.client, blockIDs: ids }];
  }
}

export interface BlocksStoreQueryableConfig {
  /** querier.query_store_after; 0 = always query the store. */
  queryStoreAfter: number;
  /** blocks_storage.bucket_store.bucket_index.max_stale_period; 0 = no check. */
  maxStalePeriod: number;
  /** blocks_storage.bucket_store.ignore_deletion_mark_delay. */
  ignoreDeletionMarksDelay: number;
  /** How many rounds of store-gateway requests (Mimir: 3). */
  maxFetchAttempts?: number;
  /**
   * Blocks uploaded more recently than this are queried but not required by the consistency
   * check (store-gateways may not have loaded them yet). Mimir: 3 x bucket_store.sync_interval.
   */
  uploadGracePeriod?: number;
}

/** Per-tenant query limits the store side enforces (0 = unlimited). */
export interface StoreQueryLimits {
  max_fetched_series_per_query: number;
  max_fetched_chunks_per_query: number;
  max_fetched_chunk_bytes_per_query: number;
}

export interface BlocksStoreQueryableDeps {
  /** Per-tenant limits (Overrides satisfies it); no limits when absent. */
  limits?: { get(tenant: string): StoreQueryLimits };
  loader: BucketIndexLoader;
  stores: StoreGatewaySelector;
  registry: Registry;
  logger: Logger;
  clock?: () => number;
}

export class BlocksStoreQueryable implements Queryable {
  readonly cfg: BlocksStoreQueryableConfig;
  readonly deps: BlocksStoreQueryableDeps;
  readonly clock: () => number;
  readonly m: { refetches: Histogram; checks: Counter; checksFailed: Counter };

  constructor(cfg: BlocksStoreQueryableConfig, deps: BlocksStoreQueryableDeps) {
    this.cfg = cfg;
    this.deps = deps;
    this.clock = deps.clock ?? Date.now;
    const r = deps.registry;
    this.m = {
      refetches: histogram(
        r,
        "cortex_querier_storegateway_refetches_per_query",
        "Number of re-fetches attempted while querying store-gateway instances due to missing blocks.",
        [],
        [0, 1, 2],
      ),
      checks: counter(
        r,
        "cortex_querier_blocks_consistency_checks_total",
        "Total number of queries that needed to run with consistency checks. A consistency check is required when querying blocks from store-gateways to make sure that all blocks are queried.",
        [],
      ),
      checksFailed: counter(
        r,
        "cortex_querier_blocks_consistency_checks_failed_total",
        "Total number of queries that failed consistency checks. A failed consistency check means that some of at least one block which had to be queried wasn't present in any of the store-gateways.",
        [],
      ),
    };
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    return new BlocksStoreQuerier(this, tenant, mint, maxt);
  }

  /** Blocks of [mint, maxt] to query, after the staleness check and deletion-mark filter. */
  async findBlocks(tenant: string, mint: number, maxt: number): Promise<IndexBlock[]> {
    let idx: BucketIndex;
    try {
      idx = await this.deps.loader.getIndex(tenant);
    } catch (e) {
      if (e instanceof BucketIndexNotFoundError) return [];
      throw e;
    }
    const now = this.clock();
    if (this.cfg.maxStalePeriod > 0 && now - idx.updated_at * 1000 > this.cfg.maxStalePeriod) {
      throw new BucketIndexTooOldError(idx.updated_at, this.cfg.maxStalePeriod);
    }
    const ignoreBefore = now - this.cfg.ignoreDeletionMarksDelay;
    const discarded = new Set(
      idx.block_deletion_marks
        .filter((m) => m.deletion_time * 1000 < ignoreBefore)
        .map((m) => m.block_id),
    );
    return blocksWithin(idx, mint, maxt).filter((b) => !discarded.has(b.block_id));
  }

  /**
   * Calls `fn` on store-gateways until every block was queried, retrying missing blocks on
   * instances not tried yet; throws StoreConsistencyCheckFailedError when some remain.
   */
  async queryStores<T>(
    tenant: string,
    blocks: readonly IndexBlock[],
    fn: (
      client: StoreGatewayClient,
      blockIDs: string[],
    ) => Promise<{ result: T; queriedBlocks: string[] }>,
  ): Promise<T[]> {
    this.m.checks.inc();
    const grace = this.cfg.uploadGracePeriod ?? 0;
    const now = this.clock();
    const tracked = new Set(
      blocks
        .filter((b) => !(grace > 0 && now - b.uploaded_at * 1000 < grace))
        .map((b) => b.block_id),
    );
    let remaining = blocks.map((b) => b.block_id);
    const tried = new Map<string, string[]>();
    const results: T[] = [];
    const attempts = this.cfg.maxFetchAttempts ?? 3;
    for (let attempt = 1; attempt <= attempts && remaining.length > 0; attempt++) {
      const targets = await this.deps.stores.getClientsFor(tenant, remaining, tried);
      if (targets.length === 0) break;
      if (attempt > 1) this.m.refetches.observe(attempt - 1);
      const queried = new Set<string>();
      await Promise.all(
        targets.map(async (t) => {
          for (const id of t.blockIDs) tried.set(id, [...(tried.get(id) ?? []), t.addr]);
          try {
            const r = await fn(t.client, t.blockIDs);
            results.push(r.result);
            for (const id of r.queriedBlocks) queried.add(id);
          } catch (e) {
            if (e instanceof QueryLimitError) throw e;
            this.deps.logger.warn(
              { user: tenant, addr: t.addr, err: e },
              "failed to query store-gateway",
            );
          }
        }),
      );
      // Untracked (recently uploaded) blocks are asked for once and never retried.
      remaining = remaining.filter((id) => !queried.has(id) && tracked.has(id));
    }
    if (remaining.length > 0) {
      this.m.checksFailed.inc();
      throw new StoreConsistencyCheckFailedError(remaining);
    }
    return results;
  }
}

class BlocksStoreQuerier implements Querier {
  private readonly q: BlocksStoreQueryable;
  private readonly tenant: string;
  private readonly mint: number;
  private readonly maxt: number;

  constructor(q: BlocksStoreQueryable, tenant: string, mint: number, maxt: number) {
    this.q = q;
    this.tenant = tenant;
    this.mint = mint;
    this.maxt = maxt;
  }

  /** The range after query_store_after, or undefined when nothing is left to query. */
  private range(hints?: {
    start: number;
    end: number;
  }): { mint: number; maxt: number } | undefined {
    let mint = this.mint;
    let maxt = this.maxt;
    if (hints) {
      mint = Math.max(mint, hints.start);
      maxt = Math.min(maxt, hints.end);
    }
    if (this.q.cfg.queryStoreAfter > 0)
      maxt = Math.min(maxt, this.q.clock() - this.q.cfg.queryStoreAfter);
    return maxt < mint ? undefined : { mint, maxt };
  }

  async select(
    _sort: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const r = this.range(hints);
    if (!r) return [];
    const blocks = await this.q.findBlocks(this.tenant, r.mint, r.maxt);
    if (blocks.length === 0) return [];
    const limits = this.q.deps.limits?.get(this.tenant);
    // The query's limiter (shared with the ingesters) when the querier passes one down.
    const shared = queryLimiterFromHints(hints);
    const seen = new Set<string>();
    let chunks = 0;
    let bytes = 0;
    const parts = await this.q.queryStores(this.tenant, blocks, async (client, blockIDs) => {
      const res = await client.series({
        tenant: this.tenant,
        blockIDs,
        mint: r.mint,
        maxt: r.maxt,
        // The shard travels as a matcher; the store-gateway keeps only the shard's series.
        matchers: withShardMatcher(matchers, hints?.shard),
      });
      if (shared !== undefined) {
        for (const s of res.series) {
          shared.addSeries(s.labels);
          shared.addChunks(s.chunks.length);
          let n = 0;
          for (const c of s.chunks) n += c.data.length;
          shared.addChunkBytes(n);
        }
      } else if (limits !== undefined) {
        for (const s of res.series) {
          seen.add(labelsKey(s.labels));
          chunks += s.chunks.length;
          for (const c of s.chunks) bytes += c.data.length;
        }
        const ls = limits.max_fetched_series_per_query;
        if (ls > 0 && seen.size > ls) throw maxSeriesHit(ls);
        const lc = limits.max_fetched_chunks_per_query;
        if (lc > 0 && chunks > lc) throw maxChunksHit(lc);
        const lb = limits.max_fetched_chunk_bytes_per_query;
        if (lb > 0 && bytes > lb) throw maxChunkBytesHit(lb);
      }
      const series: Series[] = res.series.map((s) => ({
        labels: s.labels,
        iterator: () => chunksIterator(s.chunks, r.mint, r.maxt),
      }));
      return { result: series, queriedBlocks: res.queriedBlocks };
    });
    const merged = mergeSeriesLists(parts);
    const limit = hints?.limit ?? 0;
    return limit > 0 ? merged.slice(0, limit) : merged;
  }

  async labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]> {
    const r = this.range();
    if (!r) return [];
    const blocks = await this.q.findBlocks(this.tenant, r.mint, r.maxt);
    if (blocks.length === 0) return [];
    const parts = await this.q.queryStores(this.tenant, blocks, async (client, blockIDs) => {
      const res = await client.labelValues({
        tenant: this.tenant,
        blockIDs,
        mint: r.mint,
        maxt: r.maxt,
        matchers,
        name,
      });
      return { result: res.values, queriedBlocks: res.queriedBlocks };
    });
    return mergeStringLists(parts, hints?.limit ?? 0);
  }

  async labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    const r = this.range();
    if (!r) return [];
    const blocks = await this.q.findBlocks(this.tenant, r.mint, r.maxt);
    if (blocks.length === 0) return [];
    const parts = await this.q.queryStores(this.tenant, blocks, async (client, blockIDs) => {
      const res = await client.labelNames({
        tenant: this.tenant,
        blockIDs,
        mint: r.mint,
        maxt: r.maxt,
        matchers,
      });
      return { result: res.names, queriedBlocks: res.queriedBlocks };
    });
    return mergeStringLists(parts, hints?.limit ?? 0);
  }

  close(): void {}
}
