/**
 * An in-memory LRU (bounded by item count) in front of another cache, as dskit's
 * WrapWithLRUCache: sets go to both; gets are answered from memory first and only the misses
 * go to the backing cache, whose hits are kept in memory for `defaultTTLms` (their real TTL is
 * unknown). Mimir uses it for chunk attributes (`attributes_in_memory_max_items`).
 *
 * Metrics (Mimir registers them under "cortex_"):
 *   cortex_cache_memory_requests_total{name}, cortex_cache_memory_hits_total{name},
 *   cortex_cache_memory_items_count{name}
 */
import type { Counter, Gauge, Registry } from "prom-client";
import type { Cache } from "./cache.ts";
import { InMemoryCache } from "./lru.ts";
import { counter, gauge } from "../util/metrics.ts";

export interface LRUWrapOptions {
  /** Name of the in-memory layer (the `name` label), e.g. "chunks-attributes-cache". */
  name: string;
  maxItems: number;
  defaultTTLms: number;
  registry?: Registry;
  metricsPrefix?: string;
  now?: () => number;
}

export class LRUWrappedCache implements Cache {
  private readonly back: Cache;
  private readonly front: InMemoryCache;
  private readonly layerName: string;
  private readonly defaultTTL: number;
  private readonly metrics?: {
    requests: Counter<"name">;
    hits: Counter<"name">;
    items: Gauge<"name">;
  };

  constructor(back: Cache, opts: LRUWrapOptions) {
    if (opts.maxItems <= 0) throw new Error("LRU cache size must be positive");
    this.back = back;
    this.layerName = opts.name;
    this.defaultTTL = opts.defaultTTLms;
    this.front = new InMemoryCache({
      name: opts.name,
      maxItems: opts.maxItems,
      maxSizeBytes: Number.MAX_SAFE_INTEGER,
      now: opts.now,
    });
    if (opts.registry) {
      const p = opts.metricsPrefix ?? "cortex_";
      this.metrics = {
        requests: counter(
          opts.registry,
          `${p}cache_memory_requests_total`,
          "Total number of requests to the in-memory cache.",
          ["name"],
        ),
        hits: counter(
          opts.registry,
          `${p}cache_memory_hits_total`,
          "Total number of requests to the in-memory cache that were a hit.",
          ["name"],
        ),
        items: gauge(
          opts.registry,
          `${p}cache_memory_items_count`,
          "Total number of items currently in the in-memory cache.",
          ["name"],
        ),
      };
      this.metrics.requests.inc({ name: opts.name }, 0);
      this.metrics.hits.inc({ name: opts.name }, 0);
      this.metrics.items.set({ name: opts.name }, 0);
    }
  }

  name(): string {
    return `in-memory-${this.layerName}`;
  }

  async get(key: string): Promise<Buffer | undefined> {
    return (await this.getMulti([key])).get(key);
  }

  async getMulti(keys: readonly string[]): Promise<Map<string, Buffer>> {
    const found = await this.front.getMulti(keys);
    this.metrics?.requests.inc({ name: this.layerName }, keys.length);
    this.metrics?.hits.inc({ name: this.layerName }, found.size);
    const missing = keys.filter((k) => !found.has(k));
    if (missing.length > 0) {
      let more: Map<string, Buffer>;
      try {
        more = await this.back.getMulti(missing);
      } catch {
        more = new Map();
      }
      for (const [k, v] of more) {
        this.front.setSync(k, v, this.defaultTTL);
        found.set(k, v);
      }
    }
    this.metrics?.items.set({ name: this.layerName }, this.front.length);
    return found;
  }

  async set(key: string, value: Buffer, ttlMs: number): Promise<void> {
    this.front.setSync(key, value, ttlMs);
    this.metrics?.items.set({ name: this.layerName }, this.front.length);
    await this.back.set(key, value, ttlMs);
  }

  async setMulti(items: Iterable<readonly [string, Buffer]>, ttlMs: number): Promise<void> {
    const list = [...items];
    for (const [k, v] of list) this.front.setSync(k, v, ttlMs);
    this.metrics?.items.set({ name: this.layerName }, this.front.length);
    await this.back.setMulti(list, ttlMs);
  }

  async delete(key: string): Promise<void> {
    await this.front.delete(key);
    await this.back.delete(key);
  }

  stop(): Promise<void> {
    return this.back.stop();
  }
}
