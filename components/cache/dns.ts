/**
 * DNS service discovery for addresses, as dskit's dns.Provider does it:
 *
 *   host:port                    used as is
 *   dns+host:port                A/AAAA lookup of host; every address with the given port
 *   dnssrv+_svc._tcp.name        SRV lookup, then an A/AAAA lookup of each target, with the
 *                                SRV port
 *   dnssrvnoa+_svc._tcp.name     SRV lookup; the targets as host names, with the SRV port
 *
 * Resolution of one address failing does not stop the others; the failures are returned.
 */
import dns from "node:dns";
import type { Counter, Gauge, Registry } from "prom-client";
import { counter, gauge } from "../util/metrics.ts";

export interface Resolver {
  /** All IP addresses of a host name (an IP literal resolves to itself). */
  lookupIPs(host: string): Promise<string[]>;
  /** SRV records of a name. */
  resolveSrv(name: string): Promise<{ name: string; port: number }[]>;
}

/** The system resolver (/etc/hosts and DNS for A/AAAA, DNS for SRV). */
export const systemResolver: Resolver = {
  async lookupIPs(host) {
    const res = await dns.promises.lookup(host, { all: true, order: "ipv4first" });
    return res.map((r) => r.address);
  },
  resolveSrv(name) {
    return dns.promises.resolveSrv(name);
  },
};

/** Splits "host:port" / "[v6]:port"; throws when the port is missing. */
export function splitHostPort(addr: string): { host: string; port: string } {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(addr) ?? /^([^:]+):(\d+)$/.exec(addr);
  if (!m) throw new Error(`address ${addr}: missing port in address`);
  return { host: m[1], port: m[2] };
}

export function joinHostPort(host: string, port: string | number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

export interface ResolveResult {
  /** Resolved addresses, deduplicated, in order of first appearance. */
  addresses: string[];
  /** One error per address that failed to resolve. */
  errors: Error[];
}

/** Resolves every address; see the file comment for the formats. */
export async function resolveAddresses(
  addrs: readonly string[],
  resolver: Resolver = systemResolver,
): Promise<ResolveResult> {
  const results = await Promise.all(
    addrs.map(async (raw): Promise<string[] | Error> => {
      const addr = raw.trim();
      try {
        if (addr.startsWith("dns+")) {
          const { host, port } = splitHostPort(addr.slice(4));
          return (await resolver.lookupIPs(host)).map((ip) => joinHostPort(ip, port));
        }
        if (addr.startsWith("dnssrv+")) {
          const srv = await resolver.resolveSrv(addr.slice(7));
          const out: string[] = [];
          for (const r of srv) {
            for (const ip of await resolver.lookupIPs(r.name)) out.push(joinHostPort(ip, r.port));
          }
          return out;
        }
        if (addr.startsWith("dnssrvnoa+")) {
          const srv = await resolver.resolveSrv(addr.slice(10));
          return srv.map((r) => joinHostPort(r.name.replace(/\.$/, ""), r.port));
        }
        return [addr];
      } catch (e) {
        return new Error(`lookup ${addr}: ${(e as Error).message}`, { cause: e });
      }
    }),
  );
  const seen = new Set<string>();
  const addresses: string[] = [];
  const errors: Error[] = [];
  for (const r of results) {
    if (r instanceof Error) {
      errors.push(r);
      continue;
    }
    for (const a of r) {
      if (!seen.has(a)) {
        seen.add(a);
        addresses.push(a);
      }
    }
  }
  return { addresses, errors };
}

/**
 * Keeps the last good resolution of a set of addresses (like dskit's dns.Provider): when an
 * address fails to resolve, its previous result is kept.
 */
export class DNSProvider {
  private readonly resolver: Resolver;
  private readonly perAddr = new Map<string, string[]>();
  private readonly metrics?: {
    results: Gauge<"name" | "addr">;
    lookups: Counter<"name">;
    failures: Counter<"name">;
  };
  private readonly label: string;

  constructor(
    opts: { resolver?: Resolver; registry?: Registry; metricsPrefix?: string; name?: string } = {},
  ) {
    this.resolver = opts.resolver ?? systemResolver;
    this.label = opts.name ?? "";
    if (opts.registry) {
      const p = opts.metricsPrefix ?? "thanos_memcached_";
      this.metrics = {
        results: gauge(
          opts.registry,
          `${p}dns_provider_results`,
          "The number of resolved endpoints for each configured address",
          ["name", "addr"],
        ),
        lookups: counter(
          opts.registry,
          `${p}dns_lookups_total`,
          "The number of DNS lookups resolutions attempts",
          ["name"],
        ),
        failures: counter(
          opts.registry,
          `${p}dns_failures_total`,
          "The number of DNS lookup failures",
          ["name"],
        ),
      };
    }
  }

  /** Resolves addrs; returns the errors of this round (the previous results of failed ones are kept). */
  async resolve(addrs: readonly string[]): Promise<Error[]> {
    const errors: Error[] = [];
    const next = new Map<string, string[]>();
    await Promise.all(
      addrs.map(async (a) => {
        this.metrics?.lookups.inc({ name: this.label });
        const r = await resolveAddresses([a], this.resolver);
        if (r.errors.length > 0) {
          this.metrics?.failures.inc({ name: this.label });
          errors.push(...r.errors);
          const prev = this.perAddr.get(a);
          if (prev) next.set(a, prev);
          return;
        }
        next.set(a, r.addresses);
      }),
    );
    this.perAddr.clear();
    for (const a of addrs) {
      const v = next.get(a);
      if (v) this.perAddr.set(a, v);
      this.metrics?.results.set({ name: this.label, addr: a }, v?.length ?? 0);
    }
    return errors;
  }

  /** All addresses from the last resolution, deduplicated. */
  addresses(): string[] {
    return [...new Set([...this.perAddr.values()].flat())];
  }
}
