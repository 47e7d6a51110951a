/**
 * The native histogram samples of one head series (Prometheus's memSeries with histogram
 * chunks): in-order samples in histogram / float histogram chunks, encoded as they arrive, and
 * out-of-order samples kept sorted in memory.
 *
 * In-order chunk cut rules are Prometheus's (tsdb/head_append.go appendPreprocessor and
 * appendHistogram): a new chunk at the first sample, when the sample type (integer / float
 * histogram) changes or a float sample came in between, at the chunk range boundary and the
 * predicted end time (computed once the chunk is 1/4 of samplesPerChunk full), once the chunk
 * has at least 10 samples and 1 KiB, and whenever the chunk appender asks for one (counter
 * reset, schema or zero threshold change, a gauge/counter switch). The chunk appender's
 * counter reset header for a new chunk is decided against the previous chunk. A chunk whose
 * bucket layout had to widen is replaced by its recoding.
 */
import { FloatHistogram } from "../model/float_histogram.ts";
import { Histogram } from "../model/histogram.ts";
import {
  notAHistogram,
  type SampleIterator,
  ValFloatHistogram,
  ValHistogram,
  ValNone,
  type ValueType,
} from "../model/series.ts";
import { FloatHistogramChunk, floatHistogramAppendState } from "./chunkenc/float_histogram.ts";
import { HistogramChunk, histogramAppendState } from "./chunkenc/histogram.ts";
import { EncFloatHistogram, EncHistogram } from "./chunkenc/xor.ts";

/** Prometheus's targetBytesPerHistogramChunk / minSamplesPerHistogramChunk. */
export const TARGET_BYTES_PER_HISTOGRAM_CHUNK = 1024;
export const MIN_SAMPLES_PER_HISTOGRAM_CHUNK = 10;

export type AnyHistogramChunk = HistogramChunk | FloatHistogramChunk;
export type AnyHistogram = Histogram | FloatHistogram;

/** Appending a histogram whose timestamp equals the last one (same contract as floats). */
export const HIST_APPENDED = 0;
export const HIST_DUPLICATE_IGNORED = 1;
export const HIST_DUPLICATE = -1;

function rangeEnd(t: number, width: number): number {
  return Math.floor(t / width) * width + width;
}

function chunkEndTime(start: number, cur: number, maxT: number, ratioToFull: number): number {
  const n = (maxT - start) / ((cur - start + 1) * ratioToFull);
  if (n <= 1) return maxT;
  return Math.trunc(start + (maxT - start) / Math.floor(n));
}

/** The out-of-order lists of a series that has none (never written to: appendOOO replaces them). */
const NO_OOO_TS: number[] = Object.freeze([]) as unknown as number[];
const NO_OOO_VS: AnyHistogram[] = Object.freeze([]) as unknown as AnyHistogram[];
/** The last histogram of a series that has none (what equals compares against). */
const EMPTY_HISTOGRAM = new Histogram();
const EMPTY_FLOAT_HISTOGRAM = new FloatHistogram();
/** Scratch for reading the last histogram back from a chunk (read-only views of its state). */
const lastView = new Histogram();

export class HistogramData {
  /** Chunks in time order; the last one is open for appends while `open`. */
  chunks: AnyHistogramChunk[] = [];
  mints: number[] = [];
  maxts: number[] = [];
  open = false;
  private nextAt = Number.NEGATIVE_INFINITY;
  /** Timestamp of the last in-order histogram; -Inf when none. */
  lastT = Number.NEGATIVE_INFINITY;
  /**
   * The last in-order integer histogram (duplicate detection) is read back from the state of
   * `lastChunk`, the chunk it went into, when that state holds it exactly (the usual case: no
   * layout change, not a stale marker); otherwise `lastH` holds a copy. Float histograms keep
   * a copy in `lastFH`. Nothing is allocated per series until it is needed.
   */
  private lastChunk: HistogramChunk | null = null;
  private lastH: Histogram | null = null;
  private lastFH: FloatHistogram | null = null;
  private lastIsFloat = false;

  /** Out-of-order samples, sorted by time; values owned (copies). Shared empty until the first. */
  oooTs: number[] = NO_OOO_TS;
  oooVs: AnyHistogram[] = NO_OOO_VS;

  /** Earliest timestamp held; +Inf when empty. */
  minTime(): number {
    let m = this.mints.length > 0 ? this.mints[0] : Number.POSITIVE_INFINITY;
    if (this.oooTs.length > 0 && this.oooTs[0] < m) m = this.oooTs[0];
    return m;
  }

  /** Latest timestamp held; -Inf when empty. */
  maxTime(): number {
    let m = this.lastT;
    const n = this.oooTs.length;
    if (n > 0 && this.oooTs[n - 1] > m) m = this.oooTs[n - 1];
    return m;
  }

  isEmpty(): boolean {
    return this.chunks.length === 0 && this.oooTs.length === 0;
  }

  /** Whether h (or fh) equals the last in-order sample exactly. */
  sameAsLast(h: Histogram | null, fh: FloatHistogram | null): boolean {
    if (h !== null) {
      if (this.lastIsFloat) return false;
      if (this.lastChunk !== null) return this.lastChunk.lastHistogram(lastView).equals(h);
      return (this.lastH ?? EMPTY_HISTOGRAM).equals(h);
    }
    return this.lastIsFloat && fh !== null && (this.lastFH ?? EMPTY_FLOAT_HISTOGRAM).equals(fh);
  }

  /** Float samples came in: the next histogram starts a new chunk. */
  closeOpenChunk(): void {
    this.open = false;
  }

  /**
   * Appends an in-order histogram (t above every in-order sample of the series); exactly one of
   * h and fh is set. The histogram is copied as needed, never kept.
   */
  append(
    t: number,
    h: Histogram | null,
    fh: FloatHistogram | null,
    chunkRange: number,
    samplesPerChunk: number,
  ): void {
    const enc = h !== null ? EncHistogram : EncFloatHistogram;
    const last = this.chunks.length - 1;
    let c: AnyHistogramChunk | null = last >= 0 ? this.chunks[last] : null;
    let prev: AnyHistogramChunk | null = null;
    let cut = c === null || !this.open || c.encoding() !== enc;
    if (!cut && c !== null) {
      const n = c.numSamples();
      if (n === samplesPerChunk >> 2)
        this.nextAt = chunkEndTime(this.mints[last], this.lastT, this.nextAt, 4);
      if (
        t >= this.nextAt ||
        (n >= MIN_SAMPLES_PER_HISTOGRAM_CHUNK && c.size() >= TARGET_BYTES_PER_HISTOGRAM_CHUNK)
      ) {
        cut = true;
        prev = c;
      }
    } else if (c !== null && c.encoding() === enc && this.open) {
      prev = c;
    }
    if (cut) {
      if (c !== null) c.compact();
      c = enc === EncHistogram ? new HistogramChunk() : new FloatHistogramChunk();
      if (this.chunks.length === 0) {
        // Lists of exactly one (a first push would reserve room for 17).
        this.chunks = [c];
        this.mints = [t];
        this.maxts = [t];
      } else {
        this.chunks.push(c);
        this.mints.push(t);
        this.maxts.push(t);
      }
      this.nextAt = rangeEnd(t, chunkRange);
      this.open = true;
    }
    const i = this.chunks.length - 1;
    let next: AnyHistogramChunk | null;
    let recoded: boolean;
    if (h !== null) {
      next = (c as HistogramChunk).appendHistogram(prev as HistogramChunk | null, t, h);
      recoded = histogramAppendState.recoded;
      const holder = (next ?? c) as HistogramChunk;
      if (holder.holdsLast(h)) {
        this.lastChunk = holder;
      } else {
        this.lastChunk = null;
        this.lastH = h.copyTo(this.lastH ?? new Histogram());
      }
      this.lastIsFloat = false;
    } else {
      const f = fh as FloatHistogram;
      next = (c as FloatHistogramChunk).appendFloatHistogram(
        prev as FloatHistogramChunk | null,
        t,
        f,
      );
      recoded = floatHistogramAppendState.recoded;
      this.lastFH = f.copyTo(this.lastFH ?? new FloatHistogram());
      this.lastChunk = null;
      this.lastIsFloat = true;
    }
    if (next !== null) {
      if (recoded) {
        this.chunks[i] = next;
      } else {
        (c as AnyHistogramChunk).compact();
        this.chunks.push(next);
        this.mints.push(t);
        this.maxts.push(t);
        this.nextAt = rangeEnd(t, chunkRange);
      }
    }
    this.maxts[this.chunks.length - 1] = t;
    this.lastT = t;
  }

  /** Stores an out-of-order histogram (copied); HIST_APPENDED, HIST_DUPLICATE_IGNORED or HIST_DUPLICATE. */
  appendOOO(t: number, h: Histogram | null, fh: FloatHistogram | null): number {
    const ts = this.oooTs;
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo < ts.length && ts[lo] === t) {
      const old = this.oooVs[lo];
      const same =
        h !== null
          ? old instanceof Histogram && old.equals(h)
          : old instanceof FloatHistogram && old.equals(fh);
      return same ? HIST_DUPLICATE_IGNORED : HIST_DUPLICATE;
    }
    if (ts === NO_OOO_TS) {
      this.oooTs = [t];
      this.oooVs = [h !== null ? h.copy() : (fh as FloatHistogram).copy()];
      return HIST_APPENDED;
    }
    ts.splice(lo, 0, t);
    this.oooVs.splice(lo, 0, h !== null ? h.copy() : (fh as FloatHistogram).copy());
    return HIST_APPENDED;
  }

  /** Drops chunks ending before mint and OOO samples before mint. */
  truncateBefore(mint: number): void {
    let k = 0;
    // The open chunk stays when it is the last one, unless everything is older than mint.
    while (k < this.chunks.length && this.maxts[k] < mint) k++;
    if (k > 0) {
      this.chunks.splice(0, k);
      this.mints.splice(0, k);
      this.maxts.splice(0, k);
      if (this.chunks.length === 0) this.open = false;
    }
    let j = 0;
    while (j < this.oooTs.length && this.oooTs[j] < mint) j++;
    if (j > 0) {
      this.oooTs.splice(0, j);
      this.oooVs.splice(0, j);
    }
  }

  /** Number and encoded size of the in-order chunks overlapping [mint, maxt]. */
  addChunkStats(mint: number, maxt: number, out: { chunks: number; bytes: number }): void {
    for (let i = 0; i < this.chunks.length; i++) {
      if (this.maxts[i] < mint || this.mints[i] > maxt) continue;
      out.chunks++;
      out.bytes += this.chunks[i].size();
    }
  }

  /** Iterators over the in-order chunks and the OOO samples overlapping [mint, maxt]. */
  iterators(mint: number, maxt: number, out: SampleIterator[]): void {
    const cs: AnyHistogramChunk[] = [];
    for (let i = 0; i < this.chunks.length; i++) {
      if (this.maxts[i] < mint || this.mints[i] > maxt) continue;
      const c = this.chunks[i];
      // Snapshot the open chunk: appends write into its buffer.
      cs.push(i === this.chunks.length - 1 && this.open ? snapshot(c) : c);
    }
    if (cs.length > 0) out.push(new HistogramChunksIterator(cs));
    if (this.oooTs.length > 0) {
      let lo = 0;
      while (lo < this.oooTs.length && this.oooTs[lo] < mint) lo++;
      let hi = lo;
      while (hi < this.oooTs.length && this.oooTs[hi] <= maxt) hi++;
      if (lo < hi)
        out.push(new HistogramArrayIterator(this.oooTs.slice(lo, hi), this.oooVs.slice(lo, hi)));
    }
  }
}

function snapshot(c: AnyHistogramChunk): AnyHistogramChunk {
  const b = c.bytes().slice();
  return c.encoding() === EncHistogram
    ? HistogramChunk.fromBytes(b)
    : FloatHistogramChunk.fromBytes(b);
}

/** Walks histogram chunks in order (they do not overlap). */
export class HistogramChunksIterator implements SampleIterator {
  private readonly chunks: readonly AnyHistogramChunk[];
  private i = -1;
  private hit: ReturnType<HistogramChunk["iterator"]> | null = null;
  private fit: ReturnType<FloatHistogramChunk["iterator"]> | null = null;
  private cur: SampleIterator | null = null;
  private vt: ValueType = ValNone;

  constructor(chunks: readonly AnyHistogramChunk[]) {
    this.chunks = chunks;
  }

  private openNext(): boolean {
    this.i++;
    if (this.i >= this.chunks.length) return false;
    const c = this.chunks[this.i];
    if (c instanceof HistogramChunk) {
      this.hit = c.iterator(this.hit ?? undefined);
      this.cur = this.hit;
    } else {
      this.fit = c.iterator(this.fit ?? undefined);
      this.cur = this.fit;
    }
    return true;
  }

  next(): ValueType {
    for (;;) {
      if (this.cur !== null) {
        const vt = this.cur.next();
        if (vt !== ValNone) {
          this.vt = vt;
          return vt;
        }
      }
      if (!this.openNext()) {
        this.cur = null;
        this.vt = ValNone;
        return ValNone;
      }
    }
  }

  seek(t: number): ValueType {
    if (this.vt !== ValNone && this.cur !== null && this.cur.atT() >= t) return this.vt;
    while (this.next() !== ValNone) if ((this.cur as SampleIterator).atT() >= t) return this.vt;
    return ValNone;
  }

  atT(): number {
    return (this.cur as SampleIterator).atT();
  }

  atF(): number {
    return Number.NaN;
  }

  atH(): Histogram {
    return (this.cur as SampleIterator).atH();
  }

  atFH(): FloatHistogram {
    return (this.cur as SampleIterator).atFH();
  }
}

/** Iterates owned, sorted histogram samples (integer and float mixed). */
export class HistogramArrayIterator implements SampleIterator {
  private readonly ts: readonly number[];
  private readonly vs: readonly AnyHistogram[];
  private i = -1;
  private readonly h = new Histogram();
  private readonly fh = new FloatHistogram();

  constructor(ts: readonly number[], vs: readonly AnyHistogram[]) {
    this.ts = ts;
    this.vs = vs;
  }

  private type(): ValueType {
    if (this.i >= this.ts.length) return ValNone;
    return this.vs[this.i] instanceof Histogram ? ValHistogram : ValFloatHistogram;
  }

  next(): ValueType {
    if (this.i < this.ts.length) this.i++;
    return this.type();
  }

  seek(t: number): ValueType {
    if (this.i < 0) this.i = 0;
    while (this.i < this.ts.length && this.ts[this.i] < t) this.i++;
    return this.type();
  }

  atT(): number {
    return this.ts[this.i];
  }

  atF(): number {
    return Number.NaN;
  }

  atH(): Histogram {
    const v = this.vs[this.i];
    return v instanceof Histogram ? v.copyTo(this.h) : notAHistogram();
  }

  atFH(): FloatHistogram {
    const v = this.vs[this.i];
    return v instanceof Histogram ? v.toFloat(this.fh) : v.copyTo(this.fh);
  }
}
