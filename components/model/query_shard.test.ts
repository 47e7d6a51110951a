import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labelsFromObject } from "./labels.ts";
import { newMatcher } from "./matcher.ts";
import {
  formatShard,
  inShard,
  parseShard,
  SHARD_LABEL,
  shardOf,
  splitShardMatcher,
  withShardMatcher,
} from "./query_shard.ts";

describe("query shard selection", () => {
  it("round-trips the shard through its matcher", () => {
    const base = [newMatcher("=", "__name__", "m")];
    assert.equal(withShardMatcher(base, undefined), base);
    assert.equal(withShardMatcher(base, { index: 0, count: 1 }), base);
    const ms = withShardMatcher(base, { index: 6, count: 16 });
    assert.equal(ms.length, 2);
    assert.equal(ms[1].name, SHARD_LABEL);
    assert.equal(ms[1].value, "7_of_16");
    const { shard, rest } = splitShardMatcher(ms);
    assert.deepEqual(shard, { index: 6, count: 16 });
    assert.deepEqual(rest, base);
    assert.equal(formatShard(parseShard("2_of_3")), "2_of_3");
  });

  it("rejects shard matchers that are not equality", () => {
    assert.throws(
      () => splitShardMatcher([newMatcher("=~", SHARD_LABEL, "1_of_2")]),
      /invalid query sharding matcher/,
    );
  });

  it("puts every label set in exactly one shard", () => {
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 800; i++) {
      const ls = labelsFromObject({ __name__: "m", i: String(i) });
      const s = shardOf(ls, 8);
      counts[s]++;
      let member = 0;
      for (let j = 0; j < 8; j++) if (inShard(ls, { index: j, count: 8 })) member++;
      assert.equal(member, 1);
      assert.equal(inShard(ls, undefined), true);
    }
    // The hash spreads series over the shards (each holds 100 +- 40 of 800).
    for (const c of counts) assert.ok(c > 60 && c < 140, `shard sizes ${counts}`);
  });
});
