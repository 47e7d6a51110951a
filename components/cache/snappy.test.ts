import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { uncompressSync } from "snappy";
import { InMemoryCache } from "./lru.ts";
import { SnappyCache, validateCompression, withCompression } from "./snappy.ts";

describe("snappy cache compression", () => {
  it("stores values compressed and reads them back as they were", async () => {
    const back = new InMemoryCache({ name: "test" });
    const cache = new SnappyCache(back);
    const value = Buffer.from(JSON.stringify(Array.from({ length: 200 }, () => "sample")));
    await cache.set("k", value, 0);
    const stored = await back.get("k");
    assert.ok(stored);
    assert.ok(stored.length < value.length, `${stored.length} >= ${value.length}`);
    assert.deepEqual(uncompressSync(stored), value);
    assert.deepEqual(await cache.get("k"), value);
    await cache.setMulti([["a", Buffer.from("x".repeat(100))]], 0);
    assert.deepEqual(
      (await cache.getMulti(["a", "missing"])).get("a"),
      Buffer.from("x".repeat(100)),
    );
    assert.equal((await cache.getMulti(["a", "missing"])).size, 1);
  });

  it("treats a stored value that does not decompress as a miss", async () => {
    const back = new InMemoryCache({ name: "test" });
    await back.set("k", Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), 0);
    const cache = new SnappyCache(back);
    assert.equal(await cache.get("k"), undefined);
    assert.equal((await cache.getMulti(["k"])).size, 0);
  });

  it("accepts only '' and snappy, with dskit's error for anything else", () => {
    assert.equal(validateCompression(""), undefined);
    assert.equal(validateCompression("snappy"), undefined);
    assert.equal(validateCompression("gzip"), "unsupported compression");
    const back = new InMemoryCache({ name: "test" });
    assert.equal(withCompression(back, ""), back);
    assert.ok(withCompression(back, "snappy") instanceof SnappyCache);
  });
});
