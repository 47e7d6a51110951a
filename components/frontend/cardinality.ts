/**
 * Cardinality estimates for query sharding (Mimir's cardinality estimation middleware): the
 * series a (split) query fetched, as the queriers reported it, are kept in the results cache
 * under `QS:<tenant>:<fnv64a(query) hex>:<start bucket>:<range bucket>` (2h buckets, the start
 * shifted by a per-query offset so estimates do not all expire at a bucket edge) for 7 days, and
 * rewritten only when the count moved by 10% or more. A later similar query shards into
 * floor(estimate / query_sharding_target_series_per_shard) + 1 shards, at most
 * query_sharding_total_shards.
 */
import { Histogram, type Registry } from "prom-client";
import type { Cache } from "../cache/cache.ts";
import type { QueryRequest } from "./request.ts";

export const CARDINALITY_BUCKET_MS = 2 * 3_600_000;
export const CARDINALITY_TTL_MS = 7 * 24 * 3_600_000;
/** How far the actual count may be from the estimate before the estimate is rewritten. */
export const CARDINALITY_TOLERANCE = 0.1;

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes of s. */
export function fnv1a64(s: string): bigint {
  let h = FNV64_OFFSET;
  for (const b of Buffer.from(s, "utf8")) h = ((h ^ BigInt(b)) * FNV64_PRIME) & MASK64;
  return h;
}

/** The cache key of a query's estimate. Times in ms. */
export function cardinalityKey(tenant: string, r: QueryRequest): string {
  const h = fnv1a64(r.query);
  const offset = Number(h % BigInt(CARDINALITY_BUCKET_MS));
  const startBucket = Math.floor((r.start + offset) / CARDINALITY_BUCKET_MS);
  const rangeBucket = Math.floor((r.end - r.start) / CARDINALITY_BUCKET_MS);
  return `QS:${tenant}:${h.toString(16).padStart(16, "0")}:${startBucket}:${rangeBucket}`;
}

/** An estimate as stored: a protobuf message with the count as field 1 (varint). */
export function encodeEstimate(n: number): Buffer {
  const bytes = [0x08];
  let v = BigInt(Math.max(0, Math.floor(n)));
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    bytes.push(b);
  } while (v > 0n);
  return Buffer.from(bytes);
}

/** The count of a stored estimate; undefined when it does not read as one. */
export function decodeEstimate(b: Buffer): number | undefined {
  if (b.length === 0) return 0; // an empty message: the count is 0
  if (b[0] !== 0x08) return undefined;
  let v = 0n;
  let shift = 0n;
  for (let i = 1; i < b.length && i <= 10; i++) {
    v |= BigInt(b[i] & 0x7f) << shift;
    if ((b[i] & 0x80) === 0) return i === b.length - 1 ? Number(v) : undefined;
    shift += 7n;
  }
  return undefined;
}

/** True when the estimate is within CARDINALITY_TOLERANCE of the actual count. */
export function isCardinalitySimilar(actual: number, estimate: number): boolean {
  if (actual === 0) return estimate === 0;
  return Math.abs(estimate / actual - 1) < CARDINALITY_TOLERANCE;
}

/** The shard count for an estimate: floor(estimate / target) + 1, within [1, totalShards]. */
export function shardsForEstimate(totalShards: number, estimate: number, target: number): number {
  return Math.max(1, Math.min(totalShards, Math.floor(estimate / target) + 1));
}

export class CardinalityEstimator {
  private readonly cache: Cache;
  private readonly difference?: Histogram;

  constructor(cache: Cache, registry?: Registry) {
    this.cache = cache;
    if (registry)
      this.difference = new Histogram({
        name: "cortex_query_frontend_cardinality_estimation_difference",
        help: "Difference between estimated and actual query cardinality",
        buckets: Array.from({ length: 10 }, (_, i) => 100 * 2 ** i),
        registers: [registry],
      });
  }

  /** The stored estimate of a query, if any. */
  async lookup(tenant: string, r: QueryRequest): Promise<number | undefined> {
    const b = await this.cache.get(cardinalityKey(tenant, r));
    return b === undefined ? undefined : decodeEstimate(b);
  }

  /** Records what the query fetched: stored when there was no estimate or it was off. */
  record(tenant: string, r: QueryRequest, estimate: number | undefined, actual: number): void {
    if (estimate === undefined || !isCardinalitySimilar(actual, estimate))
      void this.cache.set(cardinalityKey(tenant, r), encodeEstimate(actual), CARDINALITY_TTL_MS);
    if (estimate !== undefined) this.difference?.observe(Math.abs(actual - estimate));
  }
}
