/**
 * The cardinality and usage APIs (M:pkg/querier/cardinality_analysis_handler.go,
 * M:pkg/cardinality/request.go, M:pkg/distributor/http_server.go):
 *
 * - `<prom>/api/v1/cardinality/label_names` (GET/POST: `selector`, `limit` 0–500 default 20,
 *   `count_method` inmemory|active): label names by number of values, descending;
 * - `<prom>/api/v1/cardinality/label_values` (`label_names[]` required, `selector`, `limit`,
 *   `count_method`): series per label value, per label name;
 * - `<prom>/api/v1/cardinality/active_series` (`selector` required): the active series' labels;
 * - `<prom>/api/v1/cardinality/active_native_histogram_metrics`: per metric bucket counts;
 * - `/api/v1/user_stats`: the tenant's ingestion rates and series;
 * - `/distributor/all_user_stats`: every tenant's, as HTML or JSON (`Accept: application/json`).
 *
 * The cardinality endpoints need `cardinality_analysis_enabled` for the tenant (else 400
 * `cardinality analysis is disabled for the tenant: <id>`). Errors are text (Go's http.Error).
 */
import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { CountMethod } from "../../ingester/userstats.ts";
import type { Labels } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import { ParseError, parseExpr } from "../../promql/parser.ts";
import { type IngestersStats, ResponseTooLargeError } from "../../querier/cardinality/ingesters.ts";
import { escapeHtml, htmlPage } from "../../util/html.ts";

const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 20;
const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export interface CardinalityApiDeps {
  /** Route prefix of the Prometheus API, e.g. "/prometheus". */
  prefix: string;
  stats: IngestersStats;
  /** The tenant of a request (joined IDs when federated); throws {statusCode, message}. */
  tenantOf(req: FastifyRequest): string;
  cardinalityAnalysisEnabled(tenant: string): boolean;
  now?: () => number;
}

/** An error answered as text with its status. */
class HttpTextError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string) {
    super(message);
    this.statusCode = statusCode;
  }
}

const badRequest = (msg: string) => new HttpTextError(400, msg);

function sendText(reply: FastifyReply, status: number, msg: string): FastifyReply {
  return reply
    .code(status)
    .header("content-type", "text/plain; charset=utf-8")
    .header("x-content-type-options", "nosniff")
    .send(`${msg}\n`);
}

function sendJson(reply: FastifyReply, body: unknown): FastifyReply {
  return reply
    .code(200)
    .header("content-type", "application/json")
    .send(Buffer.from(JSON.stringify(body)));
}

type FormValue = string | string[] | undefined;

/** r.Form: body values first, then the URL query. */
function formValues(req: FastifyRequest, name: string): string[] {
  const out: string[] = [];
  for (const src of [req.body, req.query]) {
    if (src === null || typeof src !== "object") continue;
    const v = (src as Record<string, FormValue>)[name];
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) out.push(...v);
  }
  return out;
}

function compareMatchers(a: Matcher, b: Matcher): number {
  const order = ["=", "!=", "=~", "!~"];
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.type !== b.type) return order.indexOf(a.type) - order.indexOf(b.type);
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** The `selector` parameter (at most one) as sorted matchers; none = every series. */
export function extractSelector(req: FastifyRequest): Matcher[] {
  const params = formValues(req, "selector");
  if (params.length === 0) return [];
  if (params.length > 1) throw badRequest("multiple 'selector' params are not allowed");
  let expr: ReturnType<typeof parseExpr>;
  try {
    expr = parseExpr(params[0]);
  } catch (e) {
    const msg =
      e instanceof ParseError ? `${e.position()}: parse error: ${e.message}` : (e as Error).message;
    throw badRequest(`failed to parse selector: ${msg}`);
  }
  if (expr.kind !== "VectorSelector")
    throw badRequest(
      `failed to parse selector: 1:1: parse error: unexpected expression, expected a series selector: ${params[0]}`,
    );
  return [...expr.matchers].sort(compareMatchers);
}

export function extractLimit(req: FastifyRequest): number {
  const params = formValues(req, "limit");
  if (params.length === 0) return DEFAULT_LIMIT;
  if (params.length > 1) throw badRequest("multiple 'limit' params are not allowed");
  const s = params[0];
  if (!/^[+-]?\d+$/.test(s))
    throw badRequest(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const limit = Number(s);
  if (limit < 0) throw badRequest("'limit' param cannot be less than '0'");
  if (limit > MAX_LIMIT) throw badRequest(`'limit' param cannot be greater than '${MAX_LIMIT}'`);
  return limit;
}

export function extractCountMethod(req: FastifyRequest): CountMethod {
  const params = formValues(req, "count_method");
  if (params.length === 0) return "inmemory";
  if (params[0] === "active" || params[0] === "inmemory") return params[0];
  throw badRequest(
    `invalid 'count_method' param '${params[0]}'. valid options are: [active,inmemory]`,
  );
}

export function extractLabelNames(req: FastifyRequest): string[] {
  const params = formValues(req, "label_names[]");
  if (params.length === 0) throw badRequest("'label_names[]' param is required");
  for (const n of params)
    if (!LABEL_NAME_RE.test(n)) throw badRequest(`invalid 'label_names' param '${n}'`);
  return [...params].sort();
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Go's labels.Labels JSON: an object with the names in order. */
function labelsObject(ls: Labels): Record<string, string> {
  const o: Record<string, string> = {};
  for (const l of [...ls].sort((a, b) => cmpStr(a.name, b.name))) o[l.name] = l.value;
  return o;
}

/** Registers the cardinality routes under the prefix and the two usage-stats routes. */
export function registerCardinalityApi(app: FastifyInstance, deps: CardinalityApiDeps): void {
  const { stats } = deps;

  /** The tenant of a single-tenant endpoint (several tenants: 400, as tenant.TenantID). */
  const tenantOf = (req: FastifyRequest): string => {
    let tenant: string;
    try {
      tenant = deps.tenantOf(req);
    } catch (e) {
      const he = e as { statusCode?: number; message?: string };
      throw new HttpTextError(he.statusCode ?? 401, he.message ?? String(e));
    }
    if (tenant.includes("|")) throw badRequest("multiple org IDs present");
    return tenant;
  };

  const handle =
    (fn: (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      try {
        return await fn(req, reply);
      } catch (e) {
        if (e instanceof ResponseTooLargeError)
          return sendText(reply, 413, `${e.message}: try increasing the requested shard count`);
        const status = (e as { statusCode?: number }).statusCode;
        return sendText(
          reply,
          typeof status === "number" ? status : 500,
          e instanceof Error ? e.message : String(e),
        );
      }
    };

  const cardinalityTenant = (req: FastifyRequest): string => {
    const tenant = tenantOf(req);
    if (!deps.cardinalityAnalysisEnabled(tenant))
      throw badRequest(`cardinality analysis is disabled for the tenant: ${tenant}`);
    return tenant;
  };

  const labelNames = handle(async (req, reply) => {
    const tenant = cardinalityTenant(req);
    const matchers = extractSelector(req);
    const limit = extractLimit(req);
    const method = extractCountMethod(req);
    const items = await stats.labelNamesAndValues(tenant, matchers, method);
    items.sort((a, b) => b.values.length - a.values.length || cmpStr(a.labelName, b.labelName));
    let total = 0;
    for (const it of items) total += it.values.length;
    return sendJson(reply, {
      label_values_count_total: total,
      label_names_count: items.length,
      cardinality: items.slice(0, limit).map((it) => ({
        label_name: it.labelName,
        label_values_count: it.values.length,
      })),
    });
  });

  const labelValues = handle(async (req, reply) => {
    const tenant = cardinalityTenant(req);
    const names = extractLabelNames(req);
    const matchers = extractSelector(req);
    const limit = extractLimit(req);
    const method = extractCountMethod(req);
    const res = await stats.labelValuesCardinality(tenant, names, matchers, method);
    const labels = [...res.items].map(([name, values]) => {
      let seriesCount = 0;
      const card = [...values].map(([v, n]) => {
        seriesCount += n;
        return { label_value: v, series_count: n };
      });
      card.sort((a, b) => b.series_count - a.series_count || cmpStr(a.label_value, b.label_value));
      return {
        label_name: name,
        label_values_count: values.size,
        series_count: seriesCount,
        cardinality: card.slice(0, limit),
      };
    });
    labels.sort((a, b) => b.series_count - a.series_count || cmpStr(a.label_name, b.label_name));
    return sendJson(reply, { series_count_total: res.seriesCountTotal, labels });
  });

  const activeSeries = handle(async (req, reply) => {
    const tenant = cardinalityTenant(req);
    if (formValues(req, "selector").length === 0) throw badRequest("missing 'selector' parameter");
    const matchers = extractSelector(req);
    const series = await stats.activeSeries(tenant, matchers);
    return sendJson(reply, { data: series.map(labelsObject) });
  });

  const activeNativeHistograms = handle(async (req, reply) => {
    cardinalityTenant(req);
    if (formValues(req, "selector").length === 0) throw badRequest("missing 'selector' parameter");
    extractSelector(req);
    // mimir-ts's ingesters hold float samples only: no series is a native histogram.
    return sendJson(reply, { data: [] });
  });

  app.register(
    async (api) => {
      if (!api.hasContentTypeParser("application/x-www-form-urlencoded"))
        await api.register(formbody);
      for (const method of ["GET", "POST"] as const) {
        api.route({ method, url: "/api/v1/cardinality/label_names", handler: labelNames });
        api.route({ method, url: "/api/v1/cardinality/label_values", handler: labelValues });
        api.route({ method, url: "/api/v1/cardinality/active_series", handler: activeSeries });
        api.route({
          method,
          url: "/api/v1/cardinality/active_native_histogram_metrics",
          handler: activeNativeHistograms,
        });
      }
    },
    { prefix: deps.prefix },
  );

  app.get(
    "/api/v1/user_stats",
    handle(async (req, reply) => {
      const tenant = tenantOf(req);
      const s = await stats.userStats(tenant, "inmemory");
      return sendJson(reply, {
        ingestionRate: s.ingestionRate,
        numSeries: s.numSeries,
        APIIngestionRate: s.apiIngestionRate,
        RuleIngestionRate: s.ruleIngestionRate,
      });
    }),
  );
}

/** `/distributor/all_user_stats`: every tenant's stats, HTML or JSON (M:pkg/distributor/http_server.go). */
export function registerAllUserStatsPage(
  app: FastifyInstance,
  stats: IngestersStats,
  now: () => number = Date.now,
): void {
  app.get("/distributor/all_user_stats", async (req, reply) => {
    let all: Awaited<ReturnType<IngestersStats["allUserStats"]>>;
    try {
      all = await stats.allUserStats();
    } catch (e) {
      return sendText(reply, 500, (e as Error).message);
    }
    const rows = all.map((u) => ({
      userID: u.userID,
      ingestionRate: u.ingestionRate,
      numSeries: u.numSeries,
      APIIngestionRate: u.apiIngestionRate,
      RuleIngestionRate: u.ruleIngestionRate,
    }));
    if ((req.headers.accept ?? "").includes("application/json")) return sendJson(reply, rows);
    const cell = (v: string | number) => `<td>${escapeHtml(String(v))}</td>`;
    const body =
      `<h1>User Statistics</h1><p>Updated: ${escapeHtml(new Date(now()).toISOString())}</p>` +
      '<table border="1"><thead><tr><th>User</th><th># Series</th><th>Total Ingest Rate</th>' +
      "<th>API Ingest Rate</th><th>Rule Ingest Rate</th></tr></thead><tbody>" +
      rows
        .map(
          (r) =>
            `<tr>${cell(r.userID)}${cell(r.numSeries)}${cell(r.ingestionRate.toFixed(2))}` +
            `${cell(r.APIIngestionRate.toFixed(2))}${cell(r.RuleIngestionRate.toFixed(2))}</tr>`,
        )
        .join("") +
      "</tbody></table>";
    return reply.type("text/html; charset=utf-8").send(htmlPage("Ingester Stats", body));
  });
}
