/**
 * Blocks owned by components that are still being written; each moves to its component's
 * config.ts when that lands. Keys, flags and defaults are Mimir's.
 */
import { basicRingBlock } from "../ring/config.ts";
import { f } from "../util/config/spec.ts";

export const distributorBlock = {
  ring: basicRingBlock("distributor.ring"),
  max_recv_msg_size: f.int("distributor.max-recv-msg-size", 100 * 1024 * 1024, "Max message size in bytes that the distributors will accept for incoming push requests to the remote write API. If exceeded, the request will be rejected."),
  remote_timeout: f.duration("distributor.remote-timeout", 2_000, "Timeout for downstream ingesters."),
};

export const ingesterClientBlock = {
  grpc_client_config: {
    max_recv_msg_size: f.int("ingester.client.grpc-max-recv-msg-size", 100 * 1024 * 1024, "gRPC client max receive message size (bytes)."),
    max_send_msg_size: f.int("ingester.client.grpc-max-send-msg-size", 100 * 1024 * 1024, "gRPC client max send message size (bytes)."),
  },
};

export const ingesterBlock = {
  ring: {
    ...basicRingBlock("ingester.ring"),
    replication_factor: f.int("ingester.ring.replication-factor", 3, "Number of ingesters that each time series is replicated to. This option needs be set on ingesters, distributors, queriers, and rulers when running in microservices mode."),
    zone_awareness_enabled: f.bool("ingester.ring.zone-awareness-enabled", false, "True to enable the zone-awareness and replicate ingested samples across different availability zones. This option needs be set on ingesters, distributors, queriers, and rulers when running in microservices mode."),
    instance_availability_zone: f.string("ingester.ring.instance-availability-zone", "", "The availability zone where this instance is running."),
    tokens_file_path: f.string("ingester.ring.tokens-file-path", "", "File path where tokens are stored. If empty, tokens are not stored at shutdown and restored at startup."),
    num_tokens: f.int("ingester.ring.num-tokens", 128, "Number of tokens for each ingester."),
    min_ready_duration: f.duration("ingester.ring.min-ready-duration", 15_000, "Minimum duration to wait after the internal readiness checks have passed but before succeeding the readiness endpoint. This is used to slowdown deployment controllers (eg. Kubernetes) after an instance is ready and before they proceed with a rolling update, to give the rest of the cluster instances enough time to receive ring updates."),
    final_sleep: f.duration("ingester.ring.final-sleep", 0, "Duration to sleep for before exiting, to ensure metrics are scraped."),
    unregister_on_shutdown: f.bool("ingester.ring.unregister-on-shutdown", true, "Unregister from the ring upon clean shutdown. It can be useful to disable for rolling restarts with consistent naming."),
  },
};

/** A storage backend block (filesystem or S3) under a flag prefix such as "blocks-storage". */
export function storageBackendBlock(prefix: string, defaultDir = "./data/blocks") {
  return {
    backend: f.string(`${prefix}.backend`, "filesystem", "Backend storage to use. Supported backends are: s3, gcs, azure, swift, filesystem.", {
      enum: ["s3", "gcs", "azure", "swift", "filesystem"],
    }),
    storage_prefix: f.string(`${prefix}.storage-prefix`, "", "Prefix for all objects stored in the backend storage. For simplicity, it may only contain digits and English alphabet letters."),
    s3: {
      endpoint: f.string(`${prefix}.s3.endpoint`, "", "The S3 bucket endpoint. It could be an AWS S3 endpoint listed at https://docs.aws.amazon.com/general/latest/gr/s3.html or the address of an S3-compatible service in hostname:port format."),
      region: f.string(`${prefix}.s3.region`, "", "S3 region. If unset, the client will issue a S3 GetBucketLocation API call to autodetect it."),
      bucket_name: f.string(`${prefix}.s3.bucket-name`, "", "S3 bucket name"),
      secret_access_key: f.string(`${prefix}.s3.secret-access-key`, "", "S3 secret access key", { secret: true }),
      access_key_id: f.string(`${prefix}.s3.access-key-id`, "", "S3 access key ID"),
      insecure: f.bool(`${prefix}.s3.insecure`, false, "If enabled, use http:// for the S3 endpoint instead of https://. This could be useful in local dev/test environments while using an S3-compatible backend storage, like Minio."),
      bucket_lookup_type: f.string(`${prefix}.s3.bucket-lookup-type`, "auto", "Bucket lookup style type, used to access bucket in S3-compatible service. Default is auto. Supported values are: auto, path, virtual-hosted.", {
        enum: ["auto", "path", "virtual-hosted"],
      }),
    },
    filesystem: {
      dir: f.string(`${prefix}.filesystem.dir`, defaultDir, "Local filesystem storage directory."),
    },
  };
}

export const blocksStorageBlock = {
  ...storageBackendBlock("blocks-storage"),
  bucket_store: {
    sync_dir: f.string("blocks-storage.bucket-store.sync-dir", "./data/tsdb-sync/", "Directory to store synchronized TSDB index headers. This directory is not required to be persisted between restarts, but it's highly recommended in order to improve the store-gateway startup time."),
    sync_interval: f.duration("blocks-storage.bucket-store.sync-interval", 15 * 60_000, "How frequently to scan the bucket, or to refresh the bucket index (if enabled), in order to look for changes (new blocks shipped by ingesters and blocks deleted by retention or compaction)."),
    ignore_blocks_within: f.duration("blocks-storage.bucket-store.ignore-blocks-within", 10 * 3_600_000, "Blocks with minimum time within this duration are ignored, and not loaded by store-gateway. Useful when used together with -querier.query-store-after to prevent loading young blocks, because there are usually many of them (depending on number of ingesters) and they are not yet compacted. Negative values or 0 disable the filter."),
  },
  tsdb: {
    dir: f.string("blocks-storage.tsdb.dir", "./data/tsdb/", "Directory to store TSDBs (including WAL) in the ingesters. This directory is required to be persisted between restarts."),
    retention_period: f.duration("blocks-storage.tsdb.retention-period", 13 * 3_600_000, "TSDB blocks retention in the ingester before a block is removed. If shipping is enabled, the retention will be relative to the time when the block was uploaded to storage. If shipping is disabled then its relative to the creation time of the block. This should be larger than the -blocks-storage.tsdb.block-ranges-period, -querier.query-store-after and large enough to give store-gateways and queriers enough time to discover newly uploaded blocks."),
  },
};
