/**
 * How each module of the graph is built in this process: its component, its HTTP routes,
 * readiness checks and index-page links. Modules without an entry here are registered as
 * services that report their state and serve nothing yet.
 */
import { collectDefaultMetrics } from "prom-client";
import { registerAdminApi } from "../api/admin.ts";
import { registerCompactorApi } from "../api/compactor/plugin.ts";
import { registerPrometheusApi } from "../api/prometheus/plugin.ts";
import { registerHATrackerPage, registerPushApi } from "../api/push/push.ts";
import { registerBlockUploadApi } from "../api/upload/plugin.ts";
import { Compactor } from "../compactor/compactor.ts";
import { Distributor } from "../distributor/distributor.ts";
import { IngesterBlocks } from "../ingester/blocks.ts";
import { registerIngesterApi } from "../ingester/http.ts";
import { Ingester } from "../ingester/ingester.ts";
import type { Pusher } from "../ingester/types.ts";
import { Engine } from "../promql/engine.ts";
import { newBlocksStoreQueryable, newQuerierQueryable } from "../querier/blocks_store_factory.ts";
import { ingesterExemplarSource, ingesterMetadataSource } from "../querier/ingestersources.ts";
import type { Queryable } from "../model/series.ts";
import { createBlocksStorageCaches } from "../storegateway/caches.ts";
import { registerStoreGatewayPages } from "../storegateway/http.ts";
import { StoreGateway, type StoreGatewayClient } from "../storegateway/storegateway.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import type { App } from "./app.ts";
import { rootBlock } from "./config.ts";

export type ModuleInit = (app: App) => Service | undefined | Promise<Service | undefined>;

function requireStoreGateway(app: App): StoreGateway {
  if (!app.storeGateway) {
    throw new Error("no store-gateway in this process: the gRPC store-gateway client is not available in this release; run -target=all");
  }
  return app.storeGateway;
}

export const MODULE_INITS: Record<string, ModuleInit> = {
  server: (app) => app.server,
  api: (app) => {
    collectDefaultMetrics({ register: app.registry });
    app.server.isServing = () => app.readiness() === undefined;
    registerAdminApi(app.server.http, {
      registry: app.registry,
      rootBlock,
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
      { href: "/runtime_config?mode=diff", title: "Runtime config: overrides that differ from the defaults" },
      { href: "/metrics", title: "Metrics (Prometheus exposition format)" },
      { href: "/api/v1/status/buildinfo", title: "Build information" },
    ]);
    return undefined;
  },
  "activity-tracker": () => undefined,
  "sanity-check": () => undefined,
  "usage-stats": () => undefined,
  "runtime-config": (app) => app.runtimeConfig,
  overrides: () => undefined,

  "ingester-service": (app) => {
    const ingester = new Ingester(
      { ingester: app.cfg.ingester, tsdb: app.cfg.blocks_storage.tsdb },
      { logger: app.logger.child({ component: "ingester" }), registry: app.registry, overrides: app.overrides },
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
  },

  ingester: (app) => {
    const ingester = app.ingester;
    if (ingester === undefined) throw new Error("ingester: the ingester-service module was not built");
    const logger = app.logger.child({ component: "ingester" });
    // Head compaction, shipping, local block retention and reads of local blocks. Stopped
    // before ingester-service (reverse dependency order), so it can flush on shutdown.
    const blocks = new IngesterBlocks({ ingester, bucket: app.blocksBucket("ingester"), logger, registry: app.registry });
    app.ingesterBlocks = blocks;
    registerIngesterApi(app.server.http, { ingester, blocks, logger, registry: app.registry });
    app.addLinks("Ingester", [
      { href: "/ingester/tenants", title: "Tenants with in-memory data" },
      { href: "/ingester/flush", title: "Trigger a flush of the in-memory time series data to long-term storage" },
      { href: "/ingester/prepare-shutdown", title: "Prepare for shutdown" },
    ]);
    return blocks;
  },

  "distributor-service": (app) => {
    // The ingester of this process, looked up per push: modules are built in dependency order
    // and the distributor does not depend on the ingester (in Mimir they meet through the ring).
    const pusher: Pusher = {
      push: async (tenant, batch) => {
        if (!app.ingester) {
          throw new Error("no ingester in this process: the gRPC ingester client is not available in this release; run -target=all or -target=write");
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
  },

  distributor: async (app) => {
    await registerPushApi(app.server.http, {
      distributor: app.distributor!,
      tenantOf: app.tenantOf,
      skipLabelNameValidationHeaderEnabled: app.cfg.api.skip_label_name_validation_header_enabled,
      skipLabelCountValidationHeaderEnabled: app.cfg.api.skip_label_count_validation_header_enabled,
    });
    registerHATrackerPage(app.server.http, app.distributor!);
    app.addLinks("Distributor", [{ href: "/distributor/ha_tracker", title: "HA tracker status" }]);
    return undefined;
  },

  "store-queryable": async (app) => {
    // The store-gateway of this process, looked up per request (it is built after this module).
    const client: StoreGatewayClient = {
      series: (req) => requireStoreGateway(app).series(req),
      labelNames: (req) => requireStoreGateway(app).labelNames(req),
      labelValues: (req) => requireStoreGateway(app).labelValues(req),
    };
    // The querier reads the bucket index through the metadata cache.
    const caches = await createBlocksStorageCaches(app.blocksBucket("querier"), app.cfg.blocks_storage.bucket_store, {
      registry: app.registry,
      component: "querier",
      logger: app.logger.child({ component: "querier" }),
    });
    app.storeQueryable = newBlocksStoreQueryable(
      { querier: app.cfg.querier, blocks_storage: app.cfg.blocks_storage },
      { bucket: caches.bucket, registry: app.registry, logger: app.logger, storeGateway: client, overrides: app.overrides },
    );
    return new FuncService("store-queryable", { stopping: () => caches.stop() });
  },

  queryable: (app) => {
    const ingesters: Queryable = {
      querier: async (tenant, mint, maxt) => {
        if (!app.ingester) {
          throw new Error("no ingester in this process: the gRPC ingester client is not available in this release; run -target=all or -target=read,write");
        }
        return (app.ingesterBlocks?.queryable() ?? app.ingester.queryable()).querier(tenant, mint, maxt);
      },
    };
    app.queryable = newQuerierQueryable({ querier: app.cfg.querier }, { ingesters, store: app.storeQueryable, overrides: app.overrides });
    return undefined;
  },

  "store-gateway": async (app) => {
    // Index cache (expanded postings), chunks cache (subranges, through the caching bucket) and
    // metadata cache, from blocks_storage.bucket_store.{index_cache,chunks_cache,metadata_cache}.
    const caches = await createBlocksStorageCaches(app.blocksBucket("store-gateway"), app.cfg.blocks_storage.bucket_store, {
      registry: app.registry,
      component: "store-gateway",
      logger: app.logger.child({ component: "store-gateway" }),
    });
    const sg = new StoreGateway(
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
      },
    );
    sg.addListener((_from, to) => {
      if (to === "Terminated" || to === "Failed") void caches.stop();
    });
    app.storeGateway = sg;
    registerStoreGatewayPages(app.server.http, { storeGateway: sg });
    app.addReadinessCheck({ module: "store-gateway", check: () => sg.readiness() });
    app.addLinks("Store-gateway", [{ href: "/store-gateway/tenants", title: "Tenants and their blocks" }]);
    return sg;
  },

  compactor: (app) => {
    const compactor = new Compactor(app.cfg.compactor, {
      logger: app.logger.child({ component: "compactor" }),
      registry: app.registry,
      bucket: app.blocksBucket("compactor"),
      overrides: app.overrides,
    });
    app.compactor = compactor;
    registerCompactorApi(app.server.http, { compactor, tenantOf: app.tenantOf });
    registerBlockUploadApi(app.server.http, { uploader: compactor.uploader, tenantOf: app.tenantOf });
    app.addLinks("Compactor", [{ href: "/compactor/tenants", title: "Tenants and planned compaction jobs" }]);
    return compactor;
  },

  querier: (app) => {
    const q = app.cfg.querier;
    const engine = new Engine({
      lookbackDelta: q.lookback_delta,
      maxSamples: q.max_samples,
      timeout: q.timeout,
      defaultSubqueryStep: q.default_evaluation_interval,
    });
    registerPrometheusApi(app.server.http, {
      prefix: app.cfg.api.prometheus_http_prefix,
      engine,
      queryable: app.queryable!,
      tenantOf: app.tenantOf,
      limits: app.overrides,
      lookbackDelta: q.lookback_delta,
      metadata: ingesterMetadataSource(() => app.ingester),
      exemplars: ingesterExemplarSource(() => app.ingester),
    });
    const p = app.cfg.api.prometheus_http_prefix;
    app.addLinks("Querier", [
      { href: `${p}/api/v1/labels`, title: "Label names (needs X-Scope-OrgID)" },
      { href: `${p}/api/v1/status/buildinfo`, title: "Prometheus API build information" },
    ]);
    return undefined;
  },
};

