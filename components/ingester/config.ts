/**
 * Ingester configuration: the `ingester` YAML block and the `blocks_storage.tsdb` block, with
 * Mimir's keys, flags and defaults. Durations in ms, sizes in bytes.
 */
import { basicRingBlock } from "../ring/config.ts";
import { f, type ValueOf } from "../util/config/spec.ts";

const nonNegative = (v: number) => (v < 0 ? "must not be negative" : undefined);

export const ingesterBlock = {
  ring: {
    ...basicRingBlock("ingester.ring"),
    replication_factor: f.int(
      "ingester.ring.replication-factor",
      3,
      "Number of ingesters that each time series is replicated to. This option needs be set on ingesters, distributors, queriers, and rulers when running in microservices mode.",
    ),
    zone_awareness_enabled: f.bool(
      "ingester.ring.zone-awareness-enabled",
      false,
      "True to enable the zone-awareness and replicate ingested samples across different availability zones. This option needs be set on ingesters, distributors, queriers, and rulers when running in microservices mode.",
    ),
    instance_availability_zone: f.string<string>(
      "ingester.ring.instance-availability-zone",
      "",
      "The availability zone where this instance is running.",
    ),
    tokens_file_path: f.string<string>(
      "ingester.ring.tokens-file-path",
      "",
      "File path where tokens are stored. If empty, tokens are not stored at shutdown and restored at startup.",
      { path: "one" },
    ),
    num_tokens: f.int("ingester.ring.num-tokens", 128, "Number of tokens for each ingester."),
    min_ready_duration: f.duration(
      "ingester.ring.min-ready-duration",
      0,
      "(mimir-ts default 0s; Mimir: 15s) Minimum duration to wait after the internal readiness checks have passed but before succeeding the readiness endpoint. This is used to slowdown deployment controllers (eg. Kubernetes) after an instance is ready and before they proceed with a rolling update, to give the rest of the cluster instances enough time to receive ring updates.",
    ),
    observe_period: f.duration(
      "ingester.ring.observe-period",
      0,
      "Observe tokens after generating to resolve collisions. Useful when using gossiping ring.",
    ),
    final_sleep: f.duration(
      "ingester.ring.final-sleep",
      0,
      "Duration to sleep for before exiting, to ensure metrics are scraped.",
    ),
    unregister_on_shutdown: f.bool(
      "ingester.ring.unregister-on-shutdown",
      true,
      "Unregister from the ring upon clean shutdown. It can be useful to disable for rolling restarts with consistent naming.",
    ),
  },
  metadata_retain_period: f.duration(
    "ingester.metadata-retain-period",
    600_000,
    "Period at which metadata we have not seen will remain in memory before being deleted.",
  ),
  rate_update_period: f.duration(
    "ingester.rate-update-period",
    15_000,
    "Period with which to update the per-tenant ingestion rates.",
  ),
  active_series_metrics_enabled: f.bool(
    "ingester.active-series-metrics-enabled",
    true,
    "Enable tracking of active series and export them as metrics.",
  ),
  active_series_metrics_update_period: f.duration(
    "ingester.active-series-metrics-update-period",
    60_000,
    "How often to update active series metrics.",
  ),
  active_series_metrics_idle_timeout: f.duration(
    "ingester.active-series-metrics-idle-timeout",
    20 * 60_000,
    "After what time a series is considered to be inactive.",
  ),
  instance_limits: {
    max_ingestion_rate: f.float(
      "ingester.instance-limits.max-ingestion-rate",
      0,
      "Max ingestion rate (samples/sec) that ingester will accept. This limit is per-ingester, not per-tenant. Additional push requests will be rejected. Current ingestion rate is computed as exponentially weighted moving average, updated every second. 0 = unlimited.",
      { validate: nonNegative },
    ),
    max_tenants: f.int(
      "ingester.instance-limits.max-tenants",
      0,
      "Max tenants that this ingester can hold. Requests from additional tenants will be rejected. 0 = unlimited.",
      { validate: nonNegative },
    ),
    max_series: f.int(
      "ingester.instance-limits.max-series",
      0,
      "Max series that this ingester can hold (across all tenants). Requests to create additional series will be rejected. 0 = unlimited.",
      { validate: nonNegative },
    ),
    max_inflight_push_requests: f.int(
      "ingester.instance-limits.max-inflight-push-requests",
      30000,
      "Max inflight push requests that this ingester can handle (across all tenants). Additional requests will be rejected. 0 = unlimited.",
      { validate: nonNegative },
    ),
  },
  ignore_series_limit_for_metric_names: f.string<string>(
    "ingester.ignore-series-limit-for-metric-names",
    "",
    "Comma-separated list of metric names, for which the -ingester.max-global-series-per-metric limit will be ignored. Does not affect the -ingester.max-global-series-per-user limit.",
  ),
  error_sample_rate: f.int(
    "ingester.error-sample-rate",
    10,
    "Each error will be logged once in this many times. Use 0 to log all of them.",
  ),
};

export const tsdbBlock = {
  dir: f.string<string>(
    "blocks-storage.tsdb.dir",
    "./tsdb/",
    "Directory to store TSDBs (including WAL) in the ingesters. This directory is required to be persisted between restarts.",
    { path: "one" },
  ),
  block_ranges_period: f.list(
    "blocks-storage.tsdb.block-ranges-period",
    ["2h0m0s"],
    "TSDB blocks range period.",
    { hidden: true },
  ),
  retention_period: f.duration(
    "blocks-storage.tsdb.retention-period",
    13 * 3_600_000,
    "TSDB blocks retention in the ingester before a block is removed. If shipping is enabled, the retention will be relative to the time when the block was uploaded to storage. If shipping is disabled then its relative to the creation time of the block. This should be larger than the -blocks-storage.tsdb.block-ranges-period, -querier.query-store-after and large enough to give store-gateways and queriers enough time to discover newly uploaded blocks.",
  ),
  ship_interval: f.duration(
    "blocks-storage.tsdb.ship-interval",
    60_000,
    "How frequently the TSDB blocks are scanned and new ones are shipped to the storage. 0 means shipping is disabled.",
  ),
  ship_concurrency: f.int(
    "blocks-storage.tsdb.ship-concurrency",
    10,
    "Maximum number of tenants concurrently shipping blocks to the storage.",
  ),
  head_compaction_interval: f.duration(
    "blocks-storage.tsdb.head-compaction-interval",
    60_000,
    "How frequently the ingester checks whether the TSDB head should be compacted and, if so, triggers the compaction. Mimir applies a jitter to the first check, while subsequent checks will happen at the configured interval. A block is only created if data covers the smallest block range. The configured interval must be between 0 and 15 minutes.",
    {
      validate: (v) =>
        v <= 0 || v > 15 * 60_000
          ? "must be greater than 0 and less than or equal to 15m"
          : undefined,
    },
  ),
  head_compaction_concurrency: f.int(
    "blocks-storage.tsdb.head-compaction-concurrency",
    1,
    "Maximum number of tenants concurrently compacting TSDB head into a new block",
  ),
  head_compaction_idle_timeout: f.duration(
    "blocks-storage.tsdb.head-compaction-idle-timeout",
    3_600_000,
    "If TSDB head is idle for this duration, it is compacted. Note that up to 25% jitter is added to the value to avoid ingesters compacting concurrently. 0 means disabled.",
  ),
  head_chunks_write_buffer_size_bytes: f.int(
    "blocks-storage.tsdb.head-chunks-write-buffer-size-bytes",
    4 * 1024 * 1024,
    "The write buffer size used by the head chunks mapper. Lower values reduce memory utilisation on clusters with a large number of tenants at the cost of increased disk I/O operations.",
  ),
  stripe_size: f.int(
    "blocks-storage.tsdb.stripe-size",
    16384,
    "The number of shards of series to use in TSDB (must be a power of 2). Reducing this will decrease memory footprint, but can negatively impact performance.",
  ),
  wal_compression_enabled: f.bool(
    "blocks-storage.tsdb.wal-compression-enabled",
    false,
    "True to enable TSDB WAL compression.",
  ),
  wal_segment_size_bytes: f.int(
    "blocks-storage.tsdb.wal-segment-size-bytes",
    128 * 1024 * 1024,
    "TSDB WAL segments files max size (bytes).",
  ),
  wal_replay_concurrency: f.int(
    "blocks-storage.tsdb.wal-replay-concurrency",
    0,
    "Maximum number of CPUs that can simultaneously processes WAL replay. If it is set to 0, then each TSDB is replayed with a concurrency equal to the number of CPU cores available on the machine.",
  ),
  wal_fsync_enabled: f.bool(
    "blocks-storage.tsdb.wal-fsync-enabled",
    false,
    "mimir-ts: fdatasync the WAL before acknowledging each (group-committed) write. Off: records are written to the OS before a push is acknowledged, which survives a process crash (as Prometheus's WAL) but not a machine crash.",
    { hidden: true },
  ),
  flush_blocks_on_shutdown: f.bool(
    "blocks-storage.tsdb.flush-blocks-on-shutdown",
    false,
    "True to flush blocks to storage on shutdown. If false, incomplete blocks will be reused after restart.",
  ),
  close_idle_tsdb_timeout: f.duration(
    "blocks-storage.tsdb.close-idle-tsdb-timeout",
    13 * 3_600_000,
    "If TSDB has not received any data for this duration, and all blocks from TSDB have been shipped, TSDB is closed and deleted from local disk. If set to positive value, this value should be equal or higher than -querier.query-ingesters-within flag to make sure that TSDB is not closed prematurely, which could cause partial query results. 0 or negative value disables closing of idle TSDB.",
  ),
  memory_snapshot_on_shutdown: f.bool(
    "blocks-storage.tsdb.memory-snapshot-on-shutdown",
    false,
    "True to enable snapshotting of in-memory TSDB data on disk when shutting down.",
  ),
  out_of_order_capacity_max: f.int(
    "blocks-storage.tsdb.out-of-order-capacity-max",
    32,
    "Maximum capacity for out of order chunks, in samples between 1 and 255.",
    {
      validate: (v) => (v < 1 || v > 255 ? "must be between 1 and 255" : undefined),
    },
  ),
  head_postings_for_matchers_cache_ttl: f.duration(
    "blocks-storage.tsdb.head-postings-for-matchers-cache-ttl",
    10_000,
    "How long to cache postings for matchers in the Head and OOOHead. 0 disables the cache and just deduplicates the in-flight calls.",
  ),
};

export type IngesterConfig = ValueOf<typeof ingesterBlock>;
export type TSDBConfig = ValueOf<typeof tsdbBlock>;
