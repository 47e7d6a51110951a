/**
 * The distributor: takes a decoded write of one tenant through Mimir's push pipeline (instance
 * limits, request rate limit, HA dedupe, label cleanup and validation, ingestion rate limit) and
 * hands the valid rest to the Pusher (the ingester). Errors are HttpErrors with Mimir's status
 * and text; the push handlers turn them into responses.
 */
import { hostname } from "node:os";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import {
  IngesterUnavailableError,
  type PushResult,
  type Pusher,
  type WriteBatch,
} from "../ingester/types.ts";
import { getLabel } from "../model/labels.ts";
import type { Limits } from "../util/limits/limits.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import { BasicService } from "../util/services/service.ts";
import { HttpError } from "../util/tenant.ts";
import type { DistributorConfig } from "./config.ts";
import { msg } from "./errors.ts";
import {
  type HAStore,
  HATracker,
  ReplicasNotMatchError,
  TooManyClustersError,
} from "./hatracker.ts";
import { counter, gauge } from "../util/metrics.ts";
import { type DiscardMetrics, discardMetrics } from "./metrics.ts";
import { calculateRetryAfter, TokenBucketLimiter } from "./ratelimit.ts";
import { compileRelabelConfigs, relabel } from "./relabel.ts";
import type { DecodedWrite } from "./remotewrite/batch.ts";
import { validateWrite } from "./validate.ts";

export interface DistributorDeps {
  logger: Logger;
  registry: Registry;
  overrides: Overrides;
  pusher: Pusher;
  haStore?: HAStore;
  /** Wall clock in ms (tests inject one). */
  now?: () => number;
  /** Healthy distributors sharing the tenant limits (ring size); 1 in single-process mode. */
  healthyDistributors?: () => number;
  /** Instance ID of the ingester, used in `failed pushing to ingester <id>` messages. */
  ingesterId?: string;
  random?: () => number;
}

export interface PushOptions {
  skipLabelNameValidation?: boolean;
  skipLabelCountValidation?: boolean;
}

export interface PushOutcome {
  samplesWritten: number;
  exemplarsWritten: number;
  histogramsWritten: number;
  /** Data points rejected (validation, ingester soft errors); used by OTLP partial success. */
  rejected: number;
}

/** A request rejected as a whole or in part; `statusCode` is the HTTP status to answer with. */
export class PushError extends HttpError {
  /** What was still written (a 400 after a partial write). */
  readonly outcome?: PushOutcome;
  /** The request was refused because of a rate or instance limit (OTLP maps these to 429/503). */
  readonly limited: boolean;
  constructor(
    statusCode: number,
    message: string,
    opts: { outcome?: PushOutcome; limited?: boolean; cause?: unknown } = {},
  ) {
    super(statusCode, message, { cause: opts.cause });
    this.outcome = opts.outcome;
    this.limited = opts.limited ?? false;
  }
}

const HA_CLEANUP_INTERVAL = 30_000;
const HA_CLEANUP_AGE = 30 * 60_000;

export class Distributor extends BasicService {
  readonly cfg: DistributorConfig;
  private readonly logger: Logger;
  private readonly overrides: Overrides;
  private readonly pusher: Pusher;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly ingesterId: string;
  readonly haTracker: HATracker;
  private readonly ingestionLimiter: TokenBucketLimiter;
  private readonly requestLimiter: TokenBucketLimiter;
  private readonly discard: DiscardMetrics;
  /** EWMA of accepted samples per second (instance_limits.max_ingestion_rate), ticked every second. */
  private ingestionRate = 0;
  private ingestedSinceTick = 0;
  private rateInitialised = false;
  private readonly latestSeen = new Map<string, number>();
  private inflight = 0;
  private inflightBytes = 0;
  private readonly m;

  constructor(cfg: DistributorConfig, deps: DistributorDeps) {
    super("distributor");
    this.cfg = cfg;
    this.logger = deps.logger.child({ component: "distributor" });
    this.overrides = deps.overrides;
    this.pusher = deps.pusher;
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.ingesterId = deps.ingesterId ?? hostname();
    const healthy = deps.healthyDistributors ?? (() => 1);
    const share = () => Math.max(1, healthy());
    this.ingestionLimiter = new TokenBucketLimiter((tenant) => {
      const l = this.overrides.get(tenant);
      return { rate: l.ingestion_rate / share(), burst: l.ingestion_burst_size };
    });
    this.requestLimiter = new TokenBucketLimiter((tenant) => {
      const l = this.overrides.get(tenant);
      return l.request_rate > 0
        ? { rate: l.request_rate / share(), burst: l.request_burst_size }
        : { rate: Number.POSITIVE_INFINITY, burst: 0 };
    });
    this.haTracker = new HATracker(
      {
        updateTimeout: cfg.ha_tracker.ha_tracker_update_timeout,
        failoverTimeout: cfg.ha_tracker.ha_tracker_failover_timeout,
      },
      { store: deps.haStore, registry: deps.registry },
    );
    this.discard = discardMetrics(deps.registry);
    const r = deps.registry;
    const u = ["user"] as const;
    this.m = {
      receivedSamples: counter(
        r,
        "cortex_distributor_received_samples_total",
        "The total number of received samples, excluding rejected and deduped samples.",
        u,
      ),
      receivedExemplars: counter(
        r,
        "cortex_distributor_received_exemplars_total",
        "The total number of received exemplars, excluding rejected and deduped exemplars.",
        u,
      ),
      receivedMetadata: counter(
        r,
        "cortex_distributor_received_metadata_total",
        "The total number of received metadata, excluding rejected.",
        u,
      ),
      receivedRequests: counter(
        r,
        "cortex_distributor_received_requests_total",
        "The total number of received requests, excluding rejected and deduped requests.",
        u,
      ),
      requestsIn: counter(
        r,
        "cortex_distributor_requests_in_total",
        "The total number of requests that have come in to the distributor, including rejected or deduped requests.",
        u,
      ),
      samplesIn: counter(
        r,
        "cortex_distributor_samples_in_total",
        "The total number of samples that have come in to the distributor, including rejected or deduped samples.",
        u,
      ),
      exemplarsIn: counter(
        r,
        "cortex_distributor_exemplars_in_total",
        "The total number of exemplars that have come in to the distributor, including rejected or deduped exemplars.",
        u,
      ),
      metadataIn: counter(
        r,
        "cortex_distributor_metadata_in_total",
        "The total number of metadata the have come in to the distributor, including rejected.",
        u,
      ),
      dedupedSamples: counter(
        r,
        "cortex_distributor_deduped_samples_total",
        "The total number of deduplicated samples.",
        ["user", "cluster"],
      ),
      nonHASamples: counter(
        r,
        "cortex_distributor_non_ha_samples_received_total",
        "The total number of received samples for a user that has HA tracking turned on, but the sample didn't contain both HA labels.",
        u,
      ),
      discardedRequests: counter(
        r,
        "cortex_discarded_requests_total",
        "The total number of requests that were discarded due to rate limiting.",
        ["reason", "user"],
      ),
      latestSeen: gauge(
        r,
        "cortex_distributor_latest_seen_sample_timestamp_seconds",
        "Unix timestamp of latest received sample per user.",
        u,
      ),
      inflight: gauge(
        r,
        "cortex_distributor_inflight_push_requests",
        "Current number of inflight push requests in distributor.",
        [],
      ),
      inflightBytes: gauge(
        r,
        "cortex_distributor_inflight_push_requests_bytes",
        "Current sum of inflight push requests in distributor in bytes.",
        [],
      ),
      instanceLimitsHit: counter(
        r,
        "cortex_distributor_instance_rejected_requests_total",
        "Requests discarded for hitting per-instance limits",
        ["reason"],
      ),
    };
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    await new Promise<void>((resolve) => {
      const t = setInterval(
        () => this.haTracker.cleanup(this.now() - HA_CLEANUP_AGE),
        HA_CLEANUP_INTERVAL,
      );
      t.unref();
      const rt = setInterval(() => this.tickIngestionRate(1), 1000);
      rt.unref();
      const done = () => {
        clearInterval(t);
        clearInterval(rt);
        resolve();
      };
      if (signal.aborted) done();
      else signal.addEventListener("abort", done, { once: true });
    });
  }

  /** Updates the instance ingestion-rate EWMA (alpha 0.2) with the samples of the last `seconds`. */
  tickIngestionRate(seconds: number): void {
    const instant = this.ingestedSinceTick / seconds;
    this.ingestedSinceTick = 0;
    if (this.rateInitialised) this.ingestionRate += 0.2 * (instant - this.ingestionRate);
    else {
      this.ingestionRate = instant;
      this.rateInitialised = true;
    }
  }

  /** Counts OTLP data points the conversion dropped (cortex_discarded_samples_total{reason="otlp_parse_error"}). */
  discardOtlpParseErrors(tenant: string, n: number): void {
    this.discard.samples("otlp_parse_error", tenant, n);
  }

  /** The tenant's current limits (read per request: a runtime config reload changes them). */
  limitsOf(tenant: string) {
    return this.overrides.get(tenant);
  }

  /** Retry-After value for a failed push (429 and 5xx), or undefined when the header is off. */
  retryAfter(statusCode: number, retryAttemptHeader: string | undefined): string | undefined {
    const c = this.cfg.retry_after_header;
    if (!c.enabled) return undefined;
    if (statusCode !== 429 && statusCode !== 529 && statusCode < 500) return undefined;
    return calculateRetryAfter(retryAttemptHeader, c.min_backoff, c.max_backoff, this.random);
  }

  /** Status for rate-limit errors of `tenant`: 429, or 529 with service_overload_status_code_on_rate_limit_enabled. */
  private rateLimitStatus(tenant: string): number {
    return this.overrides.get(tenant).service_overload_status_code_on_rate_limit_enabled
      ? 529
      : 429;
  }

  /**
   * Runs one push request of `bodyBytes` for `tenant`: applies the instance inflight limits and
   * the tenant's request rate, then decodes (decode errors surface as they are) and pushes.
   */
  async handle(
    tenant: string,
    bodyBytes: number,
    decode: () => DecodedWrite,
    opts: PushOptions = {},
  ): Promise<PushOutcome> {
    // Instance limits carry Mimir's INSTANCE_LIMIT cause, which its HTTP mapping answers with 500.
    const lim = this.cfg.instance_limits;
    if (lim.max_inflight_push_requests > 0 && this.inflight >= lim.max_inflight_push_requests) {
      this.m.instanceLimitsHit.inc({ reason: "max_inflight_push_requests" });
      throw new PushError(500, msg.tooManyInflightPushRequests(lim.max_inflight_push_requests), {
        limited: true,
      });
    }
    if (
      lim.max_inflight_push_requests_bytes > 0 &&
      this.inflightBytes + bodyBytes > lim.max_inflight_push_requests_bytes
    ) {
      this.m.instanceLimitsHit.inc({ reason: "max_inflight_push_requests_bytes" });
      throw new PushError(500, msg.tooManyInflightPushBytes(lim.max_inflight_push_requests_bytes), {
        limited: true,
      });
    }
    if (lim.max_ingestion_rate > 0 && this.ingestionRate >= lim.max_ingestion_rate) {
      this.m.instanceLimitsHit.inc({ reason: "max_ingestion_rate" });
      throw new PushError(500, msg.ingestionRateInstanceLimit(lim.max_ingestion_rate), {
        limited: true,
      });
    }
    this.inflight++;
    this.inflightBytes += bodyBytes;
    this.m.inflight.set(this.inflight);
    this.m.inflightBytes.set(this.inflightBytes);
    try {
      if (!this.requestLimiter.allowN(tenant, 1, this.now())) {
        this.m.discardedRequests.inc({ reason: "request_rate_limited", user: tenant });
        const l = this.requestLimiter.limit(tenant);
        throw new PushError(
          this.rateLimitStatus(tenant),
          msg.requestRateLimited(this.overrides.get(tenant).request_rate, l.burst),
          { limited: true },
        );
      }
      const decoded = decode();
      return await this.push(tenant, decoded, opts);
    } finally {
      this.inflight--;
      this.inflightBytes -= bodyBytes;
      this.m.inflight.set(this.inflight);
      this.m.inflightBytes.set(this.inflightBytes);
    }
  }

  /** Pushes an already-built batch (e.g. the ruler's, with source "rule") through the same pipeline. */
  pushBatch(tenant: string, batch: WriteBatch): Promise<PushOutcome> {
    let histogramCount = 0;
    for (const s of batch.series) histogramCount += s.histograms?.length ?? 0;
    return this.push(tenant, { batch, histogramCount, seriesErrors: [] });
  }

  /**
   * Pushes a decoded write of `tenant` through the pre-push steps, in Mimir's order
   * (pkg/distributor/distributor.go's push middlewares): count what came in, HA dedupe, relabel,
   * validate, ingestion rate limit; then counts what was received and sends the valid rest to
   * the ingester. A step that rejects the whole request throws a PushError.
   */
  async push(tenant: string, decoded: DecodedWrite, opts: PushOptions = {}): Promise<PushOutcome> {
    const limits = this.overrides.get(tenant);
    const now = this.now();
    const samplesIn = this.countIncoming(tenant, decoded);
    const removeLabel = this.dedupeHA(tenant, limits, decoded.batch, samplesIn, now);
    this.relabelSeries(tenant, limits, decoded.batch);
    const v = validateWrite(decoded, limits, tenant, this.discard, {
      now,
      removeLabel,
      // As Mimir: the request's own flag and the (enabled) header must both ask for it.
      skipLabelNameValidation:
        opts.skipLabelNameValidation === true && decoded.skipLabelValidation === true,
      skipLabelCountValidation:
        opts.skipLabelCountValidation === true && decoded.skipLabelCountValidation === true,
    });
    const valid = v.batch;
    const counts = countBatch(valid);
    const outcome: PushOutcome = {
      samplesWritten: 0,
      exemplarsWritten: 0,
      histogramsWritten: 0,
      rejected: v.discardedSamples,
    };
    if (counts.total === 0) {
      if (v.firstError !== undefined) throw new PushError(400, v.firstError, { outcome });
      return outcome;
    }
    this.limitIngestionRate(tenant, limits, counts, outcome, now);
    this.countReceived(tenant, valid, counts);
    // Nothing of the batch is needed after the push (it can be collected while ingesters answer).
    const firstError = v.firstError;
    const result = await this.pushToIngester(tenant, valid);
    return this.finishPush(tenant, result, outcome, firstError);
  }

  /** The *_in_total counters (everything that came in, rejected or not); returns the samples in. */
  private countIncoming(tenant: string, decoded: DecodedWrite): number {
    const batch = decoded.batch;
    let exemplarsIn = 0;
    for (const s of batch.series) exemplarsIn += s.exemplars?.length ?? 0;
    const samplesIn = batch.timestamps.length + decoded.histogramCount;
    this.m.requestsIn.inc({ user: tenant });
    if (samplesIn > 0) this.m.samplesIn.inc({ user: tenant }, samplesIn);
    if (exemplarsIn > 0) this.m.exemplarsIn.inc({ user: tenant }, exemplarsIn);
    if (batch.metadata.length > 0) this.m.metadataIn.inc({ user: tenant }, batch.metadata.length);
    return samplesIn;
  }

  /**
   * HA dedupe on the first series' cluster and replica labels: throws 202 for a non-elected
   * replica and 400 past the tenant's cluster limit; returns the replica label to drop when the
   * request is from the elected replica.
   */
  private dedupeHA(
    tenant: string,
    limits: Limits,
    batch: WriteBatch,
    samplesIn: number,
    now: number,
  ): string | undefined {
    if (
      !this.cfg.ha_tracker.enable_ha_tracker ||
      !limits.accept_ha_samples ||
      batch.series.length === 0
    )
      return undefined;
    const first = batch.series[0].labels;
    const cluster = getLabel(first, limits.ha_cluster_label);
    const replica = getLabel(first, limits.ha_replica_label);
    if (cluster === "" || replica === "") {
      if (samplesIn > 0) this.m.nonHASamples.inc({ user: tenant }, samplesIn);
      return undefined;
    }
    try {
      this.haTracker.checkReplica(tenant, cluster, replica, now, limits.ha_max_clusters);
      return limits.ha_replica_label;
    } catch (err) {
      if (err instanceof ReplicasNotMatchError) {
        this.m.dedupedSamples.inc({ user: tenant, cluster }, samplesIn);
        throw new PushError(202, err.message);
      }
      if (err instanceof TooManyClustersError) {
        this.discard.samples("too_many_ha_clusters", tenant, samplesIn);
        throw new PushError(400, err.message);
      }
      throw err;
    }
  }

  /** The tenant's metric_relabel_configs, in place; series relabelled to nothing are dropped. */
  private relabelSeries(tenant: string, limits: Limits, batch: WriteBatch): void {
    const relabelCfgs = limits.metric_relabel_configs;
    if (!Array.isArray(relabelCfgs) || relabelCfgs.length === 0) return;
    let rules: ReturnType<typeof compileRelabelConfigs> = [];
    try {
      rules = compileRelabelConfigs(relabelCfgs);
    } catch (err) {
      this.logger.warn({ err, user: tenant }, "invalid metric_relabel_configs; relabeling skipped");
    }
    if (rules.length === 0) return;
    const kept: WriteBatch["series"] = [];
    for (const s of batch.series) {
      const ls = relabel(s.labels, rules);
      if (ls === undefined || ls.length === 0) continue;
      s.labels = ls;
      kept.push(s);
    }
    batch.series = kept;
  }

  /** The tenant's ingestion rate limit over everything valid; throws 429 (or 529) past it. */
  private limitIngestionRate(
    tenant: string,
    limits: Limits,
    counts: BatchCounts,
    outcome: PushOutcome,
    now: number,
  ): void {
    if (this.ingestionLimiter.allowN(tenant, counts.total, now)) return;
    this.discard.samples("rate_limited", tenant, counts.samples);
    this.discard.exemplars("rate_limited", tenant, counts.exemplars);
    this.discard.metadata("rate_limited", tenant, counts.metadata);
    throw new PushError(
      this.rateLimitStatus(tenant),
      msg.ingestionRateLimited(limits.ingestion_rate, limits.ingestion_burst_size),
      {
        limited: true,
        outcome: { ...outcome, rejected: outcome.rejected + counts.samples },
      },
    );
  }

  /** The received_* counters, the latest-seen timestamp and the instance ingestion rate. */
  private countReceived(tenant: string, valid: WriteBatch, counts: BatchCounts): void {
    this.ingestedSinceTick += counts.total;
    this.m.receivedRequests.inc({ user: tenant });
    if (counts.samples > 0) {
      this.m.receivedSamples.inc({ user: tenant }, counts.samples);
      let latest = Number.NEGATIVE_INFINITY;
      const tss = valid.timestamps;
      for (let i = 0; i < tss.length; i++) if (tss[i] > latest) latest = tss[i];
      if (latest > (this.latestSeen.get(tenant) ?? Number.NEGATIVE_INFINITY)) {
        this.latestSeen.set(tenant, latest);
        this.m.latestSeen.set({ user: tenant }, latest / 1000);
      }
    }
    if (counts.exemplars > 0) this.m.receivedExemplars.inc({ user: tenant }, counts.exemplars);
    if (counts.metadata > 0) this.m.receivedMetadata.inc({ user: tenant }, counts.metadata);
  }

  /**
   * What the ingester wrote, into the outcome; then the request's answer: 400 with the first
   * validation error, else 400 with the ingester's first soft error, else the outcome.
   */
  private finishPush(
    tenant: string,
    result: PushResult,
    outcome: PushOutcome,
    firstValidationError: string | undefined,
  ): PushOutcome {
    outcome.samplesWritten = result.samplesWritten;
    outcome.exemplarsWritten = result.exemplarsWritten;
    outcome.histogramsWritten = result.histogramsWritten ?? 0;
    for (const e of result.softErrors) outcome.rejected += e.samples;
    if (firstValidationError !== undefined)
      throw new PushError(400, firstValidationError, { outcome });
    if (result.softErrors.length > 0) {
      const message = msg.failedPushingToIngester(
        result.ingesterId ?? this.ingesterId,
        msg.withUser(tenant, result.softErrors[0].message),
      );
      throw new PushError(400, message, { outcome });
    }
    return outcome;
  }

  private async pushToIngester(tenant: string, batch: WriteBatch): Promise<PushResult> {
    const timeoutMs = this.cfg.remote_timeout;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PushError(500, msg.remoteTimeout())), timeoutMs);
      });
      return await Promise.race([this.pusher.push(tenant, batch), timeout]);
    } catch (err) {
      if (err instanceof PushError) throw err;
      if (err instanceof IngesterUnavailableError) {
        // A ring push names the ingester that failed; the in-process one is this host's.
        const id = (err as { ingesterId?: string }).ingesterId ?? this.ingesterId;
        throw new PushError(err.statusCode, msg.failedPushingToIngester(id, err.message), {
          cause: err,
        });
      }
      this.logger.error({ err, user: tenant }, "push to ingester failed");
      throw new PushError(
        500,
        msg.failedPushingToIngester(this.ingesterId, (err as Error)?.message ?? String(err)),
        { cause: err },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

/** What a validated batch holds, for the rate limit and the received counters. */
interface BatchCounts {
  samples: number;
  exemplars: number;
  metadata: number;
  /** samples + exemplars + metadata: what the ingestion rate limit counts. */
  total: number;
}

function countBatch(batch: WriteBatch): BatchCounts {
  let exemplars = 0;
  let histograms = 0;
  for (const s of batch.series) {
    exemplars += s.exemplars?.length ?? 0;
    histograms += s.histograms?.length ?? 0;
  }
  // Native histogram samples count as samples (rate limits, received counters).
  const samples = batch.timestamps.length + histograms;
  const metadata = batch.metadata.length;
  return { samples, exemplars, metadata, total: samples + exemplars + metadata };
}
