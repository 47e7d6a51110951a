import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatExpr, parseExpr } from "../promql/parser.ts";
import type { QueryResponse } from "./response.ts";
import { mergeShards, shardableAggregation, shardQuery } from "./sharding.ts";

function vector(points: [Record<string, string>, string][]): QueryResponse {
  return {
    resultType: "vector",
    result: points.map(([metric, v]) => ({ metric, value: [100, v] })),
    warnings: [],
    infos: [],
  };
}

describe("query sharding", () => {
  it("shards outer sum/min/max/count/avg over series-local expressions only", () => {
    for (const q of [
      "sum(rate(a[5m]))",
      "avg by (l)(a * 2)",
      "count without (x)(a > 1)",
      "(max(a))",
    ])
      assert.ok(shardableAggregation(parseExpr(q)), q);
    for (const q of [
      "a",
      "topk(3, a)",
      "sum(a - b)",
      "sum(sum by (l)(a))",
      "sum(histogram_quantile(0.9, a))",
      "sum(vector(1))",
      "quantile(0.5, a)",
      "sum(a) / sum(b)",
    ])
      assert.equal(shardableAggregation(parseExpr(q)), undefined, q);
  });

  it("adds the shard matcher to every selector", () => {
    const agg = shardableAggregation(parseExpr("avg by (l)(rate(a{x='1'}[5m]) * 2)"))!;
    assert.equal(
      formatExpr(shardQuery(agg, "sum", 2, 4)),
      'sum by (l) (rate(a{x="1", __query_shard__="2_of_4"}[5m]) * 2)',
    );
    // The original is untouched.
    assert.equal(formatExpr(agg), 'avg by (l) (rate(a{x="1"}[5m]) * 2)');
  });

  it("re-aggregates the shards' answers", () => {
    const l1 = { l: "1" };
    const l2 = { l: "2" };
    const s1 = vector([
      [l1, "1"],
      [l2, "+Inf"],
    ]);
    const s2 = vector([[l1, "2"]]);
    const sum = mergeShards("sum", [[s1, s2]]);
    assert.deepEqual(sum.result, [
      { metric: l1, value: [100, "3"] },
      { metric: l2, value: [100, "+Inf"] },
    ]);
    assert.deepEqual((mergeShards("min", [[s1, s2]]).result as { value: unknown }[])[0].value, [
      100,
      "1",
    ]);
    assert.deepEqual((mergeShards("max", [[s1, s2]]).result as { value: unknown }[])[0].value, [
      100,
      "2",
    ]);
    const counts = [vector([[l1, "1"]]), vector([[l1, "1"]])];
    assert.deepEqual(mergeShards("avg", [[s1, s2], counts]).result, [
      { metric: l1, value: [100, "1.5"] },
    ]);
  });
});
