/**
 * Prometheus's float histogram chunk (EncFloatHistogram = 3), byte for byte as
 * tsdb/chunkenc/float_histogram.go writes it: the same 3-byte header and layout as the integer
 * histogram chunk (histogram.ts), then per sample
 *
 *     field     t       count      zero count  sum        each bucket (absolute counts)
 *     sample 0  varbit  64 bits    64 bits     64 bits    64 bits
 *     sample 1+ dod     XOR        XOR         XOR        XOR
 *
 * where every value has its own XOR (Gorilla) state. A stale sample writes the XORs of count,
 * zero count (both 0) and sum, and no buckets.
 *
 * The chunk is its own appender; new buckets recode the chunk, resets and layout changes cut a
 * new one, exactly as for integer histograms (except that float chunks record only "reset" or
 * "unknown" when cut, as Prometheus does).
 */
import { FloatHistogram } from "../../model/float_histogram.ts";
import { EMPTY_BUCKETS, EMPTY_SPANS } from "../../model/histogram_buckets.ts";
import {
  CounterReset,
  EXPONENTIAL_SCHEMA_MAX,
  EXPONENTIAL_SCHEMA_MAX_RESERVED,
  GaugeType,
  UnknownCounterReset,
  customBucketBoundsMatch,
  isCustomBucketsSchema,
  isKnownSchema,
  unknownSchemaError,
} from "../../model/histogram_schema.ts";
import type { Histogram } from "../../model/histogram.ts";
import {
  notAHistogram,
  type SampleIterator,
  ValFloatHistogram,
  ValNone,
  type ValueType,
} from "../../model/series.ts";
import { BitReader, BitWriter } from "./bstream.ts";
import { counterResetHint } from "./histogram.ts";
import {
  COUNTER_RESET_HEADER_MASK,
  type ChunkLayout,
  type CounterResetHeader,
  CounterResetHeaderGauge,
  CounterResetHeaderNotReset,
  CounterResetHeaderReset,
  HISTOGRAM_FLAG_POS,
  HISTOGRAM_HEADER_SIZE,
  type Insert,
  adjustForInserts,
  anyBucketDecreased,
  applyInserts,
  countSpans,
  expandSpansAndBuckets,
  expandSpansBothWays,
  identicalSpans,
  isStaleNaN,
  putVarbitInt,
  readChunkLayout,
  readFloat64,
  readState,
  readVarbitInt,
  writeChunkLayout,
  writeFloat64,
  xorRead,
  xorWrite,
} from "./histogram_meta.ts";
import { EncFloatHistogram } from "./xor.ts";

/** Extra result of the last appendFloatHistogram call: whether the returned chunk is a recoding. */
export const floatHistogramAppendState = { recoded: false };

const app = {
  forwardPos: [] as Insert[],
  forwardNeg: [] as Insert[],
  backwardPos: [] as Insert[],
  backwardNeg: [] as Insert[],
  mergedPos: EMPTY_SPANS as Int32Array,
  mergedNeg: EMPTY_SPANS as Int32Array,
  ok: false,
  counterReset: false,
};
const NO_INSERTS: Insert[] = [];

/** XOR slots: 0 count, 1 zero count, 2 sum. */
const SLOT_CNT = 0;
const SLOT_ZCNT = 1;
const SLOT_SUM = 2;

export class FloatHistogramChunk extends BitWriter {
  private schema = 0;
  private zThreshold = 0;
  private pSpans: Int32Array = EMPTY_SPANS;
  private nSpans: Int32Array = EMPTY_SPANS;
  private customValues: Float64Array | null = null;
  private t = 0;
  private tDelta = 0;
  /** Previous count, zero count and sum. */
  private readonly vals = new Float64Array(3);
  /** leading/trailing pairs for the three values (0xff: none yet). */
  private readonly lt = new Uint8Array([0xff, 0, 0xff, 0, 0xff, 0]);
  private pBuckets: Float64Array = EMPTY_BUCKETS;
  private nBuckets: Float64Array = EMPTY_BUCKETS;
  private pLt: Uint8Array = new Uint8Array(0);
  private nLt: Uint8Array = new Uint8Array(0);
  private shared = false;

  constructor(capacity = 128) {
    super(new Uint8Array(Math.max(capacity, HISTOGRAM_HEADER_SIZE)), HISTOGRAM_HEADER_SIZE, 0);
  }

  static fromBytes(b: Uint8Array): FloatHistogramChunk {
    if (b.length < HISTOGRAM_HEADER_SIZE)
      throw new Error("chunkenc: float histogram chunk shorter than its header");
    const c = new FloatHistogramChunk(HISTOGRAM_HEADER_SIZE);
    c.buf = b;
    c.len = b.length;
    c.end = b.length;
    c.free = 0;
    c.shared = true;
    return c;
  }

  encoding(): number {
    return EncFloatHistogram;
  }

  numSamples(): number {
    return (this.buf[0] << 8) | this.buf[1];
  }

  private setNumSamples(n: number): void {
    this.buf[0] = (n >>> 8) & 0xff;
    this.buf[1] = n & 0xff;
  }

  counterResetHeader(): CounterResetHeader {
    return (this.buf[HISTOGRAM_FLAG_POS] & COUNTER_RESET_HEADER_MASK) as CounterResetHeader;
  }

  setCounterResetHeader(h: CounterResetHeader): void {
    if (this.shared) this.restore();
    this.buf[HISTOGRAM_FLAG_POS] =
      (this.buf[HISTOGRAM_FLAG_POS] & ~COUNTER_RESET_HEADER_MASK) | (h & COUNTER_RESET_HEADER_MASK);
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  size(): number {
    return this.len;
  }

  compact(): void {
    if (!this.shared && this.buf.length !== this.len) {
      this.buf = this.buf.slice(0, this.len);
      this.end = this.len;
    }
  }

  lastTime(): number {
    if (this.shared) this.restore();
    return this.t;
  }

  iterator(reuse?: FloatHistogramIterator): FloatHistogramIterator {
    const it = reuse ?? new FloatHistogramIterator();
    it.reset(this.buf, 0, this.len);
    return it;
  }

  private restore(): void {
    const it = this.iterator();
    while (it.next() !== ValNone) {}
    const err = it.err();
    if (err !== undefined)
      throw new Error(`chunkenc: cannot append to corrupt float histogram chunk: ${err}`);
    const copy = new Uint8Array(Math.max(this.len * 2, 128));
    copy.set(this.buf.subarray(0, this.len));
    const usedBits = Math.max(it.bitPos(), HISTOGRAM_HEADER_SIZE * 8);
    const len = Math.ceil(usedBits / 8);
    this.buf = copy;
    this.len = len;
    this.end = copy.length;
    this.free = len * 8 - usedBits;
    this.shared = false;
    if (it.numRead === 0) return;
    this.schema = it.schema;
    this.zThreshold = it.zThreshold;
    this.pSpans = it.pSpans;
    this.nSpans = it.nSpans;
    this.customValues = it.customValues;
    this.t = it.t;
    this.tDelta = it.tDelta;
    this.vals.set(it.vals);
    this.lt.set(it.lt);
    this.pBuckets = it.pBuckets.slice();
    this.nBuckets = it.nBuckets.slice();
    this.pLt = it.pLt.slice();
    this.nLt = it.nLt.slice();
  }

  private appendable(h: FloatHistogram): void {
    app.ok = false;
    app.counterReset = false;
    app.forwardPos = NO_INSERTS;
    app.forwardNeg = NO_INSERTS;
    app.backwardPos = NO_INSERTS;
    app.backwardNeg = NO_INSERTS;
    if (this.numSamples() > 0 && this.counterResetHeader() === CounterResetHeaderGauge) return;
    if (h.counterResetHint === CounterReset) {
      app.counterReset = true;
      return;
    }
    if (isStaleNaN(h.sum)) {
      app.ok = true;
      return;
    }
    if (isStaleNaN(this.vals[SLOT_SUM])) return;
    if (h.count < this.vals[SLOT_CNT]) {
      app.counterReset = true;
      return;
    }
    if (h.schema !== this.schema || h.zeroThreshold !== this.zThreshold) return;
    if (
      isCustomBucketsSchema(h.schema) &&
      !customBucketBoundsMatch(h.customValues, this.customValues)
    ) {
      app.counterReset = true;
      return;
    }
    if (h.zeroCount < this.vals[SLOT_ZCNT]) {
      app.counterReset = true;
      return;
    }
    if (
      identicalSpans(this.pSpans, h.positiveSpans) &&
      identicalSpans(this.nSpans, h.negativeSpans)
    ) {
      // Same layout (the common case): no inserts, a reset iff some bucket went down.
      if (
        anyBucketDecreased(this.pBuckets, h.positiveBuckets, false) ||
        anyBucketDecreased(this.nBuckets, h.negativeBuckets, false)
      ) {
        app.counterReset = true;
        return;
      }
      app.ok = true;
      return;
    }
    const p = expandSpansAndBuckets(
      this.pSpans,
      h.positiveSpans,
      this.pBuckets,
      h.positiveBuckets,
      false,
    );
    if (p === null) {
      app.counterReset = true;
      return;
    }
    const n = expandSpansAndBuckets(
      this.nSpans,
      h.negativeSpans,
      this.nBuckets,
      h.negativeBuckets,
      false,
    );
    if (n === null) {
      app.counterReset = true;
      return;
    }
    app.forwardPos = p.forward;
    app.backwardPos = p.backward;
    app.forwardNeg = n.forward;
    app.backwardNeg = n.backward;
    app.ok = true;
  }

  private appendableGauge(h: FloatHistogram): void {
    app.ok = false;
    app.forwardPos = NO_INSERTS;
    app.forwardNeg = NO_INSERTS;
    app.backwardPos = NO_INSERTS;
    app.backwardNeg = NO_INSERTS;
    if (this.numSamples() > 0 && this.counterResetHeader() !== CounterResetHeaderGauge) return;
    if (isStaleNaN(h.sum)) {
      app.ok = true;
      return;
    }
    if (isStaleNaN(this.vals[SLOT_SUM])) return;
    if (h.schema !== this.schema || h.zeroThreshold !== this.zThreshold) return;
    if (
      isCustomBucketsSchema(h.schema) &&
      !customBucketBoundsMatch(h.customValues, this.customValues)
    )
      return;
    const p = expandSpansBothWays(this.pSpans, h.positiveSpans);
    const n = expandSpansBothWays(this.nSpans, h.negativeSpans);
    app.forwardPos = p.forward;
    app.backwardPos = p.backward;
    app.mergedPos = p.merged;
    app.forwardNeg = n.forward;
    app.backwardNeg = n.backward;
    app.mergedNeg = n.merged;
    app.ok = true;
  }

  /**
   * Appends float histogram h at time t, Prometheus's AppendFloatHistogram; same contract as
   * HistogramChunk.appendHistogram (null = appended here; else the chunk to continue with, with
   * floatHistogramAppendState.recoded telling a recoding from a new chunk). h is never modified.
   */
  appendFloatHistogram(
    prev: FloatHistogramChunk | null,
    t: number,
    h: FloatHistogram,
    appendOnly = false,
  ): FloatHistogramChunk | null {
    if (this.shared) this.restore();
    floatHistogramAppendState.recoded = false;
    const num = this.numSamples();
    if (num === 0xffff) throw new Error("chunkenc: chunk capacity exceeded");
    if (num === 0) {
      this.appendRaw(0, t, h);
      if (h.counterResetHint === GaugeType) {
        this.setCounterResetHeader(CounterResetHeaderGauge);
        return null;
      }
      if (h.counterResetHint === CounterReset) {
        this.setCounterResetHeader(CounterResetHeaderReset);
      } else if (prev !== null) {
        if (prev.shared) prev.restore();
        prev.appendable(h);
        this.setCounterResetHeader(
          app.counterReset ? CounterResetHeaderReset : CounterResetHeaderNotReset,
        );
      }
      return null;
    }
    if (h.counterResetHint !== GaugeType) {
      this.appendable(h);
      if (!app.ok || app.counterReset) {
        if (appendOnly)
          throw new Error(
            app.counterReset ? "float histogram counter reset" : "float histogram schema change",
          );
        const c = new FloatHistogramChunk();
        if (app.counterReset) c.setCounterResetHeader(CounterResetHeaderReset);
        c.appendRaw(0, t, h);
        return c;
      }
      let hh = h;
      if (app.backwardPos.length > 0 || app.backwardNeg.length > 0) {
        hh = h.copyTo(scratchHist);
        if (app.forwardPos.length === 0 && app.forwardNeg.length === 0) {
          hh.positiveSpans = this.pSpans;
          hh.negativeSpans = this.nSpans;
        } else {
          hh.positiveSpans = adjustForInserts(h.positiveSpans, app.backwardPos);
          hh.negativeSpans = adjustForInserts(h.negativeSpans, app.backwardNeg);
        }
        recodeBuckets(hh, app.backwardPos, app.backwardNeg);
      }
      if (app.forwardPos.length > 0 || app.forwardNeg.length > 0) {
        if (appendOnly)
          throw new Error(
            `float histogram layout change with ${app.forwardPos.length} positive and ${app.forwardNeg.length} negative forwards inserts`,
          );
        const c = this.recode(app.forwardPos, app.forwardNeg, hh.positiveSpans, hh.negativeSpans);
        c.appendRaw(c.numSamples(), t, hh);
        floatHistogramAppendState.recoded = true;
        return c;
      }
      this.appendRaw(num, t, hh);
      return null;
    }
    this.appendableGauge(h);
    if (!app.ok) {
      if (appendOnly) throw new Error("float gauge histogram schema change");
      const c = new FloatHistogramChunk();
      c.setCounterResetHeader(CounterResetHeaderGauge);
      c.appendRaw(0, t, h);
      return c;
    }
    let hh = h;
    if (app.backwardPos.length > 0 || app.backwardNeg.length > 0) {
      if (appendOnly)
        throw new Error(
          `float gauge histogram layout change with ${app.backwardPos.length} positive and ${app.backwardNeg.length} negative backwards inserts`,
        );
      hh = h.copyTo(scratchHist);
      hh.positiveSpans = app.mergedPos;
      hh.negativeSpans = app.mergedNeg;
      recodeBuckets(hh, app.backwardPos, app.backwardNeg);
    }
    if (app.forwardPos.length > 0 || app.forwardNeg.length > 0) {
      if (appendOnly)
        throw new Error(
          `float gauge histogram layout change with ${app.forwardPos.length} positive and ${app.forwardNeg.length} negative forwards inserts`,
        );
      const c = this.recode(app.forwardPos, app.forwardNeg, hh.positiveSpans, hh.negativeSpans);
      c.appendRaw(c.numSamples(), t, hh);
      floatHistogramAppendState.recoded = true;
      return c;
    }
    this.appendRaw(num, t, hh);
    return null;
  }

  private recode(
    posInserts: readonly Insert[],
    negInserts: readonly Insert[],
    posSpans: Int32Array,
    negSpans: Int32Array,
  ): FloatHistogramChunk {
    const it = this.iterator();
    const c = new FloatHistogramChunk(this.len + 64);
    const nPos = countSpans(posSpans);
    const nNeg = countSpans(negSpans);
    let num = 0;
    const hOld = new FloatHistogram();
    while (it.next() === ValFloatHistogram) {
      it.atFloatHistogram(hOld);
      if (!isStaleNaN(hOld.sum)) {
        hOld.positiveSpans = posSpans;
        hOld.negativeSpans = negSpans;
        if (posInserts.length > 0)
          hOld.positiveBuckets = applyInserts(
            hOld.positiveBuckets,
            new Float64Array(nPos),
            posInserts,
            false,
          );
        if (negInserts.length > 0)
          hOld.negativeBuckets = applyInserts(
            hOld.negativeBuckets,
            new Float64Array(nNeg),
            negInserts,
            false,
          );
      }
      c.appendRaw(num, it.t, hOld);
      num++;
    }
    c.setCounterResetHeader(this.counterResetHeader());
    return c;
  }

  private appendRaw(num: number, t: number, h: FloatHistogram): void {
    const stale = isStaleNaN(h.sum);
    const pb = stale ? EMPTY_BUCKETS : h.positiveBuckets;
    const nb = stale ? EMPTY_BUCKETS : h.negativeBuckets;
    const count = stale ? 0 : h.count;
    const zeroCount = stale ? 0 : h.zeroCount;
    let tDelta = 0;
    if (num === 0) {
      if (stale) {
        writeChunkLayout(this, staleLayout);
        this.schema = 0;
        this.zThreshold = 0;
        this.pSpans = EMPTY_SPANS;
        this.nSpans = EMPTY_SPANS;
        this.customValues = null;
      } else {
        layoutScratch.schema = h.schema;
        layoutScratch.zeroThreshold = h.zeroThreshold;
        layoutScratch.positiveSpans = h.positiveSpans;
        layoutScratch.negativeSpans = h.negativeSpans;
        layoutScratch.customValues = h.customValues;
        writeChunkLayout(this, layoutScratch);
        this.schema = h.schema;
        this.zThreshold = h.zeroThreshold;
        this.pSpans = h.positiveSpans.length > 0 ? h.positiveSpans.slice() : EMPTY_SPANS;
        this.nSpans = h.negativeSpans.length > 0 ? h.negativeSpans.slice() : EMPTY_SPANS;
        this.customValues =
          h.customValues !== null && h.customValues.length > 0 ? h.customValues : null;
      }
      const np = countSpans(this.pSpans);
      const nn = countSpans(this.nSpans);
      this.pBuckets = np > 0 ? new Float64Array(np) : EMPTY_BUCKETS;
      this.nBuckets = nn > 0 ? new Float64Array(nn) : EMPTY_BUCKETS;
      this.pLt = new Uint8Array(np * 2);
      this.nLt = new Uint8Array(nn * 2);
      for (let i = 0; i < np; i++) this.pLt[2 * i] = 0xff;
      for (let i = 0; i < nn; i++) this.nLt[2 * i] = 0xff;
      if (pb.length > 0) this.pBuckets.set(pb.length <= np ? pb : pb.subarray(0, np));
      if (nb.length > 0) this.nBuckets.set(nb.length <= nn ? nb : nb.subarray(0, nn));
      putVarbitInt(this, t);
      writeFloat64(this, count);
      writeFloat64(this, zeroCount);
      writeFloat64(this, h.sum);
      this.vals[SLOT_CNT] = count;
      this.vals[SLOT_ZCNT] = zeroCount;
      this.vals[SLOT_SUM] = h.sum;
      for (let i = 0; i < pb.length; i++) writeFloat64(this, pb[i]);
      for (let i = 0; i < nb.length; i++) writeFloat64(this, nb[i]);
    } else {
      tDelta = t - this.t;
      putVarbitInt(this, tDelta - this.tDelta);
      const v = this.vals;
      xorWrite(this, count, v[SLOT_CNT], this.lt, SLOT_CNT);
      v[SLOT_CNT] = count;
      xorWrite(this, zeroCount, v[SLOT_ZCNT], this.lt, SLOT_ZCNT);
      v[SLOT_ZCNT] = zeroCount;
      xorWrite(this, h.sum, v[SLOT_SUM], this.lt, SLOT_SUM);
      v[SLOT_SUM] = h.sum;
      const ap = this.pBuckets;
      for (let i = 0; i < pb.length; i++) {
        xorWrite(this, pb[i], ap[i], this.pLt, i);
        ap[i] = pb[i];
      }
      const an = this.nBuckets;
      for (let i = 0; i < nb.length; i++) {
        xorWrite(this, nb[i], an[i], this.nLt, i);
        an[i] = nb[i];
      }
    }
    this.t = t;
    this.tDelta = tDelta;
    this.setNumSamples(num + 1);
  }
}

const scratchHist = new FloatHistogram();
const staleLayout: ChunkLayout = {
  schema: 0,
  zeroThreshold: 0,
  positiveSpans: EMPTY_SPANS,
  negativeSpans: EMPTY_SPANS,
  customValues: null,
};
const layoutScratch: ChunkLayout = {
  schema: 0,
  zeroThreshold: 0,
  positiveSpans: EMPTY_SPANS,
  negativeSpans: EMPTY_SPANS,
  customValues: null,
};

function recodeBuckets(h: FloatHistogram, pos: readonly Insert[], neg: readonly Insert[]): void {
  if (pos.length > 0)
    h.positiveBuckets = applyInserts(
      h.positiveBuckets,
      new Float64Array(countSpans(h.positiveSpans)),
      pos,
      false,
    );
  if (neg.length > 0)
    h.negativeBuckets = applyInserts(
      h.negativeBuckets,
      new Float64Array(countSpans(h.negativeSpans)),
      neg,
      false,
    );
}

const EMPTY = new Uint8Array(0);

/** Reads a float histogram chunk sample by sample (state public for the appender's restore). */
export class FloatHistogramIterator implements SampleIterator {
  private readonly r = new BitReader(EMPTY, 0, 0);
  private numTotal = 0;
  numRead = 0;
  private crh = 0;
  private error: string | undefined = undefined;
  private readonly layout: ChunkLayout = {
    schema: 0,
    zeroThreshold: 0,
    positiveSpans: EMPTY_SPANS,
    negativeSpans: EMPTY_SPANS,
    customValues: null,
  };
  schema = 0;
  zThreshold = 0;
  pSpans: Int32Array = EMPTY_SPANS;
  nSpans: Int32Array = EMPTY_SPANS;
  customValues: Float64Array | null = null;
  t = 0;
  tDelta = 0;
  /** Count, zero count, sum. */
  readonly vals = new Float64Array(3);
  readonly lt = new Uint8Array(6);
  pBuckets: Float64Array = EMPTY_BUCKETS;
  nBuckets: Float64Array = EMPTY_BUCKETS;
  pLt: Uint8Array = new Uint8Array(0);
  nLt: Uint8Array = new Uint8Array(0);

  reset(buf: Uint8Array, start = 0, end = buf.length): void {
    if (end - start < HISTOGRAM_HEADER_SIZE) {
      this.r.reset(EMPTY, 0, 0);
      this.numTotal = 0;
      this.error = end - start === 0 ? undefined : "float histogram chunk shorter than its header";
    } else {
      this.r.reset(buf, start + HISTOGRAM_HEADER_SIZE, end);
      this.numTotal = (buf[start] << 8) | buf[start + 1];
      this.crh = buf[start + HISTOGRAM_FLAG_POS] & COUNTER_RESET_HEADER_MASK;
      this.error = undefined;
    }
    this.numRead = 0;
    this.t = 0;
    this.tDelta = 0;
    this.vals.fill(0);
    this.lt.fill(0);
    this.customValues = null;
  }

  err(): string | undefined {
    return this.error;
  }

  bitPos(): number {
    return this.r.pos;
  }

  counterResetHeader(): number {
    return this.crh;
  }

  atT(): number {
    return this.t;
  }

  /** Histogram samples have no float value; NaN. */
  atF(): number {
    return Number.NaN;
  }

  seek(t: number): ValueType {
    if (this.error !== undefined) return ValNone;
    while (t > this.t || this.numRead === 0) {
      if (this.next() === ValNone) return ValNone;
    }
    return ValFloatHistogram;
  }

  /** The current sample written into `into` (arrays reused when the lengths match) or a new histogram. */
  private readonly curFH = new FloatHistogram();

  /** Float histogram chunks hold no integer histograms. */
  atH(): Histogram {
    return notAHistogram();
  }

  /** SampleIterator.atFH: the current sample in an object reused by the next call. */
  atFH(): FloatHistogram {
    return this.atFloatHistogram(this.curFH);
  }

  atFloatHistogram(into?: FloatHistogram): FloatHistogram {
    const h = into ?? new FloatHistogram();
    const sum = this.vals[SLOT_SUM];
    if (isStaleNaN(sum)) {
      h.counterResetHint = UnknownCounterReset;
      h.schema = 0;
      h.zeroThreshold = 0;
      h.zeroCount = 0;
      h.count = 0;
      h.sum = sum;
      h.positiveSpans = EMPTY_SPANS;
      h.negativeSpans = EMPTY_SPANS;
      h.positiveBuckets = EMPTY_BUCKETS;
      h.negativeBuckets = EMPTY_BUCKETS;
      h.customValues = null;
      return h;
    }
    h.counterResetHint = counterResetHint(this.crh, this.numRead);
    h.schema = this.schema;
    h.zeroThreshold = this.zThreshold;
    h.zeroCount = this.vals[SLOT_ZCNT];
    h.count = this.vals[SLOT_CNT];
    h.sum = sum;
    h.positiveSpans = reuseI(this.pSpans, h.positiveSpans);
    h.negativeSpans = reuseI(this.nSpans, h.negativeSpans);
    h.positiveBuckets = reuseF(this.pBuckets, h.positiveBuckets);
    h.negativeBuckets = reuseF(this.nBuckets, h.negativeBuckets);
    h.customValues = this.customValues;
    if (h.schema > EXPONENTIAL_SCHEMA_MAX && h.schema <= EXPONENTIAL_SCHEMA_MAX_RESERVED)
      h.reduceResolution(EXPONENTIAL_SCHEMA_MAX);
    return h;
  }

  next(): ValueType {
    if (this.error !== undefined || this.numRead >= this.numTotal) return ValNone;
    const r = this.r;
    readState.err = undefined;
    if (this.numRead === 0) {
      readChunkLayout(r, this.layout);
      if (readState.err !== undefined) return this.fail(readState.err);
      const l = this.layout;
      if (!isKnownSchema(l.schema)) return this.fail(unknownSchemaError(l.schema));
      this.schema = l.schema;
      this.zThreshold = l.zeroThreshold;
      this.pSpans = l.positiveSpans;
      this.nSpans = l.negativeSpans;
      this.customValues = l.customValues;
      const np = countSpans(l.positiveSpans);
      const nn = countSpans(l.negativeSpans);
      if ((np + nn) * 64 > r.remaining()) return this.fail("EOF");
      this.pBuckets = np > 0 ? new Float64Array(np) : EMPTY_BUCKETS;
      this.nBuckets = nn > 0 ? new Float64Array(nn) : EMPTY_BUCKETS;
      this.pLt = new Uint8Array(np * 2);
      this.nLt = new Uint8Array(nn * 2);
      this.t = readVarbitInt(r);
      this.vals[SLOT_CNT] = readFloat64(r);
      this.vals[SLOT_ZCNT] = readFloat64(r);
      this.vals[SLOT_SUM] = readFloat64(r);
      for (let i = 0; i < np; i++) this.pBuckets[i] = readFloat64(r);
      for (let i = 0; i < nn; i++) this.nBuckets[i] = readFloat64(r);
      if (readState.err !== undefined) return this.fail(readState.err);
      this.numRead++;
      return ValFloatHistogram;
    }
    const tDod = readVarbitInt(r);
    if (readState.err !== undefined) return this.fail(readState.err);
    this.tDelta += tDod;
    this.t += this.tDelta;
    const v = this.vals;
    v[SLOT_CNT] = xorRead(r, v[SLOT_CNT], this.lt, SLOT_CNT);
    v[SLOT_ZCNT] = xorRead(r, v[SLOT_ZCNT], this.lt, SLOT_ZCNT);
    v[SLOT_SUM] = xorRead(r, v[SLOT_SUM], this.lt, SLOT_SUM);
    if (readState.err !== undefined) return this.fail(readState.err);
    if (isStaleNaN(v[SLOT_SUM])) {
      this.numRead++;
      return ValFloatHistogram;
    }
    const pb = this.pBuckets;
    for (let i = 0; i < pb.length; i++) pb[i] = xorRead(r, pb[i], this.pLt, i);
    const nb = this.nBuckets;
    for (let i = 0; i < nb.length; i++) nb[i] = xorRead(r, nb[i], this.nLt, i);
    if (readState.err !== undefined) return this.fail(readState.err);
    this.numRead++;
    return ValFloatHistogram;
  }

  private fail(msg: string): ValueType {
    this.error = msg;
    return ValNone;
  }
}

function reuseI(src: Int32Array, dst: Int32Array): Int32Array {
  if (src.length === 0) return EMPTY_SPANS;
  if (dst.length !== src.length || dst === EMPTY_SPANS || dst === src) return src.slice();
  dst.set(src);
  return dst;
}

function reuseF(src: Float64Array, dst: Float64Array): Float64Array {
  if (src.length === 0) return EMPTY_BUCKETS;
  if (dst.length !== src.length || dst === EMPTY_BUCKETS || dst === src) return src.slice();
  dst.set(src);
  return dst;
}
