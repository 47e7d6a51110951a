/**
 * Blocks assembled from several components' declarations: the storage blocks (backend from
 * storage/bucket, bucket store and its caches from storegateway/, TSDB from ingester/) and the small client blocks that
 * have no component of their own. mimir-ts keeps its state under ./data by default.
 */
import { tsdbBlock } from "../ingester/config.ts";
import { storageConfigBlock } from "../storage/bucket/config.ts";
import { bucketStoreBlock } from "../storegateway/config.ts";
import { cacheConfigBlock } from "../cache/config.ts";
import { f } from "../util/config/spec.ts";
import { rulerStorageBackendBlock } from "../ruler/config.ts";

export { distributorBlock } from "../distributor/config.ts";
export { ingesterBlock } from "../ingester/config.ts";

export const ingesterClientBlock = {
  grpc_client_config: {
    max_recv_msg_size: f.int(
      "ingester.client.grpc-max-recv-msg-size",
      100 * 1024 * 1024,
      "gRPC client max receive message size (bytes).",
    ),
    max_send_msg_size: f.int(
      "ingester.client.grpc-max-send-msg-size",
      100 * 1024 * 1024,
      "gRPC client max send message size (bytes).",
    ),
  },
};

export const blocksStorageBlock = {
  ...storageConfigBlock("blocks-storage.", "./data/blocks"),
  bucket_store: bucketStoreBlock,
  tsdb: {
    ...tsdbBlock,
    dir: f.string("blocks-storage.tsdb.dir", "./data/tsdb/", tsdbBlock.dir.help, { path: "one" }),
    // Newer Mimir than the config descriptor (experimental there); accepted, not implemented.
    forced_head_compaction_min_in_memory_series: f.int(
      "blocks-storage.tsdb.forced-head-compaction-min-in-memory-series",
      0,
      "When the number of in-memory series in the ingester is equal to or greater than this setting, the ingester tries to compact the TSDB Head. 0 to disable.",
      { hidden: true },
    ),
    forced_head_compaction_min_estimated_series_reduction_percentage: f.int(
      "blocks-storage.tsdb.forced-head-compaction-min-estimated-series-reduction-percentage",
      15,
      "When the early compaction is enabled, the early compaction is triggered only if the estimated series reduction is at least the configured percentage (0-100).",
      { hidden: true },
    ),
  },
};

export const rulerStorageBlock = {
  ...storageConfigBlock("ruler-storage.", "./data/ruler"),
  ...rulerStorageBackendBlock,
  // Newer Mimir than the config descriptor: the ruler storage's cache (same shape as the
  // bucket store's metadata cache).
  cache: cacheConfigBlock("ruler-storage.cache.", { what: "the ruler storage cache" }),
};
export const alertmanagerStorageBlock = storageConfigBlock(
  "alertmanager-storage.",
  "./data/alertmanager",
);
export const commonStorageBlock = storageConfigBlock("common.storage.", "");
