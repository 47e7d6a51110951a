/**
 * A forward HTTP proxy on 127.0.0.1 that sets X-Scope-OrgID on what it forwards. Debian's
 * Prometheus 2.42 drops the `headers` of a remote_write block (checked: no X-Scope-OrgID
 * arrives), so a test Prometheus remote-writes to the distributor Service's own URL with
 * `proxy_url` pointing here, as an egress proxy would add the tenant in a real deployment.
 * Requests arrive in absolute form (`POST http://host:port/path`); only hosts in `allowed`
 * are forwarded (others get 403). Bodies and answers pass through unchanged.
 */
import { request, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface TenantProxy {
  /** http://127.0.0.1:<port>, for Prometheus's proxy_url. */
  url: string;
  /** Requests forwarded, and how many of them already carried X-Scope-OrgID. */
  forwarded: number;
  alreadyHadTenant: number;
  close(): Promise<void>;
}

export async function startTenantProxy(tenant: string, allowed: string[]): Promise<TenantProxy> {
  const state = { forwarded: 0, alreadyHadTenant: 0 };
  const server: Server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? "");
    } catch {
      res.writeHead(400).end("absolute URL expected\n");
      return;
    }
    if (target.protocol !== "http:" || !allowed.includes(target.host)) {
      res.writeHead(403).end(`not forwarded: ${target.host}\n`);
      return;
    }
    state.forwarded++;
    if (req.headers["x-scope-orgid"]) state.alreadyHadTenant++;
    const headers: Record<string, string | string[] | undefined> = {
      ...req.headers,
      "x-scope-orgid": tenant,
      host: target.host,
    };
    delete headers["proxy-connection"];
    const out = request(
      target,
      { method: req.method, headers, signal: AbortSignal.timeout(30_000) },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on("error", (err) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(`${err.message}\n`);
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    get forwarded() {
      return state.forwarded;
    },
    get alreadyHadTenant() {
      return state.alreadyHadTenant;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
