/**
 * Network namespaces for cluster tests: a bridge on the host (its address is where host-side
 * nodes bind) and per isolated node a namespace joined to it by a veth pair, built with the local
 * Kubernetes node's PodNetwork under this module's own name prefix "mtsn" (netns "mtsn-<id>-<n>",
 * bridge "mtsn<id>br", veths "mtsn<id>h<n>"/"mtsn<id>p<n>"). The link of one namespace can be
 * cut and restored. Each network records its owner's pid in a file; whatever a run that died
 * left behind (its namespaces, the processes in them, its interfaces) is removed by the next one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../kube/node/exec.ts";
import { type PodNet, PodNetwork, pickOctet, removeLeftovers } from "../kube/node/network.ts";

export const NETNS_PREFIX = "mtsn";
/** Owner pid files, one per live network: <dir>/<id>.pid. */
const OWNERS = join(tmpdir(), "mimir-ts-netns");

/** Why namespace tests cannot run here, or false when they can. */
export async function netnsUnavailable(): Promise<string | false> {
  if (process.getuid?.() !== 0) return "network namespace tests need root (ip netns, veth, bridge)";
  try {
    await run("ip", ["netns", "list"]);
  } catch (e) {
    return `the ip command (iproute2) is not usable: ${(e as Error).message}`;
  }
  return false;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Kills the processes in namespaces whose owner is gone and removes those namespaces and links. */
export async function cleanupNetnsLeftovers(): Promise<string[]> {
  mkdirSync(OWNERS, { recursive: true });
  const keep = new Set<string>();
  for (const f of readdirSync(OWNERS)) {
    const m = /^([a-z0-9]{4})\.pid$/.exec(f);
    if (!m) continue;
    if (alive(Number(readFileSync(join(OWNERS, f), "utf8")))) keep.add(m[1]!);
    else rmSync(join(OWNERS, f), { force: true });
  }
  const removed: string[] = [];
  const nsList = await run("ip", ["netns", "list"]).catch(() => "");
  for (const line of nsList.split("\n")) {
    const ns = line.split(" ")[0] ?? "";
    const m = new RegExp(`^${NETNS_PREFIX}-([a-z0-9]{4})-\\d+$`).exec(ns);
    if (!m || keep.has(m[1]!)) continue;
    const pids = await run("ip", ["netns", "pids", ns]).catch(() => "");
    for (const p of pids.split("\n").filter((x) => /^\d+$/.test(x))) {
      try {
        process.kill(Number(p), "SIGKILL");
        removed.push(`process ${p}`);
      } catch {
        // Already gone.
      }
    }
  }
  removed.push(...(await removeLeftovers(keep, NETNS_PREFIX)));
  return removed;
}

export class IsolatedHosts {
  readonly net: PodNetwork;
  private readonly hosts = new Map<string, PodNet>();

  private constructor(net: PodNetwork) {
    this.net = net;
  }

  /** The host side's address (on the bridge): where nodes outside the namespaces bind. */
  get hostAddr(): string {
    return this.net.gateway;
  }

  static async create(): Promise<IsolatedHosts> {
    await cleanupNetnsLeftovers();
    const id = Math.random().toString(36).slice(2, 6).padEnd(4, "0");
    mkdirSync(OWNERS, { recursive: true });
    writeFileSync(join(OWNERS, `${id}.pid`), String(process.pid));
    const net = new PodNetwork(id, await pickOctet(), NETNS_PREFIX);
    const hosts = new IsolatedHosts(net);
    try {
      await net.setup();
    } catch (e) {
      await hosts.teardown();
      throw e;
    }
    return hosts;
  }

  /** A namespace of its own for `name`, reachable from the host at the returned IP. */
  async add(name: string): Promise<{ name: string; ip: string }> {
    const pod = await this.net.addPod({
      namespace: "default",
      hostname: name,
      clusterDomain: "cluster.local",
    });
    this.hosts.set(name, pod);
    return { name: pod.netns, ip: pod.ip };
  }

  private pod(name: string): PodNet {
    const p = this.hosts.get(name);
    if (!p) throw new Error(`no isolated host ${name}`);
    return p;
  }

  /** Cuts the namespace's link: its veth goes down, nothing passes either way. */
  async cut(name: string): Promise<void> {
    await run("ip", ["link", "set", this.pod(name).hostVeth, "down"]);
  }

  async restore(name: string): Promise<void> {
    await run("ip", ["link", "set", this.pod(name).hostVeth, "up"]);
  }

  /** Kills what still runs in the namespaces, removes them, the veths and the bridge. */
  async teardown(): Promise<void> {
    for (const pod of this.hosts.values()) {
      const pids = await run("ip", ["netns", "pids", pod.netns]).catch(() => "");
      for (const p of pids.split("\n").filter((x) => /^\d+$/.test(x))) {
        try {
          process.kill(Number(p), "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    await this.net.teardown();
    rmSync(join(OWNERS, `${this.net.id}.pid`), { force: true });
    if (existsSync(OWNERS) && readdirSync(OWNERS).length === 0)
      rmSync(OWNERS, { recursive: true, force: true });
  }
}
