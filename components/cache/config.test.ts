import assert from "node:assert/strict";
import { test } from "node:test";
import { Registry } from "prom-client";
import { loadBlock } from "../util/config/load.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { cacheConfigBlock, createCache, validateCacheConfig } from "./config.ts";
import { InMemoryCache } from "./lru.ts";
import { MemcachedCache } from "./memcached.ts";
import { SKIP_NO_MEMCACHED, startMemcached } from "./testing/memcached_server.ts";

const block = cacheConfigBlock("blocks-storage.bucket-store.chunks-cache.", {
  what: "chunks cache",
});

test("cache config: Mimir's YAML keys and defaults", () => {
  const d = defaultsOf(block);
  assert.equal(d.backend, "");
  assert.equal(d.memcached.max_item_size, 1024 * 1024);
  const cfg = loadBlock(block, {
    backend: "memcached",
    memcached: {
      addresses: "dns+memcached.ns.svc:11211,dnssrvnoa+_memcache._tcp.other",
      timeout: "450ms",
      max_item_size: 5242880,
    },
  });
  assert.deepEqual(cfg.memcached.addresses, [
    "dns+memcached.ns.svc:11211",
    "dnssrvnoa+_memcache._tcp.other",
  ]);
  assert.equal(cfg.memcached.timeout, 450);
  assert.equal(validateCacheConfig(cfg), undefined);
  assert.throws(() => loadBlock(block, { backend: "redis" }), /must be one of/);
  assert.equal(
    validateCacheConfig(loadBlock(block, { backend: "memcached" })),
    "no memcached addresses configured",
  );
  const index = cacheConfigBlock("blocks-storage.bucket-store.index-cache.", {
    defaultBackend: "inmemory",
  });
  assert.equal(defaultsOf(index).backend, "inmemory");
  assert.equal(defaultsOf(index).inmemory.max_size_bytes, 1024 ** 3);
});

test("createCache: none, inmemory", async () => {
  assert.equal(await createCache("c", defaultsOf(block)), undefined);
  const c = await createCache(
    "index-cache",
    loadBlock(block, { backend: "inmemory", inmemory: { max_size_bytes: 1000 } }),
    { registry: new Registry() },
  );
  assert.ok(c instanceof InMemoryCache);
  await c.set("k", Buffer.from("v"), 0);
  assert.equal((await c.get("k"))?.toString(), "v");
  await c.stop();
  await assert.rejects(
    createCache("c", loadBlock(block, { backend: "memcached" })),
    /no memcached addresses configured/,
  );
});

test("createCache: memcached", { skip: SKIP_NO_MEMCACHED }, async () => {
  const srv = await startMemcached();
  try {
    const c = await createCache(
      "chunks-cache",
      loadBlock(block, {
        backend: "memcached",
        memcached: { addresses: `dns+127.0.0.1:${srv.port}` },
      }),
    );
    assert.ok(c instanceof MemcachedCache);
    await c.set("k", Buffer.from("v"), 60_000);
    assert.equal((await c.get("k"))?.toString(), "v");
    await c.stop();
  } finally {
    await srv.stop();
  }
});
