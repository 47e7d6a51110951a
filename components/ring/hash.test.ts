import assert from "node:assert/strict";
import { test } from "node:test";
import { fnv1_32, hashBlockId, ulidBytes } from "./hash.ts";

test("FNV-1 32-bit test vectors", () => {
  const enc = new TextEncoder();
  assert.equal(fnv1_32(new Uint8Array(0)), 0x811c9dc5);
  assert.equal(fnv1_32(enc.encode("a")), 0x050c5d7e);
  assert.equal(fnv1_32(enc.encode("foobar")), 0x31f0b262);
});

test("ULID bytes and the block hash", () => {
  const b = ulidBytes("01ARZ3NDEKTSV4RRFFQ69G5FAV");
  assert.equal(b.length, 16);
  assert.equal(b[0], 0x01);
  assert.equal(b[1], 0x56);
  assert.equal(hashBlockId("01ARZ3NDEKTSV4RRFFQ69G5FAV"), fnv1_32(b));
  assert.equal(hashBlockId("7ZZZZZZZZZZZZZZZZZZZZZZZZZ"), fnv1_32(new Uint8Array(16).fill(0xff)));
  assert.throws(() => ulidBytes("8ZZZZZZZZZZZZZZZZZZZZZZZZZ"), /invalid ULID/);
  assert.throws(() => ulidBytes("short"), /invalid ULID/);
});
