/**
 * Query sharding pushed down into the one BlockQuerier (head and persisted blocks): the n shards
 * of a selection are disjoint and together equal the unsharded selection, and the chunks of
 * series outside the shard are never read.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { labelsFromObject, labelsKey } from "../model/labels.ts";
import { type Matcher, newMatcher } from "../model/matcher.ts";
import { SHARD_LABEL, type ShardSelector, shardOf } from "../model/query_shard.ts";
import { type Querier, ValNone } from "../model/series.ts";
import { BlockReader } from "./block/reader.ts";
import { APPEND_OK, Head } from "./head.ts";
import { BlockQuerier, type QueryableBlock } from "./querier.ts";
import { makeBlock, tempDir, type TestSeries } from "./testing/blocks.ts";

const SERIES = 300;
const ALL = [newMatcher("=~", "__name__", "a|b")];

function testSeries(): TestSeries[] {
  const out: TestSeries[] = [];
  for (let i = 0; i < SERIES; i++)
    out.push({
      labels: { __name__: i % 3 === 0 ? "b" : "a", i: String(i) },
      samples: [
        [1_000, i],
        [2_000, i + 1],
      ],
    });
  return out;
}

/** "labels samples" of each selected series, reading every sample. */
async function dump(
  q: Querier,
  shard: ShardSelector | undefined,
  matchers: readonly Matcher[] = ALL,
): Promise<string[]> {
  const out: string[] = [];
  for (const s of await q.select(true, { start: 0, end: 10_000, shard }, matchers)) {
    const it = s.iterator();
    const pts: string[] = [];
    while (it.next() !== ValNone) pts.push(`${it.atT()}=${it.atF()}`);
    out.push(`${labelsKey(s.labels)} ${pts.join(" ")}`);
  }
  return out;
}

/** Asserts that the `count` shards are disjoint, cover the unsharded selection, and hold only their own series. */
async function assertShardsPartition(q: Querier, count: number): Promise<void> {
  const all = await dump(q, undefined);
  assert.equal(all.length, SERIES);
  const union: string[] = [];
  for (let index = 0; index < count; index++) {
    const part = await dump(q, { index, count });
    assert.ok(part.length < SERIES, `shard ${index} of ${count} holds fewer series than all`);
    // The matcher form selects the same series as the hint form.
    const viaMatcher = await dump(q, undefined, [
      ...ALL,
      newMatcher("=", SHARD_LABEL, `${index + 1}_of_${count}`),
    ]);
    assert.deepEqual(viaMatcher, part);
    union.push(...part);
  }
  assert.equal(new Set(union).size, union.length, "shards are disjoint");
  assert.deepEqual(union.sort(), [...all].sort());
}

describe("query sharding in the BlockQuerier", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let block: BlockReader;
  const head = new Head();

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    const series = testSeries();
    const meta = await makeBlock(dir, series);
    block = await BlockReader.open(join(dir, meta.ulid));
    for (const s of series) {
      const ref = head.getOrCreate(labelsFromObject(s.labels));
      for (const [t, v] of s.samples) assert.equal(head.append(ref, t, v, 0), APPEND_OK);
    }
  });
  after(async () => {
    await block.close();
    await cleanup();
  });

  for (const count of [2, 3, 16]) {
    it(`head: ${count} shards partition the selection`, async () => {
      await assertShardsPartition(head.querier(0, 10_000), count);
    });
    it(`block: ${count} shards partition the selection`, async () => {
      await assertShardsPartition(block.querier(0, 10_000), count);
    });
  }

  it("reads the chunks of the shard's series only, and one shard is everything", async () => {
    let read = 0;
    const counting: QueryableBlock = {
      index: block.index,
      tombstones: block.tombstones,
      chunks: {
        chunks: (refs) => {
          read += refs.length;
          return block.chunks.chunks(refs);
        },
      },
    };
    const q = new BlockQuerier(counting, 0, 10_000);
    const shard = { index: 5, count: 16 };
    const got = await q.select(false, { start: 0, end: 10_000, shard }, ALL);
    const expected = testSeries().filter(
      (s) => shardOf(labelsFromObject(s.labels), 16) === 5,
    ).length;
    assert.ok(expected > 0);
    assert.equal(got.length, expected);
    assert.equal(read, expected, "one chunk per selected series, none for the others");
    for (const s of got) assert.equal(shardOf(s.labels, 16), 5);
    assert.equal((await dump(q, { index: 0, count: 1 })).length, SERIES);
  });

  it("ignores the shard matcher in label queries and rejects malformed shard values", async () => {
    const q = head.querier(0, 10_000);
    const withShard = [...ALL, newMatcher("=", SHARD_LABEL, "1_of_2")];
    assert.deepEqual(await q.labelValues("__name__", undefined, withShard), ["a", "b"]);
    assert.deepEqual(await q.labelNames(undefined, withShard), ["__name__", "i"]);
    await assert.rejects(
      q.select(false, undefined, [...ALL, newMatcher("=", SHARD_LABEL, "3_of_2")]),
      /invalid query sharding label value/,
    );
  });
});
