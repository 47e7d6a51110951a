/**
 * The ingester: one HeadDB (head + WAL + WBL) per tenant under `<tsdb.dir>/<tenant>/`, opened
 * on start for existing tenant directories (replayed while JOINING) and lazily on first push.
 * `push()` applies a WriteBatch (series limits, appends, soft errors, exemplars, metadata) and
 * resolves once its records are in the WAL. `queryable()` reads the heads.
 *
 * Blocks (head compaction, shipping) are driven by the blocks code through `tsdbs()` and
 * `HeadDB.truncate`.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import type { Counter, Gauge, Registry } from "prom-client";
import type { Labels } from "../model/labels.ts";
import { getLabel, METRIC_NAME } from "../model/labels.ts";
import type { Queryable, Querier } from "../model/series.ts";
import {
  APPEND_DUPLICATE_IGNORED,
  APPEND_OK,
  APPEND_OOO,
  ERR_DUPLICATE,
  ERR_OUT_OF_BOUNDS,
  ERR_OUT_OF_ORDER,
  ERR_TOO_OLD,
  type ExemplarQueryResult,
} from "../tsdb/head.ts";
import { HeadDB, type HeadAppender } from "../tsdb/head_db.ts";
import type { MemSeries } from "../tsdb/head_series.ts";
import { EXEMPLAR_OUT_OF_ORDER } from "../tsdb/head_exemplars.ts";
import {
  METADATA_PER_METRIC_LIMIT,
  METADATA_PER_USER_LIMIT,
  type MetadataEntry,
} from "../tsdb/head_metadata.ts";
import type { Matcher } from "../model/matcher.ts";
import { parseDuration } from "../util/config/duration.ts";
import { defaultsOf } from "../util/config/spec.ts";
import type { Limits } from "../util/limits/limits.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import { counter, gauge } from "../util/metrics.ts";
import { BackoffLog } from "../util/backofflog.ts";
import { makeDirSync } from "../util/mkdir.ts";
import { BasicService } from "../util/services/service.ts";
import { ingesterBlock, tsdbBlock, type IngesterConfig, type TSDBConfig } from "./config.ts";
import { type IngesterStatsSource, IngestionRates, localIngesterStats } from "./userstats.ts";
import {
  errDuplicate,
  errExemplar,
  errInvalidNativeHistogram,
  errOutOfBounds,
  errOutOfOrder,
  errPerMetricSeriesLimit,
  errPerUserSeriesLimit,
  errTooOldOOO,
  localLimit,
  pushFailed,
} from "./errors.ts";
import {
  IngesterUnavailableError,
  type Pusher,
  type PushResult,
  type SoftError,
  type WriteBatch,
  type HistogramSample,
  type WriteSeries,
} from "./types.ts";

export type RingState = "PENDING" | "JOINING" | "ACTIVE" | "LEAVING";

export interface IngesterDeps {
  logger: Logger;
  registry: Registry;
  overrides: Overrides;
  /** Current ring view for converting global limits to local ones (default: 1 ingester). */
  ringInfo?: () => { numIngesters: number; replicationFactor: number };
  /** Clock, ms (tests). */
  now?: () => number;
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

export interface IngesterConfigInput {
  ingester?: DeepPartial<IngesterConfig>;
  tsdb?: DeepPartial<TSDBConfig>;
}

/** Defaults with `over` merged in, recursively for nested blocks. */
function merged<T extends object>(defaults: T, over: object | undefined): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  if (over === undefined) return out as T;
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const d = out[k];
    out[k] =
      d !== null &&
      typeof d === "object" &&
      !Array.isArray(d) &&
      typeof v === "object" &&
      !Array.isArray(v)
        ? merged(d as object, v as object)
        : v;
  }
  return out as T;
}

function hasLabel(c: Counter<string>, name: string): boolean {
  const names = (c as unknown as { labelNames?: string[] }).labelNames;
  return Array.isArray(names) && names.includes(name);
}

class Metrics {
  readonly memorySeries: Gauge<string>;
  readonly memoryUsers: Gauge<string>;
  readonly ingestedSamples: Counter<"user">;
  readonly ingestedSamplesFailures: Counter<"user">;
  readonly ingestedExemplars: Counter<"user">;
  readonly ingestedMetadata: Counter<"user">;
  readonly seriesCreated: Counter<"user">;
  readonly seriesRemoved: Counter<"user">;
  readonly walCorruptions: Counter<string>;
  readonly walWritesFailed: Counter<string>;
  readonly openFailures: Counter<string>;
  readonly discardedSamples: Counter<string>;
  readonly discardedSamplesGroup: boolean;
  readonly discardedMetadata: Counter<string>;
  readonly discardedExemplars: Counter<string>;
  readonly replayDuration: Gauge<string>;

  constructor(r: Registry) {
    this.memorySeries = gauge(
      r,
      "cortex_ingester_memory_series",
      "The current number of series in memory.",
      [],
    );
    this.memoryUsers = gauge(
      r,
      "cortex_ingester_memory_users",
      "The current number of users in memory.",
      [],
    );
    this.ingestedSamples = counter(
      r,
      "cortex_ingester_ingested_samples_total",
      "The total number of samples ingested per user.",
      ["user"],
    );
    this.ingestedSamplesFailures = counter(
      r,
      "cortex_ingester_ingested_samples_failures_total",
      "The total number of samples that errored on ingestion per user.",
      ["user"],
    );
    this.ingestedExemplars = counter(
      r,
      "cortex_ingester_ingested_exemplars_total",
      "The total number of exemplars ingested.",
      ["user"],
    );
    this.ingestedMetadata = counter(
      r,
      "cortex_ingester_ingested_metadata_total",
      "The total number of metadata ingested.",
      ["user"],
    );
    this.seriesCreated = counter(
      r,
      "cortex_ingester_memory_series_created_total",
      "The total number of series that were created per user.",
      ["user"],
    );
    this.seriesRemoved = counter(
      r,
      "cortex_ingester_memory_series_removed_total",
      "The total number of series that were removed per user.",
      ["user"],
    );
    this.walCorruptions = counter(
      r,
      "cortex_ingester_tsdb_wal_corruptions_total",
      "Total number of TSDB WAL corruptions.",
      [],
    );
    this.walWritesFailed = counter(
      r,
      "cortex_ingester_tsdb_wal_writes_failed_total",
      "Total number of write log writes that have failed.",
      [],
    );
    this.openFailures = counter(
      r,
      "cortex_ingester_tsdb_open_failures_total",
      "Total number of failed attempts to open a tenant's TSDB (data directory missing, read-only or full).",
      [],
    );
    this.discardedSamples = counter(
      r,
      "cortex_discarded_samples_total",
      "The total number of samples that were discarded.",
      ["reason", "user", "group"],
    );
    this.discardedSamplesGroup = hasLabel(this.discardedSamples, "group");
    this.discardedMetadata = counter(
      r,
      "cortex_discarded_metadata_total",
      "The total number of metadata that were discarded.",
      ["reason", "user"],
    );
    this.discardedExemplars = counter(
      r,
      "cortex_discarded_exemplars_total",
      "The total number of exemplars that were discarded.",
      ["reason", "user"],
    );
    this.replayDuration = gauge(
      r,
      "cortex_ingester_tsdb_wal_replay_duration_seconds",
      "Time taken to replay the TSDB WAL.",
      [],
    );
  }

  discard(reason: string, user: string, n: number): void {
    if (n <= 0) return;
    this.discardedSamples.inc(
      this.discardedSamplesGroup ? { reason, user, group: "" } : { reason, user },
      n,
    );
  }
}

/** Per-series error aggregation while applying one series' samples. */
interface PendingErr {
  code: number;
  firstT: number;
  count: number;
}

/** This ingester's share of a tenant's limits for one push (0 = unlimited). */
interface PushLimits {
  limits: Limits;
  maxSeriesUser: number;
  maxSeriesMetric: number;
  maxInstanceSeries: number;
  /** out_of_order_time_window, ms. */
  oooWindow: number;
  exemplarCap: number;
  metadataPerUser: number;
  metadataPerMetric: number;
  /** ignore_series_limit_for_metric_names: comma-separated metric names. */
  ignoreMetric: string;
}

/** What one push did: counts for the metrics, and the soft errors for the answer. */
class PushStats {
  written = 0;
  histogramsWritten = 0;
  failed = 0;
  created = 0;
  exemplarsWritten = 0;
  metadataWritten = 0;
  readonly softErrors: SoftError[] = [];
  /** Discarded samples by reason (cortex_discarded_samples_total). */
  discards: Map<string, number> | undefined;

  /** Records a soft error that rejected `samples` samples, discarded for `reason`. */
  reject(se: SoftError, reason: string, samples: number, countFailed = true): void {
    this.softErrors.push(se);
    this.discards ??= new Map();
    this.discards.set(reason, (this.discards.get(reason) ?? 0) + samples);
    if (countFailed) this.failed += samples;
  }
}

/**
 * Appends one series' samples. A failed append is only counted per error code in `errs`
 * (nothing allocated per sample); the series' soft errors are made once, after the loop.
 */
function appendSamples(
  app: HeadAppender,
  s: MemSeries,
  ws: WriteSeries,
  batch: WriteBatch,
  oooWindow: number,
  stats: PushStats,
  errs: PendingErr[],
): void {
  const ts = batch.timestamps;
  const vs = batch.values;
  const end = ws.sampleStart + ws.sampleCount;
  for (let i = ws.sampleStart; i < end; i++) {
    const r = app.append(s, ts[i], vs[i], oooWindow);
    if (r >= 0) {
      if (r === APPEND_OK || r === APPEND_OOO || r === APPEND_DUPLICATE_IGNORED) stats.written++;
      continue;
    }
    stats.failed++;
    countSampleError(errs, r, ts[i]);
  }
  if (errs.length === 0) return;
  for (const e of errs) {
    const se = toSoftError(e, ws.labels, oooWindow);
    // The failed samples were counted one by one above.
    stats.reject(se, se.reason, e.count, false);
  }
  errs.length = 0;
}

/**
 * Appends one series' native histograms like appendSamples; a histogram that fails Prometheus's
 * validation is rejected on its own (Mimir's nativeHistogramValidationError).
 */
function appendHistograms(
  app: HeadAppender,
  s: MemSeries,
  ws: WriteSeries,
  oooWindow: number,
  stats: PushStats,
  errs: PendingErr[],
): void {
  const hs = ws.histograms as HistogramSample[];
  for (let i = 0; i < hs.length; i++) {
    const x = hs[i];
    const verr = x.h !== null ? x.h.validate() : x.fh?.validate();
    if (verr !== undefined) {
      const se = errInvalidNativeHistogram(verr, x.timestamp, ws.labels);
      stats.reject(se, se.reason, 1);
      continue;
    }
    const r = app.appendHistogram(s, x.timestamp, x.h, x.fh, oooWindow);
    if (r >= 0) {
      if (r === APPEND_OK || r === APPEND_OOO || r === APPEND_DUPLICATE_IGNORED)
        stats.histogramsWritten++;
      continue;
    }
    stats.failed++;
    countSampleError(errs, r, x.timestamp);
  }
  if (errs.length === 0) return;
  for (const e of errs) {
    const se = toSoftError(e, ws.labels, oooWindow);
    stats.reject(se, se.reason, e.count, false);
  }
  errs.length = 0;
}

/** Counts a failed append under its error code, keeping the first failing timestamp. */
function countSampleError(errs: PendingErr[], code: number, t: number): void {
  for (const x of errs) {
    if (x.code === code) {
      x.count++;
      return;
    }
  }
  errs.push({ code, firstT: t, count: 1 });
}

export class Ingester extends BasicService implements Pusher {
  readonly cfg: IngesterConfig;
  readonly tsdbCfg: TSDBConfig;
  private readonly logger: Logger;
  private readonly overrides: Overrides;
  private readonly metrics: Metrics;
  private readonly ringInfo: () => { numIngesters: number; replicationFactor: number };
  private readonly now: () => number;

  private ringSt: RingState = "PENDING";
  private activeSince = 0;
  private readonly dbs = new Map<string, HeadDB>();
  private readonly opening = new Map<string, Promise<HeadDB>>();
  private readonly blockRange: number;
  private inflight = 0;
  private totalSeries = 0;
  private metadataPurgeTimer: NodeJS.Timeout | undefined;
  /** Rate-limits the logs of disk errors that recur on every push. */
  private readonly diskErrorLog: BackoffLog;
  /** Per-tenant ingestion rates for UserStats (userstats.ts). */
  readonly rates: IngestionRates;

  constructor(cfg: IngesterConfigInput, deps: IngesterDeps) {
    super("ingester");
    this.cfg = merged(defaultsOf(ingesterBlock), cfg.ingester);
    this.tsdbCfg = merged(defaultsOf(tsdbBlock), cfg.tsdb);
    this.logger = deps.logger;
    this.overrides = deps.overrides;
    this.metrics = new Metrics(deps.registry);
    this.diskErrorLog = new BackoffLog({ now: deps.now });
    this.ringInfo = deps.ringInfo ?? (() => ({ numIngesters: 1, replicationFactor: 1 }));
    this.now = deps.now ?? Date.now;
    this.rates = new IngestionRates(this.cfg.rate_update_period, this.now);
    const ranges = this.tsdbCfg.block_ranges_period
      .map((s) => parseDuration(s) ?? 0)
      .filter((x) => x > 0);
    this.blockRange = ranges.length > 0 ? ranges[0] : 2 * 3_600_000;
  }

  ringState(): RingState {
    return this.ringSt;
  }

  /** undefined when ready, else the reason (for /ready: "Ingester not ready: <reason>"). */
  isReady(): string | undefined {
    if (this.ringSt !== "ACTIVE")
      return `instance ${this.cfg.ring.instance_id || "ingester"} in the ring is not ACTIVE (state: ${this.ringSt})`;
    const wait = this.activeSince + this.cfg.ring.min_ready_duration - this.now();
    if (wait > 0) return `waiting for ${Math.ceil(wait / 1000)}s after being ready`;
    return undefined;
  }

  protected override async starting(): Promise<void> {
    this.ringSt = "JOINING";
    const dir = this.tsdbCfg.dir;
    makeDirSync(dir);
    const start = process.hrtime.bigint();
    const tenants = readdirSync(dir).filter((n) => {
      try {
        return statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, "wal"));
      } catch {
        return false;
      }
    });
    // Replay with bounded concurrency (wal_replay_concurrency, 0 = CPU count).
    const conc = Math.max(
      1,
      this.tsdbCfg.wal_replay_concurrency > 0
        ? this.tsdbCfg.wal_replay_concurrency
        : (await import("node:os")).availableParallelism(),
    );
    let next = 0;
    const worker = async () => {
      while (next < tenants.length) {
        const t = tenants[next++];
        await this.getOrOpen(t);
      }
    };
    await Promise.all(Array.from({ length: Math.min(conc, tenants.length) }, worker));
    this.metrics.replayDuration.set(Number(process.hrtime.bigint() - start) / 1e9);
    this.ringSt = "ACTIVE";
    this.activeSince = this.now();
    const retain = this.cfg.metadata_retain_period;
    if (retain > 0) {
      this.metadataPurgeTimer = setInterval(() => this.purgeMetadata(), Math.min(retain, 60_000));
      this.metadataPurgeTimer.unref();
    }
  }

  protected override async stopping(): Promise<void> {
    this.ringSt = "LEAVING";
    if (this.metadataPurgeTimer !== undefined) clearInterval(this.metadataPurgeTimer);
    await Promise.allSettled([...this.opening.values()]);
    const dbs = [...this.dbs.values()];
    this.dbs.clear();
    await Promise.all(dbs.map((db) => db.close()));
    this.metrics.memoryUsers.set(0);
  }

  private purgeMetadata(): void {
    const before = this.now() - this.cfg.metadata_retain_period;
    for (const db of this.dbs.values()) db.head.metadata.purge(before);
  }

  /** The tenant's DB if open. */
  tsdb(tenant: string): HeadDB | undefined {
    return this.dbs.get(tenant);
  }

  /** Every open tenant DB (for head compaction and shipping). */
  tsdbs(): ReadonlyMap<string, HeadDB> {
    return this.dbs;
  }

  private getOrOpen(tenant: string): Promise<HeadDB> {
    const db = this.dbs.get(tenant);
    if (db !== undefined) return Promise.resolve(db);
    let p = this.opening.get(tenant);
    if (p === undefined) {
      p = this.open(tenant).finally(() => this.opening.delete(tenant));
      this.opening.set(tenant, p);
    }
    return p;
  }

  private async open(tenant: string): Promise<HeadDB> {
    const limits = this.overrides.get(tenant);
    const rf = this.ringInfo();
    const log = this.logger.child({ user: tenant });
    const { db, stats } = await HeadDB.open(join(this.tsdbCfg.dir, tenant), {
      head: {
        chunkRange: this.blockRange,
        oooCapacityMax: this.tsdbCfg.out_of_order_capacity_max,
        maxExemplars: localLimit(
          limits.max_global_exemplars_per_user,
          rf.replicationFactor,
          rf.numIngesters,
        ),
      },
      walSegmentSize: this.tsdbCfg.wal_segment_size_bytes,
      walSync: this.tsdbCfg.wal_fsync_enabled,
      oooEnabled: limits.out_of_order_time_window > 0,
      logger: { warn: (o, m) => log.warn(o, m), error: (o, m) => log.error(o, m) },
      // Once per failed disk write (the WAL backs off before touching the disk again).
      onWriteError: (err) => {
        this.metrics.walWritesFailed.inc();
        log.error(
          { err: err.message, code: (err as NodeJS.ErrnoException).code },
          "failed to write to the TSDB WAL; pushes to this tenant fail with 500 until a write succeeds",
        );
      },
    });
    for (const s of [stats.wal, stats.wbl])
      if (s?.corruption !== undefined) this.metrics.walCorruptions.inc();
    if (stats.series > 0 || stats.samples > 0)
      log.info(
        { series: stats.series, samples: stats.samples, unknownRefs: stats.unknownRefs },
        "WAL replayed",
      );
    this.dbs.set(tenant, db);
    this.totalSeries += db.head.numSeries();
    this.metrics.memorySeries.set(this.totalSeries);
    this.metrics.memoryUsers.set(this.dbs.size);
    if (db.head.numSeries() > 0)
      this.metrics.seriesCreated.inc({ user: tenant }, db.head.numSeries());
    return db;
  }

  async push(tenant: string, batch: WriteBatch): Promise<PushResult> {
    if (this.ringSt !== "ACTIVE")
      throw new IngesterUnavailableError(503, pushFailed.notReady(this.ringSt));
    const maxInflight = this.cfg.instance_limits.max_inflight_push_requests;
    if (maxInflight > 0 && this.inflight >= maxInflight) {
      throw new IngesterUnavailableError(503, pushFailed.maxInflightPushRequests());
    }
    let db = this.dbs.get(tenant);
    if (db === undefined) {
      const maxTenants = this.cfg.instance_limits.max_tenants;
      if (maxTenants > 0 && this.dbs.size + this.opening.size >= maxTenants) {
        throw new IngesterUnavailableError(503, pushFailed.maxTenants());
      }
      try {
        db = await this.getOrOpen(tenant);
      } catch (e) {
        this.metrics.openFailures.inc();
        this.diskErrorLog.occurred(`open:${tenant}`, (suppressed) =>
          this.logger.error(
            {
              err: (e as Error).message,
              code: (e as NodeJS.ErrnoException).code,
              user: tenant,
              suppressed,
            },
            "failed to open TSDB",
          ),
        );
        throw new IngesterUnavailableError(500, pushFailed.openTSDB(tenant, (e as Error).message), {
          cause: e,
        });
      }
    }
    this.inflight++;
    try {
      const res = await this.apply(tenant, db, batch);
      this.rates.add(tenant, batch.source, res.samplesWritten);
      return res;
    } finally {
      this.inflight--;
    }
  }

  /**
   * Applies a batch to the tenant's head: per series, find or create it within the series
   * limits, append its samples (failures become soft errors, aggregated per error kind), its
   * exemplars; then the metadata; commits (resolves once the WAL has the records) and updates
   * the metrics. Instance limits and WAL failures fail the whole push.
   */
  private async apply(tenant: string, db: HeadDB, batch: WriteBatch): Promise<PushResult> {
    const lim = await this.pushLimits(tenant, db);
    const app = db.appender();
    const stats = new PushStats();
    const errs: PendingErr[] = [];
    for (let si = 0; si < batch.series.length; si++) {
      const ws = batch.series[si];
      const s = this.seriesFor(db, app, ws, lim, stats);
      if (s === undefined) continue;
      appendSamples(app, s, ws, batch, lim.oooWindow, stats, errs);
      // With native_histograms_ingestion_enabled off, histograms are ignored without an error.
      if (ws.histograms !== undefined && lim.limits.native_histograms_ingestion_enabled)
        appendHistograms(app, s, ws, lim.oooWindow, stats, errs);
      if (ws.exemplars !== undefined && ws.exemplars.length > 0 && lim.exemplarCap > 0)
        this.appendExemplars(tenant, app, s, ws, lim, stats);
    }
    if (batch.metadata.length > 0) this.appendMetadata(tenant, app, batch.metadata, lim, stats);
    try {
      await app.commit();
    } catch (e) {
      this.diskErrorLog.occurred(`wal:${tenant}`, (suppressed) =>
        this.logger.error(
          { err: (e as Error).message, user: tenant, suppressed },
          "push failed: cannot write to the WAL",
        ),
      );
      throw new IngesterUnavailableError(500, pushFailed.writeWAL((e as Error).message), {
        cause: e,
      });
    }
    if (this.diskErrorLog.size > 0) this.diskErrorLog.clear(`wal:${tenant}`);
    this.countPush(tenant, stats);
    const res: PushResult = {
      samplesWritten: stats.written,
      exemplarsWritten: stats.exemplarsWritten,
      softErrors: stats.softErrors,
    };
    if (stats.histogramsWritten > 0) res.histogramsWritten = stats.histogramsWritten;
    return res;
  }

  /** This ingester's share of the tenant's limits for one push; sizes the exemplar buffer and opens the WBL as they require. */
  private async pushLimits(tenant: string, db: HeadDB): Promise<PushLimits> {
    const limits = this.overrides.get(tenant);
    const { replicationFactor: rf, numIngesters: ni } = this.ringInfo();
    const shard = limits.ingestion_tenant_shard_size;
    const lim: PushLimits = {
      limits,
      maxSeriesUser: localLimit(limits.max_global_series_per_user, rf, ni, shard),
      maxSeriesMetric: localLimit(limits.max_global_series_per_metric, rf, ni, shard),
      maxInstanceSeries: this.cfg.instance_limits.max_series,
      oooWindow: limits.out_of_order_time_window,
      exemplarCap: localLimit(limits.max_global_exemplars_per_user, rf, ni, shard),
      metadataPerUser: localLimit(limits.max_global_metadata_per_user, rf, ni, shard),
      metadataPerMetric: localLimit(limits.max_global_metadata_per_metric, rf, ni, shard),
      ignoreMetric: this.cfg.ignore_series_limit_for_metric_names,
    };
    if (db.head.exemplars.capacity() !== lim.exemplarCap) db.head.exemplars.resize(lim.exemplarCap);
    if (lim.oooWindow > 0 && db.wbl === undefined) await db.ensureWBL();
    return lim;
  }

  /**
   * The head series of `ws`, created when new and within the per-user and per-metric series
   * limits; undefined (with a soft error) when a limit refuses it or it brings nothing. The
   * instance's series limit fails the whole push.
   */
  private seriesFor(
    db: HeadDB,
    app: HeadAppender,
    ws: WriteSeries,
    lim: PushLimits,
    stats: PushStats,
  ): MemSeries | undefined {
    const head = db.head;
    const s = head.getByLabels(ws.labels);
    if (s !== undefined) return s;
    const histograms = lim.limits.native_histograms_ingestion_enabled
      ? (ws.histograms?.length ?? 0)
      : 0;
    if (
      ws.sampleCount === 0 &&
      histograms === 0 &&
      (ws.exemplars === undefined || ws.exemplars.length === 0)
    )
      return undefined;
    if (lim.maxInstanceSeries > 0 && this.totalSeries >= lim.maxInstanceSeries)
      throw new IngesterUnavailableError(503, pushFailed.maxSeries());
    if (lim.maxSeriesUser > 0 && head.numSeries() >= lim.maxSeriesUser) {
      stats.reject(
        errPerUserSeriesLimit(lim.maxSeriesUser, ws.sampleCount),
        "per_user_series_limit",
        ws.sampleCount,
      );
      return undefined;
    }
    if (lim.maxSeriesMetric > 0) {
      const name = getLabel(ws.labels, METRIC_NAME);
      if (head.seriesForMetric(name) >= lim.maxSeriesMetric && !isIgnored(lim.ignoreMetric, name)) {
        stats.reject(
          errPerMetricSeriesLimit(lim.maxSeriesMetric, ws.labels, ws.sampleCount),
          "per_metric_series_limit",
          ws.sampleCount,
        );
        return undefined;
      }
    }
    stats.created++;
    this.totalSeries++;
    return app.createSeries(ws.labels);
  }

  /** Appends a series' exemplars; out-of-order ones are counted and, unless ignored, reported. */
  private appendExemplars(
    tenant: string,
    app: HeadAppender,
    s: MemSeries,
    ws: WriteSeries,
    lim: PushLimits,
    stats: PushStats,
  ): void {
    for (const ex of ws.exemplars!) {
      const r = app.appendExemplar(s, ex.labels, ex.timestamp, ex.value);
      if (r === 0) stats.exemplarsWritten++;
      else if (r === EXEMPLAR_OUT_OF_ORDER) {
        this.metrics.discardedExemplars.inc({ reason: "exemplar-out-of-order", user: tenant });
        if (!lim.limits.ignore_ooo_exemplars)
          stats.softErrors.push(
            errExemplar("out of order exemplar", ex.timestamp, ws.labels, ex.labels),
          );
      }
    }
  }

  /** Adds metric metadata within the per-user and per-metric metadata limits. */
  private appendMetadata(
    tenant: string,
    app: HeadAppender,
    metadata: WriteBatch["metadata"],
    lim: PushLimits,
    stats: PushStats,
  ): void {
    const now = this.now();
    for (const md of metadata) {
      const r = app.addMetadata(
        md as MetadataEntry,
        now,
        lim.metadataPerUser,
        lim.metadataPerMetric,
      );
      if (r === METADATA_PER_USER_LIMIT)
        this.metrics.discardedMetadata.inc({ reason: "per_user_metadata_limit", user: tenant });
      else if (r === METADATA_PER_METRIC_LIMIT)
        this.metrics.discardedMetadata.inc({ reason: "per_metric_metadata_limit", user: tenant });
      else stats.metadataWritten++;
    }
  }

  /** The ingested/failed/created counters and discards of one committed push. */
  private countPush(tenant: string, stats: PushStats): void {
    if (stats.created > 0) {
      this.metrics.seriesCreated.inc({ user: tenant }, stats.created);
      this.metrics.memorySeries.set(this.totalSeries);
    }
    const ingested = stats.written + stats.histogramsWritten;
    if (ingested > 0) this.metrics.ingestedSamples.inc({ user: tenant }, ingested);
    if (stats.failed > 0) this.metrics.ingestedSamplesFailures.inc({ user: tenant }, stats.failed);
    if (stats.exemplarsWritten > 0)
      this.metrics.ingestedExemplars.inc({ user: tenant }, stats.exemplarsWritten);
    if (stats.metadataWritten > 0)
      this.metrics.ingestedMetadata.inc({ user: tenant }, stats.metadataWritten);
    if (stats.discards !== undefined)
      for (const [reason, n] of stats.discards) this.metrics.discard(reason, tenant, n);
  }

  /**
   * Truncates a tenant's head before mint and checkpoints its WAL (called after the head was
   * compacted into a block). Keeps the series gauges in step.
   */
  async truncateHead(tenant: string, mint: number): Promise<void> {
    const db = this.dbs.get(tenant);
    if (db === undefined) return;
    const before = db.head.numSeries();
    await db.truncate(mint);
    const removed = before - db.head.numSeries();
    if (removed > 0) {
      this.totalSeries -= removed;
      this.metrics.seriesRemoved.inc({ user: tenant }, removed);
      this.metrics.memorySeries.set(this.totalSeries);
    }
  }

  /** Reads the tenants' heads. */
  queryable(): Queryable {
    return {
      querier: async (tenant: string, mint: number, maxt: number): Promise<Querier> => {
        const db = this.dbs.get(tenant);
        if (db === undefined) return emptyQuerier;
        return db.head.querier(mint, maxt);
      },
    };
  }

  /** Exemplars of a tenant (for /api/v1/query_exemplars). */
  queryExemplars(
    tenant: string,
    mint: number,
    maxt: number,
    matcherSets: readonly (readonly Matcher[])[],
  ): ExemplarQueryResult[] {
    return this.dbs.get(tenant)?.head.queryExemplars(mint, maxt, matcherSets) ?? [];
  }

  /** Metadata of a tenant grouped by metric family (for /api/v1/metadata). */
  metricsMetadata(
    tenant: string,
    metric?: string,
    limit = 0,
    limitPerMetric = 0,
  ): Map<string, MetadataEntry[]> {
    return this.dbs.get(tenant)?.head.metadata.list(metric, limit, limitPerMetric) ?? new Map();
  }

  private statsSource: IngesterStatsSource | undefined;

  /** Usage and cardinality statistics of this ingester's tenants (userstats.ts). */
  stats(): IngesterStatsSource {
    this.statsSource ??= localIngesterStats(this, {
      idleTimeout: this.cfg.active_series_metrics_idle_timeout,
      now: this.now,
    });
    return this.statsSource;
  }

  /** Tenants with an open TSDB. */
  tenants(): string[] {
    return [...this.dbs.keys()].sort();
  }
}

function toSoftError(e: PendingErr, labels: Labels, oooWindow: number): SoftError {
  switch (e.code) {
    case ERR_OUT_OF_BOUNDS:
      return errOutOfBounds(e.firstT, labels, e.count);
    case ERR_OUT_OF_ORDER:
      return errOutOfOrder(e.firstT, labels, e.count);
    case ERR_DUPLICATE:
      return errDuplicate(e.firstT, labels, e.count);
    case ERR_TOO_OLD:
      return errTooOldOOO(e.firstT, labels, oooWindow, e.count);
    default:
      return errOutOfOrder(e.firstT, labels, e.count);
  }
}

function isIgnored(list: string, name: string): boolean {
  if (list === "") return false;
  for (const n of list.split(",")) if (n.trim() === name) return true;
  return false;
}

const emptyQuerier: Querier = {
  select: async () => [],
  labelValues: async () => [],
  labelNames: async () => [],
  close: () => {},
};
