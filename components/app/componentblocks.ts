/**
 * Blocks assembled from several components' declarations: the storage blocks (backend from
 * storage/bucket, caches from cache/, TSDB from ingester/) and the small client blocks that
 * have no component of their own. mimir-ts keeps its state under ./data by default.
 */
import { cacheConfigBlock } from "../cache/config.ts";
import { tsdbBlock } from "../ingester/config.ts";
import { chunksCacheConfigBlock, metadataCacheConfigBlock } from "../storage/bucket/caching.ts";
import { storageConfigBlock } from "../storage/bucket/config.ts";
import { f } from "../util/config/spec.ts";

export { distributorBlock } from "../distributor/config.ts";
export { ingesterBlock } from "../ingester/config.ts";

export const ingesterClientBlock = {
  grpc_client_config: {
    max_recv_msg_size: f.int("ingester.client.grpc-max-recv-msg-size", 100 * 1024 * 1024, "gRPC client max receive message size (bytes)."),
    max_send_msg_size: f.int("ingester.client.grpc-max-send-msg-size", 100 * 1024 * 1024, "gRPC client max send message size (bytes)."),
  },
};

export const blocksStorageBlock = {
  ...storageConfigBlock("blocks-storage.", "./data/blocks"),
  bucket_store: {
    sync_dir: f.string("blocks-storage.bucket-store.sync-dir", "./data/tsdb-sync/", "Directory to store synchronized TSDB index headers. This directory is not required to be persisted between restarts, but it's highly recommended in order to improve the store-gateway startup time."),
    sync_interval: f.duration("blocks-storage.bucket-store.sync-interval", 15 * 60_000, "How frequently to scan the bucket, or to refresh the bucket index (if enabled), in order to look for changes (new blocks shipped by ingesters and blocks deleted by retention or compaction)."),
    max_concurrent: f.int("blocks-storage.bucket-store.max-concurrent", 200, "Max number of concurrent queries to execute against the long-term storage. The limit is shared across all tenants."),
    tenant_sync_concurrency: f.int("blocks-storage.bucket-store.tenant-sync-concurrency", 1, "Maximum number of concurrent tenants synching blocks."),
    block_sync_concurrency: f.int("blocks-storage.bucket-store.block-sync-concurrency", 4, "Maximum number of concurrent blocks synching per tenant."),
    meta_sync_concurrency: f.int("blocks-storage.bucket-store.meta-sync-concurrency", 20, "Number of Go routines to use when syncing block meta files from object storage per tenant."),
    ignore_deletion_mark_delay: f.duration("blocks-storage.bucket-store.ignore-deletion-marks-delay", 3_600_000, "Duration after which the blocks marked for deletion will be filtered out while fetching blocks. The idea of ignore-deletion-marks-delay is to ignore blocks that are marked for deletion with some delay. This ensures store can still serve blocks that are meant to be deleted but do not have a replacement yet."),
    ignore_blocks_within: f.duration("blocks-storage.bucket-store.ignore-blocks-within", 10 * 3_600_000, "Blocks with minimum time within this duration are ignored, and not loaded by store-gateway. Useful when used together with -querier.query-store-after to prevent loading young blocks, because there are usually many of them (depending on number of ingesters) and they are not yet compacted. Negative values or 0 disable the filter."),
    bucket_index: {
      idle_timeout: f.duration("blocks-storage.bucket-store.bucket-index.idle-timeout", 3_600_000, "How long a unused bucket index should be cached. Once this timeout expires, the unused bucket index is removed from the in-memory cache. This option is used only by querier."),
      max_stale_period: f.duration("blocks-storage.bucket-store.bucket-index.max-stale-period", 3_600_000, "The maximum allowed age of a bucket index (last updated) before queries start failing because the bucket index is too old. The bucket index is periodically updated by the compactor, and this check is enforced in the querier (at query time)."),
    },
    index_header: {
      lazy_loading_enabled: f.bool("blocks-storage.bucket-store.index-header.lazy-loading-enabled", true, "If enabled, store-gateway will lazy load an index-header only once required by a query."),
      lazy_loading_idle_timeout: f.duration("blocks-storage.bucket-store.index-header.lazy-loading-idle-timeout", 3_600_000, "If index-header lazy loading is enabled and this setting is > 0, the store-gateway will offload unused index-headers after 'idle timeout' inactivity."),
    },
    index_cache: cacheConfigBlock("blocks-storage.bucket-store.index-cache.", { what: "index cache", defaultBackend: "inmemory" }),
    chunks_cache: chunksCacheConfigBlock(),
    metadata_cache: metadataCacheConfigBlock(),
  },
  tsdb: {
    ...tsdbBlock,
    dir: f.string("blocks-storage.tsdb.dir", "./data/tsdb/", tsdbBlock.dir.help),
  },
};

export const rulerStorageBlock = storageConfigBlock("ruler-storage.", "./data/ruler");
export const alertmanagerStorageBlock = storageConfigBlock("alertmanager-storage.", "./data/alertmanager");
export const commonStorageBlock = storageConfigBlock("common.storage.", "");
