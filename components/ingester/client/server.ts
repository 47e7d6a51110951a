/**
 * Serves an ingester over gRPC: Push decodes the body and hands it to the ingester (soft errors
 * travel back in the response, whole-request failures as gRPC statuses the client maps back to
 * IngesterUnavailableError), QueryStream streams the series labels first and then their samples
 * as XOR chunks, label and metadata calls answer from the ingester's head.
 */
import * as grpc from "@grpc/grpc-js";
import { matchersFromPb, toNumber } from "../../proto/convert.ts";
import { cortex } from "../../proto/generated/protos.js";
import { tenantOfCall, toServiceError } from "../../grpcclient/service.ts";
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
  });
}
