/**
 * The ring keys Mimir hashes: 32-bit FNV-1 (multiply by the prime, then XOR the byte; Go's
 * hash/fnv New32), offset 2166136261, prime 16777619.
 */
import type { Labels } from "../model/labels.ts";

import { fnv1Add32, fnv1Labels32 } from "../model/fnv.ts";

export { fnv1Add32 };

const OFFSET32 = 2166136261;
const PRIME32 = 16777619;

/** The series token: FNV-1 over the tenant ID, then each label name and value, no separators. */
export function shardByAllLabels(tenant: string, labels: Labels): number {
  return fnv1Labels32(tenant, labels);
}

/** The first part of every series token of `tenant` (continue it with shardByEncodedLabels). */
export function tenantHash(tenant: string): number {
  return fnv1Add32(OFFSET32, tenant);
}

/**
 * shardByAllLabels of labels given as encoded `Label` messages (consecutive field-1 entries,
 * each exactly a name field then a value field, as the Push body encodes them) in
 * buf[start, end): the same token, hashed over the UTF-8 bytes without decoding the strings.
 * `tenantToken` is tenantHash(tenant).
 */
export function shardByEncodedLabels(
  tenantToken: number,
  buf: Uint8Array,
  start: number,
  end: number,
): number {
  let h = tenantToken;
  let p = start;
  while (p < end) {
    // Label field: tag, message length (skipped), then name and value fields.
    p++;
    while (buf[p++] >= 0x80);
    for (let f = 0; f < 2; f++) {
      p++;
      let len = 0;
      let shift = 0;
      let b: number;
      do {
        b = buf[p++];
        len += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b >= 0x80);
      for (const stop = p + len; p < stop; p++) h = Math.imul(h, PRIME32) ^ buf[p];
    }
  }
  return h >>> 0;
}

/** The metadata token: FNV-1 over the tenant ID, then the metric name (ShardByMetricName). */
export function shardByMetricName(tenant: string, metricName: string): number {
  return fnv1Add32(fnv1Add32(OFFSET32, tenant), metricName);
}

/** A block's ring key: FNV-1 over the 16 raw bytes of its ULID (Mimir's HashBlockID). */
export function hashBlockID(ulid: string): number {
  const bytes = ulidBytes(ulid);
  let h = OFFSET32;
  for (let i = 0; i < 16; i++) h = Math.imul(h, PRIME32) ^ bytes[i];
  return h >>> 0;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The 16 bytes of a 26-character Crockford base32 ULID. Throws on a malformed ID. */
export function ulidBytes(ulid: string): Uint8Array {
  if (ulid.length !== 26) throw new Error(`invalid ULID ${JSON.stringify(ulid)}`);
  let big = 0n;
  for (const ch of ulid.toUpperCase()) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) throw new Error(`invalid ULID ${JSON.stringify(ulid)}`);
    big = (big << 5n) | BigInt(v);
  }
  if (big >> 128n !== 0n)
    throw new Error(`invalid ULID ${JSON.stringify(ulid)}: overflows 128 bits`);
  const out = new Uint8Array(16);
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(big & 0xffn);
    big >>= 8n;
  }
  return out;
}
