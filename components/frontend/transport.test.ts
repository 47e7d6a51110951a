import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FrontendQueue } from "./transport.ts";

describe("frontend queue", () => {
  it("keeps a querier that disconnected for frontend.querier_forget_delay", () => {
    const kept = new FrontendQueue({
      maxOutstandingPerTenant: () => 100,
      maxQueriersPerTenant: () => 1,
      querierForgetDelay: 60_000,
    });
    kept.queue.registerQuerier("q1");
    kept.queue.unregisterQuerier("q1");
    assert.deepEqual(kept.queue.knownQueriers(), ["q1"]);
    assert.equal(kept.queue.connectedQueriers(), 0);
    kept.stop();
    const forgotten = new FrontendQueue({
      maxOutstandingPerTenant: () => 100,
      maxQueriersPerTenant: () => 1,
    });
    forgotten.queue.registerQuerier("q1");
    forgotten.queue.unregisterQuerier("q1");
    assert.deepEqual(forgotten.queue.knownQueriers(), []);
    forgotten.stop();
  });
});
