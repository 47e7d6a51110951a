/**
 * The operator's HTTP endpoints: /healthz (the process runs), /readyz (it reached the API
 * server; a standby replica is ready too, so a rollout of the operator Deployment completes),
 * /metrics (Prometheus text).
 */
import { createServer, type Server } from "node:http";
import type { Registry } from "prom-client";

export interface HealthState {
  /** Set once the API server answered. */
  ready: boolean;
}

export function startServer(
  host: string,
  port: number,
  registry: Registry,
  health: HealthState,
): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    } else if (path === "/readyz") {
      if (health.ready) res.writeHead(200, { "content-type": "text/plain" }).end("ready\n");
      else
        res
          .writeHead(503, { "content-type": "text/plain" })
          .end("not ready: the API server has not answered yet\n");
    } else if (path === "/metrics") {
      registry.metrics().then(
        (text) => res.writeHead(200, { "content-type": registry.contentType }).end(text),
        (e) => res.writeHead(500, { "content-type": "text/plain" }).end(String(e)),
      );
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("404 page not found\n");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
