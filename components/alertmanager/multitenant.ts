/**
 * The multi-tenant Alertmanager (Mimir's MultitenantAlertmanager): polls the alertmanager bucket
 * for tenant configurations every `poll_interval`, runs one TenantAlertmanager per tenant it owns
 * (all of them, unless an ownership function from the ring says otherwise), applies changed
 * configurations, stops the instances of deleted ones, and keeps each tenant's state (silences
 * and notification log): written to `<data_dir>/<tenant>/fullstate.json` shortly after every
 * change and to the bucket (`alertmanager/<tenant>/fullstate`) every `persist_interval` and on
 * shutdown; both are read back when the tenant starts. With a fallback configuration, a tenant
 * without one gets the fallback on its first request.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";
import type { Limits } from "../util/limits/limits.ts";
import { BasicService } from "../util/services/service.ts";
import { loadConfig } from "./amconfig.ts";
import { NotificationRateLimiter } from "./ratelimit.ts";
import type { AlertConfigDesc, AlertStore } from "./store.ts";
import { TenantAlertmanager, type TenantState } from "./tenant.ts";

export interface MultitenantConfig {
  data_dir: string;
  retention: number;
  external_url: string;
  poll_interval: number;
  persist_interval: number;
  fallback_config_file: string;
}

export interface MultitenantDeps {
  store: AlertStore;
  logger: Logger;
  registry?: Registry;
  limits: (tenant: string) => Limits;
  /** Whether this replica runs the tenant (ring ownership); default: every tenant. */
  ownsTenant?: (tenant: string) => boolean;
  /** Called after a tenant's state changed (replication to the other replicas). */
  onStateChange?: (tenant: string, state: () => TenantState | undefined) => void;
  /** The tenant's state from the other replicas, read when this replica starts running it. */
  pullPeerState?: (tenant: string) => Promise<Partial<TenantState>[]>;
  /** How long this replica waits before notifying for the tenant (position × peer timeout). */
  peerWait?: (tenant: string) => number;
}

function sameDesc(a: AlertConfigDesc, b: AlertConfigDesc): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class MultitenantAlertmanager extends BasicService {
  readonly cfg: MultitenantConfig;
  private readonly d: MultitenantDeps;
  private readonly tenants = new Map<string, TenantAlertmanager>();
  private readonly dirtyLocal = new Set<string>();
  private readonly dirtyRemote = new Set<string>();
  private fallbackConfig = "";
  private localTimer: NodeJS.Timeout | undefined;
  private readonly notifications: Counter<"user" | "integration"> | undefined;
  private readonly notificationsFailed: Counter<"user" | "integration"> | undefined;

  constructor(cfg: MultitenantConfig, deps: MultitenantDeps) {
    super("alertmanager");
    this.cfg = cfg;
    this.d = deps;
    if (deps.registry) {
      this.notifications = new Counter({
        name: "cortex_alertmanager_notifications_total",
        help: "The total number of attempted notifications.",
        labelNames: ["user", "integration"],
        registers: [deps.registry],
      });
      this.notificationsFailed = new Counter({
        name: "cortex_alertmanager_notifications_failed_total",
        help: "The total number of failed notifications.",
        labelNames: ["user", "integration"],
        registers: [deps.registry],
      });
      const self = this;
      new Gauge({
        name: "cortex_alertmanager_tenants_owned",
        help: "Number of tenants owned by the Alertmanager instance.",
        registers: [deps.registry],
        collect() {
          this.set(self.tenants.size);
        },
      });
    }
  }

  get store(): AlertStore {
    return this.d.store;
  }

  protected override async starting(): Promise<void> {
    if (this.cfg.fallback_config_file !== "") {
      this.fallbackConfig = await readFile(this.cfg.fallback_config_file, "utf8");
      loadConfig(this.fallbackConfig);
    }
    await this.sync();
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    let lastPersist = Date.now();
    while (!signal.aborted) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(this.cfg.poll_interval, 1000 * 3600));
        signal.addEventListener("abort", () => {
          clearTimeout(t);
          resolve();
        });
      });
      if (signal.aborted) break;
      try {
        await this.sync();
      } catch (e) {
        this.d.logger.warn({ err: (e as Error).message }, "failed to sync alertmanager configs");
      }
      if (Date.now() - lastPersist >= this.cfg.persist_interval) {
        lastPersist = Date.now();
        await this.persistRemote(false);
      }
    }
  }

  protected override async stopping(): Promise<void> {
    if (this.localTimer) clearTimeout(this.localTimer);
    await this.flushLocal();
    await this.persistRemote(true);
    for (const am of this.tenants.values()) am.stop();
    this.tenants.clear();
  }

  /** The running instance of a tenant; with a fallback config, creates the tenant's config. */
  async instance(tenant: string): Promise<TenantAlertmanager | undefined> {
    const am = this.tenants.get(tenant);
    if (am || this.fallbackConfig === "") return am;
    const desc: AlertConfigDesc = { user: tenant, raw_config: this.fallbackConfig, templates: [] };
    await this.d.store.setConfig(desc);
    await this.setTenantConfig(desc);
    return this.tenants.get(tenant);
  }

  /** Running instances by tenant. */
  list(): Map<string, TenantAlertmanager> {
    return this.tenants;
  }

  /** Reads every tenant's configuration and brings the instances in line. */
  async sync(): Promise<void> {
    const users = await this.d.store.listUsers();
    const wanted = new Set(users.filter((u) => this.d.ownsTenant?.(u) ?? true));
    for (const u of wanted) {
      const desc = await this.d.store.getConfig(u);
      if (!desc) continue;
      try {
        await this.setTenantConfig(desc);
      } catch (e) {
        this.d.logger.warn({ user: u, err: (e as Error).message }, "error applying config");
      }
    }
    for (const [u, am] of this.tenants)
      if (!wanted.has(u)) {
        await this.persistTenant(u).catch(() => undefined);
        am.stop();
        this.tenants.delete(u);
      }
  }

  /** Starts or reconfigures a tenant's instance (no-op when the config did not change). */
  async setTenantConfig(desc: AlertConfigDesc): Promise<void> {
    const existing = this.tenants.get(desc.user);
    if (existing && sameDesc(existing.desc, desc)) return;
    const cfg = loadConfig(desc.raw_config);
    if (existing) {
      existing.applyConfig(desc, cfg);
      return;
    }
    const user = desc.user;
    const limiter = new NotificationRateLimiter((kind) => {
      const l = this.d.limits(user);
      return (
        l.alertmanager_notification_rate_limit_per_integration?.[kind] ??
        l.alertmanager_notification_rate_limit
      );
    });
    const am = new TenantAlertmanager({
      tenant: user,
      logger: this.d.logger.child({ user }),
      externalURL: this.cfg.external_url,
      retention: this.cfg.retention,
      limits: {
        maxAggregationGroups: () =>
          this.d.limits(user).alertmanager_max_dispatcher_aggregation_groups,
        maxAlertsCount: () => this.d.limits(user).alertmanager_max_alerts_count,
        maxAlertsSizeBytes: () => this.d.limits(user).alertmanager_max_alerts_size_bytes,
        maxSilencesCount: () => this.d.limits(user).alertmanager_max_silences_count,
        allowSend: (kind) => limiter.allow(kind),
      },
      onStateChange: () => this.stateChanged(user),
      peerWait: () => this.d.peerWait?.(user) ?? 0,
      onNotify: (kind, ok) => {
        this.notifications?.inc({ user, integration: kind });
        if (!ok) this.notificationsFailed?.inc({ user, integration: kind });
      },
    });
    await this.restoreState(am);
    am.applyConfig(desc, cfg);
    this.tenants.set(user, am);
  }

  /** Stops and forgets a tenant (its config was deleted). */
  async removeTenant(tenant: string): Promise<void> {
    const am = this.tenants.get(tenant);
    if (!am) return;
    am.stop();
    this.tenants.delete(tenant);
  }

  private stateChanged(tenant: string): void {
    this.dirtyLocal.add(tenant);
    this.dirtyRemote.add(tenant);
    this.d.onStateChange?.(tenant, () => this.tenants.get(tenant)?.state());
    if (!this.localTimer) {
      this.localTimer = setTimeout(() => {
        this.localTimer = undefined;
        this.flushLocal().catch((e) =>
          this.d.logger.warn({ err: (e as Error).message }, "failed to write alertmanager state"),
        );
      }, 200);
    }
  }

  private localStatePath(tenant: string): string {
    return join(this.cfg.data_dir, tenant, "fullstate.json");
  }

  private async flushLocal(): Promise<void> {
    const users = [...this.dirtyLocal];
    this.dirtyLocal.clear();
    for (const u of users) {
      const am = this.tenants.get(u);
      if (!am) continue;
      const p = this.localStatePath(u);
      await mkdir(join(this.cfg.data_dir, u), { recursive: true });
      await writeFile(`${p}.tmp`, JSON.stringify(am.state()));
      await rename(`${p}.tmp`, p);
    }
  }

  private async persistTenant(u: string): Promise<void> {
    const am = this.tenants.get(u);
    if (!am) return;
    await this.d.store.setFullState(u, Buffer.from(JSON.stringify(am.state())));
  }

  /** Writes the state of changed tenants (all when `all`) to the bucket. */
  async persistRemote(all: boolean): Promise<void> {
    const users = all ? [...this.tenants.keys()] : [...this.dirtyRemote];
    this.dirtyRemote.clear();
    for (const u of users) {
      try {
        await this.persistTenant(u);
      } catch (e) {
        this.d.logger.warn({ user: u, err: (e as Error).message }, "failed to persist state");
      }
    }
  }

  private async restoreState(am: TenantAlertmanager): Promise<void> {
    const parse = (b: Buffer | string | undefined): Partial<TenantState> | undefined => {
      if (b === undefined) return undefined;
      try {
        return JSON.parse(b.toString()) as Partial<TenantState>;
      } catch {
        return undefined;
      }
    };
    const local = parse(await readFile(this.localStatePath(am.tenant)).catch(() => undefined));
    if (local) am.mergeState(local);
    const remote = parse(await this.d.store.getFullState(am.tenant).catch(() => undefined));
    if (remote) am.mergeState(remote);
    for (const s of (await this.d.pullPeerState?.(am.tenant).catch(() => [])) ?? [])
      am.mergeState(s);
  }

  /** Merges a peer's state of a tenant (replication). */
  mergePeerState(tenant: string, state: Partial<TenantState>): void {
    this.tenants.get(tenant)?.mergeState(state);
  }
}
