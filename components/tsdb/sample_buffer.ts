/**
 * Growable storage for the samples of one series, floats and native histograms mixed, and an
 * iterator over a slice of it (compaction collects each source's samples, then merges them).
 * Float values live in a Float64Array, which keeps NaN payloads (stale markers) bit for bit;
 * histograms are copied in (the buffer reuses its histogram objects across series).
 */
import { FloatHistogram } from "../model/float_histogram.ts";
import { Histogram } from "../model/histogram.ts";
import {
  notAHistogram,
  type SampleIterator,
  ValFloat,
  ValFloatHistogram,
  ValHistogram,
  ValNone,
  type ValueType,
} from "../model/series.ts";

export class SampleBuffer {
  ts = new Float64Array(256);
  vs = new Float64Array(256);
  /** Value type of each sample (ValFloat, ValHistogram, ValFloatHistogram). */
  kinds = new Uint8Array(256);
  /** Histogram of each histogram sample (by index; objects reused across resets). */
  readonly hs: (Histogram | undefined)[] = [];
  readonly fhs: (FloatHistogram | undefined)[] = [];
  n = 0;
  /** Number of histogram samples since the last reset. */
  histograms = 0;

  reset(): void {
    this.n = 0;
    this.histograms = 0;
  }

  private grow(): void {
    const cap = this.n * 2;
    const ts = new Float64Array(cap);
    ts.set(this.ts);
    const vs = new Float64Array(cap);
    vs.set(this.vs);
    const kinds = new Uint8Array(cap);
    kinds.set(this.kinds);
    this.ts = ts;
    this.vs = vs;
    this.kinds = kinds;
  }

  /** Appends the iterator's current sample of type vt. */
  push(it: SampleIterator, vt: ValueType): void {
    if (this.n === this.ts.length) this.grow();
    const i = this.n;
    this.ts[i] = it.atT();
    this.kinds[i] = vt;
    if (vt === ValFloat) this.vs[i] = it.atF();
    else if (vt === ValHistogram) {
      this.hs[i] = it.atH().copyTo(this.hs[i] ?? new Histogram());
      this.histograms++;
    } else {
      this.fhs[i] = it.atFH().copyTo(this.fhs[i] ?? new FloatHistogram());
      this.histograms++;
    }
    this.n++;
  }

  /** Appends every sample of `it`; returns how many. */
  drain(it: SampleIterator): number {
    const start = this.n;
    for (let vt = it.next(); vt !== ValNone; vt = it.next()) this.push(it, vt);
    return this.n - start;
  }

  /** An iterator over samples [from, to) (valid until the buffer changes). */
  iterator(from = 0, to = this.n): SampleBufferIterator {
    return new SampleBufferIterator(this, from, to);
  }
}

export class SampleBufferIterator implements SampleIterator {
  private readonly b: SampleBuffer;
  private readonly from: number;
  private readonly to: number;
  private i: number;
  private readonly fh = new FloatHistogram();

  constructor(b: SampleBuffer, from: number, to: number) {
    this.b = b;
    this.from = from;
    this.to = to;
    this.i = from - 1;
  }

  next(): ValueType {
    if (this.i < this.to) this.i++;
    return this.i < this.to ? (this.b.kinds[this.i] as ValueType) : ValNone;
  }

  seek(t: number): ValueType {
    if (this.i < this.from) this.i = this.from;
    while (this.i < this.to && this.b.ts[this.i] < t) this.i++;
    return this.i < this.to ? (this.b.kinds[this.i] as ValueType) : ValNone;
  }

  atT(): number {
    return this.b.ts[this.i];
  }

  atF(): number {
    return this.b.kinds[this.i] === ValFloat ? this.b.vs[this.i] : Number.NaN;
  }

  atH(): Histogram {
    if (this.b.kinds[this.i] !== ValHistogram) return notAHistogram();
    return this.b.hs[this.i] as Histogram;
  }

  atFH(): FloatHistogram {
    const k = this.b.kinds[this.i];
    if (k === ValHistogram) return (this.b.hs[this.i] as Histogram).toFloat(this.fh);
    if (k === ValFloatHistogram) return this.b.fhs[this.i] as FloatHistogram;
    return notAHistogram();
  }
}
