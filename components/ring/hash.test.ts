import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { fnv1Add32, hashBlockID, shardByAllLabels, shardByMetricName, ulidBytes } from "./hash.ts";

/** FNV-1 over bytes, the plain definition. */
function fnv1Bytes(bytes: Uint8Array, h = 2166136261): number {
  for (const b of bytes) h = Math.imul(h, 16777619) ^ b;
  return h >>> 0;
}

describe("ring hashes", () => {
  it("is FNV-1 (not FNV-1a): published 32-bit vectors", () => {
    assert.equal(fnv1Add32(2166136261, ""), 0x811c9dc5);
    assert.equal(fnv1Add32(2166136261, "a"), 0x050c5d7e);
    assert.equal(fnv1Add32(2166136261, "foobar"), 0x31f0b262);
  });

  it("hashes any string as its UTF-8 bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) =>
        assert.equal(fnv1Add32(2166136261, s), fnv1Bytes(Buffer.from(s, "utf8"))),
      ),
      { numRuns: 300 },
    );
  });

  it("series token: tenant, then names and values without separators", () => {
    const ls = [
      { name: "__name__", value: "up" },
      { name: "job", value: "a" },
    ];
    assert.equal(shardByAllLabels("t1", ls), fnv1Bytes(Buffer.from("t1__name__upjoba")));
    assert.equal(shardByMetricName("t1", "up"), fnv1Bytes(Buffer.from("t1up")));
  });

  it("block key: FNV-1 over the 16 ULID bytes", () => {
    assert.deepEqual([...ulidBytes("00000000000000000000000001")], [...new Uint8Array(15), 1]);
    assert.deepEqual([...ulidBytes("7ZZZZZZZZZZZZZZZZZZZZZZZZZ")], new Array(16).fill(255));
    const id = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    assert.equal(hashBlockID(id), fnv1Bytes(ulidBytes(id)));
    assert.throws(() => ulidBytes("8ZZZZZZZZZZZZZZZZZZZZZZZZZ"), /overflows/);
    assert.throws(() => ulidBytes("short"), /invalid ULID/);
    const b = ulidBytes("01ARZ3NDEKTSV4RRFFQ69G5FAV");
    assert.equal(b[0], 0x01);
    assert.equal(b[1], 0x56);
  });
});
