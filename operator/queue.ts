/**
 * A work queue keyed by object ("namespace/name"), as client-go's rate-limited workqueue:
 * a key is held at most once while waiting; a key being processed is never handed out a second
 * time (an add during processing is kept and handed out after done()); failures are retried
 * after an exponential back-off per key (baseDelayMs doubling up to maxDelayMs), reset by
 * forget().
 */
export interface QueueOptions {
  /** First retry delay in milliseconds. */
  baseDelayMs: number;
  /** Longest retry delay in milliseconds. */
  maxDelayMs: number;
}

export class WorkQueue {
  readonly #opts: QueueOptions;
  /** Keys ready to be handed out, in order. */
  readonly #ready: string[] = [];
  readonly #readySet = new Set<string>();
  readonly #processing = new Set<string>();
  /** Keys added while processing: handed out again after done(). */
  readonly #dirty = new Set<string>();
  readonly #failures = new Map<string, number>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #waiters: ((key: string | undefined) => void)[] = [];
  #closed = false;

  constructor(opts: QueueOptions) {
    this.#opts = opts;
  }

  /** Keys waiting to be handed out (ready, not counting delayed retries). */
  get depth(): number {
    return this.#ready.length;
  }

  add(key: string): void {
    if (this.#closed) return;
    if (this.#processing.has(key)) {
      this.#dirty.add(key);
      return;
    }
    if (this.#readySet.has(key)) return;
    const waiter = this.#waiters.shift();
    if (waiter) {
      this.#processing.add(key);
      waiter(key);
      return;
    }
    this.#ready.push(key);
    this.#readySet.add(key);
  }

  /** Adds the key after delayMs (a later call with a shorter delay does not shorten it). */
  addAfter(key: string, delayMs: number): void {
    if (this.#closed || this.#timers.has(key)) return;
    const t = setTimeout(() => {
      this.#timers.delete(key);
      this.add(key);
    }, delayMs);
    t.unref();
    this.#timers.set(key, t);
  }

  /** Adds the key after its back-off; returns the delay used in milliseconds. */
  addRateLimited(key: string): number {
    const n = this.#failures.get(key) ?? 0;
    this.#failures.set(key, n + 1);
    const delay = Math.min(this.#opts.baseDelayMs * 2 ** n, this.#opts.maxDelayMs);
    this.addAfter(key, delay);
    return delay;
  }

  /** Clears the key's back-off after a success. */
  forget(key: string): void {
    this.#failures.delete(key);
  }

  /** How many times in a row the key failed. */
  failures(key: string): number {
    return this.#failures.get(key) ?? 0;
  }

  /** The next key (marked processing), or undefined once the queue is shut down. */
  get(): Promise<string | undefined> {
    if (this.#closed) return Promise.resolve(undefined);
    const key = this.#ready.shift();
    if (key !== undefined) {
      this.#readySet.delete(key);
      this.#processing.add(key);
      return Promise.resolve(key);
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Marks the key processed; a key added meanwhile becomes ready again. */
  done(key: string): void {
    this.#processing.delete(key);
    if (this.#dirty.delete(key)) this.add(key);
  }

  shutDown(): void {
    this.#closed = true;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    for (const w of this.#waiters.splice(0)) w(undefined);
  }
}
