/**
 * A pool of gRPC clients keyed by address (dskit's ring/client.Pool): one channel per remote
 * instance, created on first use; every `checkInterval` clients whose address discovery no
 * longer returns are closed, and (when enabled) each remaining client is health-checked with
 * grpc.health.v1 and dropped if the check fails or times out, so the next call reconnects.
 */
import * as grpc from "@grpc/grpc-js";
import type { Gauge } from "prom-client";
import type { Logger } from "pino";
import { healthServiceDefinition, SERVING } from "../server/grpchealth.ts";
import { BasicService } from "../util/services/service.ts";
import { channelOptions, type GrpcClientConfig } from "./config.ts";

export interface PoolConfig {
  /** ms between cleanup rounds; 0 disables the loop. */
  checkInterval: number;
  healthCheckEnabled: boolean;
  /** ms a health check may take. */
  healthCheckTimeout: number;
  maxConcurrentHealthChecks: number;
}

export interface PoolDeps<C> {
  logger: Logger;
  /** Builds the typed client over a channel to `address`. */
  factory: (address: string, channel: grpc.Channel) => C;
  /** The addresses that should have clients (e.g. every instance in the ring); undefined = keep all. */
  discovery?: () => Promise<string[]> | string[];
  /** Number of clients in the pool (e.g. cortex_ingester_clients). */
  gauge?: Gauge;
  /** Channel credentials (tls.ts clientCredentials); default insecure. */
  credentials?: grpc.ChannelCredentials;
  /** Extra channel options (e.g. the TLS server name override). */
  channelOptions?: Record<string, string | number>;
}

interface Entry<C> {
  client: C;
  channel: grpc.Channel;
  health: grpc.Client;
}

const HealthClient = grpc.makeGenericClientConstructor(healthServiceDefinition, "Health");

export class ClientPool<C> extends BasicService {
  private readonly cfg: PoolConfig;
  private readonly clientCfg: GrpcClientConfig;
  private readonly deps: PoolDeps<C>;
  private readonly clients = new Map<string, Entry<C>>();
  private timer: NodeJS.Timeout | undefined;
  private cleaning = false;

  constructor(name: string, cfg: PoolConfig, clientCfg: GrpcClientConfig, deps: PoolDeps<C>) {
    super(name);
    this.cfg = cfg;
    this.clientCfg = clientCfg;
    this.deps = deps;
  }

  /** The client for `address` (host:port), creating its channel if needed. */
  clientFor(address: string): C {
    let e = this.clients.get(address);
    if (!e) {
      const channel = new grpc.Channel(
        address,
        this.deps.credentials ?? grpc.credentials.createInsecure(),
        { ...channelOptions(this.clientCfg), ...this.deps.channelOptions },
      );
      e = {
        channel,
        client: this.deps.factory(address, channel),
        health: new HealthClient(address, grpc.credentials.createInsecure(), {
          channelOverride: channel,
        }),
      };
      this.clients.set(address, e);
      this.deps.gauge?.set(this.clients.size);
    }
    return e.client;
  }

  /** Closes and forgets the client for `address` (e.g. after a connection error). */
  removeClientFor(address: string): void {
    const e = this.clients.get(address);
    if (!e) return;
    this.clients.delete(address);
    this.deps.gauge?.set(this.clients.size);
    e.channel.close();
  }

  addresses(): string[] {
    return [...this.clients.keys()];
  }

  /** One health check; resolves true when the remote answers SERVING within the timeout. */
  healthCheck(address: string): Promise<boolean> {
    const e = this.clients.get(address);
    if (!e) return Promise.resolve(false);
    return new Promise((resolve) => {
      const deadline = Date.now() + this.cfg.healthCheckTimeout;
      e.health.makeUnaryRequest(
        healthServiceDefinition.Check.path,
        healthServiceDefinition.Check.requestSerialize,
        healthServiceDefinition.Check.responseDeserialize,
        { service: "" },
        { deadline },
        (err: grpc.ServiceError | null, res?: { status: number }) =>
          resolve(!err && res?.status === SERVING),
      );
    });
  }

  /** One cleanup round: drops clients of addresses no longer discovered, then unhealthy ones. */
  async cleanUnhealthy(): Promise<void> {
    if (this.cleaning) return;
    this.cleaning = true;
    try {
      if (this.deps.discovery) {
        const wanted = new Set(await this.deps.discovery());
        for (const addr of this.addresses()) if (!wanted.has(addr)) this.removeClientFor(addr);
      }
      if (!this.cfg.healthCheckEnabled) return;
      const addrs = this.addresses();
      const limit = Math.max(1, this.cfg.maxConcurrentHealthChecks);
      for (let i = 0; i < addrs.length; i += limit) {
        const batch = addrs.slice(i, i + limit);
        const ok = await Promise.all(batch.map((a) => this.healthCheck(a)));
        batch.forEach((addr, j) => {
          if (ok[j]) return;
          this.deps.logger.warn({ addr }, "removing unhealthy gRPC client from the pool");
          this.removeClientFor(addr);
        });
      }
    } catch (err) {
      this.deps.logger.warn({ err }, "gRPC client pool cleanup failed");
    } finally {
      this.cleaning = false;
    }
  }

  protected override async starting(): Promise<void> {
    if (this.cfg.checkInterval > 0) {
      this.timer = setInterval(() => void this.cleanUnhealthy(), this.cfg.checkInterval);
      this.timer.unref();
    }
  }

  protected override async stopping(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const addr of this.addresses()) this.removeClientFor(addr);
  }
}
