/**
 * Snappy compression of cache values (dskit's cache compression, `-<prefix>.compression=snappy`):
 * values are stored snappy-compressed (the block format, no framing) and decompressed on read; a
 * stored value that does not decompress is a miss. Keys are unchanged.
 */
import { compressSync, uncompressSync } from "snappy";
import type { Cache } from "./cache.ts";

/** The values dskit accepts for a cache's `compression`. */
export const SUPPORTED_COMPRESSIONS: readonly string[] = ["", "snappy"];

/** dskit's error for any other value. */
export const UNSUPPORTED_COMPRESSION = "unsupported compression";

/** What is wrong with a `compression` value, or undefined when it is supported. */
export function validateCompression(v: string): string | undefined {
  return SUPPORTED_COMPRESSIONS.includes(v) ? undefined : UNSUPPORTED_COMPRESSION;
}

function decode(b: Buffer): Buffer | undefined {
  try {
    return uncompressSync(b) as Buffer;
  } catch {
    return undefined;
  }
}

export class SnappyCache implements Cache {
  private readonly inner: Cache;

  constructor(inner: Cache) {
    this.inner = inner;
  }

  name(): string {
    return this.inner.name();
  }

  async get(key: string): Promise<Buffer | undefined> {
    const b = await this.inner.get(key);
    return b === undefined ? undefined : decode(b);
  }

  async getMulti(keys: readonly string[]): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    for (const [k, b] of await this.inner.getMulti(keys)) {
      const v = decode(b);
      if (v !== undefined) out.set(k, v);
    }
    return out;
  }

  set(key: string, value: Buffer, ttlMs: number): Promise<void> {
    return this.inner.set(key, compressSync(value), ttlMs);
  }

  setMulti(items: Iterable<readonly [string, Buffer]>, ttlMs: number): Promise<void> {
    const compressed: [string, Buffer][] = [];
    for (const [k, v] of items) compressed.push([k, compressSync(v)]);
    return this.inner.setMulti(compressed, ttlMs);
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }
}

/** The cache with its configured compression ("" = as it is, "snappy" = SnappyCache). */
export function withCompression(cache: Cache, compression: string): Cache;
export function withCompression(cache: Cache | undefined, compression: string): Cache | undefined;
export function withCompression(cache: Cache | undefined, compression: string): Cache | undefined {
  return cache !== undefined && compression === "snappy" ? new SnappyCache(cache) : cache;
}
