/**
 * The pod network: one Linux bridge per cluster with the gateway address, and per pod a network
 * namespace joined to it by a veth pair, with one IP from the cluster's /24. Service cluster IPs
 * are /32 addresses on the bridge (the service proxy listens on them; pods reach them through
 * their default route, the gateway). Every name starts
 * with PREFIX plus the cluster id, so a later run can find and remove what a crashed one left.
 *
 * Names (Linux limits interface names to 15 characters):
 *   bridge "mk8s<id>br", host veth "mk8s<id>h<n>", netns "mk8s-<id>-<n>".
 * Other users (the cluster netns test) pass their own four-character prefix instead of "mk8s",
 * so the cleanups of the two never remove each other's interfaces.
 */
import { mkdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { run, tryRun } from "./exec.ts";

export const PREFIX = "mk8s";

export interface PodNet {
  netns: string;
  ip: string;
  hostVeth: string;
}

export class PodNetwork {
  readonly id: string;
  readonly prefix: string;
  /** Third octet of 10.244.K.0/24 (pods) and 10.96.K.0/24 (services). */
  readonly octet: number;
  readonly gateway: string;
  readonly bridge: string;
  /** Last host number handed out; addresses go round the /24 so a freed one is reused last. */
  private last = 1;
  private readonly inUse = new Set<number>();
  private seq = 0;

  constructor(id: string, octet: number, prefix = PREFIX) {
    this.id = id;
    this.prefix = prefix;
    this.octet = octet;
    this.gateway = `10.244.${octet}.1`;
    this.bridge = `${prefix}${id}br`;
  }

  get serviceIpBase(): string {
    return `10.96.${this.octet}.`;
  }

  async setup(): Promise<void> {
    await run("ip", ["link", "add", this.bridge, "type", "bridge"]);
    await run("ip", ["addr", "add", `${this.gateway}/24`, "dev", this.bridge]);
    await run("ip", ["link", "set", this.bridge, "up"]);
  }

  async teardown(): Promise<void> {
    const out = await run("ip", ["netns", "list"]).catch(() => "");
    for (const line of out.split("\n")) {
      const ns = line.split(" ")[0] ?? "";
      if (ns.startsWith(`${this.prefix}-${this.id}-`)) await this.removeNetns(ns);
    }
    await tryRun("ip", ["link", "del", this.bridge]);
    removeEmptyNetnsDir();
  }

  private async removeNetns(ns: string): Promise<void> {
    await tryRun("ip", ["netns", "del", ns]);
    rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
  }

  /** Adds a service cluster IP to the host so the proxy can listen on it. */
  async addServiceIp(ip: string): Promise<void> {
    await tryRun("ip", ["addr", "add", `${ip}/32`, "dev", this.bridge]);
  }

  async removeServiceIp(ip: string): Promise<void> {
    await tryRun("ip", ["addr", "del", `${ip}/32`, "dev", this.bridge]);
  }

  /**
   * Creates the pod's namespace, veth pair and address; writes /etc/netns/<ns>/resolv.conf
   * (cluster DNS on the gateway) and hosts (the pod's own names).
   */
  async addPod(opts: {
    namespace: string;
    hostname: string;
    fqdn?: string;
    clusterDomain: string;
  }): Promise<PodNet> {
    let n = 0;
    for (let i = 0; i < 253; i++) {
      const c = ((this.last - 2 + 1 + i) % 253) + 2;
      if (!this.inUse.has(c)) {
        n = c;
        break;
      }
    }
    if (n === 0) throw new Error("pod network exhausted");
    this.last = n;
    this.inUse.add(n);
    const seq = this.seq++;
    const netns = `${this.prefix}-${this.id}-${seq}`;
    const hostVeth = `${this.prefix}${this.id}h${seq}`;
    const peer = `${this.prefix}${this.id}p${seq}`;
    const ip = `10.244.${this.octet}.${n}`;
    const etc = `/etc/netns/${netns}`;
    mkdirSync(etc, { recursive: true });
    const d = opts.clusterDomain;
    writeFileSync(
      `${etc}/resolv.conf`,
      `nameserver ${this.gateway}\nsearch ${opts.namespace}.svc.${d} svc.${d} ${d}\noptions ndots:5\n`,
    );
    const names = [opts.fqdn, opts.hostname].filter((x) => x).join(" ");
    writeFileSync(
      `${etc}/hosts`,
      `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${ip}\t${names}\n`,
    );
    try {
      await run("ip", ["netns", "add", netns]);
      await run("ip", ["link", "add", hostVeth, "type", "veth", "peer", "name", peer]);
      await run("ip", ["link", "set", hostVeth, "master", this.bridge, "up"]);
      await run("ip", ["link", "set", peer, "netns", netns]);
      await run("ip", ["-n", netns, "link", "set", peer, "name", "eth0"]);
      await run("ip", ["-n", netns, "addr", "add", `${ip}/24`, "dev", "eth0"]);
      await run("ip", ["-n", netns, "link", "set", "eth0", "up"]);
      await run("ip", ["-n", netns, "link", "set", "lo", "up"]);
      await run("ip", ["-n", netns, "route", "add", "default", "via", this.gateway]);
      // A stale neighbour entry for a reused address would black-hole traffic until it expires.
      await tryRun("ip", ["neigh", "del", ip, "dev", this.bridge]);
    } catch (e) {
      await tryRun("ip", ["link", "del", hostVeth]);
      await this.removeNetns(netns);
      this.inUse.delete(n);
      throw e;
    }
    return { netns, ip, hostVeth };
  }

  async removePod(net: PodNet): Promise<void> {
    await tryRun("ip", ["link", "del", net.hostVeth]);
    await this.removeNetns(net.netns);
    this.inUse.delete(Number(net.ip.split(".")[3]));
  }
}

/** /etc/netns is created for the pods' resolv.conf and hosts; it goes when empty again. */
export function removeEmptyNetnsDir(): void {
  try {
    rmdirSync("/etc/netns");
  } catch {
    // Not empty (someone else's entries) or already gone.
  }
}

/** Picks a /24 octet no existing interface route uses (10.244.K.0/24). */
export async function pickOctet(): Promise<number> {
  const routes = await run("ip", ["-4", "route", "show"]).catch(() => "");
  for (let i = 0; i < 50; i++) {
    const k = 1 + Math.floor(Math.random() * 250);
    if (!routes.includes(`10.244.${k}.0/24`)) return k;
  }
  throw new Error("no free 10.244.K.0/24 subnet");
}

/**
 * Removes every network namespace, interface and /etc/netns directory carrying `prefix` (PREFIX
 * unless given) whose cluster id is not in `keep` (what crashed runs left behind). Returns what
 * it removed.
 */
export async function removeLeftovers(
  keep: Set<string> = new Set(),
  prefix = PREFIX,
): Promise<string[]> {
  const removed: string[] = [];
  const nsList = await run("ip", ["netns", "list"]).catch(() => "");
  for (const line of nsList.split("\n")) {
    const ns = line.split(" ")[0] ?? "";
    const m = new RegExp(`^${prefix}-([a-z0-9]+)-\\d+$`).exec(ns);
    if (!m || keep.has(m[1]!)) continue;
    await tryRun("ip", ["netns", "del", ns]);
    rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
    removed.push(`netns ${ns}`);
  }
  const links = await run("ip", ["-o", "link", "show"]).catch(() => "");
  for (const line of links.split("\n")) {
    const m = new RegExp(`^\\d+: (${prefix}([a-z0-9]{4})(?:br|sv|h\\d+|p\\d+))[@:]`).exec(line);
    if (!m || keep.has(m[2]!)) continue;
    await tryRun("ip", ["link", "del", m[1]!]);
    removed.push(`link ${m[1]}`);
  }
  removeEmptyNetnsDir();
  return removed;
}
