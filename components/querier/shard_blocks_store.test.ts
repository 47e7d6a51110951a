/**
 * The blocks store path of query sharding: the querier's BlocksStoreQueryable sends the shard to
 * the store-gateway as the `__query_shard__` matcher and gets back only the shard's series.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Registry } from "prom-client";
import { labelsKey } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { SHARD_LABEL, shardOf } from "../model/query_shard.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import {
  BucketIndexLoader,
  updateBucketIndex,
  writeBucketIndex,
} from "../storage/tsdb/bucketindex.ts";
import { defaultBucketStoreConfig } from "../storegateway/bucketstore_config.ts";
import {
  type SeriesRequest,
  StoreGateway,
  type StoreGatewayClient,
} from "../storegateway/storegateway.ts";
import { fsBucket, makeAndUploadBlock, tempDir } from "../tsdb/testing/blocks.ts";
import { nopLogger } from "../util/log.ts";
import { BlocksStoreQueryable, SingleStoreGatewaySelector } from "./blocks_store_queryable.ts";
import { ShardingQueryable } from "./shard_queryable.ts";

const H = 3_600_000;
const SERIES = 100;

describe("query sharding through the blocks store queryable", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  let sg: StoreGateway;
  const day0 = 100 * 24 * H;
  const now = day0 + 24 * H;
  const requests: SeriesRequest[] = [];
  let sent = 0;

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    const series = [];
    for (let i = 0; i < SERIES; i++)
      series.push({
        labels: { __name__: "up", i: String(i) },
        samples: [[day0 + i * 1000, i] as [number, number]],
      });
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, series);
    await writeBucketIndex(bkt, "t", (await updateBucketIndex(bkt, "t", undefined, now)).index);
    sg = new StoreGateway(
      { bucket_store: { ...defaultBucketStoreConfig(`${dir}/sync`), ignore_blocks_within: 0 } },
      { logger: nopLogger(), registry: new Registry(), bucket: bkt, clock: () => now },
    );
    await sg.startAsync();
  });
  after(async () => {
    await sg.stopAsync();
    await cleanup();
  });

  function queryable(): ShardingQueryable {
    const recording: StoreGatewayClient = {
      series: async (req) => {
        requests.push(req);
        const res = await sg.series(req);
        sent += res.series.length;
        return res;
      },
      labelNames: (req) => sg.labelNames(req),
      labelValues: (req) => sg.labelValues(req),
    };
    return new ShardingQueryable(
      new BlocksStoreQueryable(
        { queryStoreAfter: 12 * H, maxStalePeriod: H * 100, ignoreDeletionMarksDelay: H },
        {
          loader: new BucketIndexLoader(bkt, { clock: () => now }),
          stores: new SingleStoreGatewaySelector(recording),
          registry: new Registry(),
          logger: nopLogger(),
          clock: () => now,
        },
      ),
    );
  }

  it("asks the store-gateway for the shard's series only", async () => {
    const q = await queryable().querier("t", day0 - H, day0 + H);
    const hints = { start: day0 - H, end: day0 + H };
    const all = await q.select(true, hints, [newMatcher("=", "__name__", "up")]);
    assert.equal(all.length, SERIES);
    const union: string[] = [];
    for (let i = 1; i <= 4; i++) {
      requests.length = 0;
      sent = 0;
      const got = await q.select(true, hints, [
        newMatcher("=", "__name__", "up"),
        newMatcher("=", SHARD_LABEL, `${i}_of_4`),
      ]);
      assert.equal(requests.length, 1);
      assert.deepEqual(
        requests[0].matchers.find((m) => m.name === SHARD_LABEL)?.value,
        `${i}_of_4`,
        "the shard travels to the store-gateway as a matcher",
      );
      const expected = all.filter((s) => shardOf(s.labels, 4) === i - 1).length;
      assert.ok(expected > 0 && expected < SERIES);
      assert.equal(sent, expected, "the store-gateway returned only the shard's series");
      assert.equal(got.length, expected);
      union.push(...got.map((s) => labelsKey(s.labels)));
    }
    assert.equal(new Set(union).size, SERIES);
    assert.deepEqual(union.sort(), all.map((s) => labelsKey(s.labels)).sort());
  });
});
