import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InstanceState, newInstance, RingDesc } from "../ring/model.ts";
import { Ring } from "../ring/ring.ts";
import { fnv1a32, groupOwner, ownerOfToken, tokenForGroup } from "./sharding.ts";

const NOW = 1_800_000_000_000;

function ring(specs: { id: string; tokens: number[]; state?: number; age?: number }[]): Ring {
  const d = new RingDesc(
    new Map(
      specs.map((s) => [
        s.id,
        newInstance({
          id: s.id,
          addr: `${s.id}:9095`,
          tokens: s.tokens,
          state: (s.state ?? InstanceState.ACTIVE) as never,
          timestamp: NOW / 1000 - (s.age ?? 0),
        }),
      ]),
    ),
  );
  return new Ring(
    { heartbeatTimeoutMs: 10_000, replicationFactor: 1, zoneAwarenessEnabled: false },
    d,
  );
}

describe("ruler sharding", () => {
  it("hashes tenant, namespace and group with FNV-1a (Go's fnv.New32a)", () => {
    assert.equal(fnv1a32(""), 2166136261);
    assert.equal(fnv1a32("a"), 0xe40c292c);
    assert.equal(fnv1a32("foobar"), 0xbf9cf968);
    assert.equal(tokenForGroup({ user: "foo", namespace: "ba", name: "r" }), fnv1a32("foobar"));
  });

  it("gives each token to the first healthy ACTIVE instance clockwise", () => {
    const r = ring([
      { id: "a", tokens: [100, 2000] },
      { id: "b", tokens: [1000] },
      { id: "c", tokens: [3000], state: InstanceState.LEAVING },
      { id: "d", tokens: [2500], age: 60 },
    ]);
    assert.equal(ownerOfToken(r, 50, NOW), "a");
    assert.equal(ownerOfToken(r, 500, NOW), "b");
    // 2500 (d) is unhealthy and 3000 (c) is LEAVING: wraps around to a's 100.
    assert.equal(ownerOfToken(r, 2100, NOW), "a");
    assert.equal(ownerOfToken(ring([]), 1, NOW), undefined);
  });

  it("spreads groups over the rulers and keeps a tenant within its shuffle shard", () => {
    const r = ring(
      ["r1", "r2", "r3", "r4"].map((id, k) => ({
        id,
        tokens: Array.from(
          { length: 64 },
          (_, i) => ((i * 67_108_864 + k * 16_777_216) >>> 0) + 1,
        ).sort((x, y) => x - y),
      })),
    );
    const owners = new Set<string>();
    const shardOwners = new Set<string>();
    for (let i = 0; i < 200; i++) {
      owners.add(groupOwner(r, { user: "t", namespace: "ns", name: `g${i}` }, 0, NOW) ?? "");
      shardOwners.add(groupOwner(r, { user: "t", namespace: "ns", name: `g${i}` }, 2, NOW) ?? "");
    }
    assert.equal(owners.size, 4);
    assert.equal(shardOwners.size, 2);
  });
});
