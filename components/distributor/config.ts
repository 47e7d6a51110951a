import { basicRingBlock } from "../ring/config.ts";
/**
 * The `distributor:` config block, with Mimir's YAML keys, flags and defaults
 * (M:docs/.../configuration-parameters, section distributor).
 */
import { f, type ValueOf } from "../util/config/spec.ts";

const positive = (v: number) => (v <= 0 ? "must be greater than 0" : undefined);
const nonNegative = (v: number) => (v < 0 ? "must not be negative" : undefined);

export const distributorBlock = {
  ring: basicRingBlock("distributor.ring"),
  ha_tracker: {
    enable_ha_tracker: f.bool(
      "distributor.ha-tracker.enable",
      false,
      "Enable the distributors HA tracker so that it can accept samples from Prometheus HA replicas gracefully (requires labels).",
    ),
    ha_tracker_update_timeout: f.duration(
      "distributor.ha-tracker.update-timeout",
      15_000,
      "Update the timestamp in the KV store for a given cluster/replica only after this amount of time has passed since the current stored timestamp.",
    ),
    ha_tracker_update_timeout_jitter_max: f.duration(
      "distributor.ha-tracker.update-timeout-jitter-max",
      5_000,
      "Maximum jitter applied to the update timeout, in order to spread the HA heartbeats over time.",
    ),
    ha_tracker_failover_timeout: f.duration(
      "distributor.ha-tracker.failover-timeout",
      30_000,
      "If we don't receive any samples from the accepted replica for a cluster in this amount of time we will failover to the next replica we receive a sample from. This value must be greater than the update timeout",
    ),
    kvstore: {
      store: f.string(
        "distributor.ha-tracker.store",
        "consul",
        "Backend storage to use for the ring. Supported values are: consul, etcd, inmemory, memberlist, multi. mimir-ts shares elections between distributors through memberlist; the other stores keep them in each process.",
        {
          enum: ["consul", "etcd", "inmemory", "memberlist", "multi"],
        },
      ),
      prefix: f.string(
        "distributor.ha-tracker.prefix",
        "ha-tracker/",
        "The prefix for the keys in the store. Should end with a /.",
      ),
    },
  },
  max_recv_msg_size: f.int(
    "distributor.max-recv-msg-size",
    100 << 20,
    "Max message size in bytes that the distributors will accept for incoming push requests to the remote write API. If exceeded, the request will be rejected.",
    {
      validate: positive,
    },
  ),
  max_otlp_request_size: f.int(
    "distributor.max-otlp-request-size",
    100 << 20,
    "Maximum OTLP request size in bytes that the distributors accept. Requests exceeding this limit are rejected.",
    {
      validate: positive,
    },
  ),
  max_influx_request_size: f.int(
    "distributor.max-influx-request-size",
    100 << 20,
    "Maximum Influx request size in bytes that the distributors accept. Requests exceeding this limit are rejected.",
    {
      validate: positive,
      hidden: true,
    },
  ),
  influx_endpoint_enabled: f.bool(
    "distributor.influx-endpoint-enabled",
    false,
    "Enable the experimental Influx line protocol ingestion endpoint.",
    { hidden: true },
  ),
  remote_timeout: f.duration(
    "distributor.remote-timeout",
    2_000,
    "Timeout for downstream ingesters.",
    { validate: positive },
  ),
  retry_after_header: {
    enabled: f.bool(
      "distributor.retry-after-header.enabled",
      true,
      "Enabled controls inclusion of the Retry-After header in the response: true includes it for client retry guidance, false omits it.",
    ),
    min_backoff: f.duration(
      "distributor.retry-after-header.min-backoff",
      6_000,
      "Minimum backoff duration to retry the push request.",
      { validate: nonNegative },
    ),
    max_backoff: f.duration(
      "distributor.retry-after-header.max-backoff",
      96_000,
      "Minimum backoff duration to retry the push request.",
      { validate: nonNegative },
    ),
  },
  instance_limits: {
    max_ingestion_rate: f.float(
      "distributor.instance-limits.max-ingestion-rate",
      0,
      "Max ingestion rate (samples/sec) that this distributor will accept. This limit is per-distributor, not per-tenant. Additional push requests will be rejected. Current ingestion rate is computed as exponentially weighted moving average, updated every second. 0 = unlimited.",
      {
        validate: nonNegative,
      },
    ),
    max_inflight_push_requests: f.int(
      "distributor.instance-limits.max-inflight-push-requests",
      2000,
      "Max inflight push requests that this distributor can handle. This limit is per-distributor, not per-tenant. Additional requests will be rejected. 0 = unlimited.",
      {
        validate: nonNegative,
      },
    ),
    max_inflight_push_requests_bytes: f.int(
      "distributor.instance-limits.max-inflight-push-requests-bytes",
      0,
      "The sum of the request sizes in bytes of inflight push requests that this distributor can handle. This limit is per-distributor, not per-tenant. Additional requests will be rejected. 0 = unlimited.",
      {
        validate: nonNegative,
      },
    ),
  },
};

export type DistributorConfig = ValueOf<typeof distributorBlock>;
