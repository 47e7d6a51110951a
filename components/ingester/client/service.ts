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
} satisfies grpc.ServiceDefinition;

/** Series per QueryStream message. */
export const QUERY_STREAM_BATCH = 128;
/** Samples per chunk the ingester sends (Prometheus's target chunk size). */
export const SAMPLES_PER_CHUNK = 120;
