/**
 * Split-and-merge job planning (Mimir's pkg/compactor/split_merge_grouper.go and job ordering):
 *
 * - Blocks are grouped by their external labels without `__compactor_shard_id__`.
 * - For each compaction range (ascending), blocks are grouped into aligned ranges; a block that
 *   spans more than one aligned range is skipped for that range.
 * - At the smallest range, when the tenant has split-and-merge shards, blocks without a shard
 *   ID are split first: one split job per split group (HashBlockID % split groups).
 * - Otherwise blocks with the same shard ID (or none) in the same range are merged when there
 *   are at least two of them.
 * - A job is dropped when it conflicts with (same shard, overlapping range) a job planned for a
 *   smaller range, or when it would compact the most recent blocks before the range is full.
 */
import { decodeTime } from "ulid";
import type { BlockMeta } from "../model/block_meta.ts";
import { COMPACTOR_SHARD_ID_LABEL } from "../storage/tsdb/bucketindex.ts";
import { hashBlockID } from "../storage/tsdb/layout.ts";

export { hashBlockID, ulidBytes } from "../storage/tsdb/layout.ts";
import { formatShardID } from "./merge.ts";

export type JobStage = "split" | "merge";

export interface CompactionJob {
  /** Unique key, e.g. `0@17241709254077376921-merge--0-7200000`. */
  key: string;
  tenant: string;
  stage: JobStage;
  /** Split group (split stage) or shard ID of the blocks (merge stage); "" when not sharded. */
  shardID: string;
  rangeStart: number;
  rangeEnd: number;
  blocks: BlockMeta[];
  /** Shards to split into (split stage only). */
  splitShards: number;
}

export function jobMinTime(j: CompactionJob): number {
  return Math.min(...j.blocks.map((b) => b.minTime));
}

export function jobMaxTime(j: CompactionJob): number {
  return Math.max(...j.blocks.map((b) => b.maxTime));
}

export function parseDurationList(ranges: readonly (string | number)[]): number[] {
  return ranges.map((r) => {
    if (typeof r === "number") return r;
    const m = /^(\d+)(ms|s|m|h|d|w)$/.exec(r.trim());
    if (!m) throw new Error(`invalid compaction range ${r}`);
    const mult: Record<string, number> = {
      ms: 1,
      s: 1000,
      m: 60_000,
      h: 3_600_000,
      d: 86_400_000,
      w: 604_800_000,
    };
    return Number(m[1]) * mult[m[2]];
  });
}

/** Upload time of a block from its ULID (ms). */
export function ulidTime(id: string): number {
  return decodeTime(id);
}

function shardOf(m: BlockMeta): string {
  return m.thanos?.labels?.[COMPACTOR_SHARD_ID_LABEL] ?? "";
}

/** Group key of the external labels without the shard ID (Thanos's DefaultGroupKey shape). */
export function groupKeyWithoutShard(m: BlockMeta): string {
  const labels = { ...(m.thanos?.labels ?? {}) };
  delete labels[COMPACTOR_SHARD_ID_LABEL];
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return `${m.thanos?.downsample?.resolution ?? 0}@{${parts.join(",")}}`;
}

function rangeStart(minTime: number, tr: number): number {
  if (minTime >= 0) return tr * Math.floor(minTime / tr);
  return tr * Math.trunc((minTime - tr + 1) / tr);
}

interface Group {
  rangeStart: number;
  rangeEnd: number;
  blocks: BlockMeta[];
}

/** Input sorted by minTime. */
export function groupBlocksByRange(blocks: readonly BlockMeta[], tr: number): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < blocks.length; ) {
    const m = blocks[i];
    const g: Group = { rangeStart: rangeStart(m.minTime, tr), rangeEnd: 0, blocks: [] };
    g.rangeEnd = g.rangeStart + tr;
    if (m.maxTime > g.rangeEnd) {
      i++;
      continue;
    }
    for (; i < blocks.length; i++) {
      if (blocks[i].minTime >= g.rangeEnd) break;
      if (blocks[i].maxTime > g.rangeEnd) continue;
      g.blocks.push(blocks[i]);
    }
    if (g.blocks.length > 0) out.push(g);
  }
  return out;
}

function conflicts(a: CompactionJob, b: CompactionJob): boolean {
  if (a.shardID !== "" && b.shardID !== "" && a.shardID !== b.shardID) return false;
  return a.rangeStart < b.rangeEnd && b.rangeStart < a.rangeEnd;
}

export interface PlanOptions {
  /** Compaction ranges in ms, ascending (2h, 12h, 24h). */
  ranges: readonly number[];
  /** compactor_split_and_merge_shards (0 = no splitting). */
  shards: number;
  /** compactor_split_groups. */
  splitGroups: number;
}

function mkJob(
  tenant: string,
  groupKey: string,
  stage: JobStage,
  shardID: string,
  g: Group,
  blocks: BlockMeta[],
  splitShards: number,
): CompactionJob {
  return {
    key: `${groupKey}-${stage}-${shardID}-${g.rangeStart}-${g.rangeEnd}`,
    tenant,
    stage,
    shardID,
    rangeStart: g.rangeStart,
    rangeEnd: g.rangeEnd,
    blocks: [...blocks].sort((a, b) => a.minTime - b.minTime || (a.ulid < b.ulid ? -1 : 1)),
    splitShards,
  };
}

/** Plans the compaction jobs of one tenant. */
export function planCompaction(
  tenant: string,
  blocks: readonly BlockMeta[],
  opts: PlanOptions,
): CompactionJob[] {
  const ranges = [...opts.ranges].sort((a, b) => a - b);
  if (blocks.length === 0 || ranges.length === 0) return [];
  const main = new Map<string, BlockMeta[]>();
  for (const b of blocks) {
    const k = groupKeyWithoutShard(b);
    const list = main.get(k);
    if (list) list.push(b);
    else main.set(k, [b]);
  }
  let jobs: CompactionJob[] = [];
  for (const [groupKey, list] of [...main.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => a.minTime - b.minTime || (a.ulid < b.ulid ? -1 : 1));
    for (const tr of ranges) {
      const planned: CompactionJob[] = [];
      for (const g of groupBlocksByRange(list, tr)) {
        if (tr === ranges[0] && opts.shards > 0) {
          const unsplit = g.blocks.filter((b) => shardOf(b) === "");
          if (unsplit.length > 0) {
            const groups = Math.max(1, opts.splitGroups);
            const byGroup = new Map<number, BlockMeta[]>();
            for (const b of unsplit) {
              const sg = hashBlockID(b.ulid) % groups;
              const l = byGroup.get(sg);
              if (l) l.push(b);
              else byGroup.set(sg, [b]);
            }
            for (const [sg, bl] of [...byGroup.entries()].sort((a, b) => a[0] - b[0])) {
              planned.push(
                mkJob(tenant, groupKey, "split", formatShardID(sg, groups), g, bl, opts.shards),
              );
            }
            continue;
          }
        }
        const byShard = new Map<string, BlockMeta[]>();
        for (const b of g.blocks) {
          const s = shardOf(b);
          const l = byShard.get(s);
          if (l) l.push(b);
          else byShard.set(s, [b]);
        }
        for (const [s, bl] of [...byShard.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
          if (bl.length < 2) continue;
          planned.push(mkJob(tenant, groupKey, "merge", s, g, bl, 0));
        }
      }
      for (const j of planned) {
        if (jobs.some((o) => conflicts(j, o))) continue;
        jobs.push(j);
      }
    }
  }
  // Do not compact the most recent blocks before the range is complete.
  const highestMaxTime = Math.max(...blocks.map((b) => b.maxTime));
  jobs = jobs.filter(
    (j) =>
      j.rangeEnd <= highestMaxTime || jobMaxTime(j) - jobMinTime(j) === j.rangeEnd - j.rangeStart,
  );
  return jobs;
}

export type JobsOrder = "smallest-range-oldest-blocks-first" | "newest-blocks-first";

export function sortJobs(jobs: CompactionJob[], order: JobsOrder): CompactionJob[] {
  const len = (j: CompactionJob) => jobMaxTime(j) - jobMinTime(j);
  const byKey = (a: CompactionJob, b: CompactionJob) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  if (order === "newest-blocks-first") {
    return [...jobs].sort(
      (a, b) => jobMaxTime(b) - jobMaxTime(a) || len(a) - len(b) || byKey(a, b),
    );
  }
  // smallest-range-oldest-blocks-first: split jobs first at equal range (they block merges).
  return [...jobs].sort(
    (a, b) =>
      len(a) - len(b) ||
      jobMinTime(a) - jobMinTime(b) ||
      (a.stage === b.stage ? 0 : a.stage === "split" ? -1 : 1) ||
      byKey(a, b),
  );
}
