/**
 * Cache backend config blocks with Mimir's keys, and the factory that builds a Cache from one.
 *
 *   backend: "" | memcached | inmemory     ("" = no cache)
 *   memcached: { addresses, timeout, max_idle_connections, max_async_concurrency, ... }
 *   inmemory:  { max_size_bytes }           (index cache in Mimir; mimir-ts accepts it for all)
 *
 * Mimir's blocks-storage caches live under
 * `blocks_storage.bucket_store.{index_cache,chunks_cache,metadata_cache}` with flags
 * `-blocks-storage.bucket-store.<cache>.<key>`; the query-frontend's results cache under
 * `frontend.results_cache` with flags `-query-frontend.results-cache.<key>`.
 */
import type { Registry } from "prom-client";
import { f, type ValueOf } from "../util/config/spec.ts";
import type { Cache } from "./cache.ts";
import type { Resolver } from "./dns.ts";
import { InMemoryCache } from "./lru.ts";
import { MemcachedCache, memcachedConfigBlock } from "./memcached.ts";

export const CACHE_BACKENDS = ["", "memcached", "inmemory"] as const;
export type CacheBackend = (typeof CACHE_BACKENDS)[number];

export interface CacheBlockOptions {
  /** Default backend ("" for chunks/metadata/results caches, "inmemory" for the index cache). */
  defaultBackend?: CacheBackend;
  /** Default of inmemory.max_size_bytes (Mimir's index cache: 1 GiB). */
  inmemoryMaxSizeBytes?: number;
  /** Help text of the backend field. */
  what?: string;
}

/** A cache block; flagPrefix like "blocks-storage.bucket-store.metadata-cache.". */
export function cacheConfigBlock(flagPrefix: string, opts: CacheBlockOptions = {}) {
  return {
    backend: f.string<CacheBackend>(
      `${flagPrefix}backend`,
      opts.defaultBackend ?? "",
      `Backend for ${opts.what ?? "the cache"}, if not empty. Supported values: memcached, inmemory.`,
      { enum: CACHE_BACKENDS },
    ),
    memcached: memcachedConfigBlock(`${flagPrefix}memcached.`),
    inmemory: {
      max_size_bytes: f.int(
        `${flagPrefix}inmemory.max-size-bytes`,
        opts.inmemoryMaxSizeBytes ?? 1024 ** 3,
        "Maximum size in bytes of the in-memory cache (shared between all tenants).",
        { validate: (v) => (v <= 0 ? "must be positive" : undefined) },
      ),
    },
  };
}
export type CacheConfig = ValueOf<ReturnType<typeof cacheConfigBlock>>;

/** Problems the field validations cannot see (Mimir's wording). */
export function validateCacheConfig(cfg: CacheConfig): string | undefined {
  if (cfg.backend === "memcached" && cfg.memcached.addresses.length === 0)
    return "no memcached addresses configured";
  return undefined;
}

export interface CacheDeps {
  registry?: Registry;
  /** Metric name prefix; Mimir registers caches under "thanos_". */
  metricsPrefix?: string;
  resolver?: Resolver;
  onWarning?: (msg: string, err?: unknown) => void;
}

/** Builds the configured cache, or undefined when backend is "" (no caching). */
export async function createCache(
  name: string,
  cfg: CacheConfig,
  deps: CacheDeps = {},
): Promise<Cache | undefined> {
  switch (cfg.backend) {
    case "":
      return undefined;
    case "inmemory":
      return new InMemoryCache({
        name,
        maxSizeBytes: cfg.inmemory.max_size_bytes,
        registry: deps.registry,
        metricsPrefix: deps.metricsPrefix,
      });
    case "memcached": {
      const problem = validateCacheConfig(cfg);
      if (problem) throw new Error(`${name}: ${problem}`);
      return MemcachedCache.create(cfg.memcached, {
        name,
        registry: deps.registry,
        metricsPrefix: deps.metricsPrefix,
        resolver: deps.resolver,
        onWarning: deps.onWarning,
      });
    }
    default:
      throw new Error(`unsupported cache type for cache ${name}: ${cfg.backend as string}`);
  }
}
