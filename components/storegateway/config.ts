import { f } from "../util/config/spec.ts";
import { basicRingBlock } from "../ring/config.ts";

/** The `store_gateway` block. */
export const storeGatewayBlock = {
  sharding_ring: {
    ...basicRingBlock("store-gateway.sharding-ring"),
    replication_factor: f.int("store-gateway.sharding-ring.replication-factor", 3, "The replication factor to use when sharding blocks. This option needs be set both on the store-gateway, querier and ruler when running in microservices mode."),
    tokens_file_path: f.string("store-gateway.sharding-ring.tokens-file-path", "", "File path where tokens are stored. If empty, tokens are not stored at shutdown and restored at startup."),
    zone_awareness_enabled: f.bool("store-gateway.sharding-ring.zone-awareness-enabled", false, "True to enable zone-awareness and replicate blocks across different availability zones. This option needs be set both on the store-gateway, querier and ruler when running in microservices mode."),
    auto_forget_enabled: f.bool("store-gateway.sharding-ring.auto-forget-enabled", true, "When enabled, a store-gateway is automatically removed from the ring after failing to heartbeat the ring for a period longer than 10 times the configured -store-gateway.sharding-ring.heartbeat-timeout."),
    wait_stability_min_duration: f.duration("store-gateway.sharding-ring.wait-stability-min-duration", 0, "Minimum time to wait for ring stability at startup, if set to positive value."),
    wait_stability_max_duration: f.duration("store-gateway.sharding-ring.wait-stability-max-duration", 300_000, "Maximum time to wait for ring stability at startup. If the store-gateway ring keeps changing after this period of time, the store-gateway will start anyway."),
    instance_availability_zone: f.string("store-gateway.sharding-ring.instance-availability-zone", "", "The availability zone where this instance is running. Required if zone-awareness is enabled."),
    unregister_on_shutdown: f.bool("store-gateway.sharding-ring.unregister-on-shutdown", true, "Unregister from the ring upon clean shutdown."),
  },
  enabled_tenants: f.list("store-gateway.enabled-tenants", [], "Comma separated list of tenants that can be loaded by the store-gateway. If specified, only blocks for these tenants will be loaded by the store-gateway, otherwise all tenants can be loaded. Subject to sharding."),
  disabled_tenants: f.list("store-gateway.disabled-tenants", [], "Comma separated list of tenants that cannot be loaded by the store-gateway. If specified, and the store-gateway would normally load a given tenant for (via -store-gateway.enabled-tenants or sharding), it will be ignored instead."),
};
