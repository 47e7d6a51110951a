/**
 * Turning a ring's YAML/flag values into the settings of Ring and Lifecycler: instance ID
 * (default: hostname), address (configured, else the first address of the configured network
 * interfaces, else the first private IPv4), port (default: the gRPC listen port).
 */
import { hostname, networkInterfaces } from "node:os";
import type { LifecyclerConfig } from "./lifecycler.ts";
import type { RingConfig } from "./ring.ts";

/** The fields a ring block may have (see basicRingBlock/ringBlock and the ingester's ring block). */
export interface RingValues {
  heartbeat_period: number;
  heartbeat_timeout: number;
  instance_id: string;
  instance_interface_names: string[];
  instance_port: number;
  instance_addr: string;
  replication_factor?: number;
  zone_awareness_enabled?: boolean;
  instance_availability_zone?: string;
  excluded_zones?: string[];
  num_tokens?: number;
  tokens_file_path?: string;
  auto_forget_unhealthy_periods?: number;
  unregister_on_shutdown?: boolean;
  min_ready_duration?: number;
  observe_period?: number;
}

export function ringConfigFromValues(
  v: RingValues,
  defaults: { replicationFactor?: number } = {},
): RingConfig {
  return {
    heartbeatTimeoutMs: v.heartbeat_timeout,
    replicationFactor: v.replication_factor ?? defaults.replicationFactor ?? 1,
    zoneAwarenessEnabled: v.zone_awareness_enabled ?? false,
    excludedZones: v.excluded_zones ?? [],
  };
}

/** The first IPv4 (else IPv6) address of the named interfaces, else of any non-internal one. */
export function instanceAddress(
  configured: string,
  interfaceNames: readonly string[],
  ifaces = networkInterfaces(),
): string {
  if (configured) return configured;
  for (const name of interfaceNames) {
    const list = ifaces[name] ?? [];
    const v4 = list.find((a) => a.family === "IPv4");
    if (v4) return v4.address;
    const v6 = list.find((a) => a.family === "IPv6" && !a.address.startsWith("fe80"));
    if (v6) return v6.address;
  }
  for (const list of Object.values(ifaces))
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  return "127.0.0.1";
}

export function lifecyclerConfigFromValues(
  v: RingValues,
  opts: {
    ringName: string;
    ringKey: string;
    grpcPort: number;
    numTokens?: number;
    autoForgetUnhealthyPeriods?: number;
    host?: string;
  },
): LifecyclerConfig {
  const host = instanceAddress(v.instance_addr, v.instance_interface_names);
  const port = v.instance_port > 0 ? v.instance_port : opts.grpcPort;
  return {
    id: v.instance_id || opts.host || hostname(),
    addr: host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`,
    zone: v.instance_availability_zone ?? "",
    ringKey: opts.ringKey,
    ringName: opts.ringName,
    numTokens: v.num_tokens ?? opts.numTokens ?? 128,
    tokensFilePath: v.tokens_file_path ?? "",
    heartbeatPeriodMs: v.heartbeat_period,
    heartbeatTimeoutMs: v.heartbeat_timeout,
    autoForgetUnhealthyPeriods:
      v.auto_forget_unhealthy_periods ?? opts.autoForgetUnhealthyPeriods ?? 0,
    unregisterOnShutdown: v.unregister_on_shutdown ?? true,
    minReadyDurationMs: v.min_ready_duration ?? 0,
    observePeriodMs: v.observe_period ?? 0,
  };
}
