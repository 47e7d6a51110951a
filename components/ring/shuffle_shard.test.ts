import assert from "node:assert/strict";
import { test } from "node:test";
import { type InstanceDesc, newInstance, RingDesc } from "./model.ts";
import { Ring } from "./ring.ts";
import { GoRand } from "./shard/gorand.ts";
import { shuffleShardSeed } from "./shard/shard.ts";
import { generateTokens } from "./tokens.ts";

const NOW = 1_800_000_000_000;
const NOW_S = NOW / 1000;

function build(
  n: number,
  zones: string[],
  p: (id: string) => Partial<InstanceDesc> = () => ({}),
  seed = 7,
): RingDesc {
  const rnd = new GoRand(seed);
  const d = new RingDesc();
  const taken: number[] = [];
  for (let k = 0; k < n; k++) {
    const id = `ingester-${k}`;
    const tokens = generateTokens(128, taken, () => rnd.uint32());
    taken.push(...tokens);
    d.ingesters.set(
      id,
      newInstance({
        id,
        addr: `10.0.0.${k}`,
        zone: zones[k % zones.length],
        tokens,
        timestamp: NOW_S,
        registeredTimestamp: NOW_S - 86400,
        ...p(id),
      }),
    );
  }
  return d;
}

const cfg = (zoneAware: boolean) => ({
  heartbeatTimeoutMs: 60_000,
  replicationFactor: 3,
  zoneAwarenessEnabled: zoneAware,
});
const idsOf = (r: Ring) =>
  r
    .getInstances()
    .map((i) => i.id)
    .sort();

test("shuffle shard is stable, sized, and differs between tenants", () => {
  const r = new Ring(cfg(false), build(20, [""]));
  const s1 = idsOf(r.shuffleShard("tenant-a", 4));
  assert.equal(s1.length, 4);
  assert.deepEqual(idsOf(new Ring(cfg(false), build(20, [""])).shuffleShard("tenant-a", 4)), s1);
  assert.notDeepEqual(idsOf(r.shuffleShard("tenant-b", 4)), s1);
  assert.equal(r.shuffleShard("tenant-a", 4), r.shuffleShard("tenant-a", 4), "cached");
});

test("shuffle shard follows Go's generator seeded by the tenant (not zone-aware)", () => {
  const r = new Ring(cfg(false), build(10, [""]));
  // Recompute the first pick by hand: the first instance owning a token > rng.Uint32().
  const rnd = new GoRand(shuffleShardSeed("t1", ""));
  const start = rnd.uint32();
  const all = [...r.getDesc().ingesters.values()]
    .flatMap((i) => i.tokens.map((t) => ({ t, id: i.id })))
    .sort((a, b) => a.t - b.t);
  const first = all.find((x) => x.t > start) ?? all[0]!;
  const shard = idsOf(r.shuffleShard("t1", 1));
  assert.deepEqual(shard, [first.id]);
});

test("zone-aware shuffle shard picks ceil(size/zones) per zone and whole small zones", () => {
  const zones = ["zone-a", "zone-b", "zone-c"];
  const r = new Ring(cfg(true), build(15, zones));
  const s = r.shuffleShard("tenant", 4); // 2 per zone
  const perZone = new Map<string, number>();
  for (const i of s.getInstances()) perZone.set(i.zone, (perZone.get(i.zone) ?? 0) + 1);
  assert.deepEqual([...perZone.entries()].sort(), [
    ["zone-a", 2],
    ["zone-b", 2],
    ["zone-c", 2],
  ]);
  assert.equal(r.shuffleShard("tenant", 100).instancesCount(), 15);
});

test("consistency: adding an instance changes a shard by at most one instance", () => {
  const base = build(12, [""]);
  const r1 = new Ring(cfg(false), base);
  const more = base.clone();
  more.ingesters.set(
    "new",
    newInstance({
      id: "new",
      tokens: generateTokens(128, more.getTokens()),
      timestamp: NOW_S,
      registeredTimestamp: NOW_S,
    }),
  );
  const r2 = new Ring(cfg(false), more);
  for (const t of ["a", "b", "c", "d", "e", "f"]) {
    const a = new Set(idsOf(r1.shuffleShard(t, 3)));
    const b = idsOf(r2.shuffleShard(t, 3));
    assert.ok(b.filter((x) => !a.has(x)).length <= 1, t);
  }
});

test("read-only instances are never in a shard; size <= 0 is the ring minus read-only ones", () => {
  const d = build(8, [""], (id) =>
    id === "ingester-3" ? { readOnly: true, readOnlyUpdatedTimestamp: NOW_S - 10 } : {},
  );
  const r = new Ring(cfg(false), d);
  for (const t of ["x", "y", "z", "w"])
    assert.ok(!idsOf(r.shuffleShard(t, 6)).includes("ingester-3"));
  assert.equal(r.shuffleShard("x", 0).instancesCount(), 7);
  const plain = new Ring(cfg(false), build(8, [""]));
  assert.equal(plain.shuffleShard("x", 0), plain, "no read-only instance: the ring itself");
});

test("lookback keeps recently registered and recently read-only instances and picks more", () => {
  const r0 = new Ring(cfg(false), build(10, [""]));
  const shard = idsOf(r0.shuffleShard("t", 2));
  // The first-picked instance was registered just now: with lookback it stays and one more is picked.
  const d = build(10, [""], (id) =>
    id === shard[0] || id === shard[1] ? { registeredTimestamp: NOW_S - 60 } : {},
  );
  const r = new Ring(cfg(false), d);
  const withLookback = idsOf(r.shuffleShardWithLookback("t", 2, 3_600_000, NOW));
  for (const id of shard) assert.ok(withLookback.includes(id));
  assert.equal(withLookback.length, 4);
  // Outside the lookback window nothing extra is picked.
  assert.equal(r.shuffleShardWithLookback("t", 2, 30_000, NOW).instancesCount(), 2);
  // A read-only instance that changed within the lookback is included (and one more picked);
  // one that changed before the lookback is left out.
  const ro = (ts: number) =>
    new Ring(
      cfg(false),
      build(10, [""], (id) =>
        id === shard[0] ? { readOnly: true, readOnlyUpdatedTimestamp: ts } : {},
      ),
    );
  const recent = idsOf(ro(NOW_S - 60).shuffleShardWithLookback("t", 2, 3_600_000, NOW));
  assert.ok(recent.includes(shard[0]!));
  assert.equal(recent.length, 3);
  const old = idsOf(ro(NOW_S - 7200).shuffleShardWithLookback("t", 2, 3_600_000, NOW));
  assert.ok(!old.includes(shard[0]!));
  assert.equal(old.length, 2);
  // Every instance registered within the lookback: the whole ring.
  const young = new Ring(
    cfg(false),
    build(5, [""], () => ({ registeredTimestamp: NOW_S - 5 })),
  );
  assert.equal(young.shuffleShardWithLookback("t", 2, 3_600_000, NOW), young);
});

test("cached shards see state changes of the parent ring", () => {
  const d = build(6, [""]);
  const r = new Ring(cfg(false), d);
  const s = r.shuffleShard("t", 2);
  const id = s.getInstances()[0]!.id;
  const d2 = d.clone();
  d2.ingesters.get(id)!.state = 1;
  r.setDesc(d2);
  const s2 = r.shuffleShard("t", 2);
  assert.equal(s2, s);
  assert.equal(s2.getInstance(id).state, 1);
});

test("cleanupShuffleShardCache drops one tenant's cached shards", () => {
  const r = new Ring(cfg(false), build(6, [""]));
  const a = r.shuffleShard("a", 2);
  const ab = r.shuffleShard("ab", 2);
  r.cleanupShuffleShardCache("b");
  assert.equal(r.shuffleShard("ab", 2), ab);
  r.cleanupShuffleShardCache("a");
  assert.notEqual(r.shuffleShard("a", 2), a);
  assert.deepEqual(idsOf(r.shuffleShard("a", 2)), idsOf(a));
});
