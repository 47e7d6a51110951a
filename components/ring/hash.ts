/** Ring keys of objects that are not series. */

/** 32-bit FNV-1 (multiply, then XOR) of the bytes. */
export function fnv1_32(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ b[i]!) >>> 0;
  }
  return h;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The 16 bytes of a ULID string (Crockford base32, 26 characters). */
export function ulidBytes(id: string): Uint8Array {
  if (id.length !== 26) throw new Error(`invalid ULID ${JSON.stringify(id)}`);
  let v = 0n;
  for (const ch of id.toUpperCase()) {
    const d = CROCKFORD.indexOf(ch);
    if (d < 0) throw new Error(`invalid ULID ${JSON.stringify(id)}`);
    v = (v << 5n) | BigInt(d);
  }
  if (v >> 128n !== 0n) throw new Error(`invalid ULID ${JSON.stringify(id)}`);
  const out = new Uint8Array(16);
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Mimir's HashBlockID: the store-gateway and compactor ring key of a block. */
export function hashBlockId(id: string | Uint8Array): number {
  return fnv1_32(typeof id === "string" ? ulidBytes(id) : id);
}
