/**
 * The one compaction writer (Prometheus's LeveledCompactor.write over BlockReaders): reads any
 * number of QueryableBlocks (persisted blocks, or the head over a range) and writes their union
 * as one block, or as several blocks split by a shard function. Used by head compaction and by
 * the compactor.
 *
 * Series are merged by labels in Go string order. Where several sources hold the same series,
 * samples are merged by timestamp and a timestamp seen in more than one source is kept once (the
 * value of the first source in the given order), which is how overlapping blocks written by
 * replicas are deduplicated (vertical compaction). A series found in only one persisted source,
 * whose chunks do not overlap, have no tombstones and lie in the range, keeps its chunks as they
 * are; everything else is decoded, merged and encoded into chunks of at most 120 samples
 * (stale markers kept; native histograms into histogram chunks, see chunkenc/series_chunks.ts).
 */
import type { BlockMeta } from "../model/block_meta.ts";
import type { Labels } from "../model/labels.ts";
import { type SampleIterator, ValNone } from "../model/series.ts";
import { compareLabelsBytes } from "../model/strings.ts";
import { MergeSampleIterator } from "../storage/merge.ts";
import { type Chunk, ENC_XOR, type EncodedChunk } from "./block/chunks.ts";
import type { Interval } from "./block/tombstones.ts";
import { BlockWriter, type BlockWriterOptions } from "./block/writer.ts";
import { XORChunk } from "./chunkenc/xor.ts";
import { SeriesChunksBuilder } from "./series_chunks.ts";
import { SampleBuffer } from "./sample_buffer.ts";
import type { ChunkMeta } from "./index/writer.ts";
import {
  BlockSeriesIterator,
  type ChunkIterable,
  defaultChunkDecoder,
  isChunkIterable,
  type QueryableBlock,
} from "./querier.ts";

/** Prometheus's target of samples per chunk. */
export const SAMPLES_PER_CHUNK = 120;

/** Encodes sorted samples (ts/vs of equal length) as XOR chunks of at most 120 samples. */
export function encodeXORChunks(
  ts: ArrayLike<number>,
  vs: ArrayLike<number>,
  samplesPerChunk = SAMPLES_PER_CHUNK,
): EncodedChunk[] {
  const out: EncodedChunk[] = [];
  let c: XORChunk | undefined;
  let mint = 0;
  let maxt = 0;
  const flush = () => {
    if (c === undefined) return;
    out.push({ mint, maxt, encoding: ENC_XOR, data: c.bytes().slice() });
    c = undefined;
  };
  for (let i = 0; i < ts.length; i++) {
    if (c === undefined || c.numSamples() >= samplesPerChunk) {
      flush();
      c = new XORChunk();
      mint = ts[i];
    }
    c.append(ts[i], vs[i]);
    maxt = ts[i];
  }
  flush();
  return out;
}

export interface CompactionOptions {
  /** Inclusive range of the samples to write, ms (default: everything). */
  mint?: number;
  maxt?: number;
  /** Split the output into this many blocks with `shardOf` (default 1). */
  shards?: number;
  /** Shard (0-based, below `shards`) of a series. */
  shardOf?: (labels: Labels) => number;
  /** Options of the block written for a shard (ULID, time range, compaction and thanos sections). */
  blockOptions: (shard: number) => BlockWriterOptions;
  /** Checked between series so long compactions can be aborted. */
  signal?: AbortSignal;
}

export interface CompactionResult {
  /** Blocks written (shards that received at least one series), in shard order. */
  metas: BlockMeta[];
  /** Shard index (0-based) of each meta. */
  shardIndexes: number[];
  samplesIn: number;
  samplesOut: number;
}

interface Cursor {
  block: QueryableBlock;
  refs: ArrayLike<number>;
  pos: number;
  ref: number;
  labels: Labels | null;
  metas: ChunkMeta[];
}

function advance(c: Cursor, mint: number, maxt: number): void {
  const ix = c.block.index;
  while (c.pos < c.refs.length) {
    const ref = c.refs[c.pos++];
    const metas: ChunkMeta[] = [];
    const labels = ix.seriesOverlapping(ref, mint, maxt, metas);
    if (labels === undefined || metas.length === 0) continue;
    c.ref = ref;
    c.labels = labels;
    c.metas = metas;
    return;
  }
  c.labels = null;
}

function overlapping(metas: readonly { mint: number; maxt: number }[]): boolean {
  for (let i = 1; i < metas.length; i++) if (metas[i].mint <= metas[i - 1].maxt) return true;
  return false;
}

function samplesInChunk(c: Chunk): number {
  return c.data.length >= 2 ? (c.data[0] << 8) | c.data[1] : 0;
}

/** The samples of one source's series in [mint, maxt], chunks decoded in time order. */
function partIterator(
  chunks: readonly (Chunk | ChunkIterable)[],
  metas: readonly ChunkMeta[],
  deleted: readonly Interval[] | undefined,
  mint: number,
  maxt: number,
): SampleIterator {
  const its: SampleIterator[] = [];
  const encoded: { meta: ChunkMeta; chunk: Chunk }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (isChunkIterable(c)) its.push(c.iterator(mint, maxt));
    else encoded.push({ meta: metas[i], chunk: c });
  }
  if (encoded.length > 0) {
    encoded.sort((a, b) => a.meta.mint - b.meta.mint);
    const data = encoded.map((e) => e.chunk);
    if (overlapping(encoded.map((e) => e.meta))) {
      // Overlapping chunks within one source: merge them chunk by chunk.
      for (const c of data)
        its.push(new BlockSeriesIterator([c], defaultChunkDecoder, mint, maxt, deleted));
    } else {
      its.push(new BlockSeriesIterator(data, defaultChunkDecoder, mint, maxt, deleted));
    }
  }
  return its.length === 1 ? its[0] : new MergeSampleIterator(its);
}

/** Writes the union of `sources` (merged as described above) as blocks under `outDir`. */
export async function writeCompactedBlocks(
  sources: readonly QueryableBlock[],
  outDir: string,
  opts: CompactionOptions,
): Promise<CompactionResult> {
  const mint = opts.mint ?? Number.NEGATIVE_INFINITY;
  const maxt = opts.maxt ?? Number.POSITIVE_INFINITY;
  const shards = opts.shards !== undefined && opts.shards > 1 ? opts.shards : 1;
  const writers: (BlockWriter | undefined)[] = new Array(shards).fill(undefined);
  const result: CompactionResult = { metas: [], shardIndexes: [], samplesIn: 0, samplesOut: 0 };
  try {
    const cursors: Cursor[] = sources.map((b) => ({
      block: b,
      refs: b.index.sortedPostings(b.index.allPostings()),
      pos: 0,
      ref: 0,
      labels: null,
      metas: [],
    }));
    for (const c of cursors) advance(c, mint, maxt);
    const buf = new SampleBuffer();
    const builder = new SeriesChunksBuilder();
    for (;;) {
      if (opts.signal?.aborted)
        throw new Error("compaction aborted", { cause: opts.signal.reason });
      let min: Labels | null = null;
      for (const c of cursors)
        if (c.labels !== null && (min === null || compareLabelsBytes(c.labels, min) < 0))
          min = c.labels;
      if (min === null) break;
      const parts: { block: QueryableBlock; ref: number; metas: ChunkMeta[] }[] = [];
      for (const c of cursors) {
        if (c.labels !== null && compareLabelsBytes(c.labels, min) === 0) {
          parts.push({ block: c.block, ref: c.ref, metas: c.metas });
          advance(c, mint, maxt);
        }
      }
      let out: EncodedChunk[] | undefined;
      if (parts.length === 1) out = await copyableChunks(parts[0], mint, maxt);
      if (out !== undefined) {
        for (const c of out) result.samplesIn += samplesInChunk(c);
        for (const c of out) result.samplesOut += samplesInChunk(c);
      } else {
        buf.reset();
        const bounds: number[] = [0];
        for (const p of parts) {
          const chunks = await p.block.chunks.chunks(p.metas.map((m) => m.ref));
          // Collect synchronously: the head may take appends during the awaits.
          result.samplesIn += buf.drain(
            partIterator(chunks, p.metas, p.block.tombstones.get(p.ref), mint, maxt),
          );
          bounds.push(buf.n);
        }
        let it: SampleIterator = buf.iterator();
        if (parts.length > 1) {
          const lists: SampleIterator[] = [];
          for (let i = 0; i < parts.length; i++) lists.push(buf.iterator(bounds[i], bounds[i + 1]));
          it = new MergeSampleIterator(lists);
        }
        for (let vt = it.next(); vt !== ValNone; vt = it.next()) {
          builder.appendFrom(it, vt);
          result.samplesOut++;
        }
        out = builder.finish();
      }
      if (out.length === 0) continue;
      const shard = shards > 1 && opts.shardOf !== undefined ? opts.shardOf(min) : 0;
      let w = writers[shard];
      if (w === undefined) {
        w = await BlockWriter.create(outDir, opts.blockOptions(shard));
        writers[shard] = w;
      }
      await w.addSeries(min, out);
    }
    for (let s = 0; s < shards; s++) {
      const w = writers[s];
      if (w === undefined) continue;
      writers[s] = undefined;
      result.metas.push(await w.finish());
      result.shardIndexes.push(s);
    }
    return result;
  } finally {
    for (const w of writers) await w?.abort().catch(() => {});
  }
}

/**
 * A lone source's chunks as they are, when that is exact: all encoded, in time order without
 * overlap, no tombstones and inside [mint, maxt]. undefined otherwise.
 */
async function copyableChunks(
  p: { block: QueryableBlock; ref: number; metas: ChunkMeta[] },
  mint: number,
  maxt: number,
): Promise<EncodedChunk[] | undefined> {
  if (p.block.tombstones.get(p.ref) !== undefined || overlapping(p.metas)) return undefined;
  for (const m of p.metas) if (m.mint < mint || m.maxt > maxt) return undefined;
  const data = await p.block.chunks.chunks(p.metas.map((m) => m.ref));
  const out: EncodedChunk[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (isChunkIterable(c)) return undefined;
    out[i] = { mint: p.metas[i].mint, maxt: p.metas[i].maxt, encoding: c.encoding, data: c.data };
  }
  return out;
}
