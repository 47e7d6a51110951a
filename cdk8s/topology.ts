/**
 * What a MimirCluster turns into, before any Kubernetes object: the components of its
 * deployment mode, their targets, zones and replicas, names and addresses, and the contents of
 * mimir.yaml and runtime.yaml. Pure functions of the (defaulted) spec.
 */
import { mimirClusterCRD } from "./crd-source.ts";
import type {
  MimirCluster,
  MimirClusterSpecCachesChunks,
  MimirClusterSpecComponentsDistributorAutoscaling,
  MimirClusterSpecComponentsIngester,
  MimirClusterSpecZonesItem,
  MimirTenant,
} from "./imports/mimirts.dev.ts";

export const HTTP_PORT = 8080;
export const GRPC_PORT = 9095;
export const GOSSIP_PORT = 7946;
export const MEMCACHED_PORT = 11211;
export const MEMCACHED_EXPORTER_PORT = 9150;

/** The ports the processes listen on: the defaults above unless spec.config sets them. */
export interface Ports {
  http: number;
  grpc: number;
  gossip: number;
}

export const CONFIG_DIR = "/etc/mimir";
export const RUNTIME_DIR = "/var/mimir";
export const DATA_DIR = "/data";

/** A component's settings: the ingester's shape, plus autoscaling for stateless components. */
export type ComponentSettings = MimirClusterSpecComponentsIngester & {
  autoscaling?: MimirClusterSpecComponentsDistributorAutoscaling;
};
export type CacheSettings = MimirClusterSpecCachesChunks;
export type ComponentKey =
  | "all"
  | "write"
  | "read"
  | "backend"
  | "distributor"
  | "ingester"
  | "querier"
  | "queryFrontend"
  | "queryScheduler"
  | "storeGateway"
  | "compactor"
  | "ruler"
  | "alertmanager"
  | "overridesExporter";

export type WorkloadKind = "zoned" | "statefulset" | "deployment";

export interface ComponentDef {
  key: ComponentKey;
  /** Kubernetes name and label value, e.g. "store-gateway". */
  name: string;
  target: string;
  workload: WorkloadKind;
  /** Joins the memberlist gossip ring (label app.kubernetes.io/part-of: memberlist, port 7946). */
  memberlist: boolean;
  /** Flags that carry the zone name in zone-aware mode. */
  zoneFlags: string[];
  terminationGracePeriodSeconds: number;
  /** Requests when the spec gives none. */
  defaultRequests: { cpu: string; memory: string };
  /** Receives traffic from outside the cluster (remote write, queries). */
  clientFacing: boolean;
  /**
   * -shutdown-delay: how long the process keeps serving, not Ready, after SIGTERM so that load
   * balancers stop sending to it first (Mimir's Helm chart values); unset for none.
   */
  shutdownDelay?: string;
}

/**
 * Targets this release cannot run yet (modules.ts marks them not implemented; a process given
 * one as -target exits). The renderer refuses a cluster that runs pods of one (cannotRunProblems
 * in render.ts); modules-sync.test.ts keeps this list equal to modules.ts.
 */
export const NOT_IMPLEMENTED_TARGETS: readonly string[] = [];

const INGESTER_ZONE_FLAG = "ingester.ring.instance-availability-zone";
const STORE_GATEWAY_ZONE_FLAG = "store-gateway.sharding-ring.instance-availability-zone";

/** Mimir's per-component shutdown delays and grace periods (Helm chart), in seconds. */
const SHUTDOWN: Partial<Record<ComponentKey, { delay: string; grace: number }>> = {
  distributor: { delay: "90s", grace: 100 },
  queryFrontend: { delay: "90s", grace: 390 },
  write: { delay: "90s", grace: 1200 },
  read: { delay: "90s", grace: 390 },
};

const DEFS: Record<ComponentKey, ComponentDef> = {
  all: def("all", "all", "all", "statefulset", true, [], 240, "1", "2Gi", true),
  write: def(
    "write",
    "write",
    "write",
    "zoned",
    true,
    [INGESTER_ZONE_FLAG],
    1200,
    "1",
    "2Gi",
    true,
  ),
  read: def("read", "read", "read", "deployment", true, [], 180, "500m", "1Gi", true),
  backend: def(
    "backend",
    "backend",
    "backend",
    "zoned",
    true,
    [STORE_GATEWAY_ZONE_FLAG],
    240,
    "500m",
    "1Gi",
    false,
  ),
  distributor: def(
    "distributor",
    "distributor",
    "distributor",
    "deployment",
    true,
    [],
    100,
    "500m",
    "512Mi",
    true,
  ),
  ingester: def(
    "ingester",
    "ingester",
    "ingester",
    "zoned",
    true,
    [INGESTER_ZONE_FLAG],
    1200,
    "1",
    "2Gi",
    false,
  ),
  querier: def("querier", "querier", "querier", "deployment", true, [], 180, "500m", "1Gi", false),
  queryFrontend: def(
    "queryFrontend",
    "query-frontend",
    "query-frontend",
    "deployment",
    false,
    [],
    180,
    "250m",
    "512Mi",
    true,
  ),
  queryScheduler: def(
    "queryScheduler",
    "query-scheduler",
    "query-scheduler",
    "deployment",
    false,
    [],
    180,
    "100m",
    "128Mi",
    false,
  ),
  storeGateway: def(
    "storeGateway",
    "store-gateway",
    "store-gateway",
    "zoned",
    true,
    [STORE_GATEWAY_ZONE_FLAG],
    120,
    "500m",
    "1Gi",
    false,
  ),
  compactor: def(
    "compactor",
    "compactor",
    "compactor",
    "statefulset",
    true,
    [],
    900,
    "500m",
    "1Gi",
    false,
  ),
  ruler: def("ruler", "ruler", "ruler", "deployment", true, [], 600, "250m", "512Mi", false),
  alertmanager: def(
    "alertmanager",
    "alertmanager",
    "alertmanager",
    "statefulset",
    true,
    [],
    900,
    "100m",
    "256Mi",
    false,
  ),
  overridesExporter: def(
    "overridesExporter",
    "overrides-exporter",
    "overrides-exporter",
    "deployment",
    false,
    [],
    30,
    "100m",
    "128Mi",
    false,
  ),
};

function def(
  key: ComponentKey,
  name: string,
  target: string,
  workload: WorkloadKind,
  memberlist: boolean,
  zoneFlags: string[],
  grace: number,
  cpu: string,
  memory: string,
  clientFacing: boolean,
): ComponentDef {
  const shutdown = SHUTDOWN[key];
  return {
    key,
    name,
    target,
    workload,
    memberlist,
    zoneFlags,
    terminationGracePeriodSeconds: shutdown?.grace ?? grace,
    defaultRequests: { cpu, memory },
    clientFacing,
    ...(shutdown ? { shutdownDelay: shutdown.delay } : {}),
  };
}

export const MODE_COMPONENTS: Record<string, ComponentKey[]> = {
  monolithic: ["all"],
  "read-write": ["write", "read", "backend"],
  microservices: [
    "distributor",
    "ingester",
    "querier",
    "queryFrontend",
    "queryScheduler",
    "storeGateway",
    "compactor",
    "ruler",
    "alertmanager",
    "overridesExporter",
  ],
};

export const CACHE_NAMES = ["chunks", "index", "metadata", "results"] as const;
export type CacheName = (typeof CACHE_NAMES)[number];

const crdSpec = mimirClusterCRD().spec.versions[0].schema.openAPIV3Schema.properties.spec;

/** A default of the MimirCluster schema, by path under spec. */
function schemaDefault(path: string[]): any {
  let s = crdSpec;
  for (const p of path) s = s?.properties?.[p];
  return s?.default;
}

export interface Zone {
  name: string;
  nodeSelector: Record<string, string>;
  tolerations: MimirClusterSpecZonesItem["tolerations"];
}

export interface ComponentPlan {
  def: ComponentDef;
  settings: ComponentSettings;
  replicas: number;
  /** For zoned workloads: one entry per StatefulSet (a single unnamed zone when zone awareness is off). */
  zones: { zone: Zone | undefined; replicas: number }[];
  persistence?: { size: string | number; storageClassName?: string };
  maxUnavailable: number;
}

export interface CachePlan {
  name: CacheName;
  /** Object name, e.g. "<cluster>-chunks-cache". */
  objectName: string;
  replicas: number;
  memoryMiB: number;
  maxItemSizeMiB: number;
  settings: CacheSettings;
}

export interface Plan {
  cluster: MimirCluster;
  name: string;
  namespace: string;
  mode: string;
  image: string;
  zones: Zone[];
  zoneAware: boolean;
  components: ComponentPlan[];
  caches: CachePlan[];
  /** Ports the containers listen on (spec.config may move them; Services keep the documented ones). */
  ports: Ports;
  /** Fully qualified service DNS name. */
  fqdn(service: string): string;
  objectName(component: string): string;
}

export function plan(cluster: MimirCluster): Plan {
  const spec = cluster.spec;
  const name = cluster.metadata.name;
  const namespace = cluster.metadata.namespace ?? "default";
  const mode = spec.deploymentMode ?? "monolithic";
  const domain = spec.clusterDomain ?? "cluster.local";
  const zones: Zone[] = (spec.zones ?? []).map((z) => ({
    name: z.name,
    nodeSelector: z.nodeSelector ?? {},
    tolerations: z.tolerations ?? [],
  }));
  const zoneAware = zones.length >= 2 && mode !== "monolithic";
  const repo =
    spec.image?.repository ?? schemaDefault(["image"])?.repository ?? "ghcr.io/mimir-ts/mimir-ts";
  const image = `${repo}:${spec.image?.tag ?? spec.version ?? "0.1.0"}`;
  const perZoneDefault = spec.rollout?.maxUnavailablePerZone ?? 1;

  const components = MODE_COMPONENTS[mode].map((key): ComponentPlan => {
    const d = DEFS[key];
    const settings: ComponentSettings =
      (spec.components as Record<string, ComponentSettings> | undefined)?.[key] ?? {};
    const replicas = settings.replicas ?? schemaDefault(["components", key, "replicas"]) ?? 1;
    const defaultSize = schemaDefault(["components", key, "persistence", "size"]);
    const persistence =
      d.workload !== "deployment"
        ? {
            size: settings.persistence?.size ?? defaultSize ?? "10Gi",
            storageClassName: settings.persistence?.storageClassName,
          }
        : undefined;
    let zs: ComponentPlan["zones"] = [];
    if (d.workload === "zoned") {
      if (zoneAware) {
        const per = Math.ceil(replicas / zones.length);
        zs = zones.map((zone) => ({ zone, replicas: per }));
      } else {
        zs = [{ zone: zones[0], replicas }];
      }
    }
    return {
      def: d,
      settings,
      replicas,
      zones: zs,
      persistence,
      maxUnavailable: settings.maxUnavailable ?? perZoneDefault,
    };
  });

  const caches: CachePlan[] = [];
  for (const c of CACHE_NAMES) {
    const s = spec.caches?.[c];
    if (!s?.enabled) continue;
    caches.push({
      name: c,
      objectName: `${name}-${c}-cache`,
      replicas: s.replicas ?? 1,
      memoryMiB: s.memoryMiB ?? schemaDefault(["caches", c, "memoryMiB"]) ?? 1024,
      maxItemSizeMiB: s.maxItemSizeMiB ?? 1,
      settings: s,
    });
  }

  const cfg = (spec.config ?? {}) as Record<string, any>;
  const num = (v: unknown, d: number) =>
    typeof v === "number" && Number.isInteger(v) && v > 0 ? v : d;
  const ports: Ports = {
    http: num(cfg.server?.http_listen_port, HTTP_PORT),
    grpc: num(cfg.server?.grpc_listen_port, GRPC_PORT),
    gossip: num(cfg.memberlist?.bind_port, GOSSIP_PORT),
  };

  return {
    cluster,
    name,
    namespace,
    mode,
    ports,
    image,
    zones,
    zoneAware,
    components,
    caches,
    fqdn: (service) => `${service}.${namespace}.svc.${domain}`,
    objectName: (component) => `${name}-${component}`,
  };
}

/** Number of pods that run a piece, over all zones. */
function podsOf(p: Plan, keys: ComponentKey[]): number {
  let n = 0;
  for (const c of p.components) {
    if (!keys.includes(c.def.key)) continue;
    n += c.def.workload === "zoned" ? c.zones.reduce((a, z) => a + z.replicas, 0) : c.replicas;
  }
  return n;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key, anything else from `over` replaces. */
export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : structuredClone(v);
  }
  return out;
}

function memcachedClient(p: Plan, c: CachePlan): Record<string, unknown> {
  return {
    backend: "memcached",
    memcached: {
      addresses: `dnssrvnoa+_memcached-client._tcp.${p.fqdn(c.objectName)}.`,
      max_item_size: c.maxItemSizeMiB * 1024 * 1024,
    },
  };
}

/** The content of mimir.yaml, shared by every component of the cluster. */
export function mimirConfig(p: Plan): Record<string, unknown> {
  const spec = p.cluster.spec;
  const has = (k: ComponentKey) => p.components.some((c) => c.def.key === k);
  const s3 = spec.storage?.backend === "s3" ? spec.storage.s3 : undefined;

  const ingesterPods = podsOf(p, ["all", "write", "ingester"]);
  const storeGatewayPods = podsOf(p, ["all", "backend", "storeGateway"]);
  // Replication factor 3, one copy per zone, when zone-aware (three zones or more: a CEL rule);
  // otherwise 3, or fewer when fewer instances run (one ingester cannot hold three copies).
  const rf = (pods: number) => (p.zoneAware ? 3 : Math.max(1, Math.min(3, pods)));
  const memberlistStore = { kvstore: { store: "memberlist" } };
  // A zone-aware instance keeps its tokens and its ring entry across restarts (rollouts restart
  // pods in place; unregistering would move its series to other instances and back).
  const keepRingEntry = p.zoneAware ? { unregister_on_shutdown: false } : {};

  const cfg: Record<string, unknown> = {
    multitenancy_enabled: true,
    server: {
      http_listen_port: p.ports.http,
      grpc_listen_port: p.ports.grpc,
      log_level: spec.logLevel ?? "info",
      log_format: "logfmt",
    },
    runtime_config: { file: `${RUNTIME_DIR}/runtime.yaml` },
  };

  // Only processes that find each other through the hash ring read memberlist and ring settings;
  // the single process of monolithic mode reads none of them (nor the ruler's and alertmanager's
  // storage, which are not implemented yet), so it is given none.
  const multiProcess = p.mode !== "monolithic";
  if (multiProcess) {
    Object.assign(cfg, {
      memberlist: {
        // dns+ resolves the headless Service to pod IPs: the port is the pods' own.
        join_members: [`dns+${p.fqdn(p.objectName("gossip-ring"))}.:${p.ports.gossip}`],
        bind_port: p.ports.gossip,
      },
      distributor: { ring: memberlistStore },
      ingester: {
        ring: {
          ...memberlistStore,
          replication_factor: rf(ingesterPods),
          zone_awareness_enabled: p.zoneAware,
          tokens_file_path: `${DATA_DIR}/tokens`,
          ...keepRingEntry,
        },
      },
      store_gateway: {
        sharding_ring: {
          ...memberlistStore,
          replication_factor: rf(storeGatewayPods),
          zone_awareness_enabled: p.zoneAware,
          tokens_file_path: `${DATA_DIR}/tokens`,
          ...keepRingEntry,
        },
      },
      compactor: { sharding_ring: memberlistStore },
    });
  }

  const blocks: Record<string, any> = {
    tsdb: { dir: `${DATA_DIR}/tsdb` },
    bucket_store: { sync_dir: `${DATA_DIR}/tsdb-sync` },
  };
  if (s3) {
    const s3cfg: Record<string, unknown> = { bucket_name: s3.bucket };
    if (s3.endpoint) s3cfg.endpoint = s3.endpoint;
    if (s3.region) s3cfg.region = s3.region;
    if (s3.insecure) s3cfg.insecure = true;
    cfg.common = { storage: { backend: "s3", s3: s3cfg } };
    blocks.storage_prefix = "blocks";
    if (multiProcess) {
      cfg.ruler_storage = { storage_prefix: "ruler" };
      cfg.alertmanager_storage = { storage_prefix: "alertmanager" };
    }
  } else {
    cfg.common = { storage: { backend: "filesystem" } };
    blocks.filesystem = { dir: `${DATA_DIR}/blocks` };
    if (multiProcess) {
      cfg.ruler_storage = { filesystem: { dir: `${DATA_DIR}/ruler` } };
      cfg.alertmanager_storage = { filesystem: { dir: `${DATA_DIR}/alertmanager` } };
    }
  }
  for (const c of p.caches) {
    if (c.name === "results") continue;
    blocks.bucket_store[`${c.name}_cache`] = memcachedClient(p, c);
  }
  cfg.blocks_storage = blocks;
  cfg.compactor = { ...((cfg.compactor as object) ?? {}), data_dir: `${DATA_DIR}/compactor` };
  // The rulers send alerts to every alertmanager pod found through the headless Service's SRV
  // records (Mimir's Helm chart form).
  const alertmanager = has("alertmanager") ? "alertmanager" : has("backend") ? "backend" : "";
  if (alertmanager && (has("ruler") || has("backend")))
    cfg.ruler = {
      alertmanager_url: `dnssrvnoa+http://_http-metrics._tcp.${p.fqdn(p.objectName(`${alertmanager}-headless`))}/alertmanager`,
    };

  const frontend: Record<string, unknown> = {};
  let schedulerService: string | undefined;
  // Queriers pull queries from the schedulers when some run; with query-frontends but no
  // scheduler, from every query-frontend's own queue (the headless Service's addresses, as
  // Mimir's Helm chart without a scheduler); with neither, queries go to the queriers' own HTTP
  // API.
  const replicasOf = (key: string) => p.components.find((c) => c.def.key === key)?.replicas ?? 0;
  if (replicasOf("queryScheduler") > 0) schedulerService = p.objectName("query-scheduler-headless");
  else if (has("backend")) schedulerService = p.objectName("backend-headless");
  if (schedulerService) {
    const addr = `${p.fqdn(schedulerService)}:${p.ports.grpc}`;
    frontend.scheduler_address = addr;
    cfg.frontend_worker = { scheduler_address: addr };
  } else if (replicasOf("queryFrontend") > 0) {
    cfg.frontend_worker = {
      frontend_address: `${p.fqdn(p.objectName("query-frontend-headless"))}:${p.ports.grpc}`,
    };
  }
  const results = p.caches.find((c) => c.name === "results");
  if (results) {
    frontend.cache_results = true;
    frontend.results_cache = memcachedClient(p, results);
  }
  if (multiProcess && Object.keys(frontend).length > 0) cfg.frontend = frontend;

  if (spec.limits && Object.keys(spec.limits).length > 0) cfg.limits = structuredClone(spec.limits);
  return spec.config ? deepMerge(cfg, spec.config as Record<string, unknown>) : cfg;
}

export function tenantId(t: MimirTenant): string {
  return t.spec.tenantId ?? t.metadata.name;
}

/** One tenant's entry under `overrides:`: the free-form remainder, then the typed limits. */
export function tenantOverrides(t: MimirTenant): Record<string, unknown> {
  return deepMerge(
    (t.spec.extraOverrides as Record<string, unknown> | undefined) ?? {},
    (t.spec.limits as Record<string, unknown> | undefined) ?? {},
  );
}

/** The content of runtime.yaml: every tenant's overrides, sorted by tenant ID. */
export function runtimeConfig(tenants: MimirTenant[]): Record<string, unknown> {
  const sorted = [...tenants].sort((a, b) =>
    tenantId(a) < tenantId(b) ? -1 : tenantId(a) > tenantId(b) ? 1 : 0,
  );
  const overrides: Record<string, unknown> = {};
  for (const t of sorted) overrides[tenantId(t)] = tenantOverrides(t);
  return { overrides };
}

/**
 * The limits in effect for a tenant as far as the spec says (for MimirTenant status): the
 * cluster's global limits with the tenant's overrides on top. Keys neither sets keep Mimir's
 * defaults and are left out.
 */
export function effectiveLimits(cluster: MimirCluster, t: MimirTenant): Record<string, unknown> {
  const global = (cluster.spec.config as any)?.limits ?? {};
  return deepMerge(
    deepMerge((cluster.spec.limits as Record<string, unknown> | undefined) ?? {}, global),
    tenantOverrides(t),
  );
}

/** A Kubernetes memory quantity ("12Gi", "500M", "1e9", 1073741824) in MiB, or NaN. */
export function quantityMiB(q: string | number): number {
  if (typeof q === "number") return q / 2 ** 20;
  const m = /^([0-9.]+(?:[eE][0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m)?$/.exec(q.trim());
  if (!m) return Number.NaN;
  const mult: Record<string, number> = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    m: 1e-3,
  };
  return (Number(m[1]) * (m[2] ? mult[m[2]] : 1)) / 2 ** 20;
}

/**
 * The container's memory limit when the spec gives none: 1.5 times the memory request (Mimir's
 * Helm chart sizes keep about that headroom), so every component has one.
 */
export function defaultMemoryLimit(request: string | number): string | undefined {
  const mib = quantityMiB(request);
  return Number.isFinite(mib) && mib > 0 ? `${Math.ceil(mib * 1.5)}Mi` : undefined;
}

/**
 * Node's --max-old-space-size (MiB) for a container memory limit: Node caps its heap near 4 GiB
 * (and below the limit only by chance), so the heap gets 75% of the limit and the rest stays
 * for buffers, the TSDB's off-heap memory and the runtime itself. Undefined without a limit.
 */
export function heapMiBFor(limit: string | number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const mib = quantityMiB(limit);
  return Number.isFinite(mib) && mib >= 64 ? Math.floor(mib * 0.75) : undefined;
}
