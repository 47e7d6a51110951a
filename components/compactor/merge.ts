/**
 * Block compaction: merges N source blocks into one block (or into `shards` blocks when
 * splitting). Series are merged by labels; where several sources hold the same series, samples
 * are merged by timestamp and a timestamp seen in more than one source is kept once (the value
 * of the first source in the given order), which is how overlapping blocks written by
 * replicas are deduplicated (vertical compaction). A series found in only one source keeps its
 * chunks as they are.
 */
import { join } from "node:path";
import type { Chunk, EncodedChunk } from "../tsdb/block/chunks.ts";
import type { BlockDesc, BlockMeta } from "../model/block_meta.ts";
import { BlockSeriesIterator, defaultChunkDecoder } from "../tsdb/querier.ts";
import { BlockReader } from "../tsdb/block/reader.ts";
import type { Interval } from "../tsdb/block/tombstones.ts";
import { BlockWriter } from "../tsdb/block/writer.ts";
import { compareLabelsBytes } from "../model/strings.ts";
import type { ChunkMeta } from "../tsdb/index/writer.ts";
import { xxhash64 } from "../cache/hash.ts";
import type { Labels } from "../model/labels.ts";
import { ValNone } from "../model/series.ts";
import { encodeXORChunks } from "../tsdb/compact.ts";
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

interface Cursor {
  reader: BlockReader;
  refs: Uint32Array;
  pos: number;
  labels: Labels | null;
  chunks: ChunkMeta[];
}

function advance(c: Cursor): void {
  if (c.pos >= c.refs.length) {
    c.labels = null;
    return;
  }
  const s = c.reader.index.series(c.refs[c.pos++]);
  c.labels = s.labels;
  c.chunks = s.chunks;
}

function samplesOf(chunks: readonly Chunk[], deleted: readonly Interval[] | undefined): { ts: number[]; vs: number[] } {
  const it = new BlockSeriesIterator(chunks, defaultChunkDecoder, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, deleted);
  const ts: number[] = [];
  const vs: number[] = [];
  while (it.next() !== ValNone) {
    ts.push(it.atT());
    vs.push(it.atF());
  }
  return { ts, vs };
}

/** Merges sorted sample lists; the first list wins on equal timestamps. */
export function mergeSamples(lists: { ts: number[]; vs: number[] }[]): { ts: number[]; vs: number[] } {
  if (lists.length === 1) return lists[0];
  const ts: number[] = [];
  const vs: number[] = [];
  const pos = new Array(lists.length).fill(0);
  for (;;) {
    let best = -1;
    let bt = 0;
    for (let i = 0; i < lists.length; i++) {
      if (pos[i] >= lists[i].ts.length) continue;
      const t = lists[i].ts[pos[i]];
      if (best < 0 || t < bt) {
        best = i;
        bt = t;
      }
    }
    if (best < 0) break;
    ts.push(bt);
    vs.push(lists[best].vs[pos[best]]);
    for (let i = 0; i < lists.length; i++) {
      while (pos[i] < lists[i].ts.length && lists[i].ts[pos[i]] === bt) pos[i]++;
    }
  }
  return { ts, vs };
}

function chunksOverlap(metas: readonly ChunkMeta[]): boolean {
  for (let i = 1; i < metas.length; i++) if (metas[i].mint <= metas[i - 1].maxt) return true;
  return false;
}

function samplesInChunk(c: Chunk): number {
  return c.data.length >= 2 ? (c.data[0] << 8) | c.data[1] : 0;
}

/** Compacts the blocks in `blockDirs` into new block(s) under `outDir`. */
export async function compactBlocks(blockDirs: readonly string[], outDir: string, opts: CompactOptions = {}): Promise<CompactResult> {
  const shards = opts.shards && opts.shards > 1 ? opts.shards : 1;
  const readers: BlockReader[] = [];
  const writers: BlockWriter[] = [];
  try {
    for (const d of blockDirs) readers.push(await BlockReader.open(d));
    if (readers.length === 0) throw new Error("compact: no blocks");
    const metas = readers.map((r) => r.meta);
    const minTime = Math.min(...metas.map((m) => m.minTime));
    const maxTime = Math.max(...metas.map((m) => m.maxTime));
    const sources = [...new Set(metas.flatMap((m) => m.compaction.sources ?? [m.ulid]))].sort();
    const parents: BlockDesc[] = metas.map((m) => ({ ulid: m.ulid, minTime: m.minTime, maxTime: m.maxTime }));
    const level = Math.max(...metas.map((m) => m.compaction.level || 1)) + 1;
    const hints = metas.every((m) => m.compaction.hints?.includes("from-out-of-order")) ? ["from-out-of-order"] : undefined;
    const baseLabels = { ...(opts.labels ?? metas[0].thanos?.labels ?? {}) };
    if (shards > 1) delete baseLabels[COMPACTOR_SHARD_ID_LABEL];
    const seriesCount = new Array(shards).fill(0);
    for (let s = 0; s < shards; s++) {
      const labels = shards > 1 ? { ...baseLabels, [COMPACTOR_SHARD_ID_LABEL]: formatShardID(s, shards) } : baseLabels;
      writers.push(
        await BlockWriter.create(outDir, {
          minTime,
          maxTime,
          compaction: { level, sources, parents, ...(hints ? { hints } : {}) },
          thanos: { labels, source: "compactor" },
          fsync: opts.fsync,
        }),
      );
    }
    const cursors: Cursor[] = readers.map((r) => ({ reader: r, refs: r.index.allPostings(), pos: 0, labels: null, chunks: [] }));
    for (const c of cursors) advance(c);
    let samplesIn = 0;
    let samplesOut = 0;
    for (;;) {
      if (opts.signal?.aborted) throw new Error("compaction aborted", { cause: opts.signal.reason });
      let min: Labels | null = null;
      for (const c of cursors) if (c.labels !== null && (min === null || compareLabelsBytes(c.labels, min) < 0)) min = c.labels;
      if (min === null) break;
      const parts: { reader: BlockReader; chunks: ChunkMeta[]; ref: number }[] = [];
      for (const c of cursors) {
        if (c.labels !== null && compareLabelsBytes(c.labels, min) === 0) {
          parts.push({ reader: c.reader, chunks: c.chunks, ref: c.refs[c.pos - 1] });
          advance(c);
        }
      }
      const shard = shards > 1 ? seriesShard(min, shards) : 0;
      let out: EncodedChunk[];
      const firstDeleted = parts[0].reader.tombstones.get(parts[0].ref);
      if (parts.length === 1 && firstDeleted === undefined && !chunksOverlap(parts[0].chunks)) {
        const data = await parts[0].reader.chunks.chunks(parts[0].chunks.map((m) => m.ref));
        out = parts[0].chunks.map((m, i) => ({ mint: m.mint, maxt: m.maxt, encoding: data[i].encoding, data: data[i].data }));
        for (const c of data) samplesIn += samplesInChunk(c);
        for (const c of data) samplesOut += samplesInChunk(c);
      } else {
        const lists: { ts: number[]; vs: number[] }[] = [];
        for (const p of parts) {
          const sorted = [...p.chunks].sort((a, b) => a.mint - b.mint);
          const data = await p.reader.chunks.chunks(sorted.map((m) => m.ref));
          const deleted = p.reader.tombstones.get(p.ref);
          if (chunksOverlap(sorted)) {
            // Overlapping chunks within one block: merge them chunk by chunk.
            lists.push(mergeSamples(data.map((c) => samplesOf([c], deleted))));
          } else {
            lists.push(samplesOf(data, deleted));
          }
          samplesIn += lists[lists.length - 1].ts.length;
        }
        const merged = mergeSamples(lists);
        samplesOut += merged.ts.length;
        out = encodeXORChunks(merged.ts, merged.vs);
      }
      if (out.length === 0) continue;
      await writers[shard].addSeries(min, out);
      seriesCount[shard]++;
    }
    const result: CompactResult = { metas: [], shardIndexes: [], samplesIn, samplesOut };
    for (let s = 0; s < shards; s++) {
      if (seriesCount[s] === 0) {
        await writers[s].abort();
        continue;
      }
      result.metas.push(await writers[s].finish());
      result.shardIndexes.push(s);
    }
    writers.length = 0;
    return result;
  } finally {
    for (const w of writers) await w.abort().catch(() => {});
    for (const r of readers) await r.close().catch(() => {});
  }
}

/** Local directory of a block under a parent directory. */
export function blockDir(parent: string, id: string): string {
  return join(parent, id);
}
