/**
 * Serves an ingester over gRPC: Push decodes the body and hands it to the ingester (soft errors
 * travel back in the response, whole-request failures as gRPC statuses the client maps back to
 * IngesterUnavailableError), QueryStream streams the series labels first and then their samples
 * as XOR chunks, label and metadata calls answer from the ingester's head.
 */
import * as grpc from "@grpc/grpc-js";
import type { CountMethod, IngesterStatsSource, UserStats } from "../userstats.ts";
import { STATS_MESSAGE_BYTES } from "./service.ts";
import { matchersFromPb, toNumber } from "../../proto/convert.ts";
import { cortex } from "../../proto/generated/protos.js";
import { StatusError, tenantOfCall, toServiceError } from "../../grpcclient/service.ts";
import type { Matcher } from "../../model/matcher.ts";
import type { Queryable, SampleIterator } from "../../model/series.ts";
import { encodeSeriesChunks } from "../../tsdb/series_chunks.ts";
import type { ExemplarQueryResult } from "../../tsdb/head.ts";
import type { MetadataEntry } from "../../tsdb/head_metadata.ts";
import { IngesterUnavailableError, type MetricType, type Pusher } from "../types.ts";
import { ingesterServiceDefinition, QUERY_STREAM_BATCH } from "./service.ts";
import { decodeWriteRequest, METRIC_TYPES } from "./writerequest.ts";

/** What the gRPC service needs of an ingester. */
export interface IngesterBackend extends Pusher {
  queryable(): Queryable;
  metricsMetadata(
    tenant: string,
    metric?: string,
    limit?: number,
    limitPerMetric?: number,
  ): Map<string, MetadataEntry[]>;
  queryExemplars(
    tenant: string,
    mint: number,
    maxt: number,
    matcherSets: readonly (readonly Matcher[])[],
  ): ExemplarQueryResult[];
  /** The usage and cardinality statistics (UserStats, ActiveSeries, ...); absent = UNIMPLEMENTED. */
  stats?(): IngesterStatsSource;
}

/** cortex.CountMethod: IN_MEMORY = 0, ACTIVE = 1. */
export function countMethodOf(v: number | null | undefined): CountMethod {
  return v === 1 ? "active" : "inmemory";
}

function userStatsPb(s: UserStats): cortex.IUserStatsResponse {
  return {
    ingestionRate: s.ingestionRate,
    numSeries: s.numSeries,
    apiIngestionRate: s.apiIngestionRate,
    ruleIngestionRate: s.ruleIngestionRate,
  };
}

/**
 * Runs a server-streaming handler: `produce` writes messages through `send`; errors end the
 * stream with their status.
 */
function serverStream<Req, Res>(
  produce: (call: grpc.ServerWritableStream<Req, Res>, send: (m: Res) => void) => Promise<void>,
) {
  return (call: grpc.ServerWritableStream<Req, Res>) => {
    void produce(call, (m) => call.write(m))
      .then(() => call.end())
      .catch((err) => call.emit("error", serviceError(err)));
  };
}

/** Cuts items into messages of about STATS_MESSAGE_BYTES (by `size`), sending each. */
class Batcher<T> {
  private items: T[] = [];
  private bytes = 0;
  private readonly flushFn: (items: T[]) => void;
  constructor(flush: (items: T[]) => void) {
    this.flushFn = flush;
  }
  add(item: T, size: number): void {
    this.items.push(item);
    this.bytes += size;
    if (this.bytes >= STATS_MESSAGE_BYTES) this.flush();
  }
  flush(): void {
    if (this.items.length === 0) return;
    this.flushFn(this.items);
    this.items = [];
    this.bytes = 0;
  }
}

/** IngesterUnavailableError's HTTP status as the gRPC status the client maps back. */
function ingesterStatus(err: unknown): grpc.status | undefined {
  if (!(err instanceof IngesterUnavailableError)) return undefined;
  if (err.statusCode === 503) return grpc.status.UNAVAILABLE;
  if (err.statusCode === 429) return grpc.status.RESOURCE_EXHAUSTED;
  return grpc.status.INTERNAL;
}

const serviceError = (err: unknown) => toServiceError(err, ingesterStatus);

function unary<Req, Res>(fn: (call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res> | Res) {
  return (call: grpc.ServerUnaryCall<Req, Res>, cb: grpc.sendUnaryData<Res>) => {
    Promise.resolve()
      .then(() => fn(call))
      .then(
        (res) => cb(null, res),
        (err) => cb(serviceError(err)),
      );
  };
}

/** Encodes the samples of one series in [mint, maxt] as chunks of up to 120 samples. */
function encodeChunks(it: SampleIterator, mint: number, maxt: number): cortex.Chunk.$Properties[] {
  return encodeSeriesChunks(it, mint, maxt).map((c) => ({
    startTimestampMs: c.mint,
    endTimestampMs: c.maxt,
    encoding: c.encoding,
    data: c.data,
  }));
}

export function addIngesterService(server: grpc.Server, ingester: IngesterBackend): void {
  server.addService(ingesterServiceDefinition, {
    Push: unary<Buffer, cortex.WriteResponse>(async (call) => {
      const tenant = tenantOfCall(call);
      const batch = decodeWriteRequest(call.request);
      const res = await ingester.push(tenant, batch);
      return cortex.WriteResponse.create({
        samplesWritten: res.samplesWritten,
        exemplarsWritten: res.exemplarsWritten,
        histogramsWritten: res.histogramsWritten ?? 0,
        softErrors: res.softErrors,
      });
    }),
    QueryStream: (
      call: grpc.ServerWritableStream<cortex.QueryRequest, cortex.QueryStreamResponse>,
    ) => {
      void (async () => {
        const tenant = tenantOfCall(call);
        const req = call.request;
        const mint = toNumber(req.startTimestampMs);
        const maxt = toNumber(req.endTimestampMs);
        const q = await ingester.queryable().querier(tenant, mint, maxt);
        try {
          const series = await q.select(
            true,
            { start: mint, end: maxt },
            matchersFromPb(req.matchers),
          );
          const chunks = series.map((s) => encodeChunks(s.iterator(), mint, maxt));
          for (let i = 0; i < series.length || i === 0; i += QUERY_STREAM_BATCH) {
            const part = [];
            for (let j = i; j < Math.min(series.length, i + QUERY_STREAM_BATCH); j++)
              part.push({
                labels: series[j].labels as { name: string; value: string }[],
                chunkCount: chunks[j].length,
              });
            call.write(
              cortex.QueryStreamResponse.create({
                streamingSeries: part,
                isEndOfSeriesStream: i + QUERY_STREAM_BATCH >= series.length,
              }),
            );
          }
          for (let i = 0; i < series.length; i += QUERY_STREAM_BATCH) {
            const part = [];
            for (let j = i; j < Math.min(series.length, i + QUERY_STREAM_BATCH); j++)
              part.push({ seriesIndex: j, chunks: chunks[j] });
            call.write(cortex.QueryStreamResponse.create({ streamingSeriesChunks: part }));
          }
          call.end();
        } finally {
          q.close();
        }
      })().catch((err) => call.emit("error", serviceError(err)));
    },
    QueryExemplars: unary<cortex.ExemplarQueryRequest, cortex.ExemplarQueryResponse>((call) => {
      const tenant = tenantOfCall(call);
      const req = call.request;
      const sets = (req.matchers ?? []).map((ms) => matchersFromPb(ms.matchers));
      const res = ingester.queryExemplars(
        tenant,
        toNumber(req.startTimestampMs),
        toNumber(req.endTimestampMs),
        sets,
      );
      return cortex.ExemplarQueryResponse.create({
        timeseries: res.map((r) => ({
          labels: r.seriesLabels as { name: string; value: string }[],
          exemplars: r.exemplars.map((e) => ({
            labels: e.labels as { name: string; value: string }[],
            value: e.value,
            timestamp: e.timestamp,
          })),
        })),
      });
    }),
    LabelValues: unary<cortex.LabelValuesRequest, cortex.LabelValuesResponse>(async (call) => {
      const tenant = tenantOfCall(call);
      const req = call.request;
      const q = await ingester
        .queryable()
        .querier(tenant, toNumber(req.startTimestampMs), toNumber(req.endTimestampMs));
      try {
        const values = await q.labelValues(
          req.labelName,
          { limit: toNumber(req.limit) },
          matchersFromPb(req.matchers?.matchers),
        );
        return cortex.LabelValuesResponse.create({ labelValues: values });
      } finally {
        q.close();
      }
    }),
    LabelNames: unary<cortex.LabelNamesRequest, cortex.LabelNamesResponse>(async (call) => {
      const tenant = tenantOfCall(call);
      const req = call.request;
      const q = await ingester
        .queryable()
        .querier(tenant, toNumber(req.startTimestampMs), toNumber(req.endTimestampMs));
      try {
        const names = await q.labelNames(
          { limit: toNumber(req.limit) },
          matchersFromPb(req.matchers?.matchers),
        );
        return cortex.LabelNamesResponse.create({ labelNames: names });
      } finally {
        q.close();
      }
    }),
    MetricsMetadata: unary<cortex.MetricsMetadataRequest, cortex.MetricsMetadataResponse>(
      (call) => {
        const tenant = tenantOfCall(call);
        const req = call.request;
        const out: cortex.MetricsMetadataResponse.$Properties["metadata"] = [];
        for (const entries of ingester
          .metricsMetadata(tenant, req.metric || undefined, req.limit, req.limitPerMetric)
          .values()) {
          for (const e of entries)
            out.push({
              type: Math.max(0, METRIC_TYPES.indexOf(e.type as MetricType)),
              metricFamilyName: e.metricFamilyName,
              help: e.help,
              unit: e.unit,
            });
        }
        return cortex.MetricsMetadataResponse.create({ metadata: out });
      },
    ),
    UserStats: unary<cortex.UserStatsRequest, cortex.UserStatsResponse>(async (call) => {
      const tenant = tenantOfCall(call);
      const s = await statsOf(ingester).userStats(tenant, countMethodOf(call.request.countMethod));
      return cortex.UserStatsResponse.create(userStatsPb(s));
    }),
    AllUserStats: unary<cortex.UserStatsRequest, cortex.UsersStatsResponse>(async () => {
      const all = await statsOf(ingester).allUserStats();
      return cortex.UsersStatsResponse.create({
        stats: all.map((u) => ({ userId: u.userId, data: userStatsPb(u.stats) })),
      });
    }),
    LabelNamesAndValues: serverStream<
      cortex.LabelNamesAndValuesRequest,
      cortex.LabelNamesAndValuesResponse
    >(async (call, send) => {
      const tenant = tenantOfCall(call);
      const items = await statsOf(ingester).labelNamesAndValues(
        tenant,
        matchersFromPb(call.request.matchers),
        countMethodOf(call.request.countMethod),
      );
      const out = new Batcher<cortex.ILabelValues>((b) =>
        send(cortex.LabelNamesAndValuesResponse.create({ items: b })),
      );
      for (const it of items) {
        // A label with many values is split over several items (the merger unions them).
        let values: string[] = [];
        let size = it.labelName.length;
        for (const v of it.values) {
          values.push(v);
          size += v.length + 2;
          if (size >= STATS_MESSAGE_BYTES) {
            out.add({ labelName: it.labelName, values }, size);
            values = [];
            size = it.labelName.length;
          }
        }
        if (values.length > 0) out.add({ labelName: it.labelName, values }, size);
      }
      out.flush();
    }),
    LabelValuesCardinality: serverStream<
      cortex.LabelValuesCardinalityRequest,
      cortex.LabelValuesCardinalityResponse
    >(async (call, send) => {
      const tenant = tenantOfCall(call);
      const items = await statsOf(ingester).labelValuesCardinality(
        tenant,
        call.request.labelNames ?? [],
        matchersFromPb(call.request.matchers),
        countMethodOf(call.request.countMethod),
      );
      const out = new Batcher<cortex.ILabelValueSeriesCount>((b) =>
        send(cortex.LabelValuesCardinalityResponse.create({ items: b })),
      );
      for (const it of items) {
        let part: Record<string, number> = {};
        let size = it.labelName.length;
        for (const [v, n] of it.labelValueSeries) {
          part[v] = n;
          size += v.length + 12;
          if (size >= STATS_MESSAGE_BYTES) {
            out.add({ labelName: it.labelName, labelValueSeries: part }, size);
            part = {};
            size = it.labelName.length;
          }
        }
        out.add({ labelName: it.labelName, labelValueSeries: part }, size);
      }
      out.flush();
    }),
    ActiveSeries: serverStream<cortex.ActiveSeriesRequest, cortex.ActiveSeriesResponse>(
      async (call, send) => {
        const tenant = tenantOfCall(call);
        const series = await statsOf(ingester).activeSeries(
          tenant,
          matchersFromPb(call.request.matchers),
        );
        const histograms = call.request.type === 1;
        const out = new Batcher<cortex.IMetric>((b) =>
          send(
            cortex.ActiveSeriesResponse.create({
              metric: b,
              // Native histogram bucket counts: mimir-ts's head keeps float samples only.
              bucketCount: histograms ? b.map(() => 0) : [],
            }),
          ),
        );
        // NATIVE_HISTOGRAM_SERIES: no float-only head series is a native histogram.
        if (histograms) return;
        for (const ls of series) {
          let size = 0;
          for (const l of ls) size += l.name.length + l.value.length + 4;
          out.add({ labels: ls as { name: string; value: string }[] }, size);
        }
        out.flush();
      },
    ),
  });
}

function statsOf(ingester: IngesterBackend): IngesterStatsSource {
  const s = ingester.stats?.();
  if (s === undefined)
    throw new StatusError(grpc.status.UNIMPLEMENTED, "this ingester does not serve statistics");
  return s;
}
