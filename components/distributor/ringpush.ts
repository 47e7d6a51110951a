/**
 * The distributor's way to ingesters that run elsewhere (dskit ring.DoBatch): each series is
 * hashed (FNV-1 over tenant and labels) and looked up in the tenant's shuffle shard of the
 * ingester ring for the Write operation; every ingester gets one Push with the series it owns
 * (each series encoded once, its bytes shared by the bodies of its replicas); a series is
 * written once `instances - maxErrors` of its replicas acknowledged it (RF/2+1 for RF 3), and
 * the push fails as soon as one series cannot reach that quorum any more. The push returns
 * without waiting for replicas beyond the quorum. Metadata follows the replicas of its metric
 * name's token (ShardByMetricName).
 */
import {
  assembleWriteRequest,
  encodeSeriesFields,
  encodeWriteRequest,
} from "../ingester/client/writerequest.ts";
import {
  IngesterUnavailableError,
  type PushResult,
  type Pusher,
  type SoftError,
  type WriteBatch,
} from "../ingester/types.ts";
import {
  shardByAllLabels,
  shardByEncodedLabels,
  shardByMetricName,
  tenantHash,
} from "../ring/hash.ts";
import { Write } from "../ring/operation.ts";
import { emptyReplicationSet } from "../ring/replication_set.ts";
import { type Ring, RingError } from "../ring/ring.ts";

export interface IngesterPushClient {
  pushBody(tenant: string, body: Buffer): Promise<PushResult>;
}

export interface RingPusherDeps {
  /** The ingester ring as it is now. */
  ring: () => Ring;
  /** The pooled client of an ingester address. */
  clientFor: (addr: string) => IngesterPushClient;
  /** The tenant's -distributor.ingestion-tenant-shard-size (0 = every ingester). */
  shardSize: (tenant: string) => number;
  /** Called when an ingester call failed (e.g. to drop its pooled connection). */
  onInstanceError?: (addr: string, err: unknown) => void;
  clock?: () => number;
}

interface Target {
  id: string;
  addr: string;
  series: number[];
  metadata: number[];
}

/** A failed push: which ingester, and the status the distributor answers with. */
export class IngesterPushError extends IngesterUnavailableError {
  readonly ingesterId: string;
  constructor(
    ingesterId: string,
    statusCode: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(statusCode, message, options);
    this.ingesterId = ingesterId;
  }
}

export class RingPusher implements Pusher {
  private readonly deps: RingPusherDeps;
  private readonly clock: () => number;

  constructor(deps: RingPusherDeps) {
    this.deps = deps;
    this.clock = deps.clock ?? Date.now;
  }

  push(tenant: string, batch: WriteBatch): Promise<PushResult> {
    const now = this.clock();
    const ring = this.deps.ring().shuffleShard(tenant, this.deps.shardSize(tenant));
    const targets = new Map<string, Target>();
    const nItems = batch.series.length + batch.metadata.length;
    // Per item (series, then metadata): acknowledgements needed, failures allowed.
    const needed = new Int32Array(nItems);
    const allowed = new Int32Array(nItems);
    const rs = emptyReplicationSet();
    const place = (item: number, token: number, isMeta: boolean) => {
      ring.get(token, Write, rs, now);
      for (const inst of rs.instances) {
        let t = targets.get(inst.id);
        if (!t) {
          t = { id: inst.id, addr: inst.addr, series: [], metadata: [] };
          targets.set(inst.id, t);
        }
        (isMeta ? t.metadata : t.series).push(isMeta ? item - batch.series.length : item);
      }
      needed[item] = rs.instances.length - rs.maxErrors;
      allowed[item] = rs.maxErrors;
    };
    try {
      const tenantToken = tenantHash(tenant);
      const raw = batch.labelBytes;
      for (let i = 0; i < batch.series.length; i++) {
        const s = batch.series[i];
        // Labels the request carried encoded are hashed over those bytes (the same token).
        const token =
          raw !== undefined && s.labelBytesOf === s.labels && s.labelBytesOf !== undefined
            ? shardByEncodedLabels(tenantToken, raw, s.labelBytesStart!, s.labelBytesEnd!)
            : shardByAllLabels(tenant, s.labels);
        place(i, token, false);
      }
      for (let j = 0; j < batch.metadata.length; j++)
        place(
          batch.series.length + j,
          shardByMetricName(tenant, batch.metadata[j].metricFamilyName),
          true,
        );
    } catch (err) {
      if (err instanceof RingError)
        return Promise.reject(new IngesterUnavailableError(500, err.message, { cause: err }));
      return Promise.reject(err);
    }
    if (nItems === 0)
      return Promise.resolve({ samplesWritten: 0, exemplarsWritten: 0, softErrors: [] });

    let total = 0;
    for (const s of batch.series) total += s.sampleCount + (s.histograms?.length ?? 0);
    // Each series goes to several ingesters: encode it once, assemble every body from its bytes.
    const encoded = targets.size > 1 ? encodeSeriesFields(batch) : undefined;
    const sends: { t: Target; body: Buffer }[] = [];
    try {
      for (const t of targets.values()) {
        const opts = { series: t.series, metadataIndexes: t.metadata };
        const body = encoded
          ? assembleWriteRequest(batch, encoded, opts)
          : encodeWriteRequest(batch, opts);
        sends.push({ t, body });
      }
    } catch (err) {
      return Promise.reject(err);
    }
    return this.send(tenant, sends, batch.series.length, total, needed, allowed);
  }

  /**
   * Sends the bodies and settles once every item has its quorum (or one cannot reach it any
   * more). Kept apart from push so the pending calls hold the bodies, not the decoded batch.
   */
  private send(
    tenant: string,
    sends: { t: Target; body: Buffer }[],
    nSeries: number,
    total: number,
    needed: Int32Array,
    allowed: Int32Array,
  ): Promise<PushResult> {
    return new Promise<PushResult>((resolve, reject) => {
      let remaining = needed.length;
      let settled = false;
      const softErrors = new Map<string, SoftError>();
      let softErrorFrom: string | undefined;
      let exemplars = 0;
      let histograms = 0;
      const finishItem = (item: number, ok: boolean, t: Target, err?: unknown) => {
        if (settled) return;
        if (ok) {
          if (--needed[item] === 0) remaining--;
        } else if (needed[item] > 0 && --allowed[item] < 0) {
          settled = true;
          const e = err as IngesterUnavailableError;
          reject(
            new IngesterPushError(t.id, e?.statusCode ?? 500, e?.message ?? String(err), {
              cause: err,
            }),
          );
          return;
        }
        if (remaining === 0) {
          settled = true;
          let rejected = 0;
          for (const e of softErrors.values()) rejected += e.samples;
          resolve({
            samplesWritten: Math.max(0, total - rejected - histograms),
            exemplarsWritten: exemplars,
            histogramsWritten: histograms,
            softErrors: [...softErrors.values()],
            ingesterId: softErrorFrom,
          });
        }
      };
      for (const { t, body } of sends) {
        // A client that cannot even be created (bad address) fails like a call.
        Promise.resolve()
          .then(() => this.deps.clientFor(t.addr).pushBody(tenant, body))
          .then(
            (res) => {
              for (const e of res.softErrors) {
                if (softErrors.has(e.message)) continue;
                softErrors.set(e.message, e);
                softErrorFrom ??= t.id;
              }
              exemplars = Math.max(exemplars, res.exemplarsWritten);
              histograms = Math.max(histograms, res.histogramsWritten ?? 0);
              for (const i of t.series) finishItem(i, true, t);
              for (const j of t.metadata) finishItem(nSeries + j, true, t);
            },
            (err) => {
              this.deps.onInstanceError?.(t.addr, err);
              for (const i of t.series) finishItem(i, false, t, err);
              for (const j of t.metadata) finishItem(nSeries + j, false, t, err);
            },
          );
      }
      sends.length = 0;
    });
  }
}
