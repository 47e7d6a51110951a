/**
 * Mimir's per-tenant notification rate limits: a token bucket per integration kind with rate
 * `alertmanager_notification_rate_limit_per_integration[kind]` or else
 * `alertmanager_notification_rate_limit` (notifications per second; 0 = unlimited; negative = none
 * allowed), burst max(1, rate).
 */
export class NotificationRateLimiter {
  private readonly rateOf: (kind: string) => number;
  private readonly buckets = new Map<string, { tokens: number; at: number; rate: number }>();

  constructor(rateOf: (kind: string) => number) {
    this.rateOf = rateOf;
  }

  allow(kind: string, now = Date.now()): boolean {
    const rate = this.rateOf(kind);
    if (rate === 0) return true;
    if (rate < 0) return false;
    const burst = Math.max(1, rate);
    let b = this.buckets.get(kind);
    if (!b || b.rate !== rate) {
      b = { tokens: burst, at: now, rate };
      this.buckets.set(kind, b);
    }
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
