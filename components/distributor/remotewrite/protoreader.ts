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

export class ProtoReader {
  readonly buf: Buffer;
  pos: number;
  end: number;
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
      if (this.pos >= this.end) throw new DecodeError("unexpected end of protobuf message in varint");
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
      if (this.pos >= this.end) throw new DecodeError("unexpected end of protobuf message in varint");
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
      if (this.pos >= this.end) throw new DecodeError("unexpected end of protobuf message in varint");
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
    if (this.pos + 8 > this.end) throw new DecodeError("unexpected end of protobuf message in fixed64");
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  fixed64(): number {
    if (this.pos + 8 > this.end) throw new DecodeError("unexpected end of protobuf message in fixed64");
    const lo = this.dv.getUint32(this.pos, true);
    const hi = this.dv.getUint32(this.pos + 4, true);
    this.pos += 8;
    return hi * TWO_32 + lo;
  }

  /** Reads a length prefix and returns the end offset of the delimited bytes. */
  lenEnd(): number {
    const len = this.varint32();
    const e = this.pos + len;
    if (e > this.end) throw new DecodeError(`length ${len} at offset ${this.pos} exceeds the message size`);
    return e;
  }

  /** Reads a length-delimited UTF-8 string. Invalid UTF-8 throws. */
  string(): string {
    const e = this.lenEnd();
    const s = this.buf.toString("utf8", this.pos, e);
    if (s.includes("\ufffd") && !isUtf8(this.buf.subarray(this.pos, e))) {
      this.pos = e;
      throw new DecodeError("invalid UTF-8 in string field");
    }
    this.pos = e;
    return s;
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
