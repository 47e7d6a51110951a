/**
 * The ingester's blocks lifecycle, as a Service next to the Ingester (Mimir's ingester
 * compactionServiceRunning / shipBlocksLoop / closeAndDeleteIdleUserTSDBs, blocks part):
 * - every `head_compaction_interval` (first run jittered) each tenant's head is compacted by
 *   the 1.5x rule, or entirely when idle for `head_compaction_idle_timeout` (+ up to 25%);
 * - every `ship_interval` new local blocks are uploaded (see shipper.ts);
 * - local blocks are deleted `retention_period` after they were shipped (after their creation
 *   when shipping is off);
 * - `flush()` compacts everything and ships (POST /ingester/flush, shutdown);
 * - `queryable()` reads the ingester's heads merged with its local blocks.
 * On start it opens the local blocks, removes unfinished `<ULID>.tmp` dirs and truncates
 * heads replayed from the WAL to the end of the newest local block (a crash between writing
 * a block and truncating the head leaves the WAL holding the block's data).
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";
import type { Counter, Histogram, Registry } from "prom-client";
import { BackoffLog } from "../util/backofflog.ts";
import { counter, histogram } from "../util/metrics.ts";
import { decodeTime } from "ulid";
import { MergeQuerier } from "../storage/merge.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import type { Querier, Queryable } from "../model/series.ts";
import { forEachConcurrent, isBlockID } from "../storage/tsdb/layout.ts";
import type { BlockMeta } from "../model/block_meta.ts";
import { BlockReader } from "../tsdb/block/reader.ts";
import { parseDuration } from "../util/config/duration.ts";
import { BasicService } from "../util/services/service.ts";
import { headBounds, plannedRanges, writeHeadBlock } from "./headcompaction.ts";
import type { Ingester } from "./ingester.ts";
import { localBlockIDs, Shipper } from "./shipper.ts";

export interface IngesterBlocksDeps {
  ingester: Ingester;
  /** The blocks bucket; undefined disables shipping. */
  bucket?: Bucket;
  logger: Logger;
  registry: Registry;
  /** Clock, ms (tests). */
  now?: () => number;
  /** [0, 1) (tests). */
  random?: () => number;
  /** fsync block files (default true; tests turn it off). */
  fsync?: boolean;
}

export interface LocalBlockInfo {
  meta: BlockMeta;
  /** Unix ms of the upload; undefined when not shipped yet. */
  shippedAt: number | undefined;
}

interface TenantState {
  readers: Map<string, BlockReader>;
  lock: Promise<unknown>;
  lastMaxT: number;
  lastSeries: number;
  lastActive: number;
  /** Idle-timeout jitter factor in [1, 1.25). */
  idleJitter: number;
}

export class IngesterBlocks extends BasicService {
  private readonly ingester: Ingester;
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly fsync: boolean;
  readonly shipper: Shipper | undefined;
  readonly blockRange: number;
  private readonly tenantsState = new Map<string, TenantState>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly pendingCloses = new Set<BlockReader>();
  private busy: Promise<unknown> = Promise.resolve();
  /** Set by prepare-shutdown; flush_blocks_on_shutdown otherwise. */
  flushOnShutdown: boolean;
  private readonly compactions: Counter;
  private readonly compactionsFailed: Counter;
  private readonly compactionDuration: Histogram;
  /** Rate-limits the logs of failures that recur every interval (a full or read-only disk). */
  private readonly failureLog: BackoffLog;

  constructor(deps: IngesterBlocksDeps) {
    super("ingester-blocks");
    this.ingester = deps.ingester;
    this.logger = deps.logger;
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.fsync = deps.fsync ?? true;
    const cfg = deps.ingester.tsdbCfg;
    const ranges = cfg.block_ranges_period.map((s) => parseDuration(s) ?? 0).filter((x) => x > 0);
    this.blockRange = ranges.length > 0 ? ranges[0] : 2 * 3_600_000;
    this.flushOnShutdown = cfg.flush_blocks_on_shutdown;
    this.failureLog = new BackoffLog({ now: this.now });
    if (deps.bucket !== undefined && cfg.ship_interval > 0) {
      this.shipper = new Shipper(cfg.dir, {
        bucket: deps.bucket,
        logger: deps.logger,
        registry: deps.registry,
        now: this.now,
      });
    }
    const r = deps.registry;
    this.compactions = counter(
      r,
      "cortex_ingester_tsdb_compactions_total",
      "Total number of TSDB compactions that were executed.",
      [],
    );
    this.compactionsFailed = counter(
      r,
      "cortex_ingester_tsdb_compactions_failed_total",
      "Total number of TSDB compactions that failed.",
      [],
    );
    this.compactionDuration = histogram(
      r,
      "cortex_ingester_tsdb_compaction_duration_seconds",
      "Duration of TSDB compaction runs.",
      [],
      [1, 2, 4, 8, 16, 32, 64, 128, 256, 512],
    );
  }

  private get tsdbDir(): string {
    return this.ingester.tsdbCfg.dir;
  }

  protected override async starting(): Promise<void> {
    await this.openLocalBlocks();
  }

  /** Opens every tenant's local blocks and aligns the heads with them (see the file comment). */
  async openLocalBlocks(): Promise<void> {
    let tenants: string[] = [];
    try {
      tenants = (await readdir(this.tsdbDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
    } catch {
      tenants = [];
    }
    for (const tenant of tenants) {
      const tdir = join(this.tsdbDir, tenant);
      for (const n of await readdir(tdir)) {
        if (n.endsWith(".tmp") && isBlockID(n.slice(0, -4)))
          await rm(join(tdir, n), { recursive: true, force: true });
      }
      const ids = await localBlockIDs(tdir);
      if (ids.length === 0) continue;
      const st = this.tenantState(tenant);
      let maxT = Number.NEGATIVE_INFINITY;
      for (const id of ids) {
        if (st.readers.has(id)) continue;
        try {
          const r = await BlockReader.open(join(tdir, id));
          st.readers.set(id, r);
          if (r.meta.maxTime > maxT) maxT = r.meta.maxTime;
        } catch (e) {
          this.logger.warn({ err: e, user: tenant, block: id }, "failed to open local block");
        }
      }
      const db = this.ingester.tsdb(tenant);
      if (db !== undefined && Number.isFinite(maxT) && db.head.getMinValidTime() < maxT) {
        await this.ingester.truncateHead(tenant, maxT);
      }
    }
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    const cfg = this.ingester.tsdbCfg;
    const interval = cfg.head_compaction_interval;
    if (interval > 0) {
      const tick = () => {
        if (signal.aborted) return;
        this.serial(() => this.compactAll(false)).finally(() => {
          if (!signal.aborted) this.timers.push(setTimeout(tick, interval).unref());
        });
      };
      this.timers.push(setTimeout(tick, Math.floor(this.random() * interval)).unref());
    }
    if (cfg.ship_interval > 0) {
      const ship = () => {
        if (signal.aborted) return;
        this.serial(() => this.shipAndDelete()).finally(() => {
          if (!signal.aborted) this.timers.push(setTimeout(ship, cfg.ship_interval).unref());
        });
      };
      this.timers.push(setTimeout(ship, cfg.ship_interval).unref());
    } else {
      const del = () => {
        if (signal.aborted) return;
        this.serial(() => this.deleteExpired()).finally(() => {
          if (!signal.aborted) this.timers.push(setTimeout(del, 60_000).unref());
        });
      };
      this.timers.push(setTimeout(del, 60_000).unref());
    }
    await super.running(signal);
  }

  protected override async stopping(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    await this.busy.catch(() => {});
    if (this.flushOnShutdown) {
      try {
        await this.flush();
      } catch (e) {
        this.logger.error({ err: e }, "failed to flush blocks on shutdown");
      }
    }
    await this.shipper?.drain();
    for (const st of this.tenantsState.values()) {
      await Promise.allSettled([...st.readers.values()].map((r) => r.close()));
      st.readers.clear();
    }
    await Promise.allSettled([...this.pendingCloses].map((r) => r.close()));
    this.pendingCloses.clear();
  }

  /** Runs loop work one piece at a time (compaction and shipping do not overlap). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.busy.catch(() => {}).then(fn);
    this.busy = p.catch((e) =>
      this.logger.warn({ err: e }, "ingester blocks: background run failed"),
    );
    return p;
  }

  private tenantState(tenant: string): TenantState {
    let st = this.tenantsState.get(tenant);
    if (st === undefined) {
      st = {
        readers: new Map(),
        lock: Promise.resolve(),
        lastMaxT: Number.NaN,
        lastSeries: -1,
        lastActive: this.now(),
        idleJitter: 1 + this.random() * 0.25,
      };
      this.tenantsState.set(tenant, st);
    }
    return st;
  }

  private withTenantLock<T>(tenant: string, fn: () => Promise<T>): Promise<T> {
    const st = this.tenantState(tenant);
    const p = st.lock.catch(() => {}).then(fn);
    st.lock = p.catch(() => {});
    return p;
  }

  /** Tenants with a head or local blocks. */
  tenants(): string[] {
    const s = new Set<string>(this.ingester.tenants());
    for (const [t, st] of this.tenantsState) if (st.readers.size > 0) s.add(t);
    return [...s].sort();
  }

  /**
   * One compaction round: each tenant by the 1.5x rule, or entirely when forced or idle.
   * Returns the blocks written.
   */
  async compactAll(force: boolean, tenants?: readonly string[]): Promise<BlockMeta[]> {
    const list = tenants ?? this.ingester.tenants();
    const out: BlockMeta[] = [];
    const idle = this.ingester.tsdbCfg.head_compaction_idle_timeout;
    const now = this.now();
    await forEachConcurrent(
      list,
      Math.max(1, this.ingester.tsdbCfg.head_compaction_concurrency),
      async (tenant) => {
        const db = this.ingester.tsdb(tenant);
        if (db === undefined) return;
        const st = this.tenantState(tenant);
        const maxT = db.head.maxTime();
        const ns = db.head.numSeries();
        if (maxT !== st.lastMaxT || ns !== st.lastSeries) {
          st.lastMaxT = maxT;
          st.lastSeries = ns;
          st.lastActive = now;
        }
        const isIdle = idle > 0 && ns > 0 && now - st.lastActive >= idle * st.idleJitter;
        try {
          out.push(...(await this.compactTenant(tenant, force || isIdle)));
          if (this.failureLog.size > 0) this.failureLog.clear(`compact:${tenant}`);
        } catch (e) {
          this.failureLog.occurred(`compact:${tenant}`, (suppressed) =>
            this.logger.error(
              {
                err: (e as Error).message,
                code: (e as NodeJS.ErrnoException).code,
                user: tenant,
                suppressed,
              },
              "TSDB head compaction failed",
            ),
          );
        }
      },
    );
    return out;
  }

  /** Compacts one tenant's head (regular rule, or everything when forced); returns new blocks. */
  compactTenant(tenant: string, force: boolean): Promise<BlockMeta[]> {
    return this.withTenantLock(tenant, async () => {
      const db = this.ingester.tsdb(tenant);
      if (db === undefined) return [];
      const ranges = plannedRanges(headBounds(db.head), this.blockRange, force);
      if (ranges.length === 0) return [];
      const st = this.tenantState(tenant);
      const tdir = join(this.tsdbDir, tenant);
      const start = process.hrtime.bigint();
      const metas: BlockMeta[] = [];
      try {
        for (const r of ranges) {
          const meta = await writeHeadBlock(db.head, r, tdir, { fsync: this.fsync });
          if (meta === undefined) continue;
          st.readers.set(meta.ulid, await BlockReader.open(join(tdir, meta.ulid)));
          metas.push(meta);
          this.logger.info(
            {
              user: tenant,
              block: meta.ulid,
              minTime: meta.minTime,
              maxTime: meta.maxTime,
              series: meta.stats.numSeries,
            },
            "head compacted into a block",
          );
        }
        await this.ingester.truncateHead(tenant, ranges[ranges.length - 1].maxt + 1);
      } catch (e) {
        this.compactionsFailed.inc();
        throw e;
      }
      this.compactions.inc();
      this.compactionDuration.observe(Number(process.hrtime.bigint() - start) / 1e9);
      return metas;
    });
  }

  /** Compacts every head (or the given tenants') entirely and ships the blocks. */
  async flush(tenants?: readonly string[]): Promise<BlockMeta[]> {
    const metas = await this.compactAll(true, tenants);
    await this.ship(tenants);
    return metas;
  }

  /** Ships new local blocks of every tenant (or the given ones). */
  async ship(tenants?: readonly string[]): Promise<void> {
    if (this.shipper === undefined) return;
    await this.shipper.shipAll(tenants ?? this.tenants(), this.ingester.tsdbCfg.ship_concurrency);
  }

  private async shipAndDelete(): Promise<void> {
    await this.ship();
    await this.deleteExpired();
  }

  /**
   * Deletes local blocks `retention_period` after their upload (after their creation, by ULID
   * time, when shipping is off). Unshipped blocks are kept while shipping is on.
   */
  async deleteExpired(): Promise<string[]> {
    const retention = this.ingester.tsdbCfg.retention_period;
    const now = this.now();
    const deleted: string[] = [];
    for (const [tenant, st] of this.tenantsState) {
      if (st.readers.size === 0) continue;
      await this.withTenantLock(tenant, async () => {
        const shipped = this.shipper !== undefined ? await this.shipper.shipped(tenant) : undefined;
        for (const [id, r] of st.readers) {
          const ref = shipped !== undefined ? shipped.get(id) : decodeTime(id);
          if (ref === undefined || now - ref < retention) continue;
          st.readers.delete(id);
          this.closeLater(r);
          await rm(join(this.tsdbDir, tenant, id), { recursive: true, force: true });
          deleted.push(id);
          this.logger.info(
            { user: tenant, block: id },
            "deleted local block after the retention period",
          );
        }
      });
    }
    return deleted;
  }

  /** Closes a reader a little later: queries that picked it may still be reading. */
  private closeLater(r: BlockReader): void {
    this.pendingCloses.add(r);
    setTimeout(() => {
      this.pendingCloses.delete(r);
      void r.close().catch(() => {});
    }, 60_000).unref();
  }

  /** The tenant's local blocks with their upload times, oldest first. */
  async localBlocks(tenant: string): Promise<LocalBlockInfo[]> {
    const st = this.tenantsState.get(tenant);
    if (st === undefined) return [];
    const shipped =
      this.shipper !== undefined ? await this.shipper.shipped(tenant) : new Map<string, number>();
    return [...st.readers.values()]
      .map((r) => ({ meta: r.meta, shippedAt: shipped.get(r.ulid) }))
      .sort((a, b) => a.meta.minTime - b.meta.minTime || (a.meta.ulid < b.meta.ulid ? -1 : 1));
  }

  /** The ingester's heads merged with its local blocks (samples in both are kept once). */
  queryable(): Queryable {
    const heads = this.ingester.queryable();
    return {
      querier: async (tenant: string, mint: number, maxt: number): Promise<Querier> => {
        const head = await heads.querier(tenant, mint, maxt);
        const st = this.tenantsState.get(tenant);
        if (st === undefined || st.readers.size === 0) return head;
        const qs: Querier[] = [head];
        for (const r of st.readers.values())
          if (r.overlaps(mint, maxt)) qs.push(r.querier(mint, maxt));
        return qs.length === 1 ? head : new MergeQuerier(qs);
      },
    };
  }
}
