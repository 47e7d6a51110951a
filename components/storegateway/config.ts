import { cacheConfigBlock } from "../cache/config.ts";
import { basicRingBlock } from "../ring/config.ts";
import { chunksCacheConfigBlock, metadataCacheConfigBlock } from "../storage/bucket/caching.ts";
import { f } from "../util/config/spec.ts";

/** The `store_gateway` block. */
export const storeGatewayBlock = {
  sharding_ring: {
    ...basicRingBlock("store-gateway.sharding-ring"),
    replication_factor: f.int(
      "store-gateway.sharding-ring.replication-factor",
      3,
      "The replication factor to use when sharding blocks. This option needs be set both on the store-gateway, querier and ruler when running in microservices mode.",
    ),
    tokens_file_path: f.string(
      "store-gateway.sharding-ring.tokens-file-path",
      "",
      "File path where tokens are stored. If empty, tokens are not stored at shutdown and restored at startup.",
      { path: "one" },
    ),
    zone_awareness_enabled: f.bool(
      "store-gateway.sharding-ring.zone-awareness-enabled",
      false,
      "True to enable zone-awareness and replicate blocks across different availability zones. This option needs be set both on the store-gateway, querier and ruler when running in microservices mode.",
    ),
    auto_forget_enabled: f.bool(
      "store-gateway.sharding-ring.auto-forget-enabled",
      true,
      "When enabled, a store-gateway is automatically removed from the ring after failing to heartbeat the ring for a period longer than 10 times the configured -store-gateway.sharding-ring.heartbeat-timeout.",
    ),
    wait_stability_min_duration: f.duration(
      "store-gateway.sharding-ring.wait-stability-min-duration",
      0,
      "Minimum time to wait for ring stability at startup, if set to positive value.",
    ),
    wait_stability_max_duration: f.duration(
      "store-gateway.sharding-ring.wait-stability-max-duration",
      300_000,
      "Maximum time to wait for ring stability at startup. If the store-gateway ring keeps changing after this period of time, the store-gateway will start anyway.",
    ),
    instance_availability_zone: f.string(
      "store-gateway.sharding-ring.instance-availability-zone",
      "",
      "The availability zone where this instance is running. Required if zone-awareness is enabled.",
    ),
    unregister_on_shutdown: f.bool(
      "store-gateway.sharding-ring.unregister-on-shutdown",
      true,
      "Unregister from the ring upon clean shutdown.",
    ),
  },
  enabled_tenants: f.list(
    "store-gateway.enabled-tenants",
    [],
    "Comma separated list of tenants that can be loaded by the store-gateway. If specified, only blocks for these tenants will be loaded by the store-gateway, otherwise all tenants can be loaded. Subject to sharding.",
  ),
  disabled_tenants: f.list(
    "store-gateway.disabled-tenants",
    [],
    "Comma separated list of tenants that cannot be loaded by the store-gateway. If specified, and the store-gateway would normally load a given tenant for (via -store-gateway.enabled-tenants or sharding), it will be ignored instead.",
  ),
};

/** The `blocks_storage.bucket_store` block: how the store-gateway (and the querier's bucket-index reads) use the bucket. */
export const bucketStoreBlock = {
  sync_dir: f.string(
    "blocks-storage.bucket-store.sync-dir",
    "./data/tsdb-sync/",
    "Directory to store synchronized TSDB index headers. This directory is not required to be persisted between restarts, but it's highly recommended in order to improve the store-gateway startup time.",
    { path: "one" },
  ),
  sync_interval: f.duration(
    "blocks-storage.bucket-store.sync-interval",
    15 * 60_000,
    "How frequently to scan the bucket, or to refresh the bucket index (if enabled), in order to look for changes (new blocks shipped by ingesters and blocks deleted by retention or compaction).",
  ),
  max_concurrent: f.int(
    "blocks-storage.bucket-store.max-concurrent",
    200,
    "Max number of concurrent queries to execute against the long-term storage. The limit is shared across all tenants.",
  ),
  tenant_sync_concurrency: f.int(
    "blocks-storage.bucket-store.tenant-sync-concurrency",
    1,
    "Maximum number of concurrent tenants synching blocks.",
  ),
  block_sync_concurrency: f.int(
    "blocks-storage.bucket-store.block-sync-concurrency",
    4,
    "Maximum number of concurrent blocks synching per tenant.",
  ),
  meta_sync_concurrency: f.int(
    "blocks-storage.bucket-store.meta-sync-concurrency",
    20,
    "Number of Go routines to use when syncing block meta files from object storage per tenant.",
  ),
  ignore_deletion_mark_delay: f.duration(
    "blocks-storage.bucket-store.ignore-deletion-marks-delay",
    3_600_000,
    "Duration after which the blocks marked for deletion will be filtered out while fetching blocks. The idea of ignore-deletion-marks-delay is to ignore blocks that are marked for deletion with some delay. This ensures store can still serve blocks that are meant to be deleted but do not have a replacement yet.",
  ),
  ignore_blocks_within: f.duration(
    "blocks-storage.bucket-store.ignore-blocks-within",
    10 * 3_600_000,
    "Blocks with minimum time within this duration are ignored, and not loaded by store-gateway. Useful when used together with -querier.query-store-after to prevent loading young blocks, because there are usually many of them (depending on number of ingesters) and they are not yet compacted. Negative values or 0 disable the filter.",
  ),
  bucket_index: {
    idle_timeout: f.duration(
      "blocks-storage.bucket-store.bucket-index.idle-timeout",
      3_600_000,
      "How long a unused bucket index should be cached. Once this timeout expires, the unused bucket index is removed from the in-memory cache. This option is used only by querier.",
    ),
    max_stale_period: f.duration(
      "blocks-storage.bucket-store.bucket-index.max-stale-period",
      3_600_000,
      "The maximum allowed age of a bucket index (last updated) before queries start failing because the bucket index is too old. The bucket index is periodically updated by the compactor, and this check is enforced in the querier (at query time).",
    ),
  },
  index_header: {
    lazy_loading_enabled: f.bool(
      "blocks-storage.bucket-store.index-header.lazy-loading-enabled",
      true,
      "If enabled, store-gateway will lazy load an index-header only once required by a query.",
    ),
    lazy_loading_idle_timeout: f.duration(
      "blocks-storage.bucket-store.index-header.lazy-loading-idle-timeout",
      3_600_000,
      "If index-header lazy loading is enabled and this setting is > 0, the store-gateway will offload unused index-headers after 'idle timeout' inactivity.",
    ),
  },
  index_cache: cacheConfigBlock("blocks-storage.bucket-store.index-cache.", {
    what: "index cache",
    defaultBackend: "inmemory",
  }),
  chunks_cache: chunksCacheConfigBlock(),
  metadata_cache: metadataCacheConfigBlock(),
};
