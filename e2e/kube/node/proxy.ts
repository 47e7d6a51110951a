/**
 * The service proxy (kube-proxy's job, in user space): for every Service with a cluster IP, a TCP
 * listener on <clusterIP>:<port> (the IP is a /32 on the bridge, reachable from the
 * host and from every pod through the bridge gateway) that forwards each connection to a ready
 * endpoint on its target port, round robin. No ready endpoint: the connection is reset.
 * Closing it destroys the connections still open (a pod that vanished with its network
 * namespace never closes its side, which would keep the test process alive).
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import type { Store } from "../api/store.ts";
import type { PodNetwork } from "./network.ts";

interface Listener {
  server: Server;
  ns: string;
  svc: string;
  portName: string | undefined;
  rr: number;
}

export class ServiceProxy {
  private readonly store: Store;
  private readonly net: PodNetwork;
  private readonly listeners = new Map<string, Listener>();
  private readonly pending = new Set<string>();
  private readonly ips = new Set<string>();
  /** Both sockets of every forwarded connection still open. */
  private readonly connections = new Set<Socket>();

  constructor(store: Store, net: PodNetwork) {
    this.store = store;
    this.net = net;
  }

  /** Reconciles listeners with the Services in the store. */
  sync(): void {
    const svcT = this.store.type("", "v1", "services")!;
    const want = new Map<
      string,
      { ns: string; svc: string; ip: string; port: number; portName?: string }
    >();
    for (const s of this.store.list(svcT)) {
      const ip = s.spec?.clusterIP;
      if (!ip || ip === "None" || !ip.startsWith(this.net.serviceIpBase)) continue;
      for (const p of s.spec.ports ?? []) {
        if ((p.protocol ?? "TCP") !== "TCP") continue;
        want.set(`${ip}:${p.port}`, {
          ns: s.metadata.namespace,
          svc: s.metadata.name,
          ip,
          port: p.port,
          portName: p.name,
        });
      }
    }
    for (const [key, l] of this.listeners) {
      if (!want.has(key)) {
        l.server.close();
        this.listeners.delete(key);
      }
    }
    const liveIps = new Set([...want.values()].map((w) => w.ip));
    for (const ip of [...this.ips]) {
      if (!liveIps.has(ip)) {
        this.ips.delete(ip);
        void this.net.removeServiceIp(ip);
      }
    }
    for (const [key, w] of want) {
      if (this.listeners.has(key) || this.pending.has(key)) continue;
      this.pending.add(key);
      void this.open(key, w).finally(() => this.pending.delete(key));
    }
  }

  private async open(
    key: string,
    w: { ns: string; svc: string; ip: string; port: number; portName?: string },
  ): Promise<void> {
    if (!this.ips.has(w.ip)) {
      await this.net.addServiceIp(w.ip);
      this.ips.add(w.ip);
    }
    const l: Listener = {
      server: createServer(),
      ns: w.ns,
      svc: w.svc,
      portName: w.portName,
      rr: 0,
    };
    l.server.on("connection", (sock) => {
      const target = this.pick(l);
      if (!target) {
        sock.resetAndDestroy();
        return;
      }
      const up = connect(target.port, target.ip);
      this.connections.add(sock);
      this.connections.add(up);
      sock.pipe(up).pipe(sock);
      const close = () => {
        sock.destroy();
        up.destroy();
      };
      up.on("error", close);
      sock.on("error", close);
      for (const s of [sock, up]) s.once("close", () => this.connections.delete(s));
    });
    l.server.on("error", () => {});
    await new Promise<void>((resolve) => {
      l.server.listen(w.port, w.ip, () => resolve());
      l.server.once("error", () => resolve());
    });
    if (l.server.listening) this.listeners.set(key, l);
  }

  private pick(l: Listener): { ip: string; port: number } | undefined {
    const ep = this.store.tryGet(this.store.type("", "v1", "endpoints")!, l.ns, l.svc);
    const targets: { ip: string; port: number }[] = [];
    for (const s of ep?.subsets ?? []) {
      const port = (s.ports ?? []).find(
        (p: any) => (p.name ?? undefined) === l.portName || (s.ports.length === 1 && !l.portName),
      );
      if (!port) continue;
      for (const a of s.addresses ?? []) targets.push({ ip: a.ip, port: port.port });
    }
    if (targets.length === 0) return undefined;
    return targets[l.rr++ % targets.length];
  }

  async close(): Promise<void> {
    for (const l of this.listeners.values()) l.server.close();
    this.listeners.clear();
    for (const s of this.connections) s.destroy();
    this.connections.clear();
  }
}
