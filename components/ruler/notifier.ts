/**
 * Sends alerts to Alertmanagers' v2 API the way Prometheus's notifier does: a bounded queue
 * (oldest dropped when full), batches of at most 64 alerts POSTed as JSON to
 * `<url>/api/v2/alerts` of every Alertmanager, external labels added to alerts that lack them.
 *
 * Alertmanager URLs (-ruler.alertmanager-url, comma-separated): `http://host:port/path`, or with
 * DNS service discovery `dns+http://name:port/path` (A/AAAA records) and
 * `dnssrv+http://_service._proto.name/path` (SRV records), re-resolved every refresh interval.
 * Basic auth in the URL is sent as an Authorization header.
 */
import { promises as dns } from "node:dns";
import type { Logger } from "pino";
import type { Label } from "../model/labels.ts";

export const MAX_BATCH_SIZE = 64;

/** One alert as the v2 API takes it. Times are ms (0 = unset). */
export interface NotifierAlert {
  labels: Label[];
  annotations: Label[];
  startsAt: number;
  endsAt: number;
  generatorURL: string;
}

export interface NotifierOptions {
  /** Comma-separated Alertmanager URLs. */
  alertmanagerURL: string;
  queueCapacity: number;
  /** ms */
  timeout: number;
  /** ms between DNS re-resolutions. */
  refreshInterval: number;
  externalLabels: Record<string, string>;
  logger: Logger;
  /** Replaced in tests. */
  resolveA?: (host: string) => Promise<string[]>;
  resolveSrv?: (name: string) => Promise<{ name: string; port: number }[]>;
  /** Counts alerts delivered to at least one Alertmanager, dropped, and failed posts. */
  onSent?: (n: number) => void;
  onDropped?: (n: number) => void;
  onError?: () => void;
}

interface AMGroup {
  raw: string;
  mode: "static" | "dns" | "dnssrv";
  url: URL;
  targets: string[];
}

function toJson(a: NotifierAlert): Record<string, unknown> {
  const o: Record<string, unknown> = {
    labels: Object.fromEntries(a.labels.map((l) => [l.name, l.value])),
    annotations: Object.fromEntries(a.annotations.map((l) => [l.name, l.value])),
  };
  if (a.startsAt > 0) o.startsAt = new Date(a.startsAt).toISOString();
  if (a.endsAt > 0) o.endsAt = new Date(a.endsAt).toISOString();
  o.generatorURL = a.generatorURL;
  return o;
}

function endpoint(u: URL, hostPort: string): string {
  const path = u.pathname.replace(/\/+$/, "");
  return `${u.protocol}//${hostPort}${path}/api/v2/alerts`;
}

export class Notifier {
  private readonly opts: NotifierOptions;
  private readonly groups: AMGroup[];
  private queue: NotifierAlert[] = [];
  private sending: Promise<void> | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private ready: Promise<void> = Promise.resolve();
  /** Alerts dropped because the queue was full. */
  dropped = 0;
  /** Alerts delivered to at least one Alertmanager. */
  sent = 0;
  errors = 0;

  constructor(opts: NotifierOptions) {
    this.opts = opts;
    this.groups = opts.alertmanagerURL
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((raw) => {
        let mode: AMGroup["mode"] = "static";
        let rest = raw;
        if (raw.startsWith("dnssrv+")) {
          mode = "dnssrv";
          rest = raw.slice(7);
        } else if (raw.startsWith("dns+")) {
          mode = "dns";
          rest = raw.slice(4);
        }
        const url = new URL(rest);
        return { raw, mode, url, targets: mode === "static" ? [url.host] : [] };
      });
  }

  /** Resolves DNS names now and then every refresh interval. */
  async start(): Promise<void> {
    this.ready = this.refresh();
    await this.ready;
    if (this.groups.some((g) => g.mode !== "static")) {
      this.refreshTimer = setInterval(() => void this.refresh(), this.opts.refreshInterval);
      this.refreshTimer.unref();
    }
  }

  /** The endpoints alerts are posted to now. */
  endpoints(): string[] {
    return this.groups.flatMap((g) => g.targets.map((t) => endpoint(g.url, t)));
  }

  private async refresh(): Promise<void> {
    for (const g of this.groups) {
      try {
        if (g.mode === "dns") {
          const host = g.url.hostname;
          const port = g.url.port || (g.url.protocol === "https:" ? "443" : "80");
          const ips = await (this.opts.resolveA ?? ((h) => dns.resolve(h)))(host);
          g.targets = ips.map((ip) => (ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`));
        } else if (g.mode === "dnssrv") {
          const srv = await (this.opts.resolveSrv ?? ((n) => dns.resolveSrv(n)))(g.url.hostname);
          g.targets = srv.map((r) => `${r.name}:${r.port}`);
        }
      } catch (err) {
        this.opts.logger.warn({ err, url: g.raw }, "resolving Alertmanager addresses failed");
      }
    }
  }

  /** Queues alerts (external labels added); drops the oldest beyond the queue capacity. */
  send(alerts: NotifierAlert[]): void {
    if (this.stopped || this.groups.length === 0) return;
    const ext = Object.entries(this.opts.externalLabels);
    for (const a of alerts) {
      if (ext.length > 0) {
        const have = new Set(a.labels.map((l) => l.name));
        const add = ext.filter(([n]) => !have.has(n)).map(([name, value]) => ({ name, value }));
        if (add.length > 0)
          a.labels = [...a.labels, ...add].sort((x, y) =>
            x.name < y.name ? -1 : x.name > y.name ? 1 : 0,
          );
      }
      this.queue.push(a);
    }
    const over = this.queue.length - this.opts.queueCapacity;
    if (over > 0) {
      this.queue.splice(0, over);
      this.dropped += over;
      this.opts.onDropped?.(over);
      this.opts.logger.warn({ dropped: over }, "alert notification queue full, dropping alerts");
    }
    this.sending ??= this.drain().finally(() => {
      this.sending = undefined;
    });
  }

  private async drain(): Promise<void> {
    await this.ready;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH_SIZE);
      const body = JSON.stringify(batch.map(toJson));
      const results = await Promise.all(
        this.groups.flatMap((g) => g.targets.map((t) => this.post(g.url, t, body))),
      );
      if (results.some((ok) => ok)) {
        this.sent += batch.length;
        this.opts.onSent?.(batch.length);
      } else {
        this.opts.onDropped?.(batch.length);
      }
    }
  }

  private async post(u: URL, hostPort: string, body: string): Promise<boolean> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "mimir-ts",
    };
    if (u.username !== "")
      headers.authorization = `Basic ${Buffer.from(
        `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`,
      ).toString("base64")}`;
    const to = endpoint(u, hostPort);
    try {
      const res = await fetch(to, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(this.opts.timeout),
      });
      await res.arrayBuffer();
      if (res.status < 200 || res.status >= 300) {
        this.errors++;
        this.opts.onError?.();
        this.opts.logger.warn({ url: to, status: res.status }, "sending alerts failed");
        return false;
      }
      return true;
    } catch (err) {
      this.errors++;
      this.opts.onError?.();
      this.opts.logger.warn({ err, url: to }, "sending alerts failed");
      return false;
    }
  }

  /** Sends what is queued, then stops. */
  async stop(): Promise<void> {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    await this.sending;
    this.stopped = true;
  }
}
