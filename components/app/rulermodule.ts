/**
 * Builds the ruler-storage and ruler modules of a process: the rule store from ruler_storage,
 * the ruler with its query and write paths (in-process engine over the querier's Queryable, or
 * the query-frontend when -ruler.query-frontend.address is set; samples through the
 * distributor, which reaches the ingesters in-process or over gRPC in cluster mode), its ring
 * in cluster mode, and its HTTP APIs.
 */
import { registerRulerApi } from "../api/ruler/plugin.ts";
import { newLifecycler, newRingClient, serviceGroup } from "./cluster.ts";
import type { ModuleContext } from "./context.ts";
import type { ModuleInit } from "./wiring.ts";
import type { WriteBatch } from "../ingester/types.ts";
import { Engine } from "../promql/engine.ts";
import { InstanceState, isHeartbeatHealthy } from "../ring/model.ts";
import type { RingService } from "../ring/ring_service.ts";
import { createBucket } from "../storage/bucket/config.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import { addRulerService, RulerClients } from "../ruler/grpc.ts";
import { engineQuery, remoteQuery } from "../ruler/query.ts";
import { Ruler } from "../ruler/ruler.ts";
import type { RuleSample } from "../ruler/rules.ts";
import { groupOwner } from "../ruler/sharding.ts";
import { type GroupStateData, mergeGroupStates } from "../ruler/state.ts";
import { BucketRuleStore, LocalRuleStore, type RuleStore } from "../ruler/store.ts";
import { checkTemplate, expandTemplate } from "../ruler/template.ts";

/** The ruler's ring key in its KV store (under the `rulers/` prefix). */
export const RULER_RING_KEY = "ring";

const stores = new WeakMap<ModuleContext, RuleStore>();

export function newRuleStore(app: ModuleContext): RuleStore {
  const cfg = app.cfg.ruler_storage;
  if (cfg.backend === "local") {
    if (cfg.local.directory === "")
      throw new Error("ruler_storage: the local backend needs -ruler-storage.local.directory");
    return new LocalRuleStore(cfg.local.directory);
  }
  return new BucketRuleStore(
    createBucket(cfg, { component: "ruler", registry: app.registry, retry: { maxRetries: 3 } }),
  );
}

export const initRulerStorage: ModuleInit = (app) => {
  stores.set(app, newRuleStore(app));
  return undefined;
};

/** Rule samples as one write batch (source "rule"). */
export function samplesToBatch(samples: readonly RuleSample[]): WriteBatch {
  const n = samples.length;
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  const series = samples.map((s, i) => {
    timestamps[i] = s.t;
    values[i] = s.f;
    return { labels: s.metric, sampleStart: i, sampleCount: 1 };
  });
  return { series, timestamps, values, metadata: [], source: "rule" };
}

export const initRuler: ModuleInit = async (app) => {
  const store = stores.get(app) ?? newRuleStore(app);
  const cfg = app.cfg.ruler;
  const logger = app.logger.child({ component: "ruler" });
  const q = app.cfg.querier;
  const engine = new Engine({
    lookbackDelta: q.lookback_delta,
    maxSamples: q.max_samples,
    timeout: q.timeout,
    defaultSubqueryStep: q.default_evaluation_interval,
  });
  const queryable = app.queryable;
  const prefix = app.cfg.api.prometheus_http_prefix;
  let query: (tenant: string, expr: string, t: number) => Promise<RuleSample[]>;
  if (cfg.query_frontend.address !== "")
    query = remoteQuery(cfg.query_frontend.address, prefix, q.timeout);
  else if (queryable) query = engineQuery(engine, queryable);
  else throw new Error("ruler: no queryable in this process");
  const distributor = app.distributor;
  if (!distributor) throw new Error("ruler: the distributor-service module was not built");

  const cluster = app.cluster;
  let ring: RingService | undefined;
  let lifecycler: ReturnType<typeof newLifecycler> | undefined;
  if (cluster) {
    const values = cfg.ring as never;
    ring = newRingClient(app, cluster, {
      name: "ruler",
      key: RULER_RING_KEY,
      values,
      pages: ["/ruler/ring"],
      replicationFactor: 1,
    });
    lifecycler = newLifecycler(app, cluster, {
      name: "ruler",
      key: RULER_RING_KEY,
      values,
      numTokens: 128,
      autoForget: 2,
    });
  }
  const myId = lifecycler?.cfg.id;
  // In cluster mode the APIs show the groups of every ruler of the tenant's shard.
  let peers: ((tenant: string) => Promise<GroupStateData[]>) | undefined;
  const clients = new RulerClients(10_000);
  if (ring && lifecycler) {
    const r = ring;
    peers = async (tenant) => {
      const shard = app.overrides.get(tenant).ruler_tenant_shard_size;
      const view = shard > 0 ? r.ring.shuffleShard(tenant, shard) : r.ring;
      const others = view
        .getInstances()
        .filter(
          (i) =>
            i.id !== myId &&
            i.state === InstanceState.ACTIVE &&
            isHeartbeatHealthy(i, view.cfg.heartbeatTimeoutMs, Date.now()),
        );
      const lists = await Promise.all(others.map((i) => clients.groupStates(i.addr, tenant)));
      return mergeGroupStates([ruler.groupStates(tenant), ...lists]);
    };
    addRulerService(app.server.grpc, (tenant) => ruler.groupStates(tenant));
  }
  const ruler = new Ruler(cfg, {
    logger,
    registry: app.registry,
    store,
    overrides: app.overrides,
    query,
    write: async (tenant, samples) => {
      await distributor.pushBatch(tenant, samplesToBatch(samples));
    },
    queryable,
    expand: expandTemplate,
    ownsGroup:
      ring && myId !== undefined
        ? (g) =>
            groupOwner(
              (ring as RingService).ring,
              g,
              app.overrides.get(g.user).ruler_tenant_shard_size,
            ) === myId
        : undefined,
  });

  await registerRulerApi(app.server.http, {
    prefix,
    store,
    overrides: app.overrides,
    tenantOf: app.tenantOf,
    enableConfigApi: cfg.enable_api,
    federationEnabled: cfg.tenant_federation.enabled,
    checkTemplate,
    groups: (tenant) => (peers ? peers(tenant) : ruler.groupStates(tenant)),
    localGroups: () =>
      new Map(ruler.tenantIDs().map((t) => [t, ruler.groups(t).map((g) => g.desc)])),
    onChange: () => ruler.requestSync("api-change"),
  });
  app.addLinks("Ruler", [
    { href: `${prefix}/api/v1/rules`, title: "Rules and their state (needs X-Scope-OrgID)" },
    { href: `${prefix}/config/v1/rules`, title: "Rule groups as YAML (needs X-Scope-OrgID)" },
  ]);
  if (!ring || !lifecycler) return ruler;

  // Re-sync when the set of healthy ACTIVE rulers changes: on ring updates, and on a timer,
  // since a ruler that dies stops updating the ring and only ages out of it.
  const r = ring;
  const healthySet = () =>
    r.ring
      .getInstances()
      .filter(
        (i) =>
          i.state === InstanceState.ACTIVE &&
          isHeartbeatHealthy(i, r.ring.cfg.heartbeatTimeoutMs, Date.now()),
      )
      .map((i) => i.id)
      .sort()
      .join(",");
  let last = "";
  const check = () => {
    const now = healthySet();
    if (now === last) return;
    last = now;
    ruler.requestSync("ring-change");
  };
  r.onUpdate(check);
  let timer: NodeJS.Timeout | undefined;
  const watcher: Service = new FuncService("ruler-ring-watcher", {
    starting: async () => {
      last = healthySet();
      timer = setInterval(check, Math.max(200, Math.min(cfg.ring.heartbeat_period || 1000, 5000)));
      timer.unref();
    },
    stopping: async () => {
      if (timer) clearInterval(timer);
      clients.close();
    },
  });
  app.addLinks("Ruler", [{ href: "/ruler/ring", title: "Ruler ring status" }]);
  return serviceGroup("ruler", [r, lifecycler, ruler, watcher]);
};
