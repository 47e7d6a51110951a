/**
 * One tenant's Alertmanager: its alerts, silences, notification log and marker live as long as
 * the tenant; a new configuration replaces the routing tree, inhibition rules and receivers (the
 * aggregation groups start over, as on an Alertmanager reload). State (silences + nflog) can be
 * exported and merged, for persistence in the bucket and replication between replicas.
 */
import type { Logger } from "pino";
import type { AmConfig } from "./amconfig.ts";
import { Dispatcher } from "./dispatcher.ts";
import { Inhibitor } from "./inhibit.ts";
import { fingerprint, isValidLabelName, type LabelSet } from "./labels.ts";
import { type NflogEntry, NotificationLog } from "./nflog.ts";
import { type FlushContext, type Integration, Marker, Pipeline } from "./notify.ts";
import { AlertProvider } from "./provider.ts";
import { buildReceivers } from "./receivers/build.ts";
import { Route } from "./route.ts";
import { type Silence, Silences } from "./silences.ts";
import { tenantTemplate } from "./templates.ts";
import type { Template } from "../util/gotemplate/template.ts";
import type { AlertConfigDesc } from "./store.ts";
import { type Alert, parseTime } from "./types.ts";

export interface TenantLimits {
  maxAggregationGroups(): number;
  maxAlertsCount(): number;
  maxAlertsSizeBytes(): number;
  maxSilencesCount(): number;
  /** Per-integration send allowance (rate limit); undefined = unlimited. */
  allowSend?: (kind: string) => boolean;
}

export interface TenantOptions {
  tenant: string;
  logger: Logger;
  externalURL: string;
  /** Silences and nflog entries are kept this long (ms). */
  retention: number;
  limits: TenantLimits;
  /** Called when silences or the notification log change. */
  onStateChange?: () => void;
  /** Called for each notification attempt (metrics). */
  onNotify?: (kind: string, ok: boolean) => void;
  /** Milliseconds to wait before the dedup stage (replica position × peer timeout). */
  peerWait?: () => number;
}

export interface TenantState {
  silences: Silence[];
  nflog: NflogEntry[];
}

export class AlertValidationError extends Error {}

export class TenantAlertmanager {
  /** The limits of the tenant. */
  limits(): TenantLimits {
    return this.opts.limits;
  }

  readonly tenant: string;
  readonly provider = new AlertProvider();
  readonly silences: Silences;
  readonly nflog: NotificationLog;
  readonly marker = new Marker();
  readonly startedAt = Date.now();
  private readonly opts: TenantOptions;
  config!: AmConfig;
  desc!: AlertConfigDesc;
  route!: Route;
  receivers = new Map<string, Integration[]>();
  private dispatcher: Dispatcher | undefined;
  private pipeline: Pipeline | undefined;
  private readonly gcTimer: NodeJS.Timeout;

  constructor(opts: TenantOptions) {
    this.opts = opts;
    this.tenant = opts.tenant;
    this.silences = new Silences({ retention: opts.retention });
    this.nflog = new NotificationLog({ retention: opts.retention });
    this.silences.onChange = () => opts.onStateChange?.();
    this.nflog.onChange = () => opts.onStateChange?.();
    this.gcTimer = setInterval(() => {
      for (const fp of this.provider.gc()) this.marker.delete(fp);
      this.silences.gc();
      this.nflog.gc();
    }, 60_000);
    this.gcTimer.unref();
  }

  /** Applies a (validated) configuration. */
  applyConfig(desc: AlertConfigDesc, cfg: AmConfig): void {
    this.dispatcher?.stop();
    this.pipeline?.stop();
    this.desc = desc;
    this.config = cfg;
    this.route = new Route(cfg.route, undefined);
    let template: Template;
    try {
      template = tenantTemplate(desc.templates, cfg.templates);
    } catch (e) {
      this.opts.logger.warn(
        { err: (e as Error).message },
        "bad templates; using the defaults only",
      );
      template = tenantTemplate([], []);
    }
    let htmlTemplate: Template | undefined;
    this.receivers = buildReceivers(cfg, {
      template,
      htmlTemplate: () => {
        htmlTemplate ??= tenantTemplate(desc.templates, cfg.templates, true);
        return htmlTemplate;
      },
      externalURL: this.opts.externalURL,
      templates: desc.templates,
      templateNames: cfg.templates,
      tenant: this.tenant,
    });
    const inhibitor = new Inhibitor(cfg.inhibit_rules, this.provider);
    const pipeline = new Pipeline({
      receivers: this.receivers,
      inhibitor,
      silences: this.silences,
      marker: this.marker,
      nflog: this.nflog,
      timeIntervals: cfg.time_intervals,
      logger: this.opts.logger,
      onNotify: this.opts.onNotify,
      allowSend: this.opts.limits.allowSend,
      peerWait: this.opts.peerWait,
    });
    this.pipeline = pipeline;
    this.dispatcher = new Dispatcher({
      route: this.route,
      provider: this.provider,
      logger: this.opts.logger,
      maxGroups: () => this.opts.limits.maxAggregationGroups(),
      flush: (ctx: FlushContext, alerts: Alert[]) => pipeline.exec(ctx, alerts),
    });
    this.dispatcher.start();
  }

  stop(): void {
    this.dispatcher?.stop();
    this.pipeline?.stop();
    clearInterval(this.gcTimer);
  }

  /** Updates the marker of an alert (silenced / inhibited) as the API shows it. */
  refreshStatus(a: Alert): void {
    this.pipeline?.muted(a);
  }

  groups() {
    return this.dispatcher?.listGroups() ?? [];
  }

  /**
   * The v2 API's POST /alerts: fills start/end times, validates each alert and stores the valid
   * ones. Throws AlertValidationError with every problem joined by "; " when some were invalid.
   */
  postAlerts(body: unknown): void {
    if (!Array.isArray(body)) throw new AlertValidationError("body in body must be of type array");
    const now = Date.now();
    const valid: Alert[] = [];
    const errs: string[] = [];
    const lim = this.opts.limits;
    for (const raw of body as Record<string, unknown>[]) {
      const labels: LabelSet = {};
      for (const [k, v] of Object.entries((raw?.labels ?? {}) as Record<string, unknown>))
        if (v !== "" && v !== null && v !== undefined) labels[k] = String(v);
      const annotations: LabelSet = {};
      for (const [k, v] of Object.entries((raw?.annotations ?? {}) as Record<string, unknown>))
        annotations[k] = String(v);
      let startsAt = parseTime(raw?.startsAt) ?? 0;
      let endsAt = parseTime(raw?.endsAt) ?? 0;
      let timeout = false;
      if (startsAt === 0) startsAt = endsAt === 0 ? now : endsAt;
      if (endsAt === 0) {
        timeout = true;
        endsAt = now + this.config.global.resolve_timeout;
      }
      const a: Alert = {
        labels,
        annotations,
        startsAt,
        endsAt,
        generatorURL: typeof raw?.generatorURL === "string" ? raw.generatorURL : "",
        updatedAt: now,
        timeout,
        fingerprint: fingerprint(labels),
      };
      const problem = validateAlert(a);
      if (problem) {
        errs.push(problem);
        continue;
      }
      if (!this.provider.get(a.fingerprint)) {
        const maxCount = lim.maxAlertsCount();
        if (maxCount > 0 && this.provider.size + valid.length >= maxCount) {
          errs.push(`alerts limit reached (limit: ${maxCount} alerts)`);
          continue;
        }
      }
      valid.push(a);
    }
    this.provider.put(valid);
    if (errs.length > 0) throw new AlertValidationError(errs.join("; "));
  }

  state(): TenantState {
    return { silences: this.silences.snapshot(), nflog: this.nflog.snapshot() };
  }

  mergeState(s: Partial<TenantState>): void {
    if (s.silences) this.silences.merge(s.silences);
    if (s.nflog) this.nflog.merge(s.nflog);
  }
}

/** types.Alert.Validate. */
function validateAlert(a: Alert): string | undefined {
  if (a.startsAt === 0) return "start time missing";
  if (a.endsAt !== 0 && a.endsAt < a.startsAt) return "end time must not be before start time";
  const names = Object.keys(a.labels);
  if (names.length === 0) return "at least one label pair required";
  for (const n of names) if (!isValidLabelName(n)) return `invalid label set: invalid name "${n}"`;
  for (const n of Object.keys(a.annotations))
    if (!isValidLabelName(n)) return `invalid annotations: invalid name "${n}"`;
  return undefined;
}
