import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeWriteRequest } from "../ingester/client/writerequest.ts";
import { IngesterUnavailableError, type PushResult, type WriteBatch } from "../ingester/types.ts";
import { generateTokens } from "../ring/tokens.ts";
import { InstanceState, newInstance, RingDesc } from "../ring/model.ts";
import { Ring } from "../ring/ring.ts";
import { labelsFromObject } from "../model/labels.ts";
import { RingPusher } from "./ringpush.ts";

const NOW = 1_800_000_000_000;

function zonedRing(perZone: number, opts: { readOnly?: string[] } = {}): Ring {
  const d = new RingDesc();
  const taken: number[] = [];
  for (const zone of ["a", "b", "c"]) {
    for (let i = 0; i < perZone; i++) {
      const id = `ingester-${zone}-${i}`;
      const tokens = generateTokens(128, taken);
      taken.push(...tokens);
      const ro = opts.readOnly?.includes(id) ?? false;
      d.ingesters.set(
        id,
        newInstance({
          id,
          addr: id,
          zone,
          tokens: tokens.sort((x, y) => x - y),
          state: InstanceState.ACTIVE,
          timestamp: NOW / 1000,
          registeredTimestamp: NOW / 1000 - 60,
          readOnly: ro,
          readOnlyUpdatedTimestamp: ro ? NOW / 1000 - 1 : 0,
        }),
      );
    }
  }
  return new Ring(
    { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: true },
    d,
  );
}

function batch(n: number): WriteBatch {
  const b: WriteBatch = {
    series: [],
    timestamps: new Float64Array(n),
    values: new Float64Array(n),
    metadata: [{ type: "gauge", metricFamilyName: "m", help: "h", unit: "" }],
    source: "api",
  };
  for (let i = 0; i < n; i++) {
    b.series.push({
      labels: labelsFromObject({ __name__: "m", i: String(i) }),
      sampleStart: i,
      sampleCount: 1,
    });
    b.timestamps[i] = 1000;
    b.values[i] = i;
  }
  return b;
}

/** In-memory ingesters: record which series each got; `down` ones fail, `slow` ones never answer. */
function fleet(
  opts: { down?: (addr: string) => boolean; slow?: (addr: string) => boolean; soft?: string } = {},
) {
  const got = new Map<string, string[]>();
  const clientFor = (addr: string) => ({
    pushBody: async (_tenant: string, body: Buffer): Promise<PushResult> => {
      if (opts.down?.(addr)) throw new IngesterUnavailableError(503, "connection refused");
      if (opts.slow?.(addr)) return new Promise<PushResult>(() => {});
      const b = decodeWriteRequest(body);
      got.set(addr, [
        ...(got.get(addr) ?? []),
        ...b.series.map((s) => s.labels.find((l) => l.name === "i")?.value ?? ""),
      ]);
      return {
        samplesWritten: b.series.length,
        exemplarsWritten: 0,
        softErrors: opts.soft ? [{ id: "x", message: opts.soft, reason: "x", samples: 1 }] : [],
      };
    },
  });
  return { got, clientFor };
}

describe("RingPusher", () => {
  it("sends every series to one ingester in each of the three zones", async () => {
    const ring = zonedRing(2);
    const f = fleet();
    const p = new RingPusher({
      ring: () => ring,
      clientFor: f.clientFor,
      shardSize: () => 0,
      clock: () => NOW,
    });
    const res = await p.push("t", batch(50));
    assert.equal(res.samplesWritten, 50);
    const perSeriesZones = new Map<string, Set<string>>();
    for (const [addr, series] of f.got)
      for (const s of series)
        (perSeriesZones.get(s) ?? perSeriesZones.set(s, new Set()).get(s))?.add(addr.split("-")[1]);
    assert.equal(perSeriesZones.size, 50);
    for (const zones of perSeriesZones.values())
      assert.deepEqual([...zones].sort(), ["a", "b", "c"]);
  });

  it("succeeds with a whole zone down, fails with two zones down", async () => {
    const ring = zonedRing(2);
    const oneDown = fleet({ down: (a) => a.includes("-c-") });
    assert.equal(
      (
        await new RingPusher({
          ring: () => ring,
          clientFor: oneDown.clientFor,
          shardSize: () => 0,
          clock: () => NOW,
        }).push("t", batch(30))
      ).samplesWritten,
      30,
    );
    const twoDown = fleet({ down: (a) => a.includes("-c-") || a.includes("-b-") });
    await assert.rejects(
      new RingPusher({
        ring: () => ring,
        clientFor: twoDown.clientFor,
        shardSize: () => 0,
        clock: () => NOW,
      }).push("t", batch(30)),
      (e: IngesterUnavailableError) => e.statusCode === 503 && /connection refused/.test(e.message),
    );
  });

  it("returns once a quorum answered, without waiting for a hanging replica", async () => {
    const ring = zonedRing(1);
    const f = fleet({ slow: (a) => a.includes("-b-") });
    const res = await new RingPusher({
      ring: () => ring,
      clientFor: f.clientFor,
      shardSize: () => 0,
      clock: () => NOW,
    }).push("t", batch(10));
    assert.equal(res.samplesWritten, 10);
  });

  it("skips read-only ingesters and honours the tenant shard size", async () => {
    const ring = zonedRing(3, { readOnly: ["ingester-a-0"] });
    const f = fleet();
    await new RingPusher({
      ring: () => ring,
      clientFor: f.clientFor,
      shardSize: () => 0,
      clock: () => NOW,
    }).push("t", batch(200));
    assert.equal(f.got.has("ingester-a-0"), false);
    assert.equal(f.got.size, 8);
    const g = fleet();
    await new RingPusher({
      ring: () => ring,
      clientFor: g.clientFor,
      shardSize: () => 3,
      clock: () => NOW,
    }).push("t", batch(200));
    assert.equal(g.got.size, 3);
    assert.deepEqual([...g.got.keys()].map((a) => a.split("-")[1]).sort(), ["a", "b", "c"]);
  });

  it("reports soft errors once, and ring errors as 500", async () => {
    const ring = zonedRing(1);
    const f = fleet({ soft: "sample out of order (err-mimir-sample-out-of-order)" });
    const res = await new RingPusher({
      ring: () => ring,
      clientFor: f.clientFor,
      shardSize: () => 0,
      clock: () => NOW,
    }).push("t", batch(5));
    assert.equal(res.softErrors.length, 1);
    assert.equal(res.samplesWritten, 4);
    const empty = new Ring(
      { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: true },
      new RingDesc(),
    );
    await assert.rejects(
      new RingPusher({
        ring: () => empty,
        clientFor: f.clientFor,
        shardSize: () => 0,
        clock: () => NOW,
      }).push("t", batch(1)),
      (e: IngesterUnavailableError) => e.statusCode === 500 && /empty ring/.test(e.message),
    );
  });
});
