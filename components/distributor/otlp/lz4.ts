/**
 * An LZ4 frame-format decoder (the format of OTLP `Content-Encoding: lz4`), written from the LZ4
 * frame and block format descriptions. Checksums are not verified. Every malformed input throws
 * an Lz4Error; output is capped at `maxSize` bytes.
 */

export class Lz4Error extends Error {
  override name = "Lz4Error";
}

const FRAME_MAGIC = 0x184d2204;

class Out {
  buf: Uint8Array;
  n = 0;
  readonly max: number;
  constructor(max: number) {
    this.max = max;
    this.buf = new Uint8Array(Math.min(max, 64 * 1024));
  }
  ensure(extra: number): void {
    const need = this.n + extra;
    if (need > this.max)
      throw new Lz4Error(`decompressed size exceeds the limit of ${this.max} bytes`);
    if (need <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const b = new Uint8Array(Math.min(cap, this.max));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
}

function decodeBlock(src: Uint8Array, start: number, end: number, out: Out): void {
  let p = start;
  while (p < end) {
    const token = src[p++];
    let lit = token >>> 4;
    if (lit === 15) {
      let b: number;
      do {
        if (p >= end) throw new Lz4Error("truncated literal length");
        b = src[p++];
        lit += b;
      } while (b === 255);
    }
    if (p + lit > end) throw new Lz4Error("literals run past the block");
    out.ensure(lit);
    out.buf.set(src.subarray(p, p + lit), out.n);
    out.n += lit;
    p += lit;
    if (p === end) return; // last sequence has no match
    if (p + 2 > end) throw new Lz4Error("truncated match offset");
    const offset = src[p] | (src[p + 1] << 8);
    p += 2;
    if (offset === 0 || offset > out.n) throw new Lz4Error("invalid match offset");
    let len = token & 15;
    if (len === 15) {
      let b: number;
      do {
        if (p >= end) throw new Lz4Error("truncated match length");
        b = src[p++];
        len += b;
      } while (b === 255);
    }
    len += 4;
    out.ensure(len);
    const buf = out.buf;
    let from = out.n - offset;
    for (let i = 0; i < len; i++) buf[out.n++] = buf[from++];
  }
}

/** Decompresses one or more concatenated LZ4 frames (skippable frames are skipped). */
export function lz4FrameDecompress(src: Uint8Array, maxSize: number): Buffer {
  const dv = new DataView(src.buffer, src.byteOffset, src.byteLength);
  const out = new Out(maxSize);
  let p = 0;
  if (src.length === 0) throw new Lz4Error("empty input");
  while (p < src.length) {
    if (p + 4 > src.length) throw new Lz4Error("truncated frame magic");
    const magic = dv.getUint32(p, true);
    p += 4;
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      if (p + 4 > src.length) throw new Lz4Error("truncated skippable frame");
      const size = dv.getUint32(p, true);
      p += 4 + size;
      if (p > src.length) throw new Lz4Error("truncated skippable frame");
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new Lz4Error("invalid LZ4 frame magic number");
    if (p + 2 > src.length) throw new Lz4Error("truncated frame descriptor");
    const flg = src[p];
    p += 2; // FLG, BD
    if (flg >>> 6 !== 1) throw new Lz4Error("unsupported LZ4 frame version");
    const blockChecksum = (flg & 0x10) !== 0;
    const contentSize = (flg & 0x08) !== 0;
    const contentChecksum = (flg & 0x04) !== 0;
    const dictId = (flg & 0x01) !== 0;
    if (dictId) throw new Lz4Error("LZ4 dictionaries are not supported");
    p += (contentSize ? 8 : 0) + 1; // content size, header checksum
    if (p > src.length) throw new Lz4Error("truncated frame descriptor");
    for (;;) {
      if (p + 4 > src.length) throw new Lz4Error("truncated block size");
      const raw = dv.getUint32(p, true);
      p += 4;
      if (raw === 0) break;
      const size = raw & 0x7fffffff;
      if (p + size > src.length) throw new Lz4Error("truncated block");
      if (raw & 0x80000000) {
        out.ensure(size);
        out.buf.set(src.subarray(p, p + size), out.n);
        out.n += size;
      } else decodeBlock(src, p, p + size, out);
      p += size + (blockChecksum ? 4 : 0);
    }
    if (contentChecksum) p += 4;
    if (p > src.length) throw new Lz4Error("truncated frame");
  }
  return Buffer.from(out.buf.buffer, out.buf.byteOffset, out.n);
}
