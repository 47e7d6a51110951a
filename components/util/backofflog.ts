/**
 * Rate limiting for repeated error logs: an error that recurs on every request or every loop
 * iteration (a full or read-only disk, a deleted directory) is logged on its first occurrence,
 * then at most once per back-off, which doubles from `minMs` up to `maxMs` while the error keeps
 * occurring; each logged line carries how many occurrences were suppressed since the previous
 * one. `clear()` (on success) starts the next failure at the minimum again.
 */
export interface BackoffLogOptions {
  /** First back-off, ms (default 1s). */
  minMs?: number;
  /** Longest back-off, ms (default 5 min). */
  maxMs?: number;
  /** Clock, ms (tests). */
  now?: () => number;
}

interface KeyState {
  nextAt: number;
  backoff: number;
  suppressed: number;
}

export class BackoffLog {
  private readonly minMs: number;
  private readonly maxMs: number;
  private readonly now: () => number;
  private readonly keys = new Map<string, KeyState>();

  constructor(opts: BackoffLogOptions = {}) {
    this.minMs = opts.minMs ?? 1000;
    this.maxMs = opts.maxMs ?? 300_000;
    this.now = opts.now ?? Date.now;
  }

  /**
   * Records an occurrence of the error `key`; calls `log(suppressed)` when it is due to be
   * logged (`suppressed`: occurrences not logged since the last logged one).
   */
  occurred(key: string, log: (suppressed: number) => void): void {
    const now = this.now();
    let st = this.keys.get(key);
    if (st === undefined) {
      st = { nextAt: 0, backoff: 0, suppressed: 0 };
      this.keys.set(key, st);
    }
    if (now < st.nextAt) {
      st.suppressed++;
      return;
    }
    const suppressed = st.suppressed;
    st.suppressed = 0;
    st.backoff = st.backoff === 0 ? this.minMs : Math.min(this.maxMs, st.backoff * 2);
    st.nextAt = now + st.backoff;
    log(suppressed);
  }

  /** Number of keys with a recent occurrence (0: nothing to clear). */
  get size(): number {
    return this.keys.size;
  }

  /** The error `key` is over (the next occurrence is logged at once). */
  clear(key: string): void {
    this.keys.delete(key);
  }
}
