/**
 * Object storage config with Mimir's keys (M:pkg/storage/bucket/client.go) and the factory that
 * builds a decorated Bucket from it.
 *
 *   backend: filesystem | s3          (Mimir also has gcs, azure, swift: not implemented)
 *   storage_prefix: ""                (digits and English letters only)
 *   s3: {...}                         see s3/s3.ts
 *   filesystem: { dir }               blocks_storage: "blocks"; ruler_storage: "ruler";
 *                                     alertmanager_storage: "alertmanager"
 *
 * Spread `storageConfigBlock("blocks-storage.", "blocks")` into the blocks_storage block (its
 * other keys, tsdb/bucket_store, belong to their components).
 */
import type { Registry } from "prom-client";
import { f, type ValueOf } from "../../util/config/spec.ts";
import type { Bucket } from "./bucket.ts";
import { FilesystemBucket, filesystemConfigBlock } from "./filesystem/filesystem.ts";
import { MetricsBucket } from "./metrics.ts";
import { PrefixedBucket, validateStoragePrefix } from "./prefix.ts";
import { RetryBucket, type RetryOptions } from "./retry.ts";
import { LazyBucket } from "./lazy.ts";
import { s3ConfigBlock, validateS3Config } from "./s3/config.ts";

export const SUPPORTED_BACKENDS = ["s3", "filesystem"] as const;
export const MIMIR_BACKENDS = ["s3", "gcs", "azure", "swift", "filesystem"] as const;
export type StorageBackend = (typeof SUPPORTED_BACKENDS)[number];

/** flagPrefix like "blocks-storage." / "ruler-storage." / "alertmanager-storage." / "common.storage.". */
export function storageConfigBlock(flagPrefix: string, defaultDir: string) {
  return {
    backend: f.string<string>(
      `${flagPrefix}backend`,
      "filesystem",
      `Backend storage to use. Supported backends are: ${SUPPORTED_BACKENDS.join(", ")}.`,
      {
        validate: (v) =>
          (SUPPORTED_BACKENDS as readonly string[]).includes(v)
            ? undefined
            : "unsupported storage backend",
      },
    ),
    storage_prefix: f.string<string>(
      `${flagPrefix}storage-prefix`,
      "",
      "Prefix for all objects stored in the backend storage. For simplicity, it may only contain digits and English alphabet letters.",
      { validate: validateStoragePrefix },
    ),
    s3: s3ConfigBlock(flagPrefix),
    filesystem: filesystemConfigBlock(flagPrefix, defaultDir),
  };
}
export type StorageConfig = ValueOf<ReturnType<typeof storageConfigBlock>>;

/** Checks that need more than one field; returns the problem or undefined. */
export function validateStorageConfig(cfg: StorageConfig): string | undefined {
  if (!(SUPPORTED_BACKENDS as readonly string[]).includes(cfg.backend))
    return "unsupported storage backend";
  const p = validateStoragePrefix(cfg.storage_prefix);
  if (p) return p;
  if (cfg.backend === "s3") {
    if (cfg.s3.bucket_name === "") return "s3: bucket_name must be set";
    return validateS3Config(cfg.s3);
  }
  if (cfg.backend === "filesystem" && cfg.filesystem.dir === "")
    return "filesystem: dir must be set";
  return undefined;
}

export interface CreateBucketOptions {
  /** Mimir's `component` label of the bucket metrics (e.g. "ingester", "compactor"). */
  component: string;
  /** Registers the thanos_objstore_bucket_* metrics when given. */
  registry?: Registry;
  /** Wraps the backend with retries of transient errors when given. */
  retry?: RetryOptions;
}

/** Backend -> prefix -> retry -> metrics, as Mimir's bucket.NewClient stacks them. */
export function createBucket(cfg: StorageConfig, opts: CreateBucketOptions): Bucket {
  const problem = validateStorageConfig(cfg);
  if (problem) throw new Error(`bucket ${opts.component}: ${problem}`);
  let b: Bucket;
  switch (cfg.backend as StorageBackend) {
    case "filesystem":
      b = new FilesystemBucket(cfg.filesystem);
      break;
    case "s3":
      b = new LazyBucket(
        cfg.s3.bucket_name,
        async () => new (await import("./s3/s3.ts")).S3Bucket(cfg.s3),
      );
      break;
  }
  if (cfg.storage_prefix !== "") b = new PrefixedBucket(b, cfg.storage_prefix);
  if (opts.retry) b = new RetryBucket(b, opts.retry);
  if (opts.registry)
    b = new MetricsBucket(b, { registry: opts.registry, component: opts.component });
  return b;
}
