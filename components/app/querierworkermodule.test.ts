import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { FrontendQueue } from "../frontend/transport.ts";
import type { HttpRequest, HttpResponse } from "../frontend/request.ts";
import type { ModuleContext } from "./context.ts";
import { initQuerierWorker } from "./querierworkermodule.ts";

/** A context with just what initQuerierWorker reads: an in-process frontend queue. */
function context(maxConcurrent: number, queue: FrontendQueue): ModuleContext {
  return {
    cfg: {
      frontend_worker: { scheduler_address: "", frontend_address: "", id: "q1" },
      frontend: { scheduler_address: "" },
      querier: { max_concurrent: maxConcurrent },
      query_scheduler: { service_discovery_mode: "dns" },
    },
    modules: ["query-frontend"],
    logger: pino({ level: "silent" }),
    frontendQueue: queue,
  } as unknown as ModuleContext;
}

const request = (i: number): HttpRequest => ({
  method: "GET",
  url: `/prometheus/api/v1/query?query=${i}`,
  headers: {},
  body: Buffer.alloc(0),
});

describe("querier worker module", () => {
  for (const maxConcurrent of [1, 3]) {
    it(`runs at most querier.max_concurrent=${maxConcurrent} queries at once`, async () => {
      const queue = new FrontendQueue({
        maxOutstandingPerTenant: () => 100,
        maxQueriersPerTenant: () => 0,
      });
      let inFlight = 0;
      let maxSeen = 0;
      const release: (() => void)[] = [];
      const handler = async (): Promise<HttpResponse> => {
        inFlight++;
        maxSeen = Math.max(maxSeen, inFlight);
        await new Promise<void>((r) => release.push(r));
        inFlight--;
        return { status: 200, headers: {}, body: Buffer.from("{}") };
      };
      const worker = initQuerierWorker(context(maxConcurrent, queue), handler);
      assert.ok(worker);
      await worker.startAsync();
      const answers = Array.from({ length: 6 }, (_, i) => queue.roundTrip("t", request(i)));
      // Let the workers take what they may, then release one query at a time.
      for (let done = 0; done < 6; ) {
        await new Promise((r) => setTimeout(r, 20));
        assert.ok(inFlight <= maxConcurrent, `${inFlight} queries in flight`);
        const r = release.shift();
        if (r) {
          r();
          done++;
        }
      }
      const res = await Promise.all(answers);
      assert.deepEqual(
        res.map((r) => r.status),
        [200, 200, 200, 200, 200, 200],
      );
      assert.equal(maxSeen, maxConcurrent);
      queue.stop();
      await worker.stopAsync();
    });
  }
});
