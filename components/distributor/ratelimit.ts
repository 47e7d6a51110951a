/**
 * Per-tenant token buckets (golang.org/x/time/rate semantics, as dskit's RateLimiter): the bucket
 * holds up to `burst` tokens and refills at `rate` per second; AllowN takes n tokens or refuses
 * without taking any. Rate and burst are read on every call, so a runtime config reload applies
 * at once; the bucket is rebuilt (full) when they change.
 */

export interface RateAndBurst {
  /** Tokens per second; Infinity disables the limit. */
  rate: number;
  burst: number;
}

interface Bucket {
  rate: number;
  burst: number;
  tokens: number;
  last: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly limitOf: (tenant: string) => RateAndBurst;

  constructor(limitOf: (tenant: string) => RateAndBurst) {
    this.limitOf = limitOf;
  }

  /** Takes n tokens from the tenant's bucket at time `nowMs`; false (nothing taken) if not enough. */
  allowN(tenant: string, n: number, nowMs: number): boolean {
    const { rate, burst } = this.limitOf(tenant);
    if (rate === Number.POSITIVE_INFINITY) return true;
    let b = this.buckets.get(tenant);
    if (!b || b.rate !== rate || b.burst !== burst) {
      b = { rate, burst, tokens: burst, last: nowMs };
      this.buckets.set(tenant, b);
    }
    if (nowMs > b.last) {
      b.tokens = Math.min(b.burst, b.tokens + ((nowMs - b.last) / 1000) * b.rate);
      b.last = nowMs;
    }
    if (n > b.burst && !(b.burst === 0 && n === 0)) return false;
    if (b.tokens >= n) {
      b.tokens -= n;
      return true;
    }
    return false;
  }

  /** The limit the tenant's bucket applies now. */
  limit(tenant: string): RateAndBurst {
    return this.limitOf(tenant);
  }
}

/**
 * Mimir's Retry-After: min_backoff·2^(attempt−1) capped at max_backoff, ±50% jitter, clamped
 * again to [min_backoff, max_backoff], whole seconds (M:pkg/distributor/push.go calculateRetryAfter).
 */
export function calculateRetryAfter(
  retryAttemptHeader: string | undefined,
  minBackoffMs: number,
  maxBackoffMs: number,
  random: () => number = Math.random,
): string {
  let attempt = Number.parseInt(retryAttemptHeader ?? "", 10);
  if (
    !Number.isFinite(attempt) ||
    attempt < 1 ||
    !/^\s*[+-]?\d+\s*$/.test(retryAttemptHeader ?? "")
  )
    attempt = 1;
  const minS = minBackoffMs / 1000;
  const maxS = maxBackoffMs / 1000;
  let delay = Math.min(maxS, minS * 2 ** Math.min(attempt - 1, 1024));
  const jitter = Math.trunc(delay * 0.5);
  if (jitter > 0) delay += Math.floor(random() * (jitter * 2 + 1)) - jitter;
  delay = Math.max(minS, Math.min(maxS, delay));
  return String(Math.trunc(delay));
}
