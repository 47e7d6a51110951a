/**
 * A protobuf wire-format writer into one preallocated buffer: callers compute message sizes
 * first (the `*Size` helpers), allocate once, then write fields in order. No object per field.
 */

/** Bytes a varint of a non-negative integer (up to 2^53) takes. */
export function varintSize(v: number): number {
  if (v < 0) return 10;
  let n = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** Bytes a string takes in UTF-8. */
export function utf8Size(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Size of a length-delimited field with a one-byte tag and `len` payload bytes. */
export function lenFieldSize(len: number, tagBytes = 1): number {
  return tagBytes + varintSize(len) + len;
}

export class ProtoWriter {
  readonly buf: Buffer;
  pos = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** A non-negative integer up to 2^53, or a negative int64 (two's complement, 10 bytes). */
  varint(v: number): void {
    const buf = this.buf;
    if (v < 0) {
      let big = BigInt.asUintN(64, BigInt(v));
      for (let i = 0; i < 9; i++) {
        buf[this.pos++] = Number(big & 0x7fn) | 0x80;
        big >>= 7n;
      }
      buf[this.pos++] = Number(big);
      return;
    }
    while (v >= 128) {
      buf[this.pos++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    buf[this.pos++] = v;
  }

  /** A tag: field number and wire type. */
  tag(field: number, wire: number): void {
    this.varint(field * 8 + wire);
  }

  double(v: number): void {
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }

  /** A length-delimited string field (tag, length, UTF-8 bytes); `size` is utf8Size(s). */
  stringField(field: number, s: string, size: number): void {
    this.tag(field, 2);
    this.varint(size);
    this.pos += this.buf.write(s, this.pos, size, "utf8");
  }

  /** Starts a length-delimited field whose payload is `len` bytes, written next. */
  beginLen(field: number, len: number): void {
    this.tag(field, 2);
    this.varint(len);
  }

  /** The bytes written so far. */
  finish(): Buffer {
    return this.pos === this.buf.length ? this.buf : this.buf.subarray(0, this.pos);
  }
}
