/**
 * The admin surface every process serves: `/` (an index page), `/ready`, `/metrics`, `/config`,
 * `/runtime_config`, `/services`, `/api/v1/status/{buildinfo,config,flags}` and
 * `/api/v1/user_limits`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import * as yaml from "js-yaml";
import type { Registry } from "prom-client";
import { formatDuration } from "../util/config/duration.ts";
import { configToObject, configToYaml, type PrintMode } from "../util/config/print.ts";
import { type Block, walkFields } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import type { RuntimeConfigManager } from "../util/runtimeconfig/manager.ts";
import type { Service } from "../util/services/service.ts";
import { HttpError } from "../util/tenant.ts";
import { BUILD_INFO } from "../util/version.ts";

/** What /services says of a module that runs idle because it does nothing yet. */
const NOT_IMPLEMENTED = "not implemented yet";
import { escapeHtml, htmlPage } from "../util/html.ts";

export interface AdminDeps {
  registry: Registry;
  rootBlock: Block;
  config: Record<string, any>;
  runtimeConfig: RuntimeConfigManager;
  overrides: Overrides;
  /** notImplemented marks a module that runs idle because it is not implemented yet. */
  services: () => { module: string; service: Service; notImplemented?: boolean }[];
  /** undefined when ready, else the reasons (one per line). */
  readiness: () => string | undefined;
  tenantOf: (req: FastifyRequest) => string;
  /** Links shown on the index page, grouped by component. */
  links: () => { section: string; links: { href: string; title: string }[] }[];
}

export function sendError(reply: FastifyReply, e: unknown): FastifyReply {
  if (e instanceof HttpError)
    return reply.code(e.statusCode).type("text/plain; charset=utf-8").send(`${e.message}\n`);
  return reply
    .code(500)
    .type("text/plain; charset=utf-8")
    .send(`${(e as Error).message}\n`);
}

function printMode(req: FastifyRequest): PrintMode {
  const mode = (req.query as Record<string, string>).mode;
  return mode === "diff" ? "diff" : mode === "defaults" ? "defaults" : "values";
}

function limitsToJson(limits: Record<string, any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  walkFields(limitsBlock, (path, field) => {
    let v: any = limits;
    for (const p of path.split(".")) v = v?.[p];
    if (field.kind === "duration" && typeof v === "number") v = formatDuration(v);
    out[path] = v;
  });
  return out;
}

export function registerAdminApi(app: FastifyInstance, deps: AdminDeps): void {
  app.get("/", async (_req, reply) => {
    const sections = deps
      .links()
      .map(
        (s) =>
          `<h2>${escapeHtml(s.section)}</h2><ul>${s.links
            .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a></li>`)
            .join("")}</ul>`,
      )
      .join("\n");
    reply
      .type("text/html; charset=utf-8")
      .send(htmlPage("mimir-ts", `<p>Version ${escapeHtml(BUILD_INFO.version)}.</p>${sections}`));
  });

  app.get("/ready", async (_req, reply) => {
    const reason = deps.readiness();
    if (reason === undefined) return reply.type("text/plain; charset=utf-8").send("ready");
    return reply.code(503).type("text/plain; charset=utf-8").send(reason);
  });

  app.get("/metrics", async (_req, reply) => {
    const body = await deps.registry.metrics();
    reply.type(deps.registry.contentType).send(body);
  });

  app.get("/config", async (req, reply) => {
    reply
      .type("text/plain; charset=utf-8")
      .send(
        configToYaml(deps.rootBlock, deps.config, printMode(req), { markNotImplemented: true }),
      );
  });

  app.get("/api/v1/status/config", async (_req, reply) => {
    reply.send({
      status: "success",
      data: { yaml: configToYaml(deps.rootBlock, deps.config, "values") },
    });
  });

  app.get("/api/v1/status/flags", async (_req, reply) => {
    const data: Record<string, string> = {};
    walkFields(deps.rootBlock, (path, field) => {
      if (!field.flag) return;
      let v: any = deps.config;
      for (const p of path.split(".")) v = v?.[p];
      if (field.secret && v) v = "********";
      else if (field.kind === "duration") v = formatDuration(v);
      else if (Array.isArray(v)) v = v.join(",");
      data[field.flag] = String(v);
    });
    reply.send({ status: "success", data });
  });

  app.get("/runtime_config", async (req, reply) => {
    const mode = printMode(req);
    const values = deps.runtimeConfig.values();
    const raw = { ...values.raw } as Record<string, any>;
    const overrides: Record<string, unknown> = {};
    for (const [tenant, limits] of values.overrides) {
      const obj = configToObject(limitsBlock, limits, mode === "diff" ? "diff" : "values");
      overrides[tenant] = obj ?? {};
    }
    if (values.overrides.size > 0 || raw.overrides !== undefined) raw.overrides = overrides;
    if (mode === "diff") {
      for (const k of Object.keys(raw)) if (k !== "overrides") delete raw[k];
    }
    reply.type("text/plain; charset=utf-8").send(yaml.dump(raw, { lineWidth: -1, noRefs: true }));
  });

  app.get("/services", async (req, reply) => {
    const rows = deps.services().map(({ module, service, notImplemented }) => ({
      module,
      state: service.state(),
      failure: service.failureCase()?.message,
      ...(notImplemented ? { note: NOT_IMPLEMENTED } : {}),
    }));
    const accept = req.headers.accept ?? "";
    if (accept.includes("application/json")) return reply.send(rows);
    if (accept.includes("text/plain")) {
      const text = rows
        .map(
          (r) =>
            `${r.module}: ${r.state}${r.note ? ` (${r.note})` : ""}${r.failure ? ` ${r.failure}` : ""}`,
        )
        .join("\n");
      return reply.type("text/plain; charset=utf-8").send(`${text}\n`);
    }
    const table = `<table><thead><tr><th>Module</th><th>State</th><th>Failure</th><th>Note</th></tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr><td>${escapeHtml(r.module)}</td><td class="state-${r.state.toLowerCase()}">${r.state}</td><td>${escapeHtml(r.failure ?? "")}</td><td>${escapeHtml(r.note ?? "")}</td></tr>`,
      )
      .join("")}</tbody></table>`;
    reply.type("text/html; charset=utf-8").send(htmlPage("Services", table));
  });

  app.get("/api/v1/status/buildinfo", async (_req, reply) => {
    reply.send({
      status: "success",
      data: {
        application: "Grafana Mimir",
        implementation: "mimir-ts",
        version: BUILD_INFO.version,
        revision: BUILD_INFO.revision,
        branch: BUILD_INFO.branch,
        goVersion: BUILD_INFO.runtimeVersion,
        // What Grafana checks before it uses Mimir's ruler and Alertmanager APIs: neither is
        // served by mimir-ts yet, so Grafana must not try them.
        features: {
          ruler_config_api: "false",
          alertmanager_config_api: "false",
          query_sharding: "false",
          federated_rules: "false",
        },
      },
    });
  });

  app.get("/api/v1/user_limits", async (req, reply) => {
    try {
      const tenant = deps.tenantOf(req);
      reply.send(limitsToJson(deps.overrides.get(tenant) as Record<string, any>));
    } catch (e) {
      return sendError(reply, e);
    }
  });
}
