import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import pino from "pino";
import {
  type PbQuerierToScheduler,
  type PbSchedulerToQuerier,
  SCHEDULER_FOR_QUERIER,
} from "../frontend/grpc.ts";
import { QueryScheduler } from "./scheduler.ts";

/** A scheduler with a 1-minute querier forget delay on a gRPC server of its own. */
describe("query-scheduler: querier_forget_delay", () => {
  let server: grpc.Server;
  let client: grpc.Client;
  let scheduler: QueryScheduler;

  before(async () => {
    scheduler = new QueryScheduler(
      { max_outstanding_requests_per_tenant: 100, querier_forget_delay: 60_000 },
      { logger: pino({ level: "silent" }) },
    );
    await scheduler.startAsync();
    server = new grpc.Server();
    scheduler.addServices(server);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) =>
        e ? reject(e) : resolve(p),
      ),
    );
    client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  });

  after(async () => {
    client.close();
    await scheduler.stopAsync();
    server.forceShutdown();
  });

  /** Opens a QuerierLoop stream for a querier and waits until the scheduler knows it. */
  async function connect(querierId: string) {
    const def = SCHEDULER_FOR_QUERIER.querierLoop;
    const call = client.makeBidiStreamRequest<PbQuerierToScheduler, PbSchedulerToQuerier>(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
    );
    call.on("error", () => {});
    call.write({ querierId });
    await until(() => scheduler.queue.connectedQueriers() > 0);
    return call;
  }

  async function notifyShutdown(querierId: string): Promise<void> {
    const def = SCHEDULER_FOR_QUERIER.notifyQuerierShutdown;
    await new Promise<void>((resolve, reject) =>
      client.makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        { querierId },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  }

  it("keeps a querier that disconnects without notice, forgets one that announced its shutdown", async () => {
    const call = await connect("qa");
    call.cancel();
    await until(() => scheduler.queue.connectedQueriers() === 0);
    // Still known: its tenants stay with it for the forget delay.
    assert.deepEqual(scheduler.queue.knownQueriers(), ["qa"]);
    // Back within the delay, then a graceful shutdown: forgotten once its stream ends.
    const again = await connect("qa");
    await notifyShutdown("qa");
    assert.deepEqual(scheduler.queue.knownQueriers(), ["qa"]);
    again.cancel();
    await until(() => scheduler.queue.knownQueriers().length === 0);
    assert.equal(scheduler.queue.connectedQueriers(), 0);
  });
});

async function until(cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}
