import { grpcClientTLSBlock } from "../grpcclient/tls.ts";
import { f } from "../util/config/spec.ts";

/** The `querier` block. */
export const querierBlock = {
  query_store_after: f.duration(
    "querier.query-store-after",
    12 * 3_600_000,
    "The time after which a metric should be queried from storage and not just ingesters. 0 means all queries are sent to store. If this option is enabled, the time range of the query sent to the store-gateway will be manipulated to ensure the query end is not more recent than 'now - query-store-after'.",
  ),
  max_query_into_future: f.duration(
    "querier.max-query-into-future",
    600_000,
    "Maximum duration into the future you can query. 0 to disable.",
  ),
  shuffle_sharding_ingesters_enabled: f.bool(
    "querier.shuffle-sharding-ingesters-enabled",
    true,
    "Fetch in-memory series from the minimum set of required ingesters, selecting only ingesters which may have received series since -querier.query-ingesters-within. If this setting is false or -querier.query-ingesters-within is '0', queriers always query all ingesters (ingesters shuffle sharding on read path is disabled).",
  ),
  /** The store-gateway client pool's TLS settings (Mimir's querier.ClientConfig). */
  store_gateway_client: grpcClientTLSBlock("querier.store-gateway-client", "store-gateway"),
  max_concurrent: f.int(
    "querier.max-concurrent",
    20,
    "The number of workers running in each querier process. This setting limits the maximum number of concurrent queries in each querier.",
  ),
  timeout: f.duration(
    "querier.timeout",
    120_000,
    "The timeout for a query. This config option should be set on query-frontend too when query sharding is enabled. This also applies to queries evaluated by the ruler (internally or remotely).",
  ),
  max_samples: f.int(
    "querier.max-samples",
    50_000_000,
    "Maximum number of samples a single query can load into memory. This config option should be set on query-frontend too when query sharding is enabled.",
  ),
  default_evaluation_interval: f.duration(
    "querier.default-evaluation-interval",
    60_000,
    "The default evaluation interval or step size for subqueries. This config option should be set on query-frontend too when query sharding is enabled.",
  ),
  lookback_delta: f.duration(
    "querier.lookback-delta",
    300_000,
    "Time since the last sample after which a time series is considered stale and ignored by expression evaluations. This config option should be set on query-frontend too when query sharding is enabled.",
  ),
  query_engine: f.string(
    "querier.query-engine",
    "mimir",
    "Query engine to use, either 'prometheus' or 'mimir'",
    { enum: ["prometheus", "mimir"] },
  ),
  enable_query_engine_fallback: f.bool(
    "querier.enable-query-engine-fallback",
    true,
    "If set to true and the Mimir query engine is in use, fall back to using the Prometheus query engine for any queries not supported by the Mimir query engine.",
  ),
  minimize_ingester_requests: f.bool(
    "querier.minimize-ingester-requests",
    true,
    "If true, when querying ingesters, only the minimum required ingesters required to reach quorum will be queried initially, with other ingesters queried only if needed due to failures from the initial set of ingesters. Enabling this option reduces resource consumption for the happy path at the cost of increased latency for the unhappy path.",
  ),
};

/** The `frontend_worker` block: how queriers reach the query-frontend or query-scheduler. */
export const frontendWorkerBlock = {
  frontend_address: f.string(
    "querier.frontend-address",
    "",
    "Address of the query-frontend component, in host:port format. If multiple query-frontends are running, the host should be a DNS resolving to all query-frontend instances. This option should be set only when query-scheduler component is not in use.",
  ),
  scheduler_address: f.string(
    "querier.scheduler-address",
    "",
    "Address of the query-scheduler component, in host:port format. The host should resolve to all query-scheduler instances. This option should be set only when query-scheduler component is in use and -query-scheduler.service-discovery-mode is set to 'dns'.",
  ),
  dns_lookup_duration: f.duration(
    "querier.dns-lookup-period",
    10_000,
    "How often to query DNS for query-frontend or query-scheduler address.",
  ),
  id: f.string(
    "querier.id",
    "",
    "Querier ID, sent to the query-frontend to identify requests from the same querier. Defaults to hostname.",
  ),
};

/** The `tenant_federation` block. */
export const tenantFederationBlock = {
  enabled: f.bool(
    "tenant-federation.enabled",
    false,
    "If enabled on all services, queries can be federated across multiple tenants. The tenant IDs involved need to be specified separated by a '|' character in the 'X-Scope-OrgID' header.",
  ),
  max_concurrent: f.int(
    "tenant-federation.max-concurrent",
    16,
    "The number of workers used for each tenant federated query. This setting limits the maximum number of per-tenant queries executed at a time for a tenant federated query.",
  ),
  max_tenants: f.int(
    "tenant-federation.max-tenants",
    0,
    "The max number of tenant IDs that may be supplied for a federated query if enabled. 0 to disable the limit.",
  ),
};
