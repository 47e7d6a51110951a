/**
 * Scale-out wiring: the KV stores, the rings, the gRPC client pools and the lifecyclers that let
 * each target run as its own process (Mimir's ring-based modules). A process is in cluster mode
 * when any ring is stored in etcd, when -memberlist.join names other members, or when its
 * targets do not hold every component they call (a lone distributor, querier, store-gateway,
 * ...). Otherwise — `-target=all` (or `write`, `read,write`) with no join list — the components
 * call each other in-process as before and no ring is built.
 */
import type { Logger } from "pino";
import { KVHAStore, replicaDescCodec } from "../distributor/hatracker_kv.ts";
import { RingPusher } from "../distributor/ringpush.ts";
import { RemoteIngester } from "../ingester/client/client.ts";
import { addIngesterService } from "../ingester/client/server.ts";
import { decodeWriteRequest } from "../ingester/client/writerequest.ts";
import type { Ingester } from "../ingester/ingester.ts";
import type { Pusher } from "../ingester/types.ts";
import { IngesterRingQueryable } from "../querier/ingester_ring_queryable.ts";
import { RingStoreGatewaySelector } from "../querier/storegateway_ring_selector.ts";
import { ringDescCodec } from "../ring/codec.ts";
import type { KVStoreValues } from "../ring/config.ts";
import { newKVClient } from "../ring/kv/factory.ts";
import { InMemoryKV } from "../ring/kv/inmemory.ts";
import type { KVClient } from "../ring/kv/kv.ts";
import { MemberlistKV } from "../ring/kv/memberlist/memberlist_kv.ts";
import {
  ringConfigFromValues,
  type RingValues,
  lifecyclerConfigFromValues,
} from "../ring/from_config.ts";
import { registerRingPage } from "../ring/http.ts";
import { Lifecycler, type LifecyclerDelegate } from "../ring/lifecycler.ts";
import type { RingDesc } from "../ring/model.ts";
import { WriteNoExtend } from "../ring/operation.ts";
import { RingService } from "../ring/ring_service.ts";
import type { ExemplarSource, MetadataSource } from "../api/prometheus/plugin.ts";
import { type Labels, labelsKey } from "../model/labels.ts";
import type { Queryable } from "../model/series.ts";
import { RemoteStoreGateway } from "../storegateway/grpc.ts";
import type { StoreGatewayClient } from "../storegateway/storegateway.ts";
import { ClientPool } from "../grpcclient/pool.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { grpcClientConfigBlock } from "../grpcclient/config.ts";
import { clientCredentials } from "../grpcclient/tls.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import type { ClusterState, ModuleContext } from "./context.ts";

/** Ring keys in the KV store (Mimir's). */
export const INGESTER_RING_KEY = "ring";
export const DISTRIBUTOR_RING_KEY = "distributor";
export const STORE_GATEWAY_RING_KEY = "store-gateway";
export const COMPACTOR_RING_KEY = "compactor";

/**
 * The KV stores of the rings the process uses: the ingester, distributor, store-gateway and
 * compactor rings (every process in cluster mode may read them), and the rings of the other
 * modules in `modules` (module names; all of them when undefined). Mimir starts memberlist only
 * for the rings its modules use, so a process whose rings are all in etcd never binds 7946.
 */
export function ringStores(
  cfg: ModuleContext["cfg"],
  modules?: readonly string[],
): KVStoreValues[] {
  const runs = (...names: string[]) =>
    modules === undefined || names.some((n) => modules.includes(n));
  const stores = [
    cfg.ingester.ring.kvstore,
    cfg.distributor.ring.kvstore,
    cfg.store_gateway.sharding_ring.kvstore,
    cfg.compactor.sharding_ring.kvstore,
  ] as KVStoreValues[];
  if (runs("ruler")) stores.push(cfg.ruler.ring.kvstore as KVStoreValues);
  if (runs("alertmanager")) stores.push(cfg.alertmanager.sharding_ring.kvstore as KVStoreValues);
  if (
    cfg.query_scheduler.service_discovery_mode === "ring" &&
    runs("query-scheduler", "query-frontend", "querier")
  )
    stores.push(cfg.query_scheduler.ring.kvstore as KVStoreValues);
  if (runs("overrides-exporter") && cfg.overrides_exporter.ring.enabled)
    stores.push(cfg.overrides_exporter.ring.kvstore as KVStoreValues);
  const ha = cfg.distributor.ha_tracker;
  if (ha.enable_ha_tracker && ha.kvstore.store === "memberlist")
    stores.push({ ...ha.kvstore, etcd: stores[0].etcd } as KVStoreValues);
  return stores;
}

/**
 * The HA tracker's store in cluster mode: elections shared through memberlist when
 * `-distributor.ha-tracker.store=memberlist`; any other store keeps them in this process (and
 * says so), since consul is not supported and etcd is not wired for the HA tracker yet.
 */
export function haTrackerStore(
  app: ModuleContext,
  cluster: ClusterState,
): { store?: KVHAStore; service?: Service } {
  const ha = app.cfg.distributor.ha_tracker;
  if (!ha.enable_ha_tracker) return {};
  if (ha.kvstore.store !== "memberlist" || !cluster.stores.memberlist) {
    app.logger.warn(
      { store: ha.kvstore.store },
      "the HA tracker keeps its elected replicas in this process: only -distributor.ha-tracker.store=memberlist shares them between distributors in mimir-ts",
    );
    return {};
  }
  const kv = newKVClient(
    { ...ha.kvstore, etcd: (app.cfg.ingester.ring.kvstore as KVStoreValues).etcd } as KVStoreValues,
    replicaDescCodec,
    cluster.stores,
  );
  const store = new KVHAStore(kv, (err) => app.logger.warn({ err }, "HA tracker: KV store error"));
  return {
    store,
    service: new FuncService("ha-tracker-kv", {
      starting: () => store.start(),
      stopping: async () => store.stop(),
    }),
  };
}

/** Whether the process runs with rings and gRPC (see the file comment). */
export function isClusterMode(
  cfg: ModuleContext["cfg"],
  missingPeers: boolean,
  modules?: readonly string[],
): boolean {
  if (missingPeers) return true;
  if (cfg.memberlist.join_members.length > 0) return true;
  return ringStores(cfg, modules).some((s) => s.store === "etcd");
}

/** Starts the services in order and stops them in reverse, as one service. */
export function serviceGroup(name: string, services: Service[]): Service {
  return new FuncService(name, {
    starting: async () => {
      for (const s of services) await s.startAsync();
    },
    stopping: async () => {
      for (const s of [...services].reverse()) await s.stopAsync();
    },
  });
}

function pinoLike(logger: Logger) {
  return {
    info: (o: object, msg: string) => logger.info(o, msg),
    warn: (o: object, msg: string) => logger.warn(o, msg),
    error: (o: object, msg: string) => logger.error(o, msg),
    debug: (o: object, msg: string) => logger.debug(o, msg),
  };
}

/** The memberlist-kv module: the gossip store (and an in-memory one) the rings are built on. */
export function initMemberlistKV(app: ModuleContext, cluster: ClusterState): Service | undefined {
  const stores = ringStores(app.cfg, app.modules).map((s) => s.store);
  cluster.stores.inmemory ??= new InMemoryKV();
  if (!stores.includes("memberlist")) return undefined;
  const ml = new MemberlistKV(app.cfg.memberlist, {
    logger: pinoLike(app.logger.child({ component: "memberlist" })),
  });
  cluster.stores.memberlist = ml;
  return ml;
}

function ringKV(cluster: ClusterState, kvstore: KVStoreValues): KVClient<RingDesc> {
  return newKVClient(kvstore, ringDescCodec, cluster.stores);
}

/** A ring client kept current from the KV store, with its status page. */
export function newRingClient(
  app: ModuleContext,
  cluster: ClusterState,
  opts: {
    name: string;
    key: string;
    values: RingValues & { kvstore: KVStoreValues };
    pages: string[];
    replicationFactor?: number;
  },
): RingService {
  const kv = ringKV(cluster, opts.values.kvstore);
  const svc = new RingService(
    opts.name,
    ringConfigFromValues(opts.values, { replicationFactor: opts.replicationFactor }),
    kv,
    opts.key,
  );
  for (const p of opts.pages) registerRingPage(app.server.http, p, svc.ring, kv, opts.key);
  return svc;
}

export function newLifecycler(
  app: ModuleContext,
  cluster: ClusterState,
  opts: {
    name: string;
    key: string;
    values: RingValues & { kvstore: KVStoreValues };
    numTokens?: number;
    autoForget?: number;
    delegate?: LifecyclerDelegate;
  },
): Lifecycler {
  const cfg = lifecyclerConfigFromValues(opts.values, {
    ringName: opts.name,
    ringKey: opts.key,
    grpcPort: app.cfg.server.grpc_listen_port,
    numTokens: opts.numTokens,
    autoForgetUnhealthyPeriods: opts.autoForget,
  });
  return new Lifecycler(cfg, ringKV(cluster, opts.values.kvstore), {
    delegate: opts.delegate,
    logger: pinoLike(app.logger.child({ component: `${opts.name}-lifecycler` })),
  });
}

/** The ingester-ring module: the ingester ring client and the ingester client pool. */
export function initIngesterRing(app: ModuleContext, cluster: ClusterState): Service {
  const ring = newRingClient(app, cluster, {
    name: "ingester",
    key: INGESTER_RING_KEY,
    values: app.cfg.ingester.ring as never,
    pages: ["/ingester/ring", "/ring"],
    replicationFactor: app.cfg.ingester.ring.replication_factor,
  });
  cluster.ingesterRing = ring;
  const clientCfg = {
    ...defaultsOf(grpcClientConfigBlock("ingester.client")),
    ...app.cfg.ingester_client.grpc_client_config,
  };
  const pool = new ClientPool<RemoteIngester>(
    "ingester-client-pool",
    {
      checkInterval: 15_000,
      healthCheckEnabled: true,
      healthCheckTimeout: 1_000,
      maxConcurrentHealthChecks: 16,
    },
    clientCfg,
    {
      logger: app.logger.child({ component: "ingester-client-pool" }),
      factory: (addr, channel) =>
        new RemoteIngester(addr, channel, {
          pushTimeout: app.cfg.distributor.remote_timeout,
          queryTimeout: app.cfg.querier.timeout,
        }),
      discovery: () => ring.ring.getInstances().map((i) => i.addr),
    },
  );
  cluster.ingesterPool = pool;
  return serviceGroup("ingester-ring", [ring, pool]);
}

/** This process's own ingester when `addr` is its ring address (calls to it stay in-process). */
function localIngester(
  app: ModuleContext,
  cluster: ClusterState,
  addr: string,
): Ingester | undefined {
  return app.ingester && addr === cluster.ingesterAddr ? app.ingester : undefined;
}

/** The pooled gRPC client of the ingester at `addr`. */
function remoteIngester(cluster: ClusterState, addr: string): RemoteIngester {
  return (cluster.ingesterPool as ClientPool<RemoteIngester>).clientFor(addr);
}

/** The distributor's path to the ingesters in cluster mode. */
export function ringPusher(app: ModuleContext, cluster: ClusterState): Pusher {
  return new RingPusher({
    ring: () => (cluster.ingesterRing as RingService).ring,
    clientFor: (addr) => {
      const local = localIngester(app, cluster, addr);
      return local
        ? { pushBody: (t, body) => local.push(t, decodeWriteRequest(body)) }
        : remoteIngester(cluster, addr);
    },
    shardSize: (t) => app.overrides.get(t).ingestion_tenant_shard_size,
    onInstanceError: (addr) => cluster.ingesterPool?.removeClientFor(addr),
  });
}

/** The querier's view of the ingesters in cluster mode. */
export function ringIngesterQueryable(app: ModuleContext, cluster: ClusterState): Queryable {
  return new IngesterRingQueryable({
    ring: () => (cluster.ingesterRing as RingService).ring,
    clientFor: (addr) =>
      localIngester(app, cluster, addr)?.queryable() ?? remoteIngester(cluster, addr),
    shardSize: (t) => app.overrides.get(t).ingestion_tenant_shard_size,
    shuffleShardingEnabled: app.cfg.querier.shuffle_sharding_ingesters_enabled,
    lookback: (t) => app.overrides.get(t).query_ingesters_within,
    minimizeRequests: app.cfg.querier.minimize_ingester_requests,
    onInstanceError: (addr) => cluster.ingesterPool?.removeClientFor(addr),
  });
}

/** Healthy distributors, for dividing the global ingestion rate limit. */
export function healthyDistributors(cluster: ClusterState): () => number {
  return () => {
    const ring = cluster.distributorRing?.ring;
    if (!ring) return 1;
    try {
      return Math.max(1, ring.getAllHealthy(WriteNoExtend).instances.length);
    } catch {
      return 1;
    }
  };
}

/** The distributor ring: a lifecycler (one token) and a client counting healthy distributors. */
export function initDistributorRing(app: ModuleContext, cluster: ClusterState): Service {
  const values = app.cfg.distributor.ring as never;
  const ring = newRingClient(app, cluster, {
    name: "distributor",
    key: DISTRIBUTOR_RING_KEY,
    values,
    pages: ["/distributor/ring"],
    replicationFactor: 1,
  });
  cluster.distributorRing = ring;
  const lc = newLifecycler(app, cluster, {
    name: "distributor",
    key: DISTRIBUTOR_RING_KEY,
    values,
    numTokens: 1,
    autoForget: 10,
  });
  return serviceGroup("distributor-ring", [lc, ring]);
}

/** The ingester joins its ring and serves gRPC; returns the lifecycler (started after the ingester). */
export function ingesterClusterMembership(
  app: ModuleContext,
  cluster: ClusterState,
  ingester: Ingester,
  delegate: LifecyclerDelegate,
): Lifecycler {
  const lc = newLifecycler(app, cluster, {
    name: "ingester",
    key: INGESTER_RING_KEY,
    values: app.cfg.ingester.ring as never,
    numTokens: app.cfg.ingester.ring.num_tokens,
    delegate,
  });
  cluster.ingesterAddr = lc.cfg.addr;
  addIngesterService(app.server.grpc, ingester);
  return lc;
}

/** The store-gateway ring client (queriers and store-gateways) and the store-gateway client pool. */
export function storeGatewayRing(app: ModuleContext, cluster: ClusterState): Service {
  if (cluster.storeGatewayRing && cluster.storeGatewayPool)
    return serviceGroup("store-gateway-ring (shared)", []);
  const sr = app.cfg.store_gateway.sharding_ring;
  const ring = newRingClient(app, cluster, {
    name: "store-gateway",
    key: STORE_GATEWAY_RING_KEY,
    values: sr as never,
    pages: ["/store-gateway/ring"],
    replicationFactor: sr.replication_factor,
  });
  cluster.storeGatewayRing = ring;
  // Mimir's store-gateway client pool: fixed gRPC settings (100 MiB received, 16 MiB sent),
  // checks every 10s with a 10s health-check timeout, TLS from -querier.store-gateway-client.*.
  const clientCfg = {
    ...defaultsOf(grpcClientConfigBlock("querier.store-gateway-client")),
    max_send_msg_size: 16 << 20,
  };
  const tls = clientCredentials(app.cfg.querier.store_gateway_client);
  const pool = new ClientPool<RemoteStoreGateway>(
    "store-gateway-client-pool",
    {
      checkInterval: 10_000,
      healthCheckEnabled: true,
      healthCheckTimeout: 10_000,
      maxConcurrentHealthChecks: 16,
    },
    clientCfg,
    {
      credentials: tls.credentials,
      channelOptions: tls.options,
      logger: app.logger.child({ component: "store-gateway-client-pool" }),
      factory: (addr, channel) =>
        new RemoteStoreGateway(addr, channel, { timeout: app.cfg.querier.timeout }),
      discovery: () => ring.ring.getInstances().map((i) => i.addr),
    },
  );
  cluster.storeGatewayPool = pool;
  return serviceGroup("store-gateway-ring", [ring, pool]);
}

/** The querier's store-gateway selector in cluster mode. */
export function ringStoreGatewaySelector(
  app: ModuleContext,
  cluster: ClusterState,
): RingStoreGatewaySelector {
  return new RingStoreGatewaySelector({
    ring: () => (cluster.storeGatewayRing as RingService).ring,
    clientFor: (addr): StoreGatewayClient => {
      if (app.storeGateway && addr === cluster.storeGatewayAddr) return app.storeGateway;
      return (cluster.storeGatewayPool as ClientPool<RemoteStoreGateway>).clientFor(addr);
    },
    shardSize: (t) => app.overrides.get(t).store_gateway_tenant_shard_size,
    zone: app.cfg.store_gateway.sharding_ring.instance_availability_zone,
  });
}

/** The store-gateway's lifecycler in the store-gateway ring (512 tokens, Mimir's default). */
export function storeGatewayLifecycler(
  app: ModuleContext,
  cluster: ClusterState,
  delegate: LifecyclerDelegate,
): Lifecycler {
  const sr = app.cfg.store_gateway.sharding_ring;
  const lc = newLifecycler(app, cluster, {
    name: "store-gateway",
    key: STORE_GATEWAY_RING_KEY,
    values: sr as never,
    numTokens: 512,
    autoForget: sr.auto_forget_enabled ? 10 : 0,
    delegate,
  });
  cluster.storeGatewayAddr = lc.cfg.addr;
  return lc;
}

/** Metadata from every ingester of the ring (merged by metric family). */
export function clusterMetadataSource(app: ModuleContext, cluster: ClusterState): MetadataSource {
  return {
    async metadata(tenant, opts) {
      const out: Record<string, { type: string; help: string; unit: string }[]> = {};
      const ring = (cluster.ingesterRing as RingService).ring;
      const parts = await Promise.allSettled(
        ring.getInstances().map(async (inst) => {
          const local = localIngester(app, cluster, inst.addr);
          if (local) {
            return [
              ...local
                .metricsMetadata(tenant, opts.metric, opts.limit, opts.limitPerMetric)
                .values(),
            ].flat();
          }
          return remoteIngester(cluster, inst.addr).metricsMetadata(
            tenant,
            opts.metric,
            opts.limit,
            opts.limitPerMetric,
          );
        }),
      );
      for (const p of parts) {
        if (p.status !== "fulfilled") continue;
        for (const m of p.value) {
          const list = (out[m.metricFamilyName] ??= []);
          if (!list.some((e) => e.type === m.type && e.help === m.help && e.unit === m.unit))
            list.push({ type: m.type, help: m.help, unit: m.unit });
        }
      }
      return out;
    },
  };
}

/** Exemplars from every ingester of the ring (series merged, exemplars deduplicated). */
export function clusterExemplarSource(app: ModuleContext, cluster: ClusterState): ExemplarSource {
  return {
    async exemplars(tenant, matcherSets, start, end) {
      const ring = (cluster.ingesterRing as RingService).ring;
      const bySeries = new Map<
        string,
        {
          seriesLabels: Labels;
          exemplars: Map<string, { labels: Labels; value: number; t: number }>;
        }
      >();
      const parts = await Promise.allSettled(
        ring.getInstances().map(async (inst) => {
          const local = localIngester(app, cluster, inst.addr);
          if (local) return local.queryExemplars(tenant, start, end, matcherSets);
          return remoteIngester(cluster, inst.addr).queryExemplars(tenant, start, end, matcherSets);
        }),
      );
      for (const p of parts) {
        if (p.status !== "fulfilled") continue;
        for (const r of p.value) {
          const key = labelsKey(r.seriesLabels);
          let e = bySeries.get(key);
          if (!e) bySeries.set(key, (e = { seriesLabels: r.seriesLabels, exemplars: new Map() }));
          for (const x of r.exemplars)
            e.exemplars.set(`${x.timestamp}\u0000${labelsKey(x.labels)}`, {
              labels: x.labels,
              value: x.value,
              t: x.timestamp,
            });
        }
      }
      return [...bySeries.values()].map((s) => ({
        seriesLabels: s.seriesLabels,
        exemplars: [...s.exemplars.values()].sort((a, b) => a.t - b.t),
      }));
    },
  };
}

/** The compactor ring: a client (with /compactor/ring) and this compactor's lifecycler. */
export function compactorRing(
  app: ModuleContext,
  cluster: ClusterState,
): { ring: RingService; lifecycler: Lifecycler; id: string } {
  const values = app.cfg.compactor.sharding_ring as never;
  const ring = newRingClient(app, cluster, {
    name: "compactor",
    key: COMPACTOR_RING_KEY,
    values,
    pages: ["/compactor/ring"],
    replicationFactor: 1,
  });
  cluster.compactorRing = ring;
  const lifecycler = newLifecycler(app, cluster, {
    name: "compactor",
    key: COMPACTOR_RING_KEY,
    values,
    numTokens: 512,
    autoForget: 10,
  });
  return { ring, lifecycler, id: lifecycler.cfg.id };
}
