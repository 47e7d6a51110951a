import assert from "node:assert/strict";
import { it } from "node:test";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { Head } from "../tsdb/head.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { maxChunksHit } from "./errors.ts";
import { MergeQueryable } from "./merge_queryable.ts";

it("ingester head chunks count against max_fetched_chunks_per_query", async () => {
  const h = new Head();
  for (const job of ["a", "b"]) {
    const s = h.getOrCreate(labelsFromObject({ __name__: "up", job }));
    for (let t = 0; t < 500; t++) h.append(s, t * 15_000, t, 0);
  }
  const d = defaultsOf(limitsBlock);
  const o = new Overrides(d);
  const ing = { querier: async (_t: string, mint: number, maxt: number) => h.querier(mint, maxt) };
  const mq = new MergeQueryable(
    { queryStoreAfter: 0 },
    { ingesters: ing, overrides: o, clock: () => 500 * 15_000 },
  );
  const sel = async () =>
    (
      await (
        await mq.querier("t", 0, 500 * 15_000)
      ).select(true, { start: 0, end: 500 * 15_000 }, [newMatcher("=", "__name__", "up")])
    ).length;
  assert.equal(await sel(), 2);
  const st = { chunks: 0, bytes: 0 };
  for (const x of await h
    .querier(0, 500 * 15_000)
    .select(true, undefined, [newMatcher("=", "__name__", "up")])) {
    const c = (x as unknown as { chunkStats(): { chunks: number; bytes: number } }).chunkStats();
    st.chunks += c.chunks;
    st.bytes += c.bytes;
  }
  assert.ok(st.chunks >= 4 && st.bytes > 0);
  o.setTenantLimits(
    new Map([
      [
        "t",
        {
          ...d,
          max_fetched_chunks_per_query: st.chunks,
          max_fetched_chunk_bytes_per_query: st.bytes,
        },
      ],
    ]),
  );
  assert.equal(await sel(), 2);
  o.setTenantLimits(new Map([["t", { ...d, max_fetched_chunks_per_query: st.chunks - 1 }]]));
  await assert.rejects(sel(), { message: maxChunksHit(st.chunks - 1).message });
  o.setTenantLimits(new Map([["t", { ...d, max_fetched_chunk_bytes_per_query: st.bytes - 1 }]]));
  await assert.rejects(sel(), /err-mimir-max-chunks-bytes-per-query/);
});
