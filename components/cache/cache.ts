/**
 * One Cache interface for every cache in mimir-ts (index, chunks, metadata, results), with two
 * backends: an in-memory LRU bounded by bytes and items, and memcached (dskit's client
 * behaviour: DNS discovery, jump-hash sharding, async sets with bounded concurrency).
 *
 * Reads never fail: a broken or slow cache is a miss. Writes are best effort.
 */

export interface Cache {
  /** The cache's name, e.g. "metadata-cache" (the `name` label of its metrics). */
  name(): string;
  /** The value, or undefined on a miss (or any error). */
  get(key: string): Promise<Buffer | undefined>;
  /** The hits among keys; misses are absent from the map. Never rejects. */
  getMulti(keys: readonly string[]): Promise<Map<string, Buffer>>;
  /**
   * Stores a value for ttlMs (0 = no expiry). Best effort and asynchronous: the promise resolves
   * once the value is stored, skipped or failed, and never rejects, so callers may ignore it.
   */
  set(key: string, value: Buffer, ttlMs: number): Promise<void>;
  /** set() for many items with the same TTL. */
  setMulti(items: Iterable<readonly [string, Buffer]>, ttlMs: number): Promise<void>;
  /** Removes a key; resolves when done. Rejects only when the backend failed. */
  delete(key: string): Promise<void>;
  /** Stops background work and closes connections. */
  stop(): Promise<void>;
}

/** Mimir's limit on memcached key length; longer keys are hashed. */
export const MAX_KEY_LENGTH = 250;
