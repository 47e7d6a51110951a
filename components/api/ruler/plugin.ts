/**
 * The ruler's HTTP APIs (Mimir's pkg/ruler/api.go), under the Prometheus prefix:
 *
 *   GET    <prom>/config/v1/rules[/{namespace}[/{group}]]   rule groups as YAML (mimirtool, Grafana)
 *   POST   <prom>/config/v1/rules/{namespace}               one rule group as YAML -> 202
 *   DELETE <prom>/config/v1/rules/{namespace}[/{group}]     -> 202
 *   GET    <prom>/api/v1/rules                              rule states (type, rule_name[], rule_group[], file[])
 *   GET    <prom>/api/v1/alerts                             active alerts
 *   POST   /ruler/delete_tenant_config                      deletes every rule group of the tenant
 *   GET    /ruler/rule_groups                               the groups this ruler evaluates (YAML)
 *
 * The config API needs -ruler.enable-api. Errors of the config API are plain text with a
 * trailing newline (Go's http.Error); the Prometheus-style APIs answer JSON.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  dumpYaml,
  groupToYamlObject,
  parseRuleGroupYaml,
  RuleGroupDecodeError,
  type RuleGroupDesc,
} from "../../ruler/rulegroup.ts";
import type { AlertStateData, GroupStateData } from "../../ruler/state.ts";
import { GroupNotFoundError, NamespaceNotFoundError, type RuleStore } from "../../ruler/store.ts";
import { type TemplateCheck, validateRuleGroup } from "../../ruler/validate.ts";
import type { Overrides } from "../../util/limits/overrides.ts";
import { HttpError } from "../../util/tenant.ts";
import { jsonString } from "../prometheus/format.ts";

export interface RulerApiDeps {
  prefix: string;
  store: RuleStore;
  overrides: Overrides;
  tenantOf(req: FastifyRequest): string;
  /** -ruler.enable-api */
  enableConfigApi: boolean;
  federationEnabled: boolean;
  checkTemplate?: TemplateCheck;
  /** The running groups of a tenant, on every ruler (for /api/v1/rules and /api/v1/alerts). */
  groups(tenant: string): Promise<GroupStateData[]> | GroupStateData[];
  /** The groups this ruler runs, by tenant (for /ruler/rule_groups). */
  localGroups?: () => Map<string, RuleGroupDesc[]>;
  /** Called after the tenant's rules changed. */
  onChange(tenant: string): void;
}

function textError(reply: FastifyReply, status: number, msg: string): FastifyReply {
  return reply.code(status).type("text/plain; charset=utf-8").send(`${msg}\n`);
}

function jsonError(reply: FastifyReply, status: number, type: string, msg: string): FastifyReply {
  return reply
    .code(status)
    .type("application/json")
    .send(`{"status":"error","data":null,"errorType":"${type}","error":${jsonString(msg)}}`);
}

function tenantOrError(
  deps: RulerApiDeps,
  req: FastifyRequest,
  reply: FastifyReply,
): string | undefined {
  try {
    return deps.tenantOf(req);
  } catch (e) {
    const status = e instanceof HttpError ? e.statusCode : 401;
    textError(reply, status, (e as Error).message);
    return undefined;
  }
}

/** Go's time.Time JSON (RFC 3339 with nanoseconds, trailing zeros trimmed), UTC. */
export function goTime(ms: number): string {
  if (ms === 0) return "0001-01-01T00:00:00Z";
  const iso = new Date(Math.floor(ms)).toISOString();
  // Nanoseconds within the second, to the microsecond (ms as a double carries no more).
  const frac = Math.min(Math.round((ms - Math.floor(ms / 1000) * 1000) * 1e3), 999_999) * 1e3;
  const base = iso.slice(0, 19);
  if (frac === 0) return `${base}Z`;
  return `${base}.${String(frac).padStart(9, "0").replace(/0+$/, "")}Z`;
}

/** strconv.FormatFloat(v, 'e', -1, 64). */
export function formatFloatE(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  const s = v.toExponential();
  const i = s.indexOf("e");
  const exp = s.slice(i + 2);
  return `${s.slice(0, i)}e${s[i + 1]}${exp.length < 2 ? `0${exp}` : exp}`;
}

function labelsObjectJson(ls: readonly { name: string; value: string }[]): string {
  const sorted = [...ls].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `{${sorted.map((l) => `${jsonString(l.name)}:${jsonString(l.value)}`).join(",")}}`;
}

function alertJson(a: AlertStateData): string {
  let s = `{"labels":${labelsObjectJson(a.labels)},"annotations":${labelsObjectJson(a.annotations)},"state":"${a.state}","activeAt":"${goTime(a.activeAt)}"`;
  if (a.keepFiringSince !== 0) s += `,"keepFiringSince":"${goTime(a.keepFiringSince)}"`;
  return `${s},"value":"${formatFloatE(a.value)}"}`;
}

function queryList(q: Record<string, unknown>, name: string): string[] {
  const out: string[] = [];
  for (const k of [name, `${name}[]`]) {
    const v = q[k];
    if (v === undefined) continue;
    if (Array.isArray(v)) out.push(...v.map(String));
    else out.push(String(v));
  }
  return out;
}

function rulesJson(groups: GroupStateData[], q: Record<string, unknown>): string {
  const type = String(q.type ?? "").toLowerCase();
  const names = new Set(queryList(q, "rule_name"));
  const groupNames = new Set(queryList(q, "rule_group"));
  const files = new Set(queryList(q, "file"));
  const ruleFilter = type !== "" || names.size > 0;
  const out: string[] = [];
  for (const g of groups) {
    if (files.size > 0 && !files.has(g.file)) continue;
    if (groupNames.size > 0 && !groupNames.has(g.name)) continue;
    const rules: string[] = [];
    for (const r of g.rules) {
      const alerting = r.type === "alerting";
      if (type === "alert" && !alerting) continue;
      if (type === "record" && alerting) continue;
      if (names.size > 0 && !names.has(r.name)) continue;
      const common = `"health":"${r.health}","lastError":${jsonString(r.lastError)}`;
      const evals = `"lastEvaluation":"${goTime(r.lastEvaluation)}","evaluationTime":${r.evaluationTime}`;
      if (alerting) {
        rules.push(
          `{"state":"${r.state}","name":${jsonString(r.name)},"query":${jsonString(r.query)},"duration":${r.duration},"keepFiringFor":${r.keepFiringFor},"labels":${labelsObjectJson(r.labels)},"annotations":${labelsObjectJson(r.annotations)},"alerts":[${r.alerts.map(alertJson).join(",")}],${common},"type":"alerting",${evals}}`,
        );
      } else {
        rules.push(
          `{"name":${jsonString(r.name)},"query":${jsonString(r.query)},"labels":${labelsObjectJson(r.labels)},${common},"type":"recording",${evals}}`,
        );
      }
    }
    if (ruleFilter && rules.length === 0) continue;
    const st = g.sourceTenants;
    out.push(
      `{"name":${jsonString(g.name)},"file":${jsonString(g.file)},"rules":[${rules.join(",")}],"interval":${g.interval},"lastEvaluation":"${goTime(g.lastEvaluation)}","evaluationTime":${g.evaluationTime},"sourceTenants":${st.length > 0 ? `[${st.map(jsonString).join(",")}]` : "null"}}`,
    );
  }
  return `{"status":"success","data":{"groups":[${out.join(",")}]},"errorType":"","error":""}`;
}

const ACCEPTED = '{"status":"success","data":null,"errorType":"","error":""}';

export async function registerRulerApi(app: FastifyInstance, deps: RulerApiDeps): Promise<void> {
  const p = deps.prefix;
  await app.register(async (inst) => {
    inst.removeAllContentTypeParsers();
    inst.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, body));

    inst.get(`${p}/api/v1/rules`, async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      const q = req.query as Record<string, unknown>;
      const type = String(q.type ?? "").toLowerCase();
      if (type !== "" && type !== "alert" && type !== "record")
        return jsonError(reply, 400, "bad_data", `not supported value ${JSON.stringify(type)}`);
      let groups: GroupStateData[];
      try {
        groups = await deps.groups(tenant);
      } catch (e) {
        return jsonError(reply, 500, "server_error", (e as Error).message);
      }
      return reply.type("application/json").send(rulesJson(groups, q));
    });

    inst.get(`${p}/api/v1/alerts`, async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      const alerts: string[] = [];
      for (const g of await deps.groups(tenant))
        for (const r of g.rules) for (const a of r.alerts) alerts.push(alertJson(a));
      return reply
        .type("application/json")
        .send(
          `{"status":"success","data":{"alerts":[${alerts.join(",")}]},"errorType":"","error":""}`,
        );
    });

    inst.post("/ruler/delete_tenant_config", async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      try {
        for (const k of await deps.store.listRuleGroups(tenant, ""))
          await deps.store.deleteRuleGroup(tenant, k.namespace, k.name).catch((e) => {
            if (!(e instanceof GroupNotFoundError)) throw e;
          });
      } catch (e) {
        return textError(reply, 500, (e as Error).message);
      }
      deps.onChange(tenant);
      return reply.code(200).send();
    });

    // The rule groups this ruler evaluates: tenant -> namespace -> groups, as YAML.
    inst.get("/ruler/rule_groups", async (_req, reply) => {
      const out: Record<string, Record<string, unknown[]>> = {};
      for (const [tenant, groups] of deps.localGroups?.() ?? new Map()) {
        const byNs: Record<string, unknown[]> = {};
        for (const g of groups) (byNs[g.namespace] ??= []).push(groupToYamlObject(g));
        out[tenant] = byNs;
      }
      return reply.type("application/yaml").send(dumpYaml(out));
    });

    if (!deps.enableConfigApi) return;
    const base = `${p}/config/v1/rules`;

    const list = async (req: FastifyRequest, reply: FastifyReply, namespace: string) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      let groups: RuleGroupDesc[];
      try {
        groups = await deps.store.loadRuleGroups(tenant, namespace);
      } catch (e) {
        return textError(reply, 400, (e as Error).message);
      }
      const byNs: Record<string, unknown[]> = {};
      for (const g of groups) (byNs[g.namespace] ??= []).push(groupToYamlObject(g));
      return reply.type("application/yaml").send(dumpYaml(byNs));
    };
    inst.get(base, (req, reply) => list(req, reply, ""));
    inst.get(`${base}/:namespace`, (req, reply) =>
      list(req, reply, (req.params as { namespace: string }).namespace),
    );

    inst.get(`${base}/:namespace/:group`, async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      const { namespace, group } = req.params as { namespace: string; group: string };
      try {
        const g = await deps.store.getRuleGroup(tenant, namespace, group);
        return reply.type("application/yaml").send(dumpYaml(groupToYamlObject(g)));
      } catch (e) {
        return textError(reply, e instanceof GroupNotFoundError ? 404 : 400, (e as Error).message);
      }
    });

    inst.post(`${base}/:namespace`, async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      const { namespace } = req.params as { namespace: string };
      const body = typeof req.body === "string" ? req.body : "";
      let g: RuleGroupDesc;
      try {
        g = parseRuleGroupYaml(body, tenant, namespace);
      } catch (e) {
        if (e instanceof RuleGroupDecodeError)
          return textError(reply, 400, "unable to decode rule group");
        throw e;
      }
      const errs = validateRuleGroup(g, {
        federationEnabled: deps.federationEnabled,
        checkTemplate: deps.checkTemplate,
      });
      if (errs.length > 0) return textError(reply, 400, errs.join(", "));
      const lim = deps.overrides.get(tenant);
      const maxRules = lim.ruler_max_rules_per_rule_group;
      if (maxRules > 0 && g.rules.length > maxRules)
        return textError(
          reply,
          400,
          `per-user rules per rule group limit (limit: ${maxRules} actual: ${g.rules.length}) exceeded`,
        );
      const maxGroups = lim.ruler_max_rule_groups_per_tenant;
      try {
        if (maxGroups > 0) {
          const existing = await deps.store.listRuleGroups(tenant, "");
          const others = existing.filter(
            (k) => !(k.namespace === namespace && k.name === g.name),
          ).length;
          if (others + 1 > maxGroups)
            return textError(
              reply,
              400,
              `per-user rule groups limit (limit: ${maxGroups} actual: ${others + 1}) exceeded`,
            );
        }
        await deps.store.setRuleGroup(tenant, namespace, g);
      } catch (e) {
        return textError(reply, 500, (e as Error).message);
      }
      deps.onChange(tenant);
      return reply.code(202).type("application/json").send(ACCEPTED);
    });

    inst.delete(`${base}/:namespace`, async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      const { namespace } = req.params as { namespace: string };
      try {
        await deps.store.deleteNamespace(tenant, namespace);
      } catch (e) {
        if (e instanceof NamespaceNotFoundError) return textError(reply, 404, e.message);
        return jsonError(reply, 500, "server_error", (e as Error).message);
      }
      deps.onChange(tenant);
      return reply.code(202).type("application/json").send(ACCEPTED);
    });

    inst.delete(`${base}/:namespace/:group`, async (req, reply) => {
      const tenant = tenantOrError(deps, req, reply);
      if (tenant === undefined) return reply;
      const { namespace, group } = req.params as { namespace: string; group: string };
      try {
        await deps.store.deleteRuleGroup(tenant, namespace, group);
      } catch (e) {
        if (e instanceof GroupNotFoundError) return textError(reply, 404, e.message);
        return jsonError(reply, 500, "server_error", (e as Error).message);
      }
      deps.onChange(tenant);
      return reply.code(202).type("application/json").send(ACCEPTED);
    });
  });
}
