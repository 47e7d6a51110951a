/**
 * The ruler service (Mimir's Ruler + DefaultMultiTenantManager): loads every tenant's rule
 * groups from the rule store, keeps those this ruler owns (ring sharding, enabled/disabled
 * tenants, rule types enabled per tenant) running as Groups, and re-syncs every poll interval,
 * when the ring changes and when the config API changes a tenant's rules. An unchanged group
 * keeps running (and keeps its alert state); a removed group writes stale markers for its
 * series. Times are Unix ms.
 */
import type { Logger } from "pino";
import type { Counter, Gauge, Registry } from "prom-client";
import type { Queryable } from "../model/series.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import { counter, gauge } from "../util/metrics.ts";
import { BasicService } from "../util/services/service.ts";
import { Group } from "./group.ts";
import { RulerMetrics } from "./metrics.ts";
import { NotifierPool } from "./notifierpool.ts";
import { encodeRuleGroup, type RuleGroupDesc } from "./rulegroup.ts";
import type { Alert, AlertingRule, QueryFunc, RuleSample, TemplateExpander } from "./rules.ts";
import { type GroupStateData, groupState } from "./state.ts";
import type { RuleStore } from "./store.ts";

export interface RulerConfig {
  evaluation_interval: number;
  poll_interval: number;
  rule_path: string;
  external_url: string;
  alertmanager_url: string;
  alertmanager_refresh_interval: number;
  notification_queue_capacity: number;
  notification_timeout: number;
  resend_delay: number;
  for_outage_tolerance: number;
  for_grace_period: number;
  enabled_tenants: string;
  disabled_tenants: string;
  tenant_federation: { enabled: boolean };
}

export interface RulerDeps {
  logger: Logger;
  registry?: Registry;
  store: RuleStore;
  overrides: Overrides;
  /** Instant queries of a tenant (or of several, `a|b`, for federated groups). */
  query(tenant: string, expr: string, t: number): Promise<RuleSample[]>;
  /** Writes a tenant's rule samples (through the distributor). */
  write(tenant: string, samples: RuleSample[]): Promise<void>;
  /** For restoring alert state from ALERTS_FOR_STATE; undefined skips restoring. */
  queryable?: Queryable;
  expand: TemplateExpander;
  /** Whether this ruler evaluates the group (ring sharding); all groups when undefined. */
  ownsGroup?: (g: RuleGroupDesc) => boolean;
  /** External labels added to alerts sent to Alertmanager and visible to templates. */
  externalLabels?: Record<string, string>;
}

/** Go's url.PathEscape, as Mimir names the rule file of a namespace. */
export function pathEscape(s: string): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~$&+,;=:@]/.test(c)) out += c;
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function tenantList(s: string): Set<string> {
  return new Set(
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  );
}

interface RunningGroup {
  group: Group;
  /** Encoded description, to tell whether the group changed. */
  fingerprint: string;
}

export class Ruler extends BasicService {
  readonly cfg: RulerConfig;
  private readonly deps: RulerDeps;
  /** tenant -> group key (namespace + NUL + name) -> running group */
  private readonly tenants = new Map<string, Map<string, RunningGroup>>();
  private readonly notifiers: NotifierPool;
  private pollTimer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;
  private resyncWanted = false;
  private readonly enabled: Set<string>;
  private readonly disabled: Set<string>;
  private readonly m: { syncs: Counter<"reason">; groups: Gauge<string> } | undefined;
  private readonly metrics: RulerMetrics | undefined;

  constructor(cfg: RulerConfig, deps: RulerDeps) {
    super("ruler");
    this.cfg = cfg;
    this.deps = deps;
    this.enabled = tenantList(cfg.enabled_tenants);
    this.disabled = tenantList(cfg.disabled_tenants);
    this.metrics = deps.registry ? new RulerMetrics(deps.registry) : undefined;
    this.notifiers = new NotifierPool(cfg, {
      logger: deps.logger,
      metrics: this.metrics,
      overrides: deps.overrides,
      externalLabels: deps.externalLabels ?? {},
    });
    if (deps.registry) {
      this.m = {
        syncs: counter(
          deps.registry,
          "cortex_ruler_sync_rules_total",
          "Total number of times the ruler sync operation triggered.",
          ["reason"],
        ),
        groups: gauge(
          deps.registry,
          "cortex_ruler_managers_total",
          "Total number of managers registered and running in the ruler",
          [],
        ),
      };
    }
  }

  protected override async starting(): Promise<void> {
    await this.sync("initial");
    this.pollTimer = setInterval(() => this.requestSync("periodic"), this.cfg.poll_interval);
    this.pollTimer.unref();
  }

  protected override async stopping(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.syncing;
    const stops: Promise<void>[] = [];
    for (const groups of this.tenants.values())
      for (const g of groups.values()) stops.push(g.group.stop());
    await Promise.all(stops);
    this.tenants.clear();
    await this.notifiers.stop();
  }

  /** Asks for a re-sync soon (API change, ring change, poll); concurrent requests coalesce. */
  requestSync(reason: string): void {
    if (this.state() !== "Running") return;
    if (this.syncing) {
      this.resyncWanted = true;
      return;
    }
    void this.sync(reason).catch((err) => this.deps.logger.warn({ err }, "ruler: sync failed"));
  }

  /** Loads the rule groups and starts, replaces or stops groups to match. */
  async sync(reason: string): Promise<void> {
    if (this.syncing) {
      this.resyncWanted = true;
      return this.syncing;
    }
    this.m?.syncs.inc({ reason });
    this.syncing = this.doSync().finally(() => {
      this.syncing = undefined;
      if (this.resyncWanted && this.state() === "Running") {
        this.resyncWanted = false;
        this.requestSync("api-change");
      }
    });
    return this.syncing;
  }

  private ownsTenant(t: string): boolean {
    if (this.enabled.size > 0 && !this.enabled.has(t)) return false;
    return !this.disabled.has(t);
  }

  private async doSync(): Promise<void> {
    const users = (await this.deps.store.listAllUsers()).filter((u) => this.ownsTenant(u));
    const wanted = new Map<string, RuleGroupDesc[]>();
    for (const u of users) {
      let groups: RuleGroupDesc[];
      try {
        groups = await this.deps.store.loadRuleGroups(u, "");
      } catch (err) {
        this.deps.logger.warn({ err, user: u }, "ruler: loading rule groups failed");
        // Keep what runs for this tenant.
        const cur = this.tenants.get(u);
        if (cur)
          wanted.set(
            u,
            [...cur.values()].map((g) => g.group.desc),
          );
        continue;
      }
      const lim = this.deps.overrides.get(u);
      const owned = groups
        .filter((g) => this.deps.ownsGroup === undefined || this.deps.ownsGroup(g))
        .filter((g) => g.sourceTenants.length === 0 || this.cfg.tenant_federation.enabled)
        .map((g) => ({
          ...g,
          rules: g.rules.filter((r) =>
            r.alert !== ""
              ? lim.ruler_alerting_rules_evaluation_enabled
              : lim.ruler_recording_rules_evaluation_enabled,
          ),
        }))
        .filter((g) => g.rules.length > 0);
      if (owned.length > 0) wanted.set(u, owned);
    }
    // Stop groups no longer wanted (stale markers for their series).
    for (const [u, groups] of this.tenants) {
      const keep = new Set((wanted.get(u) ?? []).map((g) => `${g.namespace}\0${g.name}`));
      for (const [k, rg] of groups) {
        if (keep.has(k)) continue;
        groups.delete(k);
        // In the background: the markers follow two intervals later.
        void rg.group.stop(2 * rg.group.opts.interval);
      }
      if (groups.size === 0) this.tenants.delete(u);
    }
    // Start new and changed groups.
    for (const [u, descs] of wanted) {
      let groups = this.tenants.get(u);
      if (!groups) {
        groups = new Map();
        this.tenants.set(u, groups);
      }
      for (const d of descs) {
        const k = `${d.namespace}\0${d.name}`;
        const fp = encodeRuleGroup(d).toString("base64");
        const cur = groups.get(k);
        if (cur && cur.fingerprint === fp) continue;
        if (cur) await cur.group.stop();
        const g = this.newGroup(u, d, cur === undefined);
        if (cur) g.copyState(cur.group);
        groups.set(k, { group: g, fingerprint: fp });
        g.start();
      }
    }
    let n = 0;
    for (const groups of this.tenants.values()) n += groups.size;
    this.m?.groups.set(n);
  }

  private newGroup(user: string, d: RuleGroupDesc, restore: boolean): Group {
    const lim = this.deps.overrides.get(user);
    const queryOffset =
      d.queryOffset > 0
        ? d.queryOffset
        : d.evaluationDelay > 0
          ? d.evaluationDelay
          : lim.ruler_evaluation_delay_duration;
    const queryTenant = d.sourceTenants.length > 0 ? d.sourceTenants.join("|") : user;
    const query: QueryFunc = (expr, t) => this.deps.query(queryTenant, expr, t);
    return new Group(
      d,
      {
        interval: d.interval > 0 ? d.interval : this.cfg.evaluation_interval,
        queryOffset,
        file: `${this.cfg.rule_path.replace(/\/+$/, "")}/${user}/${pathEscape(d.namespace)}`,
        externalLabels: this.deps.externalLabels ?? {},
        externalURL: this.cfg.external_url,
        resendDelay: this.cfg.resend_delay,
        outageTolerance: this.cfg.for_outage_tolerance,
        forGracePeriod: this.cfg.for_grace_period,
        restore,
      },
      {
        query,
        write: (samples) => this.deps.write(user, samples),
        notify: (alerts: Alert[], rule: AlertingRule) =>
          this.notifiers.send(user, alerts, rule.desc.expr),
        expand: this.deps.expand,
        queryable: this.deps.queryable,
        tenant: user,
        logger: this.deps.logger.child({ user }),
        metrics: this.metrics,
      },
    );
  }

  /** The groups this ruler runs for a tenant, sorted by namespace then name. */
  groups(tenant: string): Group[] {
    const groups = this.tenants.get(tenant);
    if (!groups) return [];
    return [...groups.values()]
      .map((g) => g.group)
      .sort((a, b) =>
        a.desc.namespace !== b.desc.namespace
          ? a.desc.namespace < b.desc.namespace
            ? -1
            : 1
          : a.desc.name < b.desc.name
            ? -1
            : a.desc.name > b.desc.name
              ? 1
              : 0,
      );
  }

  /** The state of the groups this ruler runs for a tenant. */
  groupStates(tenant: string): GroupStateData[] {
    return this.groups(tenant).map(groupState);
  }

  /** Tenants with running groups. */
  tenantIDs(): string[] {
    return [...this.tenants.keys()].sort();
  }
}
