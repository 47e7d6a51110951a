/**
 * The query-scheduler: query-frontends enqueue queries on FrontendLoop streams, queriers pull
 * them on QuerierLoop streams, one per worker. Per-tenant queues served round-robin; a tenant
 * with max_outstanding_requests_per_tenant queued gets TOO_MANY_REQUESTS (the frontend answers
 * 429); max_queriers_per_tenant shuffle-shards the tenant over the connected queriers. The
 * querier sends the answer to the frontend directly (FrontendForQuerier.QueryResult).
 */
import type * as grpc from "@grpc/grpc-js";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import {
  FRONTEND_CANCEL,
  FRONTEND_ENQUEUE,
  FRONTEND_INIT,
  num,
  type PbFrontendToScheduler,
  type PbQuerierToScheduler,
  type PbSchedulerToFrontend,
  type PbSchedulerToQuerier,
  SCHEDULER_ERROR,
  SCHEDULER_FOR_FRONTEND,
  SCHEDULER_FOR_QUERIER,
  SCHEDULER_OK,
  SCHEDULER_SHUTTING_DOWN,
  SCHEDULER_TOO_MANY_REQUESTS,
} from "../frontend/grpc.ts";
import { type QueueMetrics, queueMetrics } from "../frontend/transport.ts";
import { BasicService } from "../util/services/service.ts";
import { type QuerierCursor, RequestQueue, TooManyRequestsError } from "../frontend/queue.ts";

interface ScheduledQuery {
  frontendAddress: string;
  queryId: number;
  tenant: string;
  request: PbFrontendToScheduler["request"];
  enqueuedAt: number;
}

export interface SchedulerConfig {
  max_outstanding_requests_per_tenant: number;
  /** ms; a querier that disconnects without notice keeps its tenants this long (0 = none). */
  querier_forget_delay?: number;
}

export class QueryScheduler extends BasicService {
  readonly queue: RequestQueue<ScheduledQuery>;
  private readonly logger: Logger;
  private readonly metrics: QueueMetrics;
  private readonly discarded?: Counter<"user">;
  private readonly connectedFrontends = new Set<object>();
  private readonly connectedQuerierStreams = new Set<object>();

  constructor(cfg: SchedulerConfig, deps: { logger: Logger; registry?: Registry }) {
    super("query-scheduler");
    this.logger = deps.logger;
    this.queue = new RequestQueue(() => cfg.max_outstanding_requests_per_tenant, {
      forgetDelayMs: cfg.querier_forget_delay ?? 0,
    });
    this.metrics = queueMetrics("cortex_query_scheduler", deps.registry);
    this.queue.onLength = (tenant, n) => this.metrics.queueLength?.set({ user: tenant }, n);
    if (deps.registry) {
      this.discarded = new Counter({
        name: "cortex_query_scheduler_discarded_requests_total",
        help: "Total number of query requests discarded.",
        labelNames: ["user"],
        registers: [deps.registry],
      });
    }
  }

  protected override async stopping(): Promise<void> {
    this.queue.stop();
  }

  /** Connected querier worker streams and frontend streams (the /ready check needs neither). */
  connections(): { frontends: number; querierWorkers: number; queriers: number } {
    return {
      frontends: this.connectedFrontends.size,
      querierWorkers: this.connectedQuerierStreams.size,
      queriers: this.queue.connectedQueriers(),
    };
  }

  /** Registers both services on a gRPC server. */
  addServices(server: grpc.Server): void {
    server.addService(
      { FrontendLoop: SCHEDULER_FOR_FRONTEND.frontendLoop } as unknown as grpc.ServiceDefinition,
      {
        FrontendLoop: (
          call: grpc.ServerDuplexStream<PbFrontendToScheduler, PbSchedulerToFrontend>,
        ) => this.frontendLoop(call),
      } as unknown as grpc.UntypedServiceImplementation,
    );
    server.addService(
      {
        QuerierLoop: SCHEDULER_FOR_QUERIER.querierLoop,
        NotifyQuerierShutdown: SCHEDULER_FOR_QUERIER.notifyQuerierShutdown,
      } as unknown as grpc.ServiceDefinition,
      {
        QuerierLoop: (call: grpc.ServerDuplexStream<PbQuerierToScheduler, PbSchedulerToQuerier>) =>
          void this.querierLoop(call),
        // The querier is going away: forgotten (its tenants move) as soon as its workers leave.
        NotifyQuerierShutdown: (
          call: grpc.ServerUnaryCall<{ querierId?: string }, object>,
          cb: grpc.sendUnaryData<object>,
        ) => {
          const id = call.request?.querierId ?? "";
          if (id !== "") this.queue.notifyQuerierShutdown(id);
          cb(null, {});
        },
      } as unknown as grpc.UntypedServiceImplementation,
    );
  }

  private frontendLoop(
    call: grpc.ServerDuplexStream<PbFrontendToScheduler, PbSchedulerToFrontend>,
  ): void {
    let frontendAddress = "";
    const reply = (m: PbSchedulerToFrontend) => {
      try {
        call.write(m);
      } catch {
        // The frontend went away; its queries were dropped with the stream.
      }
    };
    const queued = new Map<number, ScheduledQuery>();
    this.connectedFrontends.add(call);
    const closed = () => {
      this.connectedFrontends.delete(call);
      // The frontend is gone: nobody waits for its queued queries.
      for (const q of queued.values()) {
        this.queue.remove(q.tenant, q);
        this.dequeueWaiters.delete(q);
      }
      queued.clear();
    };
    call.on("end", () => {
      closed();
      call.end();
    });
    call.on("error", closed);
    call.on("cancelled", closed);
    call.on("data", (m: PbFrontendToScheduler) => {
      const type = m.type ?? FRONTEND_INIT;
      if (type === FRONTEND_INIT) {
        frontendAddress = m.frontendAddress ?? "";
        reply({ status: SCHEDULER_OK });
        return;
      }
      const queryId = num(m.queryId);
      if (type === FRONTEND_CANCEL) {
        const q = queued.get(queryId);
        if (q) {
          this.queue.remove(q.tenant, q);
          this.dequeueWaiters.delete(q);
        }
        queued.delete(queryId);
        reply({ status: SCHEDULER_OK });
        return;
      }
      if (type !== FRONTEND_ENQUEUE) {
        reply({ status: SCHEDULER_ERROR, error: `unknown message type ${type}` });
        return;
      }
      if (this.state() !== "Running") {
        reply({ status: SCHEDULER_SHUTTING_DOWN });
        return;
      }
      const q: ScheduledQuery = {
        frontendAddress: m.frontendAddress || frontendAddress,
        queryId,
        tenant: m.tenant ?? "",
        request: m.request,
        enqueuedAt: Date.now(),
      };
      try {
        this.queue.enqueue(q.tenant, q, m.maxQueriers ?? 0);
        queued.set(queryId, q);
        // Forget the query once a querier has taken it.
        this.dequeueWaiters.set(q, () => queued.delete(queryId));
        reply({ status: SCHEDULER_OK });
      } catch (e) {
        if (e instanceof TooManyRequestsError) {
          this.discarded?.inc({ user: q.tenant });
          reply({ status: SCHEDULER_TOO_MANY_REQUESTS });
        } else reply({ status: SCHEDULER_ERROR, error: (e as Error).message });
      }
    });
  }

  private readonly dequeueWaiters = new Map<ScheduledQuery, () => void>();

  private async querierLoop(
    call: grpc.ServerDuplexStream<PbQuerierToScheduler, PbSchedulerToQuerier>,
  ): Promise<void> {
    const ac = new AbortController();
    let ready = 0;
    let wake: (() => void) | undefined;
    let querierId = "";
    const end = () => {
      ac.abort();
      wake?.();
    };
    call.on("end", end);
    call.on("error", end);
    call.on("cancelled", end);
    call.on("data", (m: PbQuerierToScheduler) => {
      if (querierId === "") {
        querierId = m.querierId || call.getPeer();
        this.queue.registerQuerier(querierId);
        this.connectedQuerierStreams.add(call);
      }
      ready++;
      wake?.();
    });
    try {
      for (;;) {
        while (ready === 0 && !ac.signal.aborted) await new Promise<void>((r) => (wake = r));
        if (ac.signal.aborted) return;
        ready--;
        let q: ScheduledQuery;
        try {
          ({ item: q } = await this.queue.dequeue(querierId, this.cursorOf(querierId), ac.signal));
        } catch {
          return;
        }
        this.dequeueWaiters.get(q)?.();
        this.dequeueWaiters.delete(q);
        this.metrics.queueDuration?.observe((Date.now() - q.enqueuedAt) / 1000);
        call.write({
          queryId: q.queryId,
          request: q.request,
          frontendAddress: q.frontendAddress,
          tenant: q.tenant,
          enqueuedAtMs: q.enqueuedAt,
        });
      }
    } catch (err) {
      this.logger.warn({ err }, "query-scheduler: querier stream failed");
    } finally {
      if (querierId !== "") {
        this.queue.unregisterQuerier(querierId);
        this.connectedQuerierStreams.delete(call);
      }
      call.end();
    }
  }

  /** Round-robin position per querier (shared by its workers). */
  private readonly cursors = new Map<string, QuerierCursor>();
  private cursorOf(querierId: string): QuerierCursor {
    let c = this.cursors.get(querierId);
    if (c === undefined) {
      c = { lastTenantIndex: -1 };
      this.cursors.set(querierId, c);
    }
    return c;
  }
}
