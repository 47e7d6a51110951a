/**
 * Wiring of the read APIs around the querier's Queryable: tenant federation (the
 * tenant-federation module and the querier's view of X-Scope-OrgID), remote read, and the
 * cardinality and usage-stats endpoints.
 */
import type { FastifyRequest } from "fastify";
import { registerAllUserStatsPage, registerCardinalityApi } from "../api/cardinality/plugin.ts";
import type { ExemplarSource, MetadataSource } from "../api/prometheus/plugin.ts";
import { registerRemoteReadApi } from "../api/remoteread/plugin.ts";
import type { IngesterStatsSource } from "../ingester/userstats.ts";
import { IngestersStats, localReplicationSet } from "../querier/cardinality/ingesters.ts";
import { Read } from "../ring/operation.ts";
import { FederatedQueryable } from "../querier/tenantfederation/merge_queryable.ts";
import { federatedExemplars, federatedMetadata } from "../querier/tenantfederation/sources.ts";
import { federatedLimits, resolveQueryTenant } from "../querier/tenantfederation/tenants.ts";
import type { ModuleContext } from "./context.ts";

/** The tenant-federation module: with -tenant-federation.enabled, queries may span tenants. */
export const initTenantFederation = (app: ModuleContext): undefined => {
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

/** The metadata or exemplar source of the querier, federated when federation is enabled. */
export function federatedSource<T extends MetadataSource | ExemplarSource>(
  app: ModuleContext,
  src: T,
): T {
  const tf = app.cfg.tenant_federation;
  if (!tf.enabled) return src;
  return (
    "metadata" in src
      ? federatedMetadata(src, tf.max_concurrent)
      : federatedExemplars(src as ExemplarSource, tf.max_concurrent)
  ) as T;
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
  registerCardinalityApi(app.server.http, {
    prefix,
    stats: ingestersStats(app),
    tenantOf: queryTenantOf(app),
    cardinalityAnalysisEnabled: (t) => app.overrides.get(t).cardinality_analysis_enabled,
  });
  app.addLinks("Querier", [
    { href: "/api/v1/user_stats", title: "Tenant usage statistics (needs X-Scope-OrgID)" },
  ]);
}

/** The distributor's /distributor/all_user_stats page. */
export function registerDistributorStatsPage(app: ModuleContext): void {
  registerAllUserStatsPage(app.server.http, ingestersStats(app));
  app.addLinks("Distributor", [
    { href: "/distributor/all_user_stats", title: "Usage statistics of every tenant" },
  ]);
}

const NO_INGESTER =
  "no ingester in this process: run -target=all or -target=read,write, or join an ingester ring";

/**
 * The ingesters' statistics as the querier and distributor see them: the ingester ring's read
 * replication set in cluster mode (the tenant's shuffle shard with lookback, as for queries),
 * else this process's ingester as a one-instance set.
 */
function ingestersStats(app: ModuleContext): IngestersStats {
  const limits = (t: string) => app.overrides.get(t);
  const cluster = app.cluster;
  if (!cluster) {
    const local = (): IngesterStatsSource => {
      if (!app.ingester) throw new Error(NO_INGESTER);
      return app.ingester.stats();
    };
    return new IngestersStats({
      replicationSet: () => localReplicationSet(),
      allHealthy: () => localReplicationSet().set.instances,
      clientFor: () => local(),
      limits,
    });
  }
  const ring = () => {
    const r = cluster.ingesterRing?.ring;
    if (!r) throw new Error(NO_INGESTER);
    return r;
  };
  return new IngestersStats({
    replicationSet: (tenant) => {
      const now = Date.now();
      let r = ring();
      const rf = r.replicationFactor();
      const size = app.overrides.get(tenant).ingestion_tenant_shard_size;
      const lookback = app.overrides.get(tenant).query_ingesters_within;
      if (app.cfg.querier.shuffle_sharding_ingesters_enabled && size > 0 && lookback > 0)
        r = r.shuffleShardWithLookback(tenant, size, lookback, now);
      return { set: r.getReplicationSetForOperation(Read, now), replicationFactor: rf };
    },
    allHealthy: () => ring().getAllHealthy(Read).instances,
    clientFor: (inst) => {
      if (app.ingester && inst.addr === cluster.ingesterAddr) return app.ingester.stats();
      if (!cluster.ingesterPool) throw new Error(NO_INGESTER);
      return cluster.ingesterPool.clientFor(inst.addr);
    },
    limits,
    minimizeRequests: app.cfg.querier.minimize_ingester_requests,
  });
}
