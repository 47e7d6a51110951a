/**
 * A bump allocator of byte regions in shared slabs, for the head's per-series chunk buffers: a
 * standalone Uint8Array costs ~300 bytes of V8 objects and backing-store bookkeeping, a region
 * in a slab costs nothing beyond its bytes.
 *
 * Regions are never reused: a freed region is garbage until its whole slab is dropped. That
 * keeps readers safe without reference counting: an iterator holds the slab's Uint8Array and
 * offsets; the bytes it reads are never rewritten (they may only be abandoned). When garbage
 * outweighs live bytes, the owner (the head) evacuates the live regions of sparse slabs into
 * fresh ones (`needsCompaction`, `sparseSlabs`), then the sparse slabs are dropped; readers
 * still holding them keep them alive until they finish. Garbage stays below about half the
 * live bytes plus a few slabs.
 */

export class Slab {
  readonly buf: Uint8Array;
  used = 0;
  live = 0;
  /** Set once the arena stops allocating from it and evacuates it. */
  evacuating = false;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }
}

export class ChunkArena {
  readonly slabSize: number;
  private cur: Slab;
  private slabs = new Set<Slab>();
  /** Bytes handed out from live slabs, and bytes still in use. */
  private allocated = 0;
  private liveBytes = 0;
  /** Monotonic bytes ever allocated, and when to consider compaction next. */
  private total = 0;
  private nextCheck = 0;
  /** Result of the last alloc (avoids allocating a tuple per call). */
  slab!: Slab;
  off = 0;

  constructor(slabSize = 1 << 20) {
    this.slabSize = slabSize;
    this.cur = this.newSlab(slabSize);
  }

  private newSlab(size: number): Slab {
    const s = new Slab(size);
    this.slabs.add(s);
    return s;
  }

  /** Allocates `size` bytes; the region is `this.slab.buf[this.off, this.off + size)`. */
  alloc(size: number): void {
    let s = this.cur;
    if (size > this.slabSize >> 2) {
      s = this.newSlab(size);
    } else if (s.used + size > s.buf.length) {
      s = this.newSlab(this.slabSize);
      this.cur = s;
    }
    this.off = s.used;
    s.used += size;
    s.live += size;
    this.allocated += size;
    this.liveBytes += size;
    this.total += size;
    this.slab = s;
  }

  /** Marks a region of `size` bytes in `slab` as garbage. */
  free(slab: Slab, size: number): void {
    slab.live -= size;
    this.liveBytes -= size;
    if (slab.live === 0 && slab !== this.cur) {
      this.slabs.delete(slab);
      this.allocated -= slab.used;
    }
  }

  /** True when garbage exceeds half the live bytes (and is worth a pass over the series). */
  needsCompaction(): boolean {
    return (
      this.total >= this.nextCheck &&
      (this.allocated - this.liveBytes) * 2 > Math.max(this.liveBytes, 4 * this.slabSize)
    );
  }

  /** Marks slabs less than 60% live (except the current one) for evacuation and returns them. */
  sparseSlabs(): Set<Slab> {
    // Do not look again before as much new data has been allocated as is live now.
    this.nextCheck = this.total + Math.max(this.liveBytes >> 1, 4 * this.slabSize);
    const out = new Set<Slab>();
    for (const s of this.slabs) {
      if (s !== this.cur && s.live * 5 < s.used * 3) {
        s.evacuating = true;
        out.add(s);
      }
    }
    return out;
  }

  stats(): { slabs: number; allocatedBytes: number; liveBytes: number } {
    return { slabs: this.slabs.size, allocatedBytes: this.allocated, liveBytes: this.liveBytes };
  }
}
