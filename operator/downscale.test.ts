import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type DownscaleZone, decideDownscale, stateOf } from "./downscale.ts";

const z = (
  zone: string,
  live: number,
  desired: number,
  state?: DownscaleZone["state"],
): DownscaleZone => ({
  statefulSet: `ingester-${zone}`,
  zone,
  live,
  desired,
  ...(state ? { state } : {}),
});
const T0 = Date.parse("2026-01-01T00:00:00Z");
const MIN = 60_000;

describe("decideDownscale", () => {
  it("prepares the highest ordinals of the first zone to go down", () => {
    assert.deepEqual(
      decideDownscale([z("zone-b", 3, 1), z("zone-a", 3, 1)], T0, MIN, 10 * MIN, 0),
      {
        kind: "prepare",
        statefulSet: "ingester-zone-a",
        zone: "zone-a",
        pods: ["ingester-zone-a-1", "ingester-zone-a-2"],
        target: 1,
        undoPods: [],
      },
    );
  });

  it("waits the read-only delay, then shuts the pods down and lowers replicas", () => {
    const state = { target: 1, since: new Date(T0).toISOString(), pods: ["ingester-zone-a-1"] };
    const waiting = decideDownscale([z("zone-a", 2, 1, state)], T0 + MIN - 1, MIN, 0, 0);
    assert.equal(waiting.kind, "wait");
    assert.match(
      (waiting as { reason: string }).reason,
      /1 pods of zone-a read-only until 2026-01-01T00:01:00.000Z/,
    );
    assert.deepEqual(decideDownscale([z("zone-a", 2, 1, state)], T0 + MIN, MIN, 0, 0), {
      kind: "shutdown",
      statefulSet: "ingester-zone-a",
      zone: "zone-a",
      pods: ["ingester-zone-a-1"],
      target: 1,
    });
  });

  it("works on one zone at a time and honours the min time between zone downscales", () => {
    const state = { target: 1, since: new Date(T0).toISOString(), pods: ["ingester-zone-b-1"] };
    const d = decideDownscale([z("zone-a", 2, 1), z("zone-b", 2, 1, state)], T0, MIN, 0, 0);
    assert.equal(d.kind === "wait" && d.zone, "zone-b");
    const early = decideDownscale(
      [z("zone-a", 1, 1), z("zone-b", 2, 1)],
      T0 + 5 * MIN,
      MIN,
      10 * MIN,
      T0,
    );
    assert.equal(early.kind, "wait");
    assert.match(
      (early as { reason: string }).reason,
      /min time between zone downscales: zone-b starts at 2026-01-01T00:10:00.000Z/,
    );
    assert.equal(
      decideDownscale([z("zone-a", 1, 1), z("zone-b", 2, 1)], T0 + 10 * MIN, MIN, 10 * MIN, T0)
        .kind,
      "prepare",
    );
  });

  it("cancels (pods writable again) when replicas go back up while read-only", () => {
    const state = { target: 1, since: new Date(T0).toISOString(), pods: ["ingester-zone-a-1"] };
    assert.deepEqual(decideDownscale([z("zone-a", 2, 2, state)], T0, MIN, 0, 0), {
      kind: "cancel",
      statefulSet: "ingester-zone-a",
      zone: "zone-a",
      pods: ["ingester-zone-a-1"],
    });
    assert.deepEqual(decideDownscale([z("zone-a", 2, 3, state)], T0, MIN, 0, 0), {
      kind: "upscale",
      statefulSet: "ingester-zone-a",
      replicas: 3,
      undoPods: ["ingester-zone-a-1"],
    });
  });

  it("re-prepares when the target changes mid-way, undoing pods that now stay", () => {
    const state = {
      target: 1,
      since: new Date(T0).toISOString(),
      pods: ["ingester-zone-a-1", "ingester-zone-a-2"],
    };
    const d = decideDownscale([z("zone-a", 3, 2, state)], T0, MIN, 0, 0);
    assert.deepEqual(d, {
      kind: "prepare",
      statefulSet: "ingester-zone-a",
      zone: "zone-a",
      pods: ["ingester-zone-a-2"],
      target: 2,
      undoPods: ["ingester-zone-a-1"],
    });
  });

  it("is idle at the desired replicas; upscales at once", () => {
    assert.deepEqual(decideDownscale([z("zone-a", 2, 2)], T0, MIN, MIN, T0), { kind: "idle" });
    assert.equal(
      decideDownscale([z("zone-a", 2, 4), z("zone-b", 3, 1)], T0, MIN, MIN, T0).kind,
      "upscale",
    );
  });
});

describe("stateOf", () => {
  it("reads the annotation and ignores a broken one", () => {
    const s = { target: 1, since: "2026-01-01T00:00:00Z", pods: ["a"] };
    assert.deepEqual(
      stateOf({ metadata: { annotations: { "mimirts.dev/downscale": JSON.stringify(s) } } } as any),
      s,
    );
    assert.equal(
      stateOf({ metadata: { annotations: { "mimirts.dev/downscale": "{" } } } as any),
      undefined,
    );
    assert.equal(stateOf({ metadata: {} } as any), undefined);
  });
});
