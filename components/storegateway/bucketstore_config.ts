/**
 * What the store-gateway reads from `blocks_storage.bucket_store` (declared in
 * app/componentblocks.ts: sync_dir, sync_interval, ignore_blocks_within,
 * ignore_deletion_mark_delay, index_header.*, *_sync_concurrency), and Mimir's defaults for it.
 * The whole `blocks_storage.bucket_store` value can be passed as is.
 */
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
