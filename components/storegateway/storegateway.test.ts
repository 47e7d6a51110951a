import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import Fastify from "fastify";
import { Registry } from "prom-client";
import { InMemoryCache } from "../cache/lru.ts";
import { metricValue } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { labelsToObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { ValNone } from "../model/series.ts";
import { updateBucketIndex, writeBucketIndex } from "../storage/tsdb/bucketindex.ts";
import { deleteBlock } from "../storage/tsdb/markers.ts";
import { userBucket } from "../storage/tsdb/layout.ts";
import { fsBucket, makeAndUploadBlock, tempDir } from "../tsdb/testing/blocks.ts";
import { BlockSeriesIterator, defaultChunkDecoder } from "../tsdb/querier.ts";
import { nopLogger } from "../util/log.ts";
import { defaultBucketStoreConfig } from "./bucketstore_config.ts";
import { registerStoreGatewayPages } from "./http.ts";
import { StoreGateway } from "./storegateway.ts";

/** Counts gets of `index` objects and range reads. */
function countingBucket(inner: Bucket): {
  bkt: Bucket;
  indexGets: () => number;
  rangeGets: () => number;
} {
  let n = 0;
  let r = 0;
  const bkt = Object.create(inner) as Bucket;
  bkt.get = async (name: string) => {
    if (name.endsWith("/index")) n++;
    return inner.get(name);
  };
  bkt.getRange = async (name: string, off: number, len: number) => {
    r++;
    return inner.getRange(name, off, len);
  };
  return { bkt, indexGets: () => n, rangeGets: () => r };
}

describe("store-gateway", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  const ids: string[] = [];
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    for (let b = 0; b < 2; b++) {
      const m = await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [
        {
          labels: { __name__: "up", job: "a" },
          samples: [
            [b * 1000, b],
            [b * 1000 + 500, b + 0.5],
          ],
        },
        { labels: { __name__: "up", job: "b" }, samples: [[b * 1000, 10 + b]] },
        { labels: { __name__: "other" }, samples: [[b * 1000, 99]] },
      ]);
      ids.push(m.ulid);
    }
    await writeBucketIndex(
      bkt,
      "t",
      (await updateBucketIndex(bkt, "t", undefined, Date.now())).index,
    );
  });
  after(() => cleanup());

  function newSG(b: Bucket, reg = new Registry(), now = () => Date.now()) {
    const bs = { ...defaultBucketStoreConfig(`${dir}/sync`), ignore_blocks_within: 0 };
    return new StoreGateway(
      { bucket_store: bs },
      { logger: nopLogger(), registry: reg, bucket: b, clock: now },
    );
  }

  it("is ready after the initial sync and answers series for the blocks it holds", async () => {
    let now = Date.now();
    const reg = new Registry();
    const sg = newSG(bkt, reg, () => now);
    assert.ok(sg.readiness());
    await sg.startAsync();
    assert.equal(sg.readiness(), undefined);
    assert.equal(await metricValue(reg, "cortex_bucket_store_blocks_loaded"), 2);
    assert.ok(existsSync(`${dir}/sync/t/${ids[0]}/index`));
    const res = await sg.series({
      tenant: "t",
      blockIDs: [...ids, "01ARZ3NDEKTSV4RRFFQ69G5FAV"],
      mint: 0,
      maxt: 10_000,
      matchers: [newMatcher("=", "__name__", "up")],
    });
    assert.deepEqual([...res.queriedBlocks].sort(), [...ids].sort());
    assert.deepEqual(
      res.series.map((s) => labelsToObject(s.labels).job),
      ["a", "b"],
    );
    const a = res.series[0];
    assert.equal(a.chunks.length, 2);
    const it = new BlockSeriesIterator(a.chunks, defaultChunkDecoder, 0, 10_000);
    const got: number[][] = [];
    while (it.next() !== ValNone) got.push([it.atT(), it.atF()]);
    assert.deepEqual(got, [
      [0, 0],
      [500, 0.5],
      [1000, 1],
      [1500, 1.5],
    ]);
    assert.equal(await metricValue(reg, "cortex_bucket_store_indexheader_lazy_load_total"), 2);
    const names = await sg.labelNames({
      tenant: "t",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [],
    });
    assert.deepEqual(names.names, ["__name__", "job"]);
    const vals = await sg.labelValues({
      tenant: "t",
      blockIDs: [ids[0]],
      mint: 0,
      maxt: 10_000,
      matchers: [],
      name: "__name__",
    });
    assert.deepEqual(vals, { values: ["other", "up"], queriedBlocks: [ids[0]] });
    const app = Fastify();
    registerStoreGatewayPages(app, { storeGateway: sg });
    const page = await app.inject({ method: "GET", url: "/store-gateway/tenant/t/blocks" });
    assert.match(page.body, new RegExp(ids[0]));
    assert.match(
      (await app.inject({ method: "GET", url: "/store-gateway/tenants" })).body,
      /tenant\/t\/blocks/,
    );
    await app.close();
    now += 2 * 3_600_000;
    assert.equal(sg.unloadIdle(), 2);
    await sg.stopAsync();
  });

  it("serves chunks from the chunks cache on repeated queries", async () => {
    const c = countingBucket(bkt);
    const bs = { ...defaultBucketStoreConfig(`${dir}/sync-cache`), ignore_blocks_within: 0 };
    const cache = new InMemoryCache({ name: "chunks-cache" });
    const sg = new StoreGateway(
      { bucket_store: bs },
      { logger: nopLogger(), registry: new Registry(), bucket: c.bkt, chunksCache: cache },
    );
    await sg.startAsync();
    const req = {
      tenant: "t",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [newMatcher("=", "job", "a")],
    };
    const first = await sg.series(req);
    const reads = c.rangeGets();
    assert.ok(reads > 0);
    const second = await sg.series(req);
    assert.equal(c.rangeGets(), reads);
    assert.deepEqual(
      second.series[0].chunks.map((x) => Buffer.from(x.data).toString("hex")),
      first.series[0].chunks.map((x) => Buffer.from(x.data).toString("hex")),
    );
    await sg.stopAsync();
  });

  it("reuses index-headers on disk after a restart and drops deleted blocks", async () => {
    const c = countingBucket(bkt);
    const sg = newSG(c.bkt);
    await sg.startAsync();
    assert.equal(c.indexGets(), 0);
    await deleteBlock(userBucket(bkt, "t"), ids[1]);
    await writeBucketIndex(
      bkt,
      "t",
      (await updateBucketIndex(bkt, "t", undefined, Date.now())).index,
    );
    await sg.syncBlocks();
    assert.deepEqual(
      sg.tenantBlocks("t").map((b) => b.id),
      [ids[0]],
    );
    assert.ok(!existsSync(`${dir}/sync/t/${ids[1]}`));
    const res = await sg.series({
      tenant: "t",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [],
      skipChunks: true,
    });
    assert.deepEqual(res.queriedBlocks, [ids[0]]);
    assert.equal(res.series.length, 3);
    assert.equal(res.series[0].chunks.length, 0);
    await sg.stopAsync();
  });
});
