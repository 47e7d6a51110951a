import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { Registry } from "prom-client";
import { LRUWrappedCache } from "./layered.ts";
import { InMemoryCache } from "./lru.ts";
import { metricValue } from "../util/metrics.ts";

const OVERHEAD = 48; // bytes charged per entry besides key and value

test("lru: get/getMulti/delete and hit metrics", async () => {
  const reg = new Registry();
  const c = new InMemoryCache({ name: "index-cache", registry: reg });
  await c.set("a", Buffer.from("1"), 0);
  await c.setMulti([["b", Buffer.from("2")]], 0);
  assert.equal((await c.get("a"))?.toString(), "1");
  const got = await c.getMulti(["a", "b", "zz"]);
  assert.deepEqual([...got.keys()], ["a", "b"]);
  await c.delete("a");
  assert.equal(await c.get("a"), undefined);
  const l = { name: "index-cache", backend: "inmemory" };
  assert.equal(await metricValue(reg, "thanos_cache_requests_total", l), 5);
  assert.equal(await metricValue(reg, "thanos_cache_hits_total", l), 3);
  assert.equal(
    await metricValue(reg, "thanos_cache_memory_items_count", { name: "index-cache" }),
    1,
  );
});

test("lru: evicts least recently used items when over max bytes", async () => {
  const item = (n: number) => Buffer.alloc(n, 7);
  // Room for exactly three 100-byte values with 1-byte keys.
  const c = new InMemoryCache({ name: "c", maxSizeBytes: 3 * (1 + 100 + OVERHEAD) });
  await c.set("a", item(100), 0);
  await c.set("b", item(100), 0);
  await c.set("c", item(100), 0);
  assert.equal(c.length, 3);
  await c.get("a"); // a is now the most recently used
  await c.set("d", item(100), 0); // evicts b
  assert.deepEqual([...(await c.getMulti(["a", "b", "c", "d"])).keys()], ["a", "c", "d"]);
  assert.ok(c.sizeBytes <= 3 * (1 + 100 + OVERHEAD));
  // A big item evicts as many as needed.
  await c.set("e", item(200), 0);
  assert.deepEqual([...(await c.getMulti(["a", "c", "d", "e"])).keys()], ["d", "e"]);
  // An item larger than the whole cache is not stored and evicts nothing.
  await c.set("huge", item(1000), 0);
  assert.equal(await c.get("huge"), undefined);
  assert.equal((await c.get("d"))?.length, 100);
});

test("lru: bounded by item count too; replacing a key does not grow it", async () => {
  const c = new InMemoryCache({ name: "c", maxItems: 2 });
  await c.set("a", Buffer.from("1"), 0);
  await c.set("a", Buffer.from("11"), 0);
  assert.equal(c.length, 1);
  assert.equal(c.sizeBytes, 1 + 2 + OVERHEAD);
  await c.set("b", Buffer.from("2"), 0);
  await c.set("c", Buffer.from("3"), 0);
  assert.equal(c.length, 2);
  assert.equal(await c.get("a"), undefined);
});

test("lru: items expire after their TTL", async () => {
  let now = 1_000_000;
  const reg = new Registry();
  const c = new InMemoryCache({ name: "ttl", now: () => now, registry: reg });
  await c.set("short", Buffer.from("s"), 1000);
  await c.set("forever", Buffer.from("f"), 0);
  now += 999;
  assert.equal((await c.get("short"))?.toString(), "s");
  now += 1;
  assert.equal(await c.get("short"), undefined);
  assert.equal(c.length, 1, "expired items are dropped on read");
  now += 10 ** 9;
  assert.equal((await c.get("forever"))?.toString(), "f");
  assert.equal(
    await metricValue(reg, "thanos_cache_memory_evicted_total", { name: "ttl", reason: "expired" }),
    1,
  );
});

test("lru: size accounting stays within bounds under random operations", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.record({
            op: fc.constant("set" as const),
            key: fc.integer({ min: 0, max: 20 }),
            size: fc.integer({ min: 0, max: 300 }),
          }),
          fc.record({ op: fc.constant("delete" as const), key: fc.integer({ min: 0, max: 20 }) }),
        ),
        { maxLength: 200 },
      ),
      (ops) => {
        const max = 1000;
        const c = new InMemoryCache({ name: "p", maxSizeBytes: max, maxItems: 5 });
        const model = new Map<string, number>();
        for (const o of ops) {
          const k = `k${o.key}`;
          if (o.op === "set") {
            if (c.setSync(k, Buffer.alloc(o.size), 0)) model.set(k, o.size);
            else model.delete(k);
          } else {
            void c.delete(k);
            model.delete(k);
          }
          assert.ok(c.sizeBytes <= max);
          assert.ok(c.length <= 5);
        }
        // Everything the cache still holds has the size last written.
        let total = 0;
        for (const k of model.keys()) {
          const v = (c as unknown as { entries: Map<string, { value: Buffer }> }).entries.get(k);
          if (v) {
            assert.equal(v.value.length, model.get(k));
            total += Buffer.byteLength(k) + v.value.length + OVERHEAD;
          }
        }
        assert.equal(total, c.sizeBytes);
      },
    ),
    { numRuns: 200 },
  );
});

test("LRU wrapper: memory first, backing cache for misses, hits kept in memory", async () => {
  let now = 0;
  const reg = new Registry();
  const back = new InMemoryCache({ name: "back" });
  const spy = { calls: 0 };
  const counting = Object.assign(Object.create(back) as InMemoryCache, {
    getMulti: async (keys: readonly string[]) => {
      spy.calls++;
      return back.getMulti(keys);
    },
  });
  const c = new LRUWrappedCache(counting, {
    name: "chunks-attributes-cache",
    maxItems: 2,
    defaultTTLms: 1000,
    registry: reg,
    now: () => now,
  });
  assert.equal(c.name(), "in-memory-chunks-attributes-cache");
  await back.set("x", Buffer.from("from-back"), 0);
  assert.equal((await c.get("x"))?.toString(), "from-back");
  assert.equal((await c.get("x"))?.toString(), "from-back");
  assert.equal(spy.calls, 1, "second read served from memory");
  await c.set("y", Buffer.from("both"), 0);
  assert.equal((await back.get("y"))?.toString(), "both");
  now += 1001; // x's in-memory copy expired
  await c.get("x");
  assert.equal(spy.calls, 2);
  await c.delete("y");
  assert.equal(await back.get("y"), undefined);
  assert.equal(
    await metricValue(reg, "cortex_cache_memory_requests_total", {
      name: "chunks-attributes-cache",
    }),
    3,
  );
  assert.equal(
    await metricValue(reg, "cortex_cache_memory_hits_total", { name: "chunks-attributes-cache" }),
    1,
  );
});
