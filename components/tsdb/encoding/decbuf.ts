/**
 * A bounds-checked reader over bytes, the counterpart of Encbuf. Every read past `end` or of a
 * malformed varint throws a CorruptionError, so readers of untrusted files fail cleanly.
 * Reads allocate nothing except the strings they return.
 */
import { CorruptionError } from "../../model/errors.ts";
import { Buffer } from "node:buffer";
import { crc32c } from "./crc32c.ts";

export const ERR_INVALID_SIZE = "invalid size";
export const ERR_INVALID_CHECKSUM = "invalid checksum";

const TWO_32 = 0x100000000;

/** Wraps bytes as a Buffer without copying. */
export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export class Decbuf {
  b: Buffer;
  pos: number;
  end: number;

  constructor(b: Uint8Array, start = 0, end = b.length) {
    this.b = asBuffer(b);
    this.pos = start;
    this.end = end;
    if (start < 0 || end > b.length || start > end) throw new CorruptionError(ERR_INVALID_SIZE);
  }

  /** Repositions over the same bytes (no allocation). */
  reset(start: number, end: number): void {
    if (start < 0 || end > this.b.length || start > end)
      throw new CorruptionError(ERR_INVALID_SIZE);
    this.pos = start;
    this.end = end;
  }

  /** Bytes left. */
  len(): number {
    return this.end - this.pos;
  }

  private need(n: number): void {
    if (this.end - this.pos < n) throw new CorruptionError(ERR_INVALID_SIZE);
  }

  skip(n: number): void {
    if (n < 0) throw new CorruptionError(ERR_INVALID_SIZE);
    this.need(n);
    this.pos += n;
  }

  byte(): number {
    if (this.pos >= this.end) throw new CorruptionError(ERR_INVALID_SIZE);
    return this.b[this.pos++];
  }

  be16(): number {
    this.need(2);
    const v = (this.b[this.pos] << 8) | this.b[this.pos + 1];
    this.pos += 2;
    return v;
  }

  be32(): number {
    this.need(4);
    const v = this.b.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  /** Unsigned 64-bit big-endian as a number (exact below 2^53). */
  be64(): number {
    this.need(8);
    const hi = this.b.readUInt32BE(this.pos);
    const lo = this.b.readUInt32BE(this.pos + 4);
    this.pos += 8;
    return hi * TWO_32 + lo;
  }

  /** Go's Uvarint; exact below 2^53, rounded above. */
  uvarint(): number {
    const b = this.b;
    let p = this.pos;
    const end = this.end;
    if (p >= end) throw new CorruptionError(ERR_INVALID_SIZE);
    let c = b[p++];
    if (c < 0x80) {
      this.pos = p;
      return c;
    }
    let v = c & 0x7f;
    let mul = 128;
    for (let i = 1; i < 10; i++) {
      if (p >= end) throw new CorruptionError(ERR_INVALID_SIZE);
      c = b[p++];
      if (i === 9 && c > 1) throw new CorruptionError("varint overflows a 64-bit integer");
      v += (c & 0x7f) * mul;
      if (c < 0x80) {
        this.pos = p;
        return v;
      }
      mul *= 128;
    }
    throw new CorruptionError("varint overflows a 64-bit integer");
  }

  /** Go's Uvarint as a bigint (exact for the whole uint64 range). */
  uvarintBig(): bigint {
    let v = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      const c = this.byte();
      if (i === 9 && c > 1) throw new CorruptionError("varint overflows a 64-bit integer");
      v |= BigInt(c & 0x7f) << shift;
      if (c < 0x80) return v;
      shift += 7n;
    }
    throw new CorruptionError("varint overflows a 64-bit integer");
  }

  /** Go's Varint (zig-zag); exact within +-2^52, rounded to the nearest double beyond. */
  varint(): number {
    const start = this.pos;
    const zz = this.uvarint();
    if (this.pos - start <= 7) {
      return zz % 2 === 0 ? zz / 2 : -(zz + 1) / 2;
    }
    this.pos = start;
    const big = this.uvarintBig();
    const x = big & 1n ? -((big >> 1n) + 1n) : big >> 1n;
    return Number(x);
  }

  /** A uvarint that must fit in 32 bits (symbol references). */
  uvarint32(): number {
    const v = this.uvarint();
    if (v > 0xffffffff) throw new CorruptionError("uvarint32 overflow");
    return v;
  }

  /** Reads a uvarint length and returns the UTF-8 string that follows. */
  uvarintStr(): string {
    const n = this.uvarint();
    this.need(n);
    const start = this.pos;
    this.pos += n;
    return decodeUtf8(this.b, start, start + n);
  }

  /** Reads a uvarint length, skips the bytes that follow and returns where they start. */
  uvarintBytesStart(): number {
    const n = this.uvarint();
    this.need(n);
    const start = this.pos;
    this.pos += n;
    return start;
  }

  /** A view of the next n bytes. */
  bytes(n: number): Uint8Array {
    this.need(n);
    const v = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
}

/** UTF-8 decoding of b[start:end]; short ASCII strings skip the native call. */
export function decodeUtf8(b: Buffer, start: number, end: number): string {
  const n = end - start;
  if (n <= 16) {
    let s = "";
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return b.toString("utf8", start, end);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return b.toString("utf8", start, end);
}

/**
 * Opens a section that starts with a 4-byte big-endian length at `off`, followed by that many
 * bytes and a CRC-32C over them. Verifies the checksum; returns a Decbuf over the content.
 */
export function decbufWithBE32Len(b: Uint8Array, off: number, what: string): Decbuf {
  if (off < 0 || off + 4 > b.length) throw new CorruptionError(`${what}: ${ERR_INVALID_SIZE}`);
  const buf = asBuffer(b);
  const l = buf.readUInt32BE(off);
  const start = off + 4;
  const end = start + l;
  if (end + 4 > b.length) throw new CorruptionError(`${what}: ${ERR_INVALID_SIZE}`);
  const want = buf.readUInt32BE(end);
  if (crc32c(buf, start, end) !== want)
    throw new CorruptionError(`${what}: ${ERR_INVALID_CHECKSUM}`);
  return new Decbuf(buf, start, end);
}

/**
 * Like decbufWithBE32Len but the length is a uvarint (series entries). `into` is reused when
 * given, to avoid allocating.
 */
export function decbufWithUvarintLen(
  b: Uint8Array,
  off: number,
  what: string,
  into?: Decbuf,
): Decbuf {
  const d = into ?? new Decbuf(b);
  if (off < 0 || off >= b.length) throw new CorruptionError(`${what}: ${ERR_INVALID_SIZE}`);
  d.reset(off, b.length);
  const l = d.uvarint();
  const start = d.pos;
  const end = start + l;
  if (end + 4 > b.length) throw new CorruptionError(`${what}: ${ERR_INVALID_SIZE}`);
  const want = d.b.readUInt32BE(end);
  if (crc32c(d.b, start, end) !== want)
    throw new CorruptionError(`${what}: ${ERR_INVALID_CHECKSUM}`);
  d.reset(start, end);
  return d;
}
