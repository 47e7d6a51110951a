/**
 * Wiring of the read APIs around the querier's Queryable: tenant federation (the
 * tenant-federation module and the querier's view of X-Scope-OrgID), remote read, and the
 * cardinality and usage-stats endpoints.
 */
import type { FastifyRequest } from "fastify";
import { registerRemoteReadApi } from "../api/remoteread/plugin.ts";
import { FederatedQueryable } from "../querier/tenantfederation/merge_queryable.ts";
import { federatedLimits, resolveQueryTenant } from "../querier/tenantfederation/tenants.ts";
import type { ModuleContext } from "./context.ts";
import type { ModuleInit } from "./wiring.ts";

/** The tenant-federation module: with -tenant-federation.enabled, queries may span tenants. */
export const initTenantFederation: ModuleInit = (app) => {
  const tf = app.cfg.tenant_federation;
  if (tf.enabled && app.queryable)
    app.queryable = new FederatedQueryable(app.queryable, tf.max_concurrent);
  return undefined;
};

/** The tenant of a read request: `a|b` allowed when federation is enabled. */
export function queryTenantOf(app: ModuleContext): (req: FastifyRequest) => string {
  const tf = app.cfg.tenant_federation;
  if (!tf.enabled) return app.tenantOf;
  return (req) =>
    resolveQueryTenant(req.headers["x-scope-orgid"], {
      multitenancyEnabled: app.cfg.multitenancy_enabled,
      noAuthTenant: app.cfg.no_auth_tenant,
      federationEnabled: true,
      maxTenants: tf.max_tenants,
    });
}

/** The query limits of a read request's tenant (several tenants: the smallest of each). */
export function queryLimits(app: ModuleContext) {
  return app.cfg.tenant_federation.enabled ? federatedLimits(app.overrides) : app.overrides;
}

/** Remote read and the cardinality and usage-stats APIs, beside the Prometheus API. */
export function registerReadApis(app: ModuleContext): void {
  const prefix = app.cfg.api.prometheus_http_prefix;
  registerRemoteReadApi(app.server.http, {
    prefix,
    queryable: app.queryable!,
    tenantOf: queryTenantOf(app),
  });
}
