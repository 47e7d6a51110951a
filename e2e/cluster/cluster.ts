/**
 * A mimir-ts cluster of separate processes for end-to-end tests: each node gets free HTTP, gRPC
 * and memberlist ports and its own working directory; every node joins the memberlist cluster
 * through one seed address (the first node's gossip port), and all share a filesystem bucket.
 * Nodes can be killed and restarted with the same ports and directories.
 *
 * Nodes bind to and advertise `hostAddr` (127.0.0.1 unless given); a node with a `netns` runs
 * inside that network namespace (`ip netns exec`) on the namespace's address instead. With
 * `etcdEndpoints` every ring is stored in etcd and no memberlist is configured.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { freePort, type MimirProcess, startMimir, tempDir, waitReady } from "../harness.ts";

export interface NodeSpec {
  name: string;
  /** -target value, e.g. "ingester" or "write". */
  target: string;
  zone?: string;
  args?: string[];
  /** Run inside this network namespace, bound to and advertising `ip` (reachable from the host). */
  netns?: { name: string; ip: string };
  /** Extra environment of the node's process (e.g. NODE_OPTIONS for profiling). */
  env?: Record<string, string>;
}

export interface ClusterOptions {
  /** The address nodes outside a namespace bind to and advertise (default 127.0.0.1). */
  hostAddr?: string;
  /** Store every ring (ingester, distributor, store-gateway, compactor) in this etcd. */
  etcdEndpoints?: string[];
}

/** The rings whose KV store the cluster configures, by flag prefix. */
const RING_PREFIXES = [
  "ingester.ring",
  "distributor.ring",
  "store-gateway.sharding-ring",
  "compactor.ring",
];
/** The rings a node joins, whose instance address and id the cluster sets. */
const MEMBER_RING_PREFIXES = ["ingester.ring", "distributor.ring", "store-gateway.sharding-ring"];

export interface ClusterNode {
  spec: NodeSpec;
  proc: MimirProcess;
  url: string;
  dir: string;
  httpPort: number;
  grpcPort: number;
  gossipPort: number;
}

export class TestCluster {
  readonly dir = tempDir("mimir-ts-cluster-");
  readonly bucketDir = join(this.dir, "bucket");
  readonly nodes = new Map<string, ClusterNode>();
  readonly hostAddr: string;
  private seedAddr = "";
  private readonly common: string[];
  private readonly etcdEndpoints: string[];

  /** `common` args go to every node (e.g. replication settings). */
  constructor(common: string[] = [], opts: ClusterOptions = {}) {
    this.common = common;
    this.hostAddr = opts.hostAddr ?? "127.0.0.1";
    this.etcdEndpoints = opts.etcdEndpoints ?? [];
  }

  private addrOf(spec: NodeSpec): string {
    return spec.netns?.ip ?? this.hostAddr;
  }

  private kvArgs(addr: string, gossipPort: number): string[] {
    if (this.etcdEndpoints.length > 0) {
      const endpoints = this.etcdEndpoints.join(",");
      return RING_PREFIXES.flatMap((p) => [
        `-${p}.store=etcd`,
        `-${p}.etcd.endpoints=${endpoints}`,
      ]);
    }
    return [
      `-memberlist.bind-addr=${addr}`,
      `-memberlist.bind-port=${gossipPort}`,
      `-memberlist.advertise-addr=${addr}`,
      `-memberlist.advertise-port=${gossipPort}`,
      `-memberlist.join=${this.seedAddr}`,
      "-memberlist.gossip-interval=100ms",
      "-memberlist.pullpush-interval=2s",
    ];
  }

  private args(spec: NodeSpec, dir: string, gossipPort: number): string[] {
    const zone = spec.zone ?? "";
    const addr = this.addrOf(spec);
    const ringArgs = (prefix: string) => [
      `-${prefix}.instance-addr=${addr}`,
      `-${prefix}.instance-id=${spec.name}`,
    ];
    return [
      `-target=${spec.target}`,
      ...this.kvArgs(addr, gossipPort),
      ...MEMBER_RING_PREFIXES.flatMap(ringArgs),
      `-ingester.ring.instance-availability-zone=${zone}`,
      `-store-gateway.sharding-ring.instance-availability-zone=${zone}`,
      "-ingester.ring.heartbeat-period=1s",
      "-store-gateway.sharding-ring.heartbeat-period=1s",
      "-distributor.ring.heartbeat-period=1s",
      `-blocks-storage.filesystem.dir=${this.bucketDir}`,
      `-blocks-storage.tsdb.dir=${join(dir, "tsdb")}`,
      `-blocks-storage.bucket-store.sync-dir=${join(dir, "tsdb-sync")}`,
      `-compactor.data-dir=${join(dir, "compactor")}`,
      ...this.common,
      ...(spec.args ?? []),
    ];
  }

  /** Starts a node; the first node started is the gossip seed. */
  async start(spec: NodeSpec, asSeed = this.seedAddr === ""): Promise<ClusterNode> {
    const gossipPort = await freePort();
    if (asSeed) this.seedAddr = `${this.addrOf(spec)}:${gossipPort}`;
    const dir = join(this.dir, spec.name);
    const proc = await startMimir(this.args(spec, dir, gossipPort), {
      cwd: this.dir,
      ...this.placement(spec),
    });
    const node: ClusterNode = {
      spec,
      proc,
      url: proc.url,
      dir,
      httpPort: proc.httpPort,
      grpcPort: proc.grpcPort,
      gossipPort,
    };
    this.nodes.set(spec.name, node);
    return node;
  }

  /**
   * Starts a node and waits until it is ready. A free port can be taken by someone else between
   * picking and binding it (the machine is shared); a node that exits with EADDRINUSE is started
   * again on new ports, up to three times.
   */
  async startReady(
    spec: NodeSpec,
    asSeed = this.seedAddr === "",
    readyTimeoutMs = 60_000,
  ): Promise<ClusterNode> {
    for (let attempt = 1; ; attempt++) {
      const node = await this.start(spec, asSeed);
      try {
        await waitReady(node.proc, readyTimeoutMs);
        return node;
      } catch (e) {
        if (attempt >= 3 || !/EADDRINUSE/.test((e as Error).message)) throw e;
      }
    }
  }

  /** Starts several nodes and waits until every one is ready: the seed first, then the rest at once. */
  async startAll(specs: NodeSpec[], readyTimeoutMs = 60_000): Promise<void> {
    const [first, ...rest] = specs;
    await this.startReady(first!, true, readyTimeoutMs);
    await Promise.all(rest.map((s) => this.startReady(s, false, readyTimeoutMs)));
  }

  /** Where a node's process runs: its bind address and, in a namespace, the `ip netns exec` prefix. */
  private placement(spec: NodeSpec): {
    host: string;
    wrap?: string[];
    env?: Record<string, string>;
  } {
    if (!spec.netns) return { host: this.hostAddr, env: spec.env };
    return {
      host: spec.netns.ip,
      wrap: ["ip", "netns", "exec", spec.netns.name],
      env: spec.env,
    };
  }

  node(name: string): ClusterNode {
    const n = this.nodes.get(name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  }

  /** Sends a signal and waits for the process to exit. */
  async kill(name: string, signal: NodeJS.Signals = "SIGKILL"): Promise<number | string> {
    const n = this.node(name);
    if (n.proc.proc.exitCode === null && n.proc.proc.signalCode === null) n.proc.proc.kill(signal);
    return n.proc.exited;
  }

  /** Starts a stopped node again with the same ports and directories. */
  async restart(name: string, readyTimeoutMs = 60_000): Promise<ClusterNode> {
    const old = this.node(name);
    const args = this.args(old.spec, old.dir, old.gossipPort);
    const proc = await startMimir(args, {
      cwd: this.dir,
      httpPort: old.httpPort,
      grpcPort: old.grpcPort,
      ...this.placement(old.spec),
    });
    const node: ClusterNode = { ...old, proc, url: proc.url };
    this.nodes.set(name, node);
    await waitReady(proc, readyTimeoutMs);
    return node;
  }

  /** Stops every node and removes the cluster's directories. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.nodes.values()].map((n) => n.proc.stop()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
