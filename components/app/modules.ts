/**
 * The module registry, as Mimir's setupModuleManager (pkg/mimir/modules.go): every component and
 * shared piece is registered once, under its name constant, with its dependencies and its init
 * (wiring.ts). Targets (`all`, `read`, `write`, `backend`) are groups. Resolving a list of
 * targets gives every module to initialise, dependencies first.
 */
import {
  initApi,
  initCompactor,
  initDistributor,
  initDistributorService,
  initIdle,
  initIngester,
  initIngesterRingModule,
  initMemberlistKVModule,
  initIngesterService,
  initNothing,
  initQuerier,
  initQueryable,
  initRuntimeConfig,
  initServer,
  initStoreGateway,
  initStoreQueryable,
  type ModuleInit,
} from "./wiring.ts";
import { initAlertmanager } from "./alertmanager.ts";

export const SERVER = "server";
export const ACTIVITY_TRACKER = "activity-tracker";
export const SANITY_CHECK = "sanity-check";
export const USAGE_STATS = "usage-stats";
export const API = "api";
export const RUNTIME_CONFIG = "runtime-config";
export const OVERRIDES = "overrides";
export const MEMBERLIST_KV = "memberlist-kv";
export const INGESTER_RING = "ingester-ring";
export const DISTRIBUTOR_SERVICE = "distributor-service";
export const DISTRIBUTOR = "distributor";
export const INGESTER_SERVICE = "ingester-service";
export const INGESTER = "ingester";
export const FLUSHER = "flusher";
export const STORE_QUERYABLE = "store-queryable";
export const QUERYABLE = "queryable";
export const TENANT_FEDERATION = "tenant-federation";
export const QUERIER = "querier";
export const QUERY_FRONTEND_TRIPPERWARE = "query-frontend-tripperware";
export const QUERY_FRONTEND = "query-frontend";
export const QUERY_SCHEDULER = "query-scheduler";
export const RULER_STORAGE = "ruler-storage";
export const RULER = "ruler";
export const ALERTMANAGER = "alertmanager";
export const COMPACTOR = "compactor";
export const STORE_GATEWAY = "store-gateway";
export const OVERRIDES_EXPORTER = "overrides-exporter";
export const WRITE = "write";
export const READ = "read";
export const BACKEND = "backend";
export const ALL = "all";

/** A module that must run in the same process as another, and why. */
export interface InProcessPeer {
  readonly module: string;
  /** How the module reaches the peer. */
  readonly why: string;
}

export interface ModuleDef {
  readonly name: string;
  readonly deps: readonly string[];
  /** Can be named in -target. */
  readonly targetable: boolean;
  /** A group of other modules (no service of its own). */
  readonly group?: boolean;
  readonly description: string;
  /** Builds the module; every module but a group has one. */
  readonly init?: ModuleInit;
  /**
   * True when the module is registered but does nothing yet: it runs as an idle service that
   * reports Running, and -modules, -help and /services say "not implemented yet".
   */
  readonly notImplemented?: boolean;
  /**
   * Modules this one calls, found at run time rather than through deps: in-process when the
   * process runs them too, else over gRPC through a ring (a process missing a peer runs in
   * cluster mode).
   */
  readonly peers?: readonly InProcessPeer[];
}

const NOT_IMPLEMENTED = "not implemented yet";

const viaRing = (who: string, peer: string) =>
  `the ${who} reaches the ${peer} in this process directly, else over gRPC through the ring`;

interface Registration {
  deps?: string[];
  init?: ModuleInit;
  targetable?: boolean;
  group?: boolean;
  notImplemented?: boolean;
  peers?: InProcessPeer[];
}

const register = (name: string, description: string, r: Registration): ModuleDef => ({
  name,
  deps: r.deps ?? [],
  targetable: r.targetable ?? false,
  group: r.group ?? false,
  description,
  init: r.group ? undefined : (r.init ?? initIdle(name)),
  notImplemented: r.notImplemented ?? false,
  peers: r.peers ?? [],
});

/** Every module, each registered once; the order here is only for display. */
export const MODULES: readonly ModuleDef[] = [
  register(
    SERVER,
    "HTTP (9009) and gRPC (9095: health checks, and the ingester and store-gateway services in cluster mode) servers",
    { init: initServer },
  ),
  register(ACTIVITY_TRACKER, "Tracks in-flight queries in a file, for post-crash analysis", {
    notImplemented: true,
  }),
  register(SANITY_CHECK, "Checks config consistency at startup", { notImplemented: true }),
  register(USAGE_STATS, "Anonymous usage reporting", { notImplemented: true }),
  register(API, "HTTP routes shared by every component", {
    deps: [SERVER, ACTIVITY_TRACKER, SANITY_CHECK, USAGE_STATS],
    init: initApi,
  }),
  register(RUNTIME_CONFIG, "Reloads the runtime config file", {
    deps: [API],
    init: initRuntimeConfig,
  }),
  register(OVERRIDES, "Per-tenant limits", { deps: [RUNTIME_CONFIG], init: initNothing }),
  register(MEMBERLIST_KV, "Gossip-based KV store for the hash rings (cluster mode)", {
    deps: [API],
    targetable: true,
    init: initMemberlistKVModule,
  }),
  register(
    INGESTER_RING,
    "Client view of the ingester hash ring and the ingester client pool (cluster mode)",
    {
      deps: [API, RUNTIME_CONFIG, MEMBERLIST_KV],
      init: initIngesterRingModule,
    },
  ),
  register(DISTRIBUTOR_SERVICE, "Distributor core", {
    deps: [INGESTER_RING, OVERRIDES],
    init: initDistributorService,
    peers: [{ module: INGESTER, why: viaRing("distributor", "ingester") }],
  }),
  register(DISTRIBUTOR, "Receives writes and forwards them to ingesters", {
    deps: [DISTRIBUTOR_SERVICE, API],
    targetable: true,
    init: initDistributor,
  }),
  register(INGESTER_SERVICE, "Ingester core: per-tenant TSDB heads and WALs", {
    deps: [INGESTER_RING, OVERRIDES, RUNTIME_CONFIG, MEMBERLIST_KV],
    init: initIngesterService,
    peers: [
      { module: DISTRIBUTOR, why: viaRing("ingester", "distributor (its only source of samples)") },
    ],
  }),
  register(INGESTER, "Stores recent samples in memory and on local disk and ships blocks", {
    deps: [INGESTER_SERVICE, API],
    targetable: true,
    init: initIngester,
  }),
  register(FLUSHER, "Flushes an ingester's WAL to blocks and exits", {
    deps: [OVERRIDES, API],
    targetable: true,
    notImplemented: true,
  }),
  register(STORE_QUERYABLE, "Queries blocks through the store-gateways", {
    deps: [OVERRIDES, MEMBERLIST_KV],
    init: initStoreQueryable,
  }),
  register(QUERYABLE, "Merges ingester and store-gateway data", {
    deps: [OVERRIDES, DISTRIBUTOR_SERVICE, INGESTER_RING, API, STORE_QUERYABLE, MEMBERLIST_KV],
    init: initQueryable,
    peers: [{ module: INGESTER, why: viaRing("querier", "ingester") }],
  }),
  register(TENANT_FEDERATION, "Queries across several tenants", {
    deps: [QUERYABLE],
    notImplemented: true,
  }),
  register(QUERIER, "Evaluates PromQL and serves the Prometheus API", {
    deps: [TENANT_FEDERATION, QUERYABLE, API],
    targetable: true,
    init: initQuerier,
  }),
  register(QUERY_FRONTEND_TRIPPERWARE, "Query splitting, sharding and results cache", {
    deps: [API, OVERRIDES],
    notImplemented: true,
  }),
  register(
    QUERY_FRONTEND,
    "Front end of the read path: queues, splits and caches queries (the querier serves the Prometheus API)",
    {
      deps: [QUERY_FRONTEND_TRIPPERWARE, MEMBERLIST_KV, API],
      targetable: true,
      notImplemented: true,
    },
  ),
  register(QUERY_SCHEDULER, "Fair per-tenant query queues between frontends and queriers", {
    deps: [API, OVERRIDES, MEMBERLIST_KV],
    targetable: true,
    notImplemented: true,
  }),
  register(RULER_STORAGE, "Rule group storage", { deps: [OVERRIDES], notImplemented: true }),
  register(RULER, "Evaluates recording and alerting rules", {
    deps: [DISTRIBUTOR_SERVICE, STORE_QUERYABLE, RULER_STORAGE, API],
    targetable: true,
    notImplemented: true,
  }),
  register(ALERTMANAGER, "Multi-tenant Alertmanager", {
    deps: [API, MEMBERLIST_KV, OVERRIDES],
    targetable: true,
    init: initAlertmanager,
  }),
  register(COMPACTOR, "Compacts blocks and maintains bucket indexes", {
    deps: [API, MEMBERLIST_KV, OVERRIDES],
    targetable: true,
    init: initCompactor,
  }),
  register(STORE_GATEWAY, "Serves blocks from object storage", {
    deps: [API, OVERRIDES, MEMBERLIST_KV],
    targetable: true,
    init: initStoreGateway,
    peers: [{ module: QUERIER, why: viaRing("store-gateway", "querier (its only client)") }],
  }),
  register(OVERRIDES_EXPORTER, "Exports per-tenant limits as metrics", {
    deps: [OVERRIDES, MEMBERLIST_KV],
    targetable: true,
    notImplemented: true,
  }),
  register(WRITE, "Write path group: distributor + ingester", {
    deps: [DISTRIBUTOR, INGESTER],
    targetable: true,
    group: true,
  }),
  register(READ, "Read path group: query-frontend + querier", {
    deps: [QUERY_FRONTEND, QUERIER],
    targetable: true,
    group: true,
  }),
  register(
    BACKEND,
    "Backend group: query-scheduler, ruler, store-gateway, compactor, alertmanager, overrides-exporter",
    {
      deps: [QUERY_SCHEDULER, RULER, STORE_GATEWAY, COMPACTOR, ALERTMANAGER, OVERRIDES_EXPORTER],
      targetable: true,
      group: true,
    },
  ),
  register(
    ALL,
    "A complete single-process Mimir: everything but alertmanager, query-scheduler and overrides-exporter",
    {
      deps: [QUERY_FRONTEND, QUERIER, INGESTER, DISTRIBUTOR, STORE_GATEWAY, RULER, COMPACTOR],
      targetable: true,
      group: true,
    },
  ),
];

const BY_NAME = new Map(MODULES.map((d) => [d.name, d]));

export function moduleDef(name: string): ModuleDef | undefined {
  return BY_NAME.get(name);
}

export class UnknownModuleError extends Error {}

/**
 * Every module needed for the targets, in dependency order (each module after all of its
 * dependencies); ties keep the order of first discovery, so the result is deterministic.
 */
export function resolveModules(
  targets: readonly string[],
  graph: readonly ModuleDef[] = MODULES,
): string[] {
  const byName = new Map(graph.map((d) => [d.name, d]));
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    const def = byName.get(name);
    if (!def) throw new UnknownModuleError(`unrecognised module name: ${name}`);
    const s = state.get(name);
    if (s === "done") return;
    if (s === "visiting")
      throw new Error(`module dependency cycle: ${[...path, name].join(" -> ")}`);
    state.set(name, "visiting");
    for (const d of def.deps) visit(d, [...path, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const t of targets) {
    const def = byName.get(t);
    if (!def) throw new UnknownModuleError(`unrecognised module name: ${t}`);
    if (!def.targetable) throw new UnknownModuleError(`module ${t} cannot be used as a target`);
    visit(t, []);
  }
  return order;
}

/** The non-group modules `all` includes directly (marked with * by -modules). */
export function modulesInAll(graph: readonly ModuleDef[] = MODULES): Set<string> {
  return new Set(graph.find((d) => d.name === "all")?.deps ?? []);
}

/** The text -modules prints: every module, targetable ones marked, those in `all` starred. */
export function formatModuleList(graph: readonly ModuleDef[] = MODULES): string {
  const inAll = modulesInAll(graph);
  const names = [...graph].sort((a, b) => a.name.localeCompare(b.name));
  const width = Math.max(...names.map((d) => d.name.length)) + 2;
  const lines = names.map((d) => {
    const mark = d.targetable ? (inAll.has(d.name) ? "target *" : "target  ") : "internal";
    const what = d.notImplemented ? `(${NOT_IMPLEMENTED}) ${d.description}` : d.description;
    return `${d.name.padEnd(width)}${mark}  ${what}`;
  });
  lines.push("");
  lines.push(
    "Modules marked 'target' can be used in -target (comma-separated); those marked * are included in target 'all'.",
  );
  lines.push(
    `Modules marked '(${NOT_IMPLEMENTED})' run as idle services inside a group and refuse to start when named alone.`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * Why a process with these targets could serve nothing, or undefined when it can: a target
 * named in -target that is not implemented yet. Groups may include unimplemented modules;
 * those run idle.
 */
export function whyTargetsCannotServe(
  targets: readonly string[],
  graph: readonly ModuleDef[] = MODULES,
): string | undefined {
  const byName = new Map(graph.map((d) => [d.name, d]));
  for (const t of targets) {
    const def = byName.get(t);
    if (def?.notImplemented)
      return `target ${t}: the ${t} is ${NOT_IMPLEMENTED} (see -modules for what runs)`;
  }
  resolveModules(targets, graph);
  return undefined;
}

/**
 * The modules the targets call but do not run (see ModuleDef.peers): a process that misses one
 * reaches it over gRPC through a ring (cluster mode, app/cluster.ts).
 */
export function missingPeers(
  targets: readonly string[],
  graph: readonly ModuleDef[] = MODULES,
): string[] {
  const byName = new Map(graph.map((d) => [d.name, d]));
  const present = new Set(resolveModules(targets, graph));
  const missing = new Set<string>();
  for (const name of present)
    for (const peer of byName.get(name)?.peers ?? [])
      if (!present.has(peer.module)) missing.add(peer.module);
  return [...missing];
}
