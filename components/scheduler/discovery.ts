/**
 * How query-frontends and queriers find query-schedulers (and queriers find query-frontends):
 * `dns` resolves a host:port to every address of the host; `ring` reads the healthy instances
 * of the query-scheduler ring (-query-scheduler.service-discovery-mode=ring), where schedulers
 * register themselves.
 */
import { isIP } from "node:net";
import { resolveAddresses, splitHostPort } from "../cache/dns.ts";
import { Read } from "../ring/operation.ts";
import type { RingService } from "../ring/ring_service.ts";

/** Every address of `host:port` (the host as is when it is an IP); [] for "". */
export function dnsAddresses(addr: string): () => Promise<string[]> {
  return async () => {
    if (addr === "") return [];
    const { host } = splitHostPort(addr);
    if (isIP(host) !== 0) return [addr];
    const res = await resolveAddresses([`dns+${addr}`]);
    if (res.addresses.length === 0 && res.errors.length > 0) throw res.errors[0];
    return res.addresses;
  };
}

/** The healthy schedulers of the ring, at most maxUsed of them (0 = all), in a stable order. */
export function ringAddresses(ring: RingService, maxUsed: number): () => Promise<string[]> {
  return async () => {
    const now = Date.now();
    const r = ring.ring;
    const addrs = r
      .getInstances()
      .filter((i) => r.isHealthy(i, Read, now))
      .map((i) => i.addr)
      .sort();
    return maxUsed > 0 ? addrs.slice(0, maxUsed) : addrs;
  };
}
