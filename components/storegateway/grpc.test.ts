import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { Registry } from "prom-client";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { newMatcher } from "../model/matcher.ts";
import { updateBucketIndex, writeBucketIndex } from "../storage/tsdb/bucketindex.ts";
import { fsBucket, makeAndUploadBlock, tempDir } from "../tsdb/testing/blocks.ts";
import { nopLogger } from "../util/log.ts";
import { defaultBucketStoreConfig } from "./bucketstore_config.ts";
import { addStoreGatewayService, RemoteStoreGateway } from "./grpc.ts";
import { StoreGateway } from "./storegateway.ts";

describe("store-gateway over gRPC", () => {
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
    for (let b = 0; b < 2; b++) {
      const series = [];
      // 600 series so the stream needs several label and chunk batches.
      for (let i = 0; i < 600; i++)
        series.push({
          labels: { __name__: "m", i: String(i).padStart(4, "0") },
          samples: [
            [b * 1000, i] as [number, number],
            [b * 1000 + 500, i + 0.5] as [number, number],
          ],
        });
      series.push({
        labels: { __name__: "other", job: `j${b}` },
        samples: [[b * 1000, 99] as [number, number]],
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

  it("returns the same series, chunks and queried blocks as the local store-gateway", async () => {
    const req = {
      tenant: "t",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [newMatcher("=~", "__name__", "m|other")],
    };
    const local = await sg.series(req);
    const viaGrpc = await remote.series(req);
    assert.equal(viaGrpc.series.length, 602);
    assert.deepEqual(viaGrpc.queriedBlocks.sort(), local.queriedBlocks.sort());
    assert.deepEqual(
      viaGrpc.series.map((s) => ({
        labels: s.labels,
        chunks: s.chunks.map((c) => ({ ...c, data: Buffer.from(c.data).toString("hex") })),
      })),
      local.series.map((s) => ({
        labels: s.labels,
        chunks: s.chunks.map((c) => ({ ...c, data: Buffer.from(c.data).toString("hex") })),
      })),
    );
  });

  it("only queries the blocks the request names, and answers label names and values", async () => {
    const one = await remote.series({
      tenant: "t",
      blockIDs: [ids[1]],
      mint: 0,
      maxt: 10_000,
      matchers: [newMatcher("=", "__name__", "other")],
    });
    assert.deepEqual(one.queriedBlocks, [ids[1]]);
    assert.deepEqual(
      one.series.map((s) => s.labels.find((l) => l.name === "job")?.value),
      ["j1"],
    );
    const names = await remote.labelNames({
      tenant: "t",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [],
    });
    assert.deepEqual(names.names, ["__name__", "i", "job"]);
    const values = await remote.labelValues({
      tenant: "t",
      name: "job",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [],
    });
    assert.deepEqual(values.values, ["j0", "j1"]);
  });

  it("labels-only requests carry no chunks; a bad regex is an error, not a crash", async () => {
    const r = await remote.series({
      tenant: "t",
      blockIDs: ids,
      mint: 0,
      maxt: 10_000,
      matchers: [newMatcher("=", "__name__", "other")],
      skipChunks: true,
    });
    assert.equal(r.series.length, 2);
    assert.ok(r.series.every((s) => s.chunks.length === 0));
    await assert.rejects(
      remote.series({ tenant: "", blockIDs: ids, mint: 0, maxt: 1, matchers: [] }),
      /no org id/,
    );
    // A matcher whose regex RE2 rejects, sent raw: the server answers an error and keeps serving.
    const bad = { type: "=~" as const, name: "__name__", value: "(", matches: () => false };
    await assert.rejects(
      remote.series({ tenant: "t", blockIDs: ids, mint: 0, maxt: 1, matchers: [bad] }),
      (e: grpc.ServiceError) =>
        e.code === grpc.status.INVALID_ARGUMENT && /error parsing regexp/.test(e.message),
    );
    assert.equal(
      (
        await remote.labelValues({
          tenant: "t",
          name: "job",
          blockIDs: ids,
          mint: 0,
          maxt: 10_000,
          matchers: [],
        })
      ).values.length,
      2,
    );
  });
});
