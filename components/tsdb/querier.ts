/**
 * A Querier over one block: postings from the index answer the matchers, chunk metas prune by
 * time, chunk bytes are fetched in one batched pass per select, and samples are decoded lazily
 * by the series iterators, clipped to the querier's range and with tombstoned samples removed.
 */
import type { LabelHints, Querier, SampleIterator, SelectHints, Series, ValueType } from "../model/series.ts";
import { ValNone } from "../model/series.ts";
import type { Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import { compareStrings } from "../model/strings.ts";
import type { ChunkMeta } from "./index/writer.ts";
import { intersectPostings } from "./index/postings.ts";
import type { IndexReader } from "./index/reader.ts";
import type { Chunk, ChunkReader, EncodedChunk } from "./block/chunks.ts";
import { MergeSampleIterator } from "../storage/merge.ts";
import type { Interval, Tombstones } from "./block/tombstones.ts";
import { EncXOR, XORIterator } from "./chunkenc/xor.ts";
import { CorruptionError } from "../model/errors.ts";

/** A sample iterator that may report a decoding error once exhausted (chunkenc's XORIterator). */
export type ChunkIterator = SampleIterator & { err?(): string | undefined };

/** Turns chunk bytes into a sample iterator. */
export type ChunkDecoder = (chunk: Chunk) => ChunkIterator;

const EMPTY_ITERATOR: SampleIterator = {
  next: () => ValNone,
  seek: () => ValNone,
  atT: () => 0,
  atF: () => 0,
};

/**
 * Decodes XOR chunks; other encodings (native histograms) yield no float samples, since the
 * SampleIterator interface carries floats only.
 */
export const defaultChunkDecoder: ChunkDecoder = (c) => {
  if (c.encoding !== EncXOR) return EMPTY_ITERATOR;
  const it = new XORIterator();
  it.resetBytes(c.data);
  return it;
};

export interface BlockQuerierOptions {
  decoder?: ChunkDecoder;
}

/** What a BlockQuerier needs from a block (BlockReader satisfies it). */
export interface QueryableBlock {
  readonly index: IndexReader;
  readonly chunks: ChunkReader;
  readonly tombstones: Tombstones;
}

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

  private postings(matchers: readonly Matcher[]): Uint32Array {
    const ix = this.block.index;
    return matchers.length === 0 ? ix.allPostings() : ix.postingsForMatchers(matchers);
  }

  async select(_sortSeries: boolean, hints: SelectHints | undefined, matchers: readonly Matcher[]): Promise<Series[]> {
    this.checkOpen();
    let mint = this.mint;
    let maxt = this.maxt;
    if (hints !== undefined) {
      if (hints.start > mint) mint = hints.start;
      if (hints.end < maxt) maxt = hints.end;
    }
    if (mint > maxt) return [];
    const limit = hints?.limit ?? 0;
    const ix = this.block.index;
    const refs = this.postings(matchers);
    const selected: { labels: Labels; metas: ChunkMeta[]; deleted: Interval[] | undefined }[] = [];
    const chunkRefs: number[] = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      const s = ix.series(ref);
      const deleted = this.block.tombstones.get(ref);
      const metas: ChunkMeta[] = [];
      for (const c of s.chunks) {
        if (c.maxt < mint || c.mint > maxt) continue;
        if (deleted?.some((iv) => iv.mint <= c.mint && iv.maxt >= c.maxt)) continue;
        metas.push(c);
        chunkRefs.push(c.ref);
      }
      if (metas.length === 0) continue;
      selected.push({ labels: s.labels, metas, deleted });
      if (limit > 0 && selected.length >= limit) break;
    }
    const chunks = await this.block.chunks.chunks(chunkRefs);
    const out: Series[] = new Array(selected.length);
    let k = 0;
    const decoder = this.decoder;
    for (let i = 0; i < selected.length; i++) {
      const s = selected[i];
      const mine = chunks.slice(k, k + s.metas.length);
      k += s.metas.length;
      const deleted = s.deleted;
      const maxts = s.metas.map((m) => m.maxt);
      out[i] = {
        labels: s.labels,
        iterator: () => new BlockSeriesIterator(mine, decoder, mint, maxt, deleted, maxts),
      };
    }
    return out;
  }

  async labelValues(name: string, hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    this.checkOpen();
    const ix = this.block.index;
    const limit = hints?.limit ?? 0;
    let values = ix.labelValues(name);
    if (matchers.length > 0) {
      const p = this.postings(matchers);
      values = values.filter((v) => p.length > 0 && intersectPostings([p, ix.postings(name, v)]).length > 0);
    }
    return limit > 0 ? values.slice(0, limit) : values;
  }

  async labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    this.checkOpen();
    const ix = this.block.index;
    const limit = hints?.limit ?? 0;
    let names: string[];
    if (matchers.length === 0) {
      names = ix.labelNames();
    } else {
      const set = new Set<string>();
      for (const ref of this.postings(matchers)) for (const l of ix.seriesLabels(ref)) set.add(l.name);
      names = [...set].sort(compareStrings);
    }
    return limit > 0 ? names.slice(0, limit) : names;
  }

  close(): void {
    this.closed = true;
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
export function chunksIterator(chunks: readonly EncodedChunk[], mint: number, maxt: number, deleted?: readonly Interval[]): SampleIterator {
  const sorted = [...chunks].sort((a, b) => a.mint - b.mint || a.maxt - b.maxt);
  if (!chunksOverlap(sorted)) return new BlockSeriesIterator(sorted, defaultChunkDecoder, mint, maxt, deleted, sorted.map((c) => c.maxt));
  // Greedy partition into non-overlapping runs.
  const runs: EncodedChunk[][] = [];
  for (const c of sorted) {
    const run = runs.find((r) => r[r.length - 1].maxt < c.mint);
    if (run) run.push(c);
    else runs.push([c]);
  }
  return new MergeSampleIterator(runs.map((r) => new BlockSeriesIterator(r, defaultChunkDecoder, mint, maxt, deleted, r.map((c) => c.maxt))));
}
