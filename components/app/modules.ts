/**
 * The module graph, as in Mimir's pkg/mimir/modules.go: every component and shared piece is a
 * named module with its dependencies; targets (`all`, `read`, `write`, `backend`) are groups.
 * Resolving a list of targets gives every module to initialise, dependencies first.
 */

export interface ModuleDef {
  readonly name: string;
  readonly deps: readonly string[];
  /** Can be named in -target. */
  readonly targetable: boolean;
  /** A group of other modules (no service of its own). */
  readonly group?: boolean;
  readonly description: string;
}

const m = (name: string, deps: string[], targetable: boolean, description: string, group = false): ModuleDef => ({
  name,
  deps,
  targetable,
  group,
  description,
});

/** Every module; the order here is only for display. */
export const MODULES: readonly ModuleDef[] = [
  m("server", [], false, "HTTP (9009) and gRPC (9095) servers"),
  m("activity-tracker", [], false, "Tracks in-flight queries in a file, for post-crash analysis"),
  m("sanity-check", [], false, "Checks config consistency at startup"),
  m("usage-stats", [], false, "Anonymous usage reporting (disabled in mimir-ts)"),
  m("api", ["server", "activity-tracker", "sanity-check", "usage-stats"], false, "HTTP routes shared by every component"),
  m("runtime-config", ["api"], false, "Reloads the runtime config file"),
  m("overrides", ["runtime-config"], false, "Per-tenant limits"),
  m("memberlist-kv", ["api"], true, "Gossip-based KV store for the hash rings"),
  m("ingester-ring", ["api", "runtime-config", "memberlist-kv"], false, "Client view of the ingester hash ring"),
  m("distributor-service", ["ingester-ring", "overrides"], false, "Distributor core"),
  m("distributor", ["distributor-service", "api"], true, "Receives writes and forwards them to ingesters"),
  m("ingester-service", ["ingester-ring", "overrides", "runtime-config", "memberlist-kv"], false, "Ingester core: per-tenant TSDB heads and WALs"),
  m("ingester", ["ingester-service", "api"], true, "Stores recent samples in memory and on local disk and ships blocks"),
  m("flusher", ["overrides", "api"], true, "Flushes an ingester's WAL to blocks and exits"),
  m("store-queryable", ["overrides", "memberlist-kv"], false, "Queries blocks through the store-gateways"),
  m("queryable", ["overrides", "distributor-service", "ingester-ring", "api", "store-queryable", "memberlist-kv"], false, "Merges ingester and store-gateway data"),
  m("tenant-federation", ["queryable"], false, "Queries across several tenants"),
  m("querier", ["tenant-federation", "queryable", "api"], true, "Evaluates PromQL and serves the Prometheus API"),
  m("query-frontend-tripperware", ["api", "overrides"], false, "Query splitting, sharding and results cache"),
  m("query-frontend", ["query-frontend-tripperware", "memberlist-kv", "api"], true, "Front end of the read path: queues, splits and caches queries"),
  m("query-scheduler", ["api", "overrides", "memberlist-kv"], true, "Fair per-tenant query queues between frontends and queriers"),
  m("ruler-storage", ["overrides"], false, "Rule group storage"),
  m("ruler", ["distributor-service", "store-queryable", "ruler-storage", "api"], true, "Evaluates recording and alerting rules"),
  m("alertmanager", ["api", "memberlist-kv", "overrides"], true, "Multi-tenant Alertmanager"),
  m("compactor", ["api", "memberlist-kv", "overrides"], true, "Compacts blocks and maintains bucket indexes"),
  m("store-gateway", ["api", "overrides", "memberlist-kv"], true, "Serves blocks from object storage"),
  m("overrides-exporter", ["overrides", "memberlist-kv"], true, "Exports per-tenant limits as metrics"),
  m("write", ["distributor", "ingester"], true, "Write path group: distributor + ingester", true),
  m("read", ["query-frontend", "querier"], true, "Read path group: query-frontend + querier", true),
  m(
    "backend",
    ["query-scheduler", "ruler", "store-gateway", "compactor", "alertmanager", "overrides-exporter"],
    true,
    "Backend group: query-scheduler, ruler, store-gateway, compactor, alertmanager, overrides-exporter",
    true,
  ),
  m(
    "all",
    ["query-frontend", "querier", "ingester", "distributor", "store-gateway", "ruler", "compactor"],
    true,
    "A complete single-process Mimir: everything but alertmanager, query-scheduler and overrides-exporter",
    true,
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
export function resolveModules(targets: readonly string[], graph: readonly ModuleDef[] = MODULES): string[] {
  const byName = new Map(graph.map((d) => [d.name, d]));
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    const def = byName.get(name);
    if (!def) throw new UnknownModuleError(`unrecognised module name: ${name}`);
    const s = state.get(name);
    if (s === "done") return;
    if (s === "visiting") throw new Error(`module dependency cycle: ${[...path, name].join(" -> ")}`);
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
    return `${d.name.padEnd(width)}${mark}  ${d.description}`;
  });
  lines.push("");
  lines.push("Modules marked 'target' can be used in -target (comma-separated); those marked * are included in target 'all'.");
  return `${lines.join("\n")}\n`;
}
