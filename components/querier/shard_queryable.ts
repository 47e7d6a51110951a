/**
 * The querier's side of query sharding: a selection with the matcher
 * `__query_shard__="<i>_of_<n>"` (1-based) returns only the series whose label hash falls in
 * shard i of n (hash % n == i - 1). The matcher is taken off before the stores see it. The hash
 * is FNV-1 over the label names and values, mixed, (the series' identity, independent of where its
 * samples are stored), so every series is in exactly one shard and the shards of a query
 * together return the unsharded selection. Malformed values answer Mimir's error.
 */
import type { Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../model/series.ts";
import { shardByAllLabels } from "../ring/hash.ts";

export const SHARD_LABEL = "__query_shard__";

export interface ShardSelector {
  /** 0-based shard index. */
  index: number;
  count: number;
}

/** Parses `<i>_of_<n>`; throws Mimir's error for anything else. */
export function parseShard(value: string): ShardSelector {
  const m = /^(\d+)_of_(\d+)$/.exec(value);
  const i = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (m === null || n < 1 || i < 1 || i > n)
    throw new Error(`invalid query sharding label value: ${JSON.stringify(value)}`);
  return { index: i - 1, count: n };
}

/** The shard selector among matchers (if any), and the other matchers. */
export function splitShardMatcher(matchers: readonly Matcher[]): {
  shard: ShardSelector | undefined;
  rest: readonly Matcher[];
} {
  const at = matchers.findIndex((m) => m.name === SHARD_LABEL);
  if (at < 0) return { shard: undefined, rest: matchers };
  const m = matchers[at];
  if (m.type !== "=") throw new Error(`invalid query sharding matcher: ${SHARD_LABEL}${m.type}`);
  return { shard: parseShard(m.value), rest: matchers.filter((_, i) => i !== at) };
}

/** The shard a label set belongs to: FNV-1 of the labels, mixed (murmur3's fmix32), mod count. */
export function shardOf(labels: Labels, count: number): number {
  let h = shardByAllLabels("", labels);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % count;
}

class ShardingQuerier implements Querier {
  private readonly inner: Querier;
  constructor(inner: Querier) {
    this.inner = inner;
  }
  async select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const { shard, rest } = splitShardMatcher(matchers);
    const all = await this.inner.select(sortSeries, hints, rest);
    if (shard === undefined || shard.count === 1) return all;
    return all.filter((s) => shardOf(s.labels, shard.count) === shard.index);
  }
  labelValues(name: string, hints: LabelHints | undefined, matchers: readonly Matcher[]) {
    return this.inner.labelValues(name, hints, splitShardMatcher(matchers).rest);
  }
  labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]) {
    return this.inner.labelNames(hints, splitShardMatcher(matchers).rest);
  }
  close(): void {
    this.inner.close();
  }
}

/** Wraps the querier's Queryable so that selections honour `__query_shard__`. */
export class ShardingQueryable implements Queryable {
  private readonly inner: Queryable;
  constructor(inner: Queryable) {
    this.inner = inner;
  }
  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    return new ShardingQuerier(await this.inner.querier(tenant, mint, maxt));
  }
}
