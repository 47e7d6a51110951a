/**
 * Cluster DNS over UDP and TCP (node:dgram, node:net), answering from the store:
 *   <svc>.<ns>.svc.<domain>            A: the ClusterIP, or for headless Services the ready endpoints
 *   <host>.<svc>.<ns>.svc.<domain>     A: the endpoint with that hostname (StatefulSet pods)
 *   _<port>._<proto>.<svc>.<ns>.svc.<domain>  SRV: one per endpoint (headless) or the Service
 *   <a-b-c-d>.<ns>.pod.<domain>        A: that pod IP
 * Names outside the cluster domain get NXDOMAIN (nothing is forwarded off this machine).
 * Records carry a TTL of 5 seconds.
 */
import { createSocket, type Socket } from "node:dgram";
import { createServer, type Server } from "node:net";
import type { Store } from "../api/store.ts";

const TTL = 5;
const TYPE_A = 1;
const TYPE_SRV = 33;
const TYPE_ANY = 255;

interface Answer {
  name: string;
  type: number;
  data: Buffer;
}

interface Question {
  name: string;
  type: number;
  cls: number;
  end: number;
}

function readName(buf: Buffer, off: number): { name: string; end: number } {
  const labels: string[] = [];
  let end = -1;
  let jumps = 0;
  while (off < buf.length) {
    const len = buf[off]!;
    if (len === 0) {
      off++;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      if (end < 0) end = off + 2;
      off = ((len & 0x3f) << 8) | buf[off + 1]!;
      if (++jumps > 20) break;
      continue;
    }
    labels.push(buf.toString("latin1", off + 1, off + 1 + len));
    off += 1 + len;
  }
  return { name: labels.join("."), end: end < 0 ? off : end };
}

function encodeName(name: string): Buffer {
  const parts = name.split(".").filter((p) => p !== "");
  const bufs: Buffer[] = [];
  for (const p of parts) {
    const b = Buffer.from(p, "latin1");
    bufs.push(Buffer.from([b.length]), b);
  }
  bufs.push(Buffer.from([0]));
  return Buffer.concat(bufs);
}

function aRecord(name: string, ip: string): Answer {
  return { name, type: TYPE_A, data: Buffer.from(ip.split(".").map(Number)) };
}

function srvRecord(name: string, port: number, target: string): Answer {
  const h = Buffer.alloc(6);
  h.writeUInt16BE(0, 0);
  h.writeUInt16BE(100, 2);
  h.writeUInt16BE(port, 4);
  return { name, type: TYPE_SRV, data: Buffer.concat([h, encodeName(target)]) };
}

export class ClusterDns {
  private readonly store: Store;
  readonly domain: string;
  private udp: Socket | undefined;
  private tcp: Server | undefined;

  constructor(store: Store, domain = "cluster.local") {
    this.store = store;
    this.domain = domain;
  }

  async listen(host: string, port: number): Promise<void> {
    const udp = createSocket("udp4");
    udp.on("message", (msg, rinfo) => {
      const out = this.handle(msg, 512);
      if (out) udp.send(out, rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve, reject) => {
      udp.once("error", reject);
      udp.bind(port, host, () => resolve());
    });
    udp.on("error", () => {});
    this.udp = udp;
    const tcp = createServer((sock) => {
      let buf = Buffer.alloc(0);
      sock.on("data", (d) => {
        buf = Buffer.concat([buf, d]);
        while (buf.length >= 2) {
          const len = buf.readUInt16BE(0);
          if (buf.length < 2 + len) break;
          const out = this.handle(buf.subarray(2, 2 + len), 65535);
          buf = buf.subarray(2 + len);
          if (out) {
            const l = Buffer.alloc(2);
            l.writeUInt16BE(out.length);
            sock.write(Buffer.concat([l, out]));
          }
        }
      });
      sock.on("error", () => {});
    });
    await new Promise<void>((resolve, reject) => {
      tcp.once("error", reject);
      tcp.listen(port, host, () => resolve());
    });
    this.tcp = tcp;
  }

  async close(): Promise<void> {
    this.udp?.close();
    await new Promise<void>((resolve) => (this.tcp ? this.tcp.close(() => resolve()) : resolve()));
  }

  /** Builds the response to one query message; undefined for garbage. */
  handle(msg: Buffer, maxLen: number): Buffer | undefined {
    if (msg.length < 12) return undefined;
    const id = msg.readUInt16BE(0);
    const flags = msg.readUInt16BE(2);
    const qd = msg.readUInt16BE(4);
    if (qd < 1) return undefined;
    let q: Question;
    try {
      const n = readName(msg, 12);
      q = {
        name: n.name,
        type: msg.readUInt16BE(n.end),
        cls: msg.readUInt16BE(n.end + 2),
        end: n.end + 4,
      };
    } catch {
      return undefined;
    }
    const { rcode, answers, extra } = this.resolve(q.name.toLowerCase(), q.type);
    const build = (ans: Answer[], ext: Answer[], truncated: boolean) => {
      const head = Buffer.alloc(12);
      head.writeUInt16BE(id, 0);
      head.writeUInt16BE(
        0x8000 | 0x0400 | (flags & 0x0100) | 0x0080 | (truncated ? 0x0200 : 0) | rcode,
        2,
      );
      head.writeUInt16BE(1, 4);
      head.writeUInt16BE(ans.length, 6);
      head.writeUInt16BE(0, 8);
      head.writeUInt16BE(ext.length, 10);
      const parts: Buffer[] = [head, msg.subarray(12, q.end)];
      for (const a of [...ans, ...ext]) {
        const h = Buffer.alloc(10);
        h.writeUInt16BE(a.type, 0);
        h.writeUInt16BE(1, 2);
        h.writeUInt32BE(TTL, 4);
        h.writeUInt16BE(a.data.length, 8);
        parts.push(encodeName(a.name), h, a.data);
      }
      return Buffer.concat(parts);
    };
    let out = build(answers, extra, false);
    if (out.length > maxLen) out = build(answers, [], false);
    if (out.length > maxLen) out = build([], [], true);
    return out;
  }

  /** Answers for a name and type; rcode 3 (NXDOMAIN) when the name does not exist. */
  resolve(name: string, type: number): { rcode: number; answers: Answer[]; extra: Answer[] } {
    const nx = { rcode: 3, answers: [], extra: [] };
    const suffix = `.${this.domain}`;
    if (!name.endsWith(suffix)) return nx;
    const labels = name.slice(0, -suffix.length).split(".");
    const want = (t: number) => type === t || type === TYPE_ANY;
    if (labels.length === 3 && labels[2] === "pod") {
      const ip = labels[0]!.replace(/-/g, ".");
      if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return nx;
      return { rcode: 0, answers: want(TYPE_A) ? [aRecord(name, ip)] : [], extra: [] };
    }
    if (labels[labels.length - 1] !== "svc") return nx;
    const rest = labels.slice(0, -1);
    const svcT = this.store.type("", "v1", "services")!;
    const epT = this.store.type("", "v1", "endpoints")!;
    if (rest.length === 2) {
      const [svcName, ns] = rest as [string, string];
      const svc = this.store.tryGet(svcT, ns, svcName);
      if (!svc) return nx;
      if (!want(TYPE_A)) return { rcode: 0, answers: [], extra: [] };
      if (svc.spec?.clusterIP && svc.spec.clusterIP !== "None")
        return { rcode: 0, answers: [aRecord(name, svc.spec.clusterIP)], extra: [] };
      const ep = this.store.tryGet(epT, ns, svcName);
      const ips = new Set<string>();
      for (const s of ep?.subsets ?? []) for (const a of s.addresses ?? []) ips.add(a.ip);
      return { rcode: 0, answers: [...ips].map((ip) => aRecord(name, ip)), extra: [] };
    }
    if (rest.length === 3) {
      const [host, svcName, ns] = rest as [string, string, string];
      const ep = this.store.tryGet(epT, ns, svcName);
      if (!ep) return nx;
      for (const s of ep.subsets ?? [])
        for (const a of s.addresses ?? [])
          if (a.hostname === host || a.ip.replace(/\./g, "-") === host)
            return { rcode: 0, answers: want(TYPE_A) ? [aRecord(name, a.ip)] : [], extra: [] };
      return nx;
    }
    if (rest.length === 4 && rest[0]!.startsWith("_") && rest[1]!.startsWith("_")) {
      const portName = rest[0]!.slice(1);
      const proto = rest[1]!.slice(1).toUpperCase();
      const [svcName, ns] = [rest[2]!, rest[3]!];
      const svc = this.store.tryGet(svcT, ns, svcName);
      if (!svc) return nx;
      const sp = (svc.spec?.ports ?? []).find(
        (p: any) => p.name === portName && (p.protocol ?? "TCP") === proto,
      );
      if (!sp) return nx;
      if (!want(TYPE_SRV)) return { rcode: 0, answers: [], extra: [] };
      const svcFqdn = `${svcName}.${ns}.svc.${this.domain}`;
      if (svc.spec?.clusterIP && svc.spec.clusterIP !== "None")
        return {
          rcode: 0,
          answers: [srvRecord(name, sp.port, svcFqdn)],
          extra: [aRecord(svcFqdn, svc.spec.clusterIP)],
        };
      const ep = this.store.tryGet(epT, ns, svcName);
      const answers: Answer[] = [];
      const extra: Answer[] = [];
      for (const s of ep?.subsets ?? []) {
        const port = (s.ports ?? []).find(
          (p: any) => p.name === portName || (s.ports.length === 1 && !p.name),
        );
        if (!port) continue;
        for (const a of s.addresses ?? []) {
          const target = `${a.hostname ?? a.ip.replace(/\./g, "-")}.${svcFqdn}`;
          answers.push(srvRecord(name, port.port, target));
          extra.push(aRecord(target, a.ip));
        }
      }
      return { rcode: 0, answers, extra };
    }
    return nx;
  }
}
