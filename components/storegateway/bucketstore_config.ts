/**
 * Keys of Mimir's `blocks_storage.bucket_store` block that the store-gateway and querier use
 * beyond what app/componentblocks.ts declares (sync_dir, sync_interval, ignore_blocks_within).
 * Meant to be spread into `blocks_storage.bucket_store` by the config owner.
 */
import { f, type ValueOf } from "../util/config/spec.ts";

export const bucketStoreExtraBlock = {
  ignore_deletion_mark_delay: f.duration("blocks-storage.bucket-store.ignore-deletion-marks-delay", 3_600_000, "Duration after which the blocks marked for deletion will be filtered out while fetching blocks. The idea of ignore-deletion-marks-delay is to ignore blocks that are marked for deletion with some delay. This ensures store can still serve blocks that are meant to be deleted but do not have a replacement yet."),
  bucket_index: {
    update_on_error_interval: f.duration("blocks-storage.bucket-store.bucket-index.update-on-error-interval", 60_000, "How frequently a bucket index, which previously failed to load, should be tried to load again. This option is used only by querier."),
    idle_timeout: f.duration("blocks-storage.bucket-store.bucket-index.idle-timeout", 3_600_000, "How long a unused bucket index should be cached. Once this timeout expires, the unused bucket index is removed from the in-memory cache. This option is used only by querier."),
    max_stale_period: f.duration("blocks-storage.bucket-store.bucket-index.max-stale-period", 3_600_000, "The maximum allowed age of a bucket index (last updated) before queries start failing because the bucket index is too old. The bucket index is periodically updated by the compactor, while this check is enforced in the querier (at query time)."),
  },
  index_header: {
    lazy_loading_enabled: f.bool("blocks-storage.bucket-store.index-header.lazy-loading-enabled", true, "If enabled, store-gateway will lazy load an index-header only once required by a query."),
    lazy_loading_idle_timeout: f.duration("blocks-storage.bucket-store.index-header.lazy-loading-idle-timeout", 3_600_000, "If index-header lazy loading is enabled and this setting is > 0, the store-gateway will offload unused index-headers after 'idle timeout' inactivity."),
  },
  tenant_sync_concurrency: f.int("blocks-storage.bucket-store.tenant-sync-concurrency", 1, "Maximum number of concurrent tenants synching blocks."),
  block_sync_concurrency: f.int("blocks-storage.bucket-store.block-sync-concurrency", 4, "Maximum number of concurrent blocks synching per tenant."),
};

export type BucketStoreExtraConfig = ValueOf<typeof bucketStoreExtraBlock>;

/** What the store-gateway needs from `blocks_storage.bucket_store`. */
export interface BucketStoreConfig {
  sync_dir: string;
  sync_interval: number;
  ignore_blocks_within: number;
  ignore_deletion_mark_delay: number;
  index_header: { lazy_loading_enabled: boolean; lazy_loading_idle_timeout: number };
  tenant_sync_concurrency?: number;
  block_sync_concurrency?: number;
}

export function defaultBucketStoreConfig(syncDir: string): BucketStoreConfig {
  return {
    sync_dir: syncDir,
    sync_interval: 15 * 60_000,
    ignore_blocks_within: 10 * 3_600_000,
    ignore_deletion_mark_delay: 3_600_000,
    index_header: { lazy_loading_enabled: true, lazy_loading_idle_timeout: 3_600_000 },
    tenant_sync_concurrency: 1,
    block_sync_concurrency: 4,
  };
}
