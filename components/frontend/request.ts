/**
 * The query-frontend's requests: what reaches a querier (an HTTP request, carried in-process or
 * over gRPC by a worker) and the decoded /query and /query_range requests the middlewares work
 * on. Times are Unix milliseconds.
 */
import { parseDurationValue, parseTime, parseTimeParam } from "../api/prometheus/params.ts";
import type { Expr } from "../promql/ast.ts";
import { formatExpr, parseExpr } from "../promql/parser.ts";

/** An HTTP request as it is sent to a querier. */
export interface HttpRequest {
  method: string;
  /** Path and query string, e.g. "/prometheus/api/v1/labels?match[]=up". */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends a request to a querier: in-process, through the frontend's queue, or a scheduler. */
export interface Downstream {
  roundTrip(tenant: string, req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse>;
}

/** A decoded /query or /query_range request. */
export interface QueryRequest {
  kind: "range" | "instant";
  /** The URL path it came on (sub-requests go to the same path). */
  path: string;
  /** The query as written; `expr` is its parse. */
  query: string;
  expr: Expr;
  /** Range: [start, end] with step; instant: start = end = time, step 0. */
  start: number;
  end: number;
  step: number;
  /** Other form parameters (timeout, lookback_delta, stats, ...), passed on unchanged. */
  extra: [string, string][];
  /** Headers to pass on (tenant, user agent, ...). */
  headers: Record<string, string>;
}

/** Request headers a querier needs; the others (content length, encodings) are not forwarded. */
const FORWARDED_HEADERS = ["x-scope-orgid", "user-agent", "accept", "x-request-id", "traceparent"];

export function forwardedHeaders(
  h: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const v = h[name];
    if (typeof v === "string") out[name] = v;
    else if (Array.isArray(v) && v.length > 0) out[name] = v[0];
  }
  return out;
}

/** The form of a request: body values first, then the URL query (Go's r.Form order). */
export function formPairs(body: unknown, query: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const src of [body, query]) {
    if (src === null || typeof src !== "object") continue;
    for (const [k, v] of Object.entries(src as Record<string, unknown>)) {
      if (typeof v === "string") out.push([k, v]);
      else if (Array.isArray(v)) for (const x of v) if (typeof x === "string") out.push([k, x]);
    }
  }
  return out;
}

const OWN_PARAMS = new Set(["query", "start", "end", "step", "time"]);

/**
 * Decodes a /query (instant) or /query_range request, or returns undefined when any parameter
 * is invalid: such a request goes to the querier as it is, which answers with Prometheus's error.
 */
export function decodeQueryRequest(
  kind: "range" | "instant",
  path: string,
  form: [string, string][],
  headers: Record<string, string>,
  now: number,
): QueryRequest | undefined {
  const get = (name: string): string => form.find((p) => p[0] === name)?.[1] ?? "";
  const query = get("query");
  let expr: Expr;
  try {
    expr = parseExpr(query);
  } catch {
    return undefined;
  }
  const extra = form.filter((p) => !OWN_PARAMS.has(p[0]));
  try {
    if (kind === "instant") {
      const t = parseTimeParam(get("time"), "time", now);
      return { kind, path, query, expr, start: t, end: t, step: 0, extra, headers };
    }
    const start = parseTime(get("start"));
    const end = parseTime(get("end"));
    const step = parseDurationValue(get("step"));
    if (end < start || step <= 0 || Math.trunc((end - start) / step) > 11000) return undefined;
    return { kind, path, query, expr, start, end, step, extra, headers };
  } catch {
    return undefined;
  }
}

/** Unix ms as the seconds string the API accepts (exact for whole ms). */
export function secondsString(ms: number): string {
  const s = Math.trunc(ms / 1000);
  const frac = Math.abs(ms % 1000);
  if (frac === 0) return String(s);
  const sign = ms < 0 && s === 0 ? "-" : "";
  return `${sign}${s}.${String(frac).padStart(3, "0")}`;
}

/** The querier request of a (possibly rewritten) query request: a form POST to the same path. */
export function encodeQueryRequest(r: QueryRequest): HttpRequest {
  const form = new URLSearchParams();
  form.set("query", r.query);
  if (r.kind === "instant") {
    form.set("time", secondsString(r.start));
  } else {
    form.set("start", secondsString(r.start));
    form.set("end", secondsString(r.end));
    form.set("step", secondsString(r.step));
  }
  for (const [k, v] of r.extra) form.append(k, v);
  return {
    method: "POST",
    url: r.path,
    headers: { ...r.headers, "content-type": "application/x-www-form-urlencoded" },
    body: Buffer.from(form.toString()),
  };
}

/** A copy of the request for another time range and/or query text. */
export function withRange(r: QueryRequest, start: number, end: number): QueryRequest {
  return { ...r, start, end };
}

export function withQuery(r: QueryRequest, expr: Expr): QueryRequest {
  return { ...r, expr, query: formatExpr(expr) };
}
