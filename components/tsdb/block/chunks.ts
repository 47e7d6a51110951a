/**
 * Chunk segment files of a block (`<block>/chunks/000001`, ...), byte-compatible with
 * Prometheus (see docs/formats/chunks.md):
 *
 *   header: magic 0x85BD40DD <4b BE> | version 1 <1b> | padding <3b>
 *   chunk:  len(data) <uvarint> | encoding <1b> | data | CRC-32C(encoding, data) <4b BE>
 *
 * A chunk reference is segment index (0-based, file 000001 is 0) << 32 | offset in the file.
 */
import { mkdir, open, readdir, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { crc32c } from "../encoding/crc32c.ts";
import { asBuffer, Decbuf } from "../encoding/decbuf.ts";
import { CorruptionError } from "../../model/errors.ts";
import { Encbuf, uvarintSize } from "../encoding/encbuf.ts";
import type { ChunkMeta } from "../index/writer.ts";

export const MAGIC_CHUNKS = 0x85bd40dd;
export const CHUNKS_FORMAT_V1 = 1;
export const SEGMENT_HEADER_SIZE = 8;
export const DEFAULT_MAX_SEGMENT_SIZE = 512 * 1024 * 1024;
/** Longest uvarint length field Prometheus reads (binary.MaxVarintLen32). */
export const MAX_CHUNK_LEN_FIELD_SIZE = 5;

/** Chunk encodings (Prometheus's chunkenc.Encoding). */
export const ENC_NONE = 0;
export const ENC_XOR = 1;
export const ENC_HISTOGRAM = 2;
export const ENC_FLOAT_HISTOGRAM = 3;

/** An encoded chunk with the times of its first and last sample (inclusive). */
export interface EncodedChunk {
  mint: number;
  maxt: number;
  encoding: number;
  data: Uint8Array;
}

/** Chunk bytes as stored: encoding byte and data. */
export interface Chunk {
  encoding: number;
  data: Uint8Array;
}

export const TWO_32 = 0x100000000;

export function chunkRef(segment: number, offset: number): number {
  return segment * TWO_32 + offset;
}

export function unpackChunkRef(ref: number): { segment: number; offset: number } {
  const segment = Math.floor(ref / TWO_32);
  return { segment, offset: ref - segment * TWO_32 };
}

/** Segment file name for a 0-based segment index: 000001 for 0. */
export function segmentFileName(index: number): string {
  return String(index + 1).padStart(6, "0");
}

export interface SegmentFile {
  /** Relative to the block directory, e.g. "chunks/000001". */
  relPath: string;
  size: number;
}

export interface ChunkWriterOptions {
  maxSegmentSize?: number;
  /** fsync each segment before closing it (default true). */
  fsync?: boolean;
}

/** Writes chunk segment files into a directory (created if needed). */
export class ChunkWriter {
  private readonly dir: string;
  private readonly maxSegmentSize: number;
  private readonly fsync: boolean;
  private fh: FileHandle | null = null;
  private seq = -1;
  /** Bytes in the current segment, flushed or not. */
  private n = 0;
  private readonly buf = new Encbuf(1 << 20);
  private readonly files: SegmentFile[] = [];
  private closed = false;

  private constructor(dir: string, opts: ChunkWriterOptions) {
    this.dir = dir;
    this.maxSegmentSize = opts.maxSegmentSize ?? DEFAULT_MAX_SEGMENT_SIZE;
    this.fsync = opts.fsync ?? true;
    if (this.maxSegmentSize <= SEGMENT_HEADER_SIZE || this.maxSegmentSize > 0xffffffff) {
      throw new RangeError(`invalid max segment size ${this.maxSegmentSize}`);
    }
  }

  static async create(dir: string, opts: ChunkWriterOptions = {}): Promise<ChunkWriter> {
    await mkdir(dir, { recursive: true });
    return new ChunkWriter(dir, opts);
  }

  private async flush(): Promise<void> {
    if (this.fh === null || this.buf.len === 0) return;
    const b = this.buf.get();
    let off = 0;
    while (off < b.length) {
      const { bytesWritten } = await this.fh.write(b, off, b.length - off);
      off += bytesWritten;
    }
    this.buf.reset();
  }

  private async finishSegment(): Promise<void> {
    if (this.fh === null) return;
    await this.flush();
    if (this.fsync) await this.fh.sync();
    await this.fh.close();
    this.fh = null;
    this.files.push({ relPath: `chunks/${segmentFileName(this.seq)}`, size: this.n });
  }

  private async cut(): Promise<void> {
    await this.finishSegment();
    this.seq++;
    this.fh = await open(join(this.dir, segmentFileName(this.seq)), "w");
    this.buf.putBE32(MAGIC_CHUNKS);
    this.buf.putByte(CHUNKS_FORMAT_V1);
    this.buf.putZeros(3);
    this.n = SEGMENT_HEADER_SIZE;
  }

  /**
   * Appends one series' chunks, keeping them in one segment when they fit. Returns their metas
   * with references, in the same order.
   */
  async writeChunks(chunks: readonly EncodedChunk[]): Promise<ChunkMeta[]> {
    if (this.closed) throw new Error("chunk writer closed");
    let maxLen = 0;
    for (const c of chunks) maxLen += MAX_CHUNK_LEN_FIELD_SIZE + 1 + c.data.length + 4;
    if (this.fh === null) await this.cut();
    else if (
      this.n > SEGMENT_HEADER_SIZE &&
      this.n + maxLen > this.maxSegmentSize &&
      maxLen <= this.maxSegmentSize
    ) {
      await this.cut();
    }
    const metas: ChunkMeta[] = new Array(chunks.length);
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      if (c.encoding < 0 || c.encoding > 255)
        throw new RangeError(`invalid chunk encoding ${c.encoding}`);
      const size = uvarintSize(c.data.length) + 1 + c.data.length + 4;
      if (this.n + size > this.maxSegmentSize && this.n > SEGMENT_HEADER_SIZE) await this.cut();
      metas[i] = { mint: c.mint, maxt: c.maxt, ref: chunkRef(this.seq, this.n) };
      const b = this.buf;
      b.putUvarint(c.data.length);
      const start = b.len;
      b.putByte(c.encoding);
      b.putBytes(c.data);
      b.putBE32(crc32c(b.b, start, b.len));
      this.n += size;
    }
    if (this.buf.len >= 1 << 20) await this.flush();
    return metas;
  }

  /** Finishes the last segment. Returns the segment files written (at least one). */
  async close(): Promise<SegmentFile[]> {
    if (this.closed) return this.files;
    if (this.fh === null) await this.cut();
    await this.finishSegment();
    this.closed = true;
    return this.files;
  }
}

/** Bytes of a chunk segment holding `chunks` (for tests and in-memory blocks). */
export function encodeSegment(
  chunks: readonly Chunk[],
  segment = 0,
): { bytes: Uint8Array; refs: number[] } {
  const b = new Encbuf(1024);
  b.putBE32(MAGIC_CHUNKS);
  b.putByte(CHUNKS_FORMAT_V1);
  b.putZeros(3);
  const refs: number[] = [];
  for (const c of chunks) {
    refs.push(chunkRef(segment, b.len));
    b.putUvarint(c.data.length);
    const start = b.len;
    b.putByte(c.encoding);
    b.putBytes(c.data);
    b.putBE32(crc32c(b.b, start, b.len));
  }
  return { bytes: b.copy(), refs };
}

function checkSegmentHeader(b: Uint8Array, name: string): void {
  if (b.length < SEGMENT_HEADER_SIZE)
    throw new CorruptionError(`invalid segment header in ${name}: invalid size`);
  const buf = asBuffer(b);
  const magic = buf.readUInt32BE(0);
  if (magic !== MAGIC_CHUNKS)
    throw new CorruptionError(`invalid magic number ${magic.toString(16)} in ${name}`);
  if (buf[4] !== CHUNKS_FORMAT_V1)
    throw new CorruptionError(`invalid chunk format version ${buf[4]} in ${name}`);
}

/**
 * Parses the chunk at `off` within `b` (whose first byte is at file offset `base`). Returns
 * null when `b` ends before the chunk does.
 */
function parseChunk(b: Uint8Array, off: number, verify: boolean, where: string): Chunk | null {
  const d = new Decbuf(b, off, b.length);
  let len: number;
  try {
    len = d.uvarint();
  } catch {
    if (b.length - off >= MAX_CHUNK_LEN_FIELD_SIZE)
      throw new CorruptionError(`${where}: invalid chunk length`);
    return null;
  }
  if (d.pos - off > MAX_CHUNK_LEN_FIELD_SIZE)
    throw new CorruptionError(`${where}: invalid chunk length`);
  const start = d.pos;
  const end = start + 1 + len;
  if (end + 4 > b.length) return null;
  if (verify) {
    const want = asBuffer(b).readUInt32BE(end);
    if (crc32c(b, start, end) !== want) throw new CorruptionError(`${where}: checksum mismatch`);
  }
  return { encoding: b[start], data: b.subarray(start + 1, end) };
}

interface Segment {
  name: string;
  size: number;
  /** Whole file in memory, or null when read through `fh`. */
  bytes: Uint8Array | null;
  fh: FileHandle | null;
}

export interface ChunkReaderOptions {
  /** Verify each chunk's CRC-32C when reading it (default true). */
  verifyChecksums?: boolean;
  /** Read whole segment files into memory at open instead of reading chunks on demand. */
  inMemory?: boolean;
}

/** Reads chunks by reference from a block's segment files. */
export class ChunkReader {
  private readonly segments: Segment[];
  private readonly verify: boolean;

  private constructor(segments: Segment[], verify: boolean) {
    this.segments = segments;
    this.verify = verify;
  }

  /** Over segment files already in memory (index i is segment i). */
  static fromBuffers(segments: readonly Uint8Array[], opts: ChunkReaderOptions = {}): ChunkReader {
    const segs = segments.map((b, i) => {
      const name = segmentFileName(i);
      checkSegmentHeader(b, name);
      return { name, size: b.length, bytes: b, fh: null };
    });
    return new ChunkReader(segs, opts.verifyChecksums ?? true);
  }

  /** Opens every segment file of a `chunks` directory. */
  static async open(dir: string, opts: ChunkReaderOptions = {}): Promise<ChunkReader> {
    const names = (await readdir(dir))
      .filter((n) => /^\d+$/.test(n))
      .sort((a, b) => Number(a) - Number(b));
    const segs: Segment[] = [];
    try {
      for (const name of names) {
        const path = join(dir, name);
        if (opts.inMemory) {
          const fh = await open(path, "r");
          try {
            const bytes = await fh.readFile();
            checkSegmentHeader(bytes, name);
            segs.push({ name, size: bytes.length, bytes, fh: null });
          } finally {
            await fh.close();
          }
        } else {
          const fh = await open(path, "r");
          segs.push({ name, size: 0, bytes: null, fh });
          const st = await stat(path);
          segs[segs.length - 1].size = st.size;
          const head = Buffer.alloc(SEGMENT_HEADER_SIZE);
          const { bytesRead } = await fh.read(head, 0, SEGMENT_HEADER_SIZE, 0);
          checkSegmentHeader(head.subarray(0, bytesRead), name);
        }
      }
    } catch (e) {
      for (const s of segs) await s.fh?.close();
      throw e;
    }
    return new ChunkReader(segs, opts.verifyChecksums ?? true);
  }

  get numSegments(): number {
    return this.segments.length;
  }

  private locate(ref: number): { seg: Segment; offset: number } {
    const { segment, offset } = unpackChunkRef(ref);
    if (!(segment >= 0 && segment < this.segments.length)) {
      throw new CorruptionError(
        `segment index ${segment} out of range (${this.segments.length} segments)`,
      );
    }
    const seg = this.segments[segment];
    if (offset < SEGMENT_HEADER_SIZE || offset >= seg.size) {
      throw new CorruptionError(
        `segment doesn't include enough bytes to read the chunk - required:${offset + 1}, available:${seg.size}`,
      );
    }
    return { seg, offset };
  }

  /** Reads one chunk from an in-memory segment (throws if the segment is file-backed). */
  chunkSync(ref: number): Chunk {
    const { seg, offset } = this.locate(ref);
    if (seg.bytes === null) throw new Error("chunkSync needs an in-memory chunk reader");
    const c = parseChunk(seg.bytes, offset, this.verify, `chunk ${ref} in ${seg.name}`);
    if (c === null)
      throw new CorruptionError(
        `chunk ${ref} in ${seg.name}: segment doesn't include enough bytes`,
      );
    return c;
  }

  /**
   * Reads chunks by reference; nearby chunks of one segment are read with one I/O. Results are
   * in the order of `refs`.
   */
  async chunks(refs: readonly number[]): Promise<Chunk[]> {
    const out: Chunk[] = new Array(refs.length);
    const pending: { i: number; ref: number; seg: Segment; offset: number }[] = [];
    for (let i = 0; i < refs.length; i++) {
      const { seg, offset } = this.locate(refs[i]);
      if (seg.bytes !== null) out[i] = this.chunkSync(refs[i]);
      else pending.push({ i, ref: refs[i], seg, offset });
    }
    if (pending.length === 0) return out;
    pending.sort((a, b) => a.ref - b.ref);
    const GAP = 16 * 1024;
    const TAIL = 2048;
    let k = 0;
    while (k < pending.length) {
      const first = pending[k];
      let j = k + 1;
      while (
        j < pending.length &&
        pending[j].seg === first.seg &&
        pending[j].offset - pending[j - 1].offset <= GAP
      )
        j++;
      const start = first.offset;
      const end = Math.min(first.seg.size, pending[j - 1].offset + TAIL);
      const buf = await readAt(first.seg.fh!, start, end - start);
      for (let x = k; x < j; x++) {
        const p = pending[x];
        const where = `chunk ${p.ref} in ${p.seg.name}`;
        let c = parseChunk(buf, p.offset - start, this.verify, where);
        if (c === null) {
          // Longer than what the coalesced read covered: read its length, then the chunk.
          const head = await readAt(
            p.seg.fh!,
            p.offset,
            Math.min(MAX_CHUNK_LEN_FIELD_SIZE, p.seg.size - p.offset),
          );
          const d = new Decbuf(head);
          const len = d.uvarint();
          const total = d.pos + 1 + len + 4;
          if (p.offset + total > p.seg.size) {
            throw new CorruptionError(
              `${where}: segment doesn't include enough bytes to read the chunk`,
            );
          }
          const whole = await readAt(p.seg.fh!, p.offset, total);
          c = parseChunk(whole, 0, this.verify, where);
          if (c === null) throw new CorruptionError(`${where}: short read`);
        }
        out[p.i] = c;
      }
      k = j;
    }
    return out;
  }

  async close(): Promise<void> {
    for (const s of this.segments) {
      if (s.fh !== null) {
        await s.fh.close();
        s.fh = null;
      }
    }
  }
}

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Uint8Array> {
  const buf = Buffer.allocUnsafe(len);
  let off = 0;
  while (off < len) {
    const { bytesRead } = await fh.read(buf, off, len - off, pos + off);
    if (bytesRead === 0) throw new CorruptionError(`unexpected end of file at ${pos + off}`);
    off += bytesRead;
  }
  return buf;
}
