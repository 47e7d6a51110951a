import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InstanceState, newInstance, RingDesc } from "../ring/model.ts";
import { Ring } from "../ring/ring.ts";
import { generateTokens } from "../ring/tokens.ts";
import type { StoreGatewayClient } from "../storegateway/storegateway.ts";
import { ringBlockOwnership } from "../storegateway/sharding.ts";
import { RingStoreGatewaySelector } from "./storegateway_ring_selector.ts";

const NOW_S = Math.floor(Date.now() / 1000);
const BLOCKS = Array.from({ length: 60 }, (_, i) => `01J${String(i).padStart(23, "0")}`);

function sgRing(): Ring {
  const d = new RingDesc();
  const taken: number[] = [];
  for (const zone of ["a", "b", "c"]) {
    for (let i = 0; i < 2; i++) {
      const id = `sg-${zone}-${i}`;
      const tokens = generateTokens(512, taken).sort((x, y) => x - y);
      taken.push(...tokens);
      d.ingesters.set(
        id,
        newInstance({
          id,
          addr: `${id}:9095`,
          zone,
          tokens,
          state: InstanceState.ACTIVE,
          timestamp: NOW_S,
          registeredTimestamp: NOW_S - 60,
        }),
      );
    }
  }
  return new Ring(
    { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: true },
    d,
  );
}

const fakeClient = {} as StoreGatewayClient;

describe("store-gateway sharding over the ring", () => {
  const ring = sgRing();
  const ids = [...ring.getDesc().ingesters.keys()];

  it("every block is owned by exactly one store-gateway per zone", () => {
    const owns = ids.map((id) =>
      ringBlockOwnership(
        () => ring,
        id,
        () => 0,
      ),
    );
    for (const b of BLOCKS) {
      const owners = ids.filter((_, k) => owns[k]("t", b));
      assert.equal(owners.length, 3, b);
      assert.deepEqual(owners.map((o) => o.split("-")[1]).sort(), ["a", "b", "c"]);
    }
  });

  it("the querier asks an owner of each block and, on retry, another owner", async () => {
    const sel = new RingStoreGatewaySelector({
      ring: () => ring,
      clientFor: () => fakeClient,
      shardSize: () => 0,
      zone: "b",
    });
    const first = await sel.getClientsFor("t", BLOCKS, new Map());
    assert.equal(
      first.reduce((n, t) => n + t.blockIDs.length, 0),
      BLOCKS.length,
    );
    for (const t of first) {
      assert.match(t.addr, /^sg-b-/, "prefers the querier's zone");
      const own = ringBlockOwnership(
        () => ring,
        t.addr.replace(":9095", ""),
        () => 0,
      );
      for (const b of t.blockIDs) assert.ok(own("t", b), `${t.addr} owns ${b}`);
    }
    // Exclude what was tried: the next round picks other owners, and after all three none.
    const tried = new Map<string, string[]>();
    for (let round = 0; round < 3; round++) {
      const targets = await sel.getClientsFor("t", BLOCKS, tried);
      assert.equal(
        targets.reduce((n, t) => n + t.blockIDs.length, 0),
        BLOCKS.length,
        `round ${round}`,
      );
      for (const t of targets)
        for (const b of t.blockIDs) tried.set(b, [...(tried.get(b) ?? []), t.addr]);
    }
    assert.deepEqual(await sel.getClientsFor("t", BLOCKS, tried), []);
  });

  it("a tenant shard of 3 keeps each tenant's blocks on 3 store-gateways", async () => {
    const sel = new RingStoreGatewaySelector({
      ring: () => ring,
      clientFor: () => fakeClient,
      shardSize: () => 3,
    });
    const used = new Set<string>();
    const tried = new Map<string, string[]>();
    for (let round = 0; round < 3; round++) {
      for (const t of await sel.getClientsFor("tenant-x", BLOCKS, tried)) {
        used.add(t.addr);
        for (const b of t.blockIDs) tried.set(b, [...(tried.get(b) ?? []), t.addr]);
      }
    }
    assert.equal(used.size, 3);
  });
});
