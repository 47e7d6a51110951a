/**
 * How the ruler runs its instant queries (Prometheus's EngineQueryFunc): in-process through the
 * PromQL engine over the querier's Queryable, or remotely through the query-frontend's
 * Prometheus API (-ruler.query-frontend.address). A vector comes back as is, a scalar as one
 * sample without labels; other result types are an error. Federated groups query `a|b`: the
 * series of each source tenant get a `__tenant_id__` label, as Mimir's tenant federation adds.
 */
import { compareLabels, type Label, type Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import type { Querier, Queryable, Series } from "../model/series.ts";
import type { PromQLEngine, QueryValue } from "../promql/types.ts";
import type { RuleSample } from "./rules.ts";

export const TENANT_LABEL = "__tenant_id__";

export function samplesFromValue(v: QueryValue, t: number): RuleSample[] {
  if (v.type === "vector") return v.samples.map((s) => ({ metric: s.metric, t, f: s.f }));
  if (v.type === "scalar") return [{ metric: [], t, f: v.f }];
  throw new Error("rule result is not a vector or scalar");
}

function withTenant(ls: Labels, tenant: string): Labels {
  const out: Label[] = ls.filter((l) => l.name !== TENANT_LABEL);
  out.push({ name: TENANT_LABEL, value: tenant });
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Reads several tenants as one, each series labelled with its tenant. */
export class FederatedQueryable implements Queryable {
  private readonly inner: Queryable;
  constructor(inner: Queryable) {
    this.inner = inner;
  }

  async querier(tenantIDs: string, mint: number, maxt: number): Promise<Querier> {
    const tenants = tenantIDs.split("|");
    const qs = await Promise.all(tenants.map((t) => this.inner.querier(t, mint, maxt)));
    // Matchers on __tenant_id__ pick tenants; the rest go to each tenant's querier.
    const pick = (ms: readonly Matcher[]) => {
      const own = ms.filter((m) => m.name === TENANT_LABEL);
      const rest = ms.filter((m) => m.name !== TENANT_LABEL);
      const idx = tenants.map((_t, i) => i).filter((i) => own.every((m) => m.matches(tenants[i])));
      return { rest, idx };
    };
    return {
      select: async (sortSeries, hints, matchers) => {
        const { rest, idx } = pick(matchers);
        const lists = await Promise.all(idx.map((i) => qs[i].select(true, hints, rest)));
        const out: Series[] = [];
        idx.forEach((i, k) => {
          for (const s of lists[k]) {
            const labels = withTenant(s.labels, tenants[i]);
            out.push({ labels, iterator: () => s.iterator() });
          }
        });
        if (sortSeries) out.sort((a, b) => compareLabels(a.labels, b.labels));
        return out;
      },
      labelValues: async (name, hints, matchers) => {
        const { rest, idx } = pick(matchers);
        if (name === TENANT_LABEL) return idx.map((i) => tenants[i]).sort();
        const lists = await Promise.all(idx.map((i) => qs[i].labelValues(name, hints, rest)));
        return [...new Set(lists.flat())].sort();
      },
      labelNames: async (hints, matchers) => {
        const { rest, idx } = pick(matchers);
        const lists = await Promise.all(idx.map((i) => qs[i].labelNames(hints, rest)));
        return [...new Set([...lists.flat(), TENANT_LABEL])].sort();
      },
      close: () => {
        for (const q of qs) q.close();
      },
    };
  }
}

/** Queries through the engine; tenant IDs joined with `|` are queried federated. */
export function engineQuery(
  engine: PromQLEngine,
  queryable: Queryable,
): (tenant: string, expr: string, t: number) => Promise<RuleSample[]> {
  const federated = new FederatedQueryable(queryable);
  return async (tenant, expr, t) => {
    const qa = tenant.includes("|") ? federated : queryable;
    const res = await engine.instantQuery(qa, tenant, expr, t);
    return samplesFromValue(res.value, t);
  };
}

interface PromVectorJson {
  status: string;
  error?: string;
  data?: {
    resultType: string;
    result: { metric: Record<string, string>; value: [number, string] }[] | [number, string];
  };
}

function parseGoFloat(s: string): number {
  if (s === "+Inf" || s === "Inf") return Number.POSITIVE_INFINITY;
  if (s === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(s);
}

/**
 * Queries the query-frontend's `<prefix>/api/v1/query` over HTTP, as the tenant (X-Scope-OrgID).
 * `address` is host:port or a URL; `dns:///` is dropped.
 */
export function remoteQuery(
  address: string,
  prefix: string,
  timeoutMs: number,
): (tenant: string, expr: string, t: number) => Promise<RuleSample[]> {
  let base = address.replace(/^dns:\/\/\//, "");
  if (!/^https?:\/\//.test(base)) base = `http://${base}`;
  base = base.replace(/\/+$/, "");
  return async (tenant, expr, t) => {
    const body = new URLSearchParams({ query: expr, time: String(t / 1000) });
    const res = await fetch(`${base}${prefix}/api/v1/query`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-scope-orgid": tenant,
        accept: "application/json",
      },
      body,
      signal: timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
    });
    const text = await res.text();
    let j: PromVectorJson;
    try {
      j = JSON.parse(text) as PromVectorJson;
    } catch {
      throw new Error(`query-frontend returned ${res.status}: ${text.slice(0, 200)}`);
    }
    if (j.status !== "success" || !j.data) throw new Error(j.error ?? `status ${res.status}`);
    if (j.data.resultType === "scalar") {
      const v = j.data.result as [number, string];
      return [{ metric: [], t, f: parseGoFloat(v[1]) }];
    }
    if (j.data.resultType !== "vector") throw new Error("rule result is not a vector or scalar");
    return (j.data.result as { metric: Record<string, string>; value: [number, string] }[]).map(
      (s) => ({
        metric: Object.entries(s.metric)
          .map(([name, value]) => ({ name, value }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        t,
        f: parseGoFloat(s.value[1]),
      }),
    );
  };
}
