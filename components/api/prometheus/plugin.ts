/**
 * The Prometheus query HTTP API (web/api/v1/api.go) as a fastify plugin: query, query_range,
 * series, labels, label values, metadata, query_exemplars, format_query, status/buildinfo.
 * GET and form-encoded POST; responses byte-compatible with Prometheus's JSON.
 */
import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Expr } from "../../promql/ast.ts";
import { formatExpr, ParseError, parseExpr } from "../../promql/parser.ts";
import {
  type PromQLEngine,
  QueryError,
  type QueryOptions,
  type QueryResult,
} from "../../promql/types.ts";
import { compareLabels, type Labels, labelsKey } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import type { Querier, Queryable } from "../../model/series.ts";
import {
  checkFrontendQuery,
  clampLabelsQueryRange,
  type FrontendDecision,
  resolveLimits,
  type TenantQueryLimits,
} from "../../querier/limits.ts";
import { goDuration, isLimitError, maxQueryLengthError } from "../../querier/errors.ts";
import {
  errorBody,
  jsonString,
  labelsJson,
  queryDataParts,
  stringListJson,
  successBody,
  formatFloat,
  formatTimestamp,
} from "./format.ts";
import {
  ApiError,
  checkMatcherSets,
  invalidParam,
  MAX_TIME,
  MIN_TIME,
  parseDurationValue,
  parseLimit,
  parseTime,
  parseTimeParam,
  statusOf,
  unescapeName,
} from "./params.ts";

export interface MetricMetadata {
  type: string;
  help: string;
  unit: string;
}

/** Source of `/api/v1/metadata` data (e.g. the ingesters' metadata). */
export interface MetadataSource {
  metadata(
    tenant: string,
    opts: { metric?: string; limit: number; limitPerMetric: number },
  ): Promise<Record<string, MetricMetadata[]>>;
}

export interface ExemplarSeries {
  seriesLabels: Labels;
  exemplars: { labels: Labels; value: number; t: number }[];
}

/** Source of `/api/v1/query_exemplars` data. */
export interface ExemplarSource {
  exemplars(
    tenant: string,
    matcherSets: Matcher[][],
    start: number,
    end: number,
  ): Promise<ExemplarSeries[]>;
}

export interface BuildInfo {
  version: string;
  revision: string;
  branch: string;
  buildUser: string;
  buildDate: string;
  goVersion: string;
}

export interface PrometheusApiLimits {
  /**
   * Longest allowed range query (end - start), ms; 0 or absent = unlimited. Legacy: prefer
   * `get` (max_partial_query_length is enforced per selection by the querier's Queryable).
   */
  maxQueryLength?(tenant: string): number;
  /**
   * The tenant's limits, read on every request (pass `Overrides`): the query-frontend checks of
   * /query and /query_range (max_query_lookback, compactor_blocks_retention_period,
   * max_query_expression_size_bytes, max_total_query_length, blocked_queries) and the range
   * clamps of /series, /labels and /label/{name}/values (max_query_lookback,
   * max_labels_query_length). Absent limits count as 0 (disabled).
   */
  get?(tenant: string): Partial<TenantQueryLimits>;
}

export interface PrometheusApiDeps {
  /** Route prefix, e.g. "/prometheus". */
  prefix: string;
  engine: PromQLEngine;
  queryable: Queryable;
  /** The tenant of a request; throws an {statusCode, message} error for auth failures. */
  tenantOf(req: FastifyRequest): string;
  limits?: PrometheusApiLimits;
  metadata?: MetadataSource;
  exemplars?: ExemplarSource;
  buildInfo?: Partial<BuildInfo>;
  /** Clock for the default `time` of instant queries and for the limits, ms. */
  now?: () => number;
  /**
   * The engine's lookback delta (querier.lookback_delta, default 5m), used like the query-frontend
   * does to compute a query's total time range for max_total_query_length.
   */
  lookbackDelta?: number;
}

type FormValue = string | string[] | undefined;

/** Request parameters as Go's r.Form: form body values first, then the URL query. */
class Form {
  private readonly body: Record<string, FormValue>;
  private readonly query: Record<string, FormValue>;
  constructor(req: FastifyRequest) {
    const b = req.body;
    this.body = b !== null && typeof b === "object" ? (b as Record<string, FormValue>) : {};
    const q = req.query;
    this.query = q !== null && typeof q === "object" ? (q as Record<string, FormValue>) : {};
  }
  /** r.FormValue: the first value, "" when absent. */
  get(name: string): string {
    return this.all(name)[0] ?? "";
  }
  has(name: string): boolean {
    return this.all(name).length > 0;
  }
  all(name: string): string[] {
    const out: string[] = [];
    for (const src of [this.body, this.query]) {
      const v = src[name];
      if (typeof v === "string") out.push(v);
      else if (Array.isArray(v)) out.push(...v);
    }
    return out;
  }
}

function sendJson(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).header("content-type", "application/json").send(body);
}

function sendError(
  reply: FastifyReply,
  err: ApiError,
  warnings: readonly string[] = [],
): FastifyReply {
  return sendJson(reply, statusOf(err.type), errorBody(err.type, err.message, warnings));
}

/** Go's time.Duration.String for ms values (kept exported here for compatibility). */
export { goDuration };

/** Parses `match[]` values as series selectors. */
function parseMatcherSets(values: string[]): Matcher[][] {
  const sets: Matcher[][] = [];
  for (const v of values) {
    let e: Expr;
    try {
      e = parseExpr(v);
    } catch (err) {
      if (err instanceof ParseError)
        throw invalidParam("match[]", new Error(`${err.position()}: parse error: ${err.message}`));
      throw invalidParam("match[]", err);
    }
    if (
      e.kind !== "VectorSelector" ||
      e.offset !== 0 ||
      e.timestamp !== null ||
      e.startOrEnd !== null
    ) {
      throw invalidParam(
        "match[]",
        new Error(`1:1: parse error: unexpected expression, expected a series selector: ${v}`),
      );
    }
    sets.push(e.matchers);
  }
  checkMatcherSets(sets);
  return sets;
}

/** Collects the vector selectors' matchers of an expression (parser.ExtractSelectors). */
function extractSelectors(e: unknown, out: Matcher[][]): void {
  if (e === null || typeof e !== "object") return;
  if (Array.isArray(e)) {
    for (const x of e) extractSelectors(x, out);
    return;
  }
  const node = e as { kind?: unknown; matchers?: Matcher[] };
  if (node.kind === "VectorSelector" && Array.isArray(node.matchers)) {
    out.push(node.matchers);
    return;
  }
  if (typeof node.kind !== "string") return;
  for (const v of Object.values(node))
    if (v !== null && typeof v === "object") extractSelectors(v, out);
}

/** Errors of the Queryable outside the engine (series, labels): limit errors are 422 like Prometheus's errorExec. */
function storageError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isLimitError(e)) return new ApiError("execution", e.message);
  return new ApiError("internal", e instanceof Error ? e.message : String(e));
}

/** The engine's parse error for `query` (what the query-frontend answers before any limit). */
function parseQueryParam(query: string): Expr {
  try {
    return parseExpr(query);
  } catch (e) {
    if (e instanceof ParseError)
      throw invalidParam(
        "query",
        new Error(e.plain ? e.message : `${e.position()}: parse error: ${e.message}`),
      );
    throw invalidParam("query", e);
  }
}

/** Blocked-query patterns normalised like the query (Mimir formats both); invalid PromQL stays as is. */
function normalizePattern(pattern: string): string {
  try {
    return formatExpr(parseExpr(pattern));
  } catch {
    return pattern;
  }
}

/** Mimir's empty query-frontend answer (newEmptyPrometheusResponse), for instant and range queries. */
const EMPTY_QUERY_RESPONSE = '{"status":"success","data":{"resultType":"matrix","result":[]}}';

function engineError(e: unknown, timedOut: boolean): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof QueryError) {
    if (e.type === "bad_data") return invalidParam("query", e);
    if (timedOut && e.type === "canceled")
      return new ApiError("timeout", "query timed out in query execution");
    return new ApiError(e.type, e.message);
  }
  return new ApiError("internal", e instanceof Error ? e.message : String(e));
}

interface QueryCtx {
  opts: QueryOptions;
  timedOut(): boolean;
  done(): void;
}

/** The query context: client disconnects cancel, `timeout` times out; `lookback_delta`. */
function queryContext(form: Form, reply: FastifyReply): QueryCtx {
  const ac = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const to = form.get("timeout");
  if (to !== "") {
    let ms: number;
    try {
      ms = parseDurationValue(to);
    } catch (e) {
      throw invalidParam("timeout", e);
    }
    timer = setTimeout(
      () => {
        timedOut = true;
        ac.abort();
      },
      Math.max(0, ms),
    );
  }
  const opts: QueryOptions = { signal: ac.signal };
  const lb = form.get("lookback_delta");
  if (lb !== "") {
    try {
      opts.lookbackDelta = parseDurationValue(lb);
    } catch (e) {
      if (timer !== undefined) clearTimeout(timer);
      throw new ApiError(
        "bad_data",
        `error parsing lookback delta duration: ${(e as Error).message}`,
      );
    }
  }
  const onClose = () => {
    if (!reply.raw.writableFinished) ac.abort();
  };
  reply.raw.once("close", onClose);
  return {
    opts,
    timedOut: () => timedOut,
    done: () => {
      if (timer !== undefined) clearTimeout(timer);
      reply.raw.off("close", onClose);
    },
  };
}

function sendQueryResult(reply: FastifyReply, res: QueryResult): FastifyReply {
  const parts: string[] = [];
  queryDataParts(res.value, parts);
  return sendJson(reply, 200, successBody(parts, res.warnings, res.infos));
}

const TRUNCATED = "results truncated due to limit";

/** Registers the API under deps.prefix (encapsulated, with its own form-body parser). */
export function registerPrometheusApi(app: FastifyInstance, deps: PrometheusApiDeps): void {
  const now = deps.now ?? Date.now;
  const { engine, queryable } = deps;

  app.register(
    async (api) => {
      // The parent may already parse form bodies; registering twice would throw.
      if (!api.hasContentTypeParser("application/x-www-form-urlencoded"))
        await api.register(formbody);

      /** Wraps a handler: tenant resolution, ApiError -> Prometheus error JSON. */
      const route = (
        handler: (
          req: FastifyRequest,
          reply: FastifyReply,
          form: Form,
          tenant: string,
        ) => Promise<FastifyReply>,
      ) => {
        return async (req: FastifyRequest, reply: FastifyReply) => {
          let tenant: string;
          try {
            tenant = deps.tenantOf(req);
          } catch (e) {
            const he = e as { statusCode?: number; message?: string };
            return reply
              .code(he.statusCode ?? 401)
              .header("content-type", "text/plain; charset=utf-8")
              .send(he.message ?? String(e));
          }
          try {
            return await handler(req, reply, new Form(req), tenant);
          } catch (e) {
            return sendError(reply, storageError(e));
          }
        };
      };

      /** The tenant's limits for this request, or undefined when none are configured. */
      const tenantLimits = (tenant: string): TenantQueryLimits | undefined => {
        const get = deps.limits?.get;
        return get ? resolveLimits(get.call(deps.limits, tenant)) : undefined;
      };

      /**
       * The query-frontend's checks; the query is parsed first, as Mimir's codec does, and the
       * parsed expression is handed on so that the engine does not parse it again.
       */
      const frontendCheck = (
        tenant: string,
        query: string,
        start: number,
        end: number,
        step: number,
      ): FrontendDecision & { parsed?: Expr } => {
        const limits = tenantLimits(tenant);
        if (limits === undefined) return { action: "run", start, end };
        const expr = parseQueryParam(query);
        try {
          const decision = checkFrontendQuery(
            limits,
            {
              formatted: formatExpr(expr),
              expr,
              start,
              end,
              step,
              lookbackDelta: deps.lookbackDelta ?? 300_000,
              normalize: normalizePattern,
            },
            now(),
          );
          return decision.action === "run" ? { ...decision, parsed: expr } : decision;
        } catch (e) {
          if (isLimitError(e)) throw new ApiError("bad_data", e.message);
          throw e;
        }
      };

      /** [start, end] of a series/labels request after the tenant's clamps; null = nothing to query. */
      const labelsRange = (tenant: string, start: number, end: number): [number, number] | null => {
        const limits = tenantLimits(tenant);
        return limits === undefined
          ? [start, end]
          : clampLabelsQueryRange(limits, start, end, now());
      };

      const instantQuery = route(async (_req, reply, form, tenant) => {
        const ts = parseTimeParam(form.get("time"), "time", now());
        const decision = frontendCheck(tenant, form.get("query"), ts, ts, 0);
        if (decision.action === "empty") return sendJson(reply, 200, EMPTY_QUERY_RESPONSE);
        const ctx = queryContext(form, reply);
        try {
          const res = await engine.instantQuery(queryable, tenant, form.get("query"), ts, {
            ...ctx.opts,
            parsed: decision.parsed,
          });
          return sendQueryResult(reply, res);
        } catch (e) {
          return sendError(reply, engineError(e, ctx.timedOut()));
        } finally {
          ctx.done();
        }
      });

      const rangeQuery = route(async (_req, reply, form, tenant) => {
        let start: number;
        let end: number;
        let step: number;
        try {
          start = parseTime(form.get("start"));
        } catch (e) {
          throw invalidParam("start", e);
        }
        try {
          end = parseTime(form.get("end"));
        } catch (e) {
          throw invalidParam("end", e);
        }
        if (end < start)
          throw new ApiError("bad_data", "end timestamp must not be before start time");
        try {
          step = parseDurationValue(form.get("step"));
        } catch (e) {
          throw invalidParam("step", e);
        }
        if (step <= 0) {
          throw new ApiError(
            "bad_data",
            "zero or negative query resolution step widths are not accepted. Try a positive integer",
          );
        }
        if (Math.trunc((end - start) / step) > 11000) {
          throw new ApiError(
            "bad_data",
            "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)",
          );
        }
        const maxLen = deps.limits?.maxQueryLength?.(tenant) ?? 0;
        if (maxLen > 0 && end - start > maxLen)
          throw new ApiError("bad_data", maxQueryLengthError(end - start, maxLen).message);
        const decision = frontendCheck(tenant, form.get("query"), start, end, step);
        if (decision.action === "empty") return sendJson(reply, 200, EMPTY_QUERY_RESPONSE);
        start = decision.start;
        const ctx = queryContext(form, reply);
        try {
          const res = await engine.rangeQuery(
            queryable,
            tenant,
            form.get("query"),
            start,
            end,
            step,
            { ...ctx.opts, parsed: decision.parsed },
          );
          return sendQueryResult(reply, res);
        } catch (e) {
          return sendError(reply, engineError(e, ctx.timedOut()));
        } finally {
          ctx.done();
        }
      });

      const series = route(async (_req, reply, form, tenant) => {
        const matches = form.all("match[]");
        if (matches.length === 0) throw new ApiError("bad_data", "no match[] parameter provided");
        const limit = parseLimit(form.get("limit"));
        let start = parseTimeParam(form.get("start"), "start", MIN_TIME);
        const end = parseTimeParam(form.get("end"), "end", MAX_TIME);
        const sets = parseMatcherSets(matches);
        const range = labelsRange(tenant, start, end);
        if (range === null) return sendJson(reply, 200, successBody(["[]"]));
        start = range[0];
        const q = await queryable.querier(tenant, start, end);
        try {
          const hints = { start, end, func: "series", limit: limit > 0 ? limit + 1 : 0 };
          let all: Labels[];
          if (sets.length > 1) {
            const seen = new Map<string, Labels>();
            for (const ms of sets) {
              for (const s of await q.select(true, hints, ms)) {
                const k = labelsKey(s.labels);
                if (!seen.has(k)) seen.set(k, s.labels);
              }
            }
            all = [...seen.values()].sort(compareLabels);
          } else {
            all = (await q.select(false, hints, sets[0])).map((s) => s.labels);
          }
          const warnings: string[] = [];
          if (limit > 0 && all.length > limit) {
            all = all.slice(0, limit);
            warnings.push(TRUNCATED);
          }
          const parts: string[] = ["["];
          for (let i = 0; i < all.length; i++) parts.push((i > 0 ? "," : "") + labelsJson(all[i]));
          parts.push("]");
          return sendJson(reply, 200, successBody(parts, warnings));
        } finally {
          q.close();
        }
      });

      /**
       * /labels and /label/<name>/values: the union over the match[] sets (all series without
       * one), sorted, cut at `limit` with Prometheus's warning.
       */
      const stringListEndpoint = async (
        reply: FastifyReply,
        form: Form,
        tenant: string,
        fetch: (q: Querier, hints: { limit: number }, matchers: Matcher[]) => Promise<string[]>,
      ): Promise<FastifyReply> => {
        const limit = parseLimit(form.get("limit"));
        const start = parseTimeParam(form.get("start"), "start", MIN_TIME);
        const end = parseTimeParam(form.get("end"), "end", MAX_TIME);
        const sets = parseMatcherSets(form.all("match[]"));
        const hints = { limit: limit > 0 ? limit + 1 : 0 };
        const range = labelsRange(tenant, start, end);
        if (range === null) return sendJson(reply, 200, successBody(["[]"]));
        const q = await queryable.querier(tenant, range[0], end);
        try {
          let values: string[];
          if (sets.length > 1) {
            const set = new Set<string>();
            for (const ms of sets) for (const v of await fetch(q, hints, ms)) set.add(v);
            values = [...set];
          } else {
            values = [...(await fetch(q, hints, sets[0] ?? []))];
          }
          values.sort();
          const warnings: string[] = [];
          if (limit > 0 && values.length > limit) {
            values = values.slice(0, limit);
            warnings.push(TRUNCATED);
          }
          return sendJson(reply, 200, successBody([stringListJson(values)], warnings));
        } finally {
          q.close();
        }
      };

      const labelNames = route(async (_req, reply, form, tenant) =>
        stringListEndpoint(reply, form, tenant, (q, hints, ms) => q.labelNames(hints, ms)),
      );

      const labelValues = route(async (req, reply, form, tenant) => {
        const raw = (req.params as { name?: string }).name ?? "";
        const name = unescapeName(raw);
        if (name === "" || name.includes("\uFFFD"))
          throw new ApiError("bad_data", `invalid label name: ${JSON.stringify(name)}`);
        return stringListEndpoint(reply, form, tenant, (q, hints, ms) =>
          q.labelValues(name, hints, ms),
        );
      });

      const metadata = route(async (_req, reply, form, tenant) => {
        const limit = parseIntParam(form.get("limit"), -1, "limit");
        const limitPerMetric = parseIntParam(form.get("limit_per_metric"), -1, "limit_per_metric");
        const metric = form.get("metric");
        const data = deps.metadata
          ? await deps.metadata.metadata(tenant, {
              metric: metric === "" ? undefined : metric,
              limit,
              limitPerMetric,
            })
          : {};
        let s = "{";
        let first = true;
        for (const [m, list] of Object.entries(data)) {
          s += (first ? "" : ",") + jsonString(m) + ":[";
          first = false;
          s += list
            .map(
              (md) =>
                `{"type":${jsonString(md.type)},"help":${jsonString(md.help)},"unit":${jsonString(md.unit)}}`,
            )
            .join(",");
          s += "]";
        }
        return sendJson(reply, 200, successBody([s + "}"]));
      });

      const exemplars = route(async (_req, reply, form, tenant) => {
        const start = parseTimeParam(form.get("start"), "start", MIN_TIME);
        const end = parseTimeParam(form.get("end"), "end", MAX_TIME);
        if (end < start)
          throw new ApiError("bad_data", "end timestamp must not be before start timestamp");
        let expr: Expr;
        try {
          expr = parseExpr(form.get("query"));
        } catch (e) {
          // Prometheus returns the parse error here without the "invalid parameter" prefix.
          if (e instanceof ParseError)
            throw new ApiError("bad_data", `${e.position()}: parse error: ${e.message}`);
          throw new ApiError("bad_data", e instanceof Error ? e.message : String(e));
        }
        const sets: Matcher[][] = [];
        extractSelectors(expr, sets);
        if (sets.length === 0) return sendJson(reply, 200, '{"status":"success"}');
        const result = deps.exemplars
          ? await deps.exemplars.exemplars(tenant, sets, start, end)
          : [];
        const parts: string[] = ["["];
        result.forEach((es, i) => {
          let s =
            (i > 0 ? "," : "") +
            '{"seriesLabels":' +
            labelsJson(es.seriesLabels) +
            ',"exemplars":[';
          s += es.exemplars
            .map(
              (x) =>
                `{"labels":${labelsJson(x.labels)},"value":"${formatFloat(x.value)}","timestamp":${formatTimestamp(x.t)}}`,
            )
            .join(",");
          parts.push(s + "]}");
        });
        parts.push("]");
        return sendJson(reply, 200, successBody(parts));
      });

      const formatQuery = route(async (_req, reply, form) => {
        let expr: Expr;
        try {
          expr = parseExpr(form.get("query"));
        } catch (e) {
          if (e instanceof ParseError)
            throw invalidParam("query", new Error(`${e.position()}: parse error: ${e.message}`));
          throw invalidParam("query", e);
        }
        return sendJson(reply, 200, successBody([jsonString(formatExpr(expr))]));
      });

      const buildInfo: BuildInfo = {
        version: "3.0.0",
        revision: "",
        branch: "",
        buildUser: "",
        buildDate: "",
        goVersion: "",
        ...deps.buildInfo,
      };
      const buildInfoBody = successBody([
        "{" +
          (Object.keys(buildInfo) as (keyof BuildInfo)[])
            .map((k) => `${jsonString(k)}:${jsonString(buildInfo[k])}`)
            .join(",") +
          "}",
      ]);

      for (const method of ["GET", "POST"] as const) {
        api.route({ method, url: "/api/v1/query", handler: instantQuery });
        api.route({ method, url: "/api/v1/query_range", handler: rangeQuery });
        api.route({ method, url: "/api/v1/series", handler: series });
        api.route({ method, url: "/api/v1/labels", handler: labelNames });
        api.route({ method, url: "/api/v1/query_exemplars", handler: exemplars });
        api.route({ method, url: "/api/v1/format_query", handler: formatQuery });
      }
      api.get("/api/v1/label/:name/values", labelValues);
      api.get("/api/v1/metadata", metadata);
      api.get("/api/v1/status/buildinfo", async (_req, reply) =>
        sendJson(reply, 200, buildInfoBody),
      );
      // Prometheus answers DELETE /api/v1/series with "not implemented" (500).
      api.delete("/api/v1/series", async (_req, reply) =>
        sendError(reply, new ApiError("internal", "not implemented")),
      );
    },
    { prefix: deps.prefix },
  );
}

function parseIntParam(s: string, def: number, name: string): number {
  if (s === "") return def;
  if (!/^[+-]?\d+$/.test(s)) throw new ApiError("bad_data", `${name} must be a number`);
  return Number(s);
}
