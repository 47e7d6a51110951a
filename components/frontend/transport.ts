/**
 * How the query-frontend reaches queriers:
 * - FrontendQueue: the frontend's own per-tenant queue (no query-scheduler). Queriers pull from
 *   it, in-process (a local worker) or over gRPC (FrontendForQuerier.Process streams).
 * - the answers of queries sent through a scheduler come back by FrontendForQuerier.QueryResult
 *   into PendingQueries.
 */
import type * as grpc from "@grpc/grpc-js";
import type { Logger } from "pino";
import { Gauge, Histogram, type Registry } from "prom-client";
import { toServiceError } from "../grpcclient/service.ts";
import { type QuerierCursor, RequestQueue } from "./queue.ts";
import {
  FRONTEND_FOR_QUERIER,
  num,
  type PbFrontendToQuerier,
  type PbQuerierToFrontend,
  requestToPb,
  responseFromPb,
} from "./grpc.ts";
import type { Downstream, HttpRequest, HttpResponse } from "./request.ts";

/** A query waiting in a queue for a querier. */
export interface QueuedQuery {
  id: number;
  tenant: string;
  req: HttpRequest;
  enqueuedAt: number;
  resolve(res: HttpResponse): void;
  reject(err: Error): void;
}

/** Queries sent elsewhere whose answers are awaited, by query ID. */
export class PendingQueries {
  private next = 1;
  private readonly pending = new Map<number, QueuedQuery>();

  /** How long a query may wait for its answer, ms (0 = forever). */
  private readonly timeoutMs: number;

  constructor(timeoutMs = 0) {
    this.timeoutMs = timeoutMs;
  }

  /**
   * Registers a query; the returned promise settles when its answer (or an error) arrives, or
   * rejects with a 504 after the timeout (a querier that died with the query).
   */
  add(tenant: string, req: HttpRequest): { query: QueuedQuery; done: Promise<HttpResponse> } {
    const id = this.next++;
    let query!: QueuedQuery;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = new Promise<HttpResponse>((resolve, reject) => {
      query = {
        id,
        tenant,
        req,
        enqueuedAt: Date.now(),
        resolve: (r) => {
          clearTimeout(timer);
          this.pending.delete(id);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          this.pending.delete(id);
          reject(e);
        },
      };
    });
    if (this.timeoutMs > 0) {
      timer = setTimeout(
        () =>
          query.reject(
            Object.assign(new Error("timed out waiting for the querier's answer"), {
              status: 504,
              final: true,
            }),
          ),
        this.timeoutMs,
      );
      timer.unref();
    }
    this.pending.set(id, query);
    return { query, done };
  }

  get(id: number): QueuedQuery | undefined {
    return this.pending.get(id);
  }

  /** Fails every pending query (shutdown). */
  failAll(err: Error): void {
    for (const q of [...this.pending.values()]) q.reject(err);
  }
}

export interface QueueMetrics {
  queueLength?: Gauge<"user">;
  queueDuration?: Histogram;
}

/** Mimir's queue metrics, under `prefix` (cortex_query_frontend or cortex_query_scheduler). */
export function queueMetrics(prefix: string, reg: Registry | undefined): QueueMetrics {
  if (!reg) return {};
  return {
    queueLength: new Gauge({
      name: `${prefix}_queue_length`,
      help: "Number of queries in the queue.",
      labelNames: ["user"],
      registers: [reg],
    }),
    queueDuration: new Histogram({
      name: `${prefix}_queue_duration_seconds`,
      help: "Time spend by requests queued.",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [reg],
    }),
  };
}

/** The frontend's own queue (used when no query-scheduler is configured). */
export class FrontendQueue implements Downstream {
  readonly queue: RequestQueue<QueuedQuery>;
  private readonly pending = new PendingQueries();
  private readonly maxQueriers: (tenant: string) => number;
  readonly metrics: QueueMetrics;

  constructor(opts: {
    maxOutstandingPerTenant: () => number;
    maxQueriersPerTenant: (tenant: string) => number;
    registry?: Registry;
    /** frontend.querier_forget_delay, ms (0 = forget a querier as soon as it disconnects). */
    querierForgetDelay?: number;
  }) {
    this.queue = new RequestQueue(opts.maxOutstandingPerTenant, {
      forgetDelayMs: opts.querierForgetDelay ?? 0,
    });
    this.maxQueriers = opts.maxQueriersPerTenant;
    this.metrics = queueMetrics("cortex_query_frontend", opts.registry);
    this.queue.onLength = (tenant, n) => this.metrics.queueLength?.set({ user: tenant }, n);
  }

  async roundTrip(tenant: string, req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const { query, done } = this.pending.add(tenant, req);
    try {
      this.queue.enqueue(tenant, query, this.maxQueriers(tenant));
    } catch (e) {
      query.reject(e as Error);
      return done;
    }
    const onAbort = () => {
      if (this.queue.remove(tenant, query)) query.reject(new Error("context canceled"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await done;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /** The next query for a querier (waits); records the time it spent queued. */
  async next(querierId: string, cursor: QuerierCursor, signal?: AbortSignal): Promise<QueuedQuery> {
    const { item } = await this.queue.dequeue(querierId, cursor, signal);
    this.metrics.queueDuration?.observe((Date.now() - item.enqueuedAt) / 1000);
    return item;
  }

  stop(): void {
    for (const q of this.queue.stop()) q.reject(new Error("query-frontend is stopping"));
  }
}

/**
 * Serves FrontendForQuerier on a gRPC server: Process streams pull from `queue` (absent when a
 * scheduler is used), QueryResult settles `pending` (queries sent through a scheduler).
 */
export function addFrontendForQuerierService(
  server: grpc.Server,
  opts: { queue?: FrontendQueue; pending: PendingQueries; logger: Logger },
): void {
  const { queue, pending } = opts;
  server.addService(
    {
      Process: FRONTEND_FOR_QUERIER.process,
      QueryResult: FRONTEND_FOR_QUERIER.queryResult,
    } as unknown as grpc.ServiceDefinition,
    {
      Process: (call: grpc.ServerDuplexStream<PbQuerierToFrontend, PbFrontendToQuerier>) => {
        if (queue === undefined) {
          call.destroy(
            toServiceError(new Error("this query-frontend uses a query-scheduler; connect to it")),
          );
          return;
        }
        void processStream(queue, call, opts.logger);
      },
      QueryResult: (
        call: grpc.ServerUnaryCall<{ queryId?: unknown; response?: unknown }, object>,
        cb: grpc.sendUnaryData<object>,
      ) => {
        const req = call.request as Parameters<typeof responseFromPb>[0] & {
          queryId?: number;
          response?: Parameters<typeof responseFromPb>[0];
        };
        const q = pending.get(num(req.queryId as number));
        q?.resolve(responseFromPb(req.response));
        cb(null, {});
      },
    } as unknown as grpc.UntypedServiceImplementation,
  );
}

/** One querier worker's stream: send a query, wait for its answer, repeat. */
async function processStream(
  queue: FrontendQueue,
  call: grpc.ServerDuplexStream<PbQuerierToFrontend, PbFrontendToQuerier>,
  logger: Logger,
): Promise<void> {
  const ac = new AbortController();
  const messages: PbQuerierToFrontend[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  call.on("data", (m: PbQuerierToFrontend) => {
    messages.push(m);
    wake?.();
  });
  const end = () => {
    ended = true;
    ac.abort();
    wake?.();
  };
  call.on("end", end);
  call.on("error", end);
  call.on("cancelled", end);
  const read = async (): Promise<PbQuerierToFrontend | undefined> => {
    while (messages.length === 0 && !ended) await new Promise<void>((r) => (wake = r));
    return messages.shift();
  };
  const hello = await read();
  if (hello === undefined) return;
  const querierId = hello.querierId || call.getPeer();
  queue.queue.registerQuerier(querierId);
  const cursor: QuerierCursor = { lastTenantIndex: -1 };
  try {
    for (;;) {
      let q: QueuedQuery;
      try {
        q = await queue.next(querierId, cursor, ac.signal);
      } catch {
        return;
      }
      call.write({
        queryId: q.id,
        tenant: q.tenant,
        request: requestToPb(q.req),
        enqueuedAtMs: q.enqueuedAt,
      });
      const answer = await read();
      if (answer === undefined) {
        // The querier went away mid-query: the frontend's retry sends it elsewhere.
        q.reject(new Error("querier disconnected while running the query"));
        return;
      }
      q.resolve(responseFromPb(answer.response));
    }
  } catch (err) {
    logger.warn({ err }, "query-frontend: querier stream failed");
  } finally {
    queue.queue.unregisterQuerier(querierId);
    if (!ended) call.end();
  }
}
