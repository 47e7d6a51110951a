/**
 * What the internal gRPC services share on both ends: method definitions over protobufjs
 * message classes (or raw bytes), the tenant in the `x-scope-orgid` metadata as Mimir's clients
 * send it, and errors mapped to gRPC statuses.
 */
import * as grpc from "@grpc/grpc-js";
import { MatcherError } from "../model/matcher.ts";
import { DecodeError } from "../proto/protoreader.ts";

/** A generated message class (or any codec of the same shape). */
export type MessageCodec<T> = {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
};

/** Passes a pre-encoded body through unchanged. */
export const rawBytes: MessageCodec<Buffer> = {
  encode: (b) => ({ finish: () => b }),
  decode: (b) => b as Buffer,
};

/** An encoded message as a Buffer without copying it (gRPC copies it into its frame). */
function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/** A unary or server-streaming method of `service` (e.g. "cortex.Ingester"). */
export function methodDefinition<Req, Res>(
  service: string,
  name: string,
  req: MessageCodec<Req>,
  res: MessageCodec<Res>,
  responseStream = false,
): grpc.MethodDefinition<Req, Res> {
  return {
    path: `/${service}/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (m: Req) => asBuffer(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => asBuffer(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

/** gRPC metadata key of the tenant, as Mimir's clients send it. */
export const TENANT_METADATA = "x-scope-orgid";

export function tenantMetadata(tenant: string): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set(TENANT_METADATA, tenant);
  return md;
}

/** An error that carries the gRPC status to answer with. */
export class StatusError extends Error {
  readonly code: grpc.status;
  constructor(code: grpc.status, message: string) {
    super(message);
    this.code = code;
  }
}

/** The tenant of a call; UNAUTHENTICATED "no org id" when missing. */
export function tenantOfCall(call: { metadata: grpc.Metadata }): string {
  const v = call.metadata.get(TENANT_METADATA)[0];
  if (v === undefined || v === "") throw new StatusError(grpc.status.UNAUTHENTICATED, "no org id");
  return String(v);
}

/**
 * The status a server answers an error with: a StatusError's own code, INVALID_ARGUMENT for
 * malformed requests (bad protobuf, a regex RE2 rejects), else what `codeOf` says, else INTERNAL.
 */
export function toServiceError(
  err: unknown,
  codeOf: (err: unknown) => grpc.status | undefined = () => undefined,
): grpc.ServiceError {
  const e = err as Error;
  let code: grpc.status;
  if (err instanceof StatusError) code = err.code;
  else if (err instanceof DecodeError || err instanceof MatcherError)
    code = grpc.status.INVALID_ARGUMENT;
  else code = codeOf(err) ?? grpc.status.INTERNAL;
  const message = e?.message ?? String(err);
  return Object.assign(new Error(message), {
    code,
    details: message,
    metadata: new grpc.Metadata(),
  });
}
