import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Registry } from "prom-client";
import { metricValue } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { labelsFromObject, labelsToObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import {
  type Querier,
  type Queryable,
  type SampleIterator,
  type Series,
  ValNone,
} from "../model/series.ts";
import { encodeXORChunks } from "../tsdb/compact.ts";
import {
  BucketIndexLoader,
  updateBucketIndex,
  writeBucketIndex,
} from "../storage/tsdb/bucketindex.ts";
import { fsBucket, makeAndUploadBlock, tempDir } from "../tsdb/testing/blocks.ts";
import { defaultBucketStoreConfig } from "../storegateway/bucketstore_config.ts";
import { StoreGateway, type StoreGatewayClient } from "../storegateway/storegateway.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { nopLogger } from "../util/log.ts";
import {
  BlocksStoreQueryable,
  SingleStoreGatewaySelector,
  type StoreGatewaySelector,
} from "./blocks_store_queryable.ts";
import { newBlocksStoreQueryable, newQuerierQueryable } from "./blocks_store_factory.ts";
import { MergeQueryable } from "./merge_queryable.ts";
import { ArraySampleIterator, MergeSampleIterator } from "../storage/merge.ts";
import { chunksIterator } from "../tsdb/querier.ts";

const H = 3_600_000;

function drain(it: SampleIterator): [number, number][] {
  const out: [number, number][] = [];
  while (it.next() !== ValNone) out.push([it.atT(), it.atF()]);
  return out;
}

async function selectAll(
  q: Querier,
  matchers = [newMatcher("=", "__name__", "up")],
  start = Number.MIN_SAFE_INTEGER,
  end = Number.MAX_SAFE_INTEGER,
) {
  const series = await q.select(true, { start, end }, matchers);
  return series.map((s) => ({ labels: labelsToObject(s.labels), samples: drain(s.iterator()) }));
}

/** An in-memory Queryable standing in for the ingesters; records the ranges it was asked for. */
class FakeIngesters implements Queryable {
  calls: [number, number][] = [];
  readonly data: { labels: Record<string, string>; samples: [number, number][] }[];
  constructor(data: { labels: Record<string, string>; samples: [number, number][] }[]) {
    this.data = data;
  }
  async querier(_tenant: string, mint: number, maxt: number): Promise<Querier> {
    this.calls.push([mint, maxt]);
    const data = this.data;
    return {
      async select(): Promise<Series[]> {
        return data.map((d) => {
          const s = d.samples.filter(([t]) => t >= mint && t <= maxt);
          return {
            labels: labelsFromObject(d.labels),
            iterator: () =>
              new ArraySampleIterator(
                s.map((x) => x[0]),
                s.map((x) => x[1]),
              ),
          };
        });
      },
      async labelNames() {
        return ["__name__", "ingester_only"];
      },
      async labelValues() {
        return ["up"];
      },
      close() {},
    };
  }
}

describe("sample merging", () => {
  it("merges iterators and keeps a shared timestamp once", () => {
    const a = new ArraySampleIterator([0, 10, 20], [1, 2, 3]);
    const b = new ArraySampleIterator([5, 10, 25], [9, 9, 9]);
    assert.deepEqual(drain(new MergeSampleIterator([a, b])), [
      [0, 1],
      [5, 9],
      [10, 2],
      [20, 3],
      [25, 9],
    ]);
    const c = new MergeSampleIterator([
      new ArraySampleIterator([0, 10, 20], [1, 2, 3]),
      new ArraySampleIterator([5, 15], [7, 8]),
    ]);
    assert.equal(c.seek(12), 1);
    assert.equal(c.atT(), 15);
    assert.deepEqual(drain(c), [[20, 3]]);
  });

  it("deduplicates overlapping chunks of replicated blocks, even with gaps in one replica", () => {
    const full = encodeXORChunks([0, 10, 20, 30], [0, 1, 2, 3]);
    const gappy = encodeXORChunks([0, 20, 40], [0, 2, 4]);
    assert.deepEqual(drain(chunksIterator([...gappy, ...full], 0, 100)), [
      [0, 0],
      [10, 1],
      [20, 2],
      [30, 3],
      [40, 4],
    ]);
    assert.deepEqual(drain(chunksIterator([...full], 10, 20)), [
      [10, 1],
      [20, 2],
    ]);
  });
});

describe("blocks store queryable and merge", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  let sg: StoreGateway;
  let now: number;
  const replicaIDs: string[] = [];
  const day0 = 100 * 24 * H;
  const samples: [number, number][] = [];
  for (let t = day0; t < day0 + 2 * H; t += 60_000) samples.push([t, t / 1000]);

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    now = day0 + 24 * H;
    for (let r = 0; r < 3; r++) {
      const m = await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [
        {
          labels: { __name__: "up", job: "x" },
          samples: r === 1 ? samples.filter((_, i) => i % 2 === 0) : samples,
        },
      ]);
      replicaIDs.push(m.ulid);
    }
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

  function storeQueryable(selector: StoreGatewaySelector, reg = new Registry()) {
    return new BlocksStoreQueryable(
      { queryStoreAfter: 12 * H, maxStalePeriod: H * 100, ignoreDeletionMarksDelay: H },
      {
        loader: new BucketIndexLoader(bkt, { clock: () => now }),
        stores: selector,
        registry: reg,
        logger: nopLogger(),
        clock: () => now,
      },
    );
  }

  it("reads replicated blocks through the store-gateway with each sample once", async () => {
    const q = await storeQueryable(new SingleStoreGatewaySelector(sg)).querier(
      "t",
      day0 - H,
      day0 + 3 * H,
    );
    const got = await selectAll(q);
    assert.equal(got.length, 1);
    assert.deepEqual(got[0].samples, samples);
    assert.deepEqual(await q.labelNames(undefined, []), ["__name__", "job"]);
    assert.deepEqual(await q.labelValues("job", undefined, []), ["x"]);
    // A tenant without a bucket index has no blocks.
    assert.deepEqual(
      await selectAll(
        await storeQueryable(new SingleStoreGatewaySelector(sg)).querier("nobody", 0, now),
      ),
      [],
    );
  });

  it("fails the consistency check when a block is held by no store-gateway", async () => {
    const missing = replicaIDs[2];
    const partial: StoreGatewayClient = {
      series: async (req) =>
        sg.series({ ...req, blockIDs: req.blockIDs.filter((id) => id !== missing) }),
      labelNames: (req) => sg.labelNames(req),
      labelValues: (req) => sg.labelValues(req),
    };
    // Within the upload grace period the missing block does not fail the query.
    const lenient = new BlocksStoreQueryable(
      {
        queryStoreAfter: 0,
        maxStalePeriod: 0,
        ignoreDeletionMarksDelay: H,
        uploadGracePeriod: 45 * 60_000,
      },
      {
        loader: new BucketIndexLoader(bkt),
        stores: new SingleStoreGatewaySelector(partial),
        registry: new Registry(),
        logger: nopLogger(),
      },
    );
    assert.equal(
      (await selectAll(await lenient.querier("t", day0, day0 + H)))[0].samples.length,
      61,
    );
    const reg = new Registry();
    const q = await storeQueryable(new SingleStoreGatewaySelector(partial), reg).querier(
      "t",
      day0,
      day0 + H,
    );
    await assert.rejects(q.select(true, undefined, []), {
      message: `failed to fetch some blocks (err-mimir-store-consistency-check-failed). The failed blocks are: ${missing}`,
    });
    assert.equal(
      await metricValue(reg, "cortex_querier_blocks_consistency_checks_failed_total"),
      1,
    );
    // A second store-gateway holding the block makes the retry succeed.
    const two: StoreGatewaySelector = {
      async getClientsFor(_t, ids, exclude) {
        const out = [];
        for (const [addr, client] of [
          ["a", partial],
          ["b", sg],
        ] as const) {
          const mine = ids.filter((id) => !(exclude.get(id) ?? []).includes(addr));
          if (mine.length > 0) {
            out.push({ addr, client, blockIDs: mine });
            break;
          }
        }
        return out;
      },
    };
    const reg2 = new Registry();
    const q2 = await storeQueryable(two, reg2).querier("t", day0, day0 + H);
    assert.equal((await selectAll(q2))[0].samples.length, 61);
    assert.equal(
      await metricValue(
        reg2,
        "cortex_querier_storegateway_refetches_per_query",
        {},
        "cortex_querier_storegateway_refetches_per_query_count",
      ),
      1,
    );
  });

  it("is built from the root config sections by the factory", async () => {
    const store = newBlocksStoreQueryable(
      {
        querier: { query_store_after: 12 * H },
        blocks_storage: {
          bucket_store: { sync_interval: 15 * 60_000, bucket_index: { max_stale_period: 0 } },
        },
      },
      {
        bucket: bkt,
        registry: new Registry(),
        logger: nopLogger(),
        storeGateway: sg,
        clock: () => now,
      },
    );
    assert.equal(store.cfg.uploadGracePeriod, 45 * 60_000);
    const mq = newQuerierQueryable(
      { querier: { query_store_after: 12 * H } },
      { store, overrides: new Overrides(defaultsOf(limitsBlock)), clock: () => now },
    );
    assert.deepEqual(
      (await selectAll(await mq.querier("t", day0, day0 + 2 * H)))[0].samples,
      samples,
    );
  });

  it("enforces the per-tenant fetched series and chunks limits", async () => {
    const defaults = defaultsOf(limitsBlock);
    const overrides = new Overrides(defaults);
    overrides.setTenantLimits(new Map([["t", { ...defaults, max_fetched_chunks_per_query: 2 }]]));
    const store = newBlocksStoreQueryable(
      {
        querier: { query_store_after: 0 },
        blocks_storage: {
          bucket_store: { sync_interval: 15 * 60_000, bucket_index: { max_stale_period: 0 } },
        },
      },
      {
        bucket: bkt,
        registry: new Registry(),
        logger: nopLogger(),
        storeGateway: sg,
        overrides,
        clock: () => now,
      },
    );
    await assert.rejects(
      (await store.querier("t", day0, day0 + 2 * H)).select(true, undefined, []),
      {
        message:
          "the query exceeded the maximum number of chunks (limit: 2 chunks) (err-mimir-max-chunks-per-query). Consider reducing the time range and/or number of series selected by the query. One way to reduce the number of selected series is to add more label matchers to the query. Otherwise, to adjust the related per-tenant limit, configure -querier.max-fetched-chunks-per-query, or contact your service administrator.",
      },
    );
    overrides.setTenantLimits(new Map([["t", { ...defaults, max_fetched_series_per_query: 1 }]]));
    assert.equal((await selectAll(await store.querier("t", day0, day0 + 2 * H))).length, 1);
  });

  it("fails with Mimir's error when the bucket index is too old", async () => {
    const q = new BlocksStoreQueryable(
      { queryStoreAfter: 0, maxStalePeriod: H, ignoreDeletionMarksDelay: H },
      {
        loader: new BucketIndexLoader(bkt),
        stores: new SingleStoreGatewaySelector(sg),
        registry: new Registry(),
        logger: nopLogger(),
        clock: () => now + 2 * H,
      },
    );
    await assert.rejects(
      (await q.querier("t", day0, day0 + H)).select(true, undefined, []),
      /err-mimir-bucket-index-too-old/,
    );
  });

  it("routes by query_ingesters_within / query_store_after and deduplicates across both", async () => {
    const overrides = new Overrides(defaultsOf(limitsBlock));
    // Ingesters hold the last hour of the block range plus newer data.
    const ingSamples: [number, number][] = samples.slice(60).concat([[day0 + 23 * H, 1]]);
    const ing = new FakeIngesters([{ labels: { __name__: "up", job: "x" }, samples: ingSamples }]);
    const mq = new MergeQueryable(
      { queryStoreAfter: 12 * H },
      {
        ingesters: ing,
        store: storeQueryable(new SingleStoreGatewaySelector(sg)),
        overrides,
        clock: () => now,
      },
    );
    // Whole day: both sources.
    const got = await selectAll(await mq.querier("t", day0, now));
    assert.equal(got.length, 1);
    assert.deepEqual(got[0].samples, [...samples, [day0 + 23 * H, 1]]);
    assert.deepEqual(ing.calls.at(-1), [now - 13 * H, now]);
    // Old data only: ingesters not asked.
    const calls = ing.calls.length;
    await selectAll(await mq.querier("t", day0, day0 + H));
    assert.equal(ing.calls.length, calls);
    // Recent data only: the store is not asked (its blocks are older anyway, the result only has the ingester sample).
    const recent = await selectAll(await mq.querier("t", now - H * 2, now));
    assert.deepEqual(recent[0].samples, [[day0 + 23 * H, 1]]);
    assert.deepEqual(await (await mq.querier("t", day0, now)).labelNames(undefined, []), [
      "__name__",
      "ingester_only",
      "job",
    ]);
  });
});
