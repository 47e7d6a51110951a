/**
 * The query-scheduler module: the scheduler's queues served over gRPC, and with
 * -query-scheduler.service-discovery-mode=ring the scheduler's entry in the query-scheduler ring
 * (where frontends and queriers find it).
 */
import type { ModuleContext } from "./context.ts";
import { newComponentRing } from "../ring/component_ring.ts";
import { registerRingPage } from "../ring/http.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import { QueryScheduler } from "../scheduler/scheduler.ts";

export function initQueryScheduler(app: ModuleContext): Service {
  const cfg = app.cfg.query_scheduler;
  const scheduler = new QueryScheduler(cfg, {
    logger: app.logger.child({ component: "query-scheduler" }),
    registry: app.registry,
  });
  scheduler.addServices(app.server.grpc);
  if (cfg.service_discovery_mode !== "ring") return scheduler;
  if (!app.cluster)
    throw new Error(
      "query-scheduler: -query-scheduler.service-discovery-mode=ring needs a ring KV store (memberlist or etcd)",
    );
  const ring = newComponentRing({
    name: "query-scheduler",
    values: cfg.ring as never,
    stores: app.cluster.stores,
    register: true,
    grpcPort: app.cfg.server.grpc_listen_port,
  });
  registerRingPage(app.server.http, "/query-scheduler/ring", ring.client.ring, ring.kv, ring.key);
  app.addLinks("Query-scheduler", [
    { href: "/query-scheduler/ring", title: "Query-scheduler ring status" },
  ]);
  const services: Service[] = [ring.client, scheduler, ring.lifecycler!];
  return new FuncService("query-scheduler", {
    starting: async () => {
      for (const s of services) await s.startAsync();
    },
    stopping: async () => {
      for (const s of [...services].reverse()) await s.stopAsync();
    },
  });
}
