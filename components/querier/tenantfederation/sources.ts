/**
 * Tenant federation of exemplars and metadata (M:pkg/querier/tenantfederation
 * merge_exemplar_queryable.go, merge_metadata.go): a joined tenant string queries every tenant.
 * Exemplar series get `__tenant_id__` like series do (matchers on it select the tenants);
 * metadata of the tenants is merged by metric family, identical entries kept once.
 */
import type { Labels } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import {
  filterTenantsByMatchers,
  splitTenantIDs,
  TENANT_SEPARATOR,
  withTenantLabel,
} from "./merge_queryable.ts";

// The Prometheus API's exemplar and metadata sources (api/prometheus/plugin.ts), restated here
// so that the querier does not import the API layer.
interface ExemplarSeries {
  seriesLabels: Labels;
  exemplars: { labels: Labels; value: number; t: number }[];
}
interface ExemplarSource {
  exemplars(
    tenant: string,
    matcherSets: Matcher[][],
    start: number,
    end: number,
  ): Promise<ExemplarSeries[]>;
}
interface MetricMetadata {
  type: string;
  help: string;
  unit: string;
}
interface MetadataSource {
  metadata(
    tenant: string,
    opts: { metric?: string; limit: number; limitPerMetric: number },
  ): Promise<Record<string, MetricMetadata[]>>;
}

/** Runs fn per tenant, at most `limit` at once (0 = all at once), in tenant order. */
async function perTenant<R>(
  ids: readonly string[],
  limit: number,
  fn: (id: string) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(ids.length);
  let next = 0;
  const n = Math.max(1, limit > 0 ? Math.min(limit, ids.length) : ids.length);
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < ids.length) {
        const i = next++;
        out[i] = await fn(ids[i]);
      }
    }),
  );
  return out;
}

export function federatedExemplars(
  upstream: ExemplarSource,
  maxConcurrency: number,
): ExemplarSource {
  return {
    async exemplars(tenant, matcherSets, start, end) {
      if (!tenant.includes(TENANT_SEPARATOR))
        return upstream.exemplars(tenant, matcherSets, start, end);
      const ids = splitTenantIDs(tenant);
      // Per tenant, the matcher sets that select it (with the tenant matchers removed).
      const setsFor = new Map<string, typeof matcherSets>();
      for (const ms of matcherSets) {
        const f = filterTenantsByMatchers(ids, ms);
        for (const id of f.tenants) {
          const list = setsFor.get(id) ?? [];
          list.push(f.matchers);
          setsFor.set(id, list);
        }
      }
      const chosen = ids.filter((id) => setsFor.has(id));
      const parts = await perTenant(chosen, maxConcurrency, async (id) =>
        (await upstream.exemplars(id, setsFor.get(id)!, start, end)).map(
          (s): ExemplarSeries => ({ ...s, seriesLabels: withTenantLabel(s.seriesLabels, id) }),
        ),
      );
      return parts.flat();
    },
  };
}

export function federatedMetadata(
  upstream: MetadataSource,
  maxConcurrency: number,
): MetadataSource {
  return {
    async metadata(tenant, opts) {
      if (!tenant.includes(TENANT_SEPARATOR)) return upstream.metadata(tenant, opts);
      const parts = await perTenant(splitTenantIDs(tenant), maxConcurrency, (id) =>
        upstream.metadata(id, opts),
      );
      const out: Record<string, MetricMetadata[]> = {};
      for (const p of parts)
        for (const [family, list] of Object.entries(p)) {
          const merged = (out[family] ??= []);
          for (const m of list)
            if (!merged.some((e) => e.type === m.type && e.help === m.help && e.unit === m.unit))
              merged.push(m);
        }
      return out;
    },
  };
}
