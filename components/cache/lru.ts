/**
 * In-memory LRU cache bounded by total bytes (`max_size_bytes`) and optionally by item count,
 * with a TTL per item. Least recently used items are evicted first; expired items are dropped
 * when read (and evicted like any other when space is needed).
 *
 * Metrics (prefix default "thanos_", as Mimir registers caches):
 *   <prefix>cache_requests_total{name,backend="inmemory"}, <prefix>cache_hits_total{...}
 *   <prefix>cache_memory_items_count{name}, <prefix>cache_memory_size_bytes{name},
 *   <prefix>cache_memory_evicted_total{name,reason="size|items|expired"}
 */
import type { Counter, Gauge, Registry } from "prom-client";
import type { Cache } from "./cache.ts";
import { counter, gauge } from "../util/metrics.ts";

export interface InMemoryCacheOptions {
  name: string;
  /** Total bytes of keys and values (default 1 GiB, Mimir's index cache default). */
  maxSizeBytes?: number;
  /** Max number of items; 0 = unbounded (default). */
  maxItems?: number;
  /** Items larger than this are not stored (default min(128 MiB, maxSizeBytes)). */
  maxItemSizeBytes?: number;
  registry?: Registry;
  metricsPrefix?: string;
  /** Clock in ms (tests). */
  now?: () => number;
}

interface Entry {
  value: Buffer;
  expiresAt: number; // 0 = never
  size: number;
}

/** Bytes an entry is charged: key + value + a fixed overhead. */
const ENTRY_OVERHEAD = 48;

export class InMemoryCache implements Cache {
  private readonly cacheName: string;
  private readonly maxSize: number;
  private readonly maxItems: number;
  private readonly maxItemSize: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly metrics?: {
    requests: Counter<"name" | "backend">;
    hits: Counter<"name" | "backend">;
    items: Gauge<"name">;
    size: Gauge<"name">;
    evicted: Counter<"name" | "reason">;
  };

  constructor(opts: InMemoryCacheOptions) {
    this.cacheName = opts.name;
    this.maxSize = opts.maxSizeBytes ?? 1024 ** 3;
    this.maxItems = opts.maxItems ?? 0;
    this.maxItemSize = opts.maxItemSizeBytes ?? Math.min(128 * 1024 * 1024, this.maxSize);
    this.now = opts.now ?? Date.now;
    if (opts.registry) {
      const p = opts.metricsPrefix ?? "thanos_";
      const reg = opts.registry;
      this.metrics = {
        requests: counter(
          reg,
          `${p}cache_requests_total`,
          "Total number of items requests to cache.",
          ["name", "backend"],
        ),
        hits: counter(
          reg,
          `${p}cache_hits_total`,
          "Total number of items requests to the cache that were a hit.",
          ["name", "backend"],
        ),
        items: gauge(
          reg,
          `${p}cache_memory_items_count`,
          "Total number of items currently in the in-memory cache.",
          ["name"],
        ),
        size: gauge(
          reg,
          `${p}cache_memory_size_bytes`,
          "Total bytes of the items currently in the in-memory cache.",
          ["name"],
        ),
        evicted: counter(
          reg,
          `${p}cache_memory_evicted_total`,
          "Total number of items evicted from the in-memory cache.",
          ["name", "reason"],
        ),
      };
      const l = { name: this.cacheName, backend: "inmemory" };
      this.metrics.requests.inc(l, 0);
      this.metrics.hits.inc(l, 0);
      this.updateGauges();
    }
  }

  name(): string {
    return this.cacheName;
  }

  /** Number of items held (including expired ones not yet dropped). */
  get length(): number {
    return this.entries.size;
  }

  /** Bytes charged for the items held. */
  get sizeBytes(): number {
    return this.bytes;
  }

  private updateGauges(): void {
    if (!this.metrics) return;
    this.metrics.items.set({ name: this.cacheName }, this.entries.size);
    this.metrics.size.set({ name: this.cacheName }, this.bytes);
  }

  private remove(key: string, e: Entry, reason?: "size" | "items" | "expired"): void {
    this.entries.delete(key);
    this.bytes -= e.size;
    if (reason) this.metrics?.evicted.inc({ name: this.cacheName, reason });
  }

  private lookup(key: string, now: number): Buffer | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt !== 0 && e.expiresAt <= now) {
      this.remove(key, e, "expired");
      return undefined;
    }
    // Mark as most recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  async get(key: string): Promise<Buffer | undefined> {
    return (await this.getMulti([key])).get(key);
  }

  async getMulti(keys: readonly string[]): Promise<Map<string, Buffer>> {
    const now = this.now();
    const out = new Map<string, Buffer>();
    for (const k of keys) {
      const v = this.lookup(k, now);
      if (v !== undefined) out.set(k, v);
    }
    if (this.metrics) {
      const l = { name: this.cacheName, backend: "inmemory" };
      this.metrics.requests.inc(l, keys.length);
      this.metrics.hits.inc(l, out.size);
      this.updateGauges();
    }
    return out;
  }

  /** Synchronous set; returns whether the item was stored. */
  setSync(key: string, value: Buffer, ttlMs: number): boolean {
    const size = Buffer.byteLength(key) + value.length + ENTRY_OVERHEAD;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    if (size > this.maxItemSize || size > this.maxSize) {
      this.updateGauges();
      return false;
    }
    while (this.bytes + size > this.maxSize) this.evictOldest("size");
    while (this.maxItems > 0 && this.entries.size >= this.maxItems) this.evictOldest("items");
    this.entries.set(key, { value, size, expiresAt: ttlMs > 0 ? this.now() + ttlMs : 0 });
    this.bytes += size;
    this.updateGauges();
    return true;
  }

  private evictOldest(reason: "size" | "items"): void {
    const first = this.entries.entries().next();
    if (first.done) return;
    const [k, e] = first.value;
    const expired = e.expiresAt !== 0 && e.expiresAt <= this.now();
    this.remove(k, e, expired ? "expired" : reason);
  }

  async set(key: string, value: Buffer, ttlMs: number): Promise<void> {
    this.setSync(key, value, ttlMs);
  }

  async setMulti(items: Iterable<readonly [string, Buffer]>, ttlMs: number): Promise<void> {
    for (const [k, v] of items) this.setSync(k, v, ttlMs);
  }

  async delete(key: string): Promise<void> {
    const e = this.entries.get(key);
    if (e) this.remove(key, e);
    this.updateGauges();
  }

  async stop(): Promise<void> {}
}
