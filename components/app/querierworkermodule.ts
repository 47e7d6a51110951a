/**
 * Which worker the querier of this process runs (Mimir's worker config): with
 * -querier.scheduler-address (or scheduler ring discovery) it pulls from query-schedulers, with
 * -querier.frontend-address from query-frontends, and with neither but a query-frontend in this
 * process from that frontend's queue, in-process. Otherwise there is no worker and the querier
 * serves the Prometheus API itself.
 */
import { hostname } from "node:os";
import type { ModuleContext } from "./context.ts";
import { newComponentRing } from "../ring/component_ring.ts";
import { dnsAddresses, ringAddresses } from "../scheduler/discovery.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import { LocalWorker, type QuerierHandler, RemoteWorker } from "../frontend/querier_worker.ts";

/** True when this process's querier answers through a worker rather than its own HTTP routes. */
export function querierUsesWorker(app: ModuleContext): boolean {
  const w = app.cfg.frontend_worker;
  return (
    w.scheduler_address !== "" ||
    w.frontend_address !== "" ||
    app.cfg.query_scheduler.service_discovery_mode === "ring" ||
    app.modules.includes("query-frontend")
  );
}

export function initQuerierWorker(
  app: ModuleContext,
  handler: QuerierHandler,
): Service | undefined {
  const w = app.cfg.frontend_worker;
  const logger = app.logger.child({ component: "querier-worker" });
  const querierId = w.id || hostname();
  const maxConcurrent = app.cfg.querier.max_concurrent;
  const ringMode = app.cfg.query_scheduler.service_discovery_mode === "ring";
  // A query-frontend of this process that uses a scheduler: its queriers pull from there too.
  const schedulerAddress =
    w.scheduler_address ||
    (app.modules.includes("query-frontend") ? app.cfg.frontend.scheduler_address : "");
  if (schedulerAddress !== "" || ringMode) {
    if (ringMode) {
      if (!app.cluster)
        throw new Error(
          "querier: -query-scheduler.service-discovery-mode=ring needs a ring KV store (memberlist or etcd)",
        );
      const ring = newComponentRing({
        name: "query-scheduler",
        values: app.cfg.query_scheduler.ring as never,
        stores: app.cluster.stores,
        register: false,
        grpcPort: app.cfg.server.grpc_listen_port,
      });
      const worker = new RemoteWorker({
        mode: "scheduler",
        addresses: ringAddresses(ring.client, app.cfg.query_scheduler.max_used_instances),
        lookupPeriod: Math.min(w.dns_lookup_duration, 1_000),
        handler,
        maxConcurrent,
        querierId,
        logger,
      });
      return new FuncService("querier-worker", {
        starting: async () => {
          await ring.client.startAsync();
          await worker.startAsync();
        },
        stopping: async () => {
          await worker.stopAsync();
          await ring.client.stopAsync();
        },
      });
    }
    return new RemoteWorker({
      mode: "scheduler",
      addresses: dnsAddresses(schedulerAddress),
      lookupPeriod: w.dns_lookup_duration,
      handler,
      maxConcurrent,
      querierId,
      logger,
    });
  }
  if (w.frontend_address !== "") {
    return new RemoteWorker({
      mode: "frontend",
      addresses: dnsAddresses(w.frontend_address),
      lookupPeriod: w.dns_lookup_duration,
      handler,
      maxConcurrent,
      querierId,
      logger,
    });
  }
  if (app.modules.includes("query-frontend")) {
    return new LocalWorker(() => app.frontendQueue, handler, maxConcurrent, querierId);
  }
  return undefined;
}
