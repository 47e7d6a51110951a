import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { Registry } from "prom-client";
import type { Cache } from "../../cache/cache.ts";
import { InMemoryCache } from "../../cache/lru.ts";
import { metricValue } from "../../util/metrics.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { listAll, readAll } from "./bucket.ts";
import {
  addChunksCachingRules,
  CachingBucket,
  CachingRules,
  chunksCacheConfigBlock,
  createBlocksCachingBucket,
  decodeIterList,
  encodeIterList,
  isBlockIndexFile,
  isChunksDir,
  isMetaFile,
  isTenantBlocksDir,
  metadataCacheConfigBlock,
  metadataCachingRules,
} from "./caching.ts";
import { FilesystemBucket } from "./filesystem/filesystem.ts";
import { FaultyBucket } from "./testing/faulty.ts";
import { bucketSuite } from "./testing/suite.ts";

const BLOCK = "01HQZ8Y5J9K3M2N4P6Q7R8S9T0";

async function setup(now?: () => number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-"));
  const faulty = new FaultyBucket(new FilesystemBucket({ dir }));
  const cache = new InMemoryCache({ name: "metadata-cache", now });
  const cfg = defaultsOf(metadataCacheConfigBlock());
  const reg = new Registry();
  const bucket = new CachingBucket(faulty, metadataCachingRules(cache, cfg), {
    registry: reg,
    component: "store-gateway",
  });
  return {
    dir,
    faulty,
    cache,
    cfg,
    reg,
    bucket,
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

// Exists/get/attributes caching is invalidated by writes through the decorator, so the
// decorator still passes the conformance suite (listings are cached by TTL and are left out).
bucketSuite("caching(filesystem) without iter rules", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-suite-"));
  const cache = new InMemoryCache({ name: "c" });
  const all = () => true;
  const rules = new CachingRules()
    .cacheExists("all", cache, all, 60_000, 60_000)
    .cacheGet("all", cache, all, 1 << 20, 60_000, 60_000, 60_000)
    .cacheAttributes("all", cache, all, 60_000);
  return {
    bucket: new CachingBucket(new FilesystemBucket({ dir }), rules),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
});

test("matchers follow Mimir's metadata cache rules", () => {
  assert.equal(isMetaFile(`t/${BLOCK}/meta.json`), true);
  assert.equal(isMetaFile(`t/${BLOCK}/deletion-mark.json`), true);
  assert.equal(isMetaFile("t/markers/tenant-deletion-mark.json"), true);
  assert.equal(isMetaFile(`t/${BLOCK}/index`), false);
  assert.equal(isBlockIndexFile(`t/${BLOCK}/index`), true);
  assert.equal(isBlockIndexFile("t/not-a-ulid/index"), false);
  assert.equal(isTenantBlocksDir("tenant"), true);
  assert.equal(isTenantBlocksDir("tenant/"), true);
  assert.equal(isTenantBlocksDir(`tenant/${BLOCK}`), false);
  assert.equal(isChunksDir(`t/${BLOCK}/chunks`), true);
});

test("caching: exists is cached, both ways, and invalidated by upload and delete", async () => {
  const s = await setup();
  try {
    const meta = `t/${BLOCK}/meta.json`;
    assert.equal(await s.bucket.exists(meta), false);
    assert.equal(await s.bucket.exists(meta), false);
    assert.equal(s.faulty.count("exists"), 1);
    await s.bucket.upload(meta, Buffer.from("{}"));
    assert.equal(await s.bucket.exists(meta), true);
    assert.equal(await s.bucket.exists(meta), true);
    assert.equal(s.faulty.count("exists"), 2);
    await s.bucket.delete(meta);
    assert.equal(await s.bucket.exists(meta), false);
    assert.equal(s.faulty.count("exists"), 3);
    // Objects not matching any rule are never cached.
    await s.bucket.exists(`t/${BLOCK}/index`);
    await s.bucket.exists(`t/${BLOCK}/index`);
    assert.equal(s.faulty.count("exists"), 5);
    const l = { component: "store-gateway", operation: "exists", config: "metafile" };
    assert.equal(
      await metricValue(s.reg, "thanos_store_bucket_cache_operation_requests_total", l),
      5,
    );
    assert.equal(await metricValue(s.reg, "thanos_store_bucket_cache_operation_hits_total", l), 2);
  } finally {
    await s.cleanup();
  }
});

test("caching: get of meta files caches content and absence; big content is not cached", async () => {
  const s = await setup();
  try {
    const meta = `t/${BLOCK}/meta.json`;
    const mark = `t/${BLOCK}/deletion-mark.json`;
    await s.faulty.inner.upload(meta, Buffer.from('{"ulid":"x"}'));
    assert.equal((await s.bucket.get(meta)).toString(), '{"ulid":"x"}');
    assert.equal((await s.bucket.get(meta)).toString(), '{"ulid":"x"}');
    assert.equal((await readAll(await s.bucket.getStream(meta))).toString(), '{"ulid":"x"}');
    assert.equal(s.faulty.count("get"), 1);
    assert.equal(await s.bucket.exists(meta), true, "get also caches existence");
    assert.equal(s.faulty.count("exists"), 0);

    await assert.rejects(s.bucket.get(mark), (e) => s.bucket.isObjNotFoundErr(e));
    await assert.rejects(s.bucket.get(mark), (e) => s.bucket.isObjNotFoundErr(e));
    assert.equal(s.faulty.count("get"), 2, "absence is cached");

    const big = `t/${BLOCK}/deletion-mark.json`;
    await s.bucket.upload(big, Buffer.alloc(s.cfg.metafile_max_size_bytes + 1, 32));
    await s.bucket.get(big);
    await s.bucket.get(big);
    assert.equal(s.faulty.count("get"), 4, "content over metafile_max_size_bytes is not cached");
  } finally {
    await s.cleanup();
  }
});

test("caching: bucket index content is cached, its absence is not", async () => {
  const s = await setup();
  try {
    const idx = "t/bucket-index.json.gz";
    await assert.rejects(s.bucket.get(idx));
    await assert.rejects(s.bucket.get(idx));
    assert.equal(s.faulty.count("get"), 2);
    await s.faulty.inner.upload(idx, Buffer.from("gz"));
    assert.equal((await s.bucket.get(idx)).toString(), "gz");
    assert.equal((await s.bucket.get(idx)).toString(), "gz");
    assert.equal(s.faulty.count("get"), 3);
  } finally {
    await s.cleanup();
  }
});

test("caching: attributes of meta files and block indexes", async () => {
  const s = await setup();
  try {
    await s.bucket.upload(`t/${BLOCK}/index`, Buffer.alloc(100));
    await s.bucket.upload(`t/${BLOCK}/chunks/000001`, Buffer.alloc(10));
    const a1 = await s.bucket.attributes(`t/${BLOCK}/index`);
    const a2 = await s.bucket.attributes(`t/${BLOCK}/index`);
    assert.equal(a2.size, 100);
    assert.equal(a2.lastModified.getTime(), a1.lastModified.getTime());
    await s.bucket.attributes(`t/${BLOCK}/chunks/000001`);
    await s.bucket.attributes(`t/${BLOCK}/chunks/000001`);
    assert.equal(s.faulty.count("attributes"), 3);
  } finally {
    await s.cleanup();
  }
});

test("caching: listings of tenants, tenant blocks and chunks are cached until their TTL", async () => {
  let now = 1_000_000;
  const s = await setup(() => now);
  try {
    await s.bucket.upload(`t1/${BLOCK}/meta.json`, Buffer.from("{}"));
    await s.bucket.upload(`t1/${BLOCK}/chunks/000001`, Buffer.from("c"));
    assert.deepEqual(await listAll(s.bucket, ""), ["t1/"]);
    assert.deepEqual(await listAll(s.bucket, "t1"), [`t1/${BLOCK}/`]);
    assert.deepEqual(await listAll(s.bucket, `t1/${BLOCK}/chunks`), [`t1/${BLOCK}/chunks/000001`]);
    assert.equal(s.faulty.count("iter"), 3);
    await s.faulty.inner.upload("t2/x", Buffer.from("x"));
    assert.deepEqual(await listAll(s.bucket, ""), ["t1/"], "served from cache");
    assert.deepEqual(await listAll(s.bucket, "t1/"), [`t1/${BLOCK}/`]);
    assert.equal(s.faulty.count("iter"), 3);
    // Recursive listings are cached under their own key.
    assert.deepEqual(await listAll(s.bucket, "", { recursive: true }), [
      `t1/${BLOCK}/chunks/000001`,
      `t1/${BLOCK}/meta.json`,
      "t2/x",
    ]);
    assert.equal(s.faulty.count("iter"), 4);
    // Block directories are not cached.
    await listAll(s.bucket, `t1/${BLOCK}`);
    await listAll(s.bucket, `t1/${BLOCK}`);
    assert.equal(s.faulty.count("iter"), 6);
    now += s.cfg.tenants_list_ttl;
    assert.deepEqual(await listAll(s.bucket, ""), ["t1/", "t2/"], "expired after tenants_list_ttl");
  } finally {
    await s.cleanup();
  }
});

test("caching: a failing cache is a miss, never an error", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-broken-"));
  try {
    const broken: Cache = {
      name: () => "broken",
      get: async () => {
        throw new Error("down");
      },
      getMulti: async () => {
        throw new Error("down");
      },
      set: async () => {},
      setMulti: async () => {},
      delete: async () => {
        throw new Error("down");
      },
      stop: async () => {},
    };
    const b = new CachingBucket(
      new FilesystemBucket({ dir }),
      metadataCachingRules(broken, defaultsOf(metadataCacheConfigBlock())),
    );
    await b.upload(`t/${BLOCK}/meta.json`, Buffer.from("{}"));
    assert.equal((await b.get(`t/${BLOCK}/meta.json`)).toString(), "{}");
    assert.equal(await b.exists(`t/${BLOCK}/meta.json`), true);
    assert.deepEqual(await listAll(b, ""), ["t/"]);
    await b.delete(`t/${BLOCK}/meta.json`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("caching: chunk getRange by subranges returns the right bytes and serves repeats from cache", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-range-"));
  try {
    const faulty = new FaultyBucket(new FilesystemBucket({ dir }));
    const chunks = new InMemoryCache({ name: "chunks-cache" });
    const meta = new InMemoryCache({ name: "metadata-cache" });
    const cfg = defaultsOf(chunksCacheConfigBlock());
    assert.equal(cfg.max_get_range_requests, 3);
    const rules = addChunksCachingRules(new CachingRules(), chunks, meta, cfg);
    const b = new CachingBucket(faulty, rules);
    const name = `t/${BLOCK}/chunks/000001`;
    const data = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251));
    await faulty.inner.upload(name, data);

    assert.ok((await b.getRange(name, 100, 50)).equals(data.subarray(100, 150)));
    assert.equal(faulty.count("getRange"), 1);
    assert.ok((await b.getRange(name, 120, 10)).equals(data.subarray(120, 130)));
    assert.equal(faulty.count("getRange"), 1, "served from the cached subrange");
    assert.equal(faulty.count("attributes"), 1, "object size cached");

    // A range spanning cached and uncached subranges, to the end of the object.
    assert.ok((await b.getRange(name, 15_000, -1)).equals(data.subarray(15_000)));
    assert.ok((await b.getRange(name, 0, 100_000)).equals(data));
    assert.ok((await b.getRange(name, 99_990, 1000)).equals(data.subarray(99_990)));
    assert.equal((await b.getRange(name, 100_000, 10)).length, 0);
    const before = faulty.count("getRange");
    assert.ok((await b.getRange(name, 0, 100_000)).equals(data));
    assert.equal(faulty.count("getRange"), before, "everything is cached now");

    // Non-chunk files pass through.
    await faulty.inner.upload(`t/${BLOCK}/index`, data);
    await b.getRange(`t/${BLOCK}/index`, 0, 10);
    await b.getRange(`t/${BLOCK}/index`, 0, 10);
    assert.equal(faulty.count("getRange"), before + 2);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("caching: chunk getRange makes at most max_get_range_requests bucket requests", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-range2-"));
  try {
    const faulty = new FaultyBucket(new FilesystemBucket({ dir }));
    const chunks = new InMemoryCache({ name: "chunks-cache" });
    const b = new CachingBucket(
      faulty,
      addChunksCachingRules(
        new CachingRules(),
        chunks,
        chunks,
        defaultsOf(chunksCacheConfigBlock()),
      ),
    );
    const name = `t/${BLOCK}/chunks/000002`;
    const data = Buffer.from(Array.from({ length: 16000 * 12 }, (_, i) => i % 256));
    await faulty.inner.upload(name, data);
    // Cache every other subrange, leaving 6 holes.
    for (let i = 0; i < 12; i += 2) await b.getRange(name, i * 16000, 1);
    const before = faulty.count("getRange");
    assert.ok((await b.getRange(name, 0, data.length)).equals(data));
    assert.equal(faulty.count("getRange") - before, 3);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("caching: chunk getRange equals the bucket's bytes for random ranges", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-range3-"));
  try {
    const inner = new FilesystemBucket({ dir });
    const cache = new InMemoryCache({ name: "chunks-cache" });
    const b = new CachingBucket(
      inner,
      addChunksCachingRules(new CachingRules(), cache, cache, {
        ...defaultsOf(chunksCacheConfigBlock()),
        max_get_range_requests: 2,
      }),
    );
    const name = `t/${BLOCK}/chunks/000003`;
    const data = Buffer.from(Array.from({ length: 70_001 }, (_, i) => (i * 31) % 256));
    await inner.upload(name, data);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 72_000 }),
        fc.integer({ min: -1, max: 40_000 }),
        async (off, len) => {
          const got = await b.getRange(name, off, len);
          const end = len < 0 ? data.length : Math.min(data.length, off + len);
          assert.ok(
            got.equals(off >= end ? Buffer.alloc(0) : data.subarray(off, end)),
            `off=${off} len=${len}`,
          );
        },
      ),
      { numRuns: 150 },
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("createBlocksCachingBucket: no cache configured returns the bucket; inmemory caches wrap it", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-caching-factory-"));
  try {
    const inner = new FaultyBucket(new FilesystemBucket({ dir }));
    const none = await createBlocksCachingBucket(inner, {
      metadata: defaultsOf(metadataCacheConfigBlock()),
      chunks: defaultsOf(chunksCacheConfigBlock()),
    });
    assert.equal(none.bucket, inner);

    const metadata = { ...defaultsOf(metadataCacheConfigBlock()), backend: "inmemory" as const };
    const chunks = { ...defaultsOf(chunksCacheConfigBlock()), backend: "inmemory" as const };
    const reg = new Registry();
    const { bucket, stop } = await createBlocksCachingBucket(inner, {
      metadata,
      chunks,
      registry: reg,
      component: "store-gateway",
    });
    assert.ok(bucket instanceof CachingBucket);
    await bucket.upload(`t/${BLOCK}/meta.json`, Buffer.from("{}"));
    await bucket.upload(`t/${BLOCK}/chunks/000001`, Buffer.alloc(50_000, 1));
    await bucket.get(`t/${BLOCK}/meta.json`);
    await bucket.get(`t/${BLOCK}/meta.json`);
    await bucket.getRange(`t/${BLOCK}/chunks/000001`, 10, 10);
    await bucket.getRange(`t/${BLOCK}/chunks/000001`, 12, 5);
    assert.equal(inner.count("get"), 1);
    assert.equal(inner.count("getRange"), 1);
    assert.equal(
      (await metricValue(reg, "thanos_cache_requests_total", {
        name: "metadata-cache",
        backend: "inmemory",
      })) > 0,
      true,
    );
    assert.equal(
      await metricValue(reg, "cortex_cache_memory_hits_total", { name: "chunks-attributes-cache" }),
      1,
    );
    await stop();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("iter list codec: snappy JSON (Mimir) and plain JSON (Thanos) both decode", () => {
  const enc = encodeIterList(["t1/", "t2/"]);
  assert.notEqual(enc.toString(), '["t1/","t2/"]');
  assert.deepEqual(decodeIterList(enc), ["t1/", "t2/"]);
  assert.deepEqual(decodeIterList(Buffer.from('["a","b/"]')), ["a", "b/"]);
  assert.equal(decodeIterList(Buffer.from("garbage")), undefined);
  assert.equal(decodeIterList(Buffer.from("[1,2]")), undefined);
});
