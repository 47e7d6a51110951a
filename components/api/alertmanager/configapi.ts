/**
 * Mimir's Alertmanager configuration API (pkg/alertmanager/api.go):
 *
 *   GET    /api/v1/alerts   the tenant's config as YAML {template_files, alertmanager_config}; 404
 *   POST   /api/v1/alerts   sets it (YAML body) -> 201; 400 with Mimir's messages when invalid
 *   DELETE /api/v1/alerts   deletes it -> 200 (also when there was none)
 *   POST   /multitenant_alertmanager/delete_tenant_config   same as DELETE
 *   GET    /multitenant_alertmanager/configs   every tenant's config as one YAML map
 *   GET    /multitenant_alertmanager/status    HTML status page
 */
import * as yaml from "js-yaml";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { loadConfig } from "../../alertmanager/amconfig.ts";
import type { MultitenantAlertmanager } from "../../alertmanager/multitenant.ts";
import type { AlertConfigDesc } from "../../alertmanager/store.ts";
import { validateTemplates } from "../../alertmanager/templates.ts";
import { escapeHtml, htmlPage } from "../../util/html.ts";
import type { Limits } from "../../util/limits/limits.ts";
import { HttpError } from "../../util/tenant.ts";

export interface ConfigApiDeps {
  am: MultitenantAlertmanager;
  tenantOf(req: FastifyRequest): string;
  limits(tenant: string): Limits;
  /** -alertmanager.enable-api: the user-facing /api/v1/alerts routes. */
  enableApi: boolean;
}

function textError(reply: FastifyReply, status: number, msg: string): FastifyReply {
  return reply.code(status).type("text/plain; charset=utf-8").send(`${msg}\n`);
}

function tenantOr401(
  deps: ConfigApiDeps,
  req: FastifyRequest,
  reply: FastifyReply,
): string | undefined {
  try {
    return deps.tenantOf(req);
  } catch (e) {
    textError(reply, 401, `unable to determine the OrgID: ${(e as Error).message}`);
    return undefined;
  }
}

/** validateUserConfig: the checks Mimir makes before storing a tenant's config. */
export function validateUserConfig(desc: AlertConfigDesc, limits: Limits): void {
  if (desc.raw_config === "")
    throw new Error(
      "configuration provided is empty, if you'd like to remove your configuration please use the delete configuration endpoint",
    );
  const cfg = loadConfig(desc.raw_config);
  for (const name of cfg.templates) validateTemplateFilename(name);
  const maxCount = limits.alertmanager_max_templates_count;
  if (maxCount > 0 && desc.templates.length > maxCount)
    throw new Error(
      `too many templates in the configuration: ${desc.templates.length} (limit: ${maxCount})`,
    );
  const maxSize = limits.alertmanager_max_template_size_bytes;
  if (maxSize > 0)
    for (const t of desc.templates) {
      const size = Buffer.byteLength(t.body);
      if (size > maxSize)
        throw new Error(
          `template ${t.filename} is too big: ${size} bytes (limit: ${maxSize} bytes)`,
        );
    }
  for (const t of desc.templates) validateTemplateFilename(t.filename);
  validateTemplates(desc.templates, cfg.templates);
}

function validateTemplateFilename(name: string): void {
  const parts = name.split("/");
  if (parts.includes("..") || name.startsWith("/"))
    throw new Error(
      `invalid template name ${JSON.stringify(name)}: the template filepath is escaping the per-tenant local directory`,
    );
  if (parts.filter((p) => p !== "" && p !== ".").length !== 1)
    throw new Error(
      `invalid template name ${JSON.stringify(name)}: the template name cannot contain any path`,
    );
}

function userConfigYaml(desc: AlertConfigDesc): string {
  const files: Record<string, string> = {};
  for (const t of desc.templates) files[t.filename] = t.body;
  return yaml.dump(
    { template_files: files, alertmanager_config: desc.raw_config },
    { lineWidth: -1 },
  );
}

export async function registerAlertmanagerConfigApi(
  app: FastifyInstance,
  deps: ConfigApiDeps,
): Promise<void> {
  const am = deps.am;
  const del = async (req: FastifyRequest, reply: FastifyReply) => {
    const tenant = tenantOr401(deps, req, reply);
    if (tenant === undefined) return reply;
    try {
      await am.store.deleteConfig(tenant);
      await am.store.deleteFullState(tenant);
      await am.removeTenant(tenant);
    } catch (e) {
      return textError(
        reply,
        500,
        `unable to delete the Alertmanager config: ${(e as Error).message}`,
      );
    }
    return reply.code(200).send();
  };

  await app.register(async (inst) => {
    inst.removeAllContentTypeParsers();
    inst.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: 64 << 20 }, (_r, body, done) =>
      done(null, body),
    );
    if (deps.enableApi) {
      inst.get("/api/v1/alerts", async (req, reply) => {
        const tenant = tenantOr401(deps, req, reply);
        if (tenant === undefined) return reply;
        let desc: AlertConfigDesc | undefined;
        try {
          desc = await am.store.getConfig(tenant);
        } catch (e) {
          return textError(reply, 500, (e as Error).message);
        }
        if (!desc) return textError(reply, 404, "alertmanager storage object not found");
        return reply.code(200).type("application/yaml").send(userConfigYaml(desc));
      });
      inst.post("/api/v1/alerts", async (req, reply) => {
        const tenant = tenantOr401(deps, req, reply);
        if (tenant === undefined) return reply;
        const limits = deps.limits(tenant);
        const body = (req.body as Buffer | undefined) ?? Buffer.alloc(0);
        const maxSize = limits.alertmanager_max_config_size_bytes;
        if (maxSize > 0 && body.length > maxSize)
          return textError(
            reply,
            400,
            `Alertmanager configuration is too big, limit: ${maxSize} bytes`,
          );
        let parsed: Record<string, unknown>;
        try {
          const v = yaml.load(body.toString("utf8")) ?? {};
          if (typeof v !== "object" || Array.isArray(v))
            throw new Error("the payload is not a YAML map");
          parsed = v as Record<string, unknown>;
          for (const k of Object.keys(parsed))
            if (k !== "template_files" && k !== "alertmanager_config")
              throw new Error(`field ${k} not found in type alertmanager.UserConfig`);
        } catch (e) {
          return textError(
            reply,
            400,
            `error marshalling YAML Alertmanager config: ${(e as Error).message}`,
          );
        }
        const files = (parsed.template_files ?? {}) as Record<string, unknown>;
        const desc: AlertConfigDesc = {
          user: tenant,
          raw_config:
            typeof parsed.alertmanager_config === "string" ? parsed.alertmanager_config : "",
          templates: Object.entries(files).map(([filename, b]) => ({
            filename,
            body: String(b ?? ""),
          })),
        };
        try {
          validateUserConfig(desc, limits);
        } catch (e) {
          return textError(
            reply,
            400,
            `error validating Alertmanager config: ${(e as Error).message}`,
          );
        }
        try {
          await am.store.setConfig(desc);
        } catch (e) {
          return textError(
            reply,
            500,
            `unable to store the Alertmanager config: ${(e as Error).message}`,
          );
        }
        // Apply at once in this replica (others pick it up at their next poll).
        if (am.state() === "Running") await am.setTenantConfig(desc).catch(() => undefined);
        return reply.code(201).send();
      });
      inst.delete("/api/v1/alerts", del);
    }
    inst.post("/multitenant_alertmanager/delete_tenant_config", del);
    // State replication between the replicas of a tenant (internal).
    inst.post<{ Params: { tenant: string } }>(
      "/multitenant_alertmanager/replicate/:tenant",
      async (req, reply) => {
        try {
          am.mergePeerState(req.params.tenant, JSON.parse((req.body as Buffer).toString("utf8")));
        } catch (e) {
          return textError(reply, 400, (e as Error).message);
        }
        return reply.code(200).send();
      },
    );
    inst.get<{ Params: { tenant: string } }>(
      "/multitenant_alertmanager/replicate/:tenant",
      async (req, reply) => {
        const t = am.list().get(req.params.tenant);
        if (!t) return textError(reply, 404, "the Alertmanager is not configured");
        return reply.type("application/json").send(JSON.stringify(t.state()));
      },
    );
  });

  app.get("/multitenant_alertmanager/configs", async (_req, reply) => {
    const out: Record<string, unknown> = {};
    try {
      for (const u of await am.store.listUsers()) {
        const desc = await am.store.getConfig(u);
        if (!desc) continue;
        const files: Record<string, string> = {};
        for (const t of desc.templates) files[t.filename] = t.body;
        out[u] = { template_files: files, alertmanager_config: desc.raw_config };
      }
    } catch (e) {
      return textError(
        reply,
        500,
        `unable to list the Alertmanager users: ${(e as Error).message}`,
      );
    }
    return reply.type("application/yaml").send(yaml.dump(out, { lineWidth: -1 }));
  });

  app.get("/multitenant_alertmanager/status", async (_req, reply) => {
    const rows = [...am.list().entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(
        ([u, t]) =>
          `<tr><td>${escapeHtml(u)}</td><td>${t.provider.size}</td><td>${t.silences.list().length}</td></tr>`,
      )
      .join("");
    return reply
      .type("text/html; charset=utf-8")
      .send(
        htmlPage(
          "Alertmanager status",
          `<p>Service: ${escapeHtml(am.state())}</p><table><tr><th>Tenant</th><th>Alerts</th><th>Silences</th></tr>${rows}</table>`,
        ),
      );
  });
}

export { HttpError };
