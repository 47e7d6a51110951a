/**
 * A tenant's alert store (provider/mem): alerts by fingerprint. A put merges with the stored alert
 * of the same labels when their activity ranges overlap, then tells the subscribers (the
 * dispatcher). gc() drops resolved alerts (every 30 minutes, as Alertmanager).
 */
import { type Alert, mergeAlerts, resolvedAt } from "./types.ts";

export class AlertProvider {
  private readonly alerts = new Map<string, Alert>();
  private readonly subscribers = new Set<(a: Alert) => void>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  subscribe(fn: (a: Alert) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  get size(): number {
    return this.alerts.size;
  }

  get(fp: string): Alert | undefined {
    return this.alerts.get(fp);
  }

  list(): Alert[] {
    return [...this.alerts.values()];
  }

  put(incoming: Alert[]): void {
    const now = this.now();
    for (let a of incoming) {
      const old = this.alerts.get(a.fingerprint);
      if (
        old &&
        ((a.endsAt > old.startsAt && a.endsAt < old.endsAt) ||
          (a.startsAt > old.startsAt && a.startsAt < old.endsAt))
      ) {
        a = mergeAlerts(old, a, now);
      }
      this.alerts.set(a.fingerprint, a);
      for (const s of this.subscribers) s(a);
    }
  }

  /** Removes resolved alerts; returns their fingerprints. */
  gc(): string[] {
    const now = this.now();
    const out: string[] = [];
    for (const [fp, a] of this.alerts)
      if (resolvedAt(a, now)) {
        this.alerts.delete(fp);
        out.push(fp);
      }
    return out;
  }
}
