/**
 * A remote ingester over gRPC: implements Pusher for the distributor and Queryable for the
 * querier, so either talks to a remote ingester exactly as to the in-process one. gRPC statuses
 * map back to the errors the in-process ingester throws (UNAVAILABLE -> 503,
 * RESOURCE_EXHAUSTED -> 429, INVALID_ARGUMENT -> 400, anything else -> 500).
 */
import * as grpc from "@grpc/grpc-js";
import { labelsFromPb, matchersToPb, toNumber } from "../../proto/convert.ts";
import { cortex } from "../../proto/generated/protos.js";
import type { Labels } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import { withShardMatcher } from "../../model/query_shard.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../../model/series.ts";
import type { EncodedChunk } from "../../tsdb/block/chunks.ts";
import { BlockSeriesIterator, defaultChunkDecoder } from "../../tsdb/querier.ts";
import {
  IngesterUnavailableError,
  type MetricMetadata,
  type PushResult,
  type Pusher,
  type WriteBatch,
} from "../types.ts";
import { tenantMetadata } from "../../grpcclient/service.ts";
import type {
  CountMethod,
  IngesterStatsSource,
  LabelNameValues,
  LabelValueSeriesCount,
  UserStats,
} from "../userstats.ts";
import { ingesterServiceDefinition } from "./service.ts";
import { type EncodeOptions, encodeWriteRequest, METRIC_TYPES } from "./writerequest.ts";

const IngesterGrpcClient = grpc.makeGenericClientConstructor(ingesterServiceDefinition, "Ingester");

export interface RemoteIngesterOptions {
  /** Per-call timeout for Push, ms (Mimir's -distributor.remote-timeout, 2s); 0 = none. */
  pushTimeout: number;
  /** Per-call timeout for reads, ms; 0 = none. */
  queryTimeout: number;
}

/** The HTTP-style status a gRPC error stands for. */
export function statusCodeOf(err: grpc.ServiceError): number {
  switch (err.code) {
    case grpc.status.UNAVAILABLE:
    case grpc.status.DEADLINE_EXCEEDED:
    case grpc.status.CANCELLED:
      return 503;
    case grpc.status.RESOURCE_EXHAUSTED:
      return 429;
    case grpc.status.INVALID_ARGUMENT:
      return 400;
    default:
      return 500;
  }
}

function asIngesterError(err: grpc.ServiceError): IngesterUnavailableError {
  return new IngesterUnavailableError(statusCodeOf(err), err.details || err.message, {
    cause: err,
  });
}

class RemoteSeries implements Series {
  readonly labels: Labels;
  readonly chunks: EncodedChunk[] = [];
  private readonly mint: number;
  private readonly maxt: number;
  constructor(labels: Labels, mint: number, maxt: number) {
    this.labels = labels;
    this.mint = mint;
    this.maxt = maxt;
  }
  iterator() {
    // One ingester's chunks of a series are in time order and do not overlap.
    return new BlockSeriesIterator(
      this.chunks,
      defaultChunkDecoder,
      this.mint,
      this.maxt,
      undefined,
      this.chunks.map((c) => c.maxt),
    );
  }
}

const countMethodPb = (m: CountMethod) => (m === "active" ? 1 : 0);

function userStatsOf(r: cortex.IUserStatsResponse | null | undefined): UserStats {
  return {
    ingestionRate: r?.ingestionRate ?? 0,
    numSeries: toNumber(r?.numSeries),
    apiIngestionRate: r?.apiIngestionRate ?? 0,
    ruleIngestionRate: r?.ruleIngestionRate ?? 0,
  };
}

/** AllUserStats needs a tenant in the metadata; like Mimir, a placeholder is sent. */
const ALL_USERS_PLACEHOLDER_TENANT = "1";

export class RemoteIngester implements Pusher, Queryable, IngesterStatsSource {
  readonly address: string;
  private readonly client: grpc.Client;
  private readonly opts: RemoteIngesterOptions;

  constructor(address: string, channel: grpc.Channel, opts: RemoteIngesterOptions) {
    this.address = address;
    this.client = new IngesterGrpcClient(address, grpc.credentials.createInsecure(), {
      channelOverride: channel,
    });
    this.opts = opts;
  }

  private callOpts(timeout: number): grpc.CallOptions {
    return timeout > 0 ? { deadline: Date.now() + timeout } : {};
  }

  private unary<Req, Res>(
    def: grpc.MethodDefinition<Req, Res>,
    msg: Req,
    tenant: string,
    timeout: number,
  ): Promise<Res> {
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        msg,
        tenantMetadata(tenant),
        this.callOpts(timeout),
        (err: grpc.ServiceError | null, res?: Res) =>
          err ? reject(asIngesterError(err)) : resolve(res as Res),
      );
    });
  }

  /** Pushes a pre-encoded Push body (see writerequest.ts). */
  async pushBody(tenant: string, body: Buffer): Promise<PushResult> {
    const r = await this.unary(ingesterServiceDefinition.Push, body, tenant, this.opts.pushTimeout);
    return {
      samplesWritten: toNumber(r.samplesWritten),
      exemplarsWritten: toNumber(r.exemplarsWritten),
      histogramsWritten: toNumber(r.histogramsWritten),
      softErrors: (r.softErrors ?? []).map((e) => ({
        id: e.id ?? "",
        message: e.message ?? "",
        reason: e.reason ?? "",
        samples: toNumber(e.samples),
      })),
    };
  }

  push(tenant: string, batch: WriteBatch, opts?: EncodeOptions): Promise<PushResult> {
    return this.pushBody(tenant, encodeWriteRequest(batch, opts));
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    return {
      select: (_sort: boolean, hints: SelectHints | undefined, matchers: readonly Matcher[]) =>
        this.queryStream(
          tenant,
          hints?.start ?? mint,
          hints?.end ?? maxt,
          withShardMatcher(matchers, hints?.shard),
        ),
      labelValues: async (
        name: string,
        hints: LabelHints | undefined,
        matchers: readonly Matcher[],
      ) => {
        const req = cortex.LabelValuesRequest.create({
          labelName: name,
          startTimestampMs: mint,
          endTimestampMs: maxt,
          matchers: { matchers: matchersToPb(matchers) },
          limit: hints?.limit ?? 0,
        });
        return (
          (
            await this.unary(
              ingesterServiceDefinition.LabelValues,
              req,
              tenant,
              this.opts.queryTimeout,
            )
          ).labelValues ?? []
        );
      },
      labelNames: async (hints: LabelHints | undefined, matchers: readonly Matcher[]) => {
        const req = cortex.LabelNamesRequest.create({
          startTimestampMs: mint,
          endTimestampMs: maxt,
          matchers: { matchers: matchersToPb(matchers) },
          limit: hints?.limit ?? 0,
        });
        return (
          (
            await this.unary(
              ingesterServiceDefinition.LabelNames,
              req,
              tenant,
              this.opts.queryTimeout,
            )
          ).labelNames ?? []
        );
      },
      close: () => {},
    };
  }

  /** Series matching `matchers` with samples in [mint, maxt], sorted by labels. */
  queryStream(
    tenant: string,
    mint: number,
    maxt: number,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const def = ingesterServiceDefinition.QueryStream;
    const req = cortex.QueryRequest.create({
      startTimestampMs: mint,
      endTimestampMs: maxt,
      matchers: matchersToPb(matchers),
      streamingChunksBatchSize: 128,
    });
    const stream = this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      req,
      tenantMetadata(tenant),
      this.callOpts(this.opts.queryTimeout),
    );
    return new Promise((resolve, reject) => {
      const series: RemoteSeries[] = [];
      stream.on("data", (r: cortex.QueryStreamResponse) => {
        for (const s of r.streamingSeries ?? [])
          series.push(new RemoteSeries(labelsFromPb(s.labels), mint, maxt));
        for (const sc of r.streamingSeriesChunks ?? []) {
          const target = series[toNumber(sc.seriesIndex)];
          if (!target) {
            stream.cancel();
            reject(
              new Error(
                `ingester ${this.address} sent chunks for unknown series index ${sc.seriesIndex}`,
              ),
            );
            return;
          }
          for (const c of sc.chunks ?? [])
            target.chunks.push({
              mint: toNumber(c.startTimestampMs),
              maxt: toNumber(c.endTimestampMs),
              encoding: c.encoding ?? 1,
              data: c.data ?? new Uint8Array(0),
            });
        }
      });
      stream.on("error", (err: grpc.ServiceError) => reject(asIngesterError(err)));
      stream.on("end", () => resolve(series));
    });
  }

  async metricsMetadata(
    tenant: string,
    metric?: string,
    limit = 0,
    limitPerMetric = 0,
  ): Promise<MetricMetadata[]> {
    const req = cortex.MetricsMetadataRequest.create({
      metric: metric ?? "",
      limit,
      limitPerMetric,
    });
    const r = await this.unary(
      ingesterServiceDefinition.MetricsMetadata,
      req,
      tenant,
      this.opts.queryTimeout,
    );
    return (r.metadata ?? []).map((m) => ({
      type: METRIC_TYPES[m.type ?? 0] ?? "unknown",
      metricFamilyName: m.metricFamilyName ?? "",
      help: m.help ?? "",
      unit: m.unit ?? "",
    }));
  }

  /** Runs a server-streaming call, handing each message to `onMessage`. */
  private stream<Req, Res>(
    def: grpc.MethodDefinition<Req, Res>,
    msg: Req,
    tenant: string,
    onMessage: (m: Res) => void,
  ): Promise<void> {
    const stream = this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      msg,
      tenantMetadata(tenant),
      this.callOpts(this.opts.queryTimeout),
    );
    return new Promise((resolve, reject) => {
      stream.on("data", (m: Res) => {
        try {
          onMessage(m);
        } catch (e) {
          stream.cancel();
          reject(e);
        }
      });
      stream.on("error", (err: grpc.ServiceError) => reject(asIngesterError(err)));
      stream.on("end", () => resolve());
    });
  }

  async userStats(tenant: string, method: CountMethod): Promise<UserStats> {
    const r = await this.unary(
      ingesterServiceDefinition.UserStats,
      cortex.UserStatsRequest.create({ countMethod: countMethodPb(method) }),
      tenant,
      this.opts.queryTimeout,
    );
    return userStatsOf(r);
  }

  async allUserStats(): Promise<{ userId: string; stats: UserStats }[]> {
    const r = await this.unary(
      ingesterServiceDefinition.AllUserStats,
      cortex.UserStatsRequest.create({}),
      ALL_USERS_PLACEHOLDER_TENANT,
      this.opts.queryTimeout,
    );
    return (r.stats ?? []).map((u) => ({ userId: u.userId ?? "", stats: userStatsOf(u.data) }));
  }

  async labelNamesAndValues(
    tenant: string,
    matchers: readonly Matcher[],
    method: CountMethod,
  ): Promise<LabelNameValues[]> {
    const out: LabelNameValues[] = [];
    await this.stream(
      ingesterServiceDefinition.LabelNamesAndValues,
      cortex.LabelNamesAndValuesRequest.create({
        matchers: matchersToPb(matchers),
        countMethod: countMethodPb(method),
      }),
      tenant,
      (m) => {
        for (const it of m.items ?? [])
          out.push({ labelName: it.labelName ?? "", values: it.values ?? [] });
      },
    );
    return out;
  }

  async labelValuesCardinality(
    tenant: string,
    labelNames: readonly string[],
    matchers: readonly Matcher[],
    method: CountMethod,
  ): Promise<LabelValueSeriesCount[]> {
    const out: LabelValueSeriesCount[] = [];
    await this.stream(
      ingesterServiceDefinition.LabelValuesCardinality,
      cortex.LabelValuesCardinalityRequest.create({
        labelNames: [...labelNames],
        matchers: matchersToPb(matchers),
        countMethod: countMethodPb(method),
      }),
      tenant,
      (m) => {
        for (const it of m.items ?? []) {
          const counts = new Map<string, number>();
          for (const [v, n] of Object.entries(it.labelValueSeries ?? {}))
            counts.set(v, toNumber(n));
          out.push({ labelName: it.labelName ?? "", labelValueSeries: counts });
        }
      },
    );
    return out;
  }

  async activeSeries(tenant: string, matchers: readonly Matcher[]): Promise<Labels[]> {
    const out: Labels[] = [];
    await this.stream(
      ingesterServiceDefinition.ActiveSeries,
      cortex.ActiveSeriesRequest.create({ matchers: matchersToPb(matchers) }),
      tenant,
      (m) => {
        for (const metric of m.metric ?? []) out.push(labelsFromPb(metric.labels));
      },
    );
    return out;
  }

  async queryExemplars(
    tenant: string,
    mint: number,
    maxt: number,
    matcherSets: readonly (readonly Matcher[])[],
  ) {
    const req = cortex.ExemplarQueryRequest.create({
      startTimestampMs: mint,
      endTimestampMs: maxt,
      matchers: matcherSets.map((ms) => ({ matchers: matchersToPb(ms) })),
    });
    const r = await this.unary(
      ingesterServiceDefinition.QueryExemplars,
      req,
      tenant,
      this.opts.queryTimeout,
    );
    return (r.timeseries ?? []).map((ts) => ({
      seriesLabels: labelsFromPb(ts.labels),
      exemplars: (ts.exemplars ?? []).map((e) => ({
        labels: labelsFromPb(e.labels),
        value: e.value ?? 0,
        timestamp: toNumber(e.timestamp),
      })),
    }));
  }
}
