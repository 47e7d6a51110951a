/**
 * Writes a complete block directory: `<parent>/<ULID>/{meta.json,index,chunks/000001...,tombstones}`.
 * Everything goes to `<parent>/<ULID>.tmp` first and is renamed into place once written and
 * synced, so a reader never sees a partial block.
 *
 * Series must be added in label order (Go string order: compareLabelsBytes), each with its
 * chunks sorted by time and not overlapping. Chunk data is written as it arrives; labels and
 * chunk references are kept until finish() writes the index (the index needs every symbol
 * before the first series).
 */
import { mkdir, open, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { monotonicFactory } from "ulid";
import type { Labels } from "../../model/labels.ts";
import { compareLabelsBytes } from "../../model/strings.ts";
import { type ChunkMeta, IndexWriter } from "../index/writer.ts";
import {
  ChunkWriter,
  type EncodedChunk,
  ENC_FLOAT_HISTOGRAM,
  ENC_HISTOGRAM,
  ENC_XOR,
  type SegmentFile,
} from "./chunks.ts";
import {
  type BlockMeta,
  type BlockMetaCompaction,
  formatMeta,
  META_FILENAME,
  THANOS_VERSION_1,
  type ThanosFile,
} from "../../model/block_meta.ts";
import { encodeTombstones, TOMBSTONES_FILENAME } from "./tombstones.ts";

export const INDEX_FILENAME = "index";
export const CHUNKS_DIRNAME = "chunks";

const newUlid = monotonicFactory();

export interface ThanosOptions {
  labels?: Record<string, string>;
  /** Default "receive" (what Mimir's ingester shipper uploads). */
  source?: string;
}

export interface BlockWriterOptions {
  /** Block ID; a new ULID by default. */
  ulid?: string;
  /** Inclusive start of the block's range, ms; the first chunk's mint by default. */
  minTime?: number;
  /** Exclusive end of the block's range, ms; the last sample's time + 1 by default. */
  maxTime?: number;
  /** Defaults to level 1 with the block itself as the only source. */
  compaction?: BlockMetaCompaction;
  /** Mimir's `thanos` section; null writes a plain Prometheus meta.json. */
  thanos?: ThanosOptions | null;
  maxSegmentSize?: number;
  /** fsync files and directories (default true). */
  fsync?: boolean;
}

export interface BlockSeries {
  labels: Labels;
  chunks: readonly EncodedChunk[];
}

function samplesIn(c: EncodedChunk): number {
  if (
    (c.encoding === ENC_XOR ||
      c.encoding === ENC_HISTOGRAM ||
      c.encoding === ENC_FLOAT_HISTOGRAM) &&
    c.data.length >= 2
  ) {
    return (c.data[0] << 8) | c.data[1];
  }
  return 0;
}

async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export class BlockWriter {
  readonly ulid: string;
  readonly parentDir: string;
  private readonly tmpDir: string;
  private readonly opts: BlockWriterOptions;
  private readonly chunkWriter: ChunkWriter;
  private readonly series: { labels: Labels; metas: ChunkMeta[] }[] = [];
  private lastLabels: Labels | null = null;
  private minT = Number.POSITIVE_INFINITY;
  private maxT = Number.NEGATIVE_INFINITY;
  private numSamples = 0;
  private numChunks = 0;
  private done = false;

  private constructor(
    parentDir: string,
    ulid: string,
    chunkWriter: ChunkWriter,
    opts: BlockWriterOptions,
  ) {
    this.parentDir = parentDir;
    this.ulid = ulid;
    this.tmpDir = join(parentDir, `${ulid}.tmp`);
    this.chunkWriter = chunkWriter;
    this.opts = opts;
  }

  static async create(parentDir: string, opts: BlockWriterOptions = {}): Promise<BlockWriter> {
    const id = opts.ulid ?? newUlid();
    const tmp = join(parentDir, `${id}.tmp`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    const cw = await ChunkWriter.create(join(tmp, CHUNKS_DIRNAME), {
      maxSegmentSize: opts.maxSegmentSize,
      fsync: opts.fsync ?? true,
    });
    return new BlockWriter(parentDir, id, cw, opts);
  }

  /** Adds the next series (in label order) with its chunks. Series without chunks are skipped. */
  async addSeries(labels: Labels, chunks: readonly EncodedChunk[]): Promise<void> {
    if (this.done) throw new Error("block writer: already finished");
    if (this.lastLabels !== null && compareLabelsBytes(labels, this.lastLabels) <= 0) {
      throw new Error("block writer: series not in label order");
    }
    if (chunks.length === 0) return;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      if (c.maxt < c.mint)
        throw new Error(`block writer: chunk maxT ${c.maxt} is less than minT ${c.mint}`);
      if (i > 0 && c.mint <= chunks[i - 1].maxt) {
        throw new Error(
          `block writer: chunk minT ${c.mint} is not higher than previous chunk maxT ${chunks[i - 1].maxt}`,
        );
      }
    }
    this.lastLabels = labels;
    const metas = await this.chunkWriter.writeChunks(chunks);
    this.series.push({ labels, metas });
    for (const c of chunks) {
      this.numSamples += samplesIn(c);
      if (c.mint < this.minT) this.minT = c.mint;
      if (c.maxt > this.maxT) this.maxT = c.maxt;
    }
    this.numChunks += chunks.length;
  }

  /** Writes the index, tombstones and meta.json and moves the block into place. */
  async finish(): Promise<BlockMeta> {
    if (this.done) throw new Error("block writer: already finished");
    this.done = true;
    const fsync = this.opts.fsync ?? true;
    try {
      const segments = await this.chunkWriter.close();
      const indexSize = await this.writeIndex(fsync);
      await writeFileSynced(
        join(this.tmpDir, TOMBSTONES_FILENAME),
        encodeTombstones(new Map()),
        fsync,
      );

      const minTime = this.opts.minTime ?? (this.series.length > 0 ? this.minT : 0);
      const maxTime = this.opts.maxTime ?? (this.series.length > 0 ? this.maxT + 1 : 0);
      const meta: BlockMeta = {
        ulid: this.ulid,
        minTime,
        maxTime,
        stats: {
          numSamples: this.numSamples,
          numSeries: this.series.length,
          numChunks: this.numChunks,
        },
        compaction: this.opts.compaction ?? { level: 1, sources: [this.ulid] },
        version: 1,
      };
      if (this.opts.thanos !== null) {
        const t = this.opts.thanos ?? {};
        meta.thanos = {
          version: THANOS_VERSION_1,
          labels: { ...(t.labels ?? {}) },
          downsample: { resolution: 0 },
          source: t.source ?? "receive",
          files: blockFiles(segments, indexSize),
        };
      }
      await writeFileSynced(join(this.tmpDir, META_FILENAME), Buffer.from(formatMeta(meta)), fsync);
      if (fsync) {
        await fsyncPath(join(this.tmpDir, CHUNKS_DIRNAME));
        await fsyncPath(this.tmpDir);
      }
      const final = join(this.parentDir, this.ulid);
      await rm(final, { recursive: true, force: true });
      await rename(this.tmpDir, final);
      if (fsync) await fsyncPath(this.parentDir);
      this.series.length = 0;
      return meta;
    } catch (e) {
      await rm(this.tmpDir, { recursive: true, force: true });
      throw e;
    }
  }

  /** Removes the temporary directory. */
  async abort(): Promise<void> {
    this.done = true;
    await this.chunkWriter.close().catch(() => {});
    await rm(this.tmpDir, { recursive: true, force: true });
  }

  private async writeIndex(fsync: boolean): Promise<number> {
    const w = new IndexWriter();
    const syms = new Set<string>();
    for (const s of this.series) {
      for (const l of s.labels) {
        syms.add(l.name);
        syms.add(l.value);
      }
    }
    w.addSymbols(syms);
    syms.clear();
    const fh = await open(join(this.tmpDir, INDEX_FILENAME), "w");
    let size = 0;
    const flush = async (): Promise<void> => {
      const b = w.drain();
      let off = 0;
      while (off < b.length) off += (await fh.write(b, off, b.length - off)).bytesWritten;
      size += b.length;
    };
    try {
      for (const s of this.series) {
        w.addSeries(s.labels, s.metas);
        if (w.pending() >= 1 << 22) await flush();
      }
      w.finish();
      await flush();
      if (fsync) await fh.sync();
    } finally {
      await fh.close();
    }
    return size;
  }
}

async function writeFileSynced(path: string, b: Uint8Array, fsync: boolean): Promise<void> {
  const fh = await open(path, "w");
  try {
    let off = 0;
    while (off < b.length) off += (await fh.write(b, off, b.length - off)).bytesWritten;
    if (fsync) await fh.sync();
  } finally {
    await fh.close();
  }
}

/** thanos.files: sorted by path; meta.json without a size, as Mimir lists it. */
function blockFiles(segments: readonly SegmentFile[], indexSize: number): ThanosFile[] {
  const files: ThanosFile[] = segments.map((s) => ({ rel_path: s.relPath, size_bytes: s.size }));
  files.push({ rel_path: INDEX_FILENAME, size_bytes: indexSize });
  files.push({ rel_path: META_FILENAME });
  files.sort((a, b) => (a.rel_path < b.rel_path ? -1 : a.rel_path > b.rel_path ? 1 : 0));
  return files;
}

/** Writes a whole block from series already in label order. */
export async function writeBlock(
  parentDir: string,
  series: Iterable<BlockSeries>,
  opts: BlockWriterOptions = {},
): Promise<BlockMeta> {
  const w = await BlockWriter.create(parentDir, opts);
  try {
    for (const s of series) await w.addSeries(s.labels, s.chunks);
  } catch (e) {
    await w.abort();
    throw e;
  }
  return w.finish();
}
