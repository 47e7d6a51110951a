/**
 * The read path's view of X-Scope-OrgID under tenant federation: which requests may name several
 * tenants (M:pkg/api/tenant.go newTenantValidationMiddleware) and the limits of a federated
 * query (Mimir's query-frontend takes, per limit, the smallest positive value over the tenants:
 * validation.SmallestPositiveNonZero*PerTenant; blocked queries of every tenant apply).
 */
import type { BlockedQuery, TenantQueryLimits } from "../limits.ts";
import { HttpError, resolveTenantIDs, type TenantOptions } from "../../util/tenant.ts";
import { joinTenantIDs, splitTenantIDs, TENANT_SEPARATOR } from "./merge_queryable.ts";

export interface FederationOptions extends TenantOptions {
  /** -tenant-federation.max-tenants; 0 = no limit. */
  maxTenants: number;
}

/**
 * The tenant string of a read request: one ID, or with federation enabled several IDs joined by
 * `|` (sorted, unique). 401 for a missing or invalid ID; 422 `too many tenant IDs present. max:
 * N actual: M` without federation (N = 1) or over `maxTenants`.
 */
export function resolveQueryTenant(
  header: string | string[] | undefined,
  opts: FederationOptions,
): string {
  const ids = resolveTenantIDs(header, opts);
  if (opts.federationEnabled && opts.maxTenants > 0 && ids.length > opts.maxTenants) {
    throw new HttpError(
      422,
      `too many tenant IDs present. max: ${opts.maxTenants} actual: ${ids.length}`,
    );
  }
  return joinTenantIDs(ids);
}

type NumericLimit = Exclude<keyof TenantQueryLimits, "blocked_queries">;

const NUMERIC_LIMITS: readonly NumericLimit[] = [
  "max_fetched_series_per_query",
  "max_fetched_chunks_per_query",
  "max_fetched_chunk_bytes_per_query",
  "max_query_lookback",
  "max_partial_query_length",
  "max_total_query_length",
  "max_labels_query_length",
  "max_query_expression_size_bytes",
  "compactor_blocks_retention_period",
];

/** Per limit, the smallest positive value over the tenants (0 when none sets it); blocked queries joined. */
export function combineTenantLimits(
  perTenant: readonly Partial<TenantQueryLimits>[],
): Partial<TenantQueryLimits> {
  const out: Partial<TenantQueryLimits> = {};
  for (const k of NUMERIC_LIMITS) {
    let v = 0;
    for (const l of perTenant) {
      const x = l[k] ?? 0;
      if (x > 0 && (v === 0 || x < v)) v = x;
    }
    out[k] = v;
  }
  const blocked: BlockedQuery[] = [];
  for (const l of perTenant) blocked.push(...(l.blocked_queries ?? []));
  out.blocked_queries = blocked;
  return out;
}

/** A limits provider that also answers for joined tenant strings (see combineTenantLimits). */
export function federatedLimits<T extends { get(tenant: string): Partial<TenantQueryLimits> }>(
  provider: T,
): { get(tenant: string): Partial<TenantQueryLimits> } {
  return {
    get: (tenant) =>
      tenant.includes(TENANT_SEPARATOR)
        ? combineTenantLimits(splitTenantIDs(tenant).map((t) => provider.get(t)))
        : provider.get(tenant),
  };
}
