/**
 * dskit's grpcclient.Config as a config block, declared once per client prefix
 * (`ingester.client`, `querier.store-gateway-client`, ...). Sizes are bytes, durations ms.
 */
import { f } from "../util/config/spec.ts";
import type { ValueOf } from "../util/config/spec.ts";

/** Compression algorithms a client may ask for. grpc-js implements gzip (and deflate) only. */
export const GRPC_COMPRESSIONS = ["", "gzip", "snappy", "s2"] as const;

export function grpcClientConfigBlock(prefix: string) {
  return {
    max_recv_msg_size: f.int(
      `${prefix}.grpc-max-recv-msg-size`,
      100 << 20,
      "gRPC client max receive message size (bytes).",
    ),
    max_send_msg_size: f.int(
      `${prefix}.grpc-max-send-msg-size`,
      100 << 20,
      "gRPC client max send message size (bytes).",
    ),
    grpc_compression: f.string(
      `${prefix}.grpc-compression`,
      "",
      "Use compression when sending messages. Supported values are: 'gzip' and '' (disable compression). Mimir's 'snappy' and 's2' are refused: gRPC for Node.js has no snappy codec.",
      {
        enum: GRPC_COMPRESSIONS,
        validate: (v) =>
          v === "snappy" || v === "s2"
            ? `gRPC compression '${v}' is not supported by mimir-ts; use 'gzip' or ''`
            : undefined,
      },
    ),
    rate_limit: f.float(
      `${prefix}.grpc-client-rate-limit`,
      0,
      "Rate limit for gRPC client; 0 means disabled.",
    ),
    rate_limit_burst: f.int(
      `${prefix}.grpc-client-rate-limit-burst`,
      0,
      "Rate limit burst for gRPC client.",
    ),
    backoff_on_ratelimits: f.bool(
      `${prefix}.backoff-on-ratelimits`,
      false,
      "Enable backoff and retry when we hit rate limits.",
    ),
    backoff_config: {
      min_period: f.duration(
        `${prefix}.backoff-min-period`,
        100,
        "Minimum delay when backing off.",
      ),
      max_period: f.duration(
        `${prefix}.backoff-max-period`,
        10_000,
        "Maximum delay when backing off.",
      ),
      max_retries: f.int(
        `${prefix}.backoff-retries`,
        10,
        "Number of times to backoff and retry before failing.",
      ),
    },
    initial_stream_window_size: f.int(
      `${prefix}.initial-stream-window-size`,
      63 << 10,
      "Initial stream window size (bytes). Values less than the default are not supported and are ignored.",
      { hidden: true },
    ),
    initial_connection_window_size: f.int(
      `${prefix}.initial-connection-window-size`,
      63 << 10,
      "Initial connection window size (bytes). Values less than the default are not supported and are ignored.",
      { hidden: true },
    ),
    tls_enabled: f.bool(
      `${prefix}.tls-enabled`,
      false,
      "Enable TLS in the gRPC client. This flag needs to be enabled when any other TLS flag is set. If set to false, insecure connection to gRPC server will be used.",
    ),
    connect_timeout: f.duration(
      `${prefix}.connect-timeout`,
      5_000,
      "The maximum amount of time to establish a connection. A value of 0 means default gRPC client connect timeout and backoff.",
    ),
    connect_backoff_base_delay: f.duration(
      `${prefix}.connect-backoff-base-delay`,
      1_000,
      "Initial backoff delay after first connection failure. Only relevant if ConnectTimeout > 0.",
    ),
    connect_backoff_max_delay: f.duration(
      `${prefix}.connect-backoff-max-delay`,
      5_000,
      "Maximum backoff delay when establishing a connection. Only relevant if ConnectTimeout > 0.",
    ),
  };
}

export type GrpcClientConfig = ValueOf<ReturnType<typeof grpcClientConfigBlock>>;

/** grpc-js channel options for a client config. */
export function channelOptions(cfg: GrpcClientConfig): Record<string, number | string> {
  const opts: Record<string, number | string> = {
    "grpc.max_receive_message_length": cfg.max_recv_msg_size,
    "grpc.max_send_message_length": cfg.max_send_msg_size,
    "grpc.initial_reconnect_backoff_ms": cfg.connect_backoff_base_delay,
    "grpc.max_reconnect_backoff_ms": cfg.connect_backoff_max_delay,
    "grpc.keepalive_time_ms": 20_000,
    "grpc.keepalive_timeout_ms": 10_000,
    "grpc.keepalive_permit_without_calls": 1,
  };
  // grpc-js: 0 identity, 1 deflate, 2 gzip.
  if (cfg.grpc_compression === "gzip") opts["grpc.default_compression_algorithm"] = 2;
  return opts;
}
