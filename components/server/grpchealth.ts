/**
 * The standard gRPC health service (grpc.health.v1.Health/Check). The two messages are one
 * field each, so they are encoded by hand:
 *   HealthCheckRequest  { string service = 1; }
 *   HealthCheckResponse { ServingStatus status = 1; }  UNKNOWN=0 SERVING=1 NOT_SERVING=2 SERVICE_UNKNOWN=3
 */
import type * as grpc from "@grpc/grpc-js";

export const SERVING = 1;
export const NOT_SERVING = 2;

export function decodeHealthRequest(buf: Buffer): { service: string } {
  let i = 0;
  let service = "";
  while (i < buf.length) {
    const tag = buf[i++];
    const wire = tag & 7;
    let len = 0;
    let shift = 0;
    if (wire === 2) {
      for (;;) {
        if (i >= buf.length) throw new Error("truncated HealthCheckRequest");
        const b = buf[i++];
        len |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        shift += 7;
      }
      if (i + len > buf.length) throw new Error("truncated HealthCheckRequest");
      if (tag >> 3 === 1) service = buf.toString("utf8", i, i + len);
      i += len;
    } else if (wire === 0) {
      while (i < buf.length && buf[i++] >= 0x80);
    } else {
      throw new Error("unexpected wire type in HealthCheckRequest");
    }
  }
  return { service };
}

export function encodeHealthResponse(status: number): Buffer {
  return status === 0 ? Buffer.alloc(0) : Buffer.from([0x08, status]);
}

export const healthServiceDefinition: grpc.ServiceDefinition = {
  Check: {
    path: "/grpc.health.v1.Health/Check",
    requestStream: false,
    responseStream: false,
    requestSerialize: (v: { service: string }) => {
      const s = Buffer.from(v.service ?? "");
      return s.length === 0 ? Buffer.alloc(0) : Buffer.concat([Buffer.from([0x0a, s.length]), s]);
    },
    requestDeserialize: decodeHealthRequest,
    responseSerialize: (v: { status: number }) => encodeHealthResponse(v.status),
    responseDeserialize: (b: Buffer) => ({ status: b.length >= 2 ? b[1] : 0 }),
  },
};

/** Registers the health service; `isServing()` decides the answer for every service name. */
export function addHealthService(server: grpc.Server, isServing: () => boolean): void {
  server.addService(healthServiceDefinition, {
    Check: (
      _call: grpc.ServerUnaryCall<{ service: string }, { status: number }>,
      cb: grpc.sendUnaryData<{ status: number }>,
    ) => {
      cb(null, { status: isServing() ? SERVING : NOT_SERVING });
    },
  });
}
