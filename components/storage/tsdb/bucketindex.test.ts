import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { Registry } from "prom-client";
import type { Bucket } from "../bucket/bucket.ts";
import {
  BucketIndexLoader,
  BucketIndexNotFoundError,
  BucketIndexTooOldError,
  blocksWithin,
  readBucketIndex,
  updateBucketIndex,
  writeBucketIndex,
} from "./bucketindex.ts";
import {
  BUCKET_INDEX_FILENAME,
  globalDeletionMarkPath,
  listTenants,
  userBucket,
} from "./layout.ts";
import {
  deleteBlock,
  listDeletionMarks,
  markForDeletion,
  markForNoCompact,
  readDeletionMark,
  readTenantDeletionMark,
  writeTenantDeletionMark,
} from "./markers.ts";
import { fsBucket, tempDir, uploadMetaBlock } from "./testing/bucket.ts";

describe("markers and bucket index", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
  });
  after(() => cleanup());

  it("writes deletion marks in the block and under markers/, and deletes blocks", async () => {
    const m = await uploadMetaBlock(bkt, "t1", { minTime: 1000, maxTime: 1001 });
    const ubkt = userBucket(bkt, "t1");
    assert.equal(await markForDeletion(ubkt, m.ulid, "test", 5_000_000), true);
    assert.equal(await markForDeletion(ubkt, m.ulid, "again", 9_000_000), false);
    const mark = await readDeletionMark(ubkt, m.ulid);
    assert.deepEqual(mark, { id: m.ulid, version: 1, details: "test", deletion_time: 5000 });
    assert.ok(await ubkt.exists(globalDeletionMarkPath(m.ulid)));
    assert.equal((await listDeletionMarks(ubkt)).get(m.ulid)?.deletion_time, 5000);
    await markForNoCompact(ubkt, m.ulid, "manual", "", 1000);
    await deleteBlock(ubkt, m.ulid);
    const left: string[] = [];
    await ubkt.iter(
      "",
      (n) => {
        left.push(n);
      },
      { recursive: true },
    );
    assert.deepEqual(left, []);
  });

  it("builds, writes and reads the bucket index", async () => {
    const a = await uploadMetaBlock(bkt, "t2", {
      minTime: 0,
      maxTime: 7_200_000,
      labels: { __compactor_shard_id__: "1_of_2" },
      source: "compactor",
      compaction: { level: 2, sources: ["01ARZ3NDEKTSV4RRFFQ69G5FAV"] },
    });
    const b = await uploadMetaBlock(bkt, "t2", { minTime: 7_200_000, maxTime: 7_200_001 });
    const ubkt = userBucket(bkt, "t2");
    // A partial block (no meta.json).
    await ubkt.upload("01BX5ZZKBKACTAV9WEVGEMMVRZ/index", Buffer.from("x"));
    await markForDeletion(ubkt, b.ulid, "", 42_000);
    const res = await updateBucketIndex(bkt, "t2", undefined, 100_000);
    assert.deepEqual(
      res.index.blocks.map((x) => x.block_id),
      [a.ulid, b.ulid],
    );
    assert.deepEqual([...res.partials.keys()], ["01BX5ZZKBKACTAV9WEVGEMMVRZ"]);
    assert.deepEqual(res.index.block_deletion_marks, [{ block_id: b.ulid, deletion_time: 42 }]);
    const ba = res.index.blocks[0];
    assert.equal(ba.compactor_shard_id, "1_of_2");
    assert.equal(ba.source, "compactor");
    assert.equal(ba.compaction_level, 2);
    assert.equal(ba.segments_format, "1b6d");
    assert.equal(ba.segments_num, 1);
    assert.equal(ba.min_time, 0);
    assert.equal(ba.max_time, 7_200_000);
    assert.equal(res.index.updated_at, 100);
    await writeBucketIndex(bkt, "t2", res.index);
    const raw = JSON.parse(gunzipSync(await ubkt.get(BUCKET_INDEX_FILENAME)).toString());
    assert.deepEqual(Object.keys(raw), ["version", "blocks", "block_deletion_marks", "updated_at"]);
    assert.equal(raw.version, 2);
    assert.deepEqual(await readBucketIndex(bkt, "t2"), res.index);
    assert.deepEqual(
      blocksWithin(res.index, 7_200_000, 8_000_000).map((x) => x.block_id),
      [b.ulid],
    );
    assert.deepEqual(
      blocksWithin(res.index, 0, 0).map((x) => x.block_id),
      [a.ulid],
    );
    assert.ok((await listTenants(bkt)).includes("t2"));
  });

  it("loader caches, refreshes after the interval and reports not found", async () => {
    let now = 1_000_000;
    const reg = new Registry();
    const loader = new BucketIndexLoader(bkt, {
      clock: () => now,
      registry: reg,
      updateOnStaleInterval: 60_000,
    });
    await assert.rejects(loader.getIndex("nobody"), BucketIndexNotFoundError);
    const i1 = await loader.getIndex("t2");
    await writeBucketIndex(bkt, "t2", { ...i1, updated_at: 999 });
    assert.equal((await loader.getIndex("t2")).updated_at, i1.updated_at);
    now += 61_000;
    assert.equal((await loader.getIndex("t2")).updated_at, 999);
    const loads = (await reg.getSingleMetric("cortex_bucket_index_loads_total")!.get()).values[0]
      .value;
    assert.equal(loads, 3);
  });

  it("formats Mimir's too-old error", () => {
    assert.equal(
      new BucketIndexTooOldError(1_000_000_000, 3_600_000).message,
      "the bucket index is too old. It was last updated at 2001-09-09T01:46:40Z, which exceeds the maximum allowed staleness period of 1h0m0s (err-mimir-bucket-index-too-old)",
    );
  });

  it("tenant deletion mark round-trips", async () => {
    const ubkt = userBucket(bkt, "t3");
    assert.equal(await readTenantDeletionMark(ubkt), undefined);
    await writeTenantDeletionMark(ubkt, { deletion_time: 10 });
    assert.deepEqual(await readTenantDeletionMark(ubkt), { deletion_time: 10 });
  });
});
