import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { budget, decide, type ZoneState } from "./rollout.ts";

/** A zone of n pods; `old` of them (lowest ordinals) at revision r1, the rest at r2 (update). */
function zone(
  z: string,
  n: number,
  old: number,
  opts: { notReady?: number[]; current?: string; missing?: number } = {},
): ZoneState {
  const pods = [];
  for (let i = 0; i < n - (opts.missing ?? 0); i++) {
    pods.push({
      name: `ingester-${z}-${i}`,
      revision: i < old ? "r1" : "r2",
      ready: !(opts.notReady ?? []).includes(i),
      terminating: false,
    });
  }
  return {
    statefulSet: `ingester-${z}`,
    zone: z,
    replicas: n,
    updateRevision: "r2",
    currentRevision: opts.current ?? (old > 0 ? "r1" : "r2"),
    pods,
  };
}

describe("budget", () => {
  it("reads integers and percentages, at least 1", () => {
    assert.equal(budget(2, 10), 2);
    assert.equal(budget("25%", 10), 2);
    assert.equal(budget("5%", 10), 1);
    assert.equal(budget(0, 10), 1);
    assert.equal(budget("x", 10), 1);
  });
});

describe("decide", () => {
  it("starts with the first zone by name and deletes a batch of outdated pods", () => {
    const d = decide([zone("zone-b", 3, 3), zone("zone-a", 3, 3), zone("zone-c", 3, 3)], 2, false);
    assert.deepEqual(d, {
      kind: "delete",
      statefulSet: "ingester-zone-a",
      zone: "zone-a",
      pods: ["ingester-zone-a-0", "ingester-zone-a-1"],
      left: 9,
    });
  });

  it("subtracts pods already not Ready from the batch, and waits when the budget is spent", () => {
    assert.deepEqual(decide([zone("zone-a", 3, 2, { notReady: [2] })], 2, false), {
      kind: "delete",
      statefulSet: "ingester-zone-a",
      zone: "zone-a",
      pods: ["ingester-zone-a-0"],
      left: 2,
    });
    const d = decide([zone("zone-a", 3, 2, { missing: 1 }), zone("zone-b", 3, 3)], 1, false);
    assert.equal(d.kind, "wait");
    assert.match((d as { reason: string }).reason, /budget of zone-a spent/);
  });

  it("works on the zone with pods not Ready first, even when an earlier zone is outdated", () => {
    const d = decide([zone("zone-a", 2, 2), zone("zone-b", 2, 2, { notReady: [0] })], 1, false);
    assert.deepEqual(d, {
      kind: "delete",
      statefulSet: "ingester-zone-b",
      zone: "zone-b",
      pods: ["ingester-zone-b-0"],
      left: 4,
    });
  });

  it("never touches a second zone while two have pods not Ready", () => {
    const d = decide(
      [
        zone("zone-a", 2, 2, { notReady: [1] }),
        zone("zone-b", 2, 2, { notReady: [0] }),
        zone("zone-c", 2, 2),
      ],
      1,
      false,
    );
    assert.equal(d.kind, "wait");
    assert.match((d as { reason: string }).reason, /zones zone-a, zone-b have pods not Ready/);
  });

  it("waits for the updated zone to be Ready, then records its revision, then moves on", () => {
    const waiting = decide(
      [zone("zone-a", 2, 0, { notReady: [0], current: "r1" }), zone("zone-b", 2, 2)],
      1,
      false,
    );
    assert.deepEqual(waiting, {
      kind: "wait",
      zone: "zone-a",
      reason: "waiting for the pods of zone-a to be Ready",
      left: 2,
    });
    const record = decide(
      [zone("zone-a", 2, 0, { current: "r1" }), zone("zone-b", 2, 2)],
      1,
      false,
    );
    assert.deepEqual(record, {
      kind: "record",
      statefulSet: "ingester-zone-a",
      zone: "zone-a",
      revision: "r2",
    });
    const next = decide([zone("zone-a", 2, 0), zone("zone-b", 2, 2)], 1, false);
    assert.equal(next.kind === "delete" && next.zone, "zone-b");
  });

  it("is idle when every zone is at its update revision, and waits when paused", () => {
    assert.deepEqual(decide([zone("zone-a", 2, 0), zone("zone-b", 2, 0)], 1, false), {
      kind: "idle",
    });
    const paused = decide([zone("zone-a", 2, 1)], 1, true);
    assert.equal(paused.kind === "wait" && paused.reason, "paused (spec.paused)");
  });

  it("rolls three zones to the end without ever having two zones down (simulated)", () => {
    const zones = ["zone-a", "zone-b", "zone-c"].map((z) => zone(z, 4, 4));
    const order: string[] = [];
    for (let step = 0; step < 200; step++) {
      const d = decide(zones, "50%", false);
      if (d.kind === "idle") break;
      if (d.kind === "delete") {
        order.push(d.zone);
        const z = zones.find((x) => x.zone === d.zone) as ZoneState;
        for (const name of d.pods) {
          const p = z.pods.find((x) => x.name === name);
          if (p) Object.assign(p, { revision: "r2", ready: false });
        }
      } else if (d.kind === "record") {
        (zones.find((x) => x.zone === d.zone) as ZoneState).currentRevision = d.revision;
      } else {
        // The kubelet: pods come up Ready one step later.
        for (const z of zones) for (const p of z.pods) p.ready = true;
      }
      assert.ok(
        zones.filter((z) => z.pods.some((p) => !p.ready)).length <= 1,
        "two zones down at once",
      );
    }
    assert.ok(
      zones.every(
        (z) => z.currentRevision === "r2" && z.pods.every((p) => p.revision === "r2" && p.ready),
      ),
    );
    assert.deepEqual(order, ["zone-a", "zone-a", "zone-b", "zone-b", "zone-c", "zone-c"]);
  });
});
