/**
 * The querier's side of query sharding: a selection with the matcher
 * `__query_shard__="<i>_of_<n>"` asks only for the series of shard i of n
 * (model/query_shard.ts). The matcher is taken off and the shard is pushed down to the stores as
 * `SelectHints.shard`: the ingesters (head postings) and the store-gateways (block index) keep
 * only the shard's series before reading chunks. The filter here stays as the safety net for
 * sources that cannot filter (they return every matching series). Malformed values answer
 * Mimir's error.
 */
import type { Matcher } from "../model/matcher.ts";
import { inShard, splitShardMatcher } from "../model/query_shard.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../model/series.ts";

export {
  parseShard,
  SHARD_LABEL,
  type ShardSelector,
  shardOf,
  splitShardMatcher,
} from "../model/query_shard.ts";

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
    if (shard === undefined || shard.count === 1) return this.inner.select(sortSeries, hints, rest);
    // Without hints (no time range to pass on) nothing is pushed down; the filter below applies.
    const pushed = hints === undefined ? undefined : { ...hints, shard };
    const got = await this.inner.select(sortSeries, pushed, rest);
    return got.filter((s) => inShard(s.labels, shard));
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
