/**
 * The results cache of range queries (Mimir's results_cache.go, split_and_cache.go). A split
 * query's answer is cached under `<tenant>:<query>:<step>:<start / split interval>` (plus
 * `:<start % step>` when start is not on the step grid), hashed, as a list of extents: time
 * ranges with the answer over them. A request takes what the extents cover and asks the querier
 * only for the gaps; the new pieces are merged into the extents. Nothing newer than
 * now - max_cache_freshness is stored; TTL results_cache_ttl, or
 * results_cache_ttl_for_out_of_order_time_window when the range reaches into the tenant's
 * out-of-order window. Times are Unix ms.
 */
import { createHash } from "node:crypto";
import type { Cache } from "../cache/cache.ts";
import type { QueryRequest } from "./request.ts";
import { withRange } from "./request.ts";
import { mergeMatrices, type QueryResponse, trimMatrix } from "./response.ts";

export interface Extent {
  start: number;
  end: number;
  response: QueryResponse;
}

export interface CacheLimits {
  max_cache_freshness: number;
  results_cache_ttl: number;
  results_cache_ttl_for_out_of_order_time_window: number;
  out_of_order_time_window: number;
}

/** The cache key of a split range query (before hashing). */
export function cacheKey(tenant: string, r: QueryRequest, splitInterval: number): string {
  const interval = splitInterval > 0 ? splitInterval : 86_400_000;
  let key = `${tenant}:${r.query}:${r.step}:${Math.floor(r.start / interval)}`;
  const offset = r.start % r.step;
  if (offset !== 0) key += `:${offset}`;
  return key;
}

/** Keys as stored: a hex SHA-256 of the key (fits memcached's 250-byte limit). */
export function hashedKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function encodeExtents(extents: readonly Extent[]): Buffer {
  return Buffer.from(JSON.stringify(extents));
}

export function decodeExtents(b: Buffer | undefined): Extent[] {
  if (b === undefined) return [];
  try {
    const v = JSON.parse(b.toString("utf8")) as Extent[];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** The part of [start, end] not covered by extents, as step-grid ranges, and the cached parts. */
export function partition(
  r: QueryRequest,
  extents: readonly Extent[],
): { gaps: [number, number][]; cached: QueryResponse[] } {
  const gaps: [number, number][] = [];
  const cached: QueryResponse[] = [];
  let cursor = r.start;
  const sorted = [...extents].sort((a, b) => a.start - b.start);
  for (const ext of sorted) {
    if (cursor > r.end) break;
    if (ext.end < cursor || ext.start > r.end) continue;
    // Only extents on the request's step grid can be used.
    if ((((ext.start - r.start) % r.step) + r.step) % r.step !== 0) continue;
    if (ext.start > cursor) gaps.push([cursor, ext.start - r.step]);
    const from = Math.max(cursor, ext.start);
    const to = Math.min(r.end, ext.end);
    cached.push(trimMatrix(ext.response, from / 1000, to / 1000));
    cursor = to + r.step;
  }
  if (cursor <= r.end) gaps.push([cursor, r.end]);
  return { gaps, cached };
}

/** Extents merged where they touch or overlap on the step grid. */
export function mergeExtents(extents: Extent[], step: number): Extent[] {
  const sorted = [...extents].sort((a, b) => a.start - b.start);
  const out: Extent[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && e.start <= last.end + step) {
      if (e.end > last.end) {
        last.response = mergeMatrices([last.response, e.response]);
        last.end = e.end;
      }
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

export interface ResultsCacheOutcome {
  response: QueryResponse;
  /** True when the whole answer came from the cache. */
  hit: boolean;
}

/**
 * Answers a split range query from the cache and the querier (`next` for the gaps), and stores
 * what may be cached. `now` in ms.
 */
export async function cachedRangeQuery(
  cache: Cache,
  tenant: string,
  r: QueryRequest,
  splitInterval: number,
  limits: CacheLimits,
  now: number,
  next: (r: QueryRequest) => Promise<QueryResponse>,
): Promise<ResultsCacheOutcome> {
  const key = hashedKey(cacheKey(tenant, r, splitInterval));
  const extents = decodeExtents(await cache.get(key));
  const { gaps, cached } = partition(r, extents);
  if (gaps.length === 0) return { response: mergeMatrices(cached), hit: true };
  const fetched = await Promise.all(gaps.map(([s, e]) => next(withRange(r, s, e))));
  const response = mergeMatrices([...cached, ...fetched]);
  // The newest cacheable timestamp on the step grid.
  const maxCacheTime = now - limits.max_cache_freshness;
  const added: Extent[] = [];
  gaps.forEach(([s, e], i) => {
    const res = fetched[i];
    if (res.resultType !== "matrix" || res.warnings.length > 0 || s > maxCacheTime) return;
    const end = e <= maxCacheTime ? e : s + Math.floor((maxCacheTime - s) / r.step) * r.step;
    added.push({
      start: s,
      end,
      response: end === e ? res : trimMatrix(res, s / 1000, end / 1000),
    });
  });
  if (added.length > 0) {
    const ooo = limits.out_of_order_time_window;
    const ttl =
      ooo > 0 && r.end >= now - ooo
        ? limits.results_cache_ttl_for_out_of_order_time_window
        : limits.results_cache_ttl;
    if (ttl > 0)
      void cache.set(key, encodeExtents(mergeExtents([...extents, ...added], r.step)), ttl);
  }
  return { response, hit: false };
}
