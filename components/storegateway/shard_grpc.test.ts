/**
 * Query sharding in the store-gateway's Series: the `__query_shard__` matcher travels in the
 * request and the store-gateway sends only the shard's series (counted as they come off the
 * wire: RemoteStoreGateway.series returns the streamed series unfiltered), with their chunks.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { Registry } from "prom-client";
import { labelsKey } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { SHARD_LABEL, shardOf } from "../model/query_shard.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { updateBucketIndex, writeBucketIndex } from "../storage/tsdb/bucketindex.ts";
import { fsBucket, makeAndUploadBlock, tempDir } from "../tsdb/testing/blocks.ts";
import { nopLogger } from "../util/log.ts";
import { defaultBucketStoreConfig } from "./bucketstore_config.ts";
import { addStoreGatewayService, RemoteStoreGateway } from "./grpc.ts";
import { StoreGateway } from "./storegateway.ts";

const SERIES = 300;

describe("query sharding over the store-gateway's Series", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  let sg: StoreGateway;
  let server: grpc.Server;
  let remote: RemoteStoreGateway;
  let channel: grpc.Channel;
  const ids: string[] = [];

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    // Two blocks holding the same series at different times.
    for (let b = 0; b < 2; b++) {
      const series = [];
      for (let i = 0; i < SERIES; i++)
        series.push({
          labels: { __name__: "m", i: String(i) },
          samples: [[b * 1000, i] as [number, number]],
        });
      ids.push((await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, series)).ulid);
    }
    await writeBucketIndex(
      bkt,
      "t",
      (await updateBucketIndex(bkt, "t", undefined, Date.now())).index,
    );
    sg = new StoreGateway(
      { bucket_store: { ...defaultBucketStoreConfig(`${dir}/sync`), ignore_blocks_within: 0 } },
      { logger: nopLogger(), registry: new Registry(), bucket: bkt },
    );
    await sg.startAsync();
    server = new grpc.Server();
    addStoreGatewayService(server, sg);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) =>
        e ? reject(e) : resolve(p),
      ),
    );
    channel = new grpc.Channel(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {});
    remote = new RemoteStoreGateway(`127.0.0.1:${port}`, channel, { timeout: 10_000 });
  });
  after(async () => {
    channel.close();
    server.forceShutdown();
    await sg.stopAsync();
    await cleanup();
  });

  const request = (shard?: string) => ({
    tenant: "t",
    blockIDs: ids,
    mint: 0,
    maxt: 10_000,
    matchers: [
      newMatcher("=", "__name__", "m"),
      ...(shard === undefined ? [] : [newMatcher("=", SHARD_LABEL, shard)]),
    ],
  });

  it("sends only the shard's series; the shards are disjoint and together the unsharded selection", async () => {
    const all = await remote.series(request());
    assert.equal(all.series.length, SERIES);
    const count = 16;
    const union: string[] = [];
    for (let index = 0; index < count; index++) {
      const wire = await remote.series(request(`${index + 1}_of_${count}`));
      const expected = all.series.filter((s) => shardOf(s.labels, count) === index);
      assert.ok(wire.series.length < SERIES);
      assert.equal(
        wire.series.length,
        expected.length,
        `series on the wire for shard ${index + 1}`,
      );
      assert.deepEqual(wire.series, expected, "same series and chunks as the unsharded answer");
      assert.deepEqual(wire.queriedBlocks.sort(), [...ids].sort());
      union.push(...wire.series.map((s) => labelsKey(s.labels)));
    }
    assert.equal(new Set(union).size, SERIES);
    assert.deepEqual(union.sort(), all.series.map((s) => labelsKey(s.labels)).sort());
  });

  it("the in-process store-gateway filters the same way", async () => {
    const local = await sg.series(request("2_of_5"));
    const wire = await remote.series(request("2_of_5"));
    assert.ok(local.series.length > 0);
    assert.deepEqual(
      local.series.map((s) => labelsKey(s.labels)),
      wire.series.map((s) => labelsKey(s.labels)),
    );
    for (const s of local.series) assert.equal(shardOf(s.labels, 5), 1);
  });

  it("answers a malformed shard with Mimir's error and keeps serving", async () => {
    await assert.rejects(remote.series(request("6_of_5")), /invalid query sharding label value/);
    assert.equal((await remote.series(request())).series.length, SERIES);
  });
});
