/**
 * Block compaction: merges N source blocks into one block (or into `shards` blocks when
 * splitting by series hash) through the one compaction writer (tsdb/compact.ts), which merges
 * series by labels and deduplicates overlapping samples (vertical compaction). This file adds
 * what is the compactor's: the output meta (level, sources, parents, hints, thanos labels) and
 * Mimir's split-shard IDs.
 */
import { join } from "node:path";
import type { BlockDesc, BlockMeta } from "../model/block_meta.ts";
import { BlockReader } from "../tsdb/block/reader.ts";
import { writeCompactedBlocks } from "../tsdb/compact.ts";
import { xxhash64 } from "../cache/hash.ts";
import type { Labels } from "../model/labels.ts";
import { COMPACTOR_SHARD_ID_LABEL } from "../storage/tsdb/bucketindex.ts";

export interface CompactOptions {
  /** Split the output into this many blocks by series hash (0 or 1: one block). */
  shards?: number;
  /** External labels of the output (thanos.labels); the shard ID is added when splitting. */
  labels?: Record<string, string>;
  /** fsync written files (default true). */
  fsync?: boolean;
  /** Called between series so long compactions can be aborted. */
  signal?: AbortSignal;
}

export interface CompactResult {
  /** Output blocks that hold at least one series, in shard order. */
  metas: BlockMeta[];
  /** Shard index (0-based) of each output meta. */
  shardIndexes: number[];
  samplesIn: number;
  samplesOut: number;
}

/** Mimir's shard label value: 1-based `<i>_of_<n>`. */
export function formatShardID(index: number, count: number): string {
  return `${index + 1}_of_${count}`;
}

/** Parses `<i>_of_<n>` into 0-based index and count; undefined when malformed. */
export function parseShardID(v: string): { index: number; count: number } | undefined {
  const m = /^(\d+)_of_(\d+)$/.exec(v);
  if (!m) return undefined;
  const i = Number(m[1]);
  const n = Number(m[2]);
  if (n <= 0 || i < 1 || i > n) return undefined;
  return { index: i - 1, count: n };
}

const enc = new TextEncoder();

/** Prometheus's labels.Hash(): xxhash64 over name 0xff value 0xff ... (UTF-8 bytes). */
export function labelsHash(ls: Labels): bigint {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const l of ls) {
    const n = enc.encode(l.name);
    const v = enc.encode(l.value);
    parts.push(n, v);
    size += n.length + v.length + 2;
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
    out[off++] = 0xff;
  }
  return xxhash64(out);
}

/** Shard (0-based) of a series for `count` shards, as split compaction and query sharding compute it. */
export function seriesShard(ls: Labels, count: number): number {
  return Number(labelsHash(ls) % BigInt(count));
}

/** Compacts the blocks in `blockDirs` into new block(s) under `outDir` with the one compaction writer. */
export async function compactBlocks(
  blockDirs: readonly string[],
  outDir: string,
  opts: CompactOptions = {},
): Promise<CompactResult> {
  const shards = opts.shards && opts.shards > 1 ? opts.shards : 1;
  const readers: BlockReader[] = [];
  try {
    for (const d of blockDirs) readers.push(await BlockReader.open(d));
    if (readers.length === 0) throw new Error("compact: no blocks");
    const metas = readers.map((r) => r.meta);
    const minTime = Math.min(...metas.map((m) => m.minTime));
    const maxTime = Math.max(...metas.map((m) => m.maxTime));
    const sources = [...new Set(metas.flatMap((m) => m.compaction.sources ?? [m.ulid]))].sort();
    const parents: BlockDesc[] = metas.map((m) => ({
      ulid: m.ulid,
      minTime: m.minTime,
      maxTime: m.maxTime,
    }));
    const level = Math.max(...metas.map((m) => m.compaction.level || 1)) + 1;
    const hints = metas.every((m) => m.compaction.hints?.includes("from-out-of-order"))
      ? ["from-out-of-order"]
      : undefined;
    const baseLabels = { ...(opts.labels ?? metas[0].thanos?.labels ?? {}) };
    if (shards > 1) delete baseLabels[COMPACTOR_SHARD_ID_LABEL];
    return await writeCompactedBlocks(readers, outDir, {
      shards,
      shardOf: (ls) => seriesShard(ls, shards),
      signal: opts.signal,
      blockOptions: (s) => ({
        minTime,
        maxTime,
        compaction: { level, sources, parents, ...(hints ? { hints } : {}) },
        thanos: {
          labels:
            shards > 1
              ? { ...baseLabels, [COMPACTOR_SHARD_ID_LABEL]: formatShardID(s, shards) }
              : baseLabels,
          source: "compactor",
        },
        fsync: opts.fsync,
      }),
    });
  } finally {
    for (const r of readers) await r.close().catch(() => {});
  }
}

/** Local directory of a block under a parent directory. */
export function blockDir(parent: string, id: string): string {
  return join(parent, id);
}
