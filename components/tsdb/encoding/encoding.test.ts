import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { crc32c, crc32cUpdate } from "./crc32c.ts";
import { Decbuf } from "./decbuf.ts";
import { CorruptionError } from "../../model/errors.ts";
import { Encbuf } from "./encbuf.ts";
import { compareStrings } from "../../model/strings.ts";

describe("crc32c", () => {
  it("matches the Castagnoli check value", () => {
    assert.equal(crc32c(Buffer.from("123456789")), 0xe3069283);
    assert.equal(crc32c(new Uint8Array(0)), 0);
  });
  it("agrees with a bitwise reference on random data", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        let c = 0xffffffff;
        for (const x of b) {
          c ^= x;
          for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
        }
        assert.equal(crc32c(b), ~c >>> 0);
      }),
    );
  });
  it("chains across calls", () => {
    const b = Buffer.from("the quick brown fox jumps over the lazy dog, twice over");
    assert.equal(crc32cUpdate(crc32cUpdate(0, b, 0, 13), b, 13, b.length), crc32c(b));
  });
});

describe("encbuf/decbuf", () => {
  it("round-trips varints including int64 extremes", () => {
    const vals = [
      0,
      1,
      -1,
      63,
      -64,
      64,
      300,
      -300,
      2 ** 31,
      -(2 ** 31) - 5,
      2 ** 52 + 3,
      -(2 ** 53),
      2 ** 62,
      -(2 ** 63),
      2 ** 63,
    ];
    const e = new Encbuf(4);
    for (const v of vals) e.putVarint(v);
    for (const v of vals.filter((x) => x >= 0 && x < 2 ** 64)) e.putUvarint(v);
    e.putBE64(2 ** 40 + 5);
    e.putUvarintStr("héllo");
    const d = new Decbuf(e.get());
    for (const v of vals) assert.equal(d.varint(), v);
    for (const v of vals.filter((x) => x >= 0 && x < 2 ** 64)) assert.equal(d.uvarint(), v);
    assert.equal(d.be64(), 2 ** 40 + 5);
    assert.equal(d.uvarintStr(), "héllo");
    assert.equal(d.len(), 0);
    assert.throws(() => d.byte(), CorruptionError);
  });
  it("matches Go's varint bytes", () => {
    const e = new Encbuf();
    e.putVarint(-1);
    e.putVarint(150);
    e.putUvarint(300);
    assert.deepEqual([...e.get()], [0x01, 0xac, 0x02, 0xac, 0x02]);
  });
  it("property: varints round trip", () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger()), (vals) => {
        const e = new Encbuf(8);
        for (const v of vals) e.putVarint(v);
        const d = new Decbuf(e.get());
        for (const v of vals) assert.equal(d.varint(), v);
      }),
    );
  });
  it("compares strings in UTF-8 byte order", () => {
    assert.ok(compareStrings("\uffff", "𝄞") < 0); // JS `<` says the opposite
    assert.ok("\uffff" > "𝄞");
    assert.ok(compareStrings("a", "b") < 0);
    assert.equal(compareStrings("x", "x"), 0);
  });
});
