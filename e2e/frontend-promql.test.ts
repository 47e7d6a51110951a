/**
 * The differential PromQL test a second time, through the query-frontend with splitting (1h),
 * the results cache and query sharding on, over 5h of data: several split intervals, and the
 * ingester's 2h block boundaries (the head is flushed into blocks before querying). Then the
 * same range query twice: the second is served from the results cache (its hit counter moves)
 * with identical results.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadDataset } from "./bench/dataset.ts";
import {
  type BenchTarget,
  hasPrometheus,
  startMimirTarget,
  startPrometheusTarget,
} from "./bench/targets.ts";
import { assertSameResult, ERRORS, QUERIES, query } from "./promql_cases.ts";

const INTERVAL = 10_000;
const HOURS = 5;
const SPLIT = "1h";
const skip = hasPrometheus()
  ? false
  : "prometheus is not installed (apt-get install -y prometheus)";

/** The value of a metric line (summed over label sets when several match). */
function metricValue(text: string, name: string, labels = ""): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (!(rest.startsWith(" ") || rest.startsWith("{"))) continue;
    if (labels !== "" && !rest.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return sum;
}

describe("PromQL through the query-frontend (split, cached, sharded) against Prometheus", {
  skip,
}, () => {
  let ours: BenchTarget;
  let theirs: BenchTarget;
  const end = Math.floor(Date.now() / INTERVAL) * INTERVAL;
  // Samples 5s off the 10s evaluation grid, as in promql-compare.test.ts.
  const start = end - HOURS * 3_600_000 + 5_000;
  const at = String((end - 60_000) / 1000);
  const metricsUrl = () => ours.queryBase.replace(/\/prometheus$/, "/metrics");

  before(async () => {
    ours = await startMimirTarget([
      `-query-frontend.split-queries-by-interval=${SPLIT}`,
      "-query-frontend.cache-results=true",
      "-query-frontend.results-cache.backend=inmemory",
      "-query-frontend.parallelize-shardable-queries=true",
      "-query-frontend.query-sharding-total-shards=4",
      // Shard counts by cardinality estimates: a_10 (10 series) keeps 4 shards, a_1 gets 1.
      "-query-frontend.query-sharding-target-series-per-shard=3",
    ]);
    theirs = await startPrometheusTarget();
    const dataset = { sizes: [1, 10], start, end, intervalMs: INTERVAL, sliceSamples: 60 };
    await loadDataset(ours.writeUrl, ours.headers, dataset);
    await loadDataset(theirs.writeUrl, theirs.headers, dataset);
    // Cut the ingester's head into 2h blocks so that queries cross block boundaries.
    const flush = await fetch(
      ours.queryBase.replace(/\/prometheus$/, "/ingester/flush?wait=true"),
      {
        method: "POST",
      },
    );
    assert.ok(flush.status < 300, `flush: ${flush.status}`);
  });

  after(async () => {
    await ours?.stop();
    await theirs?.stop();
  });

  it("instant queries agree", async () => {
    for (const q of QUERIES) {
      const a = await query(ours, "/api/v1/query", { query: q, time: at });
      const b = await query(theirs, "/api/v1/query", { query: q, time: at });
      assert.equal(
        a.code,
        b.code,
        `${q}: HTTP status (ours: ${JSON.stringify(a.body).slice(0, 200)})`,
      );
      assertSameResult(q, a.body, b.body);
    }
  });

  it("range queries over several split intervals agree", async () => {
    const params = { start: String((end - (HOURS - 0.5) * 3_600_000) / 1000), end: at, step: "60" };
    for (const q of QUERIES) {
      const a = await query(ours, "/api/v1/query_range", { query: q, ...params });
      const b = await query(theirs, "/api/v1/query_range", { query: q, ...params });
      assert.equal(
        a.code,
        b.code,
        `${q}: HTTP status (ours: ${JSON.stringify(a.body).slice(0, 200)})`,
      );
      assertSameResult(q, a.body, b.body);
    }
    const m = await (await fetch(metricsUrl())).text();
    assert.ok(metricValue(m, "cortex_frontend_split_queries_total") >= QUERIES.length * HOURS);
    assert.ok(metricValue(m, "cortex_frontend_query_sharding_rewrites_succeeded_total") > 0);
  });

  it("errors agree in status and errorType", async () => {
    for (const q of ERRORS) {
      const a = await query(ours, "/api/v1/query", { query: q, time: at });
      const b = await query(theirs, "/api/v1/query", { query: q, time: at });
      assert.equal(
        a.code,
        b.code,
        `${q}: HTTP status: ours ${a.body.error} / theirs ${b.body.error}`,
      );
      assert.equal(a.body.errorType, b.body.errorType, `${q}: errorType`);
    }
    const badRange = await query(ours, "/api/v1/query_range", {
      query: "a_1",
      start: at,
      end: String(Number(at) - 60),
      step: "10",
    });
    assert.equal(badRange.code, 400);
    assert.equal(badRange.body.error, "end timestamp must not be before start time");
  });

  it("serves a repeated range query from the results cache with identical results", async () => {
    // Ends 20m ago: every split is older than max_cache_freshness (10m) and fully cacheable.
    const params = {
      query: "sum by (l)(rate(a_10[5m]))",
      start: String((end - 4 * 3_600_000) / 1000),
      end: String((end - 20 * 60_000) / 1000),
      step: "30",
    };
    const hits = async () =>
      metricValue(
        await (await fetch(metricsUrl())).text(),
        "cortex_frontend_query_result_cache_hits_total",
      );
    const before0 = await hits();
    const first = await query(ours, "/api/v1/query_range", params);
    const afterFirst = await hits();
    const second = await query(ours, "/api/v1/query_range", params);
    const afterSecond = await hits();
    assert.equal(first.code, 200);
    assert.equal(second.code, 200);
    assert.equal(afterFirst, before0, "the first query is not a cache hit");
    // One split query per 1h interval the range touches, all from the cache the second time.
    const H = 3_600_000;
    const splits = Math.floor((end - 20 * 60_000) / H) - Math.floor((end - 4 * H) / H) + 1;
    assert.equal(afterSecond - afterFirst, splits);
    assert.deepEqual(second.body, first.body);
    const direct = await query(theirs, "/api/v1/query_range", params);
    assertSameResult(params.query, second.body, direct.body);
  });

  it("shards a repeated query by the series the queriers reported fetching", async () => {
    const estimates = async () =>
      metricValue(
        await (await fetch(metricsUrl())).text(),
        "cortex_query_frontend_cardinality_estimation_difference_count",
      );
    const q = { query: "sum by (l)(a_10)", time: String((end - 90_000) / 1000) };
    const before0 = await estimates();
    const first = await query(ours, "/api/v1/query", q);
    // The estimate is stored asynchronously after the first answer.
    await new Promise((r) => setTimeout(r, 200));
    const second = await query(ours, "/api/v1/query", q);
    assert.equal(first.code, 200);
    assert.deepEqual(second.body, first.body);
    // The second query found the first one's estimate.
    assert.equal((await estimates()) - before0, 1);
    assertSameResult(q.query, second.body, (await query(theirs, "/api/v1/query", q)).body);
  });
});
