/**
 * Caching bucket decorator (Thanos/Mimir's CachingBucket, metadata part): per-operation rules
 * pick which object names are cached, in which Cache and for how long. Mimir's metadata cache
 * rules (M:pkg/storage/tsdb/caching_config.go) are built by `metadataCachingRules`:
 *
 *   exists + get + attributes "metafile":  <block>/meta.json, <block>/deletion-mark.json,
 *                                          <tenant>/markers/tenant-deletion-mark.json
 *   attributes "block-index":              <tenant>/<ULID>/index
 *   get "bucket-index":                    <tenant>/bucket-index.json.gz (content only)
 *   iter "tenants-iter" (root), "tenant-blocks-iter" (<tenant>/), "chunks-iter" (<block>/chunks)
 *
 * and the chunks cache rule by `addChunksCachingRules`: getRange of `<block>/chunks/NNNNNN` is
 * served from 16000-byte aligned subranges (`subrange:<name>:<start>:<end>`), missing ones are
 * fetched in at most `max_get_range_requests` bucket requests; object sizes come from
 * `attrs:<name>` in the attributes cache.
 *
 * Cache keys: `exists:<name>` ("true"/"false"), `content:<name>`, `attrs:<name>` (JSON
 * {size,last_modified}), `iter:<dir>` / `iter:<dir>:recursive` (snappy-compressed JSON list of
 * names, as Mimir's SnappyIterCodec; plain JSON is read too). Values are Thanos'. A cache
 * failure is a miss. Uploads and deletes through this decorator invalidate the name's
 * exists/content/attrs keys; listings expire by TTL only.
 *
 * Metrics: thanos_store_bucket_cache_operation_requests_total{component,operation,config} and
 * thanos_store_bucket_cache_operation_hits_total{...}.
 */
import { Readable } from "node:stream";
import type { Counter, Registry } from "prom-client";
import { compressSync, uncompressSync } from "snappy";
import type { Cache } from "../../cache/cache.ts";
import { type CacheDeps, cacheConfigBlock, createCache } from "../../cache/config.ts";
import { LRUWrappedCache } from "../../cache/layered.ts";
import { counter } from "../../util/metrics.ts";
import { f, type ValueOf } from "../../util/config/spec.ts";
import {
  type Bucket,
  type IterFn,
  type IterOptions,
  type ObjectAttributes,
  ObjectNotFoundError,
} from "./bucket.ts";

const H = 3600_000;
const MIN = 60_000;

/** `blocks_storage.bucket_store.metadata_cache` (flags `-blocks-storage.bucket-store.metadata-cache.*`). */
export function metadataCacheConfigBlock(
  flagPrefix = "blocks-storage.bucket-store.metadata-cache.",
) {
  const p = flagPrefix;
  return {
    ...cacheConfigBlock(p, { what: "metadata cache" }),
    tenants_list_ttl: f.duration(
      `${p}tenants-list-ttl`,
      15 * MIN,
      "How long to cache list of tenants in the bucket.",
    ),
    tenant_blocks_list_ttl: f.duration(
      `${p}tenant-blocks-list-ttl`,
      5 * MIN,
      "How long to cache list of blocks for each tenant.",
    ),
    chunks_list_ttl: f.duration(
      `${p}chunks-list-ttl`,
      24 * H,
      "How long to cache list of chunks for a block.",
    ),
    metafile_exists_ttl: f.duration(
      `${p}metafile-exists-ttl`,
      2 * H,
      "How long to cache information that block metafile exists. Also used for tenant deletion mark file.",
    ),
    metafile_doesnt_exist_ttl: f.duration(
      `${p}metafile-doesnt-exist-ttl`,
      5 * MIN,
      "How long to cache information that block metafile doesn't exist. Also used for tenant deletion mark file.",
    ),
    metafile_content_ttl: f.duration(
      `${p}metafile-content-ttl`,
      24 * H,
      "How long to cache content of the metafile.",
    ),
    metafile_max_size_bytes: f.int(
      `${p}metafile-max-size-bytes`,
      1024 * 1024,
      "Maximum size of metafile content to cache in bytes. Caching will be skipped if the content exceeds this size.",
    ),
    metafile_attributes_ttl: f.duration(
      `${p}metafile-attributes-ttl`,
      168 * H,
      "How long to cache attributes of the block metafile.",
    ),
    block_index_attributes_ttl: f.duration(
      `${p}block-index-attributes-ttl`,
      168 * H,
      "How long to cache attributes of the block index.",
    ),
    bucket_index_content_ttl: f.duration(
      `${p}bucket-index-content-ttl`,
      5 * MIN,
      "How long to cache content of the bucket index.",
    ),
    bucket_index_max_size_bytes: f.int(
      `${p}bucket-index-max-size-bytes`,
      1024 * 1024,
      "Maximum size of bucket index content to cache in bytes. Caching will be skipped if the content exceeds this size.",
    ),
  };
}
export type MetadataCacheConfig = ValueOf<ReturnType<typeof metadataCacheConfigBlock>>;

/** `blocks_storage.bucket_store.chunks_cache` (flags `-blocks-storage.bucket-store.chunks-cache.*`). */
export function chunksCacheConfigBlock(flagPrefix = "blocks-storage.bucket-store.chunks-cache.") {
  const p = flagPrefix;
  return {
    ...cacheConfigBlock(p, { what: "chunks cache" }),
    max_get_range_requests: f.int(
      `${p}max-get-range-requests`,
      3,
      "Maximum number of sub-GetRange requests that a single GetRange request can be split into when fetching chunks. Zero or negative value = unlimited number of sub-requests.",
    ),
    attributes_ttl: f.duration(
      `${p}attributes-ttl`,
      168 * H,
      "TTL for caching object attributes for chunks. If the metadata cache is configured, attributes will be stored under this cache backend, otherwise attributes are stored in the chunks cache backend.",
    ),
    attributes_in_memory_max_items: f.int(
      `${p}attributes-in-memory-max-items`,
      50000,
      "Maximum number of object attribute items to keep in a first level in-memory LRU cache. Metadata will be stored and fetched in-memory before hitting the cache backend. 0 to disable the in-memory cache.",
    ),
    subrange_ttl: f.duration(
      `${p}subrange-ttl`,
      24 * H,
      "TTL for caching individual chunks subranges.",
    ),
  };
}
export type ChunksCacheConfig = ValueOf<ReturnType<typeof chunksCacheConfigBlock>>;

/** Mimir's fixed subrange size for chunks caching. */
export const CHUNKS_SUBRANGE_SIZE = 16000;

type Matcher = (name: string) => boolean;

interface ExistsRule {
  config: string;
  cache: Cache;
  match: Matcher;
  existsTTL: number;
  doesntExistTTL: number;
}
interface GetRule extends ExistsRule {
  maxSize: number;
  contentTTL: number;
}
interface AttributesRule {
  config: string;
  cache: Cache;
  match: Matcher;
  ttl: number;
}
type IterRule = AttributesRule;
interface GetRangeRule {
  config: string;
  cache: Cache;
  match: Matcher;
  subrangeSize: number;
  /** Where object sizes are cached (Mimir: the metadata cache when configured). */
  attributesCache: Cache;
  attributesTTL: number;
  subrangeTTL: number;
  /** Max bucket requests per getRange; 0 = unlimited. */
  maxSubRequests: number;
}

/** The caching rules, first match wins per operation (Thanos' CachingBucketConfig). */
export class CachingRules {
  readonly exists: ExistsRule[] = [];
  readonly get: GetRule[] = [];
  readonly attributes: AttributesRule[] = [];
  readonly iter: IterRule[] = [];
  readonly getRange: GetRangeRule[] = [];

  cacheExists(
    config: string,
    cache: Cache,
    match: Matcher,
    existsTTL: number,
    doesntExistTTL: number,
  ): this {
    this.exists.push({ config, cache, match, existsTTL, doesntExistTTL });
    return this;
  }
  /** existsTTL/doesntExistTTL 0 = do not cache existence through get. */
  cacheGet(
    config: string,
    cache: Cache,
    match: Matcher,
    maxSize: number,
    contentTTL: number,
    existsTTL: number,
    doesntExistTTL: number,
  ): this {
    this.get.push({ config, cache, match, maxSize, contentTTL, existsTTL, doesntExistTTL });
    return this;
  }
  cacheAttributes(config: string, cache: Cache, match: Matcher, ttl: number): this {
    this.attributes.push({ config, cache, match, ttl });
    return this;
  }
  cacheIter(config: string, cache: Cache, match: Matcher, ttl: number): this {
    this.iter.push({ config, cache, match, ttl });
    return this;
  }
  /** Caches getRange by aligned subranges of subrangeSize bytes. */
  cacheGetRange(
    config: string,
    cache: Cache,
    match: Matcher,
    subrangeSize: number,
    attributesCache: Cache,
    attributesTTL: number,
    subrangeTTL: number,
    maxSubRequests: number,
  ): this {
    if (subrangeSize <= 0) throw new Error("subrange size must be positive");
    this.getRange.push({
      config,
      cache,
      match,
      subrangeSize,
      attributesCache,
      attributesTTL,
      subrangeTTL,
      maxSubRequests,
    });
    return this;
  }
}

const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const TENANT_DELETION_MARK_PATH = "markers/tenant-deletion-mark.json";

export function isMetaFile(name: string): boolean {
  return (
    name.endsWith("/meta.json") ||
    name.endsWith("/deletion-mark.json") ||
    name.endsWith(`/${TENANT_DELETION_MARK_PATH}`)
  );
}
export function isBlockIndexFile(name: string): boolean {
  if (!name.endsWith("/index")) return false;
  const parts = name.split("/");
  return parts.length >= 2 && ULID_RE.test(parts[parts.length - 2]);
}
export function isBucketIndexFile(name: string): boolean {
  return name.endsWith("/bucket-index.json.gz");
}
export function isTSDBChunkFile(name: string): boolean {
  return /^.*\/chunks\/\d+$/.test(name);
}
export function isTenantsDir(name: string): boolean {
  return name === "";
}
export function isTenantBlocksDir(name: string): boolean {
  return /^[^/]+\/?$/.test(name);
}
export function isChunksDir(name: string): boolean {
  return name.replace(/\/$/, "").endsWith("/chunks");
}

/** Mimir's metadata cache rules over one cache. */
export function metadataCachingRules(
  cache: Cache,
  cfg: Omit<MetadataCacheConfig, "backend" | "memcached" | "inmemory">,
): CachingRules {
  return new CachingRules()
    .cacheExists(
      "metafile",
      cache,
      isMetaFile,
      cfg.metafile_exists_ttl,
      cfg.metafile_doesnt_exist_ttl,
    )
    .cacheGet(
      "metafile",
      cache,
      isMetaFile,
      cfg.metafile_max_size_bytes,
      cfg.metafile_content_ttl,
      cfg.metafile_exists_ttl,
      cfg.metafile_doesnt_exist_ttl,
    )
    .cacheAttributes("metafile", cache, isMetaFile, cfg.metafile_attributes_ttl)
    .cacheAttributes("block-index", cache, isBlockIndexFile, cfg.block_index_attributes_ttl)
    .cacheGet(
      "bucket-index",
      cache,
      isBucketIndexFile,
      cfg.bucket_index_max_size_bytes,
      cfg.bucket_index_content_ttl,
      0,
      0,
    )
    .cacheIter("tenants-iter", cache, isTenantsDir, cfg.tenants_list_ttl)
    .cacheIter("tenant-blocks-iter", cache, isTenantBlocksDir, cfg.tenant_blocks_list_ttl)
    .cacheIter("chunks-iter", cache, isChunksDir, cfg.chunks_list_ttl);
}

/** Adds Mimir's chunks cache rule: chunk segment files cached by 16000-byte subranges. */
export function addChunksCachingRules(
  rules: CachingRules,
  chunksCache: Cache,
  attributesCache: Cache,
  cfg: Pick<ChunksCacheConfig, "attributes_ttl" | "subrange_ttl" | "max_get_range_requests">,
): CachingRules {
  return rules.cacheGetRange(
    "chunks",
    chunksCache,
    isTSDBChunkFile,
    CHUNKS_SUBRANGE_SIZE,
    attributesCache,
    cfg.attributes_ttl,
    cfg.subrange_ttl,
    cfg.max_get_range_requests,
  );
}

/** Iter results as Mimir stores them: snappy (block format) compressed JSON list. */
export function encodeIterList(names: string[]): Buffer {
  return compressSync(Buffer.from(JSON.stringify(names)));
}

/** Decodes snappy'd JSON (Mimir) or plain JSON (Thanos); undefined when corrupt. */
export function decodeIterList(b: Buffer): string[] | undefined {
  const parse = (raw: Buffer): string[] | undefined => {
    try {
      const v: unknown = JSON.parse(raw.toString("utf8"));
      return Array.isArray(v) && v.every((n) => typeof n === "string")
        ? (v as string[])
        : undefined;
    } catch {
      return undefined;
    }
  };
  try {
    const out = parse(uncompressSync(b, { asBuffer: true }) as Buffer);
    if (out) return out;
  } catch {
    // not snappy
  }
  return parse(b);
}

function encodeAttrs(a: ObjectAttributes): Buffer {
  return Buffer.from(JSON.stringify({ size: a.size, last_modified: a.lastModified.toISOString() }));
}

function parseAttrs(b: Buffer): ObjectAttributes | undefined {
  try {
    const v = JSON.parse(b.toString("utf8")) as { size?: unknown; last_modified?: unknown };
    if (typeof v.size !== "number" || typeof v.last_modified !== "string") return undefined;
    const d = new Date(v.last_modified);
    return Number.isNaN(d.getTime()) ? undefined : { size: v.size, lastModified: d };
  } catch {
    return undefined;
  }
}

export interface CachingBucketOptions {
  registry?: Registry;
  component?: string;
}

type Labels = "component" | "operation" | "config";

export class CachingBucket implements Bucket {
  private readonly inner: Bucket;
  private readonly rules: CachingRules;
  private readonly component: string;
  private readonly metrics?: { requests: Counter<Labels>; hits: Counter<Labels> };

  constructor(inner: Bucket, rules: CachingRules, opts: CachingBucketOptions = {}) {
    this.inner = inner;
    this.rules = rules;
    this.component = opts.component ?? "";
    if (opts.registry) {
      const labels = ["component", "operation", "config"] as const;
      this.metrics = {
        requests: counter(
          opts.registry,
          "thanos_store_bucket_cache_operation_requests_total",
          "Number of requested operations matching given config.",
          labels,
        ),
        hits: counter(
          opts.registry,
          "thanos_store_bucket_cache_operation_hits_total",
          "Number of operations served from cache for given config.",
          labels,
        ),
      };
    }
  }

  private req(operation: string, config: string): void {
    this.metrics?.requests.inc({ component: this.component, operation, config });
  }
  private hit(operation: string, config: string): void {
    this.metrics?.hits.inc({ component: this.component, operation, config });
  }

  private static async safeGetMulti(cache: Cache, keys: string[]): Promise<Map<string, Buffer>> {
    try {
      return await cache.getMulti(keys);
    } catch {
      return new Map();
    }
  }

  async iter(dir: string, fn: IterFn, opts: IterOptions = {}): Promise<void> {
    const d = dir.replace(/\/+$/, "");
    const rule = this.rules.iter.find((r) => r.match(d));
    if (!rule) return this.inner.iter(dir, fn, opts);
    this.req("iter", rule.config);
    const key = opts.recursive ? `iter:${d}:recursive` : `iter:${d}`;
    const cached = (await CachingBucket.safeGetMulti(rule.cache, [key])).get(key);
    const list = cached ? decodeIterList(cached) : undefined;
    if (list) {
      this.hit("iter", rule.config);
      for (const n of list) await fn(n);
      return;
    }
    const names: string[] = [];
    await this.inner.iter(
      dir,
      async (n) => {
        names.push(n);
        await fn(n);
      },
      opts,
    );
    void rule.cache.set(key, encodeIterList(names), rule.ttl);
  }

  async exists(name: string): Promise<boolean> {
    const rule = this.rules.exists.find((r) => r.match(name));
    if (!rule) return this.inner.exists(name);
    this.req("exists", rule.config);
    const key = `exists:${name}`;
    const cached = (await CachingBucket.safeGetMulti(rule.cache, [key])).get(key)?.toString();
    if (cached === "true" || cached === "false") {
      this.hit("exists", rule.config);
      return cached === "true";
    }
    const ok = await this.inner.exists(name);
    const ttl = ok ? rule.existsTTL : rule.doesntExistTTL;
    if (ttl > 0) void rule.cache.set(key, Buffer.from(String(ok)), ttl);
    return ok;
  }

  async get(name: string): Promise<Buffer> {
    const rule = this.rules.get.find((r) => r.match(name));
    if (!rule) return this.inner.get(name);
    this.req("get", rule.config);
    const contentKey = `content:${name}`;
    const existsKey = `exists:${name}`;
    const cacheExistence = rule.existsTTL > 0 || rule.doesntExistTTL > 0;
    const hits = await CachingBucket.safeGetMulti(
      rule.cache,
      cacheExistence ? [contentKey, existsKey] : [contentKey],
    );
    const content = hits.get(contentKey);
    if (content) {
      this.hit("get", rule.config);
      return content;
    }
    if (cacheExistence && hits.get(existsKey)?.toString() === "false") {
      this.hit("get", rule.config);
      throw new ObjectNotFoundError(name);
    }
    let data: Buffer;
    try {
      data = await this.inner.get(name);
    } catch (e) {
      if (this.inner.isObjNotFoundErr(e) && rule.doesntExistTTL > 0)
        void rule.cache.set(existsKey, Buffer.from("false"), rule.doesntExistTTL);
      throw e;
    }
    if (data.length <= rule.maxSize) void rule.cache.set(contentKey, data, rule.contentTTL);
    if (rule.existsTTL > 0) void rule.cache.set(existsKey, Buffer.from("true"), rule.existsTTL);
    return data;
  }

  async getStream(name: string, off?: number, length?: number): Promise<Readable> {
    if (off === undefined && length === undefined && this.rules.get.some((r) => r.match(name))) {
      return Readable.from([await this.get(name)]);
    }
    return this.inner.getStream(name, off, length);
  }

  async getRange(name: string, off: number, length: number): Promise<Buffer> {
    const rule = this.rules.getRange.find((r) => r.match(name));
    if (!rule || off < 0 || length === 0) return this.inner.getRange(name, off, length);
    this.req("get_range", rule.config);
    const size = (
      await this.cachedAttributes(name, rule.attributesCache, rule.attributesTTL, rule.config)
    ).size;
    const end = length < 0 ? size : Math.min(size, off + length);
    if (off >= end) return Buffer.alloc(0);
    const sub = rule.subrangeSize;
    const first = Math.floor(off / sub) * sub;
    const starts: number[] = [];
    for (let s = first; s < end; s += sub) starts.push(s);
    const keyOf = (s: number) => `subrange:${name}:${s}:${Math.min(s + sub, size)}`;
    const hits = await CachingBucket.safeGetMulti(
      rule.cache,
      starts.map((s) => keyOf(s)),
    );
    const parts = new Map<number, Buffer>();
    for (const s of starts) {
      const v = hits.get(keyOf(s));
      if (v && v.length === Math.min(s + sub, size) - s) parts.set(s, v);
    }
    const missing = starts.filter((s) => !parts.has(s));
    if (missing.length === 0) this.hit("get_range", rule.config);
    // Consecutive missing subranges become one request; merge the closest requests until there
    // are at most maxSubRequests of them (fetching some cached bytes again).
    const reqs: { start: number; end: number }[] = [];
    for (const s of missing) {
      const last = reqs[reqs.length - 1];
      if (last && last.end === s) last.end = Math.min(s + sub, size);
      else reqs.push({ start: s, end: Math.min(s + sub, size) });
    }
    while (rule.maxSubRequests > 0 && reqs.length > rule.maxSubRequests) {
      let best = 0;
      for (let i = 1; i < reqs.length - 1; i++) {
        if (reqs[i + 1].start - reqs[i].end < reqs[best + 1].start - reqs[best].end) best = i;
      }
      reqs[best].end = reqs[best + 1].end;
      reqs.splice(best + 1, 1);
    }
    await Promise.all(
      reqs.map(async (r) => {
        const data = await this.inner.getRange(name, r.start, r.end - r.start);
        for (let s = r.start; s < r.end; s += sub) {
          const piece = data.subarray(s - r.start, Math.min(s + sub, r.end) - r.start);
          if (!parts.has(s)) {
            parts.set(s, piece);
            void rule.cache.set(keyOf(s), Buffer.from(piece), rule.subrangeTTL);
          }
        }
      }),
    );
    const whole = Buffer.concat(starts.map((s) => parts.get(s)!));
    return whole.subarray(off - first, end - first);
  }

  /** Attributes through an attributes cache (used for object sizes by getRange). */
  private async cachedAttributes(
    name: string,
    cache: Cache,
    ttl: number,
    config: string,
  ): Promise<ObjectAttributes> {
    const key = `attrs:${name}`;
    const cached = (await CachingBucket.safeGetMulti(cache, [key])).get(key);
    const parsed = cached ? parseAttrs(cached) : undefined;
    if (parsed) {
      this.hit("attributes", config);
      return parsed;
    }
    const attrs = await this.inner.attributes(name);
    void cache.set(key, encodeAttrs(attrs), ttl);
    return attrs;
  }

  async attributes(name: string): Promise<ObjectAttributes> {
    const rule = this.rules.attributes.find((r) => r.match(name));
    if (!rule) return this.inner.attributes(name);
    this.req("attributes", rule.config);
    return this.cachedAttributes(name, rule.cache, rule.ttl, rule.config);
  }

  /** Drops the cached exists/content/attributes of a name (after it changed). */
  private async invalidate(name: string): Promise<void> {
    const work: Promise<void>[] = [];
    const drop = (cache: Cache, key: string) => work.push(cache.delete(key).catch(() => {}));
    for (const r of this.rules.exists) if (r.match(name)) drop(r.cache, `exists:${name}`);
    for (const r of this.rules.get) {
      if (r.match(name)) {
        drop(r.cache, `content:${name}`);
        drop(r.cache, `exists:${name}`);
      }
    }
    for (const r of this.rules.attributes) if (r.match(name)) drop(r.cache, `attrs:${name}`);
    for (const r of this.rules.getRange)
      if (r.match(name)) drop(r.attributesCache, `attrs:${name}`);
    await Promise.all(work);
  }

  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    await this.inner.upload(name, body);
    await this.invalidate(name);
  }

  async delete(name: string): Promise<void> {
    await this.inner.delete(name);
    await this.invalidate(name);
  }

  isObjNotFoundErr(e: unknown): boolean {
    return this.inner.isObjNotFoundErr(e);
  }
  name(): string {
    return this.inner.name();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

export interface BlocksCachingOptions {
  chunks?: ChunksCacheConfig;
  metadata?: MetadataCacheConfig;
  /** Registry for the caching bucket's and the caches' metrics. */
  registry?: Registry;
  component?: string;
  /** Passed to createCache (resolver, warnings). */
  cacheDeps?: Omit<CacheDeps, "registry">;
}

export interface BlocksCaching {
  /** The caching bucket, or the input bucket when no cache is configured. */
  bucket: Bucket;
  /** Stops the caches this function created. */
  stop(): Promise<void>;
}

/**
 * Mimir's CreateCachingBucket: builds the metadata and chunks caches from their config blocks
 * and wraps bkt with the rules of both. Chunk attributes go to the metadata cache when it is
 * configured (else to the chunks cache), behind an in-memory LRU of
 * `attributes_in_memory_max_items` items.
 */
export async function createBlocksCachingBucket(
  bkt: Bucket,
  opts: BlocksCachingOptions,
): Promise<BlocksCaching> {
  const deps: CacheDeps = { ...opts.cacheDeps, registry: opts.registry };
  const created: Cache[] = [];
  const stop = async () => {
    await Promise.all(created.map((c) => c.stop()));
  };
  try {
    const rules = new CachingRules();
    let configured = false;
    const metadataCache = opts.metadata
      ? await createCache("metadata-cache", opts.metadata, deps)
      : undefined;
    if (metadataCache && opts.metadata) {
      created.push(metadataCache);
      configured = true;
      const m = metadataCachingRules(metadataCache, opts.metadata);
      rules.exists.push(...m.exists);
      rules.get.push(...m.get);
      rules.attributes.push(...m.attributes);
      rules.iter.push(...m.iter);
    }
    const chunksCache = opts.chunks
      ? await createCache("chunks-cache", opts.chunks, deps)
      : undefined;
    if (chunksCache && opts.chunks) {
      created.push(chunksCache);
      configured = true;
      let attrs: Cache = metadataCache ?? chunksCache;
      if (opts.chunks.attributes_in_memory_max_items > 0) {
        attrs = new LRUWrappedCache(attrs, {
          name: "chunks-attributes-cache",
          maxItems: opts.chunks.attributes_in_memory_max_items,
          defaultTTLms: opts.chunks.attributes_ttl,
          registry: opts.registry,
        });
      }
      addChunksCachingRules(rules, chunksCache, attrs, opts.chunks);
    }
    if (!configured) return { bucket: bkt, stop };
    return {
      bucket: new CachingBucket(bkt, rules, { registry: opts.registry, component: opts.component }),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
