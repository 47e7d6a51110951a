/**
 * Small typed arrays carved from shared 64 KiB slabs, for per-chunk buffers that every head
 * series allocates (a histogram chunk's first byte buffer and its appender state). A standalone
 * typed array costs an ArrayBuffer object and a backing store of its own, and a burst of them
 * (a new chunk for every series at once) makes V8 collect garbage for the external memory;
 * a view of a slab costs only its view object and its bytes.
 *
 * Regions are zeroed (slabs are fresh) and never reused: a slab is replaced when full, and lives
 * until no view of it is left. Arrays over MAX_SLAB_REGION bytes are standalone.
 */

const SLAB_BYTES = 1 << 16;
/** Largest region taken from a slab, in bytes. */
export const MAX_SLAB_REGION = 1024;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/** Byte offset of a fresh region of `bytes` bytes, 8-byte aligned, in `slab`. */
function region(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (used + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

/** A zeroed Uint8Array of n bytes. */
export function slabBytes(n: number): Uint8Array {
  if (n > MAX_SLAB_REGION) return new Uint8Array(n);
  const at = region(n); // may replace the slab: before reading it
  return new Uint8Array(slab, at, n);
}

/** A zeroed Float64Array of n elements. */
export function slabFloat64s(n: number): Float64Array {
  if (n * 8 > MAX_SLAB_REGION) return new Float64Array(n);
  const at = region(n * 8); // may replace the slab: before reading it
  return new Float64Array(slab, at, n);
}

/** A copy of src (Int32 elements) in a slab. */
export function slabInt32Copy(src: Int32Array): Int32Array {
  const n = src.length;
  if (n * 4 > MAX_SLAB_REGION) return src.slice();
  const at = region(n * 4); // may replace the slab: before reading it
  const v = new Int32Array(slab, at, n);
  v.set(src);
  return v;
}
