/**
 * A minimal protobuf wire-format reader over a byte buffer: no objects per field, every bound
 * checked. Malformed input (truncated varints, lengths past the end, unknown wire types) throws
 * a DecodeError, which the push handlers answer with a 400.
 */
import { isUtf8 } from "node:buffer";

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const TWO_32 = 4294967296;

/**
 * Short ASCII strings (label names and values repeat across series and requests) are interned:
 * a hash of the bytes finds a cached string, checked byte by byte, so the common case decodes
 * no new string at all.
 */
const INTERN_MAX_LEN = 64;
const INTERN_MAX_ENTRIES = 1 << 16;
const internCache = new Map<number, string>();

function sameAscii(s: string, buf: Buffer, start: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== buf[start + i]) return false;
  return true;
}

export class ProtoReader {
  readonly buf: Buffer;
  pos: number;
  end: number;
  /** Set by stringLenient() when a string was not valid UTF-8. */
  invalidUtf8 = false;
  /** Offset of the bytes of the last string read (its UTF-8 length is `pos - lastStringStart`). */
  lastStringStart = 0;
  private readonly dv: DataView;

  constructor(buf: Buffer, start = 0, end = buf.length) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads a tag; returns field number * 8 + wire type as Protobuf encodes it. */
  tag(): number {
    const t = this.varint32();
    if (t >>> 3 === 0) throw new DecodeError(`invalid field number 0 at offset ${this.pos}`);
    return t;
  }

  /** Reads a varint that must fit in 32 bits (tags, lengths, enum values, uint32). */
  varint32(): number {
    const buf = this.buf;
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end)
        throw new DecodeError("unexpected end of protobuf message in varint");
      const b = buf[this.pos++];
      if (shift < 32) result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return result > 0xffffffff ? result % TWO_32 : result;
    }
    throw new DecodeError("malformed varint");
  }

  /** Reads a varint as a signed 64-bit integer (int64), converted to a number. */
  int64(): number {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    let i = 0;
    for (; i < 10; i++) {
      if (this.pos >= this.end)
        throw new DecodeError("unexpected end of protobuf message in varint");
      const b = buf[this.pos++];
      const bits = b & 0x7f;
      const shift = i * 7;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if (b < 0x80) break;
    }
    if (i === 10) throw new DecodeError("malformed varint");
    lo >>>= 0;
    hi >>>= 0;
    if (hi & 0x80000000) {
      // two's complement negative
      const nlo = (~lo + 1) >>> 0;
      const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
      return -(nhi * TWO_32 + nlo);
    }
    return hi * TWO_32 + lo;
  }

  /** uint64 varint as a number (precision lost above 2^53). */
  uint64(): number {
    const buf = this.buf;
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end)
        throw new DecodeError("unexpected end of protobuf message in varint");
      const b = buf[this.pos++];
      result += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) return result;
    }
    throw new DecodeError("malformed varint");
  }

  sint64(): number {
    const n = this.uint64();
    // zigzag; exact up to 2^53
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  double(): number {
    if (this.pos + 8 > this.end)
      throw new DecodeError("unexpected end of protobuf message in fixed64");
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  fixed64(): number {
    if (this.pos + 8 > this.end)
      throw new DecodeError("unexpected end of protobuf message in fixed64");
    const lo = this.dv.getUint32(this.pos, true);
    const hi = this.dv.getUint32(this.pos + 4, true);
    this.pos += 8;
    return hi * TWO_32 + lo;
  }

  /** Reads a length prefix and returns the end offset of the delimited bytes. */
  lenEnd(): number {
    const len = this.varint32();
    const e = this.pos + len;
    if (e > this.end)
      throw new DecodeError(`length ${len} at offset ${this.pos} exceeds the message size`);
    return e;
  }

  /** Reads a length-delimited UTF-8 string. Invalid UTF-8 throws. */
  string(): string {
    const e = this.lenEnd();
    const start = this.pos;
    this.lastStringStart = start;
    const len = e - start;
    if (len === 0) return "";
    if (len <= INTERN_MAX_LEN) {
      const buf = this.buf;
      let h = 0x811c9dc5 ^ len;
      let ascii = true;
      for (let i = start; i < e; i++) {
        const c = buf[i];
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (ascii) {
        this.pos = e;
        const cached = internCache.get(h);
        if (cached !== undefined && cached.length === len && sameAscii(cached, buf, start))
          return cached;
        const fresh = buf.toString("latin1", start, e);
        if (internCache.size >= INTERN_MAX_ENTRIES) internCache.clear();
        internCache.set(h, fresh);
        return fresh;
      }
    }
    const s = this.buf.toString("utf8", this.pos, e);
    if (s.includes("\ufffd") && !isUtf8(this.buf.subarray(this.pos, e))) {
      this.pos = e;
      throw new DecodeError("invalid UTF-8 in string field");
    }
    this.pos = e;
    return s;
  }

  /** Like string(), but invalid UTF-8 is decoded with U+FFFD and flagged in `invalidUtf8` instead of throwing. */
  stringLenient(): string {
    try {
      return this.string();
    } catch (err) {
      if (!(err instanceof DecodeError) || !err.message.startsWith("invalid UTF-8")) throw err;
      this.invalidUtf8 = true;
      return this.buf.toString("utf8", this.lastStringStart, this.pos);
    }
  }

  bytes(): Buffer {
    const e = this.lenEnd();
    const b = this.buf.subarray(this.pos, e);
    this.pos = e;
    return b;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.uint64();
        return;
      case WIRE_FIXED64:
        if (this.pos + 8 > this.end) throw new DecodeError("unexpected end of protobuf message");
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.pos = this.lenEnd();
        return;
      case WIRE_FIXED32:
        if (this.pos + 4 > this.end) throw new DecodeError("unexpected end of protobuf message");
        this.pos += 4;
        return;
      default:
        throw new DecodeError(`unsupported protobuf wire type ${wireType}`);
    }
  }

  /** Throws when a field arrives with the wrong wire type. */
  expect(wireType: number, actual: number, field: string): void {
    if (wireType !== actual) throw new DecodeError(`wrong wire type ${actual} for field ${field}`);
  }
}
