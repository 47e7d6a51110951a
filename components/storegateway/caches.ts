/**
 * The blocks-storage caches of the store-gateway and the querier, built from
 * `blocks_storage.bucket_store.{index_cache, chunks_cache, metadata_cache}`:
 *
 *   metadata_cache  caching bucket rules for meta.json, deletion marks, block index attributes,
 *                   the bucket index and listings (store-gateway and querier).
 *   chunks_cache    caching bucket rule for chunk segment files, by 16000-byte subranges
 *                   (store-gateway only). This is the one place chunks are cached: the
 *                   store-gateway's own per-chunk `chunksCache` is not used with it.
 *   index_cache     expanded postings per block and matchers (store-gateway only; see
 *                   indexcache.ts).
 *
 * Each cache is "" (none), "inmemory" or "memcached"; metrics are registered under "thanos_"
 * with name="index-cache" | "chunks-cache" | "metadata-cache", as Mimir does.
 */
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Cache } from "../cache/cache.ts";
import { type CacheConfig, type CacheDeps, createCache } from "../cache/config.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import {
  type ChunksCacheConfig,
  createBlocksCachingBucket,
  type MetadataCacheConfig,
} from "../storage/bucket/caching.ts";
import { CacheIndexCache, type IndexCache } from "./indexcache.ts";

/** The part of `blocks_storage.bucket_store` this file reads. */
export interface BucketStoreCachesConfig {
  index_cache: CacheConfig;
  chunks_cache: ChunksCacheConfig;
  metadata_cache: MetadataCacheConfig;
}

export interface BlocksStorageCachesOptions {
  registry: Registry;
  /** "store-gateway": all three caches; "querier": the metadata cache only. */
  component: "store-gateway" | "querier";
  logger?: Logger;
  /** For tests: DNS resolver of memcached addresses. */
  resolver?: CacheDeps["resolver"];
}

export interface BlocksStorageCaches {
  /** The blocks bucket wrapped with the metadata/chunks caching rules (or bkt when none is configured). */
  bucket: Bucket;
  /** For StoreGatewayDeps.indexCache; undefined when no index cache is configured. */
  indexCache?: IndexCache;
  /** Stops every cache built here (closes memcached connections). */
  stop(): Promise<void>;
}

export async function createBlocksStorageCaches(
  bkt: Bucket,
  cfg: BucketStoreCachesConfig,
  opts: BlocksStorageCachesOptions,
): Promise<BlocksStorageCaches> {
  const log = opts.logger;
  const cacheDeps: Omit<CacheDeps, "registry"> = {
    resolver: opts.resolver,
    onWarning: (msg, err) => log?.warn({ err }, msg),
  };
  const sg = opts.component === "store-gateway";
  const caching = await createBlocksCachingBucket(bkt, {
    metadata: cfg.metadata_cache,
    chunks: sg ? cfg.chunks_cache : undefined,
    registry: opts.registry,
    component: opts.component,
    cacheDeps,
  });
  let index: Cache | undefined;
  try {
    index = sg
      ? await createCache("index-cache", cfg.index_cache, { ...cacheDeps, registry: opts.registry })
      : undefined;
  } catch (e) {
    await caching.stop();
    throw e;
  }
  return {
    bucket: caching.bucket,
    indexCache:
      index === undefined ? undefined : new CacheIndexCache(index, { registry: opts.registry }),
    async stop() {
      await Promise.all([caching.stop(), index?.stop()]);
    },
  };
}
