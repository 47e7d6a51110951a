import { f } from "../util/config/spec.ts";
import { basicRingBlock } from "../ring/config.ts";

/** The `compactor` block. */
export const compactorBlock = {
  block_ranges: f.list(
    "compactor.block-ranges",
    ["2h", "12h", "24h"],
    "List of compaction time ranges.",
  ),
  block_sync_concurrency: f.int(
    "compactor.block-sync-concurrency",
    8,
    "Number of Go routines to use when downloading blocks for compaction and uploading resulting blocks.",
  ),
  meta_sync_concurrency: f.int(
    "compactor.meta-sync-concurrency",
    20,
    "Number of Go routines to use when syncing block meta files from the long term storage.",
  ),
  data_dir: f.string(
    "compactor.data-dir",
    "./data-compactor/",
    "Directory to temporarily store blocks during compaction. This directory is not required to be persisted between restarts.",
    { path: "one" },
  ),
  compaction_interval: f.duration(
    "compactor.compaction-interval",
    3_600_000,
    "The frequency at which the compaction runs",
  ),
  compaction_retries: f.int(
    "compactor.compaction-retries",
    3,
    "How many times to retry a failed compaction within a single compaction run.",
  ),
  compaction_concurrency: f.int(
    "compactor.compaction-concurrency",
    1,
    "Max number of concurrent compactions running.",
  ),
  first_level_compaction_wait_period: f.duration(
    "compactor.first-level-compaction-wait-period",
    25 * 60_000,
    "How long the compactor waits before compacting first-level blocks that are uploaded by the ingesters. This configuration option allows for the reduction of cases where the compactor begins to compact blocks before all ingesters have uploaded their blocks to the storage.",
  ),
  cleanup_interval: f.duration(
    "compactor.cleanup-interval",
    15 * 60_000,
    "How frequently compactor should run blocks cleanup and maintenance, as well as update the bucket index.",
  ),
  cleanup_concurrency: f.int(
    "compactor.cleanup-concurrency",
    20,
    "Max number of tenants for which blocks cleanup and maintenance should run concurrently.",
  ),
  deletion_delay: f.duration(
    "compactor.deletion-delay",
    12 * 3_600_000,
    "Time before a block marked for deletion is deleted from bucket. If not 0, blocks will be marked for deletion and the compactor component will permanently delete blocks marked for deletion from the bucket. If 0, blocks will be deleted straight away. Note that deleting blocks immediately can cause query failures.",
  ),
  tenant_cleanup_delay: f.duration(
    "compactor.tenant-cleanup-delay",
    6 * 3_600_000,
    "For tenants marked for deletion, this is the time between deletion of the last block, and doing final cleanup (marker files, debug files) of the tenant.",
  ),
  max_compaction_time: f.duration(
    "compactor.max-compaction-time",
    3_600_000,
    "Max time for starting compactions for a single tenant. After this time no new compactions for the tenant are started before next compaction cycle. This can help in multi-tenant environments to avoid single tenant using all compaction time, but also in single-tenant environments to force new discovery of blocks more often. 0 = disabled.",
  ),
  no_blocks_file_cleanup_enabled: f.bool(
    "compactor.no-blocks-file-cleanup-enabled",
    false,
    "If enabled, will delete the bucket-index, markers and debug files in the tenant bucket when there are no blocks left in the index.",
  ),
  enabled_tenants: f.list(
    "compactor.enabled-tenants",
    [],
    "Comma separated list of tenants that can be compacted. If specified, only these tenants will be compacted by compactor, otherwise all tenants can be compacted. Subject to sharding.",
  ),
  disabled_tenants: f.list(
    "compactor.disabled-tenants",
    [],
    "Comma separated list of tenants that cannot be compacted by this compactor. If specified, and compactor would normally pick given tenant for compaction (via -compactor.enabled-tenants or sharding), it will be ignored instead.",
  ),
  sharding_ring: {
    ...basicRingBlock("compactor.ring"),
    wait_stability_min_duration: f.duration(
      "compactor.ring.wait-stability-min-duration",
      0,
      "Minimum time to wait for ring stability at startup. 0 to disable.",
    ),
    wait_stability_max_duration: f.duration(
      "compactor.ring.wait-stability-max-duration",
      300_000,
      "Maximum time to wait for ring stability at startup. If the compactor ring keeps changing after this period of time, the compactor will start anyway.",
    ),
    wait_active_instance_timeout: f.duration(
      "compactor.ring.wait-active-instance-timeout",
      600_000,
      "Timeout for waiting on compactor to become ACTIVE in the ring.",
    ),
  },
  compaction_jobs_order: f.string(
    "compactor.compaction-jobs-order",
    "smallest-range-oldest-blocks-first",
    "The sorting to use when deciding which compaction jobs should run first for a given tenant. Supported values are: smallest-range-oldest-blocks-first, newest-blocks-first.",
    {
      enum: ["smallest-range-oldest-blocks-first", "newest-blocks-first"],
    },
  ),
  max_opening_blocks_concurrency: f.int(
    "compactor.max-opening-blocks-concurrency",
    1,
    "Number of goroutines opening blocks before compaction.",
  ),
  max_closing_blocks_concurrency: f.int(
    "compactor.max-closing-blocks-concurrency",
    1,
    "Max number of blocks that can be closed concurrently during split compaction. Note that closing of newly compacted block uses a lot of memory for writing index.",
  ),
  symbols_flushers_concurrency: f.int(
    "compactor.symbols-flushers-concurrency",
    1,
    "Number of symbols flushers used when doing split compaction.",
  ),
  max_block_upload_validation_concurrency: f.int(
    "compactor.max-block-upload-validation-concurrency",
    1,
    "Max number of uploaded blocks that can be validated concurrently. 0 = no limit.",
  ),
};
