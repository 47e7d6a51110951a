/**
 * The frame format of Prometheus's streamed remote read (STREAMED_XOR_CHUNKS): each frame is
 * the message length as a uvarint, the big-endian CRC-32C (Castagnoli) of the message, then the
 * message bytes. Content-Type `application/x-streamed-protobuf; proto=prometheus.ChunkedReadResponse`.
 */
import { crc32c } from "../../tsdb/encoding/crc32c.ts";

export const STREAMED_CONTENT_TYPE =
  "application/x-streamed-protobuf; proto=prometheus.ChunkedReadResponse";

/** Size of the uvarint encoding of a non-negative integer. */
function uvarintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

/** One frame holding `msg`. */
export function frame(msg: Uint8Array): Buffer {
  const head = uvarintSize(msg.length);
  const out = Buffer.allocUnsafe(head + 4 + msg.length);
  let n = msg.length;
  let i = 0;
  while (n >= 0x80) {
    out[i++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[i++] = n;
  out.writeUInt32BE(crc32c(msg), i);
  out.set(msg, i + 4);
  return out;
}

/**
 * Splits a whole streamed body into its messages, checking each CRC. Throws on a truncated
 * frame, a frame over `maxSize` bytes, or a checksum mismatch (Prometheus's ChunkedReader errors).
 */
export function parseFrames(body: Uint8Array, maxSize = 50 << 20): Uint8Array[] {
  const out: Uint8Array[] = [];
  let pos = 0;
  while (pos < body.length) {
    let size = 0;
    let mul = 1;
    let b: number;
    do {
      if (pos >= body.length) throw new Error("chunked read: truncated frame size");
      b = body[pos++];
      size += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80);
    if (size > maxSize)
      throw new Error(
        `chunkedReader: message size exceeded the limit ${maxSize} bytes; got: ${size} bytes`,
      );
    if (pos + 4 + size > body.length) throw new Error("chunked read: truncated frame");
    const want = Buffer.from(body.buffer, body.byteOffset + pos, 4).readUInt32BE(0);
    const msg = body.subarray(pos + 4, pos + 4 + size);
    if (crc32c(msg) !== want) throw new Error("chunkedReader: corrupted frame; checksum mismatch");
    out.push(msg);
    pos += 4 + size;
  }
  return out;
}
