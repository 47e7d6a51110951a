import { cacheConfigBlock } from "../cache/config.ts";
import { validateCompression } from "../cache/snappy.ts";
import { f } from "../util/config/spec.ts";

/** The `frontend` block (query-frontend). */
export const frontendBlock = {
  log_queries_longer_than: f.duration(
    "query-frontend.log-queries-longer-than",
    0,
    "Log queries that are slower than the specified duration. Set to 0 to disable. Set to < 0 to enable on all queries.",
  ),
  max_body_size: f.int(
    "query-frontend.max-body-size",
    10 * 1024 * 1024,
    "Max body size for downstream prometheus.",
  ),
  query_stats_enabled: f.bool(
    "query-frontend.query-stats-enabled",
    true,
    "False to disable query statistics tracking. When enabled, a message with some statistics is logged for every query.",
  ),
  max_outstanding_per_tenant: f.int(
    "querier.max-outstanding-requests-per-tenant",
    100,
    "Maximum number of outstanding requests per tenant per frontend; requests beyond this error with HTTP 429.",
  ),
  querier_forget_delay: f.duration(
    "query-frontend.querier-forget-delay",
    0,
    "If a querier disconnects without sending notification about graceful shutdown, the query-frontend will keep the querier in the tenant's shard until the forget delay has passed. This feature is useful to reduce the blast radius when shuffle-sharding is enabled.",
  ),
  scheduler_address: f.string(
    "query-frontend.scheduler-address",
    "",
    "Address of the query-scheduler component, in host:port format. The host should resolve to all query-scheduler instances. This option should be set only when query-scheduler component is in use and -query-scheduler.service-discovery-mode is set to 'dns'.",
  ),
  scheduler_dns_lookup_period: f.duration(
    "query-frontend.scheduler-dns-lookup-period",
    10_000,
    "How often to resolve the scheduler-address, in order to look for new query-scheduler instances.",
  ),
  scheduler_worker_concurrency: f.int(
    "query-frontend.scheduler-worker-concurrency",
    5,
    "Number of concurrent workers forwarding queries to single query-scheduler.",
  ),
  split_queries_by_interval: f.duration(
    "query-frontend.split-queries-by-interval",
    86_400_000,
    "Split range queries by an interval and execute in parallel. You should use a multiple of 24 hours to optimize querying blocks. 0 to disable it.",
  ),
  results_cache: {
    ...cacheConfigBlock("query-frontend.results-cache.", {
      what: "query-frontend results cache",
      inmemoryMaxSizeBytes: 128 * 1024 * 1024,
    }),
    compression: f.string(
      "query-frontend.results-cache.compression",
      "",
      "Enable cache compression, if not empty. Supported values are: snappy.",
      {
        // Mimir's message (the frontend config's Validate wraps dskit's error).
        validate: (v) =>
          validateCompression(v) &&
          `invalid query-frontend config: query-frontend results cache: ${validateCompression(v)}`,
      },
    ),
  },
  cache_results: f.bool("query-frontend.cache-results", false, "Cache query results."),
  max_retries: f.int(
    "query-frontend.max-retries-per-request",
    5,
    "Maximum number of retries for a single request; beyond this, the downstream error is returned.",
  ),
  query_sharding_target_series_per_shard: f.int(
    "query-frontend.query-sharding-target-series-per-shard",
    0,
    "How many series a single sharded partial query should load at most. This is not a strict requirement guaranteed to be honoured by query sharding, but a hint given to the query sharding when the query execution is initially planned. 0 to disable cardinality-based hints.",
    { hidden: true },
  ),
  parallelize_shardable_queries: f.bool(
    "query-frontend.parallelize-shardable-queries",
    false,
    "True to enable query sharding.",
  ),
  query_result_response_format: f.string(
    "query-frontend.query-result-response-format",
    "protobuf",
    "Format to use when retrieving query results from queriers. Supported values: json, protobuf",
    {
      enum: ["json", "protobuf"],
    },
  ),
};
