/**
 * Pieces shared by the integer and float histogram chunk encodings (Prometheus's
 * tsdb/chunkenc/{varbit,histogram_meta}.go formats):
 *
 *   header      bytes 0-1 sample count (big-endian uint16), byte 2 flags: the top two bits are
 *               the counter reset header (10 reset, 01 no reset, 00 unknown, 11 gauge)
 *   layout      zero threshold (1 byte: 0 = zero, 1..254 = 2^(b-243-1)... see putZeroThreshold;
 *               255 + 64 raw bits otherwise), schema as varbit int, positive spans, negative spans
 *               (varbit uint count, then per span varbit uint length + varbit int offset), and
 *               for schema -53 the custom bounds (varbit uint count + each bound)
 *   varbit int  '0' for 0, else a unary prefix of 2..8 bits choosing 3, 6, 9, 12, 18, 25, 56 or
 *               64 value bits (two's complement; the range for n bits is -(2^(n-1)-1)..2^(n-1))
 *   varbit uint the same prefixes, unsigned ranges 0..2^n-1
 *
 * Plus the bucket-layout algebra the appenders need when new buckets appear: span index
 * iteration, forward/backward inserts and their application to delta or absolute buckets.
 */
import { EMPTY_SPANS } from "../../model/histogram_buckets.ts";
import { isCustomBucketsSchema } from "../../model/histogram_schema.ts";
import { STALE_NAN_BITS_HI, STALE_NAN_BITS_LO } from "../../model/series.ts";
import type { BitReader, BitWriter } from "./bstream.ts";

/** Counter reset header values (the top two bits of header byte 2). */
export const CounterResetHeaderReset = 0b10000000;
export const CounterResetHeaderNotReset = 0b01000000;
export const CounterResetHeaderGauge = 0b11000000;
export const CounterResetHeaderUnknown = 0b00000000;
export type CounterResetHeader = 0b10000000 | 0b01000000 | 0b11000000 | 0b00000000;
export const COUNTER_RESET_HEADER_MASK = 0b11000000;
export const HISTOGRAM_FLAG_POS = 2;
export const HISTOGRAM_HEADER_SIZE = 3;

const TWO32 = 4294967296;
const TWO55 = 2 ** 55;
const TWO56 = 2 ** 56;

export const scratchF = new Float64Array(1);
export const scratchU = new Uint32Array(scratchF.buffer);

export function isStaleNaN(v: number): boolean {
  scratchF[0] = v;
  return scratchU[1] === STALE_NAN_BITS_HI && scratchU[0] === STALE_NAN_BITS_LO;
}

/** Writes `n` (<= 56) low bits of the two's complement of integer x. */
function writeSigned(w: BitWriter, x: number, n: number): void {
  if (n <= 30) {
    w.writeBits(x & ((1 << n) - 1), n);
    return;
  }
  const u = x < 0 ? x + 2 ** n : x;
  const hi = Math.floor(u / TWO32);
  w.writeBits64(hi, u - hi * TWO32, n);
}

/**
 * Prometheus's varbit int. A value fits n bits when -(2^(n-1)-1) <= v <= 2^(n-1), i.e.
 * -2^(n-1) < v <= 2^(n-1) (the second form stays exact above 2^53).
 */
export function putVarbitInt(w: BitWriter, v: number): void {
  if (v === 0) {
    w.writeBit(0);
  } else if (v > -4 && v <= 4) {
    w.writeBits((0b10 << 3) | (v & 0x7), 5);
  } else if (v > -32 && v <= 32) {
    w.writeBits((0b110 << 6) | (v & 0x3f), 9);
  } else if (v > -256 && v <= 256) {
    w.writeBits((0b1110 << 9) | (v & 0x1ff), 13);
  } else if (v > -2048 && v <= 2048) {
    w.writeBits((0b11110 << 12) | (v & 0xfff), 17);
  } else if (v > -131072 && v <= 131072) {
    w.writeBits((0b111110 << 18) | (v & 0x3ffff), 24);
  } else if (v > -16777216 && v <= 16777216) {
    w.writeBits(((0b1111110 << 25) | (v & 0x1ffffff)) >>> 0, 32);
  } else if (v > -TWO55 && v <= TWO55) {
    w.writeBits(0b11111110, 8);
    writeSigned(w, v, 56);
  } else {
    w.writeBits(0b11111111, 8);
    const hi = Math.floor(v / TWO32);
    w.writeBits(hi >>> 0, 32);
    w.writeBits((v - hi * TWO32) >>> 0, 32);
  }
}

export function putVarbitUint(w: BitWriter, v: number): void {
  if (v === 0) {
    w.writeBit(0);
  } else if (v < 8) {
    w.writeBits(0b10, 2);
    w.writeBits(v, 3);
  } else if (v < 64) {
    w.writeBits(0b110, 3);
    w.writeBits(v, 6);
  } else if (v < 512) {
    w.writeBits(0b1110, 4);
    w.writeBits(v, 9);
  } else if (v < 4096) {
    w.writeBits(0b11110, 5);
    w.writeBits(v, 12);
  } else if (v < 262144) {
    w.writeBits(0b111110, 6);
    w.writeBits(v, 18);
  } else if (v < 33554432) {
    w.writeBits(0b1111110, 7);
    w.writeBits(v, 25);
  } else if (v < TWO56) {
    w.writeBits(0b11111110, 8);
    const hi = Math.floor(v / TWO32);
    w.writeBits64(hi, v - hi * TWO32, 56);
  } else {
    w.writeBits(0b11111111, 8);
    const hi = Math.floor(v / TWO32);
    w.writeBits(hi >>> 0, 32);
    w.writeBits((v - hi * TWO32) >>> 0, 32);
  }
}

/** Set when a varbit/xor read ran past the end of the stream or met an invalid prefix. */
export const readState = { err: undefined as string | undefined };

/** Number of value bits for a unary prefix of `ones` one bits (0 = the value is 0, -1 = 64 bits). */
function prefixBits(r: BitReader): number {
  let ones = 0;
  for (; ones < 8; ones++) {
    const b = r.readBit();
    if (b < 0) {
      readState.err = "EOF";
      return -2;
    }
    if (b === 0) break;
  }
  switch (ones) {
    case 0:
      return 0;
    case 1:
      return 3;
    case 2:
      return 6;
    case 3:
      return 9;
    case 4:
      return 12;
    case 5:
      return 18;
    case 6:
      return 25;
    case 7:
      return 56;
    default:
      return 64;
  }
}

/** Reads a varbit int; on failure sets readState.err and returns 0. */
export function readVarbitInt(r: BitReader): number {
  const sz = prefixBits(r);
  if (sz <= 0) return 0;
  if (r.remaining() < sz) {
    readState.err = "EOF";
    return 0;
  }
  if (sz === 64) {
    const hi = r.readBits(32) | 0;
    return hi * TWO32 + r.readBits(32);
  }
  if (sz === 56) {
    const v = r.readBits(24) * TWO32 + r.readBits(32);
    return v > TWO55 ? v - TWO56 : v;
  }
  const v = r.readBits(sz);
  return v > 1 << (sz - 1) ? v - (1 << sz) : v;
}

/** Reads a varbit uint; on failure sets readState.err and returns 0. */
export function readVarbitUint(r: BitReader): number {
  const sz = prefixBits(r);
  if (sz <= 0) return 0;
  if (r.remaining() < sz) {
    readState.err = "EOF";
    return 0;
  }
  if (sz > 32) return r.readBits(sz - 32) * TWO32 + r.readBits(32);
  return r.readBits(sz);
}

/** Reads 64 raw bits as a float64. */
export function readFloat64(r: BitReader): number {
  if (r.remaining() < 64) {
    readState.err = "EOF";
    return 0;
  }
  scratchU[1] = r.readBits(32);
  scratchU[0] = r.readBits(32);
  return scratchF[0];
}

export function writeFloat64(w: BitWriter, v: number): void {
  scratchF[0] = v;
  w.writeBits(scratchU[1], 32);
  w.writeBits(scratchU[0], 32);
}

/**
 * Prometheus's zero threshold encoding: 0 as a zero byte; a power of two 2^-243..2^10
 * (0.5 * 2^e for e in -242..11) as the byte e + 243; anything else as 255 + 64 raw bits.
 */
export function putZeroThreshold(w: BitWriter, threshold: number): void {
  if (threshold === 0) {
    w.writeByte(0);
    return;
  }
  scratchF[0] = threshold;
  const hi = scratchU[1];
  const lo = scratchU[0];
  const biased = (hi >>> 20) & 0x7ff;
  // A positive power of two has no mantissa bits; its frexp exponent is biased - 1022.
  if ((hi & 0x800fffff) === 0 && lo === 0 && biased !== 0 && biased !== 0x7ff) {
    const exp = biased - 1022;
    if (exp >= -242 && exp <= 11) {
      w.writeByte(exp + 243);
      return;
    }
  }
  w.writeByte(255);
  w.writeBits(hi, 32);
  w.writeBits(lo, 32);
}

export function readZeroThreshold(r: BitReader): number {
  if (r.remaining() < 8) {
    readState.err = "EOF";
    return 0;
  }
  const b = r.readByte();
  if (b === 0) return 0;
  if (b === 255) return readFloat64(r);
  return 0.5 * 2 ** (b - 243);
}

/** True when f * 1000 is a whole number that maps back to f exactly. */
function isWholeWhenMultiplied(f: number): boolean {
  const i = Math.round(f * 1000);
  return i / 1000 === f;
}

/**
 * Custom bound encoding: bounds b with 0 <= b*1000 <= 33554430 and b*1000 whole are written as
 * varbit uint b*1000 + 1; anything else as a 0 bit and 64 raw bits.
 */
export function putCustomBound(w: BitWriter, f: number): void {
  const tf = f * 1000;
  if (tf < 0 || tf > 33554430 || !isWholeWhenMultiplied(f)) {
    w.writeBit(0);
    writeFloat64(w, f);
    return;
  }
  putVarbitUint(w, Math.round(tf) + 1);
}

export function readCustomBound(r: BitReader): number {
  const b = readVarbitUint(r);
  if (readState.err !== undefined) return 0;
  if (b === 0) return readFloat64(r);
  return (b - 1) / 1000;
}

/** The chunk layout written before the first sample. */
export interface ChunkLayout {
  schema: number;
  zeroThreshold: number;
  positiveSpans: Int32Array;
  negativeSpans: Int32Array;
  customValues: Float64Array | null;
}

function putSpans(w: BitWriter, spans: Int32Array): void {
  putVarbitUint(w, spans.length >> 1);
  for (let i = 0; i < spans.length; i += 2) {
    putVarbitUint(w, spans[i + 1] >>> 0);
    putVarbitInt(w, spans[i]);
  }
}

export function writeChunkLayout(w: BitWriter, l: ChunkLayout): void {
  putZeroThreshold(w, l.zeroThreshold);
  putVarbitInt(w, l.schema);
  putSpans(w, l.positiveSpans);
  putSpans(w, l.negativeSpans);
  if (isCustomBucketsSchema(l.schema)) {
    const cv = l.customValues;
    const n = cv === null ? 0 : cv.length;
    putVarbitUint(w, n);
    for (let i = 0; i < n; i++) putCustomBound(w, (cv as Float64Array)[i]);
  }
}

function readSpans(r: BitReader): Int32Array {
  const n = readVarbitUint(r);
  if (readState.err !== undefined) return EMPTY_SPANS;
  if (n === 0) return EMPTY_SPANS;
  // Each span takes at least 2 bits: a larger count cannot be real.
  if (n * 2 > r.remaining()) {
    readState.err = "EOF";
    return EMPTY_SPANS;
  }
  const spans = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) {
    spans[i * 2 + 1] = readVarbitUint(r);
    spans[i * 2] = readVarbitInt(r);
    if (readState.err !== undefined) return EMPTY_SPANS;
  }
  return spans;
}

/** Reads the layout into `out`; check readState.err afterwards. */
export function readChunkLayout(r: BitReader, out: ChunkLayout): void {
  out.zeroThreshold = readZeroThreshold(r);
  out.schema = readVarbitInt(r);
  out.positiveSpans = readSpans(r);
  out.negativeSpans = readSpans(r);
  out.customValues = null;
  if (readState.err === undefined && isCustomBucketsSchema(out.schema)) {
    const n = readVarbitUint(r);
    if (readState.err !== undefined) return;
    if (n > r.remaining()) {
      readState.err = "EOF";
      return;
    }
    const cv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      cv[i] = readCustomBound(r);
      if (readState.err !== undefined) return;
    }
    out.customValues = cv;
  }
}

/**
 * XOR-encodes `v` against the previous value of slot i (Gorilla encoding as in XOR chunks); the
 * leading/trailing zero counts of each slot live in lt[2i], lt[2i+1] (leading 0xff = none yet).
 */
export function xorWrite(w: BitWriter, v: number, prev: number, lt: Uint8Array, i: number): void {
  scratchF[0] = v;
  const nhi = scratchU[1];
  const nlo = scratchU[0];
  scratchF[0] = prev;
  const dhi = (nhi ^ scratchU[1]) >>> 0;
  const dlo = (nlo ^ scratchU[0]) >>> 0;
  if (dhi === 0 && dlo === 0) {
    w.writeBit(0);
    return;
  }
  w.writeBit(1);
  let newLeading = dhi !== 0 ? Math.clz32(dhi) : 32 + Math.clz32(dlo);
  const newTrailing = dlo !== 0 ? 31 - Math.clz32(dlo & -dlo) : 32 + (31 - Math.clz32(dhi & -dhi));
  if (newLeading >= 32) newLeading = 31;
  const leading = lt[2 * i];
  const trailing = lt[2 * i + 1];
  if (leading !== 0xff && newLeading >= leading && newTrailing >= trailing) {
    w.writeBit(0);
    writeShifted(w, dhi, dlo, trailing, 64 - leading - trailing);
    return;
  }
  lt[2 * i] = newLeading;
  lt[2 * i + 1] = newTrailing;
  w.writeBit(1);
  w.writeBits(newLeading, 5);
  const sig = 64 - newLeading - newTrailing;
  w.writeBits(sig & 0x3f, 6);
  writeShifted(w, dhi, dlo, newTrailing, sig);
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

/** Reads an XOR-encoded value against `prev` for slot i of lt; sets readState.err on EOF. */
export function xorRead(r: BitReader, prev: number, lt: Uint8Array, i: number): number {
  const bit = r.readBit();
  if (bit < 0) {
    readState.err = "EOF";
    return prev;
  }
  if (bit === 0) return prev;
  const ctl = r.readBit();
  if (ctl < 0) {
    readState.err = "EOF";
    return prev;
  }
  let leading = lt[2 * i];
  let trailing = lt[2 * i + 1];
  let sig: number;
  if (ctl === 0) {
    sig = 64 - leading - trailing;
  } else {
    if (r.remaining() < 11) {
      readState.err = "EOF";
      return prev;
    }
    leading = r.readBits(5);
    sig = r.readBits(6);
    if (sig === 0) sig = 64;
    trailing = 64 - leading - sig;
    lt[2 * i] = leading;
    lt[2 * i + 1] = trailing;
  }
  if (sig < 0 || r.remaining() < sig) {
    readState.err = "EOF";
    return prev;
  }
  let bhi = 0;
  let blo = 0;
  if (sig > 32) {
    bhi = r.readBits(sig - 32);
    blo = r.readBits(32);
  } else {
    blo = r.readBits(sig);
  }
  let xhi: number;
  let xlo: number;
  if (trailing === 0) {
    xhi = bhi;
    xlo = blo;
  } else if (trailing >= 32) {
    xhi = trailing === 32 ? blo : blo << (trailing - 32);
    xlo = 0;
  } else {
    xhi = (bhi << trailing) | (blo >>> (32 - trailing));
    xlo = blo << trailing;
  }
  scratchF[0] = prev;
  scratchU[1] = (scratchU[1] ^ xhi) >>> 0;
  scratchU[0] = (scratchU[0] ^ xlo) >>> 0;
  return scratchF[0];
}

/** Iterates the bucket indexes a span list covers. */
export class SpanIndexIterator {
  private spans: Int32Array = EMPTY_SPANS;
  private span = 0;
  private bucket = -1;
  idx = -1;

  reset(spans: Int32Array): this {
    this.spans = spans;
    this.span = 0;
    this.bucket = -1;
    this.idx = -1;
    if (spans.length > 0) this.idx += spans[0];
    return this;
  }

  next(): boolean {
    const spans = this.spans;
    const n = spans.length >> 1;
    if (this.span >= n) return false;
    if (this.bucket < spans[this.span * 2 + 1] - 1) {
      this.bucket++;
      this.idx++;
      return true;
    }
    while (this.span < n - 1) {
      this.span++;
      this.idx += spans[this.span * 2] + 1;
      this.bucket = 0;
      if (spans[this.span * 2 + 1] === 0) {
        this.idx--;
        continue;
      }
      return true;
    }
    return false;
  }
}

/** `num` new buckets go before the pos'th existing bucket; the first of them has index bucketIdx. */
export interface Insert {
  pos: number;
  num: number;
  bucketIdx: number;
}

export interface ExpandResult {
  forward: Insert[];
  backward: Insert[];
}

const itA = new SpanIndexIterator();
const itB = new SpanIndexIterator();

/**
 * Prometheus's expandIntSpansAndBuckets / expandFloatSpansAndBuckets: the inserts that make
 * layout a cover every bucket of b (forward) and b cover a's empty buckets it lacks (backward).
 * Returns null when b drops a populated bucket of a or any bucket count went down (a reset).
 * `deltas` says whether the bucket arrays are delta-encoded.
 */
export function expandSpansAndBuckets(
  a: Int32Array,
  b: Int32Array,
  aBuckets: Float64Array,
  bBuckets: Float64Array,
  deltas: boolean,
): ExpandResult | null {
  const ai = itA.reset(a);
  const bi = itB.reset(b);
  const aInserts: Insert[] = [];
  const bInserts: Insert[] = [];
  let aInter: Insert = { pos: 0, num: 0, bucketIdx: 0 };
  let bInter: Insert = { pos: 0, num: 0, bucketIdx: 0 };
  let aOK = ai.next();
  let bOK = bi.next();
  let aCount = 0;
  let bCount = 0;
  let aCountIdx = 0;
  let bCountIdx = 0;
  if (aOK) aCount = aBuckets[aCountIdx];
  if (bOK) bCount = bBuckets[bCountIdx];
  const addInsert = (inserts: Insert[], ins: Insert, otherIdx: number): Insert => {
    if (ins.num === 0) {
      ins.bucketIdx = otherIdx;
    } else if (ins.bucketIdx + ins.num !== otherIdx) {
      inserts.push(ins);
      ins = { pos: ins.pos, num: 0, bucketIdx: otherIdx };
    }
    ins.num++;
    return ins;
  };
  const advanceA = (): void => {
    if (aInter.num > 0) {
      aInserts.push(aInter);
      aInter = { pos: aInter.pos, num: 0, bucketIdx: 0 };
    }
    aOK = ai.next();
    aInter.pos++;
    aCountIdx++;
    if (aOK) aCount = deltas ? aCount + aBuckets[aCountIdx] : aBuckets[aCountIdx];
  };
  const advanceB = (): void => {
    if (bInter.num > 0) {
      bInserts.push(bInter);
      bInter = { pos: bInter.pos, num: 0, bucketIdx: 0 };
    }
    bOK = bi.next();
    bInter.pos++;
    bCountIdx++;
    if (bOK) bCount = deltas ? bCount + bBuckets[bCountIdx] : bBuckets[bCountIdx];
  };
  for (;;) {
    if (aOK && bOK) {
      if (ai.idx === bi.idx) {
        if (aCount > bCount) return null;
        advanceA();
        advanceB();
      } else if (ai.idx < bi.idx) {
        if (aCount !== 0) return null;
        bInter = addInsert(bInserts, bInter, ai.idx);
        advanceA();
      } else {
        aInter = addInsert(aInserts, aInter, bi.idx);
        advanceB();
      }
    } else if (aOK) {
      if (aCount !== 0) return null;
      bInter = addInsert(bInserts, bInter, ai.idx);
      advanceA();
    } else if (bOK) {
      aInter = addInsert(aInserts, aInter, bi.idx);
      advanceB();
    } else {
      if (aInter.num > 0) aInserts.push(aInter);
      if (bInter.num > 0) bInserts.push(bInter);
      return { forward: aInserts, backward: bInserts };
    }
  }
}

export interface ExpandBothResult extends ExpandResult {
  merged: Int32Array;
}

/**
 * Prometheus's expandSpansBothWays (gauge histograms): inserts to make each layout cover the
 * union of both, and the union's spans. Counts are not looked at.
 */
export function expandSpansBothWays(a: Int32Array, b: Int32Array): ExpandBothResult {
  const ai = itA.reset(a);
  const bi = itB.reset(b);
  const fInserts: Insert[] = [];
  const bInserts: Insert[] = [];
  const merged: number[] = [];
  let lastBucket = 0;
  const addBucket = (bk: number): void => {
    let offset = bk - lastBucket - 1;
    if (offset === 0 && merged.length > 0) {
      merged[merged.length - 1]++;
    } else {
      if (merged.length === 0) offset++;
      merged.push(offset, 1);
    }
    lastBucket = bk;
  };
  let fInter: Insert = { pos: 0, num: 0, bucketIdx: 0 };
  let bInter: Insert = { pos: 0, num: 0, bucketIdx: 0 };
  let aOK = ai.next();
  let bOK = bi.next();
  for (;;) {
    if (aOK && bOK) {
      const av = ai.idx;
      const bv = bi.idx;
      if (av === bv) {
        if (fInter.num > 0) {
          fInserts.push(fInter);
          fInter = { pos: fInter.pos, num: 0, bucketIdx: 0 };
        }
        if (bInter.num > 0) {
          bInserts.push(bInter);
          bInter = { pos: bInter.pos, num: 0, bucketIdx: 0 };
        }
        addBucket(av);
        aOK = ai.next();
        bOK = bi.next();
        fInter.pos++;
        bInter.pos++;
      } else if (av < bv) {
        bInter.num++;
        if (fInter.num > 0) {
          fInserts.push(fInter);
          fInter = { pos: fInter.pos, num: 0, bucketIdx: 0 };
        }
        addBucket(av);
        fInter.pos++;
        aOK = ai.next();
      } else {
        fInter.num++;
        if (bInter.num > 0) {
          bInserts.push(bInter);
          bInter = { pos: bInter.pos, num: 0, bucketIdx: 0 };
        }
        addBucket(bv);
        bInter.pos++;
        bOK = bi.next();
      }
    } else if (aOK) {
      bInter.num++;
      addBucket(ai.idx);
      aOK = ai.next();
    } else if (bOK) {
      fInter.num++;
      addBucket(bi.idx);
      bOK = bi.next();
    } else {
      if (fInter.num > 0) fInserts.push(fInter);
      if (bInter.num > 0) bInserts.push(bInter);
      return { forward: fInserts, backward: bInserts, merged: Int32Array.from(merged) };
    }
  }
}

/**
 * Applies inserts to `input`, writing into `out` (which has room for all buckets): new buckets
 * are empty. For delta-encoded buckets the deltas around each insert are adjusted so the
 * absolute counts of the existing buckets stay the same.
 */
export function applyInserts(
  input: Float64Array,
  out: Float64Array,
  inserts: readonly Insert[],
  deltas: boolean,
): Float64Array {
  let oi = 0;
  let v = 0;
  let ii = 0;
  for (let i = 0; i < input.length; i++) {
    const d = input[i];
    if (ii >= inserts.length || i !== inserts[ii].pos) {
      out[oi++] = d;
      v += d;
      continue;
    }
    let first = true;
    while (ii < inserts.length && i === inserts[ii].pos) {
      if (deltas && first) {
        out[oi] = 0 - v;
        first = false;
      } else {
        out[oi] = 0;
      }
      oi++;
      for (let x = 1; x < inserts[ii].num; x++) out[oi++] = 0;
      ii++;
    }
    out[oi++] = deltas ? d + v : d;
    v += d;
  }
  while (ii < inserts.length) {
    out[oi++] = deltas ? 0 - v : 0;
    for (let x = 1; x < inserts[ii].num; x++) out[oi++] = 0;
    ii++;
    v = 0;
  }
  return out;
}

/** Prometheus's adjustForInserts: spans that also cover the inserted bucket indexes. */
export function adjustForInserts(spans: Int32Array, inserts: readonly Insert[]): Int32Array {
  if (inserts.length === 0) return spans;
  const it = new SpanIndexIterator().reset(spans);
  const merged: number[] = [];
  let lastBucket = 0;
  let i = 0;
  let insertIdx = inserts[0].bucketIdx;
  let insertNum = inserts[0].num;
  const addBucket = (b: number): void => {
    let offset = b - lastBucket - 1;
    if (offset === 0 && merged.length > 0) {
      merged[merged.length - 1]++;
    } else {
      if (merged.length === 0) offset++;
      merged.push(offset, 1);
    }
    lastBucket = b;
  };
  const consume = (): void => {
    insertNum--;
    if (insertNum === 0) {
      i++;
      if (i < inserts.length) {
        insertIdx = inserts[i].bucketIdx;
        insertNum = inserts[i].num;
      }
    } else {
      insertIdx++;
    }
  };
  let ok = it.next();
  while (ok) {
    if (i < inserts.length && insertIdx < it.idx) {
      addBucket(insertIdx);
      consume();
    } else {
      addBucket(it.idx);
      ok = it.next();
    }
  }
  while (i < inserts.length) {
    addBucket(insertIdx);
    consume();
  }
  return Int32Array.from(merged);
}

/** True when both span lists are element-wise identical (the appenders' common case). */
export function identicalSpans(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * For identical layouts: true when some bucket's absolute count is lower in b than in a (a
 * counter reset). `deltas` says whether the arrays are delta-encoded.
 */
export function anyBucketDecreased(a: Float64Array, b: Float64Array, deltas: boolean): boolean {
  let ca = 0;
  let cb = 0;
  for (let i = 0; i < a.length; i++) {
    if (deltas) {
      ca += a[i];
      cb += b[i];
    } else {
      ca = a[i];
      cb = b[i];
    }
    if (ca > cb) return true;
  }
  return false;
}

/** Total bucket count of spans. */
export function countSpans(spans: Int32Array): number {
  let n = 0;
  for (let i = 1; i < spans.length; i += 2) n += spans[i];
  return n;
}
