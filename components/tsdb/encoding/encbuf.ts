/**
 * A growable byte writer with the primitives Prometheus's TSDB formats use (Go's
 * encoding/binary varints, big-endian fixed-width integers, uvarint-prefixed strings).
 *
 * Integers are JS numbers. Timestamps (int64 ms) and chunk references stay well below 2^53 in
 * practice; values beyond that (math.MinInt64 / MaxInt64 as tombstone bounds) are encoded
 * through BigInt, with 2^63 clamped to MaxInt64, so they survive a round trip as +-2^63.
 */
import { Buffer } from "node:buffer";

const TWO_32 = 0x100000000;
const TWO_63 = 2n ** 63n;
const MASK_64 = 2n ** 64n - 1n;

export class Encbuf {
  /** Backing store; bytes [0, len) are written. Reallocated on growth: re-read after puts. */
  b: Buffer;
  len = 0;

  constructor(initialCapacity = 1024) {
    this.b = Buffer.allocUnsafe(Math.max(16, initialCapacity));
  }

  reset(): void {
    this.len = 0;
  }

  /** A view of the written bytes (valid until the next put that grows the buffer). */
  get(): Buffer {
    return this.b.subarray(0, this.len);
  }

  /** A copy of the written bytes. */
  copy(): Uint8Array {
    return Uint8Array.prototype.slice.call(this.b, 0, this.len);
  }

  ensure(n: number): void {
    const need = this.len + n;
    if (need <= this.b.length) return;
    let cap = this.b.length * 2;
    while (cap < need) cap *= 2;
    const nb = Buffer.allocUnsafe(cap);
    this.b.copy(nb, 0, 0, this.len);
    this.b = nb;
  }

  putByte(v: number): void {
    this.ensure(1);
    this.b[this.len++] = v & 0xff;
  }

  putBytes(src: Uint8Array, start = 0, end = src.length): void {
    const n = end - start;
    this.ensure(n);
    this.b.set(src.subarray(start, end), this.len);
    this.len += n;
  }

  /** `n` zero bytes. */
  putZeros(n: number): void {
    this.ensure(n);
    this.b.fill(0, this.len, this.len + n);
    this.len += n;
  }

  putBE16(v: number): void {
    this.ensure(2);
    this.b[this.len++] = (v >>> 8) & 0xff;
    this.b[this.len++] = v & 0xff;
  }

  putBE32(v: number): void {
    this.ensure(4);
    this.b.writeUInt32BE(v >>> 0, this.len);
    this.len += 4;
  }

  /** Overwrites 4 bytes at `pos` (for lengths known only after a section is written). */
  setBE32(pos: number, v: number): void {
    this.b.writeUInt32BE(v >>> 0, pos);
  }

  /** Unsigned 64-bit big-endian; `v` must be a non-negative integer below 2^64. */
  putBE64(v: number): void {
    if (!(v >= 0) || !Number.isInteger(v)) throw new RangeError(`putBE64: invalid value ${v}`);
    this.ensure(8);
    const hi = Math.floor(v / TWO_32);
    this.b.writeUInt32BE(hi >>> 0, this.len);
    this.b.writeUInt32BE(v - hi * TWO_32, this.len + 4);
    this.len += 8;
  }

  /** Go's PutUvarint for a non-negative integer. */
  putUvarint(v: number): void {
    this.ensure(10);
    const b = this.b;
    let p = this.len;
    if (v >= 0 && v <= 0x7fffffff && (v | 0) === v) {
      while (v >= 0x80) {
        b[p++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      b[p++] = v;
      this.len = p;
      return;
    }
    if (!(v >= 0) || !Number.isInteger(v) || v >= 2 ** 64)
      throw new RangeError(`putUvarint: invalid value ${v}`);
    while (v >= 0x80) {
      const r = v % 128;
      b[p++] = r | 0x80;
      v = (v - r) / 128;
    }
    b[p++] = v;
    this.len = p;
  }

  /** Go's PutVarint (zig-zag) for an integer; magnitudes beyond int64 are clamped. */
  putVarint(v: number): void {
    if (v > -(2 ** 52) && v < 2 ** 52) {
      if (!Number.isInteger(v)) throw new RangeError(`putVarint: invalid value ${v}`);
      this.putUvarint(v >= 0 ? v * 2 : -v * 2 - 1);
      return;
    }
    if (!Number.isFinite(v)) throw new RangeError(`putVarint: invalid value ${v}`);
    let x = BigInt(v);
    if (x >= TWO_63) x = TWO_63 - 1n;
    if (x < -TWO_63) x = -TWO_63;
    const zz = ((x << 1n) ^ (x >> 63n)) & MASK_64;
    this.putUvarintBig(zz);
  }

  putUvarintBig(v: bigint): void {
    this.ensure(10);
    while (v >= 0x80n) {
      this.b[this.len++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.b[this.len++] = Number(v);
  }

  /** Raw UTF-8 bytes of `s`, no length prefix. */
  putString(s: string): void {
    const n = Buffer.byteLength(s, "utf8");
    this.ensure(n);
    this.b.write(s, this.len, n, "utf8");
    this.len += n;
  }

  /** uvarint byte length followed by the UTF-8 bytes. */
  putUvarintStr(s: string): void {
    const n = s.length < 128 && isAscii(s) ? s.length : Buffer.byteLength(s, "utf8");
    this.putUvarint(n);
    this.ensure(n);
    if (n === s.length && n < 32) {
      const b = this.b;
      let p = this.len;
      for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    } else {
      this.b.write(s, this.len, n, "utf8");
    }
    this.len += n;
  }

  putUvarintBytes(src: Uint8Array): void {
    this.putUvarint(src.length);
    this.putBytes(src);
  }

  /** Zero padding until `len` (plus `base`) is a multiple of `align`. */
  padTo(align: number, base = 0): void {
    const r = (base + this.len) % align;
    if (r !== 0) this.putZeros(align - r);
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Number of bytes Go's PutUvarint writes for `v`. */
export function uvarintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}
