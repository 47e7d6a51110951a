/**
 * The store-gateway's index cache (Mimir's pkg/storage/tsdb/indexcache, remote/in-memory): caches
 * the expanded postings of a block for a set of matchers, i.e. the sorted series references
 * that `postingsForMatchers` computes, under
 *
 *   E2:<tenant>:<block>:<sha256 of the sorted matchers>
 *
 * The value is the postings delta-encoded as uvarints, preceded by the count (uvarint).
 * Blocks are immutable, so entries never need invalidation; they expire after 7 days (Mimir's
 * remote index cache TTL) or when evicted.
 *
 * mimir-ts keeps each block's whole index in memory while it is loaded (see storegateway.ts),
 * so series entries are decoded locally: caching them would add a cache round trip per series
 * batch and save nothing. Expanded postings save the regex evaluation over label values and the
 * merging and intersection of postings lists.
 *
 * Metrics (Mimir's): thanos_store_index_cache_requests_total{item_type},
 * thanos_store_index_cache_hits_total{item_type}, item_type="ExpandedPostings".
 */
import { createHash } from "node:crypto";
import type { Counter, Registry } from "prom-client";
import type { Cache } from "../cache/cache.ts";
import { counter } from "../util/metrics.ts";
import { type Matcher, matcherToString } from "../model/matcher.ts";

/** Mimir's remote index cache TTL. */
export const INDEX_CACHE_TTL = 7 * 24 * 3_600_000;
export const ITEM_TYPE_EXPANDED_POSTINGS = "ExpandedPostings";

/** What the store-gateway asks of an index cache. */
export interface IndexCache {
  /** The cached expanded postings of a block for matchersKey(matchers), or undefined. Never rejects. */
  fetchExpandedPostings(
    tenant: string,
    blockID: string,
    key: string,
  ): Promise<Uint32Array | undefined>;
  /** Stores them, best effort (fire and forget). */
  storeExpandedPostings(tenant: string, blockID: string, key: string, postings: Uint32Array): void;
}

/** A canonical key for a set of matchers: order does not matter. */
export function matchersKey(matchers: readonly Matcher[]): string {
  return matchers
    .map((m) => matcherToString(m))
    .sort()
    .join(",");
}

/** count then deltas, as uvarints. */
export function encodePostings(p: Uint32Array): Buffer {
  const out = Buffer.allocUnsafe(5 * (p.length + 1));
  let pos = 0;
  const put = (v: number) => {
    while (v >= 0x80) {
      out[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[pos++] = v;
  };
  put(p.length);
  let prev = 0;
  for (let i = 0; i < p.length; i++) {
    put(p[i] - prev);
    prev = p[i];
  }
  return Buffer.from(out.subarray(0, pos));
}

/** undefined when the bytes are not a valid encoding. */
export function decodePostings(b: Uint8Array): Uint32Array | undefined {
  let pos = 0;
  const get = (): number | undefined => {
    let x = 0;
    let s = 1;
    for (let i = 0; i < 5; i++) {
      if (pos >= b.length) return undefined;
      const c = b[pos++];
      x += (c & 0x7f) * s;
      if (c < 0x80) return x;
      s *= 128;
    }
    return undefined;
  };
  const n = get();
  if (n === undefined || n > b.length) return undefined;
  const out = new Uint32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const d = get();
    if (d === undefined || (i > 0 && d === 0)) return undefined;
    prev += d;
    if (prev > 0xffffffff) return undefined;
    out[i] = prev;
  }
  return pos === b.length ? out : undefined;
}

export interface CacheIndexCacheOptions {
  registry?: Registry;
  ttlMs?: number;
}

/** An IndexCache over any Cache backend (memcached or in-memory). */
export class CacheIndexCache implements IndexCache {
  private readonly cache: Cache;
  private readonly ttl: number;
  private readonly m?: { requests: Counter<"item_type">; hits: Counter<"item_type"> };

  constructor(cache: Cache, opts: CacheIndexCacheOptions = {}) {
    this.cache = cache;
    this.ttl = opts.ttlMs ?? INDEX_CACHE_TTL;
    if (opts.registry) {
      this.m = {
        requests: counter(
          opts.registry,
          "thanos_store_index_cache_requests_total",
          "Total number of items requests to the cache.",
          ["item_type"],
        ),
        hits: counter(
          opts.registry,
          "thanos_store_index_cache_hits_total",
          "Total number of items requests to the cache that were a hit.",
          ["item_type"],
        ),
      };
      this.m.requests.inc({ item_type: ITEM_TYPE_EXPANDED_POSTINGS }, 0);
      this.m.hits.inc({ item_type: ITEM_TYPE_EXPANDED_POSTINGS }, 0);
    }
  }

  private static key(tenant: string, blockID: string, key: string): string {
    return `E2:${tenant}:${blockID}:${createHash("sha256").update(key).digest("base64url")}`;
  }

  async fetchExpandedPostings(
    tenant: string,
    blockID: string,
    key: string,
  ): Promise<Uint32Array | undefined> {
    this.m?.requests.inc({ item_type: ITEM_TYPE_EXPANDED_POSTINGS });
    let v: Buffer | undefined;
    try {
      v = await this.cache.get(CacheIndexCache.key(tenant, blockID, key));
    } catch {
      return undefined;
    }
    const p = v === undefined ? undefined : decodePostings(v);
    if (p !== undefined) this.m?.hits.inc({ item_type: ITEM_TYPE_EXPANDED_POSTINGS });
    return p;
  }

  storeExpandedPostings(tenant: string, blockID: string, key: string, postings: Uint32Array): void {
    void this.cache.set(
      CacheIndexCache.key(tenant, blockID, key),
      encodePostings(postings),
      this.ttl,
    );
  }
}
