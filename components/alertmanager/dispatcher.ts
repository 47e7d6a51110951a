/**
 * The dispatcher (dispatch package): routes every alert the provider receives to its routes and,
 * per route, to the aggregation group of its group labels. A group flushes `group_wait` after it
 * was created (at once when an alert older than group_wait joins before the first flush), then
 * every `group_interval`; each flush sends all of the group's alerts through the pipeline and,
 * when it succeeded, forgets the resolved alerts that did not change meanwhile. Empty groups are
 * removed every 30 s.
 */
import type { Logger } from "pino";
import { type LabelSet, compareAlertLabels, fingerprint, labelSetString } from "./labels.ts";
import type { FlushContext } from "./notify.ts";
import type { AlertProvider } from "./provider.ts";
import type { Route } from "./route.ts";
import { type Alert, resolvedAt } from "./types.ts";

export type FlushFn = (ctx: FlushContext, alerts: Alert[]) => Promise<boolean>;

const MAINTENANCE_INTERVAL = 30_000;

export class AggrGroup {
  readonly route: Route;
  readonly labels: LabelSet;
  readonly groupKey: string;
  readonly alerts = new Map<string, Alert>();
  private readonly flushFn: FlushFn;
  private timer: NodeJS.Timeout | undefined;
  private hasFlushed = false;
  private flushing = false;
  private tickPending = false;
  private stopped = false;

  constructor(route: Route, labels: LabelSet, flush: FlushFn) {
    this.route = route;
    this.labels = labels;
    this.groupKey = `${route.key}:${labelSetString(labels)}`;
    this.flushFn = flush;
    this.reset(route.opts.groupWait);
  }

  private reset(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => this.tick(), ms);
  }

  insert(a: Alert): void {
    this.alerts.set(a.fingerprint, a);
    if (!this.hasFlushed && a.startsAt + this.route.opts.groupWait < Date.now()) this.reset(0);
  }

  empty(): boolean {
    return this.alerts.size === 0;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private tick(): void {
    if (this.flushing) {
      this.tickPending = true;
      return;
    }
    const now = Date.now();
    this.reset(this.route.opts.groupInterval);
    this.hasFlushed = true;
    this.flushing = true;
    this.flush(now)
      .catch(() => undefined)
      .finally(() => {
        this.flushing = false;
        if (this.tickPending && !this.stopped) {
          this.tickPending = false;
          this.tick();
        }
      });
  }

  private async flush(now: number): Promise<void> {
    if (this.empty()) return;
    const snapshot: Alert[] = [];
    const resolved: Alert[] = [];
    for (const a of this.alerts.values()) {
      if (resolvedAt(a, now)) {
        resolved.push(a);
        snapshot.push(a);
      } else snapshot.push({ ...a, endsAt: 0 });
    }
    snapshot.sort((x, y) => compareAlertLabels(x.labels, y.labels));
    const o = this.route.opts;
    const ok = await this.flushFn(
      {
        receiver: o.receiver,
        groupKey: this.groupKey,
        groupLabels: this.labels,
        now,
        repeatInterval: o.repeatInterval,
        muteTimeIntervals: o.muteTimeIntervals,
        activeTimeIntervals: o.activeTimeIntervals,
        // notify.MinTimeout: sends get at least 10 s.
        deadline: now + Math.max(o.groupInterval, 10_000),
      },
      snapshot,
    );
    if (ok)
      for (const a of resolved) {
        const cur = this.alerts.get(a.fingerprint);
        if (cur && cur.updatedAt === a.updatedAt) this.alerts.delete(a.fingerprint);
      }
  }
}

export class Dispatcher {
  private readonly root: Route;
  private readonly provider: AlertProvider;
  private readonly flush: FlushFn;
  private readonly logger: Logger;
  private readonly maxGroups: () => number;
  private readonly groups = new Map<Route, Map<string, AggrGroup>>();
  private unsubscribe: (() => void) | undefined;
  private maintenance: NodeJS.Timeout | undefined;

  constructor(opts: {
    route: Route;
    provider: AlertProvider;
    flush: FlushFn;
    logger: Logger;
    /** Mimir's alertmanager_max_dispatcher_aggregation_groups (0 = unlimited). */
    maxGroups?: () => number;
  }) {
    this.root = opts.route;
    this.provider = opts.provider;
    this.flush = opts.flush;
    this.logger = opts.logger;
    this.maxGroups = opts.maxGroups ?? (() => 0);
  }

  start(): void {
    for (const a of this.provider.list()) this.process(a);
    this.unsubscribe = this.provider.subscribe((a) => this.process(a));
    this.maintenance = setInterval(() => this.removeEmpty(), MAINTENANCE_INTERVAL);
    this.maintenance.unref();
  }

  stop(): void {
    this.unsubscribe?.();
    if (this.maintenance) clearInterval(this.maintenance);
    for (const m of this.groups.values()) for (const g of m.values()) g.stop();
    this.groups.clear();
  }

  private count(): number {
    let n = 0;
    for (const m of this.groups.values()) n += m.size;
    return n;
  }

  private process(a: Alert): void {
    for (const route of this.root.match(a.labels)) {
      const labels = route.groupLabels(a.labels);
      const fp = fingerprint(labels);
      let byRoute = this.groups.get(route);
      if (!byRoute) {
        byRoute = new Map();
        this.groups.set(route, byRoute);
      }
      let g = byRoute.get(fp);
      if (!g) {
        const max = this.maxGroups();
        if (max > 0 && this.count() >= max) {
          this.logger.warn(
            { groupKey: labelSetString(labels) },
            "too many aggregation groups, cannot create new group for alert",
          );
          continue;
        }
        g = new AggrGroup(route, labels, this.flush);
        byRoute.set(fp, g);
      }
      g.insert(a);
    }
  }

  private removeEmpty(): void {
    for (const m of this.groups.values())
      for (const [fp, g] of m)
        if (g.empty()) {
          g.stop();
          m.delete(fp);
        }
  }

  /** The current groups, for the v2 API's /alerts/groups. */
  listGroups(): AggrGroup[] {
    const out: AggrGroup[] = [];
    for (const m of this.groups.values()) for (const g of m.values()) if (!g.empty()) out.push(g);
    return out;
  }
}
