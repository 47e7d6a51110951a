import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Labels } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import type { Querier, Queryable, Series } from "../model/series.ts";
import { parseShard, ShardingQueryable } from "./shard_queryable.ts";

function series(n: number): Series[] {
  return Array.from({ length: n }, (_, i) => ({
    labels: [
      { name: "__name__", value: "m" },
      { name: "i", value: String(i) },
    ] as Labels,
    iterator: () => {
      throw new Error("unused");
    },
  }));
}

const inner: Queryable = {
  querier: async (): Promise<Querier> => ({
    select: async (_s, _h, ms) => {
      assert.ok(
        !ms.some((m) => m.name === "__query_shard__"),
        "the stores never see the shard matcher",
      );
      return series(200);
    },
    labelValues: async () => [],
    labelNames: async () => [],
    close: () => {},
  }),
};

describe("__query_shard__ selection", () => {
  it("splits the series into disjoint shards that cover them all", async () => {
    const q = await new ShardingQueryable(inner).querier("t", 0, 1);
    const seen = new Map<string, number>();
    let total = 0;
    for (let i = 1; i <= 16; i++) {
      const got = await q.select(false, undefined, [
        newMatcher("=", "__name__", "m"),
        newMatcher("=", "__query_shard__", `${i}_of_16`),
      ]);
      assert.ok(got.length < 200);
      total += got.length;
      for (const s of got) seen.set(s.labels[1].value, i);
    }
    assert.equal(total, 200);
    assert.equal(seen.size, 200);
    assert.equal(
      (await q.select(false, undefined, [newMatcher("=", "__name__", "m")])).length,
      200,
    );
  });

  it("rejects malformed shard values", () => {
    assert.deepEqual(parseShard("3_of_16"), { index: 2, count: 16 });
    for (const v of ["0_of_16", "17_of_16", "1of2", "a_of_b"])
      assert.throws(() => parseShard(v), /invalid query sharding label value/);
  });
});
