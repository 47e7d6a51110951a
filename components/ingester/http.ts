/**
 * The ingester's HTTP endpoints (Mimir pkg/ingester: FlushHandler, PrepareShutdownHandler,
 * ShutdownHandler, PrepareUnregisterHandler, PrepareInstanceRingDownscaleHandler,
 * TenantsHandler, TenantTSDBHandler):
 *
 *   GET|POST        /ingester/flush                 ?tenant= (repeated) ?wait=true; 204
 *   GET|POST|DELETE /ingester/prepare-shutdown      marker <tsdb.dir>/shutdown-requested.txt
 *   GET|POST        /ingester/shutdown              flush + stop the ingester; 204
 *   GET|PUT|DELETE  /ingester/unregister-on-shutdown {"unregister":bool}
 *   GET|POST|DELETE /ingester/prepare-instance-ring-downscale {"timestamp":<unix s or 0>}
 *   GET             /ingester/tenants               JSON {"tenants":[...]}; HTML for Accept: text/html
 *   GET             /ingester/tsdb/:tenant          the tenant's head and local blocks (JSON; HTML likewise)
 *
 * Except for flush (which ignores the request when the ingester is not running, as Mimir),
 * the admin endpoints answer 503 while the ingester is not Running. Other methods: 405.
 */
import { existsSync } from "node:fs";
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { gauge } from "../util/metrics.ts";
import { escapeHtml, htmlPage } from "../util/html.ts";
import type { IngesterBlocks } from "./blocks.ts";
import type { Ingester } from "./ingester.ts";

export const SHUTDOWN_MARKER_FILENAME = "shutdown-requested.txt";

/** Lifecycle flags Mimir keeps in the ring lifecycler (no ring here: kept in memory). */
export class IngesterLifecycleFlags {
  readonly defaultUnregister: boolean;
  unregisterOnShutdown: boolean;
  readOnly = false;
  /** Unix ms of the last read-only change, 0 when never changed. */
  readOnlyUpdated = 0;

  constructor(unregisterOnShutdown: boolean) {
    this.defaultUnregister = unregisterOnShutdown;
    this.unregisterOnShutdown = unregisterOnShutdown;
  }
}

export interface IngesterApiDeps {
  ingester: Ingester;
  blocks: IngesterBlocks;
  logger: Logger;
  registry: Registry;
  flags?: IngesterLifecycleFlags;
  /**
   * The ingester's ring lifecycler in cluster mode: the read-only state lives in the ring (so
   * distributors stop writing to it), not only in the flags.
   */
  ring?: {
    changeReadOnlyState(readOnly: boolean): Promise<void>;
    getReadOnlyState(): { readOnly: boolean; updatedTimestamp: number };
  };
  /** Stops the ingester (after the flush flag was set). Default: stop blocks, then ingester. */
  shutdown?: () => Promise<void>;
  now?: () => number;
}

function q(req: FastifyRequest): Record<string, string | string[] | undefined> {
  return (req.query ?? {}) as Record<string, string | string[] | undefined>;
}

function all(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** JSON unless a browser asks for HTML (Mimir answers HTML; existing clients read JSON). */
function wantsJSON(req: FastifyRequest): boolean {
  return q(req).format === "json" || !(req.headers.accept ?? "").includes("text/html");
}

async function writeMarker(path: string, now: number): Promise<void> {
  const fh = await open(path, "w");
  try {
    await fh.writeFile(new Date(now).toISOString());
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Registers the endpoints; returns the lifecycle flags (shared with the caller). */
export function registerIngesterApi(
  app: FastifyInstance,
  deps: IngesterApiDeps,
): IngesterLifecycleFlags {
  const { ingester, blocks, logger } = deps;
  const now = deps.now ?? Date.now;
  const flags = deps.flags ?? new IngesterLifecycleFlags(ingester.cfg.ring.unregister_on_shutdown);
  const markerPath = join(ingester.tsdbCfg.dir, SHUTDOWN_MARKER_FILENAME);
  const marker = gauge(
    deps.registry,
    "cortex_ingester_prepare_shutdown_requested",
    "If the ingester has been requested to prepare for shutdown via endpoint or marker file.",
    [],
  );
  const defaultFlush = blocks.flushOnShutdown;
  const setPrepareShutdown = () => {
    flags.unregisterOnShutdown = true;
    blocks.flushOnShutdown = true;
    marker.set(1);
  };
  const unsetPrepareShutdown = () => {
    flags.unregisterOnShutdown = flags.defaultUnregister;
    blocks.flushOnShutdown = defaultFlush;
    marker.set(0);
  };
  // A marker left by an earlier prepare-shutdown is re-applied.
  if (existsSync(markerPath)) setPrepareShutdown();
  else marker.set(0);

  const running = () => ingester.state() === "Running";
  const unavailable = (reply: FastifyReply) => reply.code(503).send();

  const flush = async (req: FastifyRequest, reply: FastifyReply) => {
    const tenants = all(q(req).tenant);
    const run = async () => {
      if (!running()) {
        logger.info("flushing TSDB blocks: ingester not running, ignoring flush request");
        return;
      }
      logger.info("flushing TSDB blocks: triggering compaction");
      try {
        await blocks.flush(tenants.length > 0 ? tenants : undefined);
        logger.info("flushing TSDB blocks: finished");
      } catch (e) {
        logger.error({ err: e }, "flushing TSDB blocks failed");
      }
    };
    if (all(q(req).wait)[0] === "true") await run();
    else void run();
    return reply.code(204).send();
  };
  app.get("/ingester/flush", flush);
  app.post("/ingester/flush", flush);

  app.route({
    method: ["GET", "POST", "DELETE", "PUT", "PATCH"],
    url: "/ingester/prepare-shutdown",
    handler: async (req, reply) => {
      if (!running()) return unavailable(reply);
      try {
        switch (req.method) {
          case "GET":
            return reply
              .type("text/plain; charset=utf-8")
              .send(existsSync(markerPath) ? "set" : "unset");
          case "POST":
            await writeMarker(markerPath, now());
            setPrepareShutdown();
            return reply.code(204).send();
          case "DELETE":
            await rm(markerPath, { force: true });
            unsetPrepareShutdown();
            return reply.code(204).send();
          default:
            return reply.code(405).send();
        }
      } catch (e) {
        logger.error({ err: e }, "unable to handle the prepare-shutdown request");
        return reply.code(500).send();
      }
    },
  });

  const shutdown =
    deps.shutdown ??
    (async () => {
      await blocks.stopAsync();
      await ingester.stopAsync();
    });
  const shutdownHandler = async (_req: FastifyRequest, reply: FastifyReply) => {
    const origFlush = blocks.flushOnShutdown;
    const origUnregister = flags.unregisterOnShutdown;
    blocks.flushOnShutdown = true;
    flags.unregisterOnShutdown = true;
    try {
      await shutdown();
    } catch (e) {
      logger.error({ err: e }, "ingester shutdown failed");
    }
    blocks.flushOnShutdown = origFlush;
    flags.unregisterOnShutdown = origUnregister;
    return reply.code(204).send();
  };
  app.get("/ingester/shutdown", shutdownHandler);
  app.post("/ingester/shutdown", shutdownHandler);

  app.route({
    method: ["GET", "PUT", "DELETE", "POST", "PATCH"],
    url: "/ingester/unregister-on-shutdown",
    handler: async (req, reply) => {
      if (req.method === "POST" || req.method === "PATCH") return reply.code(405).send();
      if (!running()) return unavailable(reply);
      if (req.method === "PUT") {
        let body: unknown = req.body;
        if (typeof body === "string" || Buffer.isBuffer(body)) {
          try {
            body = JSON.parse(body.toString());
          } catch {
            return reply.code(400).send();
          }
        }
        const u = (body as { unregister?: unknown } | null)?.unregister;
        if (typeof u !== "boolean") return reply.code(400).send();
        flags.unregisterOnShutdown = u;
      } else if (req.method === "DELETE") {
        flags.unregisterOnShutdown = flags.defaultUnregister;
      }
      return reply.send({ unregister: flags.unregisterOnShutdown });
    },
  });

  app.route({
    method: ["GET", "POST", "DELETE", "PUT", "PATCH"],
    url: "/ingester/prepare-instance-ring-downscale",
    handler: async (req, reply) => {
      if (req.method === "PUT" || req.method === "PATCH") return reply.code(405).send();
      if (!running()) return unavailable(reply);
      const ring = deps.ring;
      if (ring) {
        try {
          if (req.method === "POST") await ring.changeReadOnlyState(true);
          else if (req.method === "DELETE") await ring.changeReadOnlyState(false);
        } catch (e) {
          logger.error({ err: e }, "unable to change the read-only state in the ring");
          return reply
            .code(500)
            .type("text/plain; charset=utf-8")
            .send(`${(e as Error).message}\n`);
        }
        const st = ring.getReadOnlyState();
        flags.readOnly = st.readOnly;
        flags.readOnlyUpdated = st.updatedTimestamp * 1000;
        return reply.send({ timestamp: st.readOnly ? st.updatedTimestamp : 0 });
      }
      if (req.method === "POST" && !flags.readOnly) {
        // Repeated calls keep the first timestamp.
        flags.readOnly = true;
        flags.readOnlyUpdated = now();
      } else if (req.method === "DELETE" && flags.readOnly) {
        flags.readOnly = false;
        flags.readOnlyUpdated = now();
      }
      return reply.send({
        timestamp: flags.readOnly ? Math.floor(flags.readOnlyUpdated / 1000) : 0,
      });
    },
  });

  app.get("/ingester/tenants", async (req, reply) => {
    const tenants = blocks.tenants();
    if (wantsJSON(req)) return reply.send({ tenants });
    const rows = tenants
      .map((t) => `<tr><td><a href="tsdb/${encodeURIComponent(t)}">${escapeHtml(t)}</a></td></tr>`)
      .join("");
    const body = `<p>Current time: ${new Date(now()).toISOString()}</p><table border="1"><thead><tr><th>Tenant</th></tr></thead><tbody>${rows}</tbody></table>`;
    return reply.type("text/html; charset=utf-8").send(htmlPage("Ingester Tenants", body));
  });

  app.get("/ingester/tsdb/:tenant", async (req, reply) => {
    const tenant = (req.params as { tenant: string }).tenant;
    const list = await blocks.localBlocks(tenant);
    const head = ingester.tsdb(tenant)?.head;
    if (list.length === 0 && head === undefined) {
      return reply
        .code(404)
        .type("text/plain; charset=utf-8")
        .send(`TSDB for tenant ${tenant} not found\n`);
    }
    if (wantsJSON(req)) {
      return reply.send({
        tenant,
        head:
          head === undefined
            ? null
            : {
                numSeries: head.numSeries(),
                minTime: finite(head.minTime()),
                maxTime: finite(head.maxTime()),
              },
        blocks: list.map((b) => ({ ...b.meta, shippedAt: b.shippedAt ?? null })),
      });
    }
    const iso = (ms: number) => new Date(ms).toISOString();
    const rows = list
      .map(
        (b) =>
          `<tr><td>${b.meta.ulid}</td><td>${iso(b.meta.minTime)}</td><td>${iso(b.meta.maxTime)}</td><td>${((b.meta.maxTime - b.meta.minTime) / 60_000).toFixed(0)}m</td><td>${b.meta.stats.numSeries ?? 0}</td><td>${b.meta.stats.numSamples ?? 0}</td><td>${b.shippedAt === undefined ? "" : iso(b.shippedAt)}</td></tr>`,
      )
      .join("");
    const headInfo = head === undefined ? "" : `<p>Head: ${head.numSeries()} series</p>`;
    const body = `<p>Current time: ${iso(now())}</p>${headInfo}<table border="1"><thead><tr><th>Block ID</th><th>Min Time</th><th>Max Time</th><th>Duration</th><th>Series</th><th>Samples</th><th>Uploaded</th></tr></thead><tbody>${rows}</tbody></table>`;
    return reply
      .type("text/html; charset=utf-8")
      .send(htmlPage(`Ingester TSDB for tenant ${escapeHtml(tenant)}`, body));
  });

  return flags;
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
