import assert from "node:assert/strict";
import { test } from "node:test";
import { GoRand } from "./gorand.ts";
import { shuffleShardExpectedInstancesPerZone, shuffleShardSeed } from "./shard.ts";

test("Go's source seeded with 1 yields Go's Int63 values", () => {
  const r = new GoRand(1);
  const want = [
    5577006791947779410n,
    8674665223082153551n,
    6129484611666145821n,
    4037200794235010051n,
    3916589616287113937n,
    6334824724549167320n,
    605394647632969758n,
  ];
  for (const w of want) assert.equal(r.int63(), w);
});

test("Uint32 and Int31 are the high bits of Int63", () => {
  const a = new GoRand(42);
  const b = new GoRand(42);
  for (let i = 0; i < 1000; i++) {
    const v = b.int63();
    if (i % 2 === 0) assert.equal(a.uint32(), Number((v >> 31n) & 0xffffffffn));
    else assert.equal(a.int31(), Number(v >> 32n));
  }
});

test("Intn(100) from seed 1 gives Go's well-known sequence", () => {
  // The Go playground's `rand.Intn(100)` with the pre-1.20 default seed 1.
  const r = new GoRand(1);
  const got = Array.from({ length: 10 }, () => r.intn(100));
  assert.deepEqual(got, [81, 87, 47, 59, 81, 18, 25, 40, 56, 0]);
});

test("seeds equal modulo 2^31-1 give the same stream, negative and zero seeds are handled", () => {
  const a = new GoRand(5n);
  const b = new GoRand(5n + 2147483647n);
  for (let i = 0; i < 20; i++) assert.equal(a.int63(), b.int63());
  const z = new GoRand(0);
  const z2 = new GoRand(89482311);
  assert.equal(z.int63(), z2.int63());
  const n = new GoRand(-1n);
  const n2 = new GoRand(2147483646n);
  assert.equal(n.int63(), n2.int63());
});

test("shuffle shard seed is md5 of the identifier (and zone) as a big-endian int64", () => {
  // md5("user-1") = d6d7705392bc7af633328bea8c4c6904 -> 0xd6d7705392bc7af6 as int64.
  assert.equal(shuffleShardSeed("user-1", ""), BigInt.asIntN(64, 0xd6d7705392bc7af6n));
  assert.notEqual(shuffleShardSeed("user-1", "zone-a"), shuffleShardSeed("user-1", ""));
  assert.equal(shuffleShardExpectedInstancesPerZone(4, 3), 2);
  assert.equal(shuffleShardExpectedInstancesPerZone(3, 3), 1);
});
