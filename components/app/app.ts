/**
 * The composition root: builds each module of the resolved targets in dependency order,
 * starts their services in that order, stops them in reverse, and answers /ready.
 */
import type { FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { Registry } from "prom-client";
import type { Compactor } from "../compactor/compactor.ts";
import type { Distributor } from "../distributor/distributor.ts";
import type { IngesterBlocks } from "../ingester/blocks.ts";
import type { Ingester } from "../ingester/ingester.ts";
import { Server } from "../server/server.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { createBucket } from "../storage/bucket/config.ts";
import type { Queryable } from "../model/series.ts";
import type { StoreGateway } from "../storegateway/storegateway.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { RuntimeConfigManager } from "../util/runtimeconfig/manager.ts";
import { resolveTenantID } from "../util/tenant.ts";
import type {
  ClusterState,
  IndexLink,
  ModuleContext,
  ModuleService,
  ReadinessCheck,
} from "./context.ts";
import { isClusterMode } from "./cluster.ts";
import { missingPeers, moduleDef, resolveModules } from "./modules.ts";
import { type Config, rootBlock } from "./rootblock.ts";

export interface AppDeps {
  logger: Logger;
  registry?: Registry;
}

export class App implements ModuleContext {
  readonly cfg: Config;
  readonly configSpec = rootBlock;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly modules: string[];
  readonly server: Server;
  readonly overrides: Overrides;
  readonly runtimeConfig: RuntimeConfigManager;
  ingester: Ingester | undefined;
  ingesterBlocks: IngesterBlocks | undefined;
  distributor: Distributor | undefined;
  queryable: Queryable | undefined;
  storeQueryable: Queryable | undefined;
  storeGateway: StoreGateway | undefined;
  compactor: Compactor | undefined;
  readonly cluster: ClusterState | undefined;
  private readonly services: ModuleService[] = [];
  private readonly readinessChecks: ReadinessCheck[] = [];
  private readonly indexLinks = new Map<string, IndexLink[]>();
  private stoppingFlag = false;
  private failureListener: ((module: string, err: Error) => void) | undefined;

  constructor(cfg: Config, deps: AppDeps) {
    this.cfg = cfg;
    this.logger = deps.logger;
    this.registry = deps.registry ?? new Registry();
    this.modules = resolveModules(cfg.target);
    this.cluster = isClusterMode(cfg, missingPeers(cfg.target).length > 0, this.modules)
      ? { stores: {} }
      : undefined;
    this.server = new Server(cfg.server, { logger: this.logger.child({ component: "server" }) });
    this.overrides = new Overrides(cfg.limits);
    this.runtimeConfig = new RuntimeConfigManager(cfg.runtime_config, {
      logger: this.logger.child({ component: "runtime-config" }),
      registry: this.registry,
      overrides: this.overrides,
    });
  }

  /** Resolves the tenant of a request by X-Scope-OrgID and the multitenancy settings. */
  tenantOf = (req: FastifyRequest): string =>
    resolveTenantID(req.headers["x-scope-orgid"], {
      multitenancyEnabled: this.cfg.multitenancy_enabled,
      noAuthTenant: this.cfg.no_auth_tenant,
    });

  addReadinessCheck(c: ReadinessCheck): void {
    this.readinessChecks.push(c);
  }

  addLinks(section: string, links: IndexLink[]): void {
    this.indexLinks.set(section, [...(this.indexLinks.get(section) ?? []), ...links]);
  }

  /** A client of the blocks bucket, labelled with the component that uses it. */
  blocksBucket(component: string): Bucket {
    return createBucket(this.cfg.blocks_storage, {
      component,
      registry: this.registry,
      retry: { maxRetries: 3 },
    });
  }

  /** Builds every module's service. Must be called once before start(). */
  async init(): Promise<void> {
    for (const name of this.modules) {
      const def = moduleDef(name)!;
      if (def.init === undefined) continue;
      const svc = await def.init(this);
      if (svc)
        this.services.push({ module: name, service: svc, notImplemented: def.notImplemented });
    }
  }

  linkSections(): { section: string; links: IndexLink[] }[] {
    return [...this.indexLinks].map(([section, links]) => ({ section, links }));
  }

  serviceList(): ModuleService[] {
    return this.services;
  }

  /** Starts services in dependency order; a failure stops what started and rethrows. */
  async start(): Promise<void> {
    for (const { module, service } of this.services) {
      service.addListener((_from, to, svc) => {
        if (to === "Failed" && !this.stoppingFlag)
          this.failureListener?.(module, svc.failureCase() ?? new Error("unknown failure"));
      });
      try {
        await service.startAsync();
      } catch (e) {
        const err = new Error(`failed to start module ${module}: ${(e as Error).message}`, {
          cause: e,
        });
        await this.stop();
        throw err;
      }
    }
  }

  /** Called once when a running service fails (the caller then stops the app). */
  onServiceFailure(fn: (module: string, err: Error) => void): void {
    this.failureListener = fn;
  }

  isStopping(): boolean {
    return this.stoppingFlag;
  }

  /** Marks the app as stopping (so /ready answers 503) without stopping anything yet. */
  markStopping(): void {
    this.stoppingFlag = true;
  }

  /** Stops services in reverse dependency order. */
  async stop(): Promise<void> {
    this.stoppingFlag = true;
    for (const { module, service } of [...this.services].reverse()) {
      try {
        await service.stopAsync();
      } catch (e) {
        this.logger.warn({ module, err: (e as Error).message }, "error while stopping module");
      }
    }
  }

  /** The /ready answer: undefined when ready. */
  readiness(): string | undefined {
    if (this.stoppingFlag) return "Application is stopping";
    const notRunning = this.services.filter(({ service }) => service.state() !== "Running");
    if (notRunning.length > 0) {
      return `Some services are not Running:\n${notRunning.map(({ module, service }) => `${module}: ${service.state()}`).join("\n")}`;
    }
    for (const c of this.readinessChecks) {
      const reason = c.check();
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
}
