/**
 * Reads chunks of a block straight from the bucket by chunk reference (segment << 32 | offset):
 * references of one segment file are sorted and nearby ones fetched with one range request, as
 * Mimir's store-gateway does. Segment format: len <uvarint> | encoding <1b> | data | CRC-32C <4b>.
 */
import type { Cache } from "../cache/cache.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { type Chunk, segmentFileName, unpackChunkRef } from "../tsdb/block/chunks.ts";
import { crc32c } from "../tsdb/encoding/crc32c.ts";
import { CorruptionError } from "../model/errors.ts";

/** Bytes read past the last chunk start of a range, enough for most chunks (Mimir uses 16000). */
export const CHUNK_BYTES_ESTIMATE = 16_000;
/** Two chunks closer than this are read with one request. */
export const PARTITION_GAP = 512 * 1024;

function readUvarint(b: Uint8Array, off: number): { value: number; size: number } | undefined {
  let x = 0;
  let s = 1;
  for (let i = 0; i < 5; i++) {
    if (off + i >= b.length) return undefined;
    const c = b[off + i];
    x += (c & 0x7f) * s;
    if (c < 0x80) return { value: x, size: i + 1 };
    s *= 128;
  }
  throw new CorruptionError("chunk length: uvarint overflow");
}

/** Parses the chunk at `off` of `buf`; undefined when buf ends before the chunk does. */
function parseAt(buf: Uint8Array, off: number, where: string, verify: boolean): Chunk | undefined {
  const len = readUvarint(buf, off);
  if (len === undefined) return undefined;
  const encPos = off + len.size;
  const end = encPos + 1 + len.value + 4;
  if (end > buf.length) return undefined;
  if (verify) {
    const want =
      ((buf[end - 4] << 24) | (buf[end - 3] << 16) | (buf[end - 2] << 8) | buf[end - 1]) >>> 0;
    const got = crc32c(buf, encPos, end - 4) >>> 0;
    if (want !== got)
      throw new CorruptionError(
        `${where}: checksum mismatch expected:${want.toString(16)}, actual:${got.toString(16)}`,
      );
  }
  return { encoding: buf[encPos], data: buf.slice(encPos + 1, encPos + 1 + len.value) };
}

/** Chunks cache TTL (Mimir's chunks-cache default attributes TTL is 7 days; chunks are immutable). */
export const CHUNKS_CACHE_TTL = 7 * 24 * 3_600_000;

export interface BucketChunkReaderOptions {
  verify?: boolean;
  /** Optional chunks cache (`blocks_storage.bucket_store.chunks_cache`). */
  cache?: Cache;
  /** Cache key prefix, e.g. the tenant. */
  cacheKeyPrefix?: string;
}

export class BucketChunkReader {
  private readonly ubkt: Bucket;
  private readonly blockID: string;
  private readonly verify: boolean;
  private readonly cache: Cache | undefined;
  private readonly keyPrefix: string;
  /** Bytes fetched from the bucket so far. */
  fetchedBytes = 0;

  constructor(ubkt: Bucket, blockID: string, opts: BucketChunkReaderOptions = {}) {
    this.ubkt = ubkt;
    this.blockID = blockID;
    this.verify = opts.verify ?? true;
    this.cache = opts.cache;
    this.keyPrefix = `C:${opts.cacheKeyPrefix ?? ""}:${blockID}:`;
  }

  /** Chunks for `refs` in the order given, from the cache when it has them. */
  async chunks(refs: readonly number[]): Promise<Chunk[]> {
    if (this.cache === undefined || refs.length === 0) return this.fetch(refs);
    const keys = refs.map((r) => this.keyPrefix + r);
    const hits = await this.cache.getMulti(keys);
    const out: Chunk[] = new Array(refs.length);
    const missIdx: number[] = [];
    for (let i = 0; i < refs.length; i++) {
      const v = hits.get(keys[i]);
      if (v !== undefined && v.length >= 1) out[i] = { encoding: v[0], data: v.subarray(1) };
      else missIdx.push(i);
    }
    if (missIdx.length === 0) return out;
    const fetched = await this.fetch(missIdx.map((i) => refs[i]));
    const items: [string, Buffer][] = [];
    for (let k = 0; k < missIdx.length; k++) {
      const i = missIdx[k];
      out[i] = fetched[k];
      items.push([keys[i], Buffer.concat([Buffer.from([fetched[k].encoding]), fetched[k].data])]);
    }
    void this.cache.setMulti(items, CHUNKS_CACHE_TTL);
    return out;
  }

  private segmentName(seg: number): string {
    return `${this.blockID}/chunks/${segmentFileName(seg)}`;
  }

  /** Chunks for `refs`, in the order given, from the bucket. */
  private async fetch(refs: readonly number[]): Promise<Chunk[]> {
    const out: Chunk[] = new Array(refs.length);
    const items = refs.map((ref, i) => ({ i, ref, ...unpackChunkRef(ref) }));
    items.sort((a, b) => a.ref - b.ref);
    let k = 0;
    while (k < items.length) {
      let j = k + 1;
      while (
        j < items.length &&
        items[j].segment === items[k].segment &&
        items[j].offset - items[j - 1].offset <= PARTITION_GAP
      )
        j++;
      const seg = items[k].segment;
      const start = items[k].offset;
      const end = items[j - 1].offset + CHUNK_BYTES_ESTIMATE;
      const name = this.segmentName(seg);
      const buf = await this.ubkt.getRange(name, start, end - start);
      this.fetchedBytes += buf.length;
      for (let x = k; x < j; x++) {
        const it = items[x];
        const where = `block ${this.blockID} chunk ${it.ref}`;
        let c = parseAt(buf, it.offset - start, where, this.verify);
        if (c === undefined) {
          // Larger than the estimate: read its length, then the whole chunk.
          const head = await this.ubkt.getRange(name, it.offset, 5);
          const len = readUvarint(head, 0);
          if (len === undefined)
            throw new CorruptionError(
              `${where}: segment doesn't include enough bytes to read the chunk`,
            );
          const whole = await this.ubkt.getRange(name, it.offset, len.size + 1 + len.value + 4);
          this.fetchedBytes += whole.length;
          c = parseAt(whole, 0, where, this.verify);
          if (c === undefined)
            throw new CorruptionError(
              `${where}: segment doesn't include enough bytes to read the chunk`,
            );
        }
        out[it.i] = c;
      }
      k = j;
    }
    return out;
  }
}
