/**
 * The querier pushes `__query_shard__` down to its sources as SelectHints.shard and keeps its
 * own filter only as a safety net for sources that ignore the hint.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labelsFromObject, labelsKey } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { inShard, SHARD_LABEL, shardOf } from "../model/query_shard.ts";
import type { Querier, Queryable, SelectHints, Series } from "../model/series.ts";
import { APPEND_OK, Head } from "../tsdb/head.ts";
import { ShardingQueryable } from "./shard_queryable.ts";

const SERIES = 120;

function allSeries(): Series[] {
  return Array.from({ length: SERIES }, (_, i) => ({
    labels: labelsFromObject({ __name__: "m", i: String(i) }),
    iterator: () => {
      throw new Error("unused");
    },
  }));
}

/** A source that records the hints it was given and filters by shard when `honours` is set. */
function source(honours: boolean, seen: (SelectHints | undefined)[]): Queryable {
  return {
    querier: async (): Promise<Querier> => ({
      select: async (_s, hints, ms) => {
        assert.ok(!ms.some((m) => m.name === SHARD_LABEL), "the shard travels in the hints");
        seen.push(hints);
        const all = allSeries();
        return honours ? all.filter((s) => inShard(s.labels, hints?.shard)) : all;
      },
      labelValues: async () => [],
      labelNames: async () => [],
      close: () => {},
    }),
  };
}

const shardMatchers = (i: number, n: number) => [
  newMatcher("=", "__name__", "m"),
  newMatcher("=", SHARD_LABEL, `${i}_of_${n}`),
];

describe("__query_shard__ pushdown from the querier", () => {
  it("passes the shard to sources in SelectHints", async () => {
    const seen: (SelectHints | undefined)[] = [];
    const q = await new ShardingQueryable(source(true, seen)).querier("t", 0, 1);
    const got = await q.select(false, { start: 0, end: 1 }, shardMatchers(3, 4));
    assert.deepEqual(seen[0]?.shard, { index: 2, count: 4 });
    assert.deepEqual(seen[0] && { start: seen[0].start, end: seen[0].end }, { start: 0, end: 1 });
    assert.ok(got.length > 0);
    for (const s of got) assert.equal(shardOf(s.labels, 4), 2);
  });

  it("filters what a source that ignores the hint returns (safety net)", async () => {
    const seen: (SelectHints | undefined)[] = [];
    const q = await new ShardingQueryable(source(false, seen)).querier("t", 0, 1);
    const keys = new Set<string>();
    for (let i = 1; i <= 4; i++) {
      const got = await q.select(false, { start: 0, end: 1 }, shardMatchers(i, 4));
      assert.ok(got.length < SERIES);
      for (const s of got) {
        assert.equal(shardOf(s.labels, 4), i - 1);
        keys.add(labelsKey(s.labels));
      }
    }
    assert.equal(keys.size, SERIES);
    // Without hints nothing is pushed down and the filter still applies.
    const noHints = await q.select(false, undefined, shardMatchers(1, 4));
    assert.equal(seen.at(-1), undefined);
    assert.ok(noHints.every((s) => shardOf(s.labels, 4) === 0));
  });

  it("the head behind the querier returns the same shard as the querier's filter", async () => {
    const head = new Head();
    for (const s of allSeries())
      assert.equal(head.append(head.getOrCreate(s.labels), 5, 1, 0), APPEND_OK);
    const q = await new ShardingQueryable({
      querier: async (_t, mint, maxt) => head.querier(mint, maxt),
    }).querier("t", 0, 10);
    let total = 0;
    for (let i = 1; i <= 5; i++) {
      const got = await q.select(true, { start: 0, end: 10 }, shardMatchers(i, 5));
      const expected = allSeries().filter((s) => shardOf(s.labels, 5) === i - 1);
      assert.deepEqual(
        got.map((s) => labelsKey(s.labels)).sort(),
        expected.map((s) => labelsKey(s.labels)).sort(),
      );
      total += got.length;
    }
    assert.equal(total, SERIES);
  });
});
