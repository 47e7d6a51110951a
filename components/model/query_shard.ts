/**
 * Query sharding's series selection, shared by every reader of series (the querier's safety-net
 * filter, the head and block queriers, the ingester's QueryStream and the store-gateway's Series):
 * the matcher `__query_shard__="<i>_of_<n>"` (1-based) selects the series whose shard, a hash of
 * all their label names and values modulo n, is i - 1. The hash depends only on the labels (the
 * series' identity, not where its samples are stored), so every series is in exactly one shard
 * and the n shards of a query together return the unsharded selection. Readers that filter by
 * shard do it from the series' labels before any chunk is read.
 */
import type { Labels } from "./labels.ts";
import { type Matcher, newMatcher } from "./matcher.ts";
import { fnv1Labels32 } from "./fnv.ts";

export const SHARD_LABEL = "__query_shard__";

/** One shard of a sharded selection. */
export interface ShardSelector {
  /** 0-based shard index, < count. */
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

/** The `__query_shard__` value of a shard (1-based `<i>_of_<n>`). */
export function formatShard(shard: ShardSelector): string {
  return `${shard.index + 1}_of_${shard.count}`;
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

/**
 * The 0-based shard of a label set among `count` shards: FNV-1 of the labels (no tenant), mixed
 * with murmur3's fmix32 (so that the ring's token bits and the shard bits are independent), mod
 * count. The one function every shard filter uses.
 */
export function shardOf(labels: Labels, count: number): number {
  let h = fnv1Labels32("", labels);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % count;
}

/** Whether a series with `labels` belongs to `shard` (always true without a shard). */
export function inShard(labels: Labels, shard: ShardSelector | undefined): boolean {
  return shard === undefined || shard.count <= 1 || shardOf(labels, shard.count) === shard.index;
}

/**
 * `matchers` with the shard's `__query_shard__` matcher appended (how a shard travels in a gRPC
 * request to the ingesters and store-gateways); `matchers` itself without a shard.
 */
export function withShardMatcher(
  matchers: readonly Matcher[],
  shard: ShardSelector | undefined,
): readonly Matcher[] {
  if (shard === undefined || shard.count <= 1) return matchers;
  return [...matchers, newMatcher("=", SHARD_LABEL, formatShard(shard))];
}
