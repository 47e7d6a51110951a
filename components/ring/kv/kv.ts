/**
 * The KV store interface the rings and the HA tracker use (dskit kv.Client). Values are
 * decoded objects; each store keeps its own copies, so callers may modify what they get.
 */

/**
 * Computes the new value from the current one (null when the key does not exist, a private
 * copy otherwise). Return the new value, or null to leave the key unchanged. Throwing aborts
 * the CAS with that error.
 */
export type CasFn<T> = (current: T | null) => T | null;

export interface KVClient<T> {
  get(key: string): Promise<T | null>;
  /** Read-modify-write, retried on conflicting writes. */
  cas(key: string, f: CasFn<T>): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys starting with prefix. */
  list(prefix: string): Promise<string[]>;
  /**
   * Calls f with the value each time the key changes (updates may be coalesced; null when
   * deleted) until f returns false or the signal aborts; then resolves.
   */
  watchKey(key: string, signal: AbortSignal, f: (value: T | null) => boolean): Promise<void>;
  /** As watchKey for every key under prefix. */
  watchPrefix(
    prefix: string,
    signal: AbortSignal,
    f: (key: string, value: T | null) => boolean,
  ): Promise<void>;
}

/** Adds a prefix to every key (dskit PrefixClient). */
export class PrefixedClient<T> implements KVClient<T> {
  private readonly inner: KVClient<T>;
  private readonly prefix: string;

  constructor(inner: KVClient<T>, prefix: string) {
    this.inner = inner;
    this.prefix = prefix;
  }

  get(key: string): Promise<T | null> {
    return this.inner.get(this.prefix + key);
  }
  cas(key: string, f: CasFn<T>): Promise<void> {
    return this.inner.cas(this.prefix + key, f);
  }
  delete(key: string): Promise<void> {
    return this.inner.delete(this.prefix + key);
  }
  async list(prefix: string): Promise<string[]> {
    return (await this.inner.list(this.prefix + prefix)).map((k) => k.slice(this.prefix.length));
  }
  watchKey(key: string, signal: AbortSignal, f: (value: T | null) => boolean): Promise<void> {
    return this.inner.watchKey(this.prefix + key, signal, f);
  }
  watchPrefix(
    prefix: string,
    signal: AbortSignal,
    f: (key: string, value: T | null) => boolean,
  ): Promise<void> {
    return this.inner.watchPrefix(this.prefix + prefix, signal, (k, v) =>
      f(k.slice(this.prefix.length), v),
    );
  }
}

/** Resolves when the signal aborts. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

/** A set of watchers over keys, with coalesced asynchronous delivery of the latest value. */
export class Watchers<T> {
  private readonly watchers = new Set<{
    match: (k: string) => boolean;
    f: (key: string, v: T | null) => boolean;
    done: () => void;
    pending: Map<string, () => T | null>;
    scheduled: boolean;
  }>();

  /** Registers a watcher until f returns false or the signal aborts. */
  watch(
    match: (k: string) => boolean,
    signal: AbortSignal,
    f: (key: string, v: T | null) => boolean,
  ): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const w = {
        match,
        f,
        pending: new Map<string, () => T | null>(),
        scheduled: false,
        done: () => {
          this.watchers.delete(w);
          signal.removeEventListener("abort", w.done);
          resolve();
        },
      };
      this.watchers.add(w);
      signal.addEventListener("abort", w.done, { once: true });
    });
  }

  /** Tells matching watchers that key changed; `read` gives a fresh copy of its value. */
  notify(key: string, read: () => T | null): void {
    for (const w of this.watchers) {
      if (!w.match(key)) continue;
      w.pending.set(key, read);
      if (w.scheduled) continue;
      w.scheduled = true;
      setImmediate(() => {
        w.scheduled = false;
        const items = [...w.pending];
        w.pending.clear();
        for (const [k, r] of items) {
          if (!this.watchers.has(w)) return;
          let keep = true;
          try {
            keep = w.f(k, r());
          } catch {
            keep = true;
          }
          if (!keep) {
            w.done();
            return;
          }
        }
      });
    }
  }

  get size(): number {
    return this.watchers.size;
  }
}
