import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InMemoryCache } from "../cache/lru.ts";
import { parseExpr } from "../promql/parser.ts";
import type { QueryRequest } from "./request.ts";
import type { QueryResponse, SampleStream } from "./response.ts";
import { uncompressSync } from "snappy";
import { withCompression } from "../cache/snappy.ts";
import { cachedRangeQuery, cacheKey, hashedKey, mergeExtents, partition } from "./results_cache.ts";

const H = 3_600_000;
const LIMITS = {
  max_cache_freshness: 10 * 60_000,
  results_cache_ttl: 7 * 24 * H,
  results_cache_ttl_for_out_of_order_time_window: 10 * 60_000,
  out_of_order_time_window: 0,
};

function req(start: number, end: number, step = 60_000): QueryRequest {
  return {
    kind: "range",
    path: "/prometheus/api/v1/query_range",
    query: "up",
    expr: parseExpr("up"),
    start,
    end,
    step,
    extra: [],
    headers: {},
  };
}

/** A matrix with one series and a point per step whose value is its timestamp. */
function answer(r: QueryRequest): QueryResponse {
  const values: [number, string][] = [];
  for (let t = r.start; t <= r.end; t += r.step) values.push([t / 1000, String(t)]);
  return {
    resultType: "matrix",
    result: [{ metric: { job: "x" }, values }],
    warnings: [],
    infos: [],
  };
}

describe("results cache", () => {
  it("uses Mimir's key layout", () => {
    assert.equal(cacheKey("t", req(25 * H, 26 * H), 24 * H), "t:up:60000:1");
    assert.equal(cacheKey("t", req(25 * H + 30_000, 26 * H), 24 * H), "t:up:60000:1:30000");
  });

  it("asks only for the gaps between extents", () => {
    const ext = [
      { start: 10 * 60_000, end: 20 * 60_000, response: answer(req(10 * 60_000, 20 * 60_000)) },
    ];
    const { gaps, cached } = partition(req(0, 30 * 60_000), ext);
    assert.deepEqual(gaps, [
      [0, 9 * 60_000],
      [21 * 60_000, 30 * 60_000],
    ]);
    assert.equal(cached.length, 1);
    assert.deepEqual(partition(req(12 * 60_000, 15 * 60_000), ext).gaps, []);
  });

  it("merges touching extents", () => {
    const a = { start: 0, end: 5 * 60_000, response: answer(req(0, 5 * 60_000)) };
    const b = { start: 6 * 60_000, end: 9 * 60_000, response: answer(req(6 * 60_000, 9 * 60_000)) };
    const merged = mergeExtents([b, a], 60_000);
    assert.equal(merged.length, 1);
    assert.equal(((merged[0].response.result as SampleStream[])[0].values ?? []).length, 10);
  });

  it("serves a repeated query from the cache, extends it, and keeps fresh data out", async () => {
    const cache = new InMemoryCache({ name: "test" });
    const now = 10 * H;
    const asked: [number, number][] = [];
    const next = async (r: QueryRequest) => {
      asked.push([r.start, r.end]);
      return answer(r);
    };
    const first = await cachedRangeQuery(cache, "t", req(H, 2 * H), 24 * H, LIMITS, now, next);
    assert.equal(first.hit, false);
    await new Promise((r) => setImmediate(r));
    const second = await cachedRangeQuery(cache, "t", req(H, 2 * H), 24 * H, LIMITS, now, next);
    assert.equal(second.hit, true);
    assert.deepEqual(second.response, first.response);
    assert.equal(asked.length, 1);
    // A longer range asks only for the new part.
    const third = await cachedRangeQuery(cache, "t", req(H, 3 * H), 24 * H, LIMITS, now, next);
    assert.equal(third.hit, false);
    assert.deepEqual(asked[1], [2 * H + 60_000, 3 * H]);
    assert.deepEqual(third.response, answer(req(H, 3 * H)));
    // Data newer than now - max_cache_freshness is not stored: asked again next time.
    await cachedRangeQuery(cache, "t", req(9 * H, 10 * H), 24 * H, LIMITS, now, next);
    await new Promise((r) => setImmediate(r));
    asked.length = 0;
    const fresh = await cachedRangeQuery(cache, "t", req(9 * H, 10 * H), 24 * H, LIMITS, now, next);
    assert.equal(fresh.hit, false);
    assert.deepEqual(asked, [[10 * H - 10 * 60_000 + 60_000, 10 * H]]);
  });

  it("with snappy compression stores compressed extents and serves them back", async () => {
    const back = new InMemoryCache({ name: "test" });
    const cache = withCompression(back, "snappy");
    const now = 10 * H;
    let asked = 0;
    const next = async (r: QueryRequest) => {
      asked++;
      return answer(r);
    };
    const r = req(H, 2 * H);
    const first = await cachedRangeQuery(cache, "t", r, 24 * H, LIMITS, now, next);
    await new Promise((res) => setImmediate(res));
    const stored = await back.get(hashedKey(cacheKey("t", r, 24 * H)));
    assert.ok(stored);
    // What the backend holds is the snappy encoding of the extents.
    const extents = uncompressSync(stored) as Buffer;
    assert.deepEqual(JSON.parse(extents.toString("utf8"))[0].start, H);
    assert.ok(stored.length < extents.length);
    const second = await cachedRangeQuery(cache, "t", r, 24 * H, LIMITS, now, next);
    assert.equal(second.hit, true);
    assert.deepEqual(second.response, first.response);
    assert.equal(asked, 1);
  });
});
