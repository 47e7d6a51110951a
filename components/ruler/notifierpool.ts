/**
 * One Alertmanager notifier per tenant (as Mimir's ruler), sending to the tenant's
 * `ruler_alertmanager_client_config.alertmanager_url` when set, else -ruler.alertmanager-url.
 * Turns the rule's alerts into v2 API alerts as Prometheus's SendAlerts does: startsAt is when
 * the alert fired, endsAt its resolution time or, while firing, ValidUntil; generatorURL links
 * the expression on the external URL.
 */
import type { Logger } from "pino";
import type { Overrides } from "../util/limits/overrides.ts";
import type { RulerMetrics } from "./metrics.ts";
import { Notifier } from "./notifier.ts";
import type { Alert } from "./rules.ts";

export interface NotifierPoolConfig {
  alertmanager_url: string;
  alertmanager_refresh_interval: number;
  notification_queue_capacity: number;
  notification_timeout: number;
  external_url: string;
}

/** Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export function generatorURL(externalURL: string, expr: string): string {
  return `${externalURL}/graph?g0.expr=${queryEscape(expr)}&g0.tab=1`;
}

export interface NotifierPoolDeps {
  logger: Logger;
  overrides: Overrides;
  externalLabels: Record<string, string>;
  metrics?: RulerMetrics;
}

export class NotifierPool {
  private readonly cfg: NotifierPoolConfig;
  private readonly deps: NotifierPoolDeps;
  private readonly byTenant = new Map<string, { url: string; notifier: Notifier }>();

  constructor(cfg: NotifierPoolConfig, deps: NotifierPoolDeps) {
    this.cfg = cfg;
    this.deps = deps;
  }

  private notifierFor(tenant: string): Notifier | undefined {
    const url =
      this.deps.overrides.get(tenant).ruler_alertmanager_client_config.alertmanager_url ||
      this.cfg.alertmanager_url;
    if (url === "") return undefined;
    const cur = this.byTenant.get(tenant);
    if (cur && cur.url === url) return cur.notifier;
    if (cur) void cur.notifier.stop();
    const n = new Notifier({
      alertmanagerURL: url,
      queueCapacity: this.cfg.notification_queue_capacity,
      timeout: this.cfg.notification_timeout,
      refreshInterval: this.cfg.alertmanager_refresh_interval,
      externalLabels: this.deps.externalLabels,
      logger: this.deps.logger.child({ user: tenant, component: "notifier" }),
      onSent: (n) => this.deps.metrics?.notificationsSent.inc({ user: tenant }, n),
      onDropped: (n) => this.deps.metrics?.notificationsDropped.inc({ user: tenant }, n),
      onError: () => this.deps.metrics?.notificationErrors.inc({ user: tenant }),
    });
    const started = n.start();
    this.byTenant.set(tenant, { url, notifier: n });
    void started;
    return n;
  }

  send(tenant: string, alerts: Alert[], expr: string): void {
    const n = this.notifierFor(tenant);
    if (!n) return;
    const url = generatorURL(this.cfg.external_url, expr);
    n.send(
      alerts.map((a) => ({
        labels: a.labels,
        annotations: a.annotations,
        startsAt: a.firedAt,
        endsAt: a.resolvedAt !== 0 ? a.resolvedAt : a.validUntil,
        generatorURL: url,
      })),
    );
  }

  async stop(): Promise<void> {
    await Promise.all([...this.byTenant.values()].map((n) => n.notifier.stop()));
    this.byTenant.clear();
  }
}
