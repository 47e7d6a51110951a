/**
 * One in-memory series of the head and the iterators over its samples.
 *
 * Memory layout, chosen to keep per-series overhead small:
 * - labels are a flat array of interned strings [name0, value0, name1, value1, ...];
 * - all in-order chunks of a series live in ONE growable Uint8Array owned by its open XORChunk:
 *   closing a chunk just records its (mint, maxt, start, end) in a plain number array and the
 *   next chunk starts right after it, so a series holds one buffer and no object per chunk
 *   (a typed array costs ~250 bytes of V8 overhead; a fresh series' 64-byte buffer is on-heap);
 * - out-of-order data lives in a separate object created only for series that get some.
 *
 * Buffers that iterators may hold are never modified in place once they stop growing at the
 * end: cutting a chunk starts a new head buffer, and truncation copies the remaining chunks.
 */
import type { ChunkArena } from "./chunkenc/arena.ts";
import { HistogramData } from "./head_histograms.ts";
import {
  decodeState,
  decodeXORInto,
  MAX_BYTES_PER_XOR_CHUNK,
  XORChunk,
  XORIterator,
} from "./chunkenc/xor.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import {
  notAHistogram,
  ValFloat,
  ValNone,
  type SampleIterator,
  type ValueType,
} from "../model/series.ts";
import { ArraySampleIterator, MergeSampleIterator } from "../storage/merge.ts";

const scratchF = new Float64Array(2);
const scratchU = new Uint32Array(scratchF.buffer);

/** True when a and b have the same bit pattern (Prometheus compares float bits). */
export function sameBits(a: number, b: number): boolean {
  scratchF[0] = a;
  scratchF[1] = b;
  return scratchU[0] === scratchU[2] && scratchU[1] === scratchU[3];
}

/** Out-of-order samples of one series: sorted runs, each an XOR chunk, plus an unsorted-in buffer. */
export class OOOData {
  /** Sorted buffer of the newest OOO samples (not yet in a chunk). */
  ts: number[] = [];
  /**
   * Values parallel to `ts`, in a Float64Array: JS double arrays quiet signalling NaNs, which
   * would turn stale markers (0x7ff0000000000002) into ordinary NaNs.
   */
  vs: Float64Array = new Float64Array(4);
  /** Closed OOO chunks: each sorted, possibly overlapping one another. */
  chunks: XORChunk[] = [];
  mints: number[] = [];
  maxts: number[] = [];
  minT = Number.POSITIVE_INFINITY;
  maxT = Number.NEGATIVE_INFINITY;

  /** Inserts a sample; returns 0 when inserted, 1 when an identical sample exists, -1 on a different value. */
  insert(t: number, v: number, capacity: number): number {
    const ts = this.ts;
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo < ts.length && ts[lo] === t) return sameBits(this.vs[lo], v) ? 1 : -1;
    const n = ts.length;
    ts.splice(lo, 0, t);
    if (n + 1 > this.vs.length) {
      const nv = new Float64Array(Math.max(8, Math.min(capacity, this.vs.length * 2)));
      nv.set(this.vs.subarray(0, n));
      this.vs = nv;
    }
    this.vs.copyWithin(lo + 1, lo, n);
    this.vs[lo] = v;
    if (t < this.minT) this.minT = t;
    if (t > this.maxT) this.maxT = t;
    if (ts.length >= capacity) this.flush();
    return 0;
  }

  /** Encodes the buffer into a closed OOO chunk. */
  flush(): void {
    const n = this.ts.length;
    if (n === 0) return;
    const c = new XORChunk(32 + n * 4);
    for (let i = 0; i < n; i++) c.append(this.ts[i], this.vs[i]);
    c.compact();
    this.chunks.push(c);
    this.mints.push(this.ts[0]);
    this.maxts.push(this.ts[n - 1]);
    this.ts = [];
  }
}

export class MemSeries {
  readonly ref: number;
  /** Interned [name, value, ...] pairs sorted by name. */
  readonly lset: string[];
  readonly hash: number;
  /** Next series in the same hash bucket. */
  nextInBucket: MemSeries | undefined = undefined;

  /** Open chunk (undefined before the first sample). */
  head: XORChunk | undefined = undefined;
  headMint = Number.POSITIVE_INFINITY;
  /** Timestamp at which the open chunk is cut (Prometheus's memSeries.nextAt). */
  nextAt = Number.NEGATIVE_INFINITY;

  /**
   * Closed chunks in the open chunk's buffer: (mint, maxt, start, end) per chunk, offsets
   * relative to the buffer region's base (head.bufferBase()).
   */
  cmeta: number[] | undefined = undefined;

  ooo: OOOData | undefined = undefined;

  /** Native histogram samples (undefined until the first one). */
  hs: HistogramData | undefined = undefined;

  constructor(ref: number, lset: string[], hash: number) {
    this.ref = ref;
    this.lset = lset;
    this.hash = hash;
  }

  /** Timestamp of the last in-order sample; -Inf when there is none (kept in the chunk). */
  get lastT(): number {
    const h = this.head;
    const f =
      h === undefined || (h.numSamples() === 0 && this.cmeta === undefined)
        ? Number.NEGATIVE_INFINITY
        : h.lastTime();
    const hs = this.hs;
    return hs !== undefined && hs.lastT > f ? hs.lastT : f;
  }

  /** Whether the last in-order sample is a histogram. */
  lastIsHistogram(): boolean {
    const hs = this.hs;
    return hs !== undefined && hs.lastT !== Number.NEGATIVE_INFINITY && hs.lastT >= this.lastT;
  }

  /** True when v has the exact bits of the last in-order sample. */
  sameLastValue(v: number): boolean {
    return !this.lastIsHistogram() && this.head?.sameLastValue(v) === true;
  }

  /** Earliest timestamp held (in-order or OOO); +Inf when empty. */
  minTime(): number {
    let m = this.cmeta !== undefined && this.cmeta.length > 0 ? this.cmeta[0] : this.headMint;
    if (this.ooo !== undefined && this.ooo.minT < m) m = this.ooo.minT;
    if (this.hs !== undefined) m = Math.min(m, this.hs.minTime());
    return m;
  }

  /** Latest timestamp held (in-order or OOO); -Inf when empty. */
  maxTime(): number {
    let m = this.lastT;
    if (this.ooo !== undefined && this.ooo.maxT > m) m = this.ooo.maxT;
    if (this.hs !== undefined) m = Math.max(m, this.hs.maxTime());
    return m;
  }

  /**
   * Appends an in-order sample (t > lastT), cutting chunks as Prometheus's appendPreprocessor
   * does: on the chunk range boundary, at a predicted end time once 1/4 full, at 2x the target
   * sample count, and before the chunk would pass 1 KiB.
   */
  appendInOrder(
    t: number,
    v: number,
    chunkRange: number,
    samplesPerChunk: number,
    arena?: ChunkArena,
  ): boolean {
    let c = this.head;
    let created = false;
    if (this.hs !== undefined) this.hs.open = false;
    if (c === undefined) {
      c = new XORChunk(64, arena);
      this.head = c;
      created = true;
    } else if (c.size() > MAX_BYTES_PER_XOR_CHUNK - 19) {
      this.cutHeadChunk(t, chunkRange);
      created = true;
    }
    const n = c.numSamples();
    if (n === 0) {
      this.headMint = t;
      this.nextAt = rangeForTimestamp(t, chunkRange);
    }
    if (n === samplesPerChunk >> 2) {
      this.nextAt = computeChunkEndTime(this.headMint, this.lastT, this.nextAt, 4);
    }
    if (!created && (t >= this.nextAt || n >= samplesPerChunk * 2)) {
      this.cutHeadChunk(t, chunkRange);
      created = true;
    }
    c.append(t, v);
    return created;
  }

  /** Appends an in-order native histogram (t > lastT); exactly one of h and fh is set. */
  appendHistogramInOrder(
    t: number,
    h: Histogram | null,
    fh: FloatHistogram | null,
    chunkRange: number,
    samplesPerChunk: number,
  ): void {
    let hs = this.hs;
    if (hs === undefined) {
      hs = new HistogramData();
      this.hs = hs;
    }
    hs.append(t, h, fh, chunkRange, samplesPerChunk);
  }

  /** Closes the open chunk in place and starts the next one after it. */
  private cutHeadChunk(t: number, chunkRange: number): void {
    const c = this.head as XORChunk;
    if (c.numSamples() > 0) {
      const last = c.lastTime();
      const base = c.bufferBase();
      const [st, en] = c.restartAfter();
      let meta = this.cmeta;
      if (meta === undefined) {
        meta = [];
        this.cmeta = meta;
      }
      meta.push(this.headMint, last, st - base, en - base);
    }
    this.headMint = t;
    this.nextAt = rangeForTimestamp(t, chunkRange);
  }

  /** Number of closed in-order chunks. */
  numClosedChunks(): number {
    return this.cmeta === undefined ? 0 : this.cmeta.length >> 2;
  }

  /**
   * Drops closed chunks whose maxt < mint and OOO data entirely below mint. Returns true when
   * the series holds no samples anymore.
   */
  truncateBefore(mint: number): boolean {
    const h = this.head;
    if (h !== undefined && this.lastT < mint) {
      // Everything in order is older than mint.
      h.release();
      this.head = undefined;
      this.cmeta = undefined;
      this.headMint = Number.POSITIVE_INFINITY;
    } else if (h !== undefined && this.cmeta !== undefined) {
      const meta = this.cmeta;
      let k = 0;
      while (k < meta.length && meta[k + 1] < mint) k += 4;
      if (k > 0) {
        const drop = k === meta.length ? h.chunkStart() - h.bufferBase() : meta[k + 2];
        // Copy (never move in place: iterators may still read the old buffer).
        h.rebase(drop, 128);
        const nm: number[] = [];
        for (let i = k; i < meta.length; i += 4)
          nm.push(meta[i], meta[i + 1], meta[i + 2] - drop, meta[i + 3] - drop);
        this.cmeta = nm.length > 0 ? nm : undefined;
      }
    }
    const o = this.ooo;
    if (o !== undefined) {
      let keep = 0;
      for (let i = 0; i < o.chunks.length; i++) {
        if (o.maxts[i] >= mint) {
          o.chunks[keep] = o.chunks[i];
          o.mints[keep] = o.mints[i];
          o.maxts[keep] = o.maxts[i];
          keep++;
        }
      }
      o.chunks.length = keep;
      o.mints.length = keep;
      o.maxts.length = keep;
      if (o.ts.length > 0 && o.ts[o.ts.length - 1] < mint) o.ts = [];
      if (keep === 0 && o.ts.length === 0) this.ooo = undefined;
      else {
        o.minT = Math.min(
          keep > 0 ? Math.min(...o.mints) : Number.POSITIVE_INFINITY,
          o.ts.length > 0 ? o.ts[0] : Number.POSITIVE_INFINITY,
        );
        o.maxT = Math.max(
          keep > 0 ? Math.max(...o.maxts) : Number.NEGATIVE_INFINITY,
          o.ts.length > 0 ? o.ts[o.ts.length - 1] : Number.NEGATIVE_INFINITY,
        );
      }
    }
    const hs = this.hs;
    if (hs !== undefined) {
      hs.truncateBefore(mint);
      if (hs.isEmpty()) this.hs = undefined;
    }
    return (
      this.cmeta === undefined &&
      this.head === undefined &&
      this.ooo === undefined &&
      this.hs === undefined
    );
  }

  /** Number and encoded size of the in-order chunks overlapping [mint, maxt], without copying. */
  chunkStats(mint: number, maxt: number): { chunks: number; bytes: number } {
    let chunks = 0;
    let bytes = 0;
    const meta = this.cmeta;
    if (meta !== undefined && this.head !== undefined) {
      for (let i = 0; i < meta.length; i += 4) {
        if (meta[i + 1] < mint || meta[i] > maxt) continue;
        chunks++;
        bytes += meta[i + 3] - meta[i + 2];
      }
    }
    const h = this.head;
    if (h !== undefined && h.numSamples() > 0 && !(this.lastT < mint || this.headMint > maxt)) {
      chunks++;
      bytes += h.size();
    }
    const st = { chunks, bytes };
    this.hs?.addChunkStats(mint, maxt, st);
    return st;
  }

  /** Chunks overlapping [mint, maxt]: closed chunks (views), then the open chunk (copy). */
  chunks(mint: number, maxt: number): { mint: number; maxt: number; bytes: Uint8Array }[] {
    const out: { mint: number; maxt: number; bytes: Uint8Array }[] = [];
    const meta = this.cmeta;
    const buf = this.head?.buffer();
    const base = this.head?.bufferBase() ?? 0;
    if (meta !== undefined && buf !== undefined) {
      for (let i = 0; i < meta.length; i += 4) {
        if (meta[i + 1] < mint || meta[i] > maxt) continue;
        out.push({
          mint: meta[i],
          maxt: meta[i + 1],
          bytes: buf.subarray(base + meta[i + 2], base + meta[i + 3]),
        });
      }
    }
    const h = this.head;
    if (h !== undefined && h.numSamples() > 0 && !(this.lastT < mint || this.headMint > maxt)) {
      out.push({ mint: this.headMint, maxt: this.lastT, bytes: h.bytes().slice() });
    }
    return out;
  }

  /** An iterator over the samples in [mint, maxt], merged with OOO data. */
  iterator(mint: number, maxt: number): SampleIterator {
    const inOrder = new InOrderIterator(this, mint, maxt);
    const o = this.ooo;
    const hs = this.hs;
    if (hs === undefined && (o === undefined || o.maxT < mint || o.minT > maxt)) return inOrder;
    const its: SampleIterator[] = [inOrder];
    if (hs !== undefined) {
      const k = its.length;
      hs.iterators(mint, maxt, its);
      for (let i = k; i < its.length; i++) its[i] = new ClippedIterator(its[i], mint, maxt);
    }
    if (o === undefined || o.maxT < mint || o.minT > maxt)
      return its.length === 1 ? inOrder : new MergeSampleIterator(its);
    for (let i = 0; i < o.chunks.length; i++) {
      if (o.maxts[i] < mint || o.mints[i] > maxt) continue;
      its.push(new ClippedIterator(o.chunks[i].iterator(), mint, maxt));
    }
    if (o.ts.length > 0) {
      // Copy the buffered samples in range: appends insert into the buffer in place.
      const lo = lowerBound(o.ts, mint);
      const hi = lowerBound(o.ts, maxt + 1);
      if (lo < hi) its.push(new ArraySampleIterator(o.ts.slice(lo, hi), o.vs.slice(lo, hi)));
    }
    return its.length === 1 ? inOrder : new MergeSampleIterator(its);
  }
}

/** First index of sorted `ts` whose value is >= t. */
function lowerBound(ts: readonly number[], t: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function rangeForTimestamp(t: number, width: number): number {
  return Math.floor(t / width) * width + width;
}

/** Prometheus's computeChunkEndTime. */
export function computeChunkEndTime(
  start: number,
  cur: number,
  maxT: number,
  ratioToFull: number,
): number {
  const n = (maxT - start) / ((cur - start + 1) * ratioToFull);
  if (n <= 1) return maxT;
  return Math.trunc(start + (maxT - start) / Math.floor(n));
}

/** decodeXORInto with room made in the sink's arrays first. */
function decodeInto(
  buf: Uint8Array,
  start: number,
  end: number,
  total: number,
  mint: number,
  maxt: number,
  sink: { ts: Float64Array; fs: Float64Array },
  n: number,
): number {
  if (n + total > sink.ts.length) {
    const size = Math.max(n + total, sink.ts.length * 2);
    const ts = new Float64Array(size);
    ts.set(sink.ts.subarray(0, n));
    const fs = new Float64Array(size);
    fs.set(sink.fs.subarray(0, n));
    sink.ts = ts;
    sink.fs = fs;
  }
  return decodeXORInto(buf, start, end, total, mint, maxt, sink.ts, sink.fs, n);
}

/** Walks the closed chunks then the open chunk of a series, clipped to [mint, maxt]. */
class InOrderIterator implements SampleIterator {
  private readonly buf: Uint8Array | undefined;
  private readonly meta: number[];
  /** Index (in quadruples) of the next closed chunk to open. */
  private ci = 0;
  private readonly headBuf: Uint8Array | undefined;
  private readonly headStart: number;
  private readonly headLen: number;
  private readonly headN: number;
  private headDone: boolean;
  private readonly it = new XORIterator();
  private active = false;
  private readonly mint: number;
  private readonly maxt: number;
  private done = false;

  constructor(s: MemSeries, mint: number, maxt: number) {
    this.mint = mint;
    this.maxt = maxt;
    this.buf = s.head?.buffer();
    // Snapshot the chunk list (absolute offsets): truncation replaces it, appends may push to it.
    const base = s.head?.bufferBase() ?? 0;
    const meta = s.cmeta;
    const m: number[] = [];
    if (meta !== undefined) {
      for (let i = 0; i < meta.length; i += 4)
        if (!(meta[i + 1] < mint || meta[i] > maxt)) m.push(base + meta[i + 2], base + meta[i + 3]);
    }
    this.meta = m;
    const h = s.head;
    if (h !== undefined && h.numSamples() > 0 && !(s.lastT < mint || s.headMint > maxt)) {
      this.headBuf = h.buffer();
      this.headStart = h.chunkStart();
      this.headLen = h.bufferEnd();
      this.headN = h.numSamples();
      this.headDone = false;
    } else {
      this.headBuf = undefined;
      this.headStart = 0;
      this.headLen = 0;
      this.headN = 0;
      this.headDone = true;
    }
  }

  private openNext(): boolean {
    if (this.ci < this.meta.length && this.buf !== undefined) {
      this.it.resetBytes(this.buf, this.meta[this.ci], this.meta[this.ci + 1]);
      this.ci += 2;
      this.active = true;
      return true;
    }
    if (!this.headDone && this.headBuf !== undefined) {
      this.it.reset(this.headBuf, this.headLen, this.headN, this.headStart);
      this.headDone = true;
      this.active = true;
      return true;
    }
    return false;
  }

  next(): ValueType {
    if (this.done) return ValNone;
    for (;;) {
      if (this.active) {
        const it = this.it;
        while (it.next() !== ValNone) {
          const t = it.t;
          if (t < this.mint) continue;
          if (t > this.maxt) {
            this.done = true;
            return ValNone;
          }
          return ValFloat;
        }
        this.active = false;
      }
      if (!this.openNext()) {
        this.done = true;
        return ValNone;
      }
    }
  }

  /**
   * Bulk read for the query engine, on a fresh iterator only: writes every sample with
   * lo <= t <= hi (within the iterator's range) to sink.ts/sink.fs from index n, replacing the
   * arrays with larger ones when needed; returns the new count. The iterator is exhausted after.
   */
  readInto(
    lo: number,
    hi: number,
    sink: { ts: Float64Array; fs: Float64Array },
    n: number,
  ): number {
    const mint = Math.max(lo, this.mint);
    const maxt = Math.min(hi, this.maxt);
    this.done = true;
    const buf = this.buf;
    const meta = this.meta;
    if (buf !== undefined) {
      for (let i = this.ci; i < meta.length; i += 2) {
        const start = meta[i];
        const end = meta[i + 1];
        const total = end - start >= 2 ? (buf[start] << 8) | buf[start + 1] : 0;
        n = decodeInto(buf, start, end, total, mint, maxt, sink, n);
        if (decodeState.pastMaxt) return n;
      }
    }
    if (!this.headDone && this.headBuf !== undefined) {
      n = decodeInto(this.headBuf, this.headStart, this.headLen, this.headN, mint, maxt, sink, n);
    }
    return n;
  }

  seek(t: number): ValueType {
    if (this.done) return ValNone;
    if (this.active && this.it.t >= t && this.it.t >= this.mint) return ValFloat;
    while (this.next() !== ValNone) if (this.it.t >= t) return ValFloat;
    return ValNone;
  }

  atT(): number {
    return this.it.t;
  }

  atF(): number {
    return this.it.v;
  }

  /** Float samples only. */
  atH(): Histogram {
    return notAHistogram();
  }

  /** Float samples only. */
  atFH(): FloatHistogram {
    return notAHistogram();
  }
}

/** Clips a sorted iterator to [mint, maxt]. */
class ClippedIterator implements SampleIterator {
  private readonly it: SampleIterator;
  private readonly mint: number;
  private readonly maxt: number;
  private done = false;

  constructor(it: SampleIterator, mint: number, maxt: number) {
    this.it = it;
    this.mint = mint;
    this.maxt = maxt;
  }

  next(): ValueType {
    if (this.done) return ValNone;
    for (let vt = this.it.next(); vt !== ValNone; vt = this.it.next()) {
      const t = this.it.atT();
      if (t < this.mint) continue;
      if (t > this.maxt) break;
      return vt;
    }
    this.done = true;
    return ValNone;
  }

  seek(t: number): ValueType {
    if (this.done) return ValNone;
    const vt = this.it.seek(Math.max(t, this.mint));
    if (vt === ValNone || this.it.atT() > this.maxt) {
      this.done = true;
      return ValNone;
    }
    return vt;
  }

  atT(): number {
    return this.it.atT();
  }

  atF(): number {
    return this.it.atF();
  }

  atH(): Histogram {
    return this.it.atH();
  }

  atFH(): FloatHistogram {
    return this.it.atFH();
  }
}
