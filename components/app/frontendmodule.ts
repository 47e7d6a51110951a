/**
 * The query-frontend module: the middleware chain, its results cache, the HTTP routes under the
 * Prometheus prefix and the way to the queriers. With a query-scheduler (its address, or the
 * scheduler ring) queries are enqueued there; otherwise the frontend keeps its own queue, which
 * queriers of this process pull in-process and remote queriers pull over gRPC
 * (-querier.frontend-address).
 */
import { hostname } from "node:os";
import { createCache } from "../cache/config.ts";
import { withCompression } from "../cache/snappy.ts";
import type { ModuleContext } from "./context.ts";
import { instanceAddress } from "../ring/from_config.ts";
import { newComponentRing } from "../ring/component_ring.ts";
import { dnsAddresses, ringAddresses } from "../scheduler/discovery.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import { QueryFrontend } from "../frontend/frontend.ts";
import { registerFrontendApi } from "../frontend/http.ts";
import type { Downstream } from "../frontend/request.ts";
import { SchedulerClient } from "../frontend/scheduler_client.ts";
import {
  addFrontendForQuerierService,
  FrontendQueue,
  PendingQueries,
} from "../frontend/transport.ts";
import { queryLimits, queryTenantOf } from "./readapi.ts";

/** Services the frontend module runs, in start order. */
function group(name: string, services: Service[]): Service {
  return new FuncService(name, {
    starting: async () => {
      for (const s of services) await s.startAsync();
    },
    stopping: async () => {
      for (const s of [...services].reverse()) await s.stopAsync();
    },
  });
}

export async function initQueryFrontend(app: ModuleContext): Promise<Service> {
  const cfg = app.cfg.frontend;
  const logger = app.logger.child({ component: "query-frontend" });
  // Queriers always answer the frontend in Prometheus's JSON; the protobuf format (Mimir's
  // default) is accepted for config compatibility but not implemented: said once at start.
  if (cfg.query_result_response_format === "protobuf")
    logger.info(
      "-query-frontend.query-result-response-format=protobuf is not implemented: queriers answer the query-frontend in JSON",
    );
  const services: Service[] = [];
  // A query the querier took but never answered (it died) fails after the querier's timeout.
  const pending = new PendingQueries(app.cfg.querier.timeout + 30_000);
  const sd = app.cfg.query_scheduler.service_discovery_mode;
  let downstream: Downstream;
  let queue: FrontendQueue | undefined;
  if (cfg.scheduler_address !== "" || sd === "ring") {
    let addresses = dnsAddresses(cfg.scheduler_address);
    if (sd === "ring") {
      if (!app.cluster)
        throw new Error(
          "query-frontend: -query-scheduler.service-discovery-mode=ring needs a ring KV store (memberlist or etcd)",
        );
      const ring = newComponentRing({
        name: "query-scheduler",
        values: app.cfg.query_scheduler.ring as never,
        stores: app.cluster.stores,
        register: false,
        grpcPort: app.cfg.server.grpc_listen_port,
      });
      services.push(ring.client);
      addresses = ringAddresses(ring.client, app.cfg.query_scheduler.max_used_instances);
    }
    const host = instanceAddress(
      app.cfg.server.grpc_listen_address === "0.0.0.0" ? "" : app.cfg.server.grpc_listen_address,
      [],
    );
    const client = new SchedulerClient({
      addresses,
      lookupPeriod: cfg.scheduler_dns_lookup_period,
      concurrency: cfg.scheduler_worker_concurrency,
      frontendAddress: () => `${host}:${app.server.grpcListenPort()}`,
      pending,
      maxQueriersPerTenant: (t) => app.overrides.get(t).max_queriers_per_tenant,
      logger,
    });
    services.push(client);
    app.addReadinessCheck({
      module: "query-frontend",
      check: () => {
        const r = client.readiness();
        return r === undefined ? undefined : `Query Frontend not ready: ${r}`;
      },
    });
    downstream = client;
  } else {
    queue = new FrontendQueue({
      maxOutstandingPerTenant: () => cfg.max_outstanding_per_tenant,
      maxQueriersPerTenant: (t) => app.overrides.get(t).max_queriers_per_tenant,
      registry: app.registry,
      querierForgetDelay: cfg.querier_forget_delay,
    });
    app.frontendQueue = queue;
    downstream = queue;
  }
  addFrontendForQuerierService(app.server.grpc, { queue, pending, logger });
  // Entries snappy-compressed when results_cache.compression says so. The cache also keeps the
  // cardinality estimates of query sharding by target series per shard.
  const cache =
    cfg.cache_results || cfg.query_sharding_target_series_per_shard > 0
      ? withCompression(
          await createCache("frontend-cache", cfg.results_cache, {
            registry: app.registry,
            metricsPrefix: "thanos_",
            onWarning: (msg, err) => logger.warn({ err }, msg),
          }),
          cfg.results_cache.compression,
        )
      : undefined;
  // A federated query (X-Scope-OrgID a|b) takes the smallest of its tenants' limits.
  const federatedOverrides = queryLimits(app);
  const frontend = new QueryFrontend(cfg, {
    downstream,
    limits: (t) => {
      if (!t.includes("|")) return app.overrides.get(t);
      // As Mimir: the query limits combined (queryLimits), the smallest positive parallelism
      // and the largest cache freshness of the tenants; the rest from the first tenant.
      const each = t.split("|").map((id) => app.overrides.get(id));
      const parallelism = each.map((l) => l.max_query_parallelism).filter((v) => v > 0);
      return {
        ...each[0],
        ...federatedOverrides.get(t),
        max_query_parallelism: parallelism.length > 0 ? Math.min(...parallelism) : 0,
        max_cache_freshness: Math.max(...each.map((l) => l.max_cache_freshness)),
      };
    },
    cache,
    logger,
    registry: app.registry,
    lookbackDelta: app.cfg.querier.lookback_delta,
  });
  registerFrontendApi(app.server.http, {
    prefix: app.cfg.api.prometheus_http_prefix,
    frontend,
    tenantOf: queryTenantOf(app),
    maxBodySize: cfg.max_body_size,
  });
  services.push(
    new FuncService("query-frontend-queue", {
      stopping: async () => {
        queue?.stop();
        pending.failAll(new Error("query-frontend is stopping"));
        await cache?.stop();
      },
    }),
  );
  logger.debug({ host: hostname() }, "query-frontend built");
  return group("query-frontend", services);
}
