/**
 * Head compaction: cuts a tenant's head into blocks under `<tsdb.dir>/<tenant>/<ULID>/`.
 *
 * Rules (Prometheus tsdb/db.go, Mimir pkg/ingester/user_tsdb.go compactHead):
 * - regular: while head maxt - mint > 1.5 x block range, write the block covering
 *   [mint, end of mint's aligned range) and move mint there. Every block ends at or below
 *   maxt - range/2, so the head keeps what may still receive in-order samples.
 * - forced (flush, idle, shutdown): everything, one block per aligned range; the last block
 *   ends one past the head's max time.
 * Block bounds follow Prometheus's RangeHead: minTime = max(range start, head mint),
 * maxTime = min(range end - 1, head maxt) + 1.
 *
 * The head is read over the range as a block (Head.rangeHead: in-order and out-of-order samples
 * merged) and written by the one compaction writer (tsdb/compact.ts), which encodes XOR chunks
 * of at most 120 samples (stale markers kept) in byte order of the series labels.
 * The head is truncated to the last block's maxTime afterwards (which checkpoints the WAL).
 */
import { writeCompactedBlocks } from "../tsdb/compact.ts";
import type { BlockMeta } from "../model/block_meta.ts";
import type { Head } from "../tsdb/head.ts";

/** One block to cut: [mint, maxt] inclusive (the block's meta.maxTime is maxt + 1). */
export interface HeadRange {
  mint: number;
  maxt: number;
}

/** Start of the aligned range holding t (Prometheus's rangeForTimestamp minus one range). */
export function alignedStart(t: number, blockRange: number): number {
  return Math.floor(t / blockRange) * blockRange;
}

/**
 * The head's effective bounds: the in-order data span, with mint raised to the truncation
 * point (data below it already lives in blocks). undefined when the head holds nothing.
 */
export function headBounds(head: Head): HeadRange | undefined {
  const maxt = head.maxTime();
  let mint = head.minTime();
  const valid = head.getMinValidTime();
  if (Number.isFinite(valid) && valid > mint) mint = valid;
  if (!Number.isFinite(mint) || !Number.isFinite(maxt) || mint > maxt) return undefined;
  return { mint, maxt };
}

/**
 * The ranges to compact for a head spanning [mint, maxt]. Regular: Prometheus's 1.5x rule;
 * forced: everything, split at range boundaries.
 */
export function plannedRanges(
  bounds: HeadRange | undefined,
  blockRange: number,
  force: boolean,
): HeadRange[] {
  if (bounds === undefined || blockRange <= 0) return [];
  const out: HeadRange[] = [];
  let mint = bounds.mint;
  const maxt = bounds.maxt;
  if (force) {
    while (mint <= maxt) {
      const end = Math.min(alignedStart(mint, blockRange) + blockRange - 1, maxt);
      out.push({ mint, maxt: end });
      mint = end + 1;
    }
    return out;
  }
  while (maxt - mint > (blockRange / 2) * 3) {
    const end = alignedStart(mint, blockRange) + blockRange;
    out.push({ mint, maxt: end - 1 });
    mint = end;
  }
  return out;
}

export interface WriteHeadBlockOptions {
  /** Mimir's thanos.labels (none for in-order ingester blocks). */
  labels?: Record<string, string>;
  fsync?: boolean;
  /** Block ID (tests); a new ULID by default. */
  ulid?: string;
}

/**
 * Writes the head's samples in [r.mint, r.maxt] as a block into dir. Returns undefined (and
 * writes nothing) when the range holds no samples, as Prometheus does.
 */
export async function writeHeadBlock(
  head: Head,
  r: HeadRange,
  dir: string,
  opts: WriteHeadBlockOptions = {},
): Promise<BlockMeta | undefined> {
  const res = await writeCompactedBlocks([head.rangeHead(r.mint, r.maxt)], dir, {
    mint: r.mint,
    maxt: r.maxt,
    blockOptions: () => ({
      ulid: opts.ulid,
      minTime: r.mint,
      maxTime: r.maxt + 1,
      thanos: { labels: opts.labels ?? {}, source: "receive" },
      fsync: opts.fsync ?? true,
    }),
  });
  return res.metas[0];
}
