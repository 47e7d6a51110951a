/**
 * dskit's tls.ClientConfig for gRPC clients (`<prefix>.tls-*` flags): with `tls_enabled` the
 * channel uses TLS, trusting `tls_ca_path` (else the system roots), presenting the client
 * certificate `tls_cert_path`/`tls_key_path` when both are set, checking the server name (or
 * `tls_server_name`), or nothing at all with `tls_insecure_skip_verify`.
 */
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { f } from "../util/config/spec.ts";
import type { ValueOf } from "../util/config/spec.ts";

/** The TLS keys of a gRPC client block, under `prefix` (e.g. `querier.store-gateway-client`). */
export function grpcClientTLSBlock(prefix: string, what: string) {
  return {
    tls_enabled: f.bool(
      `${prefix}.tls-enabled`,
      false,
      `Enable TLS for gRPC client connecting to ${what}.`,
    ),
    tls_cert_path: f.string(
      `${prefix}.tls-cert-path`,
      "",
      "Path to the client certificate file, which will be used for authenticating with the server. Also requires the key path to be configured.",
      { path: "one" },
    ),
    tls_key_path: f.string(
      `${prefix}.tls-key-path`,
      "",
      "Path to the key file for the client certificate. Also requires the client certificate to be configured.",
      { path: "one" },
    ),
    tls_ca_path: f.string(
      `${prefix}.tls-ca-path`,
      "",
      "Path to the CA certificates file to validate server certificate against. If not set, the host's root CA certificates are used.",
      { path: "one" },
    ),
    tls_server_name: f.string(
      `${prefix}.tls-server-name`,
      "",
      "Override the expected name on the server certificate.",
    ),
    tls_insecure_skip_verify: f.bool(
      `${prefix}.tls-insecure-skip-verify`,
      false,
      "Skip validating server certificate.",
    ),
  };
}

export type GrpcClientTLSConfig = ValueOf<ReturnType<typeof grpcClientTLSBlock>>;

/** Channel credentials and extra channel options for a client's TLS settings. */
export function clientCredentials(cfg: GrpcClientTLSConfig): {
  credentials: grpc.ChannelCredentials;
  options: Record<string, string>;
} {
  if (!cfg.tls_enabled) return { credentials: grpc.credentials.createInsecure(), options: {} };
  const ca = cfg.tls_ca_path ? readFileSync(cfg.tls_ca_path) : null;
  const withCert = cfg.tls_cert_path !== "" && cfg.tls_key_path !== "";
  if ((cfg.tls_cert_path !== "") !== (cfg.tls_key_path !== ""))
    throw new Error("TLS client certificate and key must both be set, or neither");
  const credentials = grpc.credentials.createSsl(
    ca,
    withCert ? readFileSync(cfg.tls_key_path) : null,
    withCert ? readFileSync(cfg.tls_cert_path) : null,
    cfg.tls_insecure_skip_verify
      ? { rejectUnauthorized: false, checkServerIdentity: () => undefined }
      : {},
  );
  const options: Record<string, string> = {};
  if (cfg.tls_server_name !== "") options["grpc.ssl_target_name_override"] = cfg.tls_server_name;
  return { credentials, options };
}
