/**
 * How each module is built in this process: its component, its HTTP routes, readiness checks and
 * index-page links. modules.ts registers each init under its module's name with its
 * dependencies; an init returns the module's service, or undefined when it only wires routes.
 */
import Fastify from "fastify";
import { collectDefaultMetrics } from "prom-client";
import { registerAdminApi } from "../api/admin.ts";
import { registerCompactorApi } from "../api/compactor/plugin.ts";
import { registerPrometheusApi } from "../api/prometheus/plugin.ts";
import { registerHATrackerPage, registerPushApi } from "../api/push/push.ts";
import { registerBlockUploadApi } from "../api/upload/plugin.ts";
import { Compactor } from "../compactor/compactor.ts";
import { ringJobOwnership, ringTenantOwnership } from "../compactor/sharding.ts";
import { Distributor } from "../distributor/distributor.ts";
import { IngesterBlocks } from "../ingester/blocks.ts";
import { registerIngesterApi } from "../ingester/http.ts";
import { Ingester } from "../ingester/ingester.ts";
import type { Pusher } from "../ingester/types.ts";
import { Engine } from "../promql/engine.ts";
import { newBlocksStoreQueryable, newQuerierQueryable } from "../querier/blocks_store_factory.ts";
import type { Queryable } from "../model/series.ts";
import { ShardingQueryable } from "../querier/shard_queryable.ts";
import { initQuerierWorker, querierUsesWorker } from "./querierworkermodule.ts";
import { injectHandler } from "../frontend/querier_worker.ts";
import { createBlocksStorageCaches } from "../storegateway/caches.ts";
import { addStoreGatewayService } from "../storegateway/grpc.ts";
import { registerStoreGatewayPages } from "../storegateway/http.ts";
import { ringBlockOwnership } from "../storegateway/sharding.ts";
import type { RingService } from "../ring/ring_service.ts";
import { StoreGateway, type StoreGatewayClient } from "../storegateway/storegateway.ts";
import { BasicService, FuncService, type Service } from "../util/services/service.ts";
import {
  clusterExemplarSource,
  compactorRing,
  haTrackerStore,
  clusterMetadataSource,
  healthyDistributors,
  ingesterClusterMembership,
  initDistributorRing,
  initIngesterRing,
  initMemberlistKV,
  ringIngesterQueryable,
  ringPusher,
  ringStoreGatewaySelector,
  serviceGroup,
  storeGatewayLifecycler,
  storeGatewayRing,
} from "./cluster.ts";
import type { ModuleContext } from "./context.ts";
import { ingesterExemplarSource, ingesterMetadataSource } from "./ingestersources.ts";
import { compactorRingWait, storeGatewayJoiningWait } from "./ringwait.ts";
import {
  federatedSource,
  queryLimits,
  queryTenantOf,
  registerDistributorStatsPage,
  registerReadApis,
} from "./readapi.ts";

export type ModuleInit = (app: ModuleContext) => Service | undefined | Promise<Service | undefined>;

/** A module registered but not implemented yet: a service that reports Running and does nothing. */
export class IdleService extends BasicService {}

export const initIdle =
  (name: string): ModuleInit =>
  () =>
    new IdleService(name);

/** A module with nothing to build in this process (its work is done by the modules around it). */
export const initNothing: ModuleInit = () => undefined;

function requireStoreGateway(app: ModuleContext): StoreGateway {
  if (!app.storeGateway) {
    throw new Error(
      "no store-gateway in this process: the gRPC store-gateway client is not available in this release; run -target=all",
    );
  }
  return app.storeGateway;
}

export const initServer: ModuleInit = (app) => app.server;

export const initApi: ModuleInit = (app) => {
  collectDefaultMetrics({ register: app.registry });
  app.server.isServing = () => app.readiness() === undefined;
  registerAdminApi(app.server.http, {
    registry: app.registry,
    rootBlock: app.configSpec,
    config: app.cfg as unknown as Record<string, any>,
    runtimeConfig: app.runtimeConfig,
    overrides: app.overrides,
    services: () => app.serviceList(),
    readiness: () => app.readiness(),
    tenantOf: app.tenantOf,
    links: () => app.linkSections(),
  });
  app.addLinks("Admin", [
    { href: "/ready", title: "Readiness" },
    { href: "/services", title: "Services and their states" },
    { href: "/config", title: "Current config (secrets masked)" },
    { href: "/config?mode=diff", title: "Config: values that differ from the defaults" },
    { href: "/config?mode=defaults", title: "Config: defaults" },
    { href: "/runtime_config", title: "Runtime config" },
    {
      href: "/runtime_config?mode=diff",
      title: "Runtime config: overrides that differ from the defaults",
    },
    { href: "/metrics", title: "Metrics (Prometheus exposition format)" },
    { href: "/api/v1/status/buildinfo", title: "Build information" },
  ]);
  return undefined;
};

export const initRuntimeConfig: ModuleInit = (app) => app.runtimeConfig;

export const initMemberlistKVModule: ModuleInit = (app) =>
  app.cluster ? initMemberlistKV(app, app.cluster) : undefined;

export const initIngesterRingModule: ModuleInit = (app) =>
  app.cluster ? initIngesterRing(app, app.cluster) : undefined;

/** Keeps an async readiness answer current for the synchronous /ready check. */
function pollReadiness(
  check: () => Promise<string | undefined>,
  initial: string,
): { current: () => string | undefined; stop: () => void } {
  let value: string | undefined = initial;
  let busy = false;
  const t = setInterval(() => {
    if (busy) return;
    busy = true;
    check()
      .then(
        (v) => {
          value = v;
        },
        (e) => {
          value = (e as Error).message;
        },
      )
      .finally(() => {
        busy = false;
      });
  }, 500);
  t.unref();
  return { current: () => value, stop: () => clearInterval(t) };
}

export const initIngesterService: ModuleInit = (app) => {
  const ingester = new Ingester(
    { ingester: app.cfg.ingester, tsdb: app.cfg.blocks_storage.tsdb },
    {
      logger: app.logger.child({ component: "ingester" }),
      registry: app.registry,
      overrides: app.overrides,
    },
  );
  app.ingester = ingester;
  app.addReadinessCheck({
    module: "ingester",
    check: () => {
      const r = ingester.isReady();
      return r === undefined ? undefined : `Ingester not ready: ${r}`;
    },
  });
  return ingester;
};

export const initIngester: ModuleInit = (app) => {
  const ingester = app.ingester;
  if (ingester === undefined)
    throw new Error("ingester: the ingester-service module was not built");
  const logger = app.logger.child({ component: "ingester" });
  // Head compaction, shipping, local block retention and reads of local blocks. Stopped
  // before ingester-service (reverse dependency order), so it can flush on shutdown.
  const blocks = new IngesterBlocks({
    ingester,
    bucket: app.blocksBucket("ingester"),
    logger,
    registry: app.registry,
  });
  app.ingesterBlocks = blocks;
  const cluster = app.cluster;
  if (cluster) {
    // In cluster mode the ingester joins the ingester ring (after its WAL replay: this module
    // starts after ingester-service) and serves gRPC. On shutdown it goes LEAVING, flushes if
    // asked to (prepare-shutdown, /ingester/shutdown), then unregisters if so configured.
    let flagsRef: { unregisterOnShutdown: boolean } | undefined;
    const lc = ingesterClusterMembership(app, cluster, ingester, {
      onLeaving: async () => {
        if (flagsRef) lc.setUnregisterOnShutdown(flagsRef.unregisterOnShutdown);
        await blocks.stopAsync();
      },
    });
    flagsRef = registerIngesterApi(app.server.http, {
      ingester,
      blocks,
      logger,
      registry: app.registry,
      ring: lc,
      shutdown: async () => lc.stopAsync(),
    });
    const ready = pollReadiness(() => lc.checkReady(), "the ingester has not joined the ring yet");
    app.addReadinessCheck({
      module: "ingester-ring",
      check: () => {
        const r = ready.current();
        return r === undefined ? undefined : `Ingester not ready: ${r}`;
      },
    });
    lc.addListener((_f, to) => {
      if (to === "Terminated" || to === "Failed") ready.stop();
    });
    app.addLinks("Ingester", [{ href: "/ingester/ring", title: "Ingester ring status" }]);
    addIngesterLinks(app);
    return serviceGroup("ingester", [blocks, lc]);
  }
  registerIngesterApi(app.server.http, { ingester, blocks, logger, registry: app.registry });
  addIngesterLinks(app);
  return blocks;
};

function addIngesterLinks(app: ModuleContext): void {
  app.addLinks("Ingester", [
    { href: "/ingester/tenants", title: "Tenants with in-memory data" },
    {
      href: "/ingester/flush",
      title: "Trigger a flush of the in-memory time series data to long-term storage",
    },
    { href: "/ingester/prepare-shutdown", title: "Prepare for shutdown" },
  ]);
}

export const initDistributorService: ModuleInit = (app) => {
  const cluster = app.cluster;
  if (cluster) {
    // Only a process that receives writes joins the distributor ring (Mimir: canJoinDistributorsRing)
    // and tracks HA replicas; a querier builds the distributor service only to read from ingesters.
    const writes = app.modules.includes("distributor");
    const ha = writes ? haTrackerStore(app, cluster) : {};
    app.distributor = new Distributor(app.cfg.distributor, {
      logger: app.logger,
      registry: app.registry,
      overrides: app.overrides,
      pusher: ringPusher(app, cluster),
      healthyDistributors: healthyDistributors(cluster),
      haStore: ha.store,
    });
    if (!writes) return app.distributor;
    const ringSvc = initDistributorRing(app, cluster);
    app.addLinks("Distributor", [{ href: "/distributor/ring", title: "Distributor ring status" }]);
    return serviceGroup("distributor-service", [
      ringSvc,
      ...(ha.service ? [ha.service] : []),
      app.distributor,
    ]);
  }
  // The ingester of this process, looked up per push: modules are built in dependency order
  // and the distributor does not depend on the ingester (in Mimir they meet through the ring).
  const pusher: Pusher = {
    push: async (tenant, batch) => {
      if (!app.ingester) {
        throw new Error(
          "no ingester in this process: the gRPC ingester client is not available in this release; run -target=all or -target=write",
        );
      }
      return app.ingester.push(tenant, batch);
    },
  };
  app.distributor = new Distributor(app.cfg.distributor, {
    logger: app.logger,
    registry: app.registry,
    overrides: app.overrides,
    pusher,
  });
  return app.distributor;
};

export const initDistributor: ModuleInit = async (app) => {
  await registerPushApi(app.server.http, {
    distributor: app.distributor!,
    tenantOf: app.tenantOf,
    skipLabelNameValidationHeaderEnabled: app.cfg.api.skip_label_name_validation_header_enabled,
    skipLabelCountValidationHeaderEnabled: app.cfg.api.skip_label_count_validation_header_enabled,
  });
  registerHATrackerPage(app.server.http, app.distributor!);
  registerDistributorStatsPage(app);
  app.addLinks("Distributor", [{ href: "/distributor/ha_tracker", title: "HA tracker status" }]);
  return undefined;
};

export const initStoreQueryable: ModuleInit = async (app) => {
  // The store-gateway of this process, looked up per request (it is built after this module).
  const client: StoreGatewayClient = {
    series: (req) => requireStoreGateway(app).series(req),
    labelNames: (req) => requireStoreGateway(app).labelNames(req),
    labelValues: (req) => requireStoreGateway(app).labelValues(req),
  };
  // The querier reads the bucket index through the metadata cache.
  const caches = await createBlocksStorageCaches(
    app.blocksBucket("querier"),
    app.cfg.blocks_storage.bucket_store,
    {
      registry: app.registry,
      component: "querier",
      logger: app.logger.child({ component: "querier" }),
    },
  );
  const cluster = app.cluster;
  const ringSvc = cluster ? storeGatewayRing(app, cluster) : undefined;
  app.storeQueryable = newBlocksStoreQueryable(
    { querier: app.cfg.querier, blocks_storage: app.cfg.blocks_storage },
    {
      bucket: caches.bucket,
      registry: app.registry,
      logger: app.logger,
      storeGateway: cluster ? ringStoreGatewaySelector(app, cluster) : client,
      overrides: app.overrides,
    },
  );
  const svc = new FuncService("store-queryable", { stopping: () => caches.stop() });
  return ringSvc ? serviceGroup("store-queryable", [ringSvc, svc]) : svc;
};

export const initQueryable: ModuleInit = (app) => {
  const ingesters: Queryable = {
    querier: async (tenant, mint, maxt) => {
      if (!app.ingester) {
        throw new Error(
          "no ingester in this process: the gRPC ingester client is not available in this release; run -target=all or -target=read,write",
        );
      }
      return (app.ingesterBlocks?.queryable() ?? app.ingester.queryable()).querier(
        tenant,
        mint,
        maxt,
      );
    },
  };
  app.queryable = newQuerierQueryable(
    { querier: app.cfg.querier },
    {
      ingesters: app.cluster ? ringIngesterQueryable(app, app.cluster) : ingesters,
      store: app.storeQueryable,
      overrides: app.overrides,
    },
  );
  return undefined;
};

export const initStoreGateway: ModuleInit = async (app) => {
  // Index cache (expanded postings), chunks cache (subranges, through the caching bucket) and
  // metadata cache, from blocks_storage.bucket_store.{index_cache,chunks_cache,metadata_cache}.
  const caches = await createBlocksStorageCaches(
    app.blocksBucket("store-gateway"),
    app.cfg.blocks_storage.bucket_store,
    {
      registry: app.registry,
      component: "store-gateway",
      logger: app.logger.child({ component: "store-gateway" }),
    },
  );
  // In cluster mode the store-gateway holds the blocks its ring assigns it (HashBlockID, RF,
  // tenant shard), loads them while JOINING, then goes ACTIVE, and serves them over gRPC.
  const cluster = app.cluster;
  const ringSvc = cluster ? storeGatewayRing(app, cluster) : undefined;
  let sg: StoreGateway | undefined;
  const lc = cluster
    ? storeGatewayLifecycler(app, cluster, {
        onJoining: async () => {
          await storeGatewayJoiningWait(app, cluster.storeGatewayRing as RingService, lc!);
          await (sg as StoreGateway).startAsync();
        },
      })
    : undefined;
  sg = new StoreGateway(
    {
      bucket_store: app.cfg.blocks_storage.bucket_store,
      enabled_tenants: app.cfg.store_gateway.enabled_tenants,
      disabled_tenants: app.cfg.store_gateway.disabled_tenants,
    },
    {
      logger: app.logger.child({ component: "store-gateway" }),
      registry: app.registry,
      bucket: caches.bucket,
      indexCache: caches.indexCache,
      ownsBlock:
        cluster && lc && ringSvc
          ? ringBlockOwnership(
              () => (cluster.storeGatewayRing as RingService).ring,
              lc.cfg.id,
              (t) => app.overrides.get(t).store_gateway_tenant_shard_size,
            )
          : undefined,
    },
  );
  const store = sg;
  store.addListener((_from, to) => {
    if (to === "Terminated" || to === "Failed") void caches.stop();
  });
  app.storeGateway = store;
  registerStoreGatewayPages(app.server.http, { storeGateway: store });
  app.addReadinessCheck({ module: "store-gateway", check: () => store.readiness() });
  app.addLinks("Store-gateway", [
    { href: "/store-gateway/tenants", title: "Tenants and their blocks" },
  ]);
  if (cluster && lc && ringSvc) {
    addStoreGatewayService(app.server.grpc, store);
    // Re-sync when the ring changes (instances joining or leaving move blocks).
    let pending: NodeJS.Timeout | undefined;
    (cluster.storeGatewayRing as RingService).onUpdate(() => {
      if (pending || store.state() !== "Running") return;
      pending = setTimeout(() => {
        pending = undefined;
        void store
          .syncBlocks()
          .catch((err) =>
            app.logger.warn({ err }, "store-gateway: sync after a ring change failed"),
          );
      }, 1_000);
      pending.unref();
    });
    app.addLinks("Store-gateway", [
      { href: "/store-gateway/ring", title: "Store-gateway ring status" },
    ]);
    return serviceGroup("store-gateway", [ringSvc, lc, store]);
  }
  return store;
};

export const initCompactor: ModuleInit = (app) => {
  // In cluster mode compactors split tenants and jobs over the compactor ring.
  const cluster = app.cluster;
  const membership = cluster ? compactorRing(app, cluster) : undefined;
  const shardSize = (t: string) => app.overrides.get(t).compactor_tenant_shard_size;
  const compactor = new Compactor(app.cfg.compactor, {
    logger: app.logger.child({ component: "compactor" }),
    registry: app.registry,
    bucket: app.blocksBucket("compactor"),
    overrides: app.overrides,
    ...(membership
      ? {
          ownsTenant: ringTenantOwnership(() => membership.ring.ring, membership.id, shardSize),
          ownsJob: ringJobOwnership(() => membership.ring.ring, membership.id, shardSize),
        }
      : {}),
  });
  app.compactor = compactor;
  registerCompactorApi(app.server.http, { compactor, tenantOf: app.tenantOf });
  registerBlockUploadApi(app.server.http, { uploader: compactor.uploader, tenantOf: app.tenantOf });
  app.addLinks("Compactor", [
    { href: "/compactor/tenants", title: "Tenants and planned compaction jobs" },
  ]);
  if (membership) {
    app.addLinks("Compactor", [{ href: "/compactor/ring", title: "Compactor ring status" }]);
    return serviceGroup("compactor", [
      membership.ring,
      membership.lifecycler,
      compactorRingWait(app, membership.ring, membership.lifecycler),
      compactor,
    ]);
  }
  return compactor;
};

export const initQuerier: ModuleInit = (app) => {
  const q = app.cfg.querier;
  // Behind a query-frontend (or scheduler) the API is served to the worker, not on the port.
  const viaWorker = querierUsesWorker(app);
  const api = viaWorker && app.modules.includes("query-frontend") ? Fastify() : app.server.http;
  const engine = new Engine({
    lookbackDelta: q.lookback_delta,
    maxSamples: q.max_samples,
    timeout: q.timeout,
    defaultSubqueryStep: q.default_evaluation_interval,
  });
  registerPrometheusApi(api, {
    prefix: app.cfg.api.prometheus_http_prefix,
    engine,
    queryable: new ShardingQueryable(app.queryable!),
    tenantOf: queryTenantOf(app),
    limits: queryLimits(app),
    lookbackDelta: q.lookback_delta,
    metadata: federatedSource(
      app,
      app.cluster
        ? clusterMetadataSource(app, app.cluster)
        : ingesterMetadataSource(() => app.ingester),
    ),
    exemplars: federatedSource(
      app,
      app.cluster
        ? clusterExemplarSource(app, app.cluster)
        : ingesterExemplarSource(() => app.ingester),
    ),
  });
  registerReadApis(app);
  const p = app.cfg.api.prometheus_http_prefix;
  app.addLinks("Querier", [
    { href: `${p}/api/v1/labels`, title: "Label names (needs X-Scope-OrgID)" },
    { href: `${p}/api/v1/status/buildinfo`, title: "Prometheus API build information" },
  ]);
  return viaWorker ? initQuerierWorker(app, injectHandler(api)) : undefined;
};
