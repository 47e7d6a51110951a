/**
 * The querier's workers (Mimir's pkg/querier/worker): loops that pull queries from the
 * query-frontend's or the query-scheduler's queue, run them against the querier's own HTTP API
 * and send the answers back. Three kinds:
 * - local: pulls from the frontend queue of this process (-target=all / read), no network;
 * - frontend: FrontendForQuerier.Process streams to each query-frontend address;
 * - scheduler: SchedulerForQuerier.QuerierLoop streams to each scheduler address, answers sent
 *   to the frontend that queued the query by FrontendForQuerier.QueryResult.
 * `max_concurrent` loops in all, spread over the addresses; the addresses come from a resolver
 * (DNS, or the scheduler ring) polled every `lookupPeriod` ms.
 */
import * as grpc from "@grpc/grpc-js";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import {
  FRONTEND_FOR_QUERIER,
  num,
  type PbFrontendToQuerier,
  type PbQuerierToFrontend,
  type PbQuerierToScheduler,
  type PbSchedulerToQuerier,
  requestFromPb,
  responseToPb,
  SCHEDULER_FOR_QUERIER,
} from "./grpc.ts";
import type { HttpRequest, HttpResponse } from "./request.ts";
import type { FrontendQueue } from "./transport.ts";
import type { QuerierCursor } from "./queue.ts";
import { BasicService } from "../util/services/service.ts";
import {
  FETCHED_SERIES_HEADER,
  QUERY_STATS_REQUEST_HEADER,
  type QueryStats,
  runInQueryStats,
} from "../querier/stats.ts";

/** Runs one query on the querier. */
export type QuerierHandler = (req: HttpRequest) => Promise<HttpResponse>;

/** The stats scope of each request that asked for its stats. */
const requestStats = new WeakMap<object, QueryStats>();

/**
 * Makes the API's routes report a query's stats when the request asks
 * (QUERY_STATS_REQUEST_HEADER): the scope opens once the body is parsed (preValidation, so the
 * handler runs inside it) and the count goes out in FETCHED_SERIES_HEADER.
 */
function reportQueryStats(app: FastifyInstance): void {
  app.addHook("preValidation", (req, _reply, done) => {
    if (req.headers[QUERY_STATS_REQUEST_HEADER] === undefined) return done();
    const stats: QueryStats = { fetchedSeries: 0 };
    requestStats.set(req.raw, stats);
    runInQueryStats(stats, done);
  });
  app.addHook("onSend", (req, reply, payload, done) => {
    const stats = requestStats.get(req.raw);
    if (stats !== undefined) reply.header(FETCHED_SERIES_HEADER, String(stats.fetchedSeries));
    done(null, payload);
  });
}

/**
 * A handler that runs requests on a fastify instance's routes (no socket). The answer carries
 * the series the query fetched (FETCHED_SERIES_HEADER) for the query-frontend. Call before the
 * instance is ready (it adds hooks).
 */
export function injectHandler(app: FastifyInstance): QuerierHandler {
  reportQueryStats(app);
  return async (req) => {
    const res = await app.inject({
      method: req.method as "GET",
      url: req.url,
      headers: { ...req.headers, [QUERY_STATS_REQUEST_HEADER]: "1" },
      payload: req.body.length === 0 ? undefined : req.body,
    });
    const ct = res.headers["content-type"];
    const headers: Record<string, string> = {};
    if (typeof ct === "string") headers["content-type"] = ct;
    const fetched = res.headers[FETCHED_SERIES_HEADER];
    if (typeof fetched === "string") headers[FETCHED_SERIES_HEADER] = fetched;
    return {
      status: res.statusCode,
      headers,
      body: res.rawPayload,
    };
  };
}

async function runSafely(handler: QuerierHandler, req: HttpRequest): Promise<HttpResponse> {
  try {
    return await handler(req);
  } catch (e) {
    return {
      status: 500,
      headers: { "content-type": "application/json" },
      body: Buffer.from(
        JSON.stringify({
          status: "error",
          errorType: "internal",
          error: e instanceof Error ? e.message : String(e),
        }),
      ),
    };
  }
}

/** Pulls from the frontend queue of this process. */
export class LocalWorker extends BasicService {
  private readonly queueOf: () => FrontendQueue | undefined;
  private readonly handler: QuerierHandler;
  private readonly concurrency: number;
  private readonly id: string;

  /** `queue` is looked up at start (the frontend module may be built after the querier's). */
  constructor(
    queue: () => FrontendQueue | undefined,
    handler: QuerierHandler,
    concurrency: number,
    id = "local",
  ) {
    super("querier-worker");
    this.queueOf = queue;
    this.handler = handler;
    this.concurrency = Math.max(1, concurrency);
    this.id = id;
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    const queue = this.queueOf();
    if (queue === undefined)
      throw new Error("querier worker: the query-frontend of this process has no queue");
    const loops = Array.from({ length: this.concurrency }, async () => {
      queue.queue.registerQuerier(this.id);
      const cursor: QuerierCursor = { lastTenantIndex: -1 };
      try {
        while (!signal.aborted) {
          let q: Awaited<ReturnType<FrontendQueue["next"]>>;
          try {
            q = await queue.next(this.id, cursor, signal);
          } catch {
            return;
          }
          q.resolve(await runSafely(this.handler, q.req));
        }
      } finally {
        queue.queue.unregisterQuerier(this.id);
      }
    });
    await Promise.all(loops);
  }
}

export interface RemoteWorkerOptions {
  mode: "frontend" | "scheduler";
  /** The current addresses (host:port) to connect to. */
  addresses: () => Promise<string[]>;
  lookupPeriod: number;
  handler: QuerierHandler;
  maxConcurrent: number;
  querierId: string;
  logger: Logger;
  grpcOptions?: grpc.ChannelOptions;
}

/** Connects worker loops to every frontend or scheduler address, following address changes. */
export class RemoteWorker extends BasicService {
  private readonly opts: RemoteWorkerOptions;
  private readonly managers = new Map<string, { ac: AbortController; done: Promise<void> }>();
  private readonly clients = new Map<string, grpc.Client>();

  constructor(opts: RemoteWorkerOptions) {
    super("querier-worker");
    this.opts = opts;
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        this.update(await this.opts.addresses(), signal);
      } catch (err) {
        this.opts.logger.warn({ err }, "querier worker: address lookup failed");
      }
      await sleep(this.opts.lookupPeriod, signal);
    }
    for (const m of this.managers.values()) m.ac.abort();
    await Promise.all([...this.managers.values()].map((m) => m.done));
    if (this.opts.mode === "scheduler") await this.notifyShutdown();
    for (const c of this.clients.values()) c.close();
  }

  private update(addresses: string[], signal: AbortSignal): void {
    const want = new Set(addresses);
    for (const [addr, m] of this.managers) {
      if (!want.has(addr)) {
        m.ac.abort();
        this.managers.delete(addr);
      }
    }
    if (want.size === 0) return;
    const perAddr = Math.max(1, Math.floor(this.opts.maxConcurrent / want.size));
    for (const addr of want) {
      if (this.managers.has(addr)) continue;
      const ac = new AbortController();
      signal.addEventListener("abort", () => ac.abort(), { once: true });
      const loops = Array.from({ length: perAddr }, () => this.loop(addr, ac.signal));
      this.managers.set(addr, { ac, done: Promise.all(loops).then(() => undefined) });
    }
  }

  private client(addr: string): grpc.Client {
    let c = this.clients.get(addr);
    if (c === undefined) {
      c = new grpc.Client(addr, grpc.credentials.createInsecure(), this.opts.grpcOptions);
      this.clients.set(addr, c);
    }
    return c;
  }

  /** One worker loop against one address; reconnects with a backoff until aborted. */
  private async loop(addr: string, signal: AbortSignal): Promise<void> {
    let backoff = 100;
    while (!signal.aborted) {
      try {
        if (this.opts.mode === "frontend") await this.frontendStream(addr, signal);
        else await this.schedulerStream(addr, signal);
        backoff = 100;
      } catch (err) {
        if (signal.aborted) return;
        this.opts.logger.debug({ err, addr }, "querier worker: stream ended");
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, 5_000);
      }
    }
  }

  private async frontendStream(addr: string, signal: AbortSignal): Promise<void> {
    const def = FRONTEND_FOR_QUERIER.process;
    const call = this.client(addr).makeBidiStreamRequest<PbQuerierToFrontend, PbFrontendToQuerier>(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
    );
    const stop = () => call.cancel();
    signal.addEventListener("abort", stop, { once: true });
    try {
      call.write({ querierId: this.opts.querierId });
      for await (const msg of call as AsyncIterable<PbFrontendToQuerier>) {
        const res = await runSafely(this.opts.handler, requestFromPb(msg.request));
        call.write({
          querierId: this.opts.querierId,
          queryId: msg.queryId,
          response: responseToPb(res),
        });
      }
    } finally {
      signal.removeEventListener("abort", stop);
    }
  }

  private async schedulerStream(addr: string, signal: AbortSignal): Promise<void> {
    const def = SCHEDULER_FOR_QUERIER.querierLoop;
    const call = this.client(addr).makeBidiStreamRequest<
      PbQuerierToScheduler,
      PbSchedulerToQuerier
    >(def.path, def.requestSerialize, def.responseDeserialize);
    const stop = () => call.cancel();
    signal.addEventListener("abort", stop, { once: true });
    try {
      call.write({ querierId: this.opts.querierId });
      for await (const msg of call as AsyncIterable<PbSchedulerToQuerier>) {
        const res = await runSafely(this.opts.handler, requestFromPb(msg.request));
        await this.sendResult(msg.frontendAddress ?? "", num(msg.queryId), res);
        if (!signal.aborted) call.write({ querierId: this.opts.querierId });
      }
    } finally {
      signal.removeEventListener("abort", stop);
    }
  }

  /** FrontendForQuerier.QueryResult to the frontend that queued the query. */
  private sendResult(frontendAddr: string, queryId: number, res: HttpResponse): Promise<void> {
    const def = FRONTEND_FOR_QUERIER.queryResult;
    return new Promise((resolve) => {
      this.client(frontendAddr).makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        { queryId, response: responseToPb(res) },
        (err) => {
          if (err)
            this.opts.logger.warn(
              { err, frontendAddr },
              "querier worker: sending the result failed",
            );
          resolve();
        },
      );
    });
  }

  /** Tells each scheduler this querier is going away (its shard moves at once). */
  private async notifyShutdown(): Promise<void> {
    const def = SCHEDULER_FOR_QUERIER.notifyQuerierShutdown;
    await Promise.all(
      [...this.clients.entries()].map(
        ([, c]) =>
          new Promise<void>((resolve) => {
            c.makeUnaryRequest(
              def.path,
              def.requestSerialize,
              def.responseDeserialize,
              { querierId: this.opts.querierId },
              { deadline: Date.now() + 1_000 },
              () => resolve(),
            );
          }),
      ),
    );
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
