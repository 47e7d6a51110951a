/**
 * The local Kubernetes for tests: starts the API server (127.0.0.1, and the bridge gateway for
 * pods), the controllers, three nodes labelled topology.kubernetes.io/zone=zone-a/b/c, the
 * kubelet, cluster DNS and the service proxy; writes a kubeconfig; stops and removes everything
 * it created. State lives in /var/tmp/mk8s-<id>/ (kubeconfig, pod directories, PVC data, the list of
 * host paths created as mount points); network objects carry the same "mk8s" prefix and id, so
 * `cleanupLeftovers()` can remove what a crashed run left behind.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import { join } from "node:path";
import { serviceAccountPath, serviceAccountToken } from "./api/rbac.ts";
import { ApiServer } from "./api/server.ts";
import { Store } from "./api/store.ts";
import { ControllerManager } from "./controllers/manager.ts";
import { evictPod } from "./controllers/pdb.ts";
import { T } from "./controllers/util.ts";
import { ClusterDns } from "./node/dns.ts";
import { run, tryRun } from "./node/exec.ts";
import { Kubelet } from "./node/kubelet.ts";
import { PodNetwork, PREFIX, pickOctet, removeLeftovers } from "./node/network.ts";
import { ServiceProxy } from "./node/proxy.ts";

export const ZONES = ["zone-a", "zone-b", "zone-c"];

export interface LocalClusterOptions {
  /** API server port on 127.0.0.1 (0 picks a free one). */
  port?: number;
  clusterDomain?: string;
  log?: (msg: string) => void;
}

function kubeconfig(server: string, namespace = "default", token?: string): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- name: mk8s",
    "  cluster:",
    `    server: ${server}`,
    // client-node refuses plain HTTP unless TLS verification is off (there is no TLS here).
    "    insecure-skip-tls-verify: true",
    "contexts:",
    "- name: mk8s",
    "  context:",
    "    cluster: mk8s",
    "    user: mk8s",
    `    namespace: ${namespace}`,
    "current-context: mk8s",
    "users:",
    "- name: mk8s",
    token ? `  user:\n    token: ${token}` : "  user: {}",
    "",
  ].join("\n");
}

/**
 * Where state directories live: /var/tmp, not /tmp, because pods commonly mount an emptyDir at
 * /tmp, which would hide the state (kubeconfigs, volume sources) from their processes.
 */
export const STATE_ROOT = "/var/tmp";

function stateRoot(): string {
  return STATE_ROOT;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes host paths a run created as mount points (deepest first, only when empty). */
function removeCreatedPaths(stateDir: string): void {
  const f = join(stateDir, "created-paths");
  if (!existsSync(f)) return;
  const paths = [
    ...new Set(
      readFileSync(f, "utf8")
        .split("\n")
        .filter((x) => x.startsWith("/")),
    ),
  ];
  for (const p of paths.sort((a, b) => b.length - a.length)) {
    const walk = (d: string): boolean => {
      try {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          if (!e.isDirectory() || !walk(join(d, e.name))) return false;
        }
        rmdirSync(d);
        return true;
      } catch {
        try {
          rmSync(d);
          return true;
        } catch {
          return false;
        }
      }
    };
    walk(p);
  }
}

/**
 * Removes everything earlier runs left whose owning process is gone: processes in their network
 * namespaces (killed), the namespaces, interfaces, /etc/netns entries, created mount points and
 * state directories. Returns a description of what was removed.
 */
export async function cleanupLeftovers(): Promise<string[]> {
  const keep = new Set<string>();
  const removed: string[] = [];
  for (const e of readdirSync(stateRoot())) {
    const m = new RegExp(`^${PREFIX}-([a-z0-9]{4})$`).exec(e);
    if (!m) continue;
    const dir = join(stateRoot(), e);
    const pid = Number(existsSync(join(dir, "pid")) ? readFileSync(join(dir, "pid"), "utf8") : 0);
    if (pid && alive(pid)) {
      keep.add(m[1]!);
    }
  }
  const nsList = await run("ip", ["netns", "list"]).catch(() => "");
  for (const line of nsList.split("\n")) {
    const ns = line.split(" ")[0] ?? "";
    const m = new RegExp(`^${PREFIX}-([a-z0-9]{4})-\\d+$`).exec(ns);
    if (!m || keep.has(m[1]!)) continue;
    const pids = await run("ip", ["netns", "pids", ns]).catch(() => "");
    for (const p of pids.split("\n").filter((x) => /^\d+$/.test(x))) {
      try {
        process.kill(Number(p), "SIGKILL");
        removed.push(`process ${p}`);
      } catch {
        // Gone.
      }
    }
  }
  removed.push(...(await removeLeftovers(keep)));
  if (existsSync("/etc/netns"))
    for (const e of readdirSync("/etc/netns")) {
      const m = new RegExp(`^${PREFIX}-([a-z0-9]{4})-\\d+$`).exec(e);
      if (m && !keep.has(m[1]!)) {
        rmSync(join("/etc/netns", e), { recursive: true, force: true });
        removed.push(`/etc/netns/${e}`);
      }
    }
  for (const e of readdirSync(stateRoot())) {
    const m = new RegExp(`^${PREFIX}-([a-z0-9]{4})$`).exec(e);
    if (!m || keep.has(m[1]!)) continue;
    const dir = join(stateRoot(), e);
    removeCreatedPaths(dir);
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

export class LocalCluster {
  readonly id: string;
  readonly stateDir: string;
  readonly store: Store;
  readonly kubeconfigPath: string;
  url = "";
  private readonly opts: LocalClusterOptions;
  private net!: PodNetwork;
  private controllers!: ControllerManager;
  private kubelet!: Kubelet;
  private dns!: ClusterDns;
  private proxy!: ServiceProxy;
  private api!: ApiServer;
  private podApi!: ApiServer;

  private constructor(id: string, opts: LocalClusterOptions, store: Store) {
    this.id = id;
    this.opts = opts;
    this.store = store;
    this.stateDir = join(stateRoot(), `${PREFIX}-${id}`);
    this.kubeconfigPath = join(this.stateDir, "kubeconfig");
  }

  static async start(opts: LocalClusterOptions = {}): Promise<LocalCluster> {
    await cleanupLeftovers();
    const id = Math.random().toString(36).slice(2, 6).padEnd(4, "0");
    const octet = await pickOctet();
    const net = new PodNetwork(id, octet);
    const c = new LocalCluster(id, opts, new Store({ serviceIpBase: net.serviceIpBase }));
    c.net = net;
    mkdirSync(c.stateDir, { recursive: true });
    writeFileSync(join(c.stateDir, "pid"), String(process.pid));
    try {
      await c.boot();
    } catch (e) {
      await c.stop();
      throw e;
    }
    return c;
  }

  private async boot(): Promise<void> {
    const log = this.opts.log ?? (() => {});
    const domain = this.opts.clusterDomain ?? "cluster.local";
    await this.net.setup();
    const s = this.store;
    for (const n of ["default", "kube-system", "kube-public", "kube-node-lease"])
      s.create(
        T(s, "", "v1", "namespaces"),
        undefined,
        { metadata: { name: n } },
        { manager: "kube-apiserver" },
      );
    // The default ClusterRoles manifests refer to (without aggregation: view and edit are flat).
    const crT = T(s, "rbac.authorization.k8s.io", "v1", "clusterroles");
    const read = ["get", "list", "watch"];
    const all = ["*"];
    for (const [name, rules] of [
      ["cluster-admin", [{ apiGroups: ["*"], resources: ["*"], verbs: all }]],
      ["admin", [{ apiGroups: ["*"], resources: ["*"], verbs: all }]],
      [
        "edit",
        [
          {
            apiGroups: ["*"],
            resources: ["*"],
            verbs: [
              "get",
              "list",
              "watch",
              "create",
              "update",
              "patch",
              "delete",
              "deletecollection",
            ],
          },
        ],
      ],
      ["view", [{ apiGroups: ["*"], resources: ["*"], verbs: read }]],
    ] as const)
      s.create(
        crT,
        undefined,
        { metadata: { name, labels: { "kubernetes.io/bootstrapping": "rbac-defaults" } }, rules },
        { manager: "kube-apiserver" },
      );
    s.create(
      T(s, "rbac.authorization.k8s.io", "v1", "clusterrolebindings"),
      undefined,
      {
        metadata: {
          name: "cluster-admin",
          labels: { "kubernetes.io/bootstrapping": "rbac-defaults" },
        },
        subjects: [
          { apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:masters" },
        ],
        roleRef: {
          apiGroup: "rbac.authorization.k8s.io",
          kind: "ClusterRole",
          name: "cluster-admin",
        },
      },
      { manager: "kube-apiserver" },
    );
    const nodeT = T(s, "", "v1", "nodes");
    for (const z of ZONES) {
      const name = `${PREFIX}-${this.id}-${z}`;
      const node = s.create(
        nodeT,
        undefined,
        {
          metadata: {
            name,
            labels: {
              "kubernetes.io/hostname": name,
              "kubernetes.io/os": "linux",
              "kubernetes.io/arch": "amd64",
              "topology.kubernetes.io/zone": z,
              "topology.kubernetes.io/region": "local",
            },
          },
          spec: {},
        },
        { manager: "kubelet" },
      );
      node.status = {
        conditions: [
          {
            type: "Ready",
            status: "True",
            reason: "KubeletReady",
            message: "kubelet is posting ready status",
            lastHeartbeatTime: node.metadata.creationTimestamp,
            lastTransitionTime: node.metadata.creationTimestamp,
          },
        ],
        addresses: [
          { type: "InternalIP", address: this.net.gateway },
          { type: "Hostname", address: name },
        ],
        capacity: { cpu: "2", memory: "16Gi", pods: "110", "ephemeral-storage": "100Gi" },
        allocatable: { cpu: "2", memory: "16Gi", pods: "110", "ephemeral-storage": "100Gi" },
        nodeInfo: {
          kubeletVersion: "v1.32.0-mk8s",
          operatingSystem: "linux",
          architecture: "amd64",
          containerRuntimeVersion: "mk8s://local",
          osImage: "local",
          kernelVersion: "",
          kubeProxyVersion: "",
          machineID: "",
          systemUUID: "",
          bootID: "",
        },
      };
      s.writeInternal(nodeT, node, "kubelet");
    }
    this.api = new ApiServer(s);
    this.url = await this.api.listen(this.opts.port ?? 0, "127.0.0.1");
    const port = Number(new URL(this.url).port);
    this.podApi = new ApiServer(s);
    await this.podApi.listen(port, this.net.gateway);
    writeFileSync(this.kubeconfigPath, kubeconfig(this.url));
    const podServer = `http://${this.net.gateway}:${port}`;
    mkdirSync(join(this.stateDir, "sa"), { recursive: true });
    this.kubelet = new Kubelet(s, this.net, {
      stateDir: this.stateDir,
      clusterDomain: domain,
      baseEnv: {},
      kubeconfigFor: (ns, sa) => {
        const f = join(this.stateDir, "sa", `${ns}.${sa}.kubeconfig`);
        if (!existsSync(f))
          writeFileSync(
            f,
            kubeconfig(
              `${podServer}${serviceAccountPath(ns, sa)}`,
              ns,
              serviceAccountToken(ns, sa),
            ),
          );
        return f;
      },
      createdPaths: (p) => appendFileSync(join(this.stateDir, "created-paths"), `${p}\n`),
      log,
    });
    const hooks = {
      podLog: (ns: string, pod: string, q: URLSearchParams, res: any) =>
        this.kubelet.podLog(ns, pod, q, res),
      exec: (ns: string, pod: string, q: URLSearchParams, ws: any) =>
        this.kubelet.exec(ns, pod, q, ws),
      evict: (ns: string, pod: string, body: any) => evictPod(s, ns, pod, body),
    };
    Object.assign(this.api.hooks, hooks);
    Object.assign(this.podApi.hooks, hooks);
    this.dns = new ClusterDns(s, domain);
    await this.dns.listen(this.net.gateway, 53);
    this.proxy = new ServiceProxy(s, this.net);
    this.controllers = new ControllerManager(s);
    this.controllers.onError = (name, e) => log(`controller ${name}: ${(e as Error)?.stack ?? e}`);
    this.controllers.extra.push(
      () => this.kubelet.sync(),
      () => this.proxy.sync(),
    );
    this.controllers.start();
  }

  /** The cluster DNS server's address (the bridge gateway, port 53). */
  get dnsServer(): string {
    return this.net.gateway;
  }

  async stop(): Promise<void> {
    this.controllers?.stop();
    await this.kubelet?.close(2).catch(() => {});
    await this.proxy?.close().catch(() => {});
    await this.dns?.close().catch(() => {});
    await this.api?.close().catch(() => {});
    await this.podApi?.close().catch(() => {});
    const nsList = await run("ip", ["netns", "list"]).catch(() => "");
    for (const line of nsList.split("\n")) {
      const ns = line.split(" ")[0] ?? "";
      if (!ns.startsWith(`${PREFIX}-${this.id}-`)) continue;
      const pids = await run("ip", ["netns", "pids", ns]).catch(() => "");
      for (const p of pids.split("\n").filter((x) => /^\d+$/.test(x)))
        await tryRun("kill", ["-9", p]);
    }
    await this.net?.teardown();
    removeCreatedPaths(this.stateDir);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
