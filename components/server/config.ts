import { f } from "../util/config/spec.ts";

const port = (v: number) =>
  v < 0 || v > 65535 ? "must be a port number between 0 and 65535" : undefined;

/** The `server` block (dskit server.Config): listeners, timeouts and logging. */
export const serverBlock = {
  http_listen_network: f.string(
    "server.http-listen-network",
    "tcp",
    "HTTP server listen network, default tcp",
    { hidden: true },
  ),
  http_listen_address: f.string("server.http-listen-address", "", "HTTP server listen address."),
  http_listen_port: f.int("server.http-listen-port", 9009, "HTTP server listen port.", {
    validate: port,
  }),
  http_listen_conn_limit: f.int(
    "server.http-conn-limit",
    0,
    "Maximum number of simultaneous http connections, <=0 to disable",
  ),
  grpc_listen_network: f.string("server.grpc-listen-network", "tcp", "gRPC server listen network", {
    hidden: true,
  }),
  grpc_listen_address: f.string("server.grpc-listen-address", "", "gRPC server listen address."),
  grpc_listen_port: f.int("server.grpc-listen-port", 9095, "gRPC server listen port.", {
    validate: port,
  }),
  grpc_listen_conn_limit: f.int(
    "server.grpc-conn-limit",
    0,
    "Maximum number of simultaneous grpc connections, <=0 to disable",
  ),
  graceful_shutdown_timeout: f.duration(
    "server.graceful-shutdown-timeout",
    30_000,
    "Timeout for graceful shutdowns",
  ),
  http_server_read_timeout: f.duration(
    "server.http-read-timeout",
    30_000,
    "Read timeout for entire HTTP request, including headers and body.",
  ),
  http_server_read_header_timeout: f.duration(
    "server.http-read-header-timeout",
    0,
    "Read timeout for HTTP request headers. If set to 0, value of -server.http-read-timeout is used.",
  ),
  http_server_write_timeout: f.duration(
    "server.http-write-timeout",
    120_000,
    "Write timeout for HTTP server",
  ),
  http_server_idle_timeout: f.duration(
    "server.http-idle-timeout",
    120_000,
    "Idle timeout for HTTP server",
  ),
  grpc_server_max_recv_msg_size: f.int(
    "server.grpc-max-recv-msg-size-bytes",
    100 * 1024 * 1024,
    "Limit on the size of a gRPC message this server can receive (bytes).",
  ),
  grpc_server_max_send_msg_size: f.int(
    "server.grpc-max-send-msg-size-bytes",
    100 * 1024 * 1024,
    "Limit on the size of a gRPC message this server can send (bytes).",
  ),
  grpc_server_max_concurrent_streams: f.int(
    "server.grpc-max-concurrent-streams",
    100,
    "Limit on the number of concurrent streams for gRPC calls per client connection (0 = unlimited)",
  ),
  log_format: f.string(
    "log.format",
    "logfmt",
    "Output log messages in the given format. Valid formats: [logfmt, json]",
    {
      enum: ["logfmt", "json"],
    },
  ),
  log_level: f.string(
    "log.level",
    "info",
    "Only log messages with the given severity or above. Valid levels: [debug, info, warn, error]",
    {
      enum: ["debug", "info", "warn", "error"],
    },
  ),
  log_source_ips_enabled: f.bool(
    "server.log-source-ips-enabled",
    false,
    "Optionally log the source IPs.",
  ),
  log_request_headers: f.bool(
    "server.log-request-headers",
    false,
    "Optionally log request headers.",
  ),
  log_request_at_info_level_enabled: f.bool(
    "server.log-request-at-info-level-enabled",
    false,
    "Optionally log requests at info level instead of debug level. Applies to request headers as well if server.log-request-headers is enabled.",
  ),
  http_path_prefix: f.string(
    "server.path-prefix",
    "",
    "Base path to serve all API routes from (e.g. /v1/)",
  ),
  register_instrumentation: f.bool(
    "server.register-instrumentation",
    true,
    "Register the intrumentation handlers (/metrics etc).",
  ),
};
