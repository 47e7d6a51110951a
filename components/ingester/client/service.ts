/**
 * The ingester's gRPC service definition (Mimir's cortex.Ingester, the methods mimir-ts serves).
 * Push carries raw bytes both ways through the hand-written body codec (writerequest.ts); the
 * other methods use the generated message classes.
 */
import type * as grpc from "@grpc/grpc-js";
import { type MessageCodec, methodDefinition, rawBytes } from "../../grpcclient/service.ts";
import { cortex } from "../../proto/generated/protos.js";

const method = <Req, Res>(
  name: string,
  req: MessageCodec<Req>,
  res: MessageCodec<Res>,
  responseStream = false,
) => methodDefinition("cortex.Ingester", name, req, res, responseStream);

export const ingesterServiceDefinition = {
  Push: method<Buffer, cortex.WriteResponse>("Push", rawBytes, cortex.WriteResponse),
  QueryStream: method<cortex.QueryRequest, cortex.QueryStreamResponse>(
    "QueryStream",
    cortex.QueryRequest,
    cortex.QueryStreamResponse,
    true,
  ),
  QueryExemplars: method<cortex.ExemplarQueryRequest, cortex.ExemplarQueryResponse>(
    "QueryExemplars",
    cortex.ExemplarQueryRequest,
    cortex.ExemplarQueryResponse,
  ),
  LabelValues: method<cortex.LabelValuesRequest, cortex.LabelValuesResponse>(
    "LabelValues",
    cortex.LabelValuesRequest,
    cortex.LabelValuesResponse,
  ),
  LabelNames: method<cortex.LabelNamesRequest, cortex.LabelNamesResponse>(
    "LabelNames",
    cortex.LabelNamesRequest,
    cortex.LabelNamesResponse,
  ),
  MetricsMetadata: method<cortex.MetricsMetadataRequest, cortex.MetricsMetadataResponse>(
    "MetricsMetadata",
    cortex.MetricsMetadataRequest,
    cortex.MetricsMetadataResponse,
  ),
  UserStats: method<cortex.UserStatsRequest, cortex.UserStatsResponse>(
    "UserStats",
    cortex.UserStatsRequest,
    cortex.UserStatsResponse,
  ),
  AllUserStats: method<cortex.UserStatsRequest, cortex.UsersStatsResponse>(
    "AllUserStats",
    cortex.UserStatsRequest,
    cortex.UsersStatsResponse,
  ),
  LabelNamesAndValues: method<
    cortex.LabelNamesAndValuesRequest,
    cortex.LabelNamesAndValuesResponse
  >(
    "LabelNamesAndValues",
    cortex.LabelNamesAndValuesRequest,
    cortex.LabelNamesAndValuesResponse,
    true,
  ),
  LabelValuesCardinality: method<
    cortex.LabelValuesCardinalityRequest,
    cortex.LabelValuesCardinalityResponse
  >(
    "LabelValuesCardinality",
    cortex.LabelValuesCardinalityRequest,
    cortex.LabelValuesCardinalityResponse,
    true,
  ),
  ActiveSeries: method<cortex.ActiveSeriesRequest, cortex.ActiveSeriesResponse>(
    "ActiveSeries",
    cortex.ActiveSeriesRequest,
    cortex.ActiveSeriesResponse,
    true,
  ),
} satisfies grpc.ServiceDefinition;

/** Target size of one message of the streamed statistics methods, bytes (Mimir's 1 MiB). */
export const STATS_MESSAGE_BYTES = 1 << 20;

/** Series per QueryStream message. */
export const QUERY_STREAM_BATCH = 128;
/** Samples per chunk the ingester sends (Prometheus's target chunk size). */
export const SAMPLES_PER_CHUNK = 120;
