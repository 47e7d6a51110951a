/**
 * 32-bit FNV-1 (multiply by the prime, then XOR the byte; Go's hash/fnv New32), offset
 * 2166136261, prime 16777619: the hash of Mimir's ring tokens and of query shards.
 */
import type { Labels } from "./labels.ts";

export const FNV_OFFSET32 = 2166136261;
const FNV_PRIME32 = 16777619;

/**
 * Continues a 32-bit FNV-1 hash (multiply by the prime, then XOR the byte; Go's hash/fnv New32)
 * over the UTF-8 bytes of `s`. Returns an unsigned 32-bit integer.
 */
export function fnv1Add32(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h, FNV_PRIME32) ^ c;
      continue;
    }
    // Non-ASCII: hash the UTF-8 encoding, as Go does over the string's bytes.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x800) {
      h = Math.imul(h, FNV_PRIME32) ^ (0xc0 | (c >> 6));
      h = Math.imul(h, FNV_PRIME32) ^ (0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      h = Math.imul(h, FNV_PRIME32) ^ (0xe0 | (c >> 12));
      h = Math.imul(h, FNV_PRIME32) ^ (0x80 | ((c >> 6) & 0x3f));
      h = Math.imul(h, FNV_PRIME32) ^ (0x80 | (c & 0x3f));
    } else {
      h = Math.imul(h, FNV_PRIME32) ^ (0xf0 | (c >> 18));
      h = Math.imul(h, FNV_PRIME32) ^ (0x80 | ((c >> 12) & 0x3f));
      h = Math.imul(h, FNV_PRIME32) ^ (0x80 | ((c >> 6) & 0x3f));
      h = Math.imul(h, FNV_PRIME32) ^ (0x80 | (c & 0x3f));
    }
  }
  return h >>> 0;
}

/** FNV-1 over the tenant ID, then each label name and value, no separators (the ring's series token). */
export function fnv1Labels32(tenant: string, labels: Labels): number {
  let h = fnv1Add32(FNV_OFFSET32, tenant);
  for (let i = 0; i < labels.length; i++) {
    h = fnv1Add32(h, labels[i].name);
    h = fnv1Add32(h, labels[i].value);
  }
  return h >>> 0;
}
