/**
 * The notification pipeline a flushed group goes through (notify package, v0.25 order): drop the
 * alerts muted by inhibition; stop outside the route's active time intervals or inside its mute
 * time intervals; drop silenced alerts; then, for each integration of the receiver in parallel,
 * ask the notification log whether anything changed (dedup), send with retries until the flush
 * deadline, and log what was sent. The flush succeeds when every integration did.
 */
import type { Logger } from "pino";
import type { LabelSet } from "./labels.ts";
import { type NotificationLog, needsUpdate } from "./nflog.ts";
import type { Silences } from "./silences.ts";
import type { Inhibitor } from "./inhibit.ts";
import { anyIntervalContains, type TimeInterval } from "./timeinterval.ts";
import { type Alert, resolvedAt } from "./types.ts";

export interface FlushContext {
  receiver: string;
  groupKey: string;
  groupLabels: LabelSet;
  /** The flush time (ms); alerts resolve relative to it. */
  now: number;
  repeatInterval: number;
  muteTimeIntervals: string[];
  activeTimeIntervals: string[];
  /** Sends must finish by then (the next flush). */
  deadline: number;
}

/** An error from a receiver; `retry` says whether sending again may help. */
export class NotifyError extends Error {
  readonly retry: boolean;
  constructor(message: string, retry: boolean) {
    super(message);
    this.retry = retry;
  }
}

export interface Integration {
  /** Alertmanager's integration name: webhook, email, slack, ... */
  readonly kind: string;
  readonly index: number;
  readonly sendResolved: boolean;
  notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void>;
}

/** Why alerts are suppressed, for the API: silence IDs and inhibiting alert fingerprints. */
export class Marker {
  private readonly status = new Map<string, { silencedBy: string[]; inhibitedBy: string[] }>();

  setSilenced(fp: string, ids: string[]): void {
    const s = this.status.get(fp) ?? { silencedBy: [], inhibitedBy: [] };
    s.silencedBy = ids;
    this.status.set(fp, s);
  }

  setInhibited(fp: string, fps: string[]): void {
    const s = this.status.get(fp) ?? { silencedBy: [], inhibitedBy: [] };
    s.inhibitedBy = fps;
    this.status.set(fp, s);
  }

  get(fp: string): { silencedBy: string[]; inhibitedBy: string[]; state: string } {
    const s = this.status.get(fp);
    if (!s) return { silencedBy: [], inhibitedBy: [], state: "unprocessed" };
    const suppressed = s.silencedBy.length > 0 || s.inhibitedBy.length > 0;
    return { ...s, state: suppressed ? "suppressed" : "active" };
  }

  delete(fp: string): void {
    this.status.delete(fp);
  }
}

export interface PipelineDeps {
  receivers: Map<string, Integration[]>;
  inhibitor: Inhibitor;
  silences: Silences;
  marker: Marker;
  nflog: NotificationLog;
  timeIntervals: Map<string, TimeInterval[]>;
  logger: Logger;
  /** Called after each send attempt, for metrics. */
  onNotify?: (kind: string, ok: boolean) => void;
  /** Checked before each send; false drops it (notification rate limit). */
  allowSend?: (kind: string) => boolean;
  /**
   * Milliseconds to wait before the dedup stage (WaitStage: this replica's position among the
   * tenant's replicas × the peer timeout), so the first replica notifies and the others find its
   * notification-log entry.
   */
  peerWait?: () => number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(t);
      resolve();
    });
  });

export class Pipeline {
  private readonly d: PipelineDeps;
  private readonly abort = new AbortController();

  constructor(deps: PipelineDeps) {
    this.d = deps;
  }

  /** Stops sending (pending retries give up). */
  stop(): void {
    this.abort.abort();
  }

  /** Mutes an alert set as the API shows it (updates the marker). */
  muted(a: Alert): boolean {
    const inh = this.d.inhibitor.inhibitedBy(a.labels, a.fingerprint);
    this.d.marker.setInhibited(a.fingerprint, inh);
    const sil = this.d.silences.mutedBy(a.labels);
    this.d.marker.setSilenced(a.fingerprint, sil);
    return inh.length > 0 || sil.length > 0;
  }

  /** Runs a flush through the pipeline; true when it succeeded (or nothing had to be sent). */
  async exec(ctx: FlushContext, alerts: Alert[]): Promise<boolean> {
    let list = alerts.filter((a) => {
      const inh = this.d.inhibitor.inhibitedBy(a.labels, a.fingerprint);
      this.d.marker.setInhibited(a.fingerprint, inh);
      return inh.length === 0;
    });
    if (list.length === 0) return true;
    if (ctx.activeTimeIntervals.length > 0) {
      const active = ctx.activeTimeIntervals.some((n) =>
        anyIntervalContains(this.d.timeIntervals.get(n) ?? [], ctx.now),
      );
      if (!active) return true;
    }
    for (const n of ctx.muteTimeIntervals)
      if (anyIntervalContains(this.d.timeIntervals.get(n) ?? [], ctx.now)) return true;
    list = list.filter((a) => {
      const sil = this.d.silences.mutedBy(a.labels);
      this.d.marker.setSilenced(a.fingerprint, sil);
      return sil.length === 0;
    });
    if (list.length === 0) return true;
    const integrations = this.d.receivers.get(ctx.receiver) ?? [];
    const wait = this.d.peerWait?.() ?? 0;
    if (wait > 0) ctx = { ...ctx, deadline: ctx.deadline + wait };
    const results = await Promise.all(integrations.map((i) => this.runIntegration(ctx, i, list)));
    return results.every((x) => x);
  }

  private async runIntegration(
    ctx: FlushContext,
    integ: Integration,
    alerts: Alert[],
  ): Promise<boolean> {
    const wait = this.d.peerWait?.() ?? 0;
    if (wait > 0) {
      await sleep(wait, this.abort.signal);
      if (this.abort.signal.aborted) return false;
    }
    const firing = new Set<string>();
    const resolved = new Set<string>();
    for (const a of alerts) (resolvedAt(a, ctx.now) ? resolved : firing).add(a.fingerprint);
    const nflogReceiver = `${ctx.receiver}/${integ.kind}/${integ.index}`;
    const entry = this.d.nflog.get(ctx.groupKey, nflogReceiver);
    if (!needsUpdate(entry, firing, resolved, integ.sendResolved, ctx.repeatInterval, ctx.now))
      return true;
    let sent = alerts;
    if (!integ.sendResolved) {
      if (firing.size === 0) {
        this.d.nflog.log(ctx.groupKey, nflogReceiver, [...firing], [...resolved]);
        return true;
      }
      sent = alerts.filter((a) => !resolvedAt(a, ctx.now));
    }
    if (this.d.allowSend && !this.d.allowSend(integ.kind)) {
      this.d.logger.warn(
        { receiver: ctx.receiver, integration: integ.kind },
        "notification rate limited",
      );
      return false;
    }
    let attempt = 0;
    for (;;) {
      const signal = AbortSignal.any([
        this.abort.signal,
        AbortSignal.timeout(Math.max(1, ctx.deadline - Date.now())),
      ]);
      try {
        await integ.notify(ctx, sent, signal);
        this.d.onNotify?.(integ.kind, true);
        this.d.nflog.log(ctx.groupKey, nflogReceiver, [...firing], [...resolved]);
        return true;
      } catch (e) {
        this.d.onNotify?.(integ.kind, false);
        const retry = e instanceof NotifyError ? e.retry : true;
        attempt++;
        const wait = Math.min(500 * 2 ** (attempt - 1), 10_000);
        if (!retry || this.abort.signal.aborted || Date.now() + wait >= ctx.deadline) {
          this.d.logger.warn(
            {
              receiver: ctx.receiver,
              integration: integ.kind,
              attempts: attempt,
              err: (e as Error).message,
            },
            "notify failed",
          );
          return false;
        }
        await sleep(wait, this.abort.signal);
      }
    }
  }
}
