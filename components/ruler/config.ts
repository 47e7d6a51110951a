import { f } from "../util/config/spec.ts";
import { basicRingBlock } from "../ring/config.ts";
import { SUPPORTED_BACKENDS } from "../storage/bucket/config.ts";

/** The `ruler` block. */
export const rulerBlock = {
  external_url: f.string("ruler.external.url", "", "URL of alerts return path."),
  evaluation_interval: f.duration(
    "ruler.evaluation-interval",
    60_000,
    "How frequently to evaluate rules",
  ),
  poll_interval: f.duration(
    "ruler.poll-interval",
    600_000,
    "How frequently the configured rule groups are re-synced from the object storage.",
  ),
  rule_path: f.string(
    "ruler.rule-path",
    "./data-ruler/",
    "Directory to store temporary rule files loaded by the Prometheus rule managers. This directory is not required to be persisted between restarts.",
    { path: "one" },
  ),
  alertmanager_url: f.string(
    "ruler.alertmanager-url",
    "",
    "Comma-separated list of URL(s) of the Alertmanager(s) to send notifications to. Each URL is treated as a separate group. Multiple Alertmanagers in HA per group can be supported by using DNS service discovery format, comprehensive of the scheme. Basic auth is supported as part of the URL.",
  ),
  notification_queue_capacity: f.int(
    "ruler.notification-queue-capacity",
    10000,
    "Capacity of the queue for notifications to be sent to the Alertmanager.",
  ),
  notification_timeout: f.duration(
    "ruler.notification-timeout",
    10_000,
    "HTTP timeout duration when sending notifications to the Alertmanager.",
  ),
  for_outage_tolerance: f.duration(
    "ruler.for-outage-tolerance",
    3_600_000,
    'Max time to tolerate outage for restoring "for" state of alert.',
  ),
  for_grace_period: f.duration(
    "ruler.for-grace-period",
    600_000,
    'Minimum duration between alert and restored "for" state. This is maintained only for alerts with configured "for" time greater than the grace period.',
  ),
  resend_delay: f.duration(
    "ruler.resend-delay",
    60_000,
    "Minimum amount of time to wait before resending an alert to Alertmanager.",
  ),
  ring: basicRingBlock("ruler.ring", { defaultPrefix: "rulers/" }),
  enable_api: f.bool("ruler.enable-api", true, "Enable the ruler config API."),
  alertmanager_refresh_interval: f.duration(
    "ruler.alertmanager-refresh-interval",
    60_000,
    "How long to wait between refreshing DNS resolutions of Alertmanager hosts.",
  ),
  enabled_tenants: f.string(
    "ruler.enabled-tenants",
    "",
    "Comma separated list of tenants whose rules this ruler can evaluate. If specified, only these tenants will be handled by ruler, otherwise this ruler can process rules from all tenants. Subject to sharding.",
  ),
  disabled_tenants: f.string(
    "ruler.disabled-tenants",
    "",
    "Comma separated list of tenants whose rules this ruler cannot evaluate. If specified, a ruler that would normally pick the specified tenant(s) for processing will ignore them instead. Subject to sharding.",
  ),
  tenant_federation: {
    enabled: f.bool(
      "ruler.tenant-federation.enabled",
      false,
      "Enable running rule groups against multiple tenants. The tenant IDs involved need to be in the rule group's 'source_tenants' field. If this flag is set to 'false' when there are already created federated rule groups, then these rules groups will be skipped during evaluations.",
    ),
  },
  query_frontend: {
    address: f.string(
      "ruler.query-frontend.address",
      "",
      "GRPC listen address of the query-frontend(s). Must be a DNS address (prefixed with dns:///) to enable client side load balancing.",
    ),
  },
};

/**
 * ruler_storage keys beyond the common storage block: the `local` backend (read-only rule files
 * in `<directory>/<tenant>/<namespace>`).
 */
export const rulerStorageBackendBlock = {
  backend: f.string<string>(
    "ruler-storage.backend",
    "filesystem",
    `Backend storage to use. Supported backends are: ${[...SUPPORTED_BACKENDS, "local"].join(", ")}.`,
    {
      validate: (v) =>
        [...SUPPORTED_BACKENDS, "local"].includes(v) ? undefined : "unsupported storage backend",
    },
  ),
  local: {
    directory: f.string("ruler-storage.local.directory", "", "Directory to scan for rules", {
      path: "one",
    }),
  },
};
