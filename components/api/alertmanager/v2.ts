/**
 * Alertmanager's v2 API under `<prefix>/api/v2/` (default prefix /alertmanager), per tenant
 * (X-Scope-OrgID), with Alertmanager 0.25's request and response shapes and status codes:
 *
 *   GET  status, receivers
 *   GET  alerts (?active ?silenced ?inhibited ?unprocessed ?filter= ?receiver=), POST alerts
 *   GET  alerts/groups (same filters)
 *   GET  silences (?filter=), POST silences -> {"silenceID"}
 *   GET  silence/{id}, DELETE silence/{id}
 *
 * plus `<prefix>/-/ready`, `<prefix>/-/healthy` and a small HTML page at `<prefix>`. Errors are
 * JSON strings, as go-swagger writes them. A tenant without a configuration (and no fallback)
 * gets 404 `the Alertmanager is not configured`.
 */
import * as yaml from "js-yaml";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { RE2JS } from "re2js";
import type { MultitenantAlertmanager } from "../../alertmanager/multitenant.ts";
import {
  type AmMatcher,
  MatcherParseError,
  matchesAll,
  parseMatchers,
} from "../../alertmanager/matchers.ts";
import {
  type Silence,
  SilenceError,
  SilenceNotFoundError,
  silenceState,
} from "../../alertmanager/silences.ts";
import type { TenantAlertmanager } from "../../alertmanager/tenant.ts";
import { AlertValidationError } from "../../alertmanager/tenant.ts";
import { type Alert, apiTime, parseTime } from "../../alertmanager/types.ts";
import { escapeHtml, htmlPage } from "../../util/html.ts";
import { VERSION } from "./version.ts";

/** Where a tenant's requests go when alertmanagers are sharded (module.ts builds it). */
export interface TenantRouter {
  /** The HTTP addresses of the tenant's other owners in ring order, and whether this is one. */
  owners(tenant: string): { others: string[]; self: boolean };
}

export const FORWARDED_HEADER = "x-mimir-alertmanager-forwarded";

export interface V2ApiDeps {
  am: MultitenantAlertmanager;
  /** Set when sharded: requests for tenants owned elsewhere are forwarded, alerts go to all owners. */
  router?: TenantRouter;
  prefix: string;
  tenantOf(req: FastifyRequest): string;
  /** Cluster status for /status: "ready" (replicated) or "disabled". */
  clusterStatus?: () => {
    status: string;
    peers: { name: string; address: string }[];
    name: string;
  };
}

function jsonError(reply: FastifyReply, status: number, msg: string): FastifyReply {
  return reply
    .code(status)
    .type("application/json")
    .send(`${JSON.stringify(msg)}\n`);
}

/** go-swagger's validation errors: 422 (400 for unparsable bodies) with {"code","message"}. */
class SwaggerError extends Error {
  readonly code: number;
  readonly status: number;
  constructor(code: number, message: string, status = 422) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

function swaggerError(reply: FastifyReply, e: SwaggerError): FastifyReply {
  return reply
    .code(e.status)
    .type("application/json")
    .send(JSON.stringify({ code: e.code, message: e.message }));
}

function jsonParseMessage(e: unknown): string {
  const m = (e as Error).message;
  return /end of (JSON )?input|Unterminated|Expected/i.test(m) ? "unexpected EOF" : m;
}

function boolParam(q: Record<string, unknown>, name: string, def: boolean): boolean {
  const v = q[name];
  if (v === undefined) return def;
  return String(Array.isArray(v) ? v[0] : v) === "true";
}

function listParam(q: Record<string, unknown>, name: string): string[] {
  const v = q[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

function parseFilter(q: Record<string, unknown>): AmMatcher[] {
  const out: AmMatcher[] = [];
  for (const f of listParam(q, "filter")) out.push(...parseMatchers(f));
  return out;
}

function receiverRegex(q: Record<string, unknown>): RE2JS | undefined {
  const r = listParam(q, "receiver")[0];
  if (r === undefined || r === "") return undefined;
  return RE2JS.compile(`^(?:${r})$`);
}

function gettableAlert(t: TenantAlertmanager, a: Alert) {
  const st = t.marker.get(a.fingerprint);
  const receivers = [...new Set(t.route.match(a.labels).map((r) => r.opts.receiver))];
  return {
    annotations: a.annotations,
    endsAt: apiTime(a.endsAt),
    fingerprint: a.fingerprint,
    receivers: receivers.map((name) => ({ name })),
    startsAt: apiTime(a.startsAt),
    status: { inhibitedBy: st.inhibitedBy, silencedBy: st.silencedBy, state: st.state },
    updatedAt: apiTime(a.updatedAt),
    ...(a.generatorURL ? { generatorURL: a.generatorURL } : {}),
    labels: a.labels,
  };
}

function gettableSilence(s: Silence, now: number) {
  return {
    id: s.id,
    status: { state: silenceState(s, now) },
    updatedAt: apiTime(s.updatedAt),
    comment: s.comment,
    createdBy: s.createdBy,
    endsAt: apiTime(s.endsAt),
    matchers: s.matchers.map((m) => ({
      isEqual: m.isEqual,
      isRegex: m.isRegex,
      name: m.name,
      value: m.value,
    })),
    startsAt: apiTime(s.startsAt),
  };
}

/** Active first (soonest end), then pending (soonest start), then expired (latest end). */
function sortSilences(list: Silence[], now: number): Silence[] {
  const rank = (s: Silence) => ({ active: 0, pending: 1, expired: 2 })[silenceState(s, now)];
  return list.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    if (ra === 0) return a.endsAt - b.endsAt;
    if (ra === 1) return a.startsAt - b.startsAt;
    return b.endsAt - a.endsAt;
  });
}

function parseJSON(body: unknown): unknown {
  const buf = body as Buffer | undefined;
  if (!buf || buf.length === 0) return undefined;
  return JSON.parse(buf.toString("utf8"));
}

/** Validates and converts a postableSilence; throws SilenceError with the API's message. */
function postableSilence(raw: unknown): Silence {
  if (typeof raw !== "object" || raw === null)
    throw new SwaggerError(602, "silence in body is required");
  const o = raw as Record<string, unknown>;
  for (const f of ["comment", "createdBy", "endsAt", "matchers", "startsAt"])
    if (o[f] === undefined) throw new SwaggerError(602, `${f} in body is required`);
  if (Array.isArray(o.matchers) && o.matchers.length === 0)
    throw new SwaggerError(612, "matchers in body should have at least 1 items");
  const startsAt = parseTime(o.startsAt);
  const endsAt = parseTime(o.endsAt);
  if (startsAt === undefined) throw new SilenceError("startsAt in body must be of type date-time");
  if (endsAt === undefined) throw new SilenceError("endsAt in body must be of type date-time");
  if (!Array.isArray(o.matchers)) throw new SilenceError("matchers in body must be of type array");
  const matchers = (o.matchers as Record<string, unknown>[]).map((m) => ({
    name: String(m?.name ?? ""),
    value: String(m?.value ?? ""),
    isRegex: m?.isRegex === true,
    isEqual: m?.isEqual === undefined ? true : m.isEqual === true,
  }));
  return {
    id: typeof o.id === "string" ? o.id : "",
    matchers,
    startsAt,
    endsAt,
    updatedAt: 0,
    createdBy: String(o.createdBy),
    comment: String(o.comment),
  };
}

export async function registerAlertmanagerV2Api(
  app: FastifyInstance,
  deps: V2ApiDeps,
): Promise<void> {
  const p = deps.prefix.replace(/\/$/, "");
  const am = deps.am;

  /** The tenant's instance, or an error reply. */
  async function instance(
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<TenantAlertmanager | undefined> {
    let tenant: string;
    try {
      tenant = deps.tenantOf(req);
    } catch (e) {
      reply
        .code(401)
        .type("text/plain; charset=utf-8")
        .send(`${(e as Error).message}\n`);
      return undefined;
    }
    const t = await am.instance(tenant);
    if (!t) {
      reply
        .code(404)
        .type("text/plain; charset=utf-8")
        .send("the Alertmanager is not configured\n");
      return undefined;
    }
    return t;
  }

  await app.register(async (inst) => {
    inst.removeAllContentTypeParsers();
    inst.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: 64 << 20 }, (_r, body, done) =>
      done(null, body),
    );

    if (deps.router) {
      const router = deps.router;
      inst.addHook("preHandler", async (req, reply) => {
        if (req.headers[FORWARDED_HEADER] || !req.url.startsWith(`${p}/api/`)) return;
        let tenant: string;
        try {
          tenant = deps.tenantOf(req);
        } catch {
          return;
        }
        const { others, self } = router.owners(tenant);
        const isAlertsPost = req.method === "POST" && req.url.startsWith(`${p}/api/v2/alerts`);
        if (self && !isAlertsPost) return;
        const forward = (addr: string) =>
          fetch(`http://${addr}${req.url}`, {
            method: req.method,
            headers: {
              ...(req.headers["content-type"]
                ? { "content-type": String(req.headers["content-type"]) }
                : {}),
              "x-scope-orgid": String(req.headers["x-scope-orgid"] ?? ""),
              [FORWARDED_HEADER]: "1",
            },
            body:
              req.method === "GET" || req.method === "DELETE" ? undefined : (req.body as Buffer),
            signal: AbortSignal.timeout(10_000),
          });
        if (isAlertsPost) {
          // Alerts go to every owner; this one (when an owner) handles its copy itself.
          const remote = await Promise.allSettled(others.map(forward));
          if (self) return;
          const ok = remote.find((r) => r.status === "fulfilled");
          if (!ok)
            return reply
              .code(500)
              .type("text/plain")
              .send("failed to send alerts to any replica\n");
          const res = (ok as PromiseFulfilledResult<Response>).value;
          return reply.code(res.status).send(Buffer.from(await res.arrayBuffer()));
        }
        for (const addr of others) {
          try {
            const res = await forward(addr);
            reply.code(res.status);
            const ct = res.headers.get("content-type");
            if (ct) reply.type(ct);
            return reply.send(Buffer.from(await res.arrayBuffer()));
          } catch {}
        }
        if (others.length > 0)
          return reply
            .code(500)
            .type("text/plain")
            .send("no alertmanager replica of the tenant answered\n");
      });
    }

    inst.get(`${p}/-/ready`, async (_req, reply) => reply.type("text/plain").send("OK"));
    inst.get(`${p}/-/healthy`, async (_req, reply) => reply.type("text/plain").send("OK"));

    inst.get(`${p}/api/v2/status`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      const cluster = deps.clusterStatus?.() ?? { peers: [], status: "disabled" };
      return reply.send({
        cluster,
        config: { original: t.desc.raw_config },
        uptime: apiTime(t.startedAt),
        versionInfo: VERSION,
      });
    });

    inst.get(`${p}/api/v2/receivers`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      return reply.send(t.config.receivers.map((r) => ({ name: r.name })));
    });

    inst.get(`${p}/api/v2/alerts`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      const q = req.query as Record<string, unknown>;
      let matchers: AmMatcher[];
      let recv: RE2JS | undefined;
      try {
        matchers = parseFilter(q);
        recv = receiverRegex(q);
      } catch (e) {
        return jsonError(reply, 400, (e as Error).message);
      }
      const active = boolParam(q, "active", true);
      const silenced = boolParam(q, "silenced", true);
      const inhibited = boolParam(q, "inhibited", true);
      const now = Date.now();
      const out = [];
      for (const a of t.provider.list()) {
        if (a.endsAt !== 0 && a.endsAt <= now) continue;
        if (!matchesAll(matchers, a.labels)) continue;
        if (recv && !t.route.match(a.labels).some((r) => recv.matches(r.opts.receiver))) continue;
        t.refreshStatus(a);
        const st = t.marker.get(a.fingerprint);
        if (!active && st.state === "active") continue;
        if (!silenced && st.silencedBy.length > 0) continue;
        if (!inhibited && st.inhibitedBy.length > 0) continue;
        out.push(gettableAlert(t, a));
      }
      out.sort((x, y) =>
        x.fingerprint < y.fingerprint ? -1 : x.fingerprint > y.fingerprint ? 1 : 0,
      );
      return reply.send(out);
    });

    inst.post(`${p}/api/v2/alerts`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      let body: unknown;
      try {
        body = parseJSON(req.body);
      } catch (e) {
        return swaggerError(
          reply,
          new SwaggerError(
            400,
            `parsing alerts body from "" failed, because ${jsonParseMessage(e)}`,
            400,
          ),
        );
      }
      try {
        t.postAlerts(body ?? []);
      } catch (e) {
        if (e instanceof AlertValidationError) return jsonError(reply, 400, e.message);
        throw e;
      }
      return reply.code(200).send();
    });

    inst.get(`${p}/api/v2/alerts/groups`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      const q = req.query as Record<string, unknown>;
      let matchers: AmMatcher[];
      let recv: RE2JS | undefined;
      try {
        matchers = parseFilter(q);
        recv = receiverRegex(q);
      } catch (e) {
        return jsonError(reply, 400, (e as Error).message);
      }
      const active = boolParam(q, "active", true);
      const silenced = boolParam(q, "silenced", true);
      const inhibited = boolParam(q, "inhibited", true);
      const now = Date.now();
      const groups = [];
      for (const g of t.groups()) {
        if (recv && !recv.matches(g.route.opts.receiver)) continue;
        const alerts = [];
        for (const a of g.alerts.values()) {
          if (a.endsAt !== 0 && a.endsAt <= now) continue;
          if (!matchesAll(matchers, a.labels)) continue;
          t.refreshStatus(a);
          const st = t.marker.get(a.fingerprint);
          if (!active && st.state === "active") continue;
          if (!silenced && st.silencedBy.length > 0) continue;
          if (!inhibited && st.inhibitedBy.length > 0) continue;
          alerts.push(gettableAlert(t, a));
        }
        if (alerts.length === 0) continue;
        groups.push({ alerts, labels: g.labels, receiver: { name: g.route.opts.receiver } });
      }
      return reply.send(groups);
    });

    inst.get(`${p}/api/v2/silences`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      let matchers: AmMatcher[];
      try {
        matchers = parseFilter(req.query as Record<string, unknown>);
      } catch (e) {
        return jsonError(reply, 400, (e as Error).message);
      }
      const now = Date.now();
      const list = t.silences.list().filter((s) => {
        if (matchers.length === 0) return true;
        const ls: Record<string, string> = {};
        for (const m of s.matchers) ls[m.name] = m.value;
        return matchesAll(matchers, ls);
      });
      return reply.send(sortSilences(list, now).map((s) => gettableSilence(s, now)));
    });

    inst.post(`${p}/api/v2/silences`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      let sil: Silence;
      try {
        sil = postableSilence(parseJSON(req.body));
      } catch (e) {
        if (e instanceof SwaggerError) return swaggerError(reply, e);
        if (e instanceof SyntaxError)
          return swaggerError(
            reply,
            new SwaggerError(
              400,
              `parsing silence body from "" failed, because ${jsonParseMessage(e)}`,
              400,
            ),
          );
        return jsonError(reply, 400, (e as Error).message);
      }
      const now = Date.now();
      if (sil.startsAt >= sil.endsAt)
        return jsonError(
          reply,
          400,
          "Failed to create silence: start time must be before end time",
        );
      if (sil.endsAt < now)
        return jsonError(reply, 400, "Failed to create silence: end time can't be in the past");
      try {
        const id = t.silences.set(sil, t.limits().maxSilencesCount());
        return reply.send({ silenceID: id });
      } catch (e) {
        if (e instanceof SilenceNotFoundError) return jsonError(reply, 404, e.message);
        return jsonError(reply, 400, `silence invalid: ${(e as Error).message}`);
      }
    });

    inst.get<{ Params: { id: string } }>(`${p}/api/v2/silence/:id`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      const s = t.silences.get(req.params.id);
      if (!s) return reply.code(404).send();
      return reply.send(gettableSilence(s, Date.now()));
    });

    inst.delete<{ Params: { id: string } }>(`${p}/api/v2/silence/:id`, async (req, reply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      try {
        t.silences.expire(req.params.id);
      } catch (e) {
        return jsonError(reply, 500, (e as Error).message);
      }
      return reply.code(200).send();
    });

    const page = async (req: FastifyRequest, reply: FastifyReply) => {
      const t = await instance(req, reply);
      if (!t) return reply;
      const now = Date.now();
      const groups = t
        .groups()
        .map((g) => {
          const rows = [...g.alerts.values()]
            .filter((a) => a.endsAt === 0 || a.endsAt > now)
            .map((a) => {
              t.refreshStatus(a);
              return `<li>${escapeHtml(JSON.stringify(a.labels))} <i>${t.marker.get(a.fingerprint).state}</i> since ${apiTime(a.startsAt)}</li>`;
            })
            .join("");
          return `<h3>${escapeHtml(g.groupKey)} → ${escapeHtml(g.route.opts.receiver)}</h3><ul>${rows}</ul>`;
        })
        .join("");
      const sils = sortSilences(t.silences.list(), now)
        .map(
          (s) =>
            `<tr><td>${escapeHtml(s.id)}</td><td>${silenceState(s, now)}</td><td>${escapeHtml(s.matchers.map((m) => `${m.name}${m.isEqual ? "" : "!"}${m.isRegex ? "=~" : "="}"${m.value}"`).join(", "))}</td><td>${apiTime(s.startsAt)}</td><td>${apiTime(s.endsAt)}</td><td>${escapeHtml(s.createdBy)}</td><td>${escapeHtml(s.comment)}</td></tr>`,
        )
        .join("");
      const body = `<h2>Alerts</h2>${groups || "<p>No alerts.</p>"}<h2>Silences</h2><table><tr><th>ID</th><th>State</th><th>Matchers</th><th>Starts</th><th>Ends</th><th>Created by</th><th>Comment</th></tr>${sils}</table><h2>Status</h2><p>Uptime since ${apiTime(t.startedAt)}; receivers: ${t.config.receivers.map((r) => escapeHtml(r.name)).join(", ")}</p><pre>${escapeHtml(yaml.dump(yaml.load(t.desc.raw_config)))}</pre>`;
      return reply
        .type("text/html; charset=utf-8")
        .send(htmlPage(`Alertmanager: ${escapeHtml(t.tenant)}`, body));
    };
    // The server ignores trailing slashes: this serves `<prefix>` and `<prefix>/`.
    inst.get(p === "" ? "/" : p, page);
  });
}

export { MatcherParseError };
