import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { decodeRingDesc, encodeRingDesc } from "./codec.ts";
import {
  type InstanceDesc,
  InstanceState,
  newInstance,
  RingDesc,
  resolveTokenOwners,
} from "./model.ts";

const instArb = (id: string) =>
  fc
    .record({
      addr: fc.constantFrom("a:1", "b:2", "c:3"),
      timestamp: fc.integer({ min: 1, max: 5 }),
      state: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<InstanceState>,
      tokens: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
      zone: fc.constantFrom("", "z1", "z2"),
      registeredTimestamp: fc.integer({ min: 0, max: 3 }),
      readOnly: fc.boolean(),
      readOnlyUpdatedTimestamp: fc.integer({ min: 0, max: 3 }),
    })
    .map((r) => newInstance({ id, ...r }));

const descArb = fc
  .record({
    i1: fc.option(instArb("i1")),
    i2: fc.option(instArb("i2")),
    i3: fc.option(instArb("i3")),
  })
  .map((r) => {
    const d = new RingDesc();
    for (const [k, v] of Object.entries(r)) if (v) d.ingesters.set(k, v as InstanceDesc);
    return d;
  });

function merged(...ds: RingDesc[]): RingDesc {
  const out = new RingDesc();
  for (const d of ds) out.merge(d.clone(), false);
  return out;
}

function canon(d: RingDesc): unknown {
  return [...d.ingesters.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => [k, { ...v, tokens: [...v.tokens] }]);
}

test("merge is commutative", () => {
  fc.assert(
    fc.property(descArb, descArb, (a, b) =>
      assert.deepEqual(canon(merged(a, b)), canon(merged(b, a))),
    ),
    { numRuns: 500 },
  );
});

test("merge is associative", () => {
  fc.assert(
    fc.property(descArb, descArb, descArb, (a, b, c) => {
      const left = merged(a, b);
      left.merge(c.clone(), false);
      const bc = merged(b, c);
      const right = merged(a);
      right.merge(bc, false);
      assert.deepEqual(canon(left), canon(right));
    }),
    { numRuns: 500 },
  );
});

test("merge is idempotent and returns no change the second time", () => {
  fc.assert(
    fc.property(descArb, descArb, (a, b) => {
      const m = merged(a, b);
      const before = canon(m);
      assert.equal(m.merge(b.clone(), false), undefined);
      assert.equal(m.merge(m.clone(), false), undefined);
      assert.deepEqual(canon(m), before);
    }),
    { numRuns: 300 },
  );
});

test("token ownership after merge does not depend on merge order", () => {
  fc.assert(
    fc.property(descArb, descArb, descArb, (a, b, c) => {
      const x = resolveTokenOwners(merged(a, b, c).ingesters);
      const y = resolveTokenOwners(merged(c, a, b).ingesters);
      assert.deepEqual([...x.entries()].sort(), [...y.entries()].sort());
    }),
    { numRuns: 300 },
  );
});

test("merge: newer timestamp wins, LEFT wins ties, the delta holds only changes", () => {
  const ours = new RingDesc(
    new Map([
      ["a", newInstance({ id: "a", timestamp: 10, tokens: [1, 2] })],
      ["b", newInstance({ id: "b", timestamp: 10 })],
    ]),
  );
  const theirs = new RingDesc(
    new Map([
      ["a", newInstance({ id: "a", timestamp: 10, state: InstanceState.LEFT, tokens: [1, 2] })],
      ["b", newInstance({ id: "b", timestamp: 9, state: InstanceState.LEAVING })],
      ["c", newInstance({ id: "c", timestamp: 1, tokens: [5, 3, 3] })],
    ]),
  );
  const delta = ours.merge(theirs, false)!;
  assert.deepEqual([...delta.ingesters.keys()].sort(), ["a", "c"]);
  assert.equal(ours.ingesters.get("a")!.state, InstanceState.LEFT);
  assert.deepEqual(ours.ingesters.get("a")!.tokens, [], "LEFT owns no tokens");
  assert.equal(ours.ingesters.get("b")!.state, InstanceState.ACTIVE);
  assert.deepEqual(ours.ingesters.get("c")!.tokens, [3, 5], "sorted and deduped");
});

test("local CAS turns instances missing from the update into tombstones", () => {
  const ours = new RingDesc(
    new Map([
      ["a", newInstance({ id: "a", timestamp: 10, tokens: [1] })],
      ["b", newInstance({ id: "b", timestamp: 10 })],
    ]),
  );
  const update = new RingDesc(
    new Map([["a", newInstance({ id: "a", timestamp: 10, tokens: [1] })]]),
  );
  const delta = ours.merge(update, true, 20_000)!;
  assert.deepEqual([...delta.ingesters.keys()], ["b"]);
  const b = ours.ingesters.get("b")!;
  assert.equal(b.state, InstanceState.LEFT);
  assert.equal(b.timestamp, 20);
  // The tombstone wins over the old version elsewhere.
  const elsewhere = new RingDesc(new Map([["b", newInstance({ id: "b", timestamp: 10 })]]));
  elsewhere.merge(delta, false);
  assert.equal(elsewhere.ingesters.get("b")!.state, InstanceState.LEFT);
  // Tombstones expire.
  assert.deepEqual(ours.removeTombstones(10_000), { total: 1, removed: 0 });
  assert.deepEqual(ours.removeTombstones(21_000), { total: 0, removed: 1 });
  assert.ok(!ours.ingesters.has("b"));
});

test("codec round-trips every field", () => {
  fc.assert(
    fc.property(descArb, (d) => {
      for (const i of d.ingesters.values()) i.tokens.sort((x, y) => x - y);
      const back = decodeRingDesc(encodeRingDesc(d));
      assert.deepEqual(canon(back), canon(d));
    }),
  );
  const big = new RingDesc(
    new Map([
      [
        "x",
        newInstance({
          id: "x",
          tokens: [0, 0xffffffff],
          timestamp: 1_800_000_000,
          registeredTimestamp: 1_700_000_000,
        }),
      ],
    ]),
  );
  assert.deepEqual(decodeRingDesc(encodeRingDesc(big)).ingesters.get("x")!.tokens, [0, 0xffffffff]);
  assert.throws(() => decodeRingDesc(Uint8Array.from([0x0a, 0x05, 0x0a])), /unexpected end/);
});
