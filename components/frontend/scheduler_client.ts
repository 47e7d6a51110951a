/**
 * The query-frontend's side of the query-scheduler (Mimir's frontend v2): queries are enqueued
 * on FrontendLoop streams, scheduler_worker_concurrency per scheduler, one message at a time;
 * the answer comes back from the querier by FrontendForQuerier.QueryResult into `pending`.
 * A scheduler's TOO_MANY_REQUESTS becomes 429 "too many outstanding requests".
 */
import * as grpc from "@grpc/grpc-js";
import type { Logger } from "pino";
import { TooManyRequestsError } from "./queue.ts";
import { BasicService } from "../util/services/service.ts";
import {
  FRONTEND_CANCEL,
  FRONTEND_ENQUEUE,
  FRONTEND_INIT,
  type PbFrontendToScheduler,
  type PbSchedulerToFrontend,
  requestToPb,
  SCHEDULER_FOR_FRONTEND,
  SCHEDULER_OK,
  SCHEDULER_TOO_MANY_REQUESTS,
} from "./grpc.ts";
import type { Downstream, HttpRequest, HttpResponse } from "./request.ts";
import type { PendingQueries } from "./transport.ts";

interface SendJob {
  msg: PbFrontendToScheduler;
  done(status: PbSchedulerToFrontend | Error): void;
}

export interface SchedulerClientOptions {
  /** The current scheduler addresses (host:port). */
  addresses: () => Promise<string[]>;
  lookupPeriod: number;
  concurrency: number;
  /** This frontend's gRPC address as queriers reach it. */
  frontendAddress: () => string;
  pending: PendingQueries;
  maxQueriersPerTenant: (tenant: string) => number;
  logger: Logger;
}

/** Error when no scheduler is connected (the frontend's /ready says so too). */
export class NoSchedulerError extends Error {}

export class SchedulerClient extends BasicService implements Downstream {
  private readonly opts: SchedulerClientOptions;
  private readonly jobs: SendJob[] = [];
  private jobWaiters: (() => void)[] = [];
  private readonly managers = new Map<string, AbortController>();
  private readonly clients = new Map<string, grpc.Client>();
  private connected = 0;

  constructor(opts: SchedulerClientOptions) {
    super("query-frontend-scheduler-client");
    this.opts = opts;
  }

  /** undefined when at least one scheduler stream is up, else why not (for /ready). */
  readiness(): string | undefined {
    return this.connected > 0
      ? undefined
      : "not ready: number of schedulers this worker is connected to is 0";
  }

  async roundTrip(tenant: string, req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const { query, done } = this.opts.pending.add(tenant, req);
    const status = await this.send({
      type: FRONTEND_ENQUEUE,
      frontendAddress: this.opts.frontendAddress(),
      queryId: query.id,
      tenant,
      request: requestToPb(req),
      maxQueriers: this.opts.maxQueriersPerTenant(tenant),
    });
    if (status instanceof Error) query.reject(status);
    else if (status.status === SCHEDULER_TOO_MANY_REQUESTS)
      query.reject(new TooManyRequestsError());
    else if (status.status !== SCHEDULER_OK)
      query.reject(new Error(`query-scheduler: ${status.error || `status ${status.status}`}`));
    const onAbort = () => {
      void this.send({ type: FRONTEND_CANCEL, queryId: query.id });
      query.reject(new Error("context canceled"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await done;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private send(msg: PbFrontendToScheduler): Promise<PbSchedulerToFrontend | Error> {
    return new Promise((done) => {
      this.jobs.push({ msg, done });
      const w = this.jobWaiters;
      this.jobWaiters = [];
      for (const f of w) f();
    });
  }

  private async nextJob(signal: AbortSignal): Promise<SendJob | undefined> {
    while (this.jobs.length === 0) {
      if (signal.aborted) return undefined;
      await new Promise<void>((resolve) => {
        const f = () => {
          signal.removeEventListener("abort", f);
          resolve();
        };
        this.jobWaiters.push(f);
        signal.addEventListener("abort", f, { once: true });
      });
    }
    return this.jobs.shift();
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const want = new Set(await this.opts.addresses());
        for (const [addr, ac] of this.managers)
          if (!want.has(addr)) {
            ac.abort();
            this.managers.delete(addr);
          }
        for (const addr of want) {
          if (this.managers.has(addr)) continue;
          const ac = new AbortController();
          signal.addEventListener("abort", () => ac.abort(), { once: true });
          this.managers.set(addr, ac);
          for (let i = 0; i < Math.max(1, this.opts.concurrency); i++)
            void this.loop(addr, ac.signal);
        }
      } catch (err) {
        this.opts.logger.warn({ err }, "query-frontend: scheduler lookup failed");
      }
      await new Promise<void>((r) => {
        const t = setTimeout(r, this.opts.lookupPeriod);
        signal.addEventListener(
          "abort",
          () => {
            clearTimeout(t);
            r();
          },
          { once: true },
        );
      });
    }
    for (const job of this.jobs.splice(0)) job.done(new Error("query-frontend is stopping"));
    this.opts.pending.failAll(new Error("query-frontend is stopping"));
    for (const c of this.clients.values()) c.close();
  }

  private async loop(addr: string, signal: AbortSignal): Promise<void> {
    let backoff = 100;
    while (!signal.aborted) {
      try {
        await this.stream(addr, signal);
        backoff = 100;
      } catch (err) {
        if (signal.aborted) return;
        this.opts.logger.debug({ err, addr }, "query-frontend: scheduler stream ended");
      }
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(backoff * 2, 5_000);
    }
  }

  private async stream(addr: string, signal: AbortSignal): Promise<void> {
    let c = this.clients.get(addr);
    if (c === undefined) {
      c = new grpc.Client(addr, grpc.credentials.createInsecure());
      this.clients.set(addr, c);
    }
    const def = SCHEDULER_FOR_FRONTEND.frontendLoop;
    const call = c.makeBidiStreamRequest<PbFrontendToScheduler, PbSchedulerToFrontend>(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
    );
    const replies: PbSchedulerToFrontend[] = [];
    let wake: (() => void) | undefined;
    let ended: Error | undefined;
    call.on("data", (m: PbSchedulerToFrontend) => {
      replies.push(m);
      wake?.();
    });
    const onEnd = (e?: Error) => {
      ended = e ?? new Error("scheduler closed the stream");
      wake?.();
    };
    call.on("error", onEnd);
    call.on("end", () => onEnd());
    const stop = () => call.cancel();
    signal.addEventListener("abort", stop, { once: true });
    const exchange = async (msg: PbFrontendToScheduler): Promise<PbSchedulerToFrontend> => {
      call.write(msg);
      while (replies.length === 0 && ended === undefined)
        await new Promise<void>((r) => (wake = r));
      const r = replies.shift();
      if (r === undefined) throw ended;
      return r;
    };
    let counted = false;
    try {
      await exchange({ type: FRONTEND_INIT, frontendAddress: this.opts.frontendAddress() });
      this.connected++;
      counted = true;
      for (;;) {
        const job = await this.nextJob(signal);
        if (job === undefined) return;
        try {
          job.done(await exchange(job.msg));
        } catch (e) {
          job.done(e as Error);
          throw e;
        }
      }
    } finally {
      if (counted) this.connected--;
      signal.removeEventListener("abort", stop);
      call.end();
    }
  }
}
