/**
 * MSB-first bit streams over byte arrays, as Prometheus's chunkenc/bstream.go packs them: bits
 * fill each byte from its most significant bit down, a new byte is started (zeroed) when the
 * last one is full, and unused low bits of the final byte stay zero.
 *
 * JS has no cheap 64-bit integers, so 64-bit quantities travel as two unsigned 32-bit halves.
 * Neither class allocates per call once its buffer has grown.
 */

export class BitWriter {
  /** Backing store; bytes [0, len) are the stream. */
  buf: Uint8Array;
  len: number;
  /** Unused low bits in buf[len - 1] (0 means the last byte is full or there is none). */
  free: number;
  /** Capacity end: the stream may use buf[.., end) (buf.length unless the buffer is shared). */
  end: number;

  constructor(buf: Uint8Array, len: number, free = 0) {
    this.buf = buf;
    this.len = len;
    this.free = free;
    this.end = buf.length;
  }

  /** Makes room for at least one more byte (subclasses may allocate elsewhere). */
  protected grow(): void {
    const n = this.buf.length;
    // Double while small, then grow by half: series buffers hold several chunks.
    const nb = new Uint8Array(n < 64 ? 128 : n < 512 ? n * 2 : n + (n >> 1));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
    this.end = nb.length;
  }

  writeBit(bit: number): void {
    if (this.free === 0) {
      if (this.len === this.end) this.grow();
      this.buf[this.len++] = 0;
      this.free = 8;
    }
    this.free--;
    if (bit !== 0) this.buf[this.len - 1] |= 1 << this.free;
  }

  /** Writes the low `n` bits of `v` (0 <= n <= 32), most significant first. */
  writeBits(v: number, n: number): void {
    let free = this.free;
    while (n > 0) {
      if (free === 0) {
        if (this.len === this.end) this.grow();
        this.buf[this.len++] = 0;
        free = 8;
      }
      const take = Math.min(n, free);
      n -= take;
      const bits = (v >>> n) & ((1 << take) - 1);
      free -= take;
      this.buf[this.len - 1] |= bits << free;
    }
    this.free = free;
  }

  /** Writes the low `n` bits (0 <= n <= 64) of the 64-bit value hi:lo. */
  writeBits64(hi: number, lo: number, n: number): void {
    if (n > 32) {
      this.writeBits(hi, n - 32);
      this.writeBits(lo, 32);
    } else {
      this.writeBits(lo, n);
    }
  }

  writeByte(b: number): void {
    this.writeBits(b, 8);
  }
}

export class BitReader {
  buf: Uint8Array;
  /** Absolute bit position of the next bit to read. */
  pos = 0;
  /** End of the stream, in bits. */
  end = 0;

  constructor(buf: Uint8Array, startByte = 0, endByte = buf.length) {
    this.buf = buf;
    this.pos = startByte * 8;
    this.end = endByte * 8;
  }

  reset(buf: Uint8Array, startByte: number, endByte: number): void {
    this.buf = buf;
    this.pos = startByte * 8;
    this.end = endByte * 8;
  }

  /** Bits left to read. */
  remaining(): number {
    return this.end - this.pos;
  }

  /** Returns 0 or 1; -1 at end of stream. */
  readBit(): number {
    const p = this.pos;
    if (p >= this.end) return -1;
    this.pos = p + 1;
    return (this.buf[p >>> 3] >>> (7 - (p & 7))) & 1;
  }

  /**
   * Reads `n` bits (0 <= n <= 32) as an unsigned number; the caller checks `remaining()` first
   * (reads past the end return zero bits).
   */
  readBits(n: number): number {
    let v = 0;
    let p = this.pos;
    const buf = this.buf;
    while (n > 0) {
      const off = p & 7;
      const avail = 8 - off;
      const take = Math.min(n, avail);
      const byte = buf[p >>> 3] ?? 0;
      const bits = (byte >>> (avail - take)) & ((1 << take) - 1);
      // v * 2^take + bits, kept unsigned for n == 32.
      v = v * (1 << take) + bits;
      p += take;
      n -= take;
    }
    this.pos = p;
    return v;
  }

  readByte(): number {
    return this.readBits(8);
  }
}
