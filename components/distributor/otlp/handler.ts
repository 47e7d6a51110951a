/**
 * OTLP/HTTP metrics (POST /otlp/v1/metrics, M:pkg/distributor/otel.go): protobuf or JSON bodies,
 * gzip/lz4/no compression, size limit, translation to series, and responses encoded like the
 * request: ExportMetricsServiceResponse (with partial_success when data points were rejected)
 * or a google.rpc.Status for errors.
 */
import { gunzipSync, zstdDecompressSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { google, opentelemetry } from "../../proto/generated/protos.js";
import { HttpError } from "../../util/tenant.ts";
import { type Distributor, type PushOptions, PushError } from "../distributor.ts";
import { withInstanceLimit } from "../errors.ts";
import { Lz4Error, lz4FrameDecompress } from "./lz4.ts";
import { type ExportRequestLike, type TranslateResult, translateOtlp } from "./translate.ts";

const ExportRequest = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
const ExportResponse = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
const RpcStatus = google.rpc.Status;

export const JSON_TYPE = "application/json";
export const PROTOBUF_TYPE = "application/x-protobuf";

export type OtlpFormat = "json" | "protobuf";

/** Mimir's 413 text; `actual` undefined when only the decompressed stream was cut at the limit. */
export function otlpTooLarge(actual: number | undefined, limit: number): string {
  const size = actual !== undefined ? ` of ${actual} bytes (uncompressed)` : "";
  return withInstanceLimit(
    `the incoming OTLP request has been rejected because its message size${size} is larger than the allowed limit of ${limit} bytes`,
    "distributor-max-otlp-request-size",
    "distributor.max-otlp-request-size",
  );
}

/**
 * The request format from Content-Type, or a 415. As Mimir, the header must be exactly one of
 * the two types (no parameters).
 */
export function otlpFormat(contentType: string | undefined): OtlpFormat {
  if (contentType === JSON_TYPE) return "json";
  if (contentType === PROTOBUF_TYPE) return "protobuf";
  throw new HttpError(
    415,
    `unsupported content type: ${contentType ?? ""}, supported: [${JSON_TYPE}, ${PROTOBUF_TYPE}]`,
  );
}

const SUPPORTED_ENCODINGS = new Set(["", "gzip", "lz4", "zstd"]);

/** 415 unless Content-Encoding is gzip, lz4, zstd or absent (checked before the content type, as Mimir does). */
export function checkOtlpEncoding(encoding: string | undefined): void {
  if (!SUPPORTED_ENCODINGS.has(encoding ?? "")) {
    throw new HttpError(
      415,
      `unsupported compression: ${encoding}. Only "gzip", "lz4", "zstd", or no compression supported`,
    );
  }
}

/** Decompresses the body per Content-Encoding with the size limit (413) or answers 415. */
export function otlpDecompress(
  body: Buffer,
  encoding: string | undefined,
  maxSize: number,
): Buffer {
  const enc = encoding ?? "";
  checkOtlpEncoding(enc);
  if (body.length > maxSize) throw new HttpError(413, otlpTooLarge(body.length, maxSize));
  if (enc === "") return body;
  if (enc === "gzip" || enc === "zstd") {
    try {
      return enc === "gzip"
        ? gunzipSync(body, { maxOutputLength: maxSize })
        : zstdDecompressSync(body, { maxOutputLength: maxSize });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
        throw new HttpError(413, otlpTooLarge(undefined, maxSize));
      throw new HttpError(400, `failed to decompress ${enc} body: ${e.message}`);
    }
  }
  if (enc === "lz4") {
    try {
      return lz4FrameDecompress(body, maxSize);
    } catch (err) {
      if (err instanceof Lz4Error && err.message.startsWith("decompressed size exceeds"))
        throw new HttpError(413, otlpTooLarge(undefined, maxSize));
      throw new HttpError(400, `failed to decompress lz4 body: ${(err as Error).message}`);
    }
  }
  throw new HttpError(
    415,
    `unsupported compression: ${encoding}. Only "gzip", "lz4", "zstd", or no compression supported`,
  );
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Normalises OTLP JSON for protobufjs's fromObject: snake_case field names (which receivers
 * should accept too) become lowerCamelCase, and hex traceId/spanId become base64.
 */
function normalizeOtlpJson(v: unknown, depth = 0): void {
  if (depth > 64 || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) normalizeOtlpJson(x, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  for (const k0 of Object.keys(o)) {
    let k = k0;
    if (k0.includes("_")) {
      k = camel(k0);
      if (k !== k0) {
        if (!(k in o)) o[k] = o[k0];
        delete o[k0];
      }
    }
    const x = o[k];
    if ((k === "traceId" || k === "spanId") && typeof x === "string") {
      if (!/^([0-9a-fA-F]{2})*$/.test(x))
        throw new HttpError(400, `invalid ${k} ${JSON.stringify(x)}: must be hex-encoded`);
      o[k] = Buffer.from(x, "hex").toString("base64");
    } else normalizeOtlpJson(x, depth + 1);
  }
}

/** Decodes an uncompressed OTLP export request. Errors are HttpError 400. */
export function decodeOtlp(raw: Buffer, format: OtlpFormat): ExportRequestLike {
  if (format === "protobuf") {
    try {
      return ExportRequest.decode(raw) as unknown as ExportRequestLike;
    } catch (err) {
      throw new HttpError(400, `failed to parse OTLP protobuf request: ${(err as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch (err) {
    throw new HttpError(400, `failed to parse OTLP JSON request: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw new HttpError(400, "failed to parse OTLP JSON request: object expected");
  normalizeOtlpJson(parsed);
  try {
    return ExportRequest.fromObject(
      parsed as Record<string, unknown>,
    ) as unknown as ExportRequestLike;
  } catch (err) {
    throw new HttpError(400, `failed to parse OTLP JSON request: ${(err as Error).message}`);
  }
}

function grpcCode(status: number): number {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 3; // InvalidArgument
  if (status === 401) return 16; // Unauthenticated
  if (status === 429 || status === 529) return 8; // ResourceExhausted
  if (status === 503) return 14; // Unavailable
  if (status === 202) return 0;
  return 2; // Unknown
}

function send(
  reply: FastifyReply,
  format: OtlpFormat,
  status: number,
  body: Uint8Array | string,
): FastifyReply {
  return reply
    .code(status)
    .header("content-type", format === "json" ? JSON_TYPE : PROTOBUF_TYPE)
    .send(
      typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    );
}

export function encodeStatus(
  format: OtlpFormat,
  code: number,
  message: string,
): Uint8Array | string {
  if (format === "json") return JSON.stringify({ code, message });
  return RpcStatus.encode({ code, message }).finish();
}

export function encodeExportResponse(
  format: OtlpFormat,
  rejected: number,
  message: string,
): Uint8Array | string {
  const partial =
    rejected > 0 || message !== ""
      ? { rejectedDataPoints: rejected, errorMessage: message }
      : undefined;
  if (format === "json")
    return JSON.stringify(
      partial
        ? { partialSuccess: { rejectedDataPoints: String(rejected), errorMessage: message } }
        : {},
    );
  return ExportResponse.encode(partial ? { partialSuccess: partial } : {}).finish();
}

/** Handles one OTLP request end to end. */
export async function handleOtlp(
  req: FastifyRequest,
  reply: FastifyReply,
  d: Distributor,
  tenantOf: () => string,
  opts: PushOptions,
): Promise<FastifyReply> {
  const ctHeader = req.headers["content-type"];
  const ct = Array.isArray(ctHeader) ? ctHeader[0] : ctHeader;
  // Responses mirror the request's type when it is one of the two; protobuf otherwise.
  const format: OtlpFormat = ct === JSON_TYPE ? "json" : "protobuf";
  reply.header("x-content-type-options", "nosniff");
  let translated: TranslateResult | undefined;
  let tenant: string;
  try {
    // Authentication runs before the OTLP handler in Mimir, and answers in plain text.
    tenant = tenantOf();
  } catch (err) {
    const status = err instanceof HttpError ? err.statusCode : 500;
    return reply
      .code(status)
      .header("content-type", "text/plain; charset=utf-8")
      .send(`${err instanceof Error ? err.message : String(err)}\n`);
  }
  try {
    const encHeader = req.headers["content-encoding"];
    const enc = Array.isArray(encHeader) ? encHeader[0] : encHeader;
    checkOtlpEncoding(enc);
    otlpFormat(ct);
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    await d.handle(
      tenant,
      body.length,
      () => {
        const raw = otlpDecompress(body, enc, d.cfg.max_otlp_request_size);
        const parsed = decodeOtlp(raw, format);
        const limits = d.limitsOf(tenant);
        translated = translateOtlp(parsed, {
          addSuffixes: otelSuffixes(
            limits.otel_translation_strategy,
            limits.otel_metric_suffixes_enabled,
          ),
          promoteResourceAttributes: limits.promote_otel_resource_attributes,
          convertHistogramsToNHCB: limits.otel_convert_histograms_to_nhcb,
        });
        if (translated.parseErrors.length > 0)
          d.discardOtlpParseErrors(tenant, translated.parseErrors.length);
        // Nothing converted and something dropped: the conversion error is the answer.
        if (translated.decoded.batch.series.length === 0 && translated.parseErrors.length > 0)
          throw new HttpError(400, otlpParseError(translated.parseErrors));
        return translated.decoded;
      },
      opts,
    );
    // Pushed, but the conversion left points out: a 400 so the client learns about it (as Mimir).
    if (translated && translated.parseErrors.length > 0)
      throw new HttpError(400, otlpParseError(translated.parseErrors));
    reply.header("server-timing", "artificial_delay;dur=0");
    return send(
      reply,
      format,
      200,
      encodeExportResponse(format, translated?.dropped ?? 0, translated?.dropMessage ?? ""),
    );
  } catch (err) {
    const dropped = translated?.dropped ?? 0;
    if (err instanceof PushError && err.statusCode === 400 && err.outcome) {
      // Soft errors (validation, ingester rejections): the rest was ingested → partial success.
      const msgs = [err.message, translated?.dropMessage ?? ""].filter((m) => m !== "").join("; ");
      return send(
        reply,
        format,
        200,
        encodeExportResponse(format, err.outcome.rejected + dropped, msgs),
      );
    }
    let status = err instanceof HttpError ? err.statusCode : 500;
    const message = err instanceof Error ? err.message : String(err);
    // OTLP clients retry only 429, 502, 503 and 504: other server errors become 503.
    if (status >= 500 && status !== 502 && status !== 503 && status !== 504) status = 503;
    if (status >= 500 || status === 429) {
      const ra = d.retryAfter(
        status,
        typeof req.headers["retry-attempt"] === "string" ? req.headers["retry-attempt"] : undefined,
      );
      if (ra !== undefined) reply.header("retry-after", ra);
    }
    if (status >= 500 && !(err instanceof PushError)) req.log.error({ err }, "OTLP push failed");
    return send(reply, format, status, encodeStatus(format, grpcCode(status), message));
  }
}

/** Mimir's message for points the OTLP conversion dropped. */
export function otlpParseError(errors: readonly string[]): string {
  let m = errors.join("; ");
  if (m.length > 1024) m = m.slice(0, 1024);
  return `otlp parse error: ${m}`;
}

/** Whether metric-name suffixes apply, from otel_translation_strategy or otel_metric_suffixes_enabled. */
export function otelSuffixes(strategy: string, suffixesEnabled: boolean): boolean {
  if (strategy === "UnderscoreEscapingWithSuffixes" || strategy === "NoUTF8EscapingWithSuffixes")
    return true;
  if (strategy === "UnderscoreEscapingWithoutSuffixes" || strategy === "NoTranslation")
    return false;
  return suffixesEnabled;
}
