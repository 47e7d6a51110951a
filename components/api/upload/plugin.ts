/**
 * The block upload API (compactor, needs `compactor_block_upload_enabled` for the tenant):
 *
 *   POST /api/v1/upload/block/{ulid}/start            body: meta.json
 *   POST /api/v1/upload/block/{ulid}/files?path=...   body: the file (index or chunks/NNNNNN)
 *   POST /api/v1/upload/block/{ulid}/finish
 *   GET  /api/v1/upload/block/{ulid}/check            {"result":"complete|uploading|validating|failed","error"?}
 *
 * Bodies are not parsed: files are streamed into the bucket.
 */
import type { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { BlockUploader } from "../../compactor/block_upload.ts";
import { readAll } from "../../storage/bucket/bucket.ts";
import { HttpError } from "../../util/tenant.ts";

export interface BlockUploadApiDeps {
  uploader: BlockUploader;
  /** The tenant of a request; throws HttpError for auth failures. */
  tenantOf(req: FastifyRequest): string;
  /** Largest file accepted, bytes (default 1 GiB... the segment limit is 512 MiB). */
  bodyLimit?: number;
}

function sendError(reply: FastifyReply, e: unknown): FastifyReply {
  const status =
    e instanceof HttpError ? e.statusCode : ((e as { statusCode?: number }).statusCode ?? 500);
  const msg =
    e instanceof HttpError
      ? e.message
      : status === 500
        ? `internal server error: ${(e as Error).message}`
        : (e as Error).message;
  return reply.code(status).type("text/plain; charset=utf-8").send(`${msg}\n`);
}

export function registerBlockUploadApi(app: FastifyInstance, deps: BlockUploadApiDeps): void {
  app.register(async (api) => {
    // Raw streams for every content type within this plugin.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser("*", (_req, payload, done) => done(null, payload));
    const bodyLimit = deps.bodyLimit ?? 1024 * 1024 * 1024;
    type Req = FastifyRequest<{ Params: { block: string }; Querystring: { path?: string } }>;
    const route =
      (fn: (req: Req, tenant: string) => Promise<unknown>) =>
      async (req: Req, reply: FastifyReply) => {
        try {
          const tenant = deps.tenantOf(req);
          const out = await fn(req, tenant);
          if (out === undefined) return reply.code(200).send();
          return reply.code(200).type("application/json").send(JSON.stringify(out));
        } catch (e) {
          return sendError(reply, e);
        }
      };
    const bodyOf = async (req: FastifyRequest): Promise<Buffer> => {
      const b = req.body as Readable | Buffer | undefined;
      if (b === undefined || b === null) return Buffer.alloc(0);
      if (Buffer.isBuffer(b)) return b;
      return readAll(b);
    };
    const lengthOf = (req: FastifyRequest): number | undefined => {
      const h = req.headers["content-length"];
      if (h === undefined) return req.body === undefined ? 0 : undefined;
      const n = Number(h);
      return Number.isFinite(n) ? n : undefined;
    };

    api.post(
      "/api/v1/upload/block/:block/start",
      { bodyLimit: 2 * 1024 * 1024 },
      route(async (req, tenant) => {
        await deps.uploader.start(tenant, req.params.block, await bodyOf(req));
      }),
    );
    api.post(
      "/api/v1/upload/block/:block/files",
      { bodyLimit },
      route(async (req, tenant) => {
        const len = lengthOf(req);
        const body = (req.body as Readable | undefined) ?? Buffer.alloc(0);
        await deps.uploader.uploadFile(tenant, req.params.block, req.query.path, body, len);
      }),
    );
    api.post(
      "/api/v1/upload/block/:block/finish",
      route(async (req, tenant) => {
        await deps.uploader.finish(tenant, req.params.block);
      }),
    );
    api.get(
      "/api/v1/upload/block/:block/check",
      route(async (req, tenant) => deps.uploader.check(tenant, req.params.block)),
    );
  });
}
