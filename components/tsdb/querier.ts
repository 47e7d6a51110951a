/**
 * The one read path over blocks and the head (Prometheus's tsdb/block.go interfaces and
 * tsdb/querier.go): a persisted block and the head both serve a BlockIndexReader and a
 * BlockChunkReader, and one BlockQuerier answers selects and label queries over either.
 */
import type {
  LabelHints,
  Querier,
  SampleIterator,
  SelectHints,
  Series,
  ValueType,
} from "../model/series.ts";
import { notAHistogram, ValNone } from "../model/series.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import type { Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import { inShard, splitShardMatcher } from "../model/query_shard.ts";
import type { ChunkMeta } from "./index/writer.ts";
import { type Postings, type PostingsIndex, postingsForMatchers } from "./index/postings.ts";
import type { Chunk, EncodedChunk } from "./block/chunks.ts";
import { MergeSampleIterator } from "../storage/merge.ts";
import type { Interval, Tombstones } from "./block/tombstones.ts";
import { EncFloatHistogram, EncHistogram, EncXOR, XORIterator } from "./chunkenc/xor.ts";
import { HistogramIterator } from "./chunkenc/histogram.ts";
import { FloatHistogramIterator } from "./chunkenc/float_histogram.ts";
import { CorruptionError } from "../model/errors.ts";

/** A sample iterator that may report a decoding error once exhausted (chunkenc's XORIterator). */
export type ChunkIterator = SampleIterator & { err?(): string | undefined };

/** Turns chunk bytes into a sample iterator. */
export type ChunkDecoder = (chunk: Chunk) => ChunkIterator;

/** An iterator over no samples. */
export const EMPTY_ITERATOR: SampleIterator = {
  next: () => ValNone,
  seek: () => ValNone,
  atT: () => 0,
  atF: () => 0,
  atH: notAHistogram,
  atFH: notAHistogram,
};

/** Decodes XOR, histogram and float histogram chunks; unknown encodings report an error. */
export const defaultChunkDecoder: ChunkDecoder = (c) => {
  switch (c.encoding) {
    case EncXOR: {
      const it = new XORIterator();
      it.resetBytes(c.data);
      return it;
    }
    case EncHistogram: {
      const it = new HistogramIterator();
      it.reset(c.data);
      return it;
    }
    case EncFloatHistogram: {
      const it = new FloatHistogramIterator();
      it.reset(c.data);
      return it;
    }
    default:
      return unknownEncoding(c.encoding);
  }
};

/** An iterator over no samples that reports the chunk's unknown encoding as its error. */
function unknownEncoding(encoding: number): ChunkIterator {
  const msg = `invalid chunk encoding "${encoding}"`;
  return { ...EMPTY_ITERATOR, err: () => msg };
}

export interface BlockQuerierOptions {
  decoder?: ChunkDecoder;
}

/**
 * The index side of a block (Prometheus's IndexReader): a persisted block's index, or the head's
 * in-memory index over a time range.
 */
export interface BlockIndexReader extends PostingsIndex {
  /** Sorted label names / values of all series in the reader's range. */
  labelNames(): string[];
  labelValues(name: string): string[];
  /** Sorted label names / values of `name` among the series in `p`. */
  labelNamesFor(p: Postings): string[];
  labelValuesFor(p: Postings, name: string): string[];
  /** `p` in label order (Go string order); persisted indexes hand out postings in that order. */
  sortedPostings(p: Postings): Postings;
  /**
   * Labels of series `ref`, with the metas of its chunks overlapping [mint, maxt] appended to
   * `out`; undefined when the series no longer exists. When no chunk overlaps, the labels may
   * be left empty (callers skip such series).
   */
  seriesOverlapping(ref: number, mint: number, maxt: number, out: ChunkMeta[]): Labels | undefined;
}

/**
 * Samples a chunk reader hands out instead of bytes for data that lives in memory (Prometheus's
 * ChunkOrIterable): the head gives one per series, covering its in-order and out-of-order data.
 */
export interface ChunkIterable {
  /** The samples in [mint, maxt] (ms, inclusive). */
  iterator(mint: number, maxt: number): SampleIterator;
  /** Number and encoded size of the chunks holding [mint, maxt] (query limits). */
  chunkStats(mint: number, maxt: number): { chunks: number; bytes: number };
}

/** The chunk side of a block (Prometheus's ChunkReader). */
export interface BlockChunkReader {
  /** The chunks (or iterables) of the given chunk refs, in the same order. */
  chunks(refs: readonly number[]): Promise<readonly (Chunk | ChunkIterable)[]>;
}

/**
 * What a BlockQuerier and the compaction writer read (Prometheus's BlockReader): a persisted
 * BlockReader or the head over a time range.
 */
export interface QueryableBlock {
  readonly index: BlockIndexReader;
  readonly chunks: BlockChunkReader;
  readonly tombstones: Tombstones;
}

export function isChunkIterable(c: Chunk | ChunkIterable): c is ChunkIterable {
  return (c as Partial<ChunkIterable>).iterator !== undefined;
}

/**
 * The one Querier over any QueryableBlock: postings for the matchers from the block's index,
 * chunk metas prune by time, chunks are fetched in one batched pass per select, and samples are
 * decoded lazily by the series iterators, clipped to the querier's range and with tombstoned
 * samples removed.
 */
export class BlockQuerier implements Querier {
  private readonly block: QueryableBlock;
  readonly mint: number;
  readonly maxt: number;
  private readonly decoder: ChunkDecoder;
  private closed = false;

  constructor(block: QueryableBlock, mint: number, maxt: number, opts: BlockQuerierOptions = {}) {
    this.block = block;
    this.mint = mint;
    this.maxt = maxt;
    this.decoder = opts.decoder ?? defaultChunkDecoder;
  }

  private checkOpen(): void {
    if (this.closed) throw new Error("querier closed");
  }

  async select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    this.checkOpen();
    let mint = this.mint;
    let maxt = this.maxt;
    if (hints !== undefined) {
      if (hints.start > mint) mint = hints.start;
      if (hints.end < maxt) maxt = hints.end;
    }
    if (mint > maxt) return [];
    const limit = hints?.limit ?? 0;
    // Query sharding (hints.shard or a `__query_shard__` matcher): series outside the shard
    // are dropped by their labels, before their chunks are read.
    const split = splitShardMatcher(matchers);
    const shard = hints?.shard ?? split.shard;
    const ix = this.block.index;
    let refs = postingsForMatchers(ix, split.rest);
    if (sortSeries) refs = ix.sortedPostings(refs);
    const tombstones = this.block.tombstones;
    // Selected series in parallel arrays; their chunk metas are metas[starts[i], starts[i + 1]).
    const labels: Labels[] = [];
    const deleted: (Interval[] | undefined)[] = [];
    const starts: number[] = [0];
    const metas: ChunkMeta[] = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      const start = metas.length;
      const ls = ix.seriesOverlapping(ref, mint, maxt, metas);
      if (ls === undefined || metas.length === start) continue;
      if (shard !== undefined && !inShard(ls, shard)) {
        metas.length = start;
        continue;
      }
      const del = tombstones.size === 0 ? undefined : tombstones.get(ref);
      if (del !== undefined) {
        // Drop chunks that a deletion covers entirely.
        let w = start;
        for (let j = start; j < metas.length; j++) {
          const c = metas[j];
          if (!del.some((iv) => iv.mint <= c.mint && iv.maxt >= c.maxt)) metas[w++] = c;
        }
        metas.length = w;
        if (w === start) continue;
      }
      labels.push(ls);
      deleted.push(del);
      starts.push(metas.length);
      if (limit > 0 && labels.length >= limit) break;
    }
    const chunkRefs: number[] = new Array(metas.length);
    for (let j = 0; j < metas.length; j++) chunkRefs[j] = metas[j].ref;
    const chunks = await this.block.chunks.chunks(chunkRefs);
    const out: Series[] = new Array(labels.length);
    for (let i = 0; i < labels.length; i++) {
      const a = starts[i];
      const b = starts[i + 1];
      const first = chunks[a];
      if (b - a === 1 && isChunkIterable(first))
        out[i] = new IterableSeries(labels[i], first, mint, maxt);
      else
        out[i] = new ChunksSeries(
          labels[i],
          chunks.slice(a, b),
          metas.slice(a, b),
          this.decoder,
          mint,
          maxt,
          deleted[i],
        );
    }
    return out;
  }

  async labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]> {
    this.checkOpen();
    const ix = this.block.index;
    const limit = hints?.limit ?? 0;
    matchers = splitShardMatcher(matchers).rest;
    const values =
      matchers.length === 0
        ? ix.labelValues(name)
        : ix.labelValuesFor(postingsForMatchers(ix, matchers), name);
    return limit > 0 && values.length > limit ? values.slice(0, limit) : values;
  }

  async labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    this.checkOpen();
    const ix = this.block.index;
    const limit = hints?.limit ?? 0;
    matchers = splitShardMatcher(matchers).rest;
    const names =
      matchers.length === 0 ? ix.labelNames() : ix.labelNamesFor(postingsForMatchers(ix, matchers));
    return limit > 0 && names.length > limit ? names.slice(0, limit) : names;
  }

  close(): void {
    this.closed = true;
  }
}

/** A series whose samples a chunk reader serves as an iterable (the head's). */
class IterableSeries implements Series {
  readonly labels: Labels;
  private readonly src: ChunkIterable;
  private readonly mint: number;
  private readonly maxt: number;

  constructor(labels: Labels, src: ChunkIterable, mint: number, maxt: number) {
    this.labels = labels;
    this.src = src;
    this.mint = mint;
    this.maxt = maxt;
  }

  iterator(): SampleIterator {
    return this.src.iterator(this.mint, this.maxt);
  }

  /** What fetching this series costs (querier/limits.ts: max_fetched_chunks/chunk_bytes_per_query). */
  chunkStats(): { chunks: number; bytes: number } {
    return this.src.chunkStats(this.mint, this.maxt);
  }
}

/** A series read from encoded chunks that do not overlap (a persisted block's). */
class ChunksSeries implements Series {
  readonly labels: Labels;
  private readonly chunks: readonly (Chunk | ChunkIterable)[];
  private readonly metas: readonly ChunkMeta[];
  private readonly decoder: ChunkDecoder;
  private readonly mint: number;
  private readonly maxt: number;
  private readonly deleted: readonly Interval[] | undefined;

  constructor(
    labels: Labels,
    chunks: readonly (Chunk | ChunkIterable)[],
    metas: readonly ChunkMeta[],
    decoder: ChunkDecoder,
    mint: number,
    maxt: number,
    deleted: readonly Interval[] | undefined,
  ) {
    this.labels = labels;
    this.chunks = chunks;
    this.metas = metas;
    this.decoder = decoder;
    this.mint = mint;
    this.maxt = maxt;
    this.deleted = deleted;
  }

  iterator(): SampleIterator {
    const encoded: Chunk[] = [];
    const its: SampleIterator[] = [];
    for (const c of this.chunks) {
      if (isChunkIterable(c)) its.push(c.iterator(this.mint, this.maxt));
      else encoded.push(c);
    }
    if (its.length === 0) {
      return new BlockSeriesIterator(
        encoded,
        this.decoder,
        this.mint,
        this.maxt,
        this.deleted,
        this.metas.map((m) => m.maxt),
      );
    }
    // Readers that mix encoded chunks and iterables: merge them.
    if (encoded.length > 0)
      its.unshift(
        new BlockSeriesIterator(encoded, this.decoder, this.mint, this.maxt, this.deleted),
      );
    return new MergeSampleIterator(its);
  }
}

/** Walks a series' chunks in order, decoding each only when reached. */
export class BlockSeriesIterator implements SampleIterator {
  private readonly chunks: readonly Chunk[];
  /** Last sample time of each chunk, when known, so seek() can skip whole chunks. */
  private readonly chunkMaxT: readonly number[] | undefined;
  private readonly decoder: ChunkDecoder;
  private readonly mint: number;
  private readonly maxt: number;
  private readonly deleted: readonly Interval[] | undefined;
  private i = -1;
  private cur: ChunkIterator = EMPTY_ITERATOR;
  private done = false;
  private has = false;
  private vt: ValueType = ValNone;
  private t = 0;
  private v = 0;

  constructor(
    chunks: readonly Chunk[],
    decoder: ChunkDecoder,
    mint: number,
    maxt: number,
    deleted?: readonly Interval[],
    chunkMaxT?: readonly number[],
  ) {
    this.chunks = chunks;
    this.decoder = decoder;
    this.mint = mint;
    this.maxt = maxt;
    this.deleted = deleted;
    this.chunkMaxT = chunkMaxT;
  }

  private isDeleted(t: number): boolean {
    const d = this.deleted;
    if (d === undefined) return false;
    for (let i = 0; i < d.length; i++) if (t >= d[i].mint && t <= d[i].maxt) return true;
    return false;
  }

  next(): ValueType {
    if (this.done) return ValNone;
    for (;;) {
      const vt = this.cur.next();
      if (vt !== ValNone) {
        const t = this.cur.atT();
        if (t < this.mint) continue;
        if (t > this.maxt) break;
        if (this.isDeleted(t)) continue;
        // Chunks of a block do not overlap; never go backwards if a writer broke that rule.
        if (this.has && t <= this.t) continue;
        this.t = t;
        this.v = this.cur.atF();
        this.has = true;
        this.vt = vt;
        return vt;
      }
      const err = this.cur.err?.();
      if (err !== undefined) throw new CorruptionError(`chunk ${this.i}: ${err}`);
      if (!this.advanceChunk(Number.NEGATIVE_INFINITY)) break;
    }
    this.done = true;
    this.has = false;
    return ValNone;
  }

  private advanceChunk(skipBefore: number): boolean {
    for (;;) {
      this.i++;
      if (this.i >= this.chunks.length) return false;
      if (this.chunkMaxT !== undefined && this.chunkMaxT[this.i] < skipBefore) continue;
      this.cur = this.decoder(this.chunks[this.i]);
      return true;
    }
  }

  seek(t: number): ValueType {
    if (this.done) return ValNone;
    if (this.has && this.t >= t) return this.vt;
    // Skip chunks that end before t without decoding them.
    if (this.chunkMaxT !== undefined && (this.i < 0 || this.chunkMaxT[this.i] < t)) {
      if (!this.advanceChunk(t)) {
        this.done = true;
        this.has = false;
        return ValNone;
      }
    }
    while (this.next() !== ValNone) if (this.t >= t) return this.vt;
    return ValNone;
  }

  atT(): number {
    return this.t;
  }

  atF(): number {
    return this.v;
  }

  atH(): Histogram {
    return this.cur.atH();
  }

  atFH(): FloatHistogram {
    return this.cur.atFH();
  }
}

function chunksOverlap(chunks: readonly { mint: number; maxt: number }[]): boolean {
  for (let i = 1; i < chunks.length; i++) if (chunks[i].mint <= chunks[i - 1].maxt) return true;
  return false;
}

/**
 * A sample iterator over chunks of one series that may overlap (replicated blocks, a block's
 * overlapping chunks): chunks are split into runs of non-overlapping chunks and the runs are
 * merged with deduplication.
 */
export function chunksIterator(
  chunks: readonly EncodedChunk[],
  mint: number,
  maxt: number,
  deleted?: readonly Interval[],
): SampleIterator {
  const sorted = [...chunks].sort((a, b) => a.mint - b.mint || a.maxt - b.maxt);
  if (!chunksOverlap(sorted))
    return new BlockSeriesIterator(
      sorted,
      defaultChunkDecoder,
      mint,
      maxt,
      deleted,
      sorted.map((c) => c.maxt),
    );
  // Greedy partition into non-overlapping runs.
  const runs: EncodedChunk[][] = [];
  for (const c of sorted) {
    const run = runs.find((r) => r[r.length - 1].maxt < c.mint);
    if (run) run.push(c);
    else runs.push([c]);
  }
  return new MergeSampleIterator(
    runs.map(
      (r) =>
        new BlockSeriesIterator(
          r,
          defaultChunkDecoder,
          mint,
          maxt,
          deleted,
          r.map((c) => c.maxt),
        ),
    ),
  );
}
