/**
 * The `inmemory` KV store: one process, values kept encoded so every reader gets its own copy
 * (dskit's in-memory consul mock plays this role in Mimir).
 */
import type { Codec } from "../codec.ts";
import { type CasFn, type KVClient, Watchers } from "./kv.ts";

/** One store per process, shared by all its rings. */
export class InMemoryKV {
  readonly data = new Map<string, { codec: string; bytes: Uint8Array }>();
  private readonly watchers = new Watchers<{ codec: string; bytes: Uint8Array } | null>();

  client<T>(codec: Codec<T>): KVClient<T> {
    return new InMemoryClient(this, codec);
  }

  set(key: string, codec: string, bytes: Uint8Array | null): void {
    if (bytes === null) this.data.delete(key);
    else this.data.set(key, { codec, bytes });
    this.watchers.notify(key, () => this.data.get(key) ?? null);
  }

  watch(
    match: (k: string) => boolean,
    signal: AbortSignal,
    f: (key: string, v: { codec: string; bytes: Uint8Array } | null) => boolean,
  ): Promise<void> {
    return this.watchers.watch(match, signal, f);
  }
}

class InMemoryClient<T> implements KVClient<T> {
  private readonly store: InMemoryKV;
  private readonly codec: Codec<T>;

  constructor(store: InMemoryKV, codec: Codec<T>) {
    this.store = store;
    this.codec = codec;
  }

  private decode(e: { bytes: Uint8Array } | null | undefined): T | null {
    return e ? this.codec.decode(e.bytes) : null;
  }

  async get(key: string): Promise<T | null> {
    return this.decode(this.store.data.get(key));
  }

  async cas(key: string, f: CasFn<T>): Promise<void> {
    // Single-threaded: nothing can interleave between the read and the write.
    const out = f(this.decode(this.store.data.get(key)));
    if (out !== null) this.store.set(key, this.codec.id, this.codec.encode(out));
  }

  async delete(key: string): Promise<void> {
    this.store.set(key, this.codec.id, null);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.store.data.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  watchKey(key: string, signal: AbortSignal, f: (value: T | null) => boolean): Promise<void> {
    return this.store.watch(
      (k) => k === key,
      signal,
      (_k, v) => f(this.decode(v)),
    );
  }

  watchPrefix(
    prefix: string,
    signal: AbortSignal,
    f: (key: string, value: T | null) => boolean,
  ): Promise<void> {
    return this.store.watch(
      (k) => k.startsWith(prefix),
      signal,
      (k, v) => f(k, this.decode(v)),
    );
  }
}
