/**
 * CRC32 with the Castagnoli polynomial (CRC-32C), as Prometheus's TSDB uses for index sections,
 * chunks and tombstones. Node's zlib.crc32 is the IEEE polynomial, so this is our own:
 * table-driven, slicing by 8 bytes.
 */

const POLY = 0x82f63b78; // reversed Castagnoli polynomial

const TABLES: Uint32Array[] = (() => {
  const t: Uint32Array[] = [];
  for (let k = 0; k < 8; k++) t.push(new Uint32Array(256));
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let j = 0; j < 8; j++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t[0][i] = c >>> 0;
  }
  for (let i = 0; i < 256; i++) {
    let c = t[0][i];
    for (let k = 1; k < 8; k++) {
      c = t[0][c & 0xff] ^ (c >>> 8);
      t[k][i] = c >>> 0;
    }
  }
  return t;
})();

const T0 = TABLES[0];
const T1 = TABLES[1];
const T2 = TABLES[2];
const T3 = TABLES[3];
const T4 = TABLES[4];
const T5 = TABLES[5];
const T6 = TABLES[6];
const T7 = TABLES[7];

/**
 * Continues a CRC-32C over b[start:end]. Pass the previous result as `crc` (0 to start); the
 * result is the finished unsigned checksum, so calls chain like Go's crc32.Update.
 */
export function crc32cUpdate(crc: number, b: Uint8Array, start = 0, end = b.length): number {
  let c = ~crc >>> 0;
  let i = start;
  const end8 = end - 8;
  while (i <= end8) {
    c ^= b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
    c =
      T7[c & 0xff] ^
      T6[(c >>> 8) & 0xff] ^
      T5[(c >>> 16) & 0xff] ^
      T4[c >>> 24] ^
      T3[b[i + 4]] ^
      T2[b[i + 5]] ^
      T1[b[i + 6]] ^
      T0[b[i + 7]];
    i += 8;
  }
  while (i < end) {
    c = T0[(c ^ b[i]) & 0xff] ^ (c >>> 8);
    i++;
  }
  return ~c >>> 0;
}

/** CRC-32C of b[start:end], unsigned 32-bit. */
export function crc32c(b: Uint8Array, start = 0, end = b.length): number {
  return crc32cUpdate(0, b, start, end);
}
