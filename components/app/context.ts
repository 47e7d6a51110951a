/**
 * What a module's init sees of the process being assembled: the shared pieces built before any
 * module (config, logger, registry, server, overrides, runtime config) and the slots where a
 * module leaves the component it built for the modules that depend on it. `App` implements it.
 */
import type { FastifyRequest } from "fastify";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Compactor } from "../compactor/compactor.ts";
import type { Distributor } from "../distributor/distributor.ts";
import type { IngesterBlocks } from "../ingester/blocks.ts";
import type { Ingester } from "../ingester/ingester.ts";
import type { Server } from "../server/server.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import type { Queryable } from "../model/series.ts";
import type { StoreGateway } from "../storegateway/storegateway.ts";
import type { Block } from "../util/config/spec.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import type { RuntimeConfigManager } from "../util/runtimeconfig/manager.ts";
import type { Service } from "../util/services/service.ts";
import type { ClientPool } from "../grpcclient/pool.ts";
import type { RemoteIngester } from "../ingester/client/client.ts";
import type { KVStores } from "../ring/kv/factory.ts";
import type { RingService } from "../ring/ring_service.ts";
import type { RemoteStoreGateway } from "../storegateway/grpc.ts";
import type { FrontendQueue } from "../frontend/transport.ts";
import type { Config } from "./rootblock.ts";

export interface ReadinessCheck {
  module: string;
  /** undefined when ready, else why not. */
  check(): string | undefined;
}

export interface IndexLink {
  href: string;
  title: string;
}

/** A built module's service, as /services lists it. */
export interface ModuleService {
  module: string;
  service: Service;
  /** Set when the module is registered but does nothing yet (see ModuleDef.notImplemented). */
  notImplemented?: boolean;
}

export interface ModuleContext {
  readonly cfg: Config;
  /** Every module this process builds (targets and their dependencies). */
  readonly modules: readonly string[];
  /** The declaration of the whole config (for /config's defaults and diff). */
  readonly configSpec: Block;
  readonly logger: Logger;
  readonly registry: Registry;
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
  /** The query-frontend's own queue, when it has one (queriers of this process pull from it). */
  frontendQueue?: FrontendQueue;
  /** Set in cluster mode (rings, gRPC between processes); undefined when one process does everything. */
  readonly cluster: ClusterState | undefined;
  /** Resolves the tenant of a request by X-Scope-OrgID and the multitenancy settings. */
  tenantOf(req: FastifyRequest): string;
  addReadinessCheck(c: ReadinessCheck): void;
  addLinks(section: string, links: IndexLink[]): void;
  /** A client of the blocks bucket, labelled with the component that uses it. */
  blocksBucket(component: string): Bucket;
  /** The /ready answer: undefined when ready. */
  readiness(): string | undefined;
  serviceList(): ModuleService[];
  linkSections(): { section: string; links: IndexLink[] }[];
}

/** What a process in cluster mode shares between its modules. */
export interface ClusterState {
  stores: KVStores;
  ingesterRing?: RingService;
  storeGatewayRing?: RingService;
  distributorRing?: RingService;
  compactorRing?: RingService;
  ingesterPool?: ClientPool<RemoteIngester>;
  storeGatewayPool?: ClientPool<RemoteStoreGateway>;
  /** This process's own ingester and store-gateway ring addresses (calls to them stay in-process). */
  ingesterAddr?: string;
  storeGatewayAddr?: string;
}
