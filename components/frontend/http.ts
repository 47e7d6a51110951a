/**
 * The query-frontend's HTTP routes under the Prometheus prefix: /api/v1/query and
 * /api/v1/query_range go through the middleware chain; every other path under the prefix
 * (labels, series, metadata, exemplars, remote read, ...) passes through to a querier as it is.
 * A request the frontend cannot decode also passes through, so errors are the querier's.
 */
import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { QueryFrontend } from "./frontend.ts";
import {
  decodeQueryRequest,
  forwardedHeaders,
  formPairs,
  type HttpRequest,
  type HttpResponse,
} from "./request.ts";
import { DownstreamError } from "./response.ts";

export interface FrontendHttpDeps {
  prefix: string;
  frontend: QueryFrontend;
  tenantOf(req: FastifyRequest): string;
  now?: () => number;
  /**
   * frontend.max_body_size: the largest request body accepted, bytes; larger bodies are answered
   * 413 "http: request body too large" (Mimir's text). Default: the server's limit.
   */
  maxBodySize?: number;
}

/** Mimir's answer to a body over frontend.max_body_size (HTTP 413). */
export const REQUEST_BODY_TOO_LARGE = "http: request body too large";

function sendResponse(reply: FastifyReply, res: HttpResponse): FastifyReply {
  reply.code(res.status);
  const ct = res.headers["content-type"];
  if (ct) reply.header("content-type", ct);
  const enc = res.headers["content-encoding"];
  if (enc) reply.header("content-encoding", enc);
  return reply.send(res.body);
}

/** The request as it arrived, for a querier: form bodies re-encoded, others as bytes. */
function passThroughRequest(req: FastifyRequest): HttpRequest {
  const headers = forwardedHeaders(req.headers);
  let body: Buffer = Buffer.alloc(0);
  const b = req.body;
  if (Buffer.isBuffer(b)) {
    body = b;
    if (req.headers["content-type"]) headers["content-type"] = req.headers["content-type"];
    if (typeof req.headers["content-encoding"] === "string")
      headers["content-encoding"] = req.headers["content-encoding"];
  } else if (b !== null && typeof b === "object") {
    body = Buffer.from(new URLSearchParams(formPairs(b, undefined)).toString());
    headers["content-type"] = "application/x-www-form-urlencoded";
  } else if (typeof b === "string") {
    body = Buffer.from(b);
    if (req.headers["content-type"]) headers["content-type"] = req.headers["content-type"];
  }
  return { method: req.method, url: req.url, headers, body };
}

function abortOnClose(reply: FastifyReply): { signal: AbortSignal; done(): void } {
  const ac = new AbortController();
  const onClose = () => {
    if (!reply.raw.writableFinished) ac.abort();
  };
  reply.raw.once("close", onClose);
  return { signal: ac.signal, done: () => reply.raw.off("close", onClose) };
}

export function registerFrontendApi(app: FastifyInstance, deps: FrontendHttpDeps): void {
  const now = deps.now ?? Date.now;
  app.register(
    async (api) => {
      if (!api.hasContentTypeParser("application/x-www-form-urlencoded"))
        await api.register(formbody);
      // Other bodies (remote read protobuf, ...) are passed on as bytes.
      api.addContentTypeParser("*", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
      api.setErrorHandler((err: { code?: string; statusCode?: number }, _req, reply) => {
        if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE")
          return reply
            .code(413)
            .header("content-type", "text/plain; charset=utf-8")
            .send(REQUEST_BODY_TOO_LARGE);
        return reply.send(err);
      });
      // fastify needs a positive limit: a limit below 1 byte acts as 1.
      const bodyLimit =
        deps.maxBodySize === undefined ? undefined : Math.max(1, Math.floor(deps.maxBodySize));

      const tenant = (req: FastifyRequest, reply: FastifyReply): string | undefined => {
        try {
          return deps.tenantOf(req);
        } catch (e) {
          const he = e as { statusCode?: number; message?: string };
          void reply
            .code(he.statusCode ?? 401)
            .header("content-type", "text/plain; charset=utf-8")
            .send(he.message ?? String(e));
          return undefined;
        }
      };

      const passThrough = async (req: FastifyRequest, reply: FastifyReply, t: string) => {
        const ctx = abortOnClose(reply);
        try {
          return sendResponse(
            reply,
            await deps.frontend.passThrough(t, passThroughRequest(req), ctx.signal),
          );
        } catch (e) {
          return sendError(reply, e);
        } finally {
          ctx.done();
        }
      };

      const queryRoute =
        (kind: "range" | "instant") => async (req: FastifyRequest, reply: FastifyReply) => {
          const t = tenant(req, reply);
          if (t === undefined) return reply;
          const path = req.url.split("?")[0];
          const decoded = decodeQueryRequest(
            kind,
            path,
            formPairs(req.body, req.query),
            forwardedHeaders(req.headers),
            now(),
          );
          if (decoded === undefined) return passThrough(req, reply, t);
          const ctx = abortOnClose(reply);
          try {
            const body = await deps.frontend.query(t, decoded, ctx.signal);
            return reply.code(200).header("content-type", "application/json").send(body);
          } catch (e) {
            return sendError(reply, e);
          } finally {
            ctx.done();
          }
        };

      for (const method of ["GET", "POST"] as const) {
        api.route({
          method,
          url: "/api/v1/query",
          bodyLimit,
          handler: queryRoute("instant"),
        });
        api.route({
          method,
          url: "/api/v1/query_range",
          bodyLimit,
          handler: queryRoute("range"),
        });
      }
      api.route({
        method: ["GET", "POST", "DELETE", "PUT"],
        url: "/*",
        bodyLimit,
        handler: async (req, reply) => {
          const t = tenant(req, reply);
          if (t === undefined) return reply;
          return passThrough(req, reply, t);
        },
      });
    },
    { prefix: deps.prefix },
  );
}

function sendError(reply: FastifyReply, e: unknown): FastifyReply {
  if (e instanceof DownstreamError) {
    return reply.code(e.status).header("content-type", e.contentType).send(e.body);
  }
  const status = (e as { status?: number })?.status;
  const msg = e instanceof Error ? e.message : String(e);
  if (status === 429)
    return reply.code(429).header("content-type", "text/plain; charset=utf-8").send(msg);
  return reply
    .code(500)
    .header("content-type", "application/json")
    .send(JSON.stringify({ status: "error", errorType: "internal", error: msg }));
}
