/**
 * The compactor (Mimir's pkg/compactor): per tenant, plans split-and-merge jobs over the
 * tenant's blocks, runs them with `compaction_concurrency`, uploads the results and marks the
 * sources for deletion; and, every `cleanup_interval`, runs the blocks cleaner (retention,
 * hard deletion after `deletion_delay`, partial blocks, tenant deletion) and writes the
 * tenant's bucket index.
 *
 * Scratch space is `<data_dir>/compact/`; it is wiped at startup, before each run and after
 * each job.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { makeDir } from "../util/mkdir.ts";
import type { Logger } from "pino";
import type { Counter, Gauge, Registry } from "prom-client";
import { counter, gauge } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { downloadBlock, uploadBlock } from "../storage/tsdb/blockio.ts";
import {
  type BucketIndex,
  BucketIndexNotFoundError,
  deleteBucketIndex,
  readBucketIndex,
  updateBucketIndex,
  writeBucketIndex,
} from "../storage/tsdb/bucketindex.ts";
import {
  DEBUG_METAS_DIR,
  forEachConcurrent,
  listBlockIDs,
  listTenants,
  MARKERS_DIR,
  userBucket,
} from "../storage/tsdb/layout.ts";
import {
  deleteBlock,
  listNoCompactMarks,
  markForDeletion,
  readTenantDeletionMark,
  writeTenantDeletionMark,
} from "../storage/tsdb/markers.ts";
import type { BlockMeta } from "../model/block_meta.ts";
import type { ValueOf } from "../util/config/spec.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import { BasicService } from "../util/services/service.ts";
import type { compactorBlock } from "./config.ts";
import { BlockUploader } from "./block_upload.ts";
import { compactBlocks } from "./merge.ts";
import {
  type CompactionJob,
  type JobsOrder,
  parseDurationList,
  planCompaction,
  sortJobs,
} from "./planner.ts";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };
export type CompactorConfig = Widen<ValueOf<typeof compactorBlock>>;

export interface CompactorDeps {
  logger: Logger;
  registry: Registry;
  bucket: Bucket;
  overrides: Overrides;
  /** ms since the epoch; Date.now by default. */
  clock?: () => number;
  /** Whether this instance owns a tenant (compactor ring); all tenants by default. */
  ownsTenant?: (tenant: string) => boolean | Promise<boolean>;
  /** Whether this instance runs a job (compactor ring); every job by default. */
  ownsJob?: (job: CompactionJob) => boolean | Promise<boolean>;
  /** fsync compacted blocks (default true; tests turn it off). */
  fsync?: boolean;
}

/** Minimum partial-block deletion delay Mimir accepts; lower values disable the feature. */
const MIN_PARTIAL_BLOCK_DELETION_DELAY = 4 * 3_600_000;

export interface TenantDeletionStatus {
  tenant_id: string;
  blocks_deleted: boolean;
}

export class Compactor extends BasicService {
  readonly cfg: CompactorConfig;
  private readonly log: Logger;
  private readonly bkt: Bucket;
  private readonly overrides: Overrides;
  private readonly clock: () => number;
  private readonly deps: CompactorDeps;
  private readonly ranges: number[];
  private readonly metaCache = new Map<string, Map<string, BlockMeta>>();
  /** The block upload API's back end (served by api/upload when the compactor runs). */
  readonly uploader: BlockUploader;
  private readonly m: {
    runsStarted: Counter;
    runsCompleted: Counter;
    runsFailed: Counter;
    lastSuccess: Gauge;
    tenantsDiscovered: Gauge;
    tenantsSkipped: Gauge;
    markedForDeletion: Counter<"reason">;
    markedForNoCompact: Counter<"reason">;
    groupStarted: Counter;
    groupCompleted: Counter;
    groupFailed: Counter;
    compactions: Counter;
    cleanupStarted: Counter;
    cleanupCompleted: Counter;
    cleanupFailed: Counter;
    blocksCleaned: Counter;
    blockCleanupFailures: Counter;
    bucketBlocks: Gauge<"user">;
    bucketMarked: Gauge<"user">;
    bucketPartials: Gauge<"user">;
    indexUpdated: Gauge<"user">;
    cleanupLastSuccess: Gauge;
  };

  constructor(cfg: CompactorConfig, deps: CompactorDeps) {
    super("compactor");
    this.cfg = cfg;
    this.deps = deps;
    this.log = deps.logger.child({ component: "compactor" });
    this.bkt = deps.bucket;
    this.overrides = deps.overrides;
    this.clock = deps.clock ?? Date.now;
    this.ranges = parseDurationList(cfg.block_ranges);
    this.uploader = new BlockUploader({
      logger: this.log,
      registry: deps.registry,
      bucket: deps.bucket,
      overrides: deps.overrides,
      dataDir: cfg.data_dir,
      maxValidationConcurrency: cfg.max_block_upload_validation_concurrency,
      clock: this.clock,
    });
    const r = deps.registry;
    this.m = {
      runsStarted: counter(
        r,
        "cortex_compactor_runs_started_total",
        "Total number of compaction runs started.",
        [],
      ),
      runsCompleted: counter(
        r,
        "cortex_compactor_runs_completed_total",
        "Total number of compaction runs successfully completed.",
        [],
      ),
      runsFailed: counter(
        r,
        "cortex_compactor_runs_failed_total",
        "Total number of compaction runs failed.",
        [],
      ),
      lastSuccess: gauge(
        r,
        "cortex_compactor_last_successful_run_timestamp_seconds",
        "Unix timestamp of the last successful compaction run.",
        [],
      ),
      tenantsDiscovered: gauge(
        r,
        "cortex_compactor_tenants_discovered",
        "Number of tenants discovered during the current compaction run. Reset to 0 when compactor is idle.",
        [],
      ),
      tenantsSkipped: gauge(
        r,
        "cortex_compactor_tenants_skipped",
        "Number of tenants skipped during the current compaction run. Reset to 0 when compactor is idle.",
        [],
      ),
      markedForDeletion: counter(
        r,
        "cortex_compactor_blocks_marked_for_deletion_total",
        "Total number of blocks marked for deletion in compactor.",
        ["reason"],
      ),
      markedForNoCompact: counter(
        r,
        "cortex_compactor_blocks_marked_for_no_compaction_total",
        "Total number of blocks that were marked for no-compaction.",
        ["reason"],
      ),
      groupStarted: counter(
        r,
        "cortex_compactor_group_compaction_runs_started_total",
        "Total number of group compaction attempts.",
        [],
      ),
      groupCompleted: counter(
        r,
        "cortex_compactor_group_compaction_runs_completed_total",
        "Total number of group completed compaction runs. This also includes compactor group runs that resulted with no compaction.",
        [],
      ),
      groupFailed: counter(
        r,
        "cortex_compactor_group_compactions_failures_total",
        "Total number of failed group compactions.",
        [],
      ),
      compactions: counter(
        r,
        "cortex_compactor_group_compactions_total",
        "Total number of group compaction attempts that resulted in a new block.",
        [],
      ),
      cleanupStarted: counter(
        r,
        "cortex_compactor_block_cleanup_started_total",
        "Total number of blocks cleanup runs started.",
        [],
      ),
      cleanupCompleted: counter(
        r,
        "cortex_compactor_block_cleanup_completed_total",
        "Total number of blocks cleanup runs successfully completed.",
        [],
      ),
      cleanupFailed: counter(
        r,
        "cortex_compactor_block_cleanup_failed_total",
        "Total number of blocks cleanup runs failed.",
        [],
      ),
      blocksCleaned: counter(
        r,
        "cortex_compactor_blocks_cleaned_total",
        "Total number of blocks deleted.",
        [],
      ),
      blockCleanupFailures: counter(
        r,
        "cortex_compactor_block_cleanup_failures_total",
        "Total number of blocks failed to be deleted.",
        [],
      ),
      bucketBlocks: gauge(
        r,
        "cortex_bucket_blocks_count",
        "Total number of blocks in the bucket. Includes blocks marked for deletion, but not partial blocks.",
        ["user"],
      ),
      bucketMarked: gauge(
        r,
        "cortex_bucket_blocks_marked_for_deletion_count",
        "Total number of blocks marked for deletion in the bucket.",
        ["user"],
      ),
      bucketPartials: gauge(
        r,
        "cortex_bucket_blocks_partials_count",
        "Total number of partial blocks.",
        ["user"],
      ),
      indexUpdated: gauge(
        r,
        "cortex_bucket_index_last_successful_update_timestamp_seconds",
        "Timestamp of the last successful update of a tenant's bucket index.",
        ["user"],
      ),
      cleanupLastSuccess: gauge(
        r,
        "cortex_compactor_block_cleanup_last_successful_run_timestamp_seconds",
        "Unix timestamp of the last successful blocks cleanup run.",
        [],
      ),
    };
  }

  private get scratchDir(): string {
    return join(this.cfg.data_dir, "compact");
  }

  protected override async starting(): Promise<void> {
    await rm(this.scratchDir, { recursive: true, force: true });
    await rm(join(this.cfg.data_dir, "upload"), { recursive: true, force: true });
    await makeDir(this.cfg.data_dir);
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    let nextCompaction = this.clock();
    let nextCleanup = this.clock();
    while (!signal.aborted) {
      const now = this.clock();
      if (now >= nextCleanup) {
        await this.runCleanup().catch((e) => this.log.error({ err: e }, "blocks cleanup failed"));
        nextCleanup = this.clock() + this.cfg.cleanup_interval;
      }
      if (now >= nextCompaction && !signal.aborted) {
        await this.compactTenants(signal).catch((e) =>
          this.log.error({ err: e }, "compaction run failed"),
        );
        nextCompaction = this.clock() + jitter(this.cfg.compaction_interval);
      }
      const wait = Math.max(0, Math.min(nextCleanup, nextCompaction) - this.clock());
      await sleep(Math.min(wait, 1000), signal);
    }
  }

  protected override async stopping(): Promise<void> {
    await rm(this.scratchDir, { recursive: true, force: true }).catch(() => {});
  }

  private async tenantsToProcess(): Promise<string[]> {
    const enabled = new Set(this.cfg.enabled_tenants);
    const disabled = new Set(this.cfg.disabled_tenants);
    const out: string[] = [];
    for (const t of await listTenants(this.bkt)) {
      if (enabled.size > 0 && !enabled.has(t)) continue;
      if (disabled.has(t)) continue;
      if (this.deps.ownsTenant && !(await this.deps.ownsTenant(t))) continue;
      out.push(t);
    }
    return out;
  }

  /** Known tenants (for the /compactor/tenants page). */
  async tenants(): Promise<string[]> {
    return this.tenantsToProcess();
  }

  /** One compaction run over every owned tenant. */
  async compactTenants(signal?: AbortSignal): Promise<void> {
    this.m.runsStarted.inc();
    let failed = false;
    try {
      await rm(this.scratchDir, { recursive: true, force: true });
      const tenants = await this.tenantsToProcess();
      this.m.tenantsDiscovered.set(tenants.length);
      for (const t of tenants) {
        if (signal?.aborted) break;
        try {
          await this.compactTenant(t, signal);
        } catch (e) {
          failed = true;
          this.log.error({ user: t, err: e }, "failed to compact user blocks");
        }
      }
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      this.m.tenantsDiscovered.set(0);
      if (failed) this.m.runsFailed.inc();
      else {
        this.m.runsCompleted.inc();
        this.m.lastSuccess.set(this.clock() / 1000);
      }
    }
  }

  /** The tenant's blocks eligible for compaction, with their upload times (ms). */
  private async compactableBlocks(
    tenant: string,
  ): Promise<{ metas: BlockMeta[]; uploadedAt: Map<string, number> }> {
    const cache = this.metaCacheOf(tenant);
    const res = await updateBucketIndex(this.bkt, tenant, undefined, this.clock(), {
      metaCache: cache,
    });
    const noCompact = await listNoCompactMarks(userBucket(this.bkt, tenant));
    const uploadedAt = new Map(res.index.blocks.map((b) => [b.block_id, b.uploaded_at * 1000]));
    const metas = [...res.metas.values()].filter(
      (m) => !res.deletionMarks.has(m.ulid) && !noCompact.has(m.ulid),
    );
    return { metas, uploadedAt };
  }

  private metaCacheOf(tenant: string): Map<string, BlockMeta> {
    let c = this.metaCache.get(tenant);
    if (c === undefined) {
      c = new Map();
      this.metaCache.set(tenant, c);
    }
    return c;
  }

  /** Jobs the compactor would run now for a tenant (also served by the planned_jobs page). */
  async plannedJobs(tenant: string): Promise<CompactionJob[]> {
    const { metas, uploadedAt } = await this.compactableBlocks(tenant);
    const limits = this.overrides.get(tenant);
    const jobs = planCompaction(tenant, metas, {
      ranges: this.ranges,
      shards: limits.compactor_split_and_merge_shards,
      splitGroups: limits.compactor_split_groups,
    });
    const now = this.clock();
    const wait = this.cfg.first_level_compaction_wait_period;
    const ready = jobs.filter(
      (j) =>
        wait <= 0 ||
        !j.blocks.some(
          (b) => (b.compaction.level || 1) === 1 && now - (uploadedAt.get(b.ulid) ?? 0) < wait,
        ),
    );
    return sortJobs(ready, this.cfg.compaction_jobs_order as JobsOrder);
  }

  /**
   * Compacts one tenant until no job is left (a vertical merge can enable a horizontal one), or
   * until max_compaction_time has passed. Returns the number of jobs run.
   */
  async compactTenant(tenant: string, signal?: AbortSignal): Promise<number> {
    const ubkt = userBucket(this.bkt, tenant);
    if (await readTenantDeletionMark(ubkt)) {
      this.log.debug({ user: tenant }, "skipping user because it is marked for deletion");
      return 0;
    }
    const started = this.clock();
    let total = 0;
    const done = new Set<string>();
    for (let round = 0; round < 100; round++) {
      if (signal?.aborted) break;
      if (this.cfg.max_compaction_time > 0 && this.clock() - started > this.cfg.max_compaction_time)
        break;
      const jobs: CompactionJob[] = [];
      for (const j of await this.plannedJobs(tenant)) {
        if (done.has(j.key + j.blocks.map((b) => b.ulid).join(","))) continue;
        if (this.deps.ownsJob && !(await this.deps.ownsJob(j))) continue;
        jobs.push(j);
      }
      if (jobs.length === 0) break;
      let progressed = false;
      await forEachConcurrent(jobs, this.cfg.compaction_concurrency, async (job) => {
        if (signal?.aborted) return;
        done.add(job.key + job.blocks.map((b) => b.ulid).join(","));
        for (let attempt = 0; attempt < Math.max(1, this.cfg.compaction_retries); attempt++) {
          try {
            await this.runJob(job, signal);
            progressed = true;
            total++;
            return;
          } catch (e) {
            this.log.warn({ user: tenant, job: job.key, err: e, attempt }, "compaction job failed");
          }
        }
      });
      if (!progressed) break;
    }
    return total;
  }

  /** Downloads a job's blocks, compacts them, uploads the result and retires the sources. */
  async runJob(job: CompactionJob, signal?: AbortSignal): Promise<BlockMeta[]> {
    const ubkt = userBucket(this.bkt, job.tenant);
    const dir = join(this.scratchDir, job.tenant, job.key.replace(/[^A-Za-z0-9_.-]/g, "_"));
    this.m.groupStarted.inc();
    await rm(dir, { recursive: true, force: true });
    await makeDir(join(dir, "out"));
    try {
      const dirs: string[] = [];
      for (const b of job.blocks) dirs.push(await downloadBlock(ubkt, b.ulid, join(dir, "in")));
      const res = await compactBlocks(dirs, join(dir, "out"), {
        shards: job.stage === "split" ? job.splitShards : 0,
        labels: job.blocks[0].thanos?.labels ?? {},
        fsync: this.deps.fsync,
        signal,
      });
      for (const m of res.metas) await uploadBlock(ubkt, join(dir, "out", m.ulid), m);
      for (const b of job.blocks) await this.retireBlock(job.tenant, b.ulid, "compaction");
      this.m.groupCompleted.inc();
      if (res.metas.length > 0) this.m.compactions.inc();
      this.log.info(
        {
          user: job.tenant,
          job: job.key,
          sources: job.blocks.map((b) => b.ulid),
          results: res.metas.map((m) => m.ulid),
        },
        "compaction job succeeded",
      );
      return res.metas;
    } catch (e) {
      this.m.groupFailed.inc();
      throw e;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Marks a block for deletion, or deletes it at once when deletion_delay is 0. */
  private async retireBlock(tenant: string, id: string, reason: string): Promise<void> {
    const ubkt = userBucket(this.bkt, tenant);
    if (this.cfg.deletion_delay <= 0) {
      await deleteBlock(ubkt, id);
      this.m.blocksCleaned.inc();
    } else if (await markForDeletion(ubkt, id, `${reason}`, this.clock())) {
      this.m.markedForDeletion.inc({ reason });
    }
    this.metaCache.get(tenant)?.delete(id);
  }

  /** One blocks-cleaner run over every owned tenant. */
  async runCleanup(): Promise<void> {
    this.m.cleanupStarted.inc();
    let failed = false;
    const tenants = await listTenants(this.bkt);
    const owned: string[] = [];
    for (const t of tenants)
      if (!this.deps.ownsTenant || (await this.deps.ownsTenant(t))) owned.push(t);
    await forEachConcurrent(owned, this.cfg.cleanup_concurrency, async (t) => {
      try {
        await this.cleanTenant(t);
      } catch (e) {
        failed = true;
        this.log.error(
          { user: t, err: e },
          "failed to run blocks cleanup and maintenance for tenant",
        );
      }
    });
    if (failed) this.m.cleanupFailed.inc();
    else {
      this.m.cleanupCompleted.inc();
      this.m.cleanupLastSuccess.set(this.clock() / 1000);
    }
  }

  /** Cleanup of one tenant; returns the index written (undefined for a deleted tenant or one whose files were cleaned up). */
  async cleanTenant(tenant: string): Promise<BucketIndex | undefined> {
    const ubkt = userBucket(this.bkt, tenant);
    const tdm = await readTenantDeletionMark(ubkt);
    if (tdm !== undefined) {
      await this.deleteTenantData(tenant);
      return undefined;
    }
    const now = this.clock();
    let old: BucketIndex | undefined;
    try {
      old = await readBucketIndex(this.bkt, tenant);
    } catch (e) {
      if (!(e instanceof BucketIndexNotFoundError))
        this.log.warn({ user: tenant, err: e }, "failed to read bucket index");
    }
    let res = await updateBucketIndex(this.bkt, tenant, old, now, {
      metaCache: this.metaCacheOf(tenant),
    });

    // Retention.
    const retention = this.overrides.get(tenant).compactor_blocks_retention_period;
    let changed = false;
    if (retention > 0) {
      const threshold = now - retention;
      for (const b of res.index.blocks) {
        if (b.max_time < threshold && !res.deletionMarks.has(b.block_id)) {
          if (await markForDeletion(ubkt, b.block_id, "block exceeding retention period", now)) {
            this.m.markedForDeletion.inc({ reason: "retention" });
          }
          changed = true;
        }
      }
    }
    // Hard deletion of blocks marked long enough ago.
    for (const [id, mark] of res.deletionMarks) {
      if (now - mark.deletion_time * 1000 < this.cfg.deletion_delay) continue;
      try {
        await deleteBlock(ubkt, id);
        this.metaCache.get(tenant)?.delete(id);
        this.m.blocksCleaned.inc();
        changed = true;
      } catch (e) {
        this.m.blockCleanupFailures.inc();
        this.log.warn(
          { user: tenant, block: id, err: e },
          "failed to delete block marked for deletion",
        );
      }
    }
    // Partial blocks: delete those already marked; mark those left alone for too long.
    const partialDelay = this.overrides.get(tenant).compactor_partial_block_deletion_delay;
    for (const [id] of res.partials) {
      if (res.deletionMarks.has(id)) continue;
      if (partialDelay < MIN_PARTIAL_BLOCK_DELETION_DELAY) continue;
      let newest = 0;
      await ubkt.iter(
        `${id}/`,
        async (n) => {
          try {
            newest = Math.max(newest, (await ubkt.attributes(n)).lastModified.getTime());
          } catch {
            // ignore vanished files
          }
        },
        { recursive: true },
      );
      if (newest > 0 && now - newest > partialDelay) {
        if (await markForDeletion(ubkt, id, "partial block", now))
          this.m.markedForDeletion.inc({ reason: "partial" });
        changed = true;
      }
    }
    if (changed)
      res = await updateBucketIndex(this.bkt, tenant, res.index, now, {
        metaCache: this.metaCacheOf(tenant),
      });
    if (
      this.cfg.no_blocks_file_cleanup_enabled &&
      res.index.blocks.length === 0 &&
      res.partials.size === 0
    ) {
      // Nothing left: remove the bucket index, markers and debug files of the tenant.
      await deleteBucketIndex(this.bkt, tenant);
      for (const dir of [`${MARKERS_DIR}/`, `${DEBUG_METAS_DIR}/`]) {
        const names: string[] = [];
        await ubkt.iter(
          dir,
          (n) => {
            names.push(n);
          },
          { recursive: true },
        );
        for (const n of names) await ubkt.delete(n).catch(() => {});
      }
      this.m.bucketBlocks.remove({ user: tenant });
      this.m.bucketMarked.remove({ user: tenant });
      this.m.bucketPartials.remove({ user: tenant });
      this.m.indexUpdated.remove({ user: tenant });
      return undefined;
    }
    await writeBucketIndex(this.bkt, tenant, res.index);
    this.m.bucketBlocks.set({ user: tenant }, res.index.blocks.length);
    this.m.bucketMarked.set({ user: tenant }, res.index.block_deletion_marks.length);
    this.m.bucketPartials.set({ user: tenant }, res.partials.size);
    this.m.indexUpdated.set({ user: tenant }, now / 1000);
    return res.index;
  }

  /** Deletes every block of a tenant marked for deletion, then its remaining files after tenant_cleanup_delay. */
  private async deleteTenantData(tenant: string): Promise<void> {
    const ubkt = userBucket(this.bkt, tenant);
    const now = this.clock();
    await deleteBucketIndex(this.bkt, tenant);
    let failures = 0;
    for (const id of await listBlockIDs(ubkt)) {
      try {
        await deleteBlock(ubkt, id);
        this.m.blocksCleaned.inc();
      } catch (e) {
        failures++;
        this.m.blockCleanupFailures.inc();
        this.log.warn(
          { user: tenant, block: id, err: e },
          "failed to delete block of deleted tenant",
        );
      }
    }
    this.metaCache.delete(tenant);
    this.m.bucketBlocks.remove({ user: tenant });
    this.m.bucketMarked.remove({ user: tenant });
    this.m.bucketPartials.remove({ user: tenant });
    this.m.indexUpdated.remove({ user: tenant });
    if (failures > 0) return;
    const mark = await readTenantDeletionMark(ubkt);
    if (mark === undefined) return;
    if (!mark.finished_time) {
      await writeTenantDeletionMark(ubkt, { ...mark, finished_time: Math.floor(now / 1000) });
      this.log.info({ user: tenant }, "deleted all blocks for tenant");
      return;
    }
    if (now - mark.finished_time * 1000 >= this.cfg.tenant_cleanup_delay) {
      const rest: string[] = [];
      await ubkt.iter(
        "",
        (n) => {
          rest.push(n);
        },
        { recursive: true },
      );
      for (const n of rest) await ubkt.delete(n).catch(() => {});
      this.log.info({ user: tenant }, "deleted remaining files of tenant");
    }
  }

  /** POST /compactor/delete_tenant: writes the tenant deletion mark. */
  async deleteTenant(tenant: string): Promise<void> {
    const ubkt = userBucket(this.bkt, tenant);
    if (await readTenantDeletionMark(ubkt)) return;
    await writeTenantDeletionMark(ubkt, { deletion_time: Math.floor(this.clock() / 1000) });
    this.log.info({ user: tenant }, "tenant deletion mark in blocks storage created");
  }

  /** GET /compactor/delete_tenant_status. */
  async tenantDeletionStatus(tenant: string): Promise<TenantDeletionStatus> {
    const ids = await listBlockIDs(userBucket(this.bkt, tenant));
    return { tenant_id: tenant, blocks_deleted: ids.length === 0 };
  }

  get bucket(): Bucket {
    return this.bkt;
  }
}

function jitter(ms: number): number {
  return ms + Math.floor(Math.random() * ms * 0.05);
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
