/** Test helpers for bucket-level code: scratch directories, filesystem buckets, meta-only blocks. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monotonicFactory } from "ulid";
import {
  type BlockMeta,
  type BlockMetaCompaction,
  formatMeta,
  META_FILENAME,
  THANOS_VERSION_1,
} from "../../../model/block_meta.ts";
import type { Bucket } from "../../bucket/bucket.ts";
import { FilesystemBucket } from "../../bucket/filesystem/filesystem.ts";
import { userBucket } from "../layout.ts";

const newUlid = monotonicFactory();

export async function tempDir(
  prefix = "mimir-ts-test-",
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function fsBucket(dir: string): Bucket {
  return new FilesystemBucket({ dir });
}

export interface MetaBlockOptions {
  /** Inclusive start and exclusive end of the block, ms. */
  minTime: number;
  maxTime: number;
  labels?: Record<string, string>;
  source?: string;
  compaction?: BlockMetaCompaction;
}

/**
 * Uploads a block whose index and single chunk segment are placeholders: enough for code that
 * reads only meta.json and the object listing (bucket index, markers), not for queries.
 */
export async function uploadMetaBlock(
  bkt: Bucket,
  tenant: string,
  opts: MetaBlockOptions,
): Promise<BlockMeta> {
  const ulid = newUlid();
  const meta: BlockMeta = {
    ulid,
    minTime: opts.minTime,
    maxTime: opts.maxTime,
    stats: { numSamples: 1, numSeries: 1, numChunks: 1 },
    compaction: opts.compaction ?? { level: 1, sources: [ulid] },
    version: 1,
    thanos: {
      version: THANOS_VERSION_1,
      labels: { ...(opts.labels ?? {}) },
      downsample: { resolution: 0 },
      source: opts.source ?? "receive",
      files: [
        { rel_path: "chunks/000001", size_bytes: 1 },
        { rel_path: "index", size_bytes: 1 },
        { rel_path: META_FILENAME },
      ],
    },
  };
  const ubkt = userBucket(bkt, tenant);
  await ubkt.upload(`${ulid}/chunks/000001`, Buffer.from("x"));
  await ubkt.upload(`${ulid}/index`, Buffer.from("x"));
  await ubkt.upload(`${ulid}/${META_FILENAME}`, Buffer.from(formatMeta(meta)));
  return meta;
}
