/**
 * The ingester's gRPC service definition (Mimir's cortex.Ingester, the methods mimir-ts serves).
 * Push carries raw bytes both ways through the hand-written body codec (writerequest.ts); the
 * other methods use the generated message classes.
 */
import type * as grpc from "@grpc/grpc-js";
import { cortex } from "../../proto/generated/protos.js";

type Codec<T> = { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T };

function method<Req, Res>(
  name: string,
  req: Codec<Req>,
  res: Codec<Res>,
  responseStream = false,
): grpc.MethodDefinition<Req, Res> {
  return {
    path: `/cortex.Ingester/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

const rawBytes: Codec<Buffer> = {
  encode: (b) => ({ finish: () => b }),
  decode: (b) => b as Buffer,
};

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

/** gRPC metadata key of the tenant, as Mimir's clients send it. */
export const TENANT_METADATA = "x-scope-orgid";
/** Series per QueryStream message. */
export const QUERY_STREAM_BATCH = 128;
/** Samples per chunk the ingester sends (Prometheus's target chunk size). */
export const SAMPLES_PER_CHUNK = 120;
