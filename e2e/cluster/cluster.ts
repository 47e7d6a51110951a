/**
 * A mimir-ts cluster of separate processes on 127.0.0.1 for end-to-end tests: each node gets
 * free HTTP, gRPC and memberlist ports and its own working directory; every node joins the
 * memberlist cluster through one seed address (the first node's gossip port), and all share a
 * filesystem bucket. Nodes can be killed and restarted with the same ports and directories.
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
}

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
  private seedPort = 0;
  private readonly common: string[];

  /** `common` args go to every node (e.g. replication settings). */
  constructor(common: string[] = []) {
    this.common = common;
  }

  private args(spec: NodeSpec, dir: string, gossipPort: number): string[] {
    const zone = spec.zone ?? "";
    const ringArgs = (prefix: string) => [`-${prefix}.instance-addr=127.0.0.1`, `-${prefix}.instance-id=${spec.name}`];
    return [
      `-target=${spec.target}`,
      "-memberlist.bind-addr=127.0.0.1",
      `-memberlist.bind-port=${gossipPort}`,
      `-memberlist.join=127.0.0.1:${this.seedPort}`,
      "-memberlist.gossip-interval=100ms",
      "-memberlist.pullpush-interval=2s",
      ...ringArgs("ingester.ring"),
      ...ringArgs("distributor.ring"),
      ...ringArgs("store-gateway.sharding-ring"),
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
  async start(spec: NodeSpec): Promise<ClusterNode> {
    const gossipPort = await freePort();
    if (this.seedPort === 0) this.seedPort = gossipPort;
    const dir = join(this.dir, spec.name);
    const proc = await startMimir(this.args(spec, dir, gossipPort), { cwd: this.dir });
    const node: ClusterNode = { spec, proc, url: proc.url, dir, httpPort: proc.httpPort, grpcPort: proc.grpcPort, gossipPort };
    this.nodes.set(spec.name, node);
    return node;
  }

  /** Starts several nodes at once and waits until every one is ready. */
  async startAll(specs: NodeSpec[], readyTimeoutMs = 60_000): Promise<void> {
    // The seed first, so the others have someone to join.
    const [first, ...rest] = specs;
    await this.start(first);
    await Promise.all(rest.map((s) => this.start(s)));
    await Promise.all(specs.map((s) => waitReady(this.node(s.name).proc, readyTimeoutMs)));
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
    const proc = await startMimir(args, { cwd: this.dir, httpPort: old.httpPort, grpcPort: old.grpcPort });
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
