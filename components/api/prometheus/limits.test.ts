import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { Engine } from "../../promql/engine.ts";
import { MemStorage } from "../../promql/promqltest/memstorage.ts";
import type { EngineOptions } from "../../promql/types.ts";
import { maxChunksHit, maxQueryLengthError, maxSeriesHit } from "../../querier/errors.ts";
import { newQuerierQueryable } from "../../querier/blocks_store_factory.ts";
import { LimitedQueryable } from "../../querier/limits.ts";
import { labelsFromObject } from "../../model/labels.ts";
import type { Querier, Queryable, Series } from "../../model/series.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { type Limits, limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { errorBody } from "./format.ts";
import { registerPrometheusApi } from "./plugin.ts";

const H = 3_600_000;
const M = 60_000;
const NOW = 240 * H;
const NOW_S = NOW / 1000;
const HDR = { "x-scope-orgid": "t1" };
const EMPTY = '{"status":"success","data":{"resultType":"matrix","result":[]}}';

function tenantOf(req: { headers: Record<string, unknown> }): string {
  const t = req.headers["x-scope-orgid"];
  if (typeof t !== "string" || t === "")
    throw Object.assign(new Error("no org id"), { statusCode: 401 });
  return t;
}

/** Adds chunk stats (one chunk of 100 bytes per 10 samples) to MemStorage's series; `slow` selections take 200ms. */
class ChunkedStorage implements Queryable {
  private readonly inner: MemStorage;
  constructor(inner: MemStorage) {
    this.inner = inner;
  }
  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    const q = await this.inner.querier(tenant, mint, maxt);
    return {
      ...q,
      select: async (sort, hints, matchers) => {
        if (matchers.some((m) => m.name === "__name__" && m.value === "slow"))
          await new Promise((r) => setTimeout(r, 200));
        const ss = await q.select(sort, hints, matchers);
        return ss.map((s): Series & { chunkStats(): { chunks: number; bytes: number } } => ({
          labels: s.labels,
          iterator: () => s.iterator(),
          chunkStats: () => {
            let n = 0;
            for (const it = s.iterator(); it.next() !== 0; ) n++;
            return { chunks: Math.ceil(n / 10), bytes: Math.ceil(n / 10) * 100 };
          },
        }));
      },
    };
  }
}

interface Setup {
  app: FastifyInstance;
  overrides: Overrides;
  setLimits(l: Partial<Limits>): void;
  get(url: string): Promise<{ statusCode: number; body: string }>;
}

async function setup(engineOpts: Partial<EngineOptions> = {}): Promise<Setup> {
  const defaults = defaultsOf(limitsBlock);
  const overrides = new Overrides(defaults);
  const storage = new MemStorage();
  // up{job=a|b|c}: one sample a minute over the last 3h; old_metric: 5h ago only.
  for (const job of ["a", "b", "c"]) {
    for (let t = NOW - 3 * H; t <= NOW; t += M)
      storage.append("t1", labelsFromObject({ __name__: "up", job }), t, 1);
  }
  storage.append("t1", labelsFromObject({ __name__: "old_metric", job: "old" }), NOW - 5 * H, 1);
  storage.append("t1", labelsFromObject({ __name__: "slow" }), NOW, 1);
  const engine = new Engine({
    lookbackDelta: 5 * M,
    maxSamples: 50_000_000,
    timeout: 120_000,
    defaultSubqueryStep: M,
    ...engineOpts,
  });
  const app = Fastify();
  registerPrometheusApi(app, {
    prefix: "/prometheus",
    engine,
    queryable: new LimitedQueryable(new ChunkedStorage(storage), overrides, () => NOW),
    tenantOf,
    limits: overrides,
    now: () => NOW,
    lookbackDelta: 5 * M,
  });
  await app.ready();
  return {
    app,
    overrides,
    setLimits: (l) => overrides.setTenantLimits(new Map([["t1", { ...defaults, ...l }]])),
    get: async (url) => {
      const r = await app.inject({ url: `/prometheus${url}`, headers: HDR });
      return { statusCode: r.statusCode, body: r.body };
    },
  };
}

const enc = encodeURIComponent;

describe("per-tenant query limits through the HTTP API", () => {
  let s: Setup;
  before(async () => {
    s = await setup();
  });
  after(() => s.app.close());

  /** A query that must keep working after every error. */
  async function assertHealthy(): Promise<void> {
    const r = await s.get(`/api/v1/query?query=${enc('up{job="a"}')}&time=${NOW_S}`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(
      r.body,
      `{"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"a"},"value":[${NOW_S},"1"]}]}}`,
    );
  }

  it("max_query_expression_size_bytes (measured on the formatted query)", async () => {
    s.setLimits({ max_query_expression_size_bytes: 12 });
    const r = await s.get(`/api/v1/query?query=${enc("sum(up) by (job)")}&time=${NOW_S}`);
    assert.equal(r.statusCode, 400);
    assert.equal(
      r.body,
      errorBody(
        "bad_data",
        "the raw query size in bytes exceeds the limit (query size: 17, limit: 12) (err-mimir-max-query-expression-size-bytes). To adjust the related per-tenant limit, configure -query-frontend.max-query-expression-size-bytes, or contact your service administrator.",
      ),
    );
    const rr = await s.get(
      `/api/v1/query_range?query=${enc("sum(up) by (job)")}&start=${NOW_S - 600}&end=${NOW_S}&step=60`,
    );
    assert.equal(rr.statusCode, 400);
    assert.match(rr.body, /query size: 17, limit: 12/);
    await assertHealthy();
    // A runtime-config change applies to the next request.
    s.setLimits({});
    const ok = await s.get(`/api/v1/query?query=${enc("sum(up) by (job)")}&time=${NOW_S}`);
    assert.equal(ok.statusCode, 200);
  });

  it("blocked_queries: exact (normalised) and regex patterns", async () => {
    s.setLimits({
      blocked_queries: [
        { pattern: "sum( up )" },
        { pattern: '.*job="b".*', regex: true, reason: "too expensive" },
      ],
    });
    const blocked = errorBody(
      "bad_data",
      "the request has been blocked by the cluster administrator (err-mimir-query-blocked)",
    );
    for (const q of ["sum(up)", " sum ( up ) ", 'up{job="b"}', 'rate(up{job="b"}[5m])']) {
      const r = await s.get(`/api/v1/query?query=${enc(q)}&time=${NOW_S}`);
      assert.equal(r.statusCode, 400, q);
      assert.equal(r.body, blocked, q);
    }
    const rr = await s.get(
      `/api/v1/query_range?query=${enc("sum(up)")}&start=${NOW_S - 600}&end=${NOW_S}&step=60`,
    );
    assert.equal(rr.body, blocked);
    const other = await s.get(`/api/v1/query?query=${enc("sum(up) by (job)")}&time=${NOW_S}`);
    assert.equal(other.statusCode, 200);
    await assertHealthy();
    s.setLimits({});
    assert.equal(
      (await s.get(`/api/v1/query?query=${enc("sum(up)")}&time=${NOW_S}`)).statusCode,
      200,
    );
  });

  it("max_total_query_length over the effective range (range selectors, lookback)", async () => {
    s.setLimits({ max_total_query_length: H });
    const r = await s.get(
      `/api/v1/query_range?query=up&start=${NOW_S - 3600}&end=${NOW_S}&step=60`,
    );
    assert.equal(r.statusCode, 400);
    assert.equal(
      r.body,
      errorBody(
        "bad_data",
        "the total query time range exceeds the limit (query length: 1h4m59.999s, limit: 1h0m0s) (err-mimir-max-total-query-length). To adjust the related per-tenant limit, configure -query-frontend.max-total-query-length, or contact your service administrator.",
      ),
    );
    const inst = await s.get(`/api/v1/query?query=${enc("count_over_time(up[2h])")}&time=${NOW_S}`);
    assert.equal(inst.statusCode, 400);
    assert.match(inst.body, /query length: 1h59m59.999s, limit: 1h0m0s/);
    const ok = await s.get(
      `/api/v1/query_range?query=up&start=${NOW_S - 1800}&end=${NOW_S}&step=60`,
    );
    assert.equal(ok.statusCode, 200);
    await assertHealthy();
    s.setLimits({});
  });

  it("max_query_lookback: clamps the start, answers empty before it, bounds the data read", async () => {
    s.setLimits({ max_query_lookback: H });
    const before = await s.get(
      `/api/v1/query_range?query=up&start=${NOW_S - 3 * 3600}&end=${NOW_S - 2 * 3600}&step=60`,
    );
    assert.equal(before.statusCode, 200);
    assert.equal(before.body, EMPTY);
    const instBefore = await s.get(`/api/v1/query?query=up&time=${NOW_S - 2 * 3600}`);
    assert.equal(instBefore.body, EMPTY);
    const r = await s.get(
      `/api/v1/query_range?query=${enc('up{job="a"}')}&start=${NOW_S - 3 * 3600}&end=${NOW_S}&step=600`,
    );
    assert.equal(r.statusCode, 200);
    const values = JSON.parse(r.body).data.result[0].values as [number, string][];
    assert.equal(values[0][0], NOW_S - 3600, "start moved to now - max_query_lookback");
    // The querier does not read samples older than now - max_query_lookback.
    const c = await s.get(
      `/api/v1/query?query=${enc('count_over_time(up{job="a"}[3h])')}&time=${NOW_S}`,
    );
    assert.equal(JSON.parse(c.body).data.result[0].value[1], "61");
    s.setLimits({});
    const c2 = await s.get(
      `/api/v1/query?query=${enc('count_over_time(up{job="a"}[3h])')}&time=${NOW_S}`,
    );
    assert.equal(JSON.parse(c2.body).data.result[0].value[1], "180");
  });

  it("compactor_blocks_retention_period clamps like the query-frontend", async () => {
    s.setLimits({ compactor_blocks_retention_period: 30 * M });
    const r = await s.get(
      `/api/v1/query_range?query=${enc('up{job="a"}')}&start=${NOW_S - 3 * 3600}&end=${NOW_S}&step=600`,
    );
    assert.equal(JSON.parse(r.body).data.result[0].values[0][0], NOW_S - 1800);
    const before = await s.get(
      `/api/v1/query_range?query=up&start=${NOW_S - 3 * 3600}&end=${NOW_S - 3600}&step=60`,
    );
    assert.equal(before.body, EMPTY);
    s.setLimits({});
  });

  it("max_partial_query_length: checked by the querier on each selection (422)", async () => {
    s.setLimits({ max_partial_query_length: 30 * M });
    const r = await s.get(
      `/api/v1/query_range?query=up&start=${NOW_S - 3600}&end=${NOW_S}&step=60`,
    );
    assert.equal(r.statusCode, 422);
    assert.equal(
      r.body,
      errorBody(
        "execution",
        "the query time range exceeds the limit (query length: 1h4m59.999s, limit: 30m0s) (err-mimir-max-query-length). To adjust the related per-tenant limit, configure -querier.max-partial-query-length, or contact your service administrator.",
      ),
    );
    const inst = await s.get(`/api/v1/query?query=${enc("rate(up[1h])")}&time=${NOW_S}`);
    assert.equal(inst.statusCode, 422);
    assert.equal(inst.body, errorBody("execution", maxQueryLengthError(H - 1, 30 * M).message));
    await assertHealthy();
    s.setLimits({});
    assert.equal(
      (await s.get(`/api/v1/query?query=${enc("rate(up[1h])")}&time=${NOW_S}`)).statusCode,
      200,
    );
  });

  it("max_fetched_series_per_query on queries and /series (422)", async () => {
    s.setLimits({ max_fetched_series_per_query: 2 });
    const r = await s.get(`/api/v1/query?query=${enc("sum(up)")}&time=${NOW_S}`);
    assert.equal(r.statusCode, 422);
    assert.equal(r.body, errorBody("execution", maxSeriesHit(2).message));
    const series = await s.get(`/api/v1/series?match[]=up`);
    assert.equal(series.statusCode, 422);
    assert.equal(series.body, errorBody("execution", maxSeriesHit(2).message));
    await assertHealthy();
    s.setLimits({});
    assert.equal(
      (await s.get(`/api/v1/query?query=${enc("sum(up)")}&time=${NOW_S}`)).statusCode,
      200,
    );
  });

  it("max_fetched_chunks_per_query and max_fetched_chunk_bytes_per_query (422)", async () => {
    // up{job="a"}[1h] at NOW: 61 samples -> 7 chunks, 700 bytes per series.
    s.setLimits({ max_fetched_chunks_per_query: 13 });
    const r = await s.get(`/api/v1/query?query=${enc('rate(up{job=~"a|b"}[1h])')}&time=${NOW_S}`);
    assert.equal(r.statusCode, 422);
    assert.equal(r.body, errorBody("execution", maxChunksHit(13).message));
    assert.equal(
      (await s.get(`/api/v1/query?query=${enc('rate(up{job="a"}[1h])')}&time=${NOW_S}`)).statusCode,
      200,
    );
    s.setLimits({ max_fetched_chunk_bytes_per_query: 1000 });
    const b = await s.get(`/api/v1/query?query=${enc('rate(up{job=~"a|b"}[1h])')}&time=${NOW_S}`);
    assert.equal(b.statusCode, 422);
    assert.match(
      b.body,
      /the query exceeded the aggregated chunks size limit \(limit: 1000 bytes\) \(err-mimir-max-chunks-bytes-per-query\)/,
    );
    await assertHealthy();
    s.setLimits({});
  });

  it("max_labels_query_length and max_query_lookback on series and label endpoints", async () => {
    const all = await s.get("/api/v1/label/__name__/values");
    assert.equal(all.body, '{"status":"success","data":["old_metric","slow","up"]}');
    s.setLimits({ max_labels_query_length: H });
    assert.equal(
      (await s.get("/api/v1/label/__name__/values")).body,
      '{"status":"success","data":["slow","up"]}',
    );
    assert.equal(
      (await s.get("/api/v1/labels?match[]=old_metric")).body,
      '{"status":"success","data":[]}',
    );
    assert.equal(
      (await s.get("/api/v1/series?match[]=old_metric")).body,
      '{"status":"success","data":[]}',
    );
    // With an explicit end, the window is [end - 1h, end].
    const withEnd = await s.get(`/api/v1/series?match[]=old_metric&end=${NOW_S - 5 * 3600 + 60}`);
    assert.equal(
      withEnd.body,
      '{"status":"success","data":[{"__name__":"old_metric","job":"old"}]}',
    );
    s.setLimits({ max_query_lookback: 2 * H });
    assert.equal(
      (await s.get("/api/v1/label/__name__/values")).body,
      '{"status":"success","data":["slow","up"]}',
    );
    const before = await s.get(
      `/api/v1/series?match[]=old_metric&start=${NOW_S - 6 * 3600}&end=${NOW_S - 4 * 3600}`,
    );
    assert.equal(before.body, '{"status":"success","data":[]}');
    s.setLimits({});
    assert.equal((await s.get("/api/v1/label/__name__/values")).body, all.body);
  });

  it("rejects malformed queries, unknown functions, wrong argument types and huge ranges", async () => {
    const cases: [string, string][] = [
      [
        "/api/v1/query?query=sum(&time=1",
        'invalid parameter "query": 1:5: parse error: unexpected end of input',
      ],
      [
        "/api/v1/query?query=foo(up)&time=1",
        'invalid parameter "query": 1:1: parse error: unknown function with name "foo"',
      ],
      [
        "/api/v1/query?query=rate(up)&time=1",
        'invalid parameter "query": 1:6: parse error: expected type range vector in call to function "rate", got instant vector',
      ],
      [
        `/api/v1/query_range?query=up&start=0&end=${NOW_S}&step=1`,
        "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)",
      ],
    ];
    for (const limits of [{}, { max_total_query_length: 1000 * H }]) {
      // With and without limits (the query-frontend path parses the query first).
      s.setLimits(limits);
      for (const [url, msg] of cases) {
        const r = await s.get(url);
        assert.equal(r.statusCode, 400, url);
        assert.equal(r.body, errorBody("bad_data", msg), url);
        await assertHealthy();
      }
    }
    s.setLimits({});
  });
});

describe("engine limits through the HTTP API", () => {
  it("max samples: 422 execution; timeout: 503", async () => {
    const s = await setup({ maxSamples: 100, timeout: 50 });
    try {
      const r = await s.get(`/api/v1/query?query=${enc("count_over_time(up[3h])")}&time=${NOW_S}`);
      assert.equal(r.statusCode, 422);
      assert.equal(
        r.body,
        errorBody(
          "execution",
          "query processing would load too many samples into memory in query execution",
        ),
      );
      const rr = await s.get(
        `/api/v1/query_range?query=${enc("sum(up)")}&start=${NOW_S - 3 * 3600}&end=${NOW_S}&step=60`,
      );
      assert.equal(rr.statusCode, 422);
      const slow = await s.get(`/api/v1/query?query=slow&time=${NOW_S}`);
      assert.equal(slow.statusCode, 503);
      assert.equal(slow.body, errorBody("timeout", "query timed out in query execution"));
      const ok = await s.get(`/api/v1/query?query=${enc('up{job="a"}')}&time=${NOW_S}`);
      assert.equal(ok.statusCode, 200);
      assert.match(ok.body, /"value":\[864000,"1"\]/);
    } finally {
      await s.app.close();
    }
  });
});

describe("as wired in app.ts (MergeQueryable over the ingesters, limits: overrides)", () => {
  it("enforces frontend and querier limits together, reading the overrides per request", async () => {
    const defaults = defaultsOf(limitsBlock);
    const overrides = new Overrides(defaults);
    const storage = new MemStorage();
    for (const job of ["a", "b", "c"]) {
      for (let t = NOW - 3 * H; t <= NOW; t += M)
        storage.append("t1", labelsFromObject({ __name__: "up", job }), t, 1);
    }
    const queryable = newQuerierQueryable(
      { querier: { query_store_after: 12 * H } },
      { ingesters: new ChunkedStorage(storage), overrides, clock: () => NOW },
    );
    const app = Fastify();
    registerPrometheusApi(app, {
      prefix: "/prometheus",
      engine: new Engine({
        lookbackDelta: 5 * M,
        maxSamples: 50_000_000,
        timeout: 120_000,
        defaultSubqueryStep: M,
      }),
      queryable,
      tenantOf,
      limits: overrides,
      now: () => NOW,
      lookbackDelta: 5 * M,
    });
    await app.ready();
    const get = (url: string) => app.inject({ url: `/prometheus${url}`, headers: HDR });
    const set = (l: Partial<Limits>) =>
      overrides.setTenantLimits(new Map([["t1", { ...defaults, ...l }]]));
    try {
      set({ max_fetched_series_per_query: 2 });
      const r = await get(`/api/v1/query?query=${enc("sum(up)")}&time=${NOW_S}`);
      assert.equal(r.statusCode, 422);
      assert.equal(r.body, errorBody("execution", maxSeriesHit(2).message));
      set({ max_fetched_chunks_per_query: 13 });
      const c = await get(`/api/v1/query?query=${enc('rate(up{job=~"a|b"}[1h])')}&time=${NOW_S}`);
      assert.equal(c.body, errorBody("execution", maxChunksHit(13).message));
      set({ max_partial_query_length: 30 * M });
      const p = await get(`/api/v1/query?query=${enc("rate(up[1h])")}&time=${NOW_S}`);
      assert.equal(p.statusCode, 422);
      assert.equal(p.body, errorBody("execution", maxQueryLengthError(H - 1, 30 * M).message));
      set({ max_query_lookback: H });
      const lb = await get(
        `/api/v1/query?query=${enc('count_over_time(up{job="a"}[3h])')}&time=${NOW_S}`,
      );
      assert.equal(JSON.parse(lb.body).data.result[0].value[1], "61");
      assert.equal((await get(`/api/v1/query?query=up&time=${NOW_S - 2 * 3600}`)).body, EMPTY);
      set({ max_total_query_length: H });
      const t = await get(
        `/api/v1/query_range?query=up&start=${NOW_S - 3600}&end=${NOW_S}&step=60`,
      );
      assert.equal(t.statusCode, 400);
      assert.match(t.body, /err-mimir-max-total-query-length/);
      overrides.setTenantLimits(new Map());
      const ok = await get(`/api/v1/query?query=${enc("sum(rate(up[1h]))")}&time=${NOW_S}`);
      assert.equal(ok.statusCode, 200);
      assert.equal(JSON.parse(ok.body).data.result[0].value[1], "0");
    } finally {
      await app.close();
    }
  });
});
