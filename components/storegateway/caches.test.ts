import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { Registry } from "prom-client";
import { bucketStoreBlock } from "./config.ts";
import { metricValue } from "../util/metrics.ts";
import {
  type MemcachedServer,
  SKIP_NO_MEMCACHED,
  startMemcached,
} from "../cache/testing/memcached_server.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { labelsToObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { updateBucketIndex, writeBucketIndex } from "../storage/tsdb/bucketindex.ts";
import { fsBucket, makeAndUploadBlock, type TestSeries, tempDir } from "../tsdb/testing/blocks.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { nopLogger } from "../util/log.ts";
import { type BucketStoreCachesConfig, createBlocksStorageCaches } from "./caches.ts";
import { decodePostings, encodePostings, matchersKey } from "./indexcache.ts";
import { type SeriesRequest, type SeriesResponse, StoreGateway } from "./storegateway.ts";

/** Counts range reads and gets reaching the underlying bucket. */
function countingBucket(inner: Bucket): {
  bkt: Bucket;
  rangeGets: () => number;
  gets: () => number;
} {
  let r = 0;
  let g = 0;
  const bkt = Object.create(inner) as Bucket;
  bkt.getRange = async (name: string, off: number, len: number) => {
    r++;
    return inner.getRange(name, off, len);
  };
  bkt.get = async (name: string) => {
    g++;
    return inner.get(name);
  };
  return { bkt, rangeGets: () => r, gets: () => g };
}

type Backend = "memcached" | "inmemory";

function cachesConfig(backend: Backend, address = ""): BucketStoreCachesConfig {
  const bs = defaultsOf(bucketStoreBlock);
  for (const c of [bs.index_cache, bs.chunks_cache, bs.metadata_cache]) {
    c.backend = backend;
    c.memcached.addresses = address ? [address] : [];
    c.memcached.timeout = 2000;
    c.inmemory.max_size_bytes = 64 * 1024 * 1024;
  }
  return {
    index_cache: bs.index_cache,
    chunks_cache: bs.chunks_cache,
    metadata_cache: bs.metadata_cache,
  };
}

/**
 * Waits until every memcached set started has finished (succeeded or failed): the caches write
 * asynchronously, and a request must not race the writes of the one before it.
 */
async function memcachedSetsSettled(reg: Registry): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const started = await metricValue(reg, "thanos_memcached_operations_total", {
      operation: "set",
    });
    const done =
      (await metricValue(
        reg,
        "thanos_memcached_operation_duration_seconds",
        { operation: "set" },
        "thanos_memcached_operation_duration_seconds_count",
      )) +
      (await metricValue(reg, "thanos_memcached_operation_failures_total", { operation: "set" }));
    if (started === done) return;
    await sleep(10);
  }
  throw new Error("memcached sets did not settle");
}

function series(blockNo: number): TestSeries[] {
  const out: TestSeries[] = [];
  for (let i = 0; i < 40; i++) {
    const samples: [number, number][] = [];
    // 300 samples at 15s: three chunks per series.
    for (let k = 0; k < 300; k++)
      samples.push([blockNo * 300 * 15_000 + k * 15_000, i * 1000 + k + Math.sin(k) * 0.5]);
    out.push({
      labels: {
        __name__: i % 2 === 0 ? "node_cpu_seconds_total" : "node_memory_free_bytes",
        instance: `host-${i}`,
        job: "node",
      },
      samples,
    });
  }
  return out;
}

/** The series with their chunk bytes in hex (for comparing two responses). */
function comparable(r: SeriesResponse): unknown {
  return {
    blocks: [...r.queriedBlocks].sort(),
    series: r.series.map((s) => ({
      labels: labelsToObject(s.labels),
      chunks: s.chunks.map((c) => [
        c.mint,
        c.maxt,
        c.encoding,
        Buffer.from(c.data).toString("hex"),
      ]),
    })),
  };
}

describe("store-gateway caches", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  const ids: string[] = [];
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    for (let b = 0; b < 2; b++)
      ids.push((await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, series(b))).ulid);
    await writeBucketIndex(
      bkt,
      "t",
      (await updateBucketIndex(bkt, "t", undefined, Date.now())).index,
    );
  });
  after(() => cleanup());

  const request = (): SeriesRequest => ({
    tenant: "t",
    blockIDs: ids,
    mint: 0,
    maxt: 2 * 300 * 15_000,
    matchers: [
      newMatcher("=", "__name__", "node_cpu_seconds_total"),
      newMatcher("=~", "instance", "host-(1|2|3).*"),
    ],
  });

  /** Runs the same request twice on a store-gateway over fresh caches; returns metric deltas. */
  async function twice(
    backend: Backend,
    address: string,
    syncDir: string,
    settle: (reg: Registry) => Promise<void>,
  ) {
    const reg = new Registry();
    const c = countingBucket(bkt);
    const caches = await createBlocksStorageCaches(c.bkt, cachesConfig(backend, address), {
      registry: reg,
      component: "store-gateway",
    });
    assert.ok(caches.indexCache, "index cache configured");
    assert.notEqual(caches.bucket, c.bkt, "bucket wrapped with the caching bucket");
    const sg = new StoreGateway(
      { bucket_store: { sync_dir: `${dir}/${syncDir}`, ignore_blocks_within: 0 } },
      { logger: nopLogger(), registry: reg, bucket: caches.bucket, indexCache: caches.indexCache },
    );
    try {
      await sg.startAsync();
      const snapshot = async () => ({
        indexHits: await metricValue(reg, "thanos_store_index_cache_hits_total", {
          item_type: "ExpandedPostings",
        }),
        chunksOpHits: await metricValue(reg, "thanos_store_bucket_cache_operation_hits_total", {
          component: "store-gateway",
          operation: "get_range",
          config: "chunks",
        }),
        chunksCacheHits: await metricValue(reg, "thanos_cache_hits_total", {
          name: "chunks-cache",
          backend,
        }),
        indexCacheHits: await metricValue(reg, "thanos_cache_hits_total", {
          name: "index-cache",
          backend,
        }),
        bucketRangeGets: c.rangeGets(),
      });
      const first = await sg.series(request());
      await settle(reg);
      const s1 = await snapshot();
      const second = await sg.series(request());
      const s2 = await snapshot();
      // The bucket index is read through the metadata cache on the next sync.
      await settle(reg);
      const getsBefore = c.gets();
      await sg.syncBlocks();
      const bucketIndexHits = await metricValue(
        reg,
        "thanos_store_bucket_cache_operation_hits_total",
        { operation: "get", config: "bucket-index" },
      );
      return { first, second, s1, s2, bucketIndexHits, bucketIndexFetched: c.gets() - getsBefore };
    } finally {
      await sg.stopAsync();
      await caches.stop();
    }
  }

  function check(r: Awaited<ReturnType<typeof twice>>): void {
    assert.equal(r.first.series.length, 16, "host-2 and the even host-1x, host-2x, host-3x");
    assert.ok(r.first.series.every((s) => s.chunks.length === 6));
    assert.deepEqual(comparable(r.second), comparable(r.first));
    assert.ok(r.s1.bucketRangeGets > 0);
    assert.equal(
      r.s2.bucketRangeGets,
      r.s1.bucketRangeGets,
      "second request reads no chunks from the bucket",
    );
    assert.ok(
      r.s2.indexHits > r.s1.indexHits,
      `index cache hits ${r.s1.indexHits} -> ${r.s2.indexHits}`,
    );
    assert.equal(r.s2.indexHits - r.s1.indexHits, 2, "one expanded postings hit per block");
    assert.ok(
      r.s2.chunksOpHits > r.s1.chunksOpHits,
      `chunks get_range hits ${r.s1.chunksOpHits} -> ${r.s2.chunksOpHits}`,
    );
    assert.ok(
      r.s2.chunksCacheHits > r.s1.chunksCacheHits,
      `chunks-cache hits ${r.s1.chunksCacheHits} -> ${r.s2.chunksCacheHits}`,
    );
    assert.ok(
      r.s2.indexCacheHits > r.s1.indexCacheHits,
      `index-cache hits ${r.s1.indexCacheHits} -> ${r.s2.indexCacheHits}`,
    );
    assert.ok(r.bucketIndexHits >= 1, "bucket index served from the metadata cache");
    assert.equal(r.bucketIndexFetched, 0, "no get reached the bucket on the second sync");
  }

  describe("with a real memcached", { skip: SKIP_NO_MEMCACHED }, () => {
    let mc: MemcachedServer;
    before(async () => {
      mc = await startMemcached();
    });
    after(() => mc?.stop());

    it("serves the second identical series request from memcached (index, chunks, metadata)", async () => {
      check(await twice("memcached", mc.address, "sync-memcached", memcachedSetsSettled));
    });
  });

  it("serves the second identical series request from the in-memory caches", async () => {
    check(await twice("inmemory", "", "sync-inmemory", async () => {}));
  });

  it("querier component: metadata cache only", async () => {
    const reg = new Registry();
    const caches = await createBlocksStorageCaches(bkt, cachesConfig("inmemory"), {
      registry: reg,
      component: "querier",
    });
    try {
      assert.equal(caches.indexCache, undefined);
      assert.notEqual(caches.bucket, bkt);
      assert.ok((await caches.bucket.get(`t/${ids[0]}/meta.json`)).length > 0);
      assert.ok((await caches.bucket.get(`t/${ids[0]}/meta.json`)).length > 0);
      assert.equal(
        await metricValue(reg, "thanos_store_bucket_cache_operation_hits_total", {
          component: "querier",
          operation: "get",
          config: "metafile",
        }),
        1,
      );
      assert.equal(reg.getSingleMetric("thanos_cache_hits_total") !== undefined, true);
      assert.equal(
        await metricValue(reg, "thanos_cache_requests_total", { name: "chunks-cache" }),
        0,
      );
    } finally {
      await caches.stop();
    }
  });

  it("no backend configured: the bucket is returned as is", async () => {
    const bs = defaultsOf(bucketStoreBlock);
    assert.equal(
      bs.index_cache.backend,
      "inmemory",
      "the index cache defaults to in-memory, as in Mimir",
    );
    bs.index_cache.backend = "";
    const caches = await createBlocksStorageCaches(bkt, bs, {
      registry: new Registry(),
      component: "store-gateway",
    });
    assert.equal(caches.bucket, bkt);
    assert.equal(caches.indexCache, undefined);
    await caches.stop();
  });
});

describe("index cache encoding", () => {
  it("round-trips postings and rejects garbage", () => {
    for (const p of [[], [0], [1, 2, 3], [5, 1000, 70_000, 0xfffffff0]]) {
      assert.deepEqual([...decodePostings(encodePostings(Uint32Array.from(p)))!], p);
    }
    assert.equal(decodePostings(Buffer.from([3, 1])), undefined);
    assert.equal(
      decodePostings(Buffer.from([2, 1, 0])),
      undefined,
      "postings must be strictly increasing",
    );
    assert.equal(decodePostings(Buffer.from([1, 1, 9])), undefined, "trailing bytes");
  });

  it("matchersKey ignores matcher order", () => {
    const a = newMatcher("=", "a", "1");
    const b = newMatcher("=~", "b", "x.*");
    assert.equal(matchersKey([a, b]), matchersKey([b, a]));
    assert.notEqual(matchersKey([a]), matchersKey([a, b]));
  });
});
