/**
 * The HTTP (fastify) and gRPC (@grpc/grpc-js) servers as one service. Routes are registered on
 * `http` by the modules before the service starts; listening begins in `starting`.
 */
import * as grpc from "@grpc/grpc-js";
import Fastify, { type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { BasicService } from "../util/services/service.ts";
import type { ValueOf } from "../util/config/spec.ts";
import type { serverBlock } from "./config.ts";
import { addHealthService } from "./grpchealth.ts";

export type ServerConfig = ValueOf<typeof serverBlock>;

export class Server extends BasicService {
  readonly http: FastifyInstance;
  readonly grpc: grpc.Server;
  private readonly cfg: ServerConfig;
  private readonly logger: Logger;
  private httpPort = 0;
  private grpcPort = 0;
  /** Set by the app: whether the process is healthy enough to answer SERVING. */
  isServing: () => boolean = () => this.state() === "Running";

  constructor(cfg: ServerConfig, deps: { logger: Logger }) {
    super("server");
    this.cfg = cfg;
    this.logger = deps.logger;
    const opts = {
      logger: false,
      bodyLimit: 128 * 1024 * 1024,
      connectionTimeout: cfg.http_server_read_timeout || 0,
      keepAliveTimeout: cfg.http_server_idle_timeout || 72_000,
      requestTimeout: 0,
      routerOptions: { ignoreTrailingSlash: true },
      return503OnClosing: true,
      forceCloseConnections: "idle" as const,
    };
    this.http = Fastify(opts) as unknown as FastifyInstance;
    this.grpc = new grpc.Server({
      "grpc.max_receive_message_length": cfg.grpc_server_max_recv_msg_size,
      "grpc.max_send_message_length": cfg.grpc_server_max_send_msg_size,
      "grpc.max_concurrent_streams": cfg.grpc_server_max_concurrent_streams || undefined,
    });
    addHealthService(this.grpc, () => this.isServing());
  }

  /** The bound HTTP port (useful when configured as 0). */
  httpListenPort(): number {
    return this.httpPort;
  }

  grpcListenPort(): number {
    return this.grpcPort;
  }

  protected override async starting(): Promise<void> {
    const host = this.cfg.http_listen_address || "0.0.0.0";
    await this.http.listen({ host, port: this.cfg.http_listen_port });
    const addr = this.http.server.address();
    this.httpPort = typeof addr === "object" && addr ? addr.port : this.cfg.http_listen_port;
    const grpcHost = this.cfg.grpc_listen_address || "0.0.0.0";
    this.grpcPort = await new Promise<number>((resolve, reject) => {
      this.grpc.bindAsync(
        `${grpcHost}:${this.cfg.grpc_listen_port}`,
        grpc.ServerCredentials.createInsecure(),
        (err, port) =>
          err
            ? reject(
                new Error(
                  `failed to listen on gRPC port ${this.cfg.grpc_listen_port}: ${err.message}`,
                  { cause: err },
                ),
              )
            : resolve(port),
      );
    });
    this.logger.info(
      { http: `${host}:${this.httpPort}`, grpc: `${grpcHost}:${this.grpcPort}` },
      "server listening on addresses",
    );
  }

  protected override async stopping(): Promise<void> {
    const timeout = this.cfg.graceful_shutdown_timeout || 30_000;
    const grpcDone = new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.grpc.forceShutdown();
        resolve();
      }, timeout);
      this.grpc.tryShutdown(() => {
        clearTimeout(t);
        resolve();
      });
    });
    const httpDone = Promise.race([
      this.http.close(),
      new Promise<void>((resolve) => setTimeout(resolve, timeout).unref()),
    ]);
    await Promise.all([grpcDone, httpDone]);
  }
}
