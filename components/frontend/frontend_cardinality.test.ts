import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { InMemoryCache } from "../cache/lru.ts";
import { FETCHED_SERIES_HEADER } from "../querier/stats.ts";
import { type FrontendLimits, QueryFrontend } from "./frontend.ts";
import { decodeQueryRequest, type HttpRequest, type HttpResponse } from "./request.ts";

const H = 3_600_000;
const LIMITS: FrontendLimits = {
  max_query_parallelism: 16,
  max_cache_freshness: 10 * 60_000,
  results_cache_ttl: 7 * 24 * H,
  results_cache_ttl_for_out_of_order_time_window: 10 * 60_000,
  out_of_order_time_window: 0,
  query_sharding_total_shards: 8,
  query_sharding_max_sharded_queries: 128,
  align_queries_with_step: false,
};

/**
 * A querier over `series` series: a shard of n answers with its share and reports fetching
 * series / n of them (or nothing when `report` is false).
 */
function querier(series: number, report = true) {
  const shardCounts: number[] = [];
  const downstream = {
    async roundTrip(_t: string, req: HttpRequest): Promise<HttpResponse> {
      const form = new URLSearchParams(req.body.toString());
      const m = /__query_shard__="(\d+)_of_(\d+)"/.exec(form.get("query") ?? "");
      const n = m ? Number(m[2]) : 1;
      shardCounts.push(n);
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (report) headers[FETCHED_SERIES_HEADER] = String(series / n);
      const t = Number(form.get("time"));
      return {
        status: 200,
        headers,
        body: Buffer.from(
          JSON.stringify({
            status: "success",
            data: { resultType: "vector", result: [{ metric: {}, value: [t, String(1 / n)] }] },
          }),
        ),
      };
    },
  };
  return { downstream, shardCounts };
}

function frontend(down: ReturnType<typeof querier>["downstream"], target: number) {
  return new QueryFrontend(
    {
      split_queries_by_interval: 24 * H,
      cache_results: false,
      parallelize_shardable_queries: true,
      max_retries: 0,
      log_queries_longer_than: 0,
      query_stats_enabled: false,
      query_sharding_target_series_per_shard: target,
    },
    {
      downstream: down,
      limits: () => LIMITS,
      cache: new InMemoryCache({ name: "results" }),
      logger: pino({ level: "silent" }),
      now: () => 100 * H,
    },
  );
}

function instant(query: string) {
  const r = decodeQueryRequest(
    "instant",
    "/prometheus/api/v1/query",
    [
      ["query", query],
      ["time", String((100 * H) / 1000)],
    ],
    {},
    100 * H,
  );
  assert.ok(r);
  return r;
}

const settle = () => new Promise((r) => setImmediate(r));

describe("query sharding by target series per shard", () => {
  it("shards a query again by the series it fetched the first time", async () => {
    const q = querier(250);
    const fe = frontend(q.downstream, 100);
    const first = JSON.parse(await fe.query("t", instant("sum(up)")));
    // No estimate yet: query_sharding_total_shards.
    assert.deepEqual(q.shardCounts, Array(8).fill(8));
    assert.equal(first.data.result[0].value[1], "1");
    await settle();
    q.shardCounts.length = 0;
    const second = JSON.parse(await fe.query("t", instant("sum(up)")));
    // 250 series / 100 per shard: 3 shards.
    assert.deepEqual(q.shardCounts, [3, 3, 3]);
    assert.equal(second.data.result[0].value[1], "1");
  });

  it("never shards beyond total shards, and a tiny query runs unsharded", async () => {
    const big = querier(1_000_000);
    const feBig = frontend(big.downstream, 100);
    await feBig.query("t", instant("sum(up)"));
    await settle();
    big.shardCounts.length = 0;
    await feBig.query("t", instant("sum(up)"));
    assert.deepEqual(big.shardCounts, Array(8).fill(8));
    const tiny = querier(40);
    const feTiny = frontend(tiny.downstream, 100);
    await feTiny.query("t", instant("sum(up)"));
    await settle();
    tiny.shardCounts.length = 0;
    await feTiny.query("t", instant("sum(up)"));
    assert.deepEqual(tiny.shardCounts, [1]);
  });

  it("keeps the configured shards when queriers do not report what they fetched", async () => {
    const q = querier(40, false);
    const fe = frontend(q.downstream, 100);
    await fe.query("t", instant("sum(up)"));
    await settle();
    q.shardCounts.length = 0;
    await fe.query("t", instant("sum(up)"));
    assert.deepEqual(q.shardCounts, Array(8).fill(8));
  });

  it("with no target, shards by the limits only", async () => {
    const q = querier(40);
    const fe = frontend(q.downstream, 0);
    await fe.query("t", instant("sum(up)"));
    await settle();
    q.shardCounts.length = 0;
    await fe.query("t", instant("sum(up)"));
    assert.deepEqual(q.shardCounts, Array(8).fill(8));
  });
});
