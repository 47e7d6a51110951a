/**
 * Compactor HTTP endpoints:
 *
 *   POST /compactor/delete_tenant            (tenant from X-Scope-OrgID) writes the tenant deletion mark
 *   GET  /compactor/delete_tenant_status     {"tenant_id":..., "blocks_deleted": bool}
 *   GET  /compactor/tenants                  HTML list of tenants
 *   GET  /compactor/tenant/{tenant}/planned_jobs   HTML table of the jobs the compactor would run
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Compactor } from "../../compactor/compactor.ts";
import { jobMaxTime, jobMinTime } from "../../compactor/planner.ts";
import { HttpError } from "../../util/tenant.ts";
import { escapeHtml, htmlPage } from "../../util/html.ts";

export interface CompactorApiDeps {
  compactor: Compactor;
  tenantOf(req: FastifyRequest): string;
}

function sendError(reply: FastifyReply, e: unknown): FastifyReply {
  const status = e instanceof HttpError ? e.statusCode : 500;
  return reply
    .code(status)
    .type("text/plain; charset=utf-8")
    .send(`${(e as Error).message}\n`);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function registerCompactorApi(app: FastifyInstance, deps: CompactorApiDeps): void {
  const c = deps.compactor;
  app.post("/compactor/delete_tenant", async (req, reply) => {
    try {
      await c.deleteTenant(deps.tenantOf(req));
      return reply.code(200).send();
    } catch (e) {
      return sendError(reply, e);
    }
  });
  app.get("/compactor/delete_tenant_status", async (req, reply) => {
    try {
      const st = await c.tenantDeletionStatus(deps.tenantOf(req));
      return reply.code(200).type("application/json").send(JSON.stringify(st));
    } catch (e) {
      return sendError(reply, e);
    }
  });
  app.get("/compactor/tenants", async (_req, reply) => {
    try {
      const tenants = await c.tenants();
      const rows = tenants
        .map(
          (t) =>
            `<tr><td>${escapeHtml(t)}</td><td><a href="tenant/${encodeURIComponent(t)}/planned_jobs">planned jobs</a></td></tr>`,
        )
        .join("");
      return reply
        .type("text/html; charset=utf-8")
        .send(
          htmlPage("Compactor: tenants", `<table><tr><th>Tenant</th><th></th></tr>${rows}</table>`),
        );
    } catch (e) {
      return sendError(reply, e);
    }
  });
  app.get<{ Params: { tenant: string } }>(
    "/compactor/tenant/:tenant/planned_jobs",
    async (req, reply) => {
      try {
        const jobs = await c.plannedJobs(req.params.tenant);
        const rows = jobs
          .map(
            (j, i) =>
              `<tr><td>${i + 1}</td><td>${escapeHtml(j.key)}</td><td>${j.stage}</td><td>${escapeHtml(j.shardID)}</td><td>${iso(jobMinTime(j))}</td><td>${iso(jobMaxTime(j))}</td><td>${j.blocks.map((b) => escapeHtml(b.ulid)).join("<br>")}</td></tr>`,
          )
          .join("");
        const body = `<p>Tenant: ${escapeHtml(req.params.tenant)}</p><table><tr><th>#</th><th>Job key</th><th>Stage</th><th>Shard</th><th>Min time</th><th>Max time</th><th>Blocks</th></tr>${rows}</table>`;
        return reply
          .type("text/html; charset=utf-8")
          .send(htmlPage("Compactor: planned jobs", body));
      } catch (e) {
        return sendError(reply, e);
      }
    },
  );
}
