import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { Registry } from "prom-client";
import { InMemoryCache } from "../cache/lru.ts";
import { TooManyRequestsError } from "./queue.ts";
import { type FrontendLimits, QueryFrontend } from "./frontend.ts";
import { decodeQueryRequest, type HttpRequest, type HttpResponse } from "./request.ts";
import { DownstreamError } from "./response.ts";

const H = 3_600_000;
const LIMITS: FrontendLimits = {
  max_query_parallelism: 2,
  max_cache_freshness: 10 * 60_000,
  results_cache_ttl: 7 * 24 * H,
  results_cache_ttl_for_out_of_order_time_window: 10 * 60_000,
  out_of_order_time_window: 0,
  query_sharding_total_shards: 4,
  query_sharding_max_sharded_queries: 128,
  align_queries_with_step: false,
};
const CFG = {
  split_queries_by_interval: H,
  cache_results: true,
  parallelize_shardable_queries: true,
  max_retries: 2,
  log_queries_longer_than: 0,
  query_stats_enabled: false,
};

/** A fake querier: one series per shard whose values are the timestamps in seconds. */
function fakeQuerier(opts: { failFirst?: number } = {}) {
  const calls: URLSearchParams[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failures = opts.failFirst ?? 0;
  const downstream = {
    async roundTrip(_t: string, req: HttpRequest): Promise<HttpResponse> {
      const form = new URLSearchParams(req.body.toString());
      calls.push(form);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      if (failures > 0) {
        failures--;
        return { status: 503, headers: {}, body: Buffer.from("busy") };
      }
      const shard = /__query_shard__="(\d+)_of_(\d+)"/.exec(form.get("query") ?? "");
      const metric = shard ? { shard: shard[1] } : {};
      const start = Number(form.get("start")) * 1000;
      const end = Number(form.get("end")) * 1000;
      const step = Number(form.get("step")) * 1000;
      const values: [number, string][] = [];
      for (let t = start; t <= end; t += step) values.push([t / 1000, "1"]);
      // The sharded sum drops the shard label: every shard answers the same group.
      const result = [{ metric: shard ? {} : metric, values }];
      return {
        status: 200,
        headers: { "content-type": "application/json" },
        body: Buffer.from(
          JSON.stringify({ status: "success", data: { resultType: "matrix", result } }),
        ),
      };
    },
  };
  return { downstream, calls, maxInFlight: () => maxInFlight };
}

function rangeReq(query: string, start: number, end: number, step: number) {
  const r = decodeQueryRequest(
    "range",
    "/prometheus/api/v1/query_range",
    [
      ["query", query],
      ["start", String(start / 1000)],
      ["end", String(end / 1000)],
      ["step", String(step / 1000)],
    ],
    {},
    Date.now(),
  );
  assert.ok(r);
  return r;
}

function frontend(down: ReturnType<typeof fakeQuerier>, limits: Partial<FrontendLimits> = {}) {
  const registry = new Registry();
  return {
    registry,
    fe: new QueryFrontend(CFG, {
      downstream: down.downstream,
      limits: () => ({ ...LIMITS, ...limits }),
      cache: new InMemoryCache({ name: "results" }),
      logger: pino({ level: "silent" }),
      registry,
      now: () => 100 * H,
    }),
  };
}

describe("query-frontend chain", () => {
  it("splits, shards and merges, bounded by max_query_parallelism", async () => {
    const down = fakeQuerier();
    const { fe } = frontend(down);
    const body = JSON.parse(await fe.query("t", rangeReq("sum(up)", 0, 3 * H, 60_000)));
    // 4 splits (0-1h, 1h-2h, 2h-3h, 3h) x 4 shards.
    assert.equal(down.calls.length, 16);
    assert.ok(down.maxInFlight() <= 2);
    const values = body.data.result[0].values as [number, string][];
    assert.equal(values.length, 181);
    assert.ok(
      values.every((v) => v[1] === "4"),
      "the four shards' partial sums add up",
    );
  });

  it("answers a repeated query from the cache", async () => {
    const down = fakeQuerier();
    const { fe, registry } = frontend(down);
    const a = await fe.query("t", rangeReq("up", 0, 2 * H, 60_000));
    const n = down.calls.length;
    const b = await fe.query("t", rangeReq("up", 0, 2 * H, 60_000));
    assert.equal(b, a);
    assert.equal(down.calls.length, n);
    const hits = (
      await registry.getSingleMetric("cortex_frontend_query_result_cache_hits_total")!.get()
    ).values;
    assert.equal(hits[0].value, 3);
  });

  it("retries 5xx answers up to max_retries", async () => {
    const ok = fakeQuerier({ failFirst: 2 });
    await frontend(ok).fe.query("t", rangeReq("up", 0, 60_000, 60_000));
    assert.equal(ok.calls.length, 3);
    const failing = fakeQuerier({ failFirst: 10 });
    await assert.rejects(
      frontend(failing).fe.query("t", rangeReq("up", 0, 60_000, 60_000)),
      (e: unknown) => e instanceof DownstreamError && e.status === 503,
    );
    assert.equal(failing.calls.length, 3);
  });

  it("applies max_total_query_length to the whole query before splitting", async () => {
    const down = fakeQuerier();
    await assert.rejects(
      frontend(down, { max_total_query_length: H }).fe.query("t", rangeReq("up", 0, 3 * H, 60_000)),
      (e: unknown) =>
        e instanceof DownstreamError &&
        e.status === 400 &&
        /the total query time range exceeds the limit/.test(e.body),
    );
    assert.equal(down.calls.length, 0);
  });

  it("does not retry a full queue (429)", async () => {
    let calls = 0;
    const fe = new QueryFrontend(CFG, {
      downstream: {
        roundTrip: async () => {
          calls++;
          throw new TooManyRequestsError();
        },
      },
      limits: () => LIMITS,
      logger: pino({ level: "silent" }),
    });
    await assert.rejects(
      fe.query("t", rangeReq("up", 0, 60_000, 60_000)),
      (e: unknown) =>
        e instanceof DownstreamError &&
        e.status === 429 &&
        e.body === "too many outstanding requests",
    );
    assert.equal(calls, 1);
  });
});
