/**
 * gRPC method definitions of the read path's queue services (components/proto/frontend.proto,
 * scheduler.proto): FrontendForQuerier (Process stream, QueryResult), SchedulerForFrontend
 * (FrontendLoop stream) and SchedulerForQuerier (QuerierLoop stream, NotifyQuerierShutdown),
 * and the conversions of HTTP requests and responses to their messages.
 */
import type * as grpc from "@grpc/grpc-js";
import { type MessageCodec, methodDefinition } from "../grpcclient/service.ts";
import { mimirts } from "../proto/generated/protos.js";
import type { HttpRequest, HttpResponse } from "./request.ts";

const fe = mimirts.frontend;
const sc = mimirts.scheduler;

/** A bidirectional-streaming method of `service`. */
function bidiDefinition<Req, Res>(
  service: string,
  name: string,
  req: MessageCodec<Req>,
  res: MessageCodec<Res>,
): grpc.MethodDefinition<Req, Res> {
  return { ...methodDefinition(service, name, req, res, true), requestStream: true };
}

export type PbFrontendToQuerier = mimirts.frontend.IFrontendToQuerier;
export type PbQuerierToFrontend = mimirts.frontend.IQuerierToFrontend;
export type PbFrontendToScheduler = mimirts.scheduler.IFrontendToScheduler;
export type PbSchedulerToFrontend = mimirts.scheduler.ISchedulerToFrontend;
export type PbQuerierToScheduler = mimirts.scheduler.IQuerierToScheduler;
export type PbSchedulerToQuerier = mimirts.scheduler.ISchedulerToQuerier;

const codec = <T>(c: {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
}): MessageCodec<T> => ({ encode: (m) => c.encode(m), decode: (b) => c.decode(b) as T });

export const FRONTEND_FOR_QUERIER = {
  process: bidiDefinition<PbQuerierToFrontend, PbFrontendToQuerier>(
    "mimirts.frontend.FrontendForQuerier",
    "Process",
    codec(fe.QuerierToFrontend),
    codec(fe.FrontendToQuerier),
  ),
  queryResult: methodDefinition<
    mimirts.frontend.IQueryResultRequest,
    mimirts.frontend.IQueryResultResponse
  >(
    "mimirts.frontend.FrontendForQuerier",
    "QueryResult",
    codec(fe.QueryResultRequest),
    codec(fe.QueryResultResponse),
  ),
};

export const SCHEDULER_FOR_FRONTEND = {
  frontendLoop: bidiDefinition<PbFrontendToScheduler, PbSchedulerToFrontend>(
    "mimirts.scheduler.SchedulerForFrontend",
    "FrontendLoop",
    codec(sc.FrontendToScheduler),
    codec(sc.SchedulerToFrontend),
  ),
};

export const SCHEDULER_FOR_QUERIER = {
  querierLoop: bidiDefinition<PbQuerierToScheduler, PbSchedulerToQuerier>(
    "mimirts.scheduler.SchedulerForQuerier",
    "QuerierLoop",
    codec(sc.QuerierToScheduler),
    codec(sc.SchedulerToQuerier),
  ),
  notifyQuerierShutdown: methodDefinition<
    mimirts.scheduler.INotifyQuerierShutdownRequest,
    mimirts.scheduler.INotifyQuerierShutdownResponse
  >(
    "mimirts.scheduler.SchedulerForQuerier",
    "NotifyQuerierShutdown",
    codec(sc.NotifyQuerierShutdownRequest),
    codec(sc.NotifyQuerierShutdownResponse),
  ),
};

/** FrontendToScheduler.type values. */
export const FRONTEND_INIT = 0;
export const FRONTEND_ENQUEUE = 1;
export const FRONTEND_CANCEL = 2;
/** SchedulerToFrontend.status values. */
export const SCHEDULER_OK = 0;
export const SCHEDULER_TOO_MANY_REQUESTS = 1;
export const SCHEDULER_ERROR = 2;
export const SCHEDULER_SHUTTING_DOWN = 3;

export function requestToPb(r: HttpRequest): mimirts.frontend.IHttpRequest {
  return {
    method: r.method,
    url: r.url,
    headers: Object.entries(r.headers).map(([name, v]) => ({ name, values: [v] })),
    body: r.body,
  };
}

export function requestFromPb(r: mimirts.frontend.IHttpRequest | null | undefined): HttpRequest {
  const headers: Record<string, string> = {};
  for (const h of r?.headers ?? []) if (h.name && h.values?.length) headers[h.name] = h.values[0];
  return {
    method: r?.method || "GET",
    url: r?.url ?? "/",
    headers,
    body: r?.body ? Buffer.from(r.body) : Buffer.alloc(0),
  };
}

export function responseToPb(r: HttpResponse): mimirts.frontend.IHttpResponse {
  return {
    code: r.status,
    headers: Object.entries(r.headers).map(([name, v]) => ({ name, values: [v] })),
    body: r.body,
  };
}

export function responseFromPb(r: mimirts.frontend.IHttpResponse | null | undefined): HttpResponse {
  const headers: Record<string, string> = {};
  for (const h of r?.headers ?? []) if (h.name && h.values?.length) headers[h.name] = h.values[0];
  return {
    status: r?.code ?? 500,
    headers,
    body: r?.body ? Buffer.from(r.body) : Buffer.alloc(0),
  };
}

/** Numbers for uint64/int64 fields (protobufjs gives number or Long). */
export function num(v: number | { toNumber(): number } | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : v.toNumber();
}
