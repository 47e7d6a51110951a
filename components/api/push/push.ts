/**
 * The push endpoints as a fastify plugin: POST /api/v1/push (remote write v1/v2),
 * /otlp/v1/metrics (OTLP/HTTP) and /api/v1/push/influx/write (Influx line protocol). Bodies are
 * read raw (a catch-all content-type parser inside this encapsulated plugin); decoding, limits
 * and validation happen in the distributor. Errors are `text/plain` `msg\n` with Mimir's status,
 * except OTLP which answers with a google.rpc.Status encoded like the request.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Distributor, type PushOutcome, PushError } from "../../distributor/distributor.ts";
import { decodeInflux, influxPrecision } from "../../distributor/influx/influx.ts";
import { decodeRemoteWrite, remoteWriteVersion } from "../../distributor/remotewrite/decode.ts";
import { HttpError } from "../../util/tenant.ts";

export interface PushApiDeps {
  distributor: Distributor;
  /** Resolves the request's tenant; throws HttpError (401/422) when it cannot. */
  tenantOf(req: FastifyRequest): string;
  /** -api.skip-label-name-validation-header-enabled */
  skipLabelNameValidationHeaderEnabled?: boolean;
  /** -api.skip-label-count-validation-header-enabled */
  skipLabelCountValidationHeaderEnabled?: boolean;
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function bodyOf(req: FastifyRequest): Buffer {
  const b = req.body;
  if (Buffer.isBuffer(b)) return b;
  if (b === undefined || b === null) return Buffer.alloc(0);
  if (typeof b === "string") return Buffer.from(b);
  return Buffer.alloc(0);
}

/** Status and message of any error thrown while handling a push. */
export function errorStatus(err: unknown): { status: number; message: string } {
  if (err instanceof HttpError) return { status: err.statusCode, message: err.message };
  if (err instanceof Error) return { status: 500, message: err.message };
  return { status: 500, message: String(err) };
}

function sendTextError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply
    .code(status)
    .header("content-type", "text/plain; charset=utf-8")
    .header("x-content-type-options", "nosniff")
    .send(`${message}\n`);
}

export async function registerPushApi(app: FastifyInstance, deps: PushApiDeps): Promise<void> {
  const d = deps.distributor;
  const cfg = d.cfg;
  const bodyLimit =
    Math.max(cfg.max_recv_msg_size, cfg.max_otlp_request_size, cfg.max_influx_request_size) +
    (1 << 20);

  await app.register(async (inst) => {
    inst.removeAllContentTypeParsers();
    inst.addContentTypeParser("*", { parseAs: "buffer", bodyLimit }, (_req, body, done) =>
      done(null, body),
    );
    // Body-limit and other framework errors as text, like every other push error.
    inst.setErrorHandler((err: { statusCode?: number; message?: string }, _req, reply) => {
      const status =
        typeof err.statusCode === "number" && err.statusCode >= 400 ? err.statusCode : 500;
      return sendTextError(reply, status, err.message ?? "internal error");
    });

    const skipOpts = (req: FastifyRequest) => ({
      skipLabelNameValidation:
        deps.skipLabelNameValidationHeaderEnabled === true &&
        header(req, "x-mimir-skiplabelnamevalidation") === "true",
      skipLabelCountValidation:
        deps.skipLabelCountValidationHeaderEnabled === true &&
        header(req, "x-mimir-skiplabelcountvalidation") === "true",
    });

    const failText = (req: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply => {
      const { status, message } = errorStatus(err);
      const ra = d.retryAfter(status, header(req, "retry-attempt"));
      if (ra !== undefined) reply.header("retry-after", ra);
      if (status >= 500 && !(err instanceof PushError)) req.log.error({ err }, "push failed");
      return sendTextError(reply, status, message);
    };

    inst.post("/api/v1/push", { bodyLimit }, async (req, reply) => {
      let version = 1 as 1 | 2;
      let outcome: PushOutcome | undefined;
      try {
        const tenant = deps.tenantOf(req);
        version = remoteWriteVersion(header(req, "content-type"));
        const body = bodyOf(req);
        outcome = await d.handle(
          tenant,
          body.length,
          () => {
            return decodeRemoteWrite(body, header(req, "content-type"), cfg.max_recv_msg_size)
              .decoded;
          },
          skipOpts(req),
        );
      } catch (err) {
        if (err instanceof PushError) outcome = err.outcome;
        if (version === 2) setV2Headers(reply, outcome);
        return failText(req, reply, err);
      }
      if (version === 2) setV2Headers(reply, outcome);
      return reply.code(200).header("server-timing", "artificial_delay;dur=0").send();
    });

    inst.post("/otlp/v1/metrics", { bodyLimit }, async (req, reply) => {
      // Loaded on the first OTLP request: the generated protobuf code costs a few MB of resident
      // memory that a process receiving only remote write never needs.
      const { handleOtlp } = await import("../../distributor/otlp/handler.ts");
      return handleOtlp(req, reply, d, () => deps.tenantOf(req), skipOpts(req));
    });

    inst.post("/api/v1/push/influx/write", { bodyLimit }, async (req, reply) => {
      if (!cfg.influx_endpoint_enabled)
        return sendTextError(
          reply,
          404,
          "the Influx endpoint is disabled; enable it with -distributor.influx-endpoint-enabled",
        );
      try {
        const tenant = deps.tenantOf(req);
        const body = bodyOf(req);
        const q = req.query as Record<string, string | undefined>;
        await d.handle(
          tenant,
          body.length,
          () =>
            decodeInflux(body, {
              encoding: header(req, "content-encoding"),
              precision: influxPrecision(q.precision),
              maxSize: cfg.max_influx_request_size,
            }),
          skipOpts(req),
        );
      } catch (err) {
        return failText(req, reply, err);
      }
      return reply.code(204).send();
    });
  });
}

/** GET /distributor/ha_tracker: the elected replica of every tenant's HA clusters, as an HTML table. */
export function registerHATrackerPage(
  app: FastifyInstance,
  distributor: Distributor,
  now: () => number = Date.now,
): void {
  app.get("/distributor/ha_tracker", async (_req, reply) =>
    reply.type("text/html; charset=utf-8").send(distributor.haTracker.pageHtml(now())),
  );
}

function setV2Headers(reply: FastifyReply, o: PushOutcome | undefined): void {
  reply.header("x-prometheus-remote-write-samples-written", String(o?.samplesWritten ?? 0));
  reply.header("x-prometheus-remote-write-histograms-written", String(o?.histogramsWritten ?? 0));
  reply.header("x-prometheus-remote-write-exemplars-written", String(o?.exemplarsWritten ?? 0));
}
