/**
 * Encodes one series' samples, floats and native histograms mixed, into chunks the way
 * Prometheus's compactor and chunk queriers do (storage/series.go seriesToChunkEncoder): a new
 * chunk when the sample type changes, when the chunk holds `samplesPerChunk` samples, or when a
 * histogram chunk appender asks for one (counter reset, schema or zero threshold change); a
 * histogram chunk whose bucket layout widened is replaced by its recoding. Chunks come out in
 * time order without overlap.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import {
  type SampleIterator,
  ValFloat,
  ValFloatHistogram,
  ValHistogram,
  ValNone,
} from "../model/series.ts";
import type { EncodedChunk } from "./block/chunks.ts";
import { FloatHistogramChunk, floatHistogramAppendState } from "./chunkenc/float_histogram.ts";
import { HistogramChunk, histogramAppendState } from "./chunkenc/histogram.ts";
import { EncFloatHistogram, EncHistogram, EncXOR, XORChunk } from "./chunkenc/xor.ts";

/** Prometheus's target of samples per chunk (seriesToChunkEncoderSplit). */
export const SAMPLES_PER_CHUNK = 120;

export class SeriesChunksBuilder {
  private readonly samplesPerChunk: number;
  private readonly out: EncodedChunk[] = [];
  private xor: XORChunk | null = null;
  private hc: HistogramChunk | null = null;
  private fhc: FloatHistogramChunk | null = null;
  private enc = 0;
  private mint = 0;
  private maxt = 0;

  constructor(samplesPerChunk = SAMPLES_PER_CHUNK) {
    this.samplesPerChunk = samplesPerChunk;
  }

  private numSamples(): number {
    if (this.enc === EncXOR) return (this.xor as XORChunk).numSamples();
    if (this.enc === EncHistogram) return (this.hc as HistogramChunk).numSamples();
    if (this.enc === EncFloatHistogram) return (this.fhc as FloatHistogramChunk).numSamples();
    return 0;
  }

  /** Closes the current chunk (if any) into the output. */
  private flush(): void {
    let data: Uint8Array | undefined;
    if (this.enc === EncXOR) data = (this.xor as XORChunk).bytes();
    else if (this.enc === EncHistogram) data = (this.hc as HistogramChunk).bytes();
    else if (this.enc === EncFloatHistogram) data = (this.fhc as FloatHistogramChunk).bytes();
    if (data !== undefined && this.numSamples() > 0)
      this.out.push({ mint: this.mint, maxt: this.maxt, encoding: this.enc, data: data.slice() });
    this.enc = 0;
  }

  /** Whether the next sample of encoding `enc` needs a fresh chunk. */
  private needsCut(enc: number): boolean {
    return this.enc !== enc || this.numSamples() >= this.samplesPerChunk;
  }

  appendFloat(t: number, v: number): void {
    if (this.needsCut(EncXOR)) {
      this.flush();
      this.xor = new XORChunk(128);
      this.enc = EncXOR;
      this.mint = t;
    }
    (this.xor as XORChunk).append(t, v);
    this.maxt = t;
  }

  appendHistogram(t: number, h: Histogram): void {
    let prev: HistogramChunk | null = null;
    if (this.needsCut(EncHistogram)) {
      // The previous histogram chunk decides the new chunk's counter reset header.
      prev = this.enc === EncHistogram ? this.hc : null;
      this.flush();
      this.hc = new HistogramChunk();
      this.enc = EncHistogram;
      this.mint = t;
    }
    const c = (this.hc as HistogramChunk).appendHistogram(prev, t, h);
    if (c !== null) {
      if (!histogramAppendState.recoded) {
        this.flush();
        this.enc = EncHistogram;
        this.mint = t;
      }
      this.hc = c;
    }
    this.maxt = t;
  }

  appendFloatHistogram(t: number, fh: FloatHistogram): void {
    let prev: FloatHistogramChunk | null = null;
    if (this.needsCut(EncFloatHistogram)) {
      prev = this.enc === EncFloatHistogram ? this.fhc : null;
      this.flush();
      this.fhc = new FloatHistogramChunk();
      this.enc = EncFloatHistogram;
      this.mint = t;
    }
    const c = (this.fhc as FloatHistogramChunk).appendFloatHistogram(prev, t, fh);
    if (c !== null) {
      if (!floatHistogramAppendState.recoded) {
        this.flush();
        this.enc = EncFloatHistogram;
        this.mint = t;
      }
      this.fhc = c;
    }
    this.maxt = t;
  }

  /** Appends the iterator's current sample of type vt. */
  appendFrom(it: SampleIterator, vt: number): void {
    const t = it.atT();
    if (vt === ValFloat) this.appendFloat(t, it.atF());
    else if (vt === ValHistogram) this.appendHistogram(t, it.atH());
    else if (vt === ValFloatHistogram) this.appendFloatHistogram(t, it.atFH());
  }

  /** The chunks so far, the open one closed; the builder starts over. */
  finish(): EncodedChunk[] {
    this.flush();
    const out = this.out.slice();
    this.out.length = 0;
    return out;
  }
}

/** Encodes the samples of `it` in [mint, maxt] (ms, inclusive). */
export function encodeSeriesChunks(
  it: SampleIterator,
  mint = Number.NEGATIVE_INFINITY,
  maxt = Number.POSITIVE_INFINITY,
  samplesPerChunk = SAMPLES_PER_CHUNK,
): EncodedChunk[] {
  const b = new SeriesChunksBuilder(samplesPerChunk);
  const first = mint === Number.NEGATIVE_INFINITY ? it.next() : it.seek(mint);
  for (let vt = first; vt !== ValNone; vt = it.next()) {
    if (it.atT() > maxt) break;
    b.appendFrom(it, vt);
  }
  return b.finish();
}
