import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseExpr } from "../promql/parser.ts";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import type { Querier, Queryable, SelectHints, Series } from "../model/series.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { type Limits, limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import {
  goDuration,
  maxChunkBytesHit,
  maxChunksHit,
  maxQueryLengthError,
  maxSeriesHit,
} from "./errors.ts";
import {
  API_MAX_TIME,
  API_MIN_TIME,
  checkFrontendQuery,
  clampLabelsQueryRange,
  clampToMaxLabelQueryLength,
  findMinMaxTime,
  isQueryBlocked,
  LimitedQueryable,
  queryLimiterFromHints,
  resolveLimits,
} from "./limits.ts";
import { MergeQueryable } from "./merge_queryable.ts";
import { ArraySampleIterator } from "../storage/merge.ts";

const H = 3_600_000;
const M = 60_000;
const NOW = 100 * H;
const up = [newMatcher("=", "__name__", "up")];

/** A source whose series report chunk stats; records the hints it was asked for. */
class FakeSource implements Queryable {
  readonly hints: SelectHints[] = [];
  readonly ranges: [number, number][] = [];
  readonly series: { labels: Record<string, string>; chunks: number; bytes: number }[];
  constructor(series: { labels: Record<string, string>; chunks: number; bytes: number }[]) {
    this.series = series;
  }
  async querier(_tenant: string, mint: number, maxt: number): Promise<Querier> {
    this.ranges.push([mint, maxt]);
    const self = this;
    return {
      async select(_sort: boolean, hints: SelectHints | undefined): Promise<Series[]> {
        if (hints) self.hints.push({ ...hints });
        return self.series.map((s) => ({
          labels: labelsFromObject(s.labels),
          iterator: () => new ArraySampleIterator([NOW], [1]),
          chunkStats: () => ({ chunks: s.chunks, bytes: s.bytes }),
        }));
      },
      labelNames: async () => ["__name__"],
      labelValues: async () => ["up"],
      close() {},
    };
  }
}

function overridesWith(l: Partial<Limits>): Overrides {
  const o = new Overrides(defaultsOf(limitsBlock));
  o.setTenantLimits(new Map([["t", { ...defaultsOf(limitsBlock), ...l }]]));
  return o;
}

describe("limit messages", () => {
  it("formats durations like Go and uses Mimir's texts", () => {
    assert.equal(goDuration(H), "1h0m0s");
    assert.equal(goDuration(30 * M), "30m0s");
    assert.equal(goDuration(H + 5 * M - 1), "1h4m59.999s");
    assert.equal(goDuration(250), "250ms");
    assert.equal(
      maxQueryLengthError(2 * H, H).message,
      "the query time range exceeds the limit (query length: 2h0m0s, limit: 1h0m0s) (err-mimir-max-query-length). To adjust the related per-tenant limit, configure -querier.max-partial-query-length, or contact your service administrator.",
    );
    assert.equal(
      maxSeriesHit(2).message,
      "the query exceeded the maximum number of series (limit: 2 series) (err-mimir-max-series-per-query). Consider reducing the time range and/or number of series selected by the query. One way to reduce the number of selected series is to add more label matchers to the query. Otherwise, to adjust the related per-tenant limit, configure -querier.max-fetched-series-per-query, or contact your service administrator.",
    );
  });
});

describe("query-frontend checks", () => {
  it("computes the effective time range like promql.FindMinMaxTime", () => {
    const lb = 5 * M;
    assert.deepEqual(findMinMaxTime(parseExpr("up"), 0, H, lb), [-lb + 1, H]);
    assert.deepEqual(findMinMaxTime(parseExpr("rate(up[1h])"), NOW, NOW, lb), [NOW - H + 1, NOW]);
    assert.deepEqual(findMinMaxTime(parseExpr("up offset 1h"), NOW, NOW, lb), [
      NOW - H - lb + 1,
      NOW - H,
    ]);
    assert.deepEqual(
      findMinMaxTime(parseExpr("max_over_time(rate(up[1m])[1d:1m])"), NOW, NOW, lb),
      [NOW - 24 * H - M + 1, NOW],
    );
    assert.deepEqual(findMinMaxTime(parseExpr("up @ 100"), NOW, NOW, lb), [
      100_000 - lb + 1,
      100_000,
    ]);
    assert.deepEqual(findMinMaxTime(parseExpr("vector(1)"), 0, H, lb), [0, 0]);
  });

  it("clamps to the lookback or answers empty, then checks size, total length and blocks", () => {
    const q = (query: string, start: number, end: number) => {
      const expr = parseExpr(query);
      return { formatted: query, expr, start, end, step: 0, lookbackDelta: 5 * M };
    };
    const l = resolveLimits({
      max_query_lookback: 2 * H,
      compactor_blocks_retention_period: 3 * H,
    });
    assert.deepEqual(checkFrontendQuery(l, q("up", NOW - 5 * H, NOW - 4 * H), NOW), {
      action: "empty",
    });
    assert.deepEqual(checkFrontendQuery(l, q("up", NOW - 5 * H, NOW), NOW), {
      action: "run",
      start: NOW - 2 * H,
      end: NOW,
    });
    const r = resolveLimits({ compactor_blocks_retention_period: H });
    assert.deepEqual(checkFrontendQuery(r, q("up", NOW - 5 * H, NOW), NOW), {
      action: "run",
      start: NOW - H,
      end: NOW,
    });
    assert.throws(
      () =>
        checkFrontendQuery(
          resolveLimits({ max_query_expression_size_bytes: 3 }),
          q("up{}", NOW, NOW),
          NOW,
        ),
      {
        message:
          "the raw query size in bytes exceeds the limit (query size: 4, limit: 3) (err-mimir-max-query-expression-size-bytes). To adjust the related per-tenant limit, configure -query-frontend.max-query-expression-size-bytes, or contact your service administrator.",
      },
    );
    assert.throws(
      () =>
        checkFrontendQuery(
          resolveLimits({ max_total_query_length: H }),
          q("rate(up[2h])", NOW, NOW),
          NOW,
        ),
      {
        message:
          "the total query time range exceeds the limit (query length: 1h59m59.999s, limit: 1h0m0s) (err-mimir-max-total-query-length). To adjust the related per-tenant limit, configure -query-frontend.max-total-query-length, or contact your service administrator.",
      },
    );
    assert.deepEqual(
      checkFrontendQuery(
        resolveLimits({ max_total_query_length: H }),
        q("rate(up[30m])", NOW, NOW),
        NOW,
      ).action,
      "run",
    );
    assert.throws(
      () =>
        checkFrontendQuery(
          resolveLimits({ blocked_queries: [{ pattern: "up" }] }),
          q("up", NOW, NOW),
          NOW,
        ),
      {
        message:
          "the request has been blocked by the cluster administrator (err-mimir-query-blocked)",
      },
    );
  });

  it("matches blocked queries exactly (trimmed, normalised) or by anchored regex", () => {
    const norm = (p: string) => (p === "sum( up )" ? "sum(up)" : p);
    assert.equal(isQueryBlocked([{ pattern: "  up  " }], "up"), true);
    assert.equal(isQueryBlocked([{ pattern: "sum( up )" }], "sum(up)", norm), true);
    assert.equal(isQueryBlocked([{ pattern: "up" }], "up2"), false);
    assert.equal(isQueryBlocked([{ pattern: "up.*", regex: true }], "up2"), true);
    assert.equal(
      isQueryBlocked([{ pattern: "p.*", regex: true }], "up"),
      false,
      "regexes are anchored",
    );
    assert.equal(
      isQueryBlocked(
        [
          { pattern: "(", regex: true },
          { pattern: "", regex: true },
        ],
        "up",
      ),
      false,
      "bad or empty rules are ignored",
    );
  });
});

describe("querier checks", () => {
  it("clamps label query ranges like clampToMaxLabelQueryLength", () => {
    assert.equal(clampToMaxLabelQueryLength(API_MIN_TIME, API_MAX_TIME, NOW, H), NOW - H);
    assert.equal(clampToMaxLabelQueryLength(API_MIN_TIME, NOW - 5 * H, NOW, H), NOW - 6 * H);
    assert.equal(clampToMaxLabelQueryLength(NOW - 5 * H, API_MAX_TIME, NOW, H), NOW - H);
    assert.equal(clampToMaxLabelQueryLength(NOW - 5 * H, NOW - 2 * H, NOW, H), NOW - 3 * H);
    assert.equal(clampToMaxLabelQueryLength(NOW - 5 * H, NOW - 2 * H, NOW, 0), NOW - 5 * H);
    assert.deepEqual(
      clampLabelsQueryRange(
        resolveLimits({ max_query_lookback: H }),
        NOW - 3 * H,
        NOW - 2 * H,
        NOW,
      ),
      null,
    );
  });

  it("merge: one series/chunk counter for ingesters and store, per query", async () => {
    const ing = new FakeSource([
      { labels: { __name__: "up", i: "1" }, chunks: 3, bytes: 300 },
      { labels: { __name__: "up", i: "2" }, chunks: 3, bytes: 300 },
    ]);
    const store = new FakeSource([
      { labels: { __name__: "up", i: "2" }, chunks: 2, bytes: 200 },
      { labels: { __name__: "up", i: "3" }, chunks: 2, bytes: 200 },
    ]);
    const mk = (l: Partial<Limits>) =>
      new MergeQueryable(
        { queryStoreAfter: 0 },
        { ingesters: ing, store, overrides: overridesWith(l), clock: () => NOW },
      );
    const sel = async (l: Partial<Limits>) =>
      (
        await (
          await mk(l).querier("t", NOW - H, NOW)
        ).select(true, { start: NOW - H, end: NOW }, up)
      ).length;
    // Series present in both sources count once: 3 unique series.
    assert.equal(await sel({ max_fetched_series_per_query: 3 }), 3);
    await assert.rejects(sel({ max_fetched_series_per_query: 2 }), {
      message: maxSeriesHit(2).message,
    });
    // Chunks and bytes add up across both sources: 10 chunks, 1000 bytes.
    assert.equal(
      await sel({ max_fetched_chunks_per_query: 10, max_fetched_chunk_bytes_per_query: 1000 }),
      3,
    );
    await assert.rejects(sel({ max_fetched_chunks_per_query: 9 }), {
      message: maxChunksHit(9).message,
    });
    await assert.rejects(sel({ max_fetched_chunk_bytes_per_query: 999 }), {
      message: maxChunkBytesHit(999).message,
    });
    // The counter spans all selections of one query.
    const q = await mk({ max_fetched_chunks_per_query: 15 }).querier("t", NOW - H, NOW);
    await q.select(true, { start: NOW - H, end: NOW }, up);
    await assert.rejects(q.select(true, { start: NOW - H, end: NOW }, up), {
      message: maxChunksHit(15).message,
    });
    // Series-only selections fetch no chunks.
    const qs = await mk({ max_fetched_chunks_per_query: 1 }).querier("t", NOW - H, NOW);
    assert.equal(
      (await qs.select(true, { start: NOW - H, end: NOW, func: "series" }, up)).length,
      3,
    );
  });

  it("merge: a source can count into the query's limiter passed down in the hints", async () => {
    const ing = new FakeSource([{ labels: { __name__: "up", i: "1" }, chunks: 4, bytes: 1 }]);
    let seen = 0;
    // Like the store-gateway path: counts what it fetched itself, no chunkStats on its series.
    const store: Queryable = {
      async querier(): Promise<Querier> {
        return {
          async select(_s, hints): Promise<Series[]> {
            const limiter = queryLimiterFromHints(hints);
            if (limiter) seen++;
            limiter?.addSeries(labelsFromObject({ __name__: "up", i: "1" }));
            limiter?.addChunks(3);
            return [
              {
                labels: labelsFromObject({ __name__: "up", i: "1" }),
                iterator: () => new ArraySampleIterator([], []),
              },
            ];
          },
          labelNames: async () => [],
          labelValues: async () => [],
          close() {},
        };
      },
    };
    const mk = (l: Partial<Limits>) =>
      new MergeQueryable(
        { queryStoreAfter: 0 },
        { ingesters: ing, store, overrides: overridesWith(l), clock: () => NOW },
      );
    const sel = async (l: Partial<Limits>) =>
      (
        await (
          await mk(l).querier("t", NOW - H, NOW)
        ).select(true, { start: NOW - H, end: NOW }, up)
      ).length;
    assert.equal(
      await sel({ max_fetched_chunks_per_query: 7, max_fetched_series_per_query: 1 }),
      1,
    );
    assert.equal(seen, 1);
    await assert.rejects(sel({ max_fetched_chunks_per_query: 6 }), {
      message: maxChunksHit(6).message,
    });
  });

  it("merge: lookback clamp, partial query length and label length on selections", async () => {
    const ing = new FakeSource([{ labels: { __name__: "up" }, chunks: 1, bytes: 1 }]);
    const overrides = overridesWith({
      max_query_lookback: 2 * H,
      max_partial_query_length: H,
      max_labels_query_length: 30 * M,
    });
    const mq = new MergeQueryable(
      { queryStoreAfter: 0 },
      { ingesters: ing, overrides, clock: () => NOW },
    );
    // Wholly before the lookback: nothing is queried.
    const before = await mq.querier("t", NOW - 5 * H, NOW - 3 * H);
    assert.deepEqual(await before.select(true, undefined, up), []);
    assert.deepEqual(await before.labelNames(undefined, []), []);
    assert.equal(ing.ranges.length, 0);
    // The querier's start is clamped to now - lookback.
    const q = await mq.querier("t", NOW - 5 * H, NOW);
    assert.deepEqual(ing.ranges.at(-1), [NOW - 2 * H, NOW]);
    // Selections are clamped too, then checked against max_partial_query_length.
    assert.equal((await q.select(true, { start: NOW - H, end: NOW }, up)).length, 1);
    await assert.rejects(q.select(true, { start: NOW - 5 * H, end: NOW }, up), {
      message: maxQueryLengthError(2 * H, H).message,
    });
    await assert.rejects(q.select(true, undefined, up), {
      message: maxQueryLengthError(2 * H, H).message,
    });
    // Series selections are first clamped to max_labels_query_length.
    assert.equal(
      (await q.select(true, { start: NOW - 5 * H, end: NOW, func: "series" }, up)).length,
      1,
    );
    assert.deepEqual([ing.hints.at(-1)?.start, ing.hints.at(-1)?.end], [NOW - 30 * M, NOW]);
    // Runtime changes apply to the next query.
    overrides.setTenantLimits(new Map());
    const q2 = await mq.querier("t", NOW - 5 * H, NOW);
    assert.equal((await q2.select(true, { start: NOW - 5 * H, end: NOW }, up)).length, 1);
    assert.deepEqual(ing.ranges.at(-1), [NOW - 5 * H, NOW]);
  });

  it("LimitedQueryable wraps any Queryable", async () => {
    const src = new FakeSource([
      { labels: { __name__: "up", i: "1" }, chunks: 1, bytes: 1 },
      { labels: { __name__: "up", i: "2" }, chunks: 1, bytes: 1 },
    ]);
    const lq = new LimitedQueryable(
      src,
      { get: () => ({ max_fetched_series_per_query: 1, max_query_lookback: H }) },
      () => NOW,
    );
    const q = await lq.querier("t", NOW - 3 * H, NOW);
    assert.deepEqual(src.ranges.at(-1), [NOW - H, NOW]);
    await assert.rejects(q.select(true, { start: NOW - H, end: NOW }, up), {
      message: maxSeriesHit(1).message,
    });
    const empty = await lq.querier("t", NOW - 3 * H, NOW - 2 * H);
    assert.deepEqual(await empty.select(true, undefined, up), []);
  });
});

describe("querier.max_query_into_future", () => {
  const mk = (ing: FakeSource, maxQueryIntoFuture: number) =>
    new MergeQueryable(
      { queryStoreAfter: 0, maxQueryIntoFuture },
      { ingesters: ing, overrides: overridesWith({}), clock: () => NOW },
    );
  const source = () => new FakeSource([{ labels: { __name__: "up" }, chunks: 1, bytes: 1 }]);

  it("caps the end of a query reaching further into the future at now + the limit", async () => {
    const ing = source();
    const q = await mk(ing, 10 * M).querier("t", NOW - 5 * H, NOW + H);
    assert.deepEqual(ing.ranges.at(-1), [NOW - 5 * H, NOW + 10 * M]);
    // The selection's hints are capped the same way.
    assert.equal((await q.select(true, { start: NOW - 5 * H, end: NOW + H }, up)).length, 1);
    assert.deepEqual([ing.hints.at(-1)?.start, ing.hints.at(-1)?.end], [NOW - 5 * H, NOW + 10 * M]);
  });

  it("leaves a query ending below the limit, or with the limit disabled, as it is", async () => {
    const ing = source();
    await mk(ing, 10 * M).querier("t", NOW - 100 * M, NOW + 5 * M);
    assert.deepEqual(ing.ranges.at(-1), [NOW - 100 * M, NOW + 5 * M]);
    await mk(ing, 0).querier("t", NOW - 5 * H, NOW + 100 * H);
    assert.deepEqual(ing.ranges.at(-1), [NOW - 5 * H, NOW + 100 * H]);
  });

  it("answers a query starting after now + the limit with nothing, querying no source", async () => {
    const ing = source();
    const q = await mk(ing, 10 * M).querier("t", NOW + 50 * M, NOW + 60 * M);
    assert.deepEqual(await q.select(true, undefined, up), []);
    assert.deepEqual(await q.labelNames(undefined, []), []);
    assert.equal(ing.ranges.length, 0);
  });
});
