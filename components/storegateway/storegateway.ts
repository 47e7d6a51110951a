/**
 * The store-gateway (Mimir's pkg/storegateway): discovers each tenant's blocks through the
 * bucket index, keeps an index-header per block on local disk and answers series, label names
 * and label values requests for a list of blocks, reading chunks from the bucket.
 *
 * Index-header: mimir-ts keeps a verbatim copy of the block's `index` file (plus its
 * `meta.json`) in `<sync_dir>/<tenant>/<ULID>/`. It is written once (temp file + rename), reused
 * after a restart, loaded into memory on first use (lazy loading) and dropped from memory after
 * `index_header.lazy_loading_idle_timeout` without use. Chunks stay in the bucket.
 *
 * The request/response shapes are the ones the gRPC StoreGateway service will carry; in
 * `-target=all` the querier calls this class in-process.
 */
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BackoffLog } from "../util/backofflog.ts";
import { makeDir } from "../util/mkdir.ts";
import type { Logger } from "pino";
import type { Counter, Gauge, Registry } from "prom-client";
import type { Cache } from "../cache/cache.ts";
import { counter, gauge } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { type Labels, labelsKey } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import { inShard, splitShardMatcher } from "../model/query_shard.ts";
import {
  type BucketIndex,
  BucketIndexNotFoundError,
  type IndexBlock,
  readBucketIndex,
} from "../storage/tsdb/bucketindex.ts";
import {
  forEachConcurrent,
  INDEX_FILENAME,
  isBlockID,
  listTenants,
  META_FILENAME,
  userBucket,
} from "../storage/tsdb/layout.ts";
import type { EncodedChunk } from "../tsdb/block/chunks.ts";
import { compareLabelsBytes, compareStrings } from "../model/strings.ts";
import { intersectPostings } from "../tsdb/index/postings.ts";
import { IndexReader } from "../tsdb/index/reader.ts";
import type { ChunkMeta } from "../tsdb/index/writer.ts";
import { BasicService } from "../util/services/service.ts";
import { type BucketStoreConfig, defaultBucketStoreConfig } from "./bucketstore_config.ts";
import { BucketChunkReader } from "./chunkreader.ts";
import { type IndexCache, matchersKey } from "./indexcache.ts";

export interface StoreSeries {
  labels: Labels;
  /** Chunks from every queried block, sorted by mint (they may overlap across blocks). */
  chunks: EncodedChunk[];
}

export interface SeriesRequest {
  tenant: string;
  blockIDs: readonly string[];
  /** ms, inclusive. */
  mint: number;
  maxt: number;
  matchers: readonly Matcher[];
  /** Labels only (for /api/v1/series). */
  skipChunks?: boolean;
}

export interface SeriesResponse {
  series: StoreSeries[];
  /** Requested blocks this store-gateway holds and queried. */
  queriedBlocks: string[];
}

export interface LabelsRequest {
  tenant: string;
  blockIDs: readonly string[];
  mint: number;
  maxt: number;
  matchers: readonly Matcher[];
}

/** The StoreGateway service interface (in-process now, gRPC later). */
export interface StoreGatewayClient {
  series(req: SeriesRequest): Promise<SeriesResponse>;
  labelNames(req: LabelsRequest): Promise<{ names: string[]; queriedBlocks: string[] }>;
  labelValues(
    req: LabelsRequest & { name: string },
  ): Promise<{ values: string[]; queriedBlocks: string[] }>;
}

export interface StoreGatewayConfig {
  /** `blocks_storage.bucket_store`; fields it lacks take Mimir's defaults (defaultBucketStoreConfig). */
  bucket_store: Partial<BucketStoreConfig> & { sync_dir: string };
  enabled_tenants?: string[];
  disabled_tenants?: string[];
}

export interface StoreGatewayDeps {
  logger: Logger;
  registry: Registry;
  bucket: Bucket;
  clock?: () => number;
  /** Whether this instance holds a block (store-gateway ring, RF); every block by default. */
  ownsBlock?: (tenant: string, blockID: string) => boolean;
  /** Chunks cache (memcached or in-memory), optional. */
  chunksCache?: Cache;
  /** Index cache (`blocks_storage.bucket_store.index_cache`): expanded postings, optional. */
  indexCache?: IndexCache;
}

interface StoreBlock {
  id: string;
  entry: IndexBlock;
  dir: string;
  index?: IndexReader;
  loading?: Promise<IndexReader>;
  lastUsed: number;
  chunks: BucketChunkReader;
}

export class StoreGateway extends BasicService implements StoreGatewayClient {
  private readonly cfg: StoreGatewayConfig;
  private readonly log: Logger;
  /** Rate-limits the logs of per-tenant sync failures that recur every sync (e.g. a read-only sync dir). */
  private readonly syncFailureLog = new BackoffLog();
  private readonly bkt: Bucket;
  private readonly clock: () => number;
  private readonly deps: StoreGatewayDeps;
  private readonly tenants = new Map<string, Map<string, StoreBlock>>();
  private synced = false;
  private syncing: Promise<void> | undefined;
  private readonly m: {
    blocksLoaded: Gauge;
    blockLoads: Counter;
    blockLoadFailures: Counter;
    blockDrops: Counter;
    lazyLoads: Counter;
    lazyUnloads: Counter;
    lazyLoadFailures: Counter;
    syncsTotal: Counter;
    syncsFailed: Counter;
    lastSync: Gauge;
    tenantsDiscovered: Gauge;
    tenantsSynced: Gauge;
    seriesBlocksQueried: Counter;
    seriesRequests: Counter;
  };

  constructor(cfg: StoreGatewayConfig, deps: StoreGatewayDeps) {
    super("store-gateway");
    const def = defaultBucketStoreConfig(cfg.bucket_store.sync_dir);
    this.cfg = {
      ...cfg,
      bucket_store: {
        ...def,
        ...cfg.bucket_store,
        index_header: { ...def.index_header, ...(cfg.bucket_store.index_header ?? {}) },
      },
    };
    this.deps = deps;
    this.log = deps.logger.child({ component: "store-gateway" });
    this.bkt = deps.bucket;
    this.clock = deps.clock ?? Date.now;
    const r = deps.registry;
    this.m = {
      blocksLoaded: gauge(
        r,
        "cortex_bucket_store_blocks_loaded",
        "Number of currently loaded blocks.",
        [],
      ),
      blockLoads: counter(
        r,
        "cortex_bucket_store_block_loads_total",
        "Total number of remote block loading attempts.",
        [],
      ),
      blockLoadFailures: counter(
        r,
        "cortex_bucket_store_block_load_failures_total",
        "Total number of failed remote block loading attempts.",
        [],
      ),
      blockDrops: counter(
        r,
        "cortex_bucket_store_block_drops_total",
        "Total number of local blocks that were dropped.",
        [],
      ),
      lazyLoads: counter(
        r,
        "cortex_bucket_store_indexheader_lazy_load_total",
        "Total number of index-header lazy load operations.",
        [],
      ),
      lazyUnloads: counter(
        r,
        "cortex_bucket_store_indexheader_lazy_unload_total",
        "Total number of index-header lazy unload operations.",
        [],
      ),
      lazyLoadFailures: counter(
        r,
        "cortex_bucket_store_indexheader_lazy_load_failed_total",
        "Total number of failed index-header lazy load operations.",
        [],
      ),
      syncsTotal: counter(
        r,
        "cortex_bucket_stores_blocks_sync_total",
        "Total number of times the bucket sync operation triggered.",
        [],
      ),
      syncsFailed: counter(
        r,
        "cortex_bucket_stores_blocks_sync_failures_total",
        "Total number of times the bucket sync operation failed.",
        [],
      ),
      lastSync: gauge(
        r,
        "cortex_bucket_stores_blocks_last_successful_sync_timestamp_seconds",
        "Unix timestamp of the last successful blocks sync.",
        [],
      ),
      tenantsDiscovered: gauge(
        r,
        "cortex_bucket_stores_tenants_discovered",
        "Number of tenants discovered in the bucket.",
        [],
      ),
      tenantsSynced: gauge(
        r,
        "cortex_bucket_stores_tenants_synced",
        "Number of tenants synced.",
        [],
      ),
      seriesBlocksQueried: counter(
        r,
        "cortex_bucket_store_series_blocks_queried_total",
        "Number of blocks queried by series requests.",
        [],
      ),
      seriesRequests: counter(
        r,
        "cortex_bucket_store_series_requests_total",
        "Number of series requests.",
        [],
      ),
    };
  }

  private get bs(): BucketStoreConfig {
    return this.cfg.bucket_store as BucketStoreConfig;
  }

  /** Initial sync: the store-gateway is not ready before it completes. */
  protected override async starting(): Promise<void> {
    await makeDir(this.bs.sync_dir);
    await this.syncBlocks();
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    let nextSync = this.clock() + this.bs.sync_interval;
    while (!signal.aborted) {
      await sleep(Math.max(0, Math.min(nextSync - this.clock(), 10_000)), signal);
      if (signal.aborted) break;
      this.unloadIdle();
      if (this.clock() >= nextSync) {
        await this.syncBlocks().catch((e) =>
          this.log.warn({ err: e }, "failed to synchronize TSDB blocks"),
        );
        nextSync = this.clock() + this.bs.sync_interval;
      }
    }
  }

  protected override async stopping(): Promise<void> {
    for (const blocks of this.tenants.values())
      for (const b of blocks.values()) b.index = undefined;
  }

  /** undefined when ready; else why not (for /ready). */
  readiness(): string | undefined {
    return this.synced
      ? undefined
      : "store-gateway has not completed the initial blocks synchronization";
  }

  isReady(): boolean {
    return this.synced;
  }

  private tenantAllowed(t: string): boolean {
    const en = this.cfg.enabled_tenants ?? [];
    if (en.length > 0 && !en.includes(t)) return false;
    return !(this.cfg.disabled_tenants ?? []).includes(t);
  }

  /** Syncs every tenant's blocks with the bucket index (one at a time if called concurrently). */
  syncBlocks(): Promise<void> {
    if (this.syncing) return this.syncing;
    this.syncing = this.doSync().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async doSync(): Promise<void> {
    this.m.syncsTotal.inc();
    try {
      const tenants = (await listTenants(this.bkt)).filter((t) => this.tenantAllowed(t));
      this.m.tenantsDiscovered.set(tenants.length);
      let synced = 0;
      let failed = 0;
      await forEachConcurrent(tenants, this.bs.tenant_sync_concurrency ?? 1, async (t) => {
        try {
          await this.syncTenant(t);
          synced++;
          if (this.syncFailureLog.size > 0) this.syncFailureLog.clear(t);
        } catch (e) {
          failed++;
          this.syncFailureLog.occurred(t, (suppressed) =>
            this.log.warn(
              {
                user: t,
                err: (e as Error).message,
                code: (e as NodeJS.ErrnoException).code,
                suppressed,
              },
              "failed to synchronize TSDB blocks for user",
            ),
          );
        }
      });
      // As Mimir: a sync in which any tenant failed counts as a failed sync.
      if (failed > 0) this.m.syncsFailed.inc();
      for (const t of [...this.tenants.keys()]) if (!tenants.includes(t)) await this.dropTenant(t);
      await this.removeStrayTenantDirs(tenants);
      this.m.tenantsSynced.set(synced);
      this.m.lastSync.set(this.clock() / 1000);
      this.synced = true;
      this.updateLoadedGauge();
    } catch (e) {
      this.m.syncsFailed.inc();
      throw e;
    }
  }

  /** Blocks of the tenant's bucket index this instance should hold. */
  private async wantedBlocks(tenant: string): Promise<IndexBlock[]> {
    let idx: BucketIndex;
    try {
      idx = await readBucketIndex(this.bkt, tenant);
    } catch (e) {
      if (e instanceof BucketIndexNotFoundError) return [];
      throw e;
    }
    const now = this.clock();
    const marks = new Map(idx.block_deletion_marks.map((m) => [m.block_id, m.deletion_time]));
    return idx.blocks.filter((b) => {
      if (this.bs.ignore_blocks_within > 0 && b.min_time > now - this.bs.ignore_blocks_within)
        return false;
      const del = marks.get(b.block_id);
      if (del !== undefined && now - del * 1000 > this.bs.ignore_deletion_mark_delay) return false;
      if (this.deps.ownsBlock && !this.deps.ownsBlock(tenant, b.block_id)) return false;
      return true;
    });
  }

  private async syncTenant(tenant: string): Promise<void> {
    const wanted = await this.wantedBlocks(tenant);
    let blocks = this.tenants.get(tenant);
    if (blocks === undefined) {
      blocks = new Map();
      this.tenants.set(tenant, blocks);
    }
    const ubkt = userBucket(this.bkt, tenant);
    const wantedIDs = new Set(wanted.map((b) => b.block_id));
    const current = blocks;
    await forEachConcurrent(wanted, this.bs.block_sync_concurrency ?? 4, async (entry) => {
      if (current.has(entry.block_id)) return;
      this.m.blockLoads.inc();
      const dir = join(this.bs.sync_dir, tenant, entry.block_id);
      try {
        await this.ensureIndexHeader(ubkt, entry.block_id, dir);
      } catch (e) {
        this.m.blockLoadFailures.inc();
        this.log.warn({ user: tenant, block: entry.block_id, err: e }, "failed to load block");
        return;
      }
      const b: StoreBlock = {
        id: entry.block_id,
        entry,
        dir,
        lastUsed: this.clock(),
        chunks: new BucketChunkReader(ubkt, entry.block_id, {
          cache: this.deps.chunksCache,
          cacheKeyPrefix: tenant,
        }),
      };
      if (!this.bs.index_header.lazy_loading_enabled) await this.loadIndex(b, false);
      current.set(entry.block_id, b);
    });
    for (const id of [...current.keys()]) {
      if (wantedIDs.has(id)) continue;
      current.delete(id);
      this.m.blockDrops.inc();
      await rm(join(this.bs.sync_dir, tenant, id), { recursive: true, force: true });
    }
    // Local index-headers of blocks no longer held.
    const entries = await readdir(join(this.bs.sync_dir, tenant)).catch(() => [] as string[]);
    for (const e of entries) {
      if (isBlockID(e) && !current.has(e))
        await rm(join(this.bs.sync_dir, tenant, e), { recursive: true, force: true });
    }
  }

  private async dropTenant(tenant: string): Promise<void> {
    const blocks = this.tenants.get(tenant);
    this.m.blockDrops.inc(blocks?.size ?? 0);
    this.tenants.delete(tenant);
    await rm(join(this.bs.sync_dir, tenant), { recursive: true, force: true });
  }

  private async removeStrayTenantDirs(tenants: string[]): Promise<void> {
    const dirs = await readdir(this.bs.sync_dir).catch(() => [] as string[]);
    for (const d of dirs)
      if (!tenants.includes(d))
        await rm(join(this.bs.sync_dir, d), { recursive: true, force: true });
  }

  /** Writes `<dir>/index` and `<dir>/meta.json` unless a previous run left them there. */
  private async ensureIndexHeader(ubkt: Bucket, id: string, dir: string): Promise<void> {
    const indexPath = join(dir, INDEX_FILENAME);
    const metaPath = join(dir, META_FILENAME);
    const have = await Promise.all([
      stat(indexPath).catch(() => undefined),
      stat(metaPath).catch(() => undefined),
    ]);
    if (have[0]?.isFile() && have[1]?.isFile()) {
      const remote = await ubkt.attributes(`${id}/${INDEX_FILENAME}`).catch(() => undefined);
      if (remote === undefined || remote.size === have[0].size) return;
    }
    await makeDir(dir);
    const index = await ubkt.get(`${id}/${INDEX_FILENAME}`);
    IndexReader.open(index); // validate before keeping it
    await writeFile(indexPath + ".tmp", index);
    await rename(indexPath + ".tmp", indexPath);
    await writeFile(metaPath + ".tmp", await ubkt.get(`${id}/${META_FILENAME}`));
    await rename(metaPath + ".tmp", metaPath);
  }

  private async loadIndex(b: StoreBlock, lazy: boolean): Promise<IndexReader> {
    b.lastUsed = this.clock();
    if (b.index) return b.index;
    if (b.loading) return b.loading;
    b.loading = (async () => {
      try {
        const ix = IndexReader.open(await readFile(join(b.dir, INDEX_FILENAME)));
        b.index = ix;
        if (lazy) this.m.lazyLoads.inc();
        this.updateLoadedGauge();
        return ix;
      } catch (e) {
        if (lazy) this.m.lazyLoadFailures.inc();
        throw e;
      } finally {
        b.loading = undefined;
      }
    })();
    return b.loading;
  }

  /** Drops index-headers unused for longer than the idle timeout; returns how many. */
  unloadIdle(): number {
    const idle = this.bs.index_header.lazy_loading_idle_timeout;
    if (!this.bs.index_header.lazy_loading_enabled || idle <= 0) return 0;
    const now = this.clock();
    let n = 0;
    for (const blocks of this.tenants.values()) {
      for (const b of blocks.values()) {
        if (b.index !== undefined && now - b.lastUsed > idle) {
          b.index = undefined;
          n++;
        }
      }
    }
    this.m.lazyUnloads.inc(n);
    if (n > 0) this.updateLoadedGauge();
    return n;
  }

  private updateLoadedGauge(): void {
    let n = 0;
    for (const blocks of this.tenants.values()) n += blocks.size;
    this.m.blocksLoaded.set(n);
  }

  /** Blocks held for a tenant (for /store-gateway/tenant/{t}/blocks). */
  tenantBlocks(
    tenant: string,
  ): { id: string; minTime: number; maxTime: number; indexHeaderLoaded: boolean }[] {
    const blocks = this.tenants.get(tenant);
    if (!blocks) return [];
    return [...blocks.values()]
      .map((b) => ({
        id: b.id,
        minTime: b.entry.min_time,
        maxTime: b.entry.max_time,
        indexHeaderLoaded: b.index !== undefined,
      }))
      .sort((a, b) => a.minTime - b.minTime || compareStrings(a.id, b.id));
  }

  /** Tenants with blocks held here. */
  heldTenants(): string[] {
    return [...this.tenants.keys()].sort();
  }

  private blocksFor(tenant: string, ids: readonly string[]): StoreBlock[] {
    const blocks = this.tenants.get(tenant);
    if (!blocks) return [];
    const out: StoreBlock[] = [];
    for (const id of new Set(ids)) {
      const b = blocks.get(id);
      if (b === undefined) continue;
      out.push(b);
    }
    return out;
  }

  /** Series references of a block matching every matcher, through the index cache when there is one. */
  private async expandedPostings(
    tenant: string,
    b: StoreBlock,
    ix: IndexReader,
    matchers: readonly Matcher[],
  ): Promise<Uint32Array> {
    if (matchers.length === 0) return ix.allPostings();
    const cache = this.deps.indexCache;
    if (cache === undefined) return ix.postingsForMatchers(matchers);
    const key = matchersKey(matchers);
    const cached = await cache.fetchExpandedPostings(tenant, b.id, key);
    if (cached !== undefined) return cached;
    const p = ix.postingsForMatchers(matchers);
    cache.storeExpandedPostings(tenant, b.id, key, p);
    return p;
  }

  async series(req: SeriesRequest): Promise<SeriesResponse> {
    this.m.seriesRequests.inc();
    const blocks = this.blocksFor(req.tenant, req.blockIDs);
    const merged = new Map<string, StoreSeries>();
    // Query sharding: the `__query_shard__` matcher is not a label of the index; the postings
    // (and their cache entry) are those of the other matchers, and series outside the shard are
    // dropped by their labels before any chunk is read.
    const { shard, rest: matchers } = splitShardMatcher(req.matchers);
    await Promise.all(
      blocks.map(async (b) => {
        // A block outside the range is queried trivially: it has nothing for it.
        if (b.entry.min_time > req.maxt || b.entry.max_time <= req.mint) return;
        const ix = await this.loadIndex(b, true);
        const refs = await this.expandedPostings(req.tenant, b, ix, matchers);
        const picked: { labels: Labels; metas: ChunkMeta[] }[] = [];
        const chunkRefs: number[] = [];
        for (let i = 0; i < refs.length; i++) {
          const s = ix.series(refs[i]);
          if (!inShard(s.labels, shard)) continue;
          const metas = s.chunks.filter((c) => c.maxt >= req.mint && c.mint <= req.maxt);
          if (metas.length === 0) continue;
          picked.push({ labels: s.labels, metas });
          if (!req.skipChunks) for (const m of metas) chunkRefs.push(m.ref);
        }
        const data = req.skipChunks ? [] : await b.chunks.chunks(chunkRefs);
        let k = 0;
        for (const p of picked) {
          const key = labelsKey(p.labels);
          let s = merged.get(key);
          if (s === undefined) {
            s = { labels: p.labels, chunks: [] };
            merged.set(key, s);
          }
          if (req.skipChunks) continue;
          for (const m of p.metas) {
            const c = data[k++];
            s.chunks.push({ mint: m.mint, maxt: m.maxt, encoding: c.encoding, data: c.data });
          }
        }
      }),
    );
    this.m.seriesBlocksQueried.inc(blocks.length);
    const series = [...merged.values()].sort((a, b) => compareLabelsBytes(a.labels, b.labels));
    for (const s of series) s.chunks.sort((a, b) => a.mint - b.mint || a.maxt - b.maxt);
    return { series, queriedBlocks: blocks.map((b) => b.id) };
  }

  async labelNames(req: LabelsRequest): Promise<{ names: string[]; queriedBlocks: string[] }> {
    const blocks = this.blocksFor(req.tenant, req.blockIDs);
    const names = new Set<string>();
    await Promise.all(
      blocks.map(async (b) => {
        const ix = await this.loadIndex(b, true);
        if (req.matchers.length === 0) {
          for (const n of ix.labelNames()) names.add(n);
          return;
        }
        for (const ref of await this.expandedPostings(req.tenant, b, ix, req.matchers))
          for (const l of ix.seriesLabels(ref)) names.add(l.name);
      }),
    );
    return { names: [...names].sort(compareStrings), queriedBlocks: blocks.map((b) => b.id) };
  }

  async labelValues(
    req: LabelsRequest & { name: string },
  ): Promise<{ values: string[]; queriedBlocks: string[] }> {
    const blocks = this.blocksFor(req.tenant, req.blockIDs);
    const values = new Set<string>();
    await Promise.all(
      blocks.map(async (b) => {
        const ix = await this.loadIndex(b, true);
        let vs = ix.labelValues(req.name);
        if (req.matchers.length > 0) {
          const p = await this.expandedPostings(req.tenant, b, ix, req.matchers);
          vs = vs.filter(
            (v) => p.length > 0 && intersectPostings([p, ix.postings(req.name, v)]).length > 0,
          );
        }
        for (const v of vs) values.add(v);
      }),
    );
    return { values: [...values].sort(compareStrings), queriedBlocks: blocks.map((b) => b.id) };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      resolve();
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
