/**
 * Prometheus's XOR (Gorilla) float chunk, byte for byte as tsdb/chunkenc/xor.go writes it:
 *
 *   bytes 0-1   number of samples, big-endian uint16
 *   sample 0    timestamp as signed (zigzag) varint, value as 64 raw bits
 *   sample 1    timestamp delta as uvarint, value XOR-encoded against sample 0
 *   sample n>1  delta-of-delta of the timestamp:
 *                 '0'                     dod == 0
 *                 '10'   + 14 bits        -8191 <= dod <= 8192
 *                 '110'  + 17 bits        -65535 <= dod <= 65536
 *                 '1110' + 20 bits        -524287 <= dod <= 524288
 *                 '1111' + 64 bits        anything else
 *               then the value XOR-encoded against the previous one:
 *                 '0'                     same bits
 *                 '10' + meaningful bits  reuses the previous leading/trailing zero window
 *                 '11' + 5 bits leading zeros (clamped to 31) + 6 bits significant-bit count
 *                      (64 written as 0) + the significant bits
 *
 * One `XORChunk` is both the chunk and its appender (the appender state lives in the chunk so a
 * head series holds a single object per open chunk). Iterators snapshot the sample count when
 * created, so appends after that are not seen and do not disturb them.
 */
import type { ChunkArena, Slab } from "./arena.ts";
import { BitReader, BitWriter } from "./bstream.ts";
import type { FloatHistogram } from "../../model/float_histogram.ts";
import type { Histogram } from "../../model/histogram.ts";
import {
  notAHistogram,
  ValFloat,
  ValNone,
  type SampleIterator,
  type ValueType,
} from "../../model/series.ts";

export const EncNone = 0;
export const EncXOR = 1;
export const EncHistogram = 2;
export const EncFloatHistogram = 3;

/** Prometheus keeps XOR chunks under this size (chunkenc.MaxBytesPerXORChunk). */
export const MAX_BYTES_PER_XOR_CHUNK = 1024;

const scratchF = new Float64Array(1);
const scratchU = new Uint32Array(scratchF.buffer);
/** Signed view: the appender keeps value bits as int32 so V8 stores them as Smis, not boxes. */
const scratchI = new Int32Array(scratchF.buffer);
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
  throw new Error("chunkenc: big-endian platforms are not supported");

const TWO32 = 4294967296;

/** Count of trailing zero bits of a non-zero uint32. */
function ctz32(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/**
 * The chunk is its own bit writer (one object per open chunk; `buf`/`len`/`free` hold the
 * stream including the 2-byte header).
 */
export class XORChunk extends BitWriter {
  private n = 0;
  // Appender state.
  private t = 0;
  private tDelta = 0;
  private vhi = 0;
  private vlo = 0;
  private leading = 0xff;
  private trailing = 0;
  /** Set when the chunk wraps bytes it does not own; the first append copies them. */
  private shared = false;
  /** Offset of this chunk's header in the buffer (chunks of a series share one buffer). */
  private start = 0;
  /**
   * With an arena, the buffer is a region [base, end) of a shared slab; otherwise base is 0 and
   * the buffer is the chunk's own.
   */
  private readonly arena: ChunkArena | undefined;
  private slab: Slab | undefined = undefined;
  private base = 0;

  constructor(capacity = 128, arena?: ChunkArena) {
    const cap = Math.max(capacity, 2);
    if (arena === undefined) {
      super(new Uint8Array(cap), 2, 0);
      this.arena = undefined;
    } else {
      arena.alloc(cap);
      const sl = arena.slab;
      const off = arena.off;
      super(sl.buf, off + 2, 0);
      this.arena = arena;
      this.slab = sl;
      this.base = off;
      this.start = off;
      this.end = off + cap;
    }
  }

  /** Start of this chunk's buffer region (earlier chunks of the series live after it). */
  bufferBase(): number {
    return this.base;
  }

  /** Moves the region to a new one of `size` bytes holding buf[base + drop, len). */
  private moveRegion(drop: number, size: number): void {
    let nb: Uint8Array;
    let nbase: number;
    const arena = this.arena;
    if (arena !== undefined) {
      arena.alloc(size);
      nb = arena.slab.buf;
      nbase = arena.off;
      nb.set(this.buf.subarray(this.base + drop, this.len), nbase);
      arena.free(this.slab as Slab, this.end - this.base);
      this.slab = arena.slab;
    } else {
      nb = new Uint8Array(size);
      nbase = 0;
      nb.set(this.buf.subarray(this.base + drop, this.len));
    }
    const shift = nbase - this.base - drop;
    this.buf = nb;
    this.start += shift;
    this.len += shift;
    this.base = nbase;
    this.end = nbase + size;
  }

  protected override grow(): void {
    if (this.arena === undefined) {
      super.grow();
      return;
    }
    const n = this.end - this.base;
    this.moveRegion(0, n < 64 ? 128 : n < 512 ? n * 2 : n + (n >> 1));
  }

  /** Releases the buffer region back to the arena (the chunk must not be used afterwards). */
  release(): void {
    if (this.arena !== undefined && this.slab !== undefined) {
      this.arena.free(this.slab, this.end - this.base);
      this.slab = undefined;
    }
  }

  /** True when the region lives in one of the given slabs (being evacuated). */
  inSlabs(slabs: ReadonlySet<Slab>): boolean {
    return this.slab !== undefined && slabs.has(this.slab);
  }

  /** Copies the region into a fresh one of the same size (arena evacuation). */
  relocate(): void {
    this.moveRegion(0, this.end - this.base);
  }

  /**
   * Wraps encoded chunk bytes (not copied; appending copies first). Throws when the header is
   * missing.
   */
  static fromBytes(b: Uint8Array): XORChunk {
    if (b.length < 2) throw new Error("chunkenc: XOR chunk shorter than its header");
    const c = new XORChunk(2);
    c.buf = b;
    c.len = b.length;
    c.end = b.length;
    c.free = 0;
    c.n = (b[0] << 8) | b[1];
    c.shared = true;
    return c;
  }

  encoding(): number {
    return EncXOR;
  }

  numSamples(): number {
    return this.n;
  }

  /** Timestamp of the last sample appended (also right after restartAfter); 0 if none. */
  lastTime(): number {
    return this.t;
  }

  /** True when v has exactly the bits of the last value appended. */
  sameLastValue(v: number): boolean {
    scratchF[0] = v;
    return scratchI[1] === this.vhi && scratchI[0] === this.vlo;
  }

  /** The encoded chunk, exactly Prometheus's bytes. A view: copy it to keep it across appends. */
  bytes(): Uint8Array {
    return this.buf.subarray(this.start, this.len);
  }

  /** Size of the encoded chunk in bytes. */
  size(): number {
    return this.len - this.start;
  }

  /** Shrinks the backing buffer to the encoded size (call when the chunk is closed). */
  compact(): void {
    if (this.arena === undefined && this.buf.length !== this.len) {
      this.buf = this.buf.slice(0, this.len);
      this.end = this.len;
    }
  }

  /**
   * The buffer holding this chunk at [chunkStart(), bufferEnd()); it may also hold earlier
   * chunks before chunkStart() (see `restartAfter`). The buffer object is replaced when it
   * grows; bytes before the end are never modified after they are complete.
   */
  buffer(): Uint8Array {
    return this.buf;
  }

  chunkStart(): number {
    return this.start;
  }

  bufferEnd(): number {
    return this.len;
  }

  /**
   * Closes this chunk where it is and starts a new empty chunk right after it in the same
   * buffer, so a series keeps all its chunks in one allocation. Returns the closed chunk's
   * [start, end) offsets.
   */
  restartAfter(): [number, number] {
    const closed: [number, number] = [this.start, this.len];
    this.start = this.len;
    this.free = 0;
    this.writeBits(0, 16);
    this.n = 0;
    // `t` is kept: it stays the last timestamp appended until the next append.
    this.tDelta = 0;
    // vhi/vlo are kept too (sameLastValue); the next first sample does not read them.
    this.leading = 0xff;
    this.trailing = 0;
    return closed;
  }

  /**
   * Drops the first `drop` bytes of the buffer region (earlier chunks), copying the rest into a
   * new region with `slack` spare bytes. Offsets relative to bufferBase() shift down by `drop`.
   */
  rebase(drop: number, slack = 0): void {
    this.moveRegion(drop, this.len - this.base - drop + slack);
  }

  /** Returns the appender (the chunk itself), restoring the appender state from the bytes if needed. */
  appender(): XORChunk {
    if (this.shared) {
      const it = this.iterator();
      while (it.next() !== ValNone) {}
      if (it.err() !== undefined)
        throw new Error(`chunkenc: cannot append to corrupt chunk: ${it.err()}`);
      const copy = new Uint8Array(Math.max(this.len * 2, 128));
      copy.set(this.buf.subarray(0, this.len));
      // The last byte's free bits: the reader's end position tells how many bits are in use.
      const usedBits = it.bitPos();
      const len = Math.ceil(usedBits / 8);
      this.buf = copy;
      this.len = len;
      this.end = copy.length;
      this.free = len * 8 - usedBits;
      this.t = it.t;
      this.tDelta = it.tDelta;
      this.vhi = it.vhi | 0;
      this.vlo = it.vlo | 0;
      this.leading = it.leading;
      this.trailing = it.trailing;
      this.shared = false;
    }
    return this;
  }

  /** Appends a sample; the caller guarantees t is greater than the last timestamp. */
  append(t: number, v: number): void {
    if (this.shared) this.appender();
    const w = this as BitWriter;
    const n = this.n;
    scratchF[0] = v;
    const hi = scratchI[1];
    const lo = scratchI[0];
    if (n === 0) {
      // Signed varint (zigzag) of t.
      writeUvarint(w, t >= 0 ? t * 2 : -t * 2 - 1);
      w.writeBits(hi, 32);
      w.writeBits(lo, 32);
    } else if (n === 1) {
      const tDelta = t - this.t;
      writeUvarint(w, tDelta);
      this.xorWrite(hi, lo);
      this.tDelta = tDelta;
    } else {
      const tDelta = t - this.t;
      const dod = tDelta - this.tDelta;
      if (dod === 0) {
        w.writeBit(0);
      } else if (dod >= -8191 && dod <= 8192) {
        w.writeBits(0b10, 2);
        w.writeBits(dod & 0x3fff, 14);
      } else if (dod >= -65535 && dod <= 65536) {
        w.writeBits(0b110, 3);
        w.writeBits(dod & 0x1ffff, 17);
      } else if (dod >= -524287 && dod <= 524288) {
        w.writeBits(0b1110, 4);
        w.writeBits(dod & 0xfffff, 20);
      } else {
        w.writeBits(0b1111, 4);
        const dhi = Math.floor(dod / TWO32);
        const dlo = dod - dhi * TWO32;
        w.writeBits(dhi >>> 0, 32);
        w.writeBits(dlo >>> 0, 32);
      }
      this.xorWrite(hi, lo);
      this.tDelta = tDelta;
    }
    this.t = t;
    this.vhi = hi;
    this.vlo = lo;
    const nn = n + 1;
    this.n = nn;
    const b = w.buf;
    const st = this.start;
    b[st] = (nn >>> 8) & 0xff;
    b[st + 1] = nn & 0xff;
  }

  private xorWrite(hi: number, lo: number): void {
    const w = this as BitWriter;
    const dhi = (hi ^ this.vhi) >>> 0;
    const dlo = (lo ^ this.vlo) >>> 0;
    if (dhi === 0 && dlo === 0) {
      w.writeBit(0);
      return;
    }
    w.writeBit(1);
    let newLeading = dhi !== 0 ? Math.clz32(dhi) : 32 + Math.clz32(dlo);
    const newTrailing = dlo !== 0 ? ctz32(dlo) : 32 + ctz32(dhi);
    if (newLeading >= 32) newLeading = 31;
    const leading = this.leading;
    const trailing = this.trailing;
    if (leading !== 0xff && newLeading >= leading && newTrailing >= trailing) {
      w.writeBit(0);
      writeShifted(w, dhi, dlo, trailing, 64 - leading - trailing);
      return;
    }
    this.leading = newLeading;
    this.trailing = newTrailing;
    w.writeBit(1);
    w.writeBits(newLeading, 5);
    const sig = 64 - newLeading - newTrailing;
    w.writeBits(sig & 0x3f, 6);
    writeShifted(w, dhi, dlo, newTrailing, sig);
  }

  /** An iterator over the samples present now. Pass a previous iterator to reuse it. */
  iterator(reuse?: XORIterator): XORIterator {
    const it = reuse ?? new XORIterator();
    it.reset(this.buf, this.len, this.n, this.start);
    return it;
  }
}

/** Writes the `n` bits of hi:lo >> shift. */
function writeShifted(w: BitWriter, hi: number, lo: number, shift: number, n: number): void {
  let shi: number;
  let slo: number;
  if (shift === 0) {
    shi = hi;
    slo = lo;
  } else if (shift >= 32) {
    shi = 0;
    slo = hi >>> (shift - 32);
  } else {
    shi = hi >>> shift;
    slo = ((lo >>> shift) | (hi << (32 - shift))) >>> 0;
  }
  w.writeBits64(shi, slo, n);
}

function writeUvarint(w: BitWriter, u: number): void {
  while (u >= 0x80) {
    w.writeBits((u % 0x80) | 0x80, 8);
    u = Math.floor(u / 0x80);
  }
  w.writeBits(u, 8);
}

/** Reads XOR chunk bytes sample by sample without allocating. */
const EMPTY = new Uint8Array(0);

export class XORIterator implements SampleIterator {
  private r = new BitReader(EMPTY, 0, 0);
  private total = 0;
  private read = 0;
  private error: string | undefined = undefined;
  t = Number.NEGATIVE_INFINITY;
  v = 0;
  tDelta = 0;
  vhi = 0;
  vlo = 0;
  leading = 0;
  trailing = 0;

  /** Positions before the first of `n` samples of the chunk in buf[start, end) (header included). */
  reset(buf: Uint8Array, end: number, n: number, start = 0): void {
    this.r.reset(buf, start + 2, end);
    this.total = n;
    this.read = 0;
    this.error = undefined;
    this.t = Number.NEGATIVE_INFINITY;
    this.v = 0;
    this.tDelta = 0;
    this.vhi = 0;
    this.vlo = 0;
    this.leading = 0;
    this.trailing = 0;
  }

  /** Resets over raw chunk bytes (header included). */
  resetBytes(b: Uint8Array, start = 0, end = b.length): void {
    this.reset(b, end, end - start >= 2 ? (b[start] << 8) | b[start + 1] : 0, start);
  }

  /** Decoding error, if the stream ended early. */
  err(): string | undefined {
    return this.error;
  }

  /** Bit position after the last sample read (relative to the chunk start). */
  bitPos(): number {
    return this.r.pos;
  }

  atT(): number {
    return this.t;
  }

  atF(): number {
    return this.v;
  }

  /** Float samples only. */
  atH(): Histogram {
    return notAHistogram();
  }

  /** Float samples only. */
  atFH(): FloatHistogram {
    return notAHistogram();
  }

  seek(t: number): ValueType {
    if (this.error !== undefined) return ValNone;
    if (this.read > 0 && this.t >= t) return ValFloat;
    while (this.next() !== ValNone) {
      if (this.t >= t) return ValFloat;
    }
    return ValNone;
  }

  next(): ValueType {
    if (this.error !== undefined || this.read >= this.total) return ValNone;
    const r = this.r;
    if (this.read === 0) {
      const u = this.readUvarint();
      if (u < 0 || r.remaining() < 64) return this.fail("stream ended in the first sample");
      this.t = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
      this.vhi = r.readBits(32);
      this.vlo = r.readBits(32);
      scratchU[1] = this.vhi;
      scratchU[0] = this.vlo;
      this.v = scratchF[0];
      this.read = 1;
      return ValFloat;
    }
    if (this.read === 1) {
      const u = this.readUvarint();
      if (u < 0) return this.fail("stream ended in a timestamp");
      this.tDelta = u;
      this.t += u;
      return this.readValue();
    }
    // Delta of delta: count leading ones, up to 4.
    let d = 0;
    for (let i = 0; i < 4; i++) {
      const bit = r.readBit();
      if (bit < 0) return this.fail("stream ended in a timestamp");
      if (bit === 0) break;
      d++;
    }
    let dod = 0;
    if (d > 0) {
      const sz = d === 1 ? 14 : d === 2 ? 17 : d === 3 ? 20 : 64;
      if (r.remaining() < sz) return this.fail("stream ended in a timestamp");
      if (sz === 64) {
        const hi = r.readBits(32) | 0;
        const lo = r.readBits(32);
        dod = hi * TWO32 + lo;
      } else {
        dod = r.readBits(sz);
        if (dod > 1 << (sz - 1)) dod -= 1 << sz;
      }
    }
    this.tDelta += dod;
    this.t += this.tDelta;
    return this.readValue();
  }

  private readValue(): ValueType {
    const r = this.r;
    const bit = r.readBit();
    if (bit < 0) return this.fail("stream ended in a value");
    if (bit !== 0) {
      const ctl = r.readBit();
      if (ctl < 0) return this.fail("stream ended in a value");
      if (ctl !== 0) {
        if (r.remaining() < 11) return this.fail("stream ended in a value");
        this.leading = r.readBits(5);
        let sig = r.readBits(6);
        if (sig === 0) sig = 64;
        this.trailing = 64 - this.leading - sig;
      }
      const sig = 64 - this.leading - this.trailing;
      if (r.remaining() < sig) return this.fail("stream ended in a value");
      // Read sig bits into hi:lo, then shift left by trailing.
      let bhi = 0;
      let blo = 0;
      if (sig > 32) {
        bhi = r.readBits(sig - 32);
        blo = r.readBits(32);
      } else {
        blo = r.readBits(sig);
      }
      const tr = this.trailing;
      let xhi: number;
      let xlo: number;
      if (tr === 0) {
        xhi = bhi;
        xlo = blo;
      } else if (tr >= 32) {
        xhi = tr === 32 ? blo : blo << (tr - 32);
        xlo = 0;
      } else {
        xhi = (bhi << tr) | (blo >>> (32 - tr));
        xlo = blo << tr;
      }
      this.vhi = (this.vhi ^ xhi) >>> 0;
      this.vlo = (this.vlo ^ xlo) >>> 0;
      scratchU[1] = this.vhi;
      scratchU[0] = this.vlo;
      this.v = scratchF[0];
    }
    this.read++;
    return ValFloat;
  }

  private readUvarint(): number {
    const r = this.r;
    let x = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (r.remaining() < 8) return -1;
      const b = r.readBits(8);
      x += (b & 0x7f) * mul;
      if (b < 0x80) return x;
      mul *= 128;
    }
    return -1;
  }

  private fail(msg: string): ValueType {
    this.error = msg;
    return ValNone;
  }
}

/** Reads n (0..32) bits at bit position p of buf as an unsigned number (zero bits past the end). */
function bitsAt(buf: Uint8Array, p: number, n: number): number {
  let v = 0;
  while (n > 0) {
    const off = p & 7;
    const avail = 8 - off;
    const take = n < avail ? n : avail;
    const byte = buf[p >>> 3] ?? 0;
    v = v * (1 << take) + ((byte >>> (avail - take)) & ((1 << take) - 1));
    p += take;
    n -= take;
  }
  return v;
}

/** Set by decodeXORInto: whether it stopped at a sample after maxt. */
export const decodeState = { pastMaxt: false };

/**
 * Decodes the `total` samples of the XOR chunk in buf[start, end) (header included) in one pass,
 * writing those with mint <= t <= maxt to ts/fs from index `off` (the caller guarantees room for
 * `total` more); returns the new end index. Stops at the first sample after maxt (setting
 * decodeState.pastMaxt) or where the stream ends early, exactly where XORIterator would.
 */
export function decodeXORInto(
  buf: Uint8Array,
  start: number,
  end: number,
  total: number,
  mint: number,
  maxt: number,
  ts: Float64Array,
  fs: Float64Array,
  off: number,
): number {
  decodeState.pastMaxt = false;
  const endBit = end * 8;
  let pos = (start + 2) * 8;
  let t = 0;
  let tDelta = 0;
  let vhi = 0;
  let vlo = 0;
  let leading = 0;
  let trailing = 0;
  for (let read = 0; read < total; read++) {
    if (read < 2) {
      // Timestamp (zigzag varint) or first delta (uvarint).
      let u = 0;
      let mul = 1;
      let ok = false;
      for (let i = 0; i < 10; i++) {
        if (endBit - pos < 8) break;
        const b = bitsAt(buf, pos, 8);
        pos += 8;
        u += (b & 0x7f) * mul;
        if (b < 0x80) {
          ok = true;
          break;
        }
        mul *= 128;
      }
      if (!ok) return off;
      if (read === 0) {
        if (endBit - pos < 64) return off;
        t = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
        vhi = bitsAt(buf, pos, 32);
        vlo = bitsAt(buf, pos + 32, 32);
        pos += 64;
      } else {
        tDelta = u;
        t += u;
      }
    } else {
      // Delta of delta: up to 4 leading ones.
      let d = 0;
      for (let i = 0; i < 4; i++) {
        if (pos >= endBit) return off;
        const bit = (buf[pos >>> 3] >>> (7 - (pos & 7))) & 1;
        pos++;
        if (bit === 0) break;
        d++;
      }
      let dod = 0;
      if (d > 0) {
        const sz = d === 1 ? 14 : d === 2 ? 17 : d === 3 ? 20 : 64;
        if (endBit - pos < sz) return off;
        if (sz === 64) {
          const hi = bitsAt(buf, pos, 32) | 0;
          const lo = bitsAt(buf, pos + 32, 32);
          pos += 64;
          dod = hi * TWO32 + lo;
        } else {
          dod = bitsAt(buf, pos, sz);
          pos += sz;
          if (dod > 1 << (sz - 1)) dod -= 1 << sz;
        }
      }
      tDelta += dod;
      t += tDelta;
    }
    if (read > 0) {
      // Value, XOR-encoded against the previous one.
      if (pos >= endBit) return off;
      const bit = (buf[pos >>> 3] >>> (7 - (pos & 7))) & 1;
      pos++;
      if (bit !== 0) {
        if (pos >= endBit) return off;
        const ctl = (buf[pos >>> 3] >>> (7 - (pos & 7))) & 1;
        pos++;
        if (ctl !== 0) {
          if (endBit - pos < 11) return off;
          leading = bitsAt(buf, pos, 5);
          let sig = bitsAt(buf, pos + 5, 6);
          pos += 11;
          if (sig === 0) sig = 64;
          trailing = 64 - leading - sig;
        }
        const sig = 64 - leading - trailing;
        if (endBit - pos < sig) return off;
        let bhi = 0;
        let blo = 0;
        if (sig > 32) {
          bhi = bitsAt(buf, pos, sig - 32);
          blo = bitsAt(buf, pos + sig - 32, 32);
        } else {
          blo = bitsAt(buf, pos, sig);
        }
        pos += sig;
        const tr = trailing;
        let xhi: number;
        let xlo: number;
        if (tr === 0) {
          xhi = bhi;
          xlo = blo;
        } else if (tr >= 32) {
          xhi = tr === 32 ? blo : blo << (tr - 32);
          xlo = 0;
        } else {
          xhi = (bhi << tr) | (blo >>> (32 - tr));
          xlo = blo << tr;
        }
        vhi = (vhi ^ xhi) >>> 0;
        vlo = (vlo ^ xlo) >>> 0;
      }
    }
    if (t < mint) continue;
    if (t > maxt) {
      decodeState.pastMaxt = true;
      return off;
    }
    scratchU[1] = vhi;
    scratchU[0] = vlo;
    ts[off] = t;
    fs[off] = scratchF[0];
    off++;
  }
  return off;
}
