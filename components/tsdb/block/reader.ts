/**
 * Opens a block directory (meta.json, index, chunks/, tombstones) for reading. The index is
 * read into memory; chunks are read on demand (or loaded whole with `inMemoryChunks`).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { IndexReader } from "../index/reader.ts";
import { ChunkReader } from "./chunks.ts";
import { type BlockMeta, readMeta } from "../../model/block_meta.ts";
import { BlockQuerier, type BlockQuerierOptions } from "../querier.ts";
import { readTombstones, type Tombstones } from "./tombstones.ts";
import { CHUNKS_DIRNAME, INDEX_FILENAME } from "./writer.ts";

export interface BlockReaderOptions {
  /** Load chunk segment files into memory at open. */
  inMemoryChunks?: boolean;
  /** Verify chunk CRCs on read (default true). */
  verifyChunkChecksums?: boolean;
}

export class BlockReader {
  readonly dir: string;
  readonly meta: BlockMeta;
  readonly index: IndexReader;
  readonly chunks: ChunkReader;
  readonly tombstones: Tombstones;

  private constructor(
    dir: string,
    meta: BlockMeta,
    index: IndexReader,
    chunks: ChunkReader,
    tombstones: Tombstones,
  ) {
    this.dir = dir;
    this.meta = meta;
    this.index = index;
    this.chunks = chunks;
    this.tombstones = tombstones;
  }

  static async open(dir: string, opts: BlockReaderOptions = {}): Promise<BlockReader> {
    const meta = await readMeta(dir);
    const index = IndexReader.open(await readFile(join(dir, INDEX_FILENAME)));
    const tombstones = await readTombstones(dir);
    const chunks = await ChunkReader.open(join(dir, CHUNKS_DIRNAME), {
      inMemory: opts.inMemoryChunks,
      verifyChecksums: opts.verifyChunkChecksums,
    });
    return new BlockReader(dir, meta, index, chunks, tombstones);
  }

  get ulid(): string {
    return this.meta.ulid;
  }

  /** True when [mint, maxt] (inclusive) overlaps the block's [minTime, maxTime). */
  overlaps(mint: number, maxt: number): boolean {
    return mint < this.meta.maxTime && maxt >= this.meta.minTime;
  }

  /** A querier over [mint, maxt] (ms, inclusive). */
  querier(mint: number, maxt: number, opts: BlockQuerierOptions = {}): BlockQuerier {
    return new BlockQuerier(this, mint, maxt, opts);
  }

  async close(): Promise<void> {
    await this.chunks.close();
  }
}
