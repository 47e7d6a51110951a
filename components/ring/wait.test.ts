import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type InstanceDesc, InstanceState, newInstance } from "./model.ts";
import { Reporting } from "./operation.ts";
import type { Ring } from "./ring.ts";
import { waitInstanceState, waitRingStability } from "./wait.ts";

/** A ring stand-in whose instances the test changes. */
function fakeRing(instances: InstanceDesc[]): {
  ring: () => Ring;
  set: (i: InstanceDesc[]) => void;
} {
  let cur = instances;
  const r = {
    hasInstance: (id: string) => cur.some((i) => i.id === id),
    getInstance: (id: string) => cur.find((i) => i.id === id) as InstanceDesc,
    getAllHealthy: () => ({
      instances: cur,
      maxErrors: 0,
      maxUnavailableZones: 0,
      zoneAwarenessEnabled: false,
    }),
  };
  return { ring: () => r as unknown as Ring, set: (i) => (cur = i) };
}

const inst = (id: string, state: InstanceState, tokens: number[], timestamp = 1) =>
  newInstance({ id, addr: `${id}:9095`, state, tokens, timestamp });

describe("waitInstanceState", () => {
  it("resolves once the instance reaches the state", async () => {
    const r = fakeRing([inst("a", InstanceState.JOINING, [1])]);
    setTimeout(() => r.set([inst("a", InstanceState.ACTIVE, [1])]), 30);
    const t0 = Date.now();
    await waitInstanceState(r.ring, "a", InstanceState.ACTIVE, "ACTIVE", 2_000, { pollMs: 5 });
    assert.ok(Date.now() - t0 >= 25);
  });
  it("rejects after the timeout", async () => {
    const r = fakeRing([]);
    await assert.rejects(
      waitInstanceState(r.ring, "a", InstanceState.ACTIVE, "ACTIVE", 50, { pollMs: 5 }),
      /instance a did not reach the ACTIVE state in the ring within 50ms/,
    );
  });
});

describe("waitRingStability", () => {
  it("returns true after the topology stayed unchanged for the minimum (heartbeats ignored)", async () => {
    const r = fakeRing([inst("a", InstanceState.ACTIVE, [1])]);
    let beat = 1;
    const hb = setInterval(() => r.set([inst("a", InstanceState.ACTIVE, [1], ++beat)]), 5);
    try {
      const t0 = Date.now();
      assert.equal(
        await waitRingStability(r.ring, Reporting, 60, 1_000, false, { pollMs: 10 }),
        true,
      );
      assert.ok(Date.now() - t0 >= 60);
    } finally {
      clearInterval(hb);
    }
  });
  it("restarts the minimum on each change and gives up at the maximum", async () => {
    const r = fakeRing([inst("a", InstanceState.ACTIVE, [1])]);
    let n = 1;
    const churn = setInterval(() => r.set([inst("a", InstanceState.ACTIVE, [++n])]), 10);
    try {
      assert.equal(
        await waitRingStability(r.ring, Reporting, 50, 150, true, { pollMs: 10 }),
        false,
      );
    } finally {
      clearInterval(churn);
    }
  });
  it("ignores state changes when waiting for token stability only", async () => {
    // Every read of the ring sees the state flipped between JOINING and ACTIVE; tokens stay.
    let reads = 0;
    const flipping = () =>
      ({
        getAllHealthy: () => ({
          instances: [inst("a", ++reads % 2 ? InstanceState.ACTIVE : InstanceState.JOINING, [1])],
          maxErrors: 0,
          maxUnavailableZones: 0,
          zoneAwarenessEnabled: false,
        }),
      }) as unknown as Ring;
    assert.equal(await waitRingStability(flipping, Reporting, 30, 400, true, { pollMs: 5 }), true);
    assert.equal(
      await waitRingStability(flipping, Reporting, 30, 150, false, { pollMs: 5 }),
      false,
    );
  });
});
