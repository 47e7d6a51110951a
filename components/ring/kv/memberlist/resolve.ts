/**
 * Resolving `-memberlist.join` entries: `host:port` (port defaults to the bind port), `dns+host:port`
 * (every A/AAAA address), `dnssrv+_service._proto.name` and `dnssrvnoa+...` (SRV targets and their ports).
 */
import { lookup, resolveSrv } from "node:dns/promises";

export interface HostPort {
  host: string;
  port: number;
}

export function splitHostPort(s: string, defaultPort: number): HostPort {
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    const host = s.slice(1, end);
    const rest = s.slice(end + 1);
    return { host, port: rest.startsWith(":") ? Number(rest.slice(1)) : defaultPort };
  }
  const i = s.lastIndexOf(":");
  if (i < 0 || s.indexOf(":") !== i) return { host: s, port: defaultPort };
  const port = Number(s.slice(i + 1));
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`invalid port in address ${s}`);
  return { host: s.slice(0, i), port };
}

export interface Resolver {
  lookup(host: string): Promise<string[]>;
  resolveSrv(name: string): Promise<{ name: string; port: number }[]>;
}

export const systemResolver: Resolver = {
  lookup: async (host) => (await lookup(host, { all: true })).map((a) => a.address),
  resolveSrv: (name) => resolveSrv(name),
};

/** Resolves every join entry; entries that fail to resolve are reported in `errors`. */
export async function resolveJoinAddresses(
  entries: readonly string[],
  defaultPort: number,
  resolver: Resolver = systemResolver,
): Promise<{ addrs: HostPort[]; errors: string[] }> {
  const addrs: HostPort[] = [];
  const errors: string[] = [];
  for (const e of entries) {
    try {
      if (e.startsWith("dns+")) {
        const hp = splitHostPort(e.slice(4), defaultPort);
        for (const a of await resolver.lookup(hp.host)) addrs.push({ host: a, port: hp.port });
      } else if (e.startsWith("dnssrv+") || e.startsWith("dnssrvnoa+")) {
        const name = e.slice(e.indexOf("+") + 1);
        for (const srv of await resolver.resolveSrv(name)) {
          if (e.startsWith("dnssrvnoa+")) addrs.push({ host: srv.name, port: srv.port });
          else
            for (const a of await resolver.lookup(srv.name))
              addrs.push({ host: a, port: srv.port });
        }
      } else {
        addrs.push(splitHostPort(e, defaultPort));
      }
    } catch (err) {
      errors.push(`${e}: ${(err as Error).message}`);
    }
  }
  return { addrs, errors };
}
