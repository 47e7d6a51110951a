/**
 * Prometheus's integer histogram chunk (EncHistogram = 2), byte for byte as
 * tsdb/chunkenc/histogram.go writes it (format: tsdb/docs/format/chunks.md):
 *
 *   3-byte header (sample count, counter reset header; see histogram_meta.ts), then the layout
 *   of the first sample (zero threshold, schema, spans, custom bounds), then per sample:
 *
 *     field     t      count      zero count  sum          each bucket (delta-encoded values)
 *     sample 0  varbit varbit uint varbit uint 64 raw bits varbit int
 *     sample 1+ dod    dod         dod         XOR         dod
 *
 *   "dod" is the varbit int delta of deltas (the second sample's delta-of-delta equals its
 *   delta since the previous delta is 0). A stale sample (sum = stale NaN) writes zero dods for
 *   the counts, the sum, and no buckets.
 *
 * A chunk keeps one bucket layout. When a histogram arrives with new buckets, the chunk is
 * recoded into a new chunk with the wider layout (the "recoded" result); when buckets lost
 * observations, the count went down, or the schema or zero threshold changed, a new chunk is cut
 * with a counter reset header saying why. The chunk object is its own appender (the appender
 * state lives in it) and iterators reuse one output histogram, so appending and reading allocate
 * nothing per sample once the layout is known.
 */
import { slabBytes, slabFloat64s, slabInt32Copy } from "./slab_arrays.ts";
import { FloatHistogram } from "../../model/float_histogram.ts";
import { Histogram } from "../../model/histogram.ts";
import { EMPTY_BUCKETS, EMPTY_SPANS } from "../../model/histogram_buckets.ts";
import {
  CounterReset,
  EXPONENTIAL_SCHEMA_MAX,
  EXPONENTIAL_SCHEMA_MAX_RESERVED,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
  type CounterResetHint,
  customBucketBoundsMatch,
  isCustomBucketsSchema,
  isKnownSchema,
  unknownSchemaError,
} from "../../model/histogram_schema.ts";
import { type SampleIterator, ValHistogram, ValNone, type ValueType } from "../../model/series.ts";
import { BitReader, BitWriter } from "./bstream.ts";
import {
  COUNTER_RESET_HEADER_MASK,
  type ChunkLayout,
  type CounterResetHeader,
  CounterResetHeaderGauge,
  CounterResetHeaderNotReset,
  CounterResetHeaderReset,
  CounterResetHeaderUnknown,
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
  putVarbitUint,
  readChunkLayout,
  readFloat64,
  readState,
  readVarbitInt,
  readVarbitUint,
  writeChunkLayout,
  writeFloat64,
  xorRead,
  xorWrite,
} from "./histogram_meta.ts";
import { EncHistogram } from "./xor.ts";

/** Prometheus's hint for a sample at position numRead (1-based) in a chunk with header crh. */
export function counterResetHint(crh: number, numRead: number): CounterResetHint {
  if (crh === CounterResetHeaderGauge) return GaugeType;
  if (numRead > 1) return NotCounterReset;
  return UnknownCounterReset;
}

export function counterResetHintToHeader(hint: CounterResetHint): CounterResetHeader {
  switch (hint) {
    case CounterReset:
      return CounterResetHeaderReset;
    case NotCounterReset:
      return CounterResetHeaderNotReset;
    case GaugeType:
      return CounterResetHeaderGauge;
    default:
      return CounterResetHeaderUnknown;
  }
}

/** Extra result of the last appendHistogram call: whether the returned chunk is a recoding of the old one. */
export const histogramAppendState = { recoded: false };

/** Outcome of the appendable checks (module-level, reused). */
const app = {
  forwardPos: [] as Insert[],
  forwardNeg: [] as Insert[],
  backwardPos: [] as Insert[],
  backwardNeg: [] as Insert[],
  mergedPos: EMPTY_SPANS as Int32Array,
  mergedNeg: EMPTY_SPANS as Int32Array,
  ok: false,
  header: CounterResetHeaderNotReset as CounterResetHeader,
};

const NO_INSERTS: Insert[] = [];
/** `lt` of a chunk without samples (never written: allocState replaces it first). */
const INITIAL_LT = new Uint8Array([0xff, 0]);

export class HistogramChunk extends BitWriter {
  // Layout of the chunk (set by the first sample).
  private schema = 0;
  private zThreshold = 0;
  private pSpans: Int32Array = EMPTY_SPANS;
  private nSpans: Int32Array = EMPTY_SPANS;
  private customValues: Float64Array | null = null;
  // Appender state.
  private t = 0;
  private cnt = 0;
  private zCnt = 0;
  private tDelta = 0;
  private cntDelta = 0;
  private zCntDelta = 0;
  private pBuckets: Float64Array = EMPTY_BUCKETS;
  private nBuckets: Float64Array = EMPTY_BUCKETS;
  private pBucketsDelta: Float64Array = EMPTY_BUCKETS;
  private nBucketsDelta: Float64Array = EMPTY_BUCKETS;
  private sum = 0;
  /**
   * leading, trailing zero counts of the sum's XOR encoding (leading 0xff: none yet). Like the
   * bucket arrays above, a view of the one state buffer allocState() gives each chunk at its
   * first sample (one allocation instead of five); until then the shared initial value.
   */
  private lt: Uint8Array = INITIAL_LT;
  /** Set when the chunk wraps bytes it does not own; the first append restores state and copies. */
  private shared = false;

  constructor(capacity = 128) {
    super(slabBytes(Math.max(capacity, HISTOGRAM_HEADER_SIZE)), HISTOGRAM_HEADER_SIZE, 0);
  }

  /** Wraps encoded chunk bytes (not copied; appending copies first). Throws when the header is missing. */
  static fromBytes(b: Uint8Array): HistogramChunk {
    if (b.length < HISTOGRAM_HEADER_SIZE)
      throw new Error("chunkenc: histogram chunk shorter than its header");
    const c = new HistogramChunk(HISTOGRAM_HEADER_SIZE);
    c.buf = b;
    c.len = b.length;
    c.end = b.length;
    c.free = 0;
    c.shared = true;
    return c;
  }

  encoding(): number {
    return EncHistogram;
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

  /** The encoded chunk, exactly Prometheus's bytes (a view: copy it to keep it across appends). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  size(): number {
    return this.len;
  }

  /** Shrinks the buffer to the encoded size (call when the chunk is closed). */
  compact(): void {
    if (!this.shared && this.buf.length !== this.len) {
      const b = slabBytes(this.len);
      b.set(this.buf.subarray(0, this.len));
      this.buf = b;
      this.end = this.len;
    }
  }

  /**
   * Whether the appender state holds h exactly (it was the last sample appended, with its own
   * bucket layout, and is not a stale marker), so that lastHistogram() reproduces it.
   */
  holdsLast(h: Histogram): boolean {
    if (this.shared || Number.isNaN(h.sum) || !Object.is(this.sum, h.sum)) return false;
    if (this.schema !== h.schema || this.zThreshold !== h.zeroThreshold) return false;
    if (this.cnt !== h.count || this.zCnt !== h.zeroCount || this.customValues !== h.customValues)
      return false;
    return (
      sameInts(this.pSpans, h.positiveSpans) &&
      sameInts(this.nSpans, h.negativeSpans) &&
      sameFloats(this.pBuckets, h.positiveBuckets) &&
      sameFloats(this.nBuckets, h.negativeBuckets)
    );
  }

  /**
   * Fills out with the last sample as the appender state holds it (valid when holdsLast said
   * so for that sample). The arrays are the chunk's own: read them, never modify them.
   */
  lastHistogram(out: Histogram): Histogram {
    out.schema = this.schema;
    out.zeroThreshold = this.zThreshold;
    out.zeroCount = this.zCnt;
    out.count = this.cnt;
    out.sum = this.sum;
    out.positiveSpans = this.pSpans;
    out.negativeSpans = this.nSpans;
    out.positiveBuckets = this.pBuckets;
    out.negativeBuckets = this.nBuckets;
    out.customValues = this.customValues;
    return out;
  }

  /** Timestamp of the last sample appended. */
  lastTime(): number {
    if (this.shared) this.restore();
    return this.t;
  }

  iterator(reuse?: HistogramIterator): HistogramIterator {
    const it = reuse ?? new HistogramIterator();
    it.reset(this.buf, 0, this.len);
    return it;
  }

  /** Rebuilds the appender state from the bytes (Prometheus's Appender()). Throws on corrupt bytes. */
  private restore(): void {
    const it = this.iterator();
    while (it.next() !== ValNone) {}
    const err = it.err();
    if (err !== undefined)
      throw new Error(`chunkenc: cannot append to corrupt histogram chunk: ${err}`);
    const copy = new Uint8Array(Math.max(this.len * 2, 128));
    copy.set(this.buf.subarray(0, this.len));
    const usedBits = it.bitPos();
    const len = Math.max(HISTOGRAM_HEADER_SIZE, Math.ceil(usedBits / 8));
    this.buf = copy;
    this.len = len;
    this.end = copy.length;
    this.free = len * 8 - Math.max(usedBits, HISTOGRAM_HEADER_SIZE * 8);
    this.shared = false;
    if (it.numRead === 0) return;
    this.schema = it.schema;
    this.zThreshold = it.zThreshold;
    this.pSpans = it.pSpans;
    this.nSpans = it.nSpans;
    this.customValues = it.customValues;
    this.t = it.t;
    this.cnt = it.cnt;
    this.zCnt = it.zCnt;
    this.tDelta = it.tDelta;
    this.cntDelta = it.cntDelta;
    this.zCntDelta = it.zCntDelta;
    this.allocState(it.pBuckets.length, it.nBuckets.length);
    this.pBuckets.set(it.pBuckets);
    this.nBuckets.set(it.nBuckets);
    this.pBucketsDelta.set(it.pBucketsDelta);
    this.nBucketsDelta.set(it.nBucketsDelta);
    this.sum = it.sum;
    this.lt[0] = it.lt[0];
    this.lt[1] = it.lt[1];
  }

  /**
   * Prometheus's HistogramAppender.appendable for counter histograms: fills `app` with the
   * inserts and whether the histogram can go into this chunk, and the counter reset header a new
   * chunk would get otherwise.
   */
  private appendable(h: Histogram): void {
    app.ok = false;
    app.header = CounterResetHeaderNotReset;
    app.forwardPos = NO_INSERTS;
    app.forwardNeg = NO_INSERTS;
    app.backwardPos = NO_INSERTS;
    app.backwardNeg = NO_INSERTS;
    if (this.numSamples() > 0 && this.counterResetHeader() === CounterResetHeaderGauge) return;
    if (h.counterResetHint === CounterReset) {
      app.header = CounterResetHeaderReset;
      return;
    }
    if (isStaleNaN(h.sum)) {
      app.ok = true;
      return;
    }
    if (isStaleNaN(this.sum)) {
      app.header = CounterResetHeaderUnknown;
      return;
    }
    if (h.count < this.cnt) {
      app.header = CounterResetHeaderReset;
      return;
    }
    if (h.schema !== this.schema || h.zeroThreshold !== this.zThreshold) {
      app.header = CounterResetHeaderUnknown;
      return;
    }
    if (
      isCustomBucketsSchema(h.schema) &&
      !customBucketBoundsMatch(h.customValues, this.customValues)
    ) {
      app.header = CounterResetHeaderReset;
      return;
    }
    if (h.zeroCount < this.zCnt) {
      app.header = CounterResetHeaderReset;
      return;
    }
    if (
      identicalSpans(this.pSpans, h.positiveSpans) &&
      identicalSpans(this.nSpans, h.negativeSpans)
    ) {
      // Same layout (the common case): no inserts, a reset iff some bucket went down.
      if (
        anyBucketDecreased(this.pBuckets, h.positiveBuckets, true) ||
        anyBucketDecreased(this.nBuckets, h.negativeBuckets, true)
      ) {
        app.header = CounterResetHeaderReset;
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
      true,
    );
    if (p === null) {
      app.header = CounterResetHeaderReset;
      return;
    }
    const n = expandSpansAndBuckets(
      this.nSpans,
      h.negativeSpans,
      this.nBuckets,
      h.negativeBuckets,
      true,
    );
    if (n === null) {
      app.header = CounterResetHeaderReset;
      return;
    }
    app.forwardPos = p.forward;
    app.backwardPos = p.backward;
    app.forwardNeg = n.forward;
    app.backwardNeg = n.backward;
    app.ok = true;
  }

  /** Prometheus's appendableGauge. */
  private appendableGauge(h: Histogram): void {
    app.ok = false;
    app.forwardPos = NO_INSERTS;
    app.forwardNeg = NO_INSERTS;
    app.backwardPos = NO_INSERTS;
    app.backwardNeg = NO_INSERTS;
    app.mergedPos = EMPTY_SPANS;
    app.mergedNeg = EMPTY_SPANS;
    if (this.numSamples() > 0 && this.counterResetHeader() !== CounterResetHeaderGauge) return;
    if (isStaleNaN(h.sum)) {
      app.ok = true;
      return;
    }
    if (isStaleNaN(this.sum)) return;
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
   * Appends histogram h at time t (greater than the last timestamp), Prometheus's
   * AppendHistogram. Returns null when h went into this chunk, or the chunk to continue with:
   * a new chunk (counter reset, schema change, ...) or, with histogramAppendState.recoded set,
   * this chunk's samples re-encoded with a wider bucket layout plus h. `prev` is the series'
   * previous chunk when this one is new and empty (its appender decides the reset header).
   * With appendOnly, anything but an in-place append throws instead. h is never modified.
   */
  appendHistogram(
    prev: HistogramChunk | null,
    t: number,
    h: Histogram,
    appendOnly = false,
  ): HistogramChunk | null {
    if (this.shared) this.restore();
    histogramAppendState.recoded = false;
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
        this.setCounterResetHeader(app.header);
      }
      return null;
    }
    if (h.counterResetHint !== GaugeType) {
      this.appendable(h);
      if (!app.ok || app.header !== CounterResetHeaderNotReset) {
        if (appendOnly)
          throw new Error(
            app.header === CounterResetHeaderReset
              ? "histogram counter reset"
              : "histogram schema change",
          );
        const header = app.header;
        const c = new HistogramChunk();
        c.setCounterResetHeader(header);
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
            `histogram layout change with ${countInserts(app.forwardPos)} positive and ${countInserts(app.forwardNeg)} negative forwards inserts`,
          );
        const c = this.recode(app.forwardPos, app.forwardNeg, hh.positiveSpans, hh.negativeSpans);
        c.appendRaw(c.numSamples(), t, hh);
        histogramAppendState.recoded = true;
        return c;
      }
      this.appendRaw(num, t, hh);
      return null;
    }
    this.appendableGauge(h);
    if (!app.ok) {
      if (appendOnly) throw new Error("gauge histogram schema change");
      const c = new HistogramChunk();
      c.setCounterResetHeader(CounterResetHeaderGauge);
      c.appendRaw(0, t, h);
      return c;
    }
    let hh = h;
    if (app.backwardPos.length > 0 || app.backwardNeg.length > 0) {
      if (appendOnly)
        throw new Error(
          `gauge histogram layout change with ${app.backwardPos.length} positive and ${app.backwardNeg.length} negative backwards inserts`,
        );
      hh = h.copyTo(scratchHist);
      hh.positiveSpans = app.mergedPos;
      hh.negativeSpans = app.mergedNeg;
      recodeBuckets(hh, app.backwardPos, app.backwardNeg);
    }
    if (app.forwardPos.length > 0 || app.forwardNeg.length > 0) {
      if (appendOnly)
        throw new Error(
          `gauge histogram layout change with ${app.forwardPos.length} positive and ${app.forwardNeg.length} negative forwards inserts`,
        );
      const c = this.recode(app.forwardPos, app.forwardNeg, hh.positiveSpans, hh.negativeSpans);
      c.appendRaw(c.numSamples(), t, hh);
      histogramAppendState.recoded = true;
      return c;
    }
    this.appendRaw(num, t, hh);
    return null;
  }

  /** Re-encodes every sample with the inserts applied into a new chunk with the given spans. */
  private recode(
    posInserts: readonly Insert[],
    negInserts: readonly Insert[],
    posSpans: Int32Array,
    negSpans: Int32Array,
  ): HistogramChunk {
    const it = this.iterator();
    const c = new HistogramChunk(this.len + 64);
    const nPos = countSpans(posSpans);
    const nNeg = countSpans(negSpans);
    let num = 0;
    const hOld = new Histogram();
    while (it.next() === ValHistogram) {
      it.atHistogram(hOld);
      if (!isStaleNaN(hOld.sum)) {
        hOld.positiveSpans = posSpans;
        hOld.negativeSpans = negSpans;
        if (posInserts.length > 0)
          hOld.positiveBuckets = applyInserts(
            hOld.positiveBuckets,
            new Float64Array(nPos),
            posInserts,
            true,
          );
        if (negInserts.length > 0)
          hOld.negativeBuckets = applyInserts(
            hOld.negativeBuckets,
            new Float64Array(nNeg),
            negInserts,
            true,
          );
      }
      c.appendRaw(num, it.t, hOld);
      num++;
    }
    c.setCounterResetHeader(this.counterResetHeader());
    return c;
  }

  /**
   * Gives the chunk zeroed bucket state for np positive and nn negative buckets and a fresh
   * `lt`, all views of one buffer: [pBuckets | pBucketsDelta | nBuckets | nBucketsDelta | lt].
   */
  private allocState(np: number, nn: number): void {
    const n = 2 * (np + nn);
    const st = slabFloat64s(n + 1);
    // Views by constructor (subarray is several times slower: it looks up the species).
    const ab = st.buffer;
    const o = st.byteOffset;
    this.pBuckets = np > 0 ? new Float64Array(ab, o, np) : EMPTY_BUCKETS;
    this.pBucketsDelta = np > 0 ? new Float64Array(ab, o + np * 8, np) : EMPTY_BUCKETS;
    this.nBuckets = nn > 0 ? new Float64Array(ab, o + 2 * np * 8, nn) : EMPTY_BUCKETS;
    this.nBucketsDelta = nn > 0 ? new Float64Array(ab, o + (2 * np + nn) * 8, nn) : EMPTY_BUCKETS;
    this.lt = new Uint8Array(ab, o + n * 8, 2);
    this.lt[0] = 0xff;
  }

  /** Writes one sample (Prometheus's appendHistogram); num is the current sample count. */
  private appendRaw(num: number, t: number, h: Histogram): void {
    const stale = isStaleNaN(h.sum);
    const pb = stale ? EMPTY_BUCKETS : h.positiveBuckets;
    const nb = stale ? EMPTY_BUCKETS : h.negativeBuckets;
    const count = stale ? 0 : h.count;
    const zeroCount = stale ? 0 : h.zeroCount;
    let tDelta = 0;
    let cntDelta = 0;
    let zCntDelta = 0;
    if (num === 0) {
      const layout = stale ? staleLayout : layoutOf(h);
      writeChunkLayout(this, layout);
      this.schema = layout.schema;
      this.zThreshold = layout.zeroThreshold;
      this.pSpans =
        layout.positiveSpans.length > 0 ? slabInt32Copy(layout.positiveSpans) : EMPTY_SPANS;
      this.nSpans =
        layout.negativeSpans.length > 0 ? slabInt32Copy(layout.negativeSpans) : EMPTY_SPANS;
      this.customValues =
        layout.customValues !== null && layout.customValues.length > 0 ? layout.customValues : null;
      const np = countSpans(this.pSpans);
      const nn = countSpans(this.nSpans);
      this.allocState(np, nn);
      putVarbitInt(this, t);
      putVarbitUint(this, count);
      putVarbitUint(this, zeroCount);
      writeFloat64(this, h.sum);
      for (let i = 0; i < pb.length; i++) putVarbitInt(this, pb[i]);
      for (let i = 0; i < nb.length; i++) putVarbitInt(this, nb[i]);
    } else {
      tDelta = t - this.t;
      cntDelta = count - this.cnt;
      zCntDelta = zeroCount - this.zCnt;
      const tDod = tDelta - this.tDelta;
      let cntDod = cntDelta - this.cntDelta;
      let zCntDod = zCntDelta - this.zCntDelta;
      if (stale) {
        cntDod = 0;
        zCntDod = 0;
      }
      putVarbitInt(this, tDod);
      putVarbitInt(this, cntDod);
      putVarbitInt(this, zCntDod);
      xorWrite(this, h.sum, this.sum, this.lt, 0);
      const ap = this.pBuckets;
      const apd = this.pBucketsDelta;
      for (let i = 0; i < pb.length; i++) {
        const delta = pb[i] - ap[i];
        putVarbitInt(this, delta - apd[i]);
        apd[i] = delta;
      }
      const an = this.nBuckets;
      const and = this.nBucketsDelta;
      for (let i = 0; i < nb.length; i++) {
        const delta = nb[i] - an[i];
        putVarbitInt(this, delta - and[i]);
        and[i] = delta;
      }
    }
    this.t = t;
    this.cnt = count;
    this.zCnt = zeroCount;
    this.tDelta = tDelta;
    this.cntDelta = cntDelta;
    this.zCntDelta = zCntDelta;
    // The caller guarantees the bucket counts match the chunk layout (validated histograms).
    if (pb.length > 0)
      this.pBuckets.set(
        pb.length <= this.pBuckets.length ? pb : pb.subarray(0, this.pBuckets.length),
      );
    if (nb.length > 0)
      this.nBuckets.set(
        nb.length <= this.nBuckets.length ? nb : nb.subarray(0, this.nBuckets.length),
      );
    this.sum = h.sum;
    this.setNumSamples(num + 1);
  }
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameFloats(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const scratchHist = new Histogram();
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

function layoutOf(h: {
  schema: number;
  zeroThreshold: number;
  positiveSpans: Int32Array;
  negativeSpans: Int32Array;
  customValues: Float64Array | null;
}): ChunkLayout {
  layoutScratch.schema = h.schema;
  layoutScratch.zeroThreshold = h.zeroThreshold;
  layoutScratch.positiveSpans = h.positiveSpans;
  layoutScratch.negativeSpans = h.negativeSpans;
  layoutScratch.customValues = h.customValues;
  return layoutScratch;
}

function countInserts(ins: readonly Insert[]): number {
  return ins.length;
}

/** Applies backward inserts to h's (delta) buckets in place of the arrays (new arrays, h's own). */
function recodeBuckets(h: Histogram, pos: readonly Insert[], neg: readonly Insert[]): void {
  if (pos.length > 0)
    h.positiveBuckets = applyInserts(
      h.positiveBuckets,
      new Float64Array(countSpans(h.positiveSpans)),
      pos,
      true,
    );
  if (neg.length > 0)
    h.negativeBuckets = applyInserts(
      h.negativeBuckets,
      new Float64Array(countSpans(h.negativeSpans)),
      neg,
      true,
    );
}

const EMPTY = new Uint8Array(0);

/**
 * Reads a histogram chunk sample by sample. State fields are public for the appender's restore;
 * read samples with atT() and atHistogram()/atFloatHistogram().
 */
export class HistogramIterator implements SampleIterator {
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
  cnt = 0;
  zCnt = 0;
  tDelta = 0;
  cntDelta = 0;
  zCntDelta = 0;
  pBuckets: Float64Array = EMPTY_BUCKETS;
  nBuckets: Float64Array = EMPTY_BUCKETS;
  pBucketsDelta: Float64Array = EMPTY_BUCKETS;
  nBucketsDelta: Float64Array = EMPTY_BUCKETS;
  sum = 0;
  readonly lt = new Uint8Array(2);

  /** Positions before the first sample of the chunk in buf[start, end) (header included). */
  reset(buf: Uint8Array, start = 0, end = buf.length): void {
    if (end - start < HISTOGRAM_HEADER_SIZE) {
      this.r.reset(EMPTY, 0, 0);
      this.numTotal = 0;
      this.error = end - start === 0 ? undefined : "histogram chunk shorter than its header";
    } else {
      this.r.reset(buf, start + HISTOGRAM_HEADER_SIZE, end);
      this.numTotal = (buf[start] << 8) | buf[start + 1];
      this.crh = buf[start + HISTOGRAM_FLAG_POS] & COUNTER_RESET_HEADER_MASK;
      this.error = undefined;
    }
    this.numRead = 0;
    this.t = 0;
    this.cnt = 0;
    this.zCnt = 0;
    this.tDelta = 0;
    this.cntDelta = 0;
    this.zCntDelta = 0;
    this.sum = 0;
    this.lt[0] = 0;
    this.lt[1] = 0;
    this.customValues = null;
  }

  err(): string | undefined {
    return this.error;
  }

  /** Bit position after the last sample read. */
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
    return ValHistogram;
  }

  /**
   * The current sample, written into `into` (its arrays are reused when the lengths match) or a
   * new histogram. Custom values are shared with the iterator (immutable).
   */
  atHistogram(into?: Histogram): Histogram {
    const h = into ?? new Histogram();
    if (isStaleNaN(this.sum)) {
      h.counterResetHint = UnknownCounterReset;
      h.schema = 0;
      h.zeroThreshold = 0;
      h.zeroCount = 0;
      h.count = 0;
      h.sum = this.sum;
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
    h.zeroCount = this.zCnt;
    h.count = this.cnt;
    h.sum = this.sum;
    h.positiveSpans = reuseI(this.pSpans, h.positiveSpans);
    h.negativeSpans = reuseI(this.nSpans, h.negativeSpans);
    h.positiveBuckets = reuseF(this.pBuckets, h.positiveBuckets);
    h.negativeBuckets = reuseF(this.nBuckets, h.negativeBuckets);
    h.customValues = this.customValues;
    if (h.schema > EXPONENTIAL_SCHEMA_MAX && h.schema <= EXPONENTIAL_SCHEMA_MAX_RESERVED)
      h.reduceResolution(EXPONENTIAL_SCHEMA_MAX);
    return h;
  }

  private readonly curH = new Histogram();
  private readonly curFH = new FloatHistogram();

  /** SampleIterator.atH: the current sample in an object reused by the next call. */
  atH(): Histogram {
    return this.atHistogram(this.curH);
  }

  /** SampleIterator.atFH: the current sample in an object reused by the next call. */
  atFH(): FloatHistogram {
    return this.atFloatHistogram(this.curFH);
  }

  /** The current sample as a float histogram (absolute bucket counts). */
  atFloatHistogram(into?: FloatHistogram): FloatHistogram {
    const h = this.atHistogram(scratchOut);
    const fh = h.toFloat(into);
    if (isStaleNaN(this.sum)) fh.counterResetHint = UnknownCounterReset;
    return fh;
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
      // Each bucket takes at least one bit.
      if (np + nn > r.remaining()) return this.fail("EOF");
      this.pBuckets = sized(this.pBuckets, np);
      this.pBucketsDelta = sized(this.pBucketsDelta, np);
      this.nBuckets = sized(this.nBuckets, nn);
      this.nBucketsDelta = sized(this.nBucketsDelta, nn);
      this.t = readVarbitInt(r);
      this.cnt = readVarbitUint(r);
      this.zCnt = readVarbitUint(r);
      this.sum = readFloat64(r);
      for (let i = 0; i < np; i++) this.pBuckets[i] = readVarbitInt(r);
      for (let i = 0; i < nn; i++) this.nBuckets[i] = readVarbitInt(r);
      if (readState.err !== undefined) return this.fail(readState.err);
      this.numRead++;
      return ValHistogram;
    }
    const tDod = readVarbitInt(r);
    this.tDelta += tDod;
    this.t += this.tDelta;
    const cntDod = readVarbitInt(r);
    this.cntDelta += cntDod;
    this.cnt += this.cntDelta;
    const zDod = readVarbitInt(r);
    this.zCntDelta += zDod;
    this.zCnt += this.zCntDelta;
    if (readState.err !== undefined) return this.fail(readState.err);
    this.sum = xorRead(r, this.sum, this.lt, 0);
    if (readState.err !== undefined) return this.fail(readState.err);
    if (isStaleNaN(this.sum)) {
      this.numRead++;
      return ValHistogram;
    }
    const pb = this.pBuckets;
    const pbd = this.pBucketsDelta;
    for (let i = 0; i < pb.length; i++) {
      pbd[i] += readVarbitInt(r);
      pb[i] += pbd[i];
    }
    const nb = this.nBuckets;
    const nbd = this.nBucketsDelta;
    for (let i = 0; i < nb.length; i++) {
      nbd[i] += readVarbitInt(r);
      nb[i] += nbd[i];
    }
    if (readState.err !== undefined) return this.fail(readState.err);
    this.numRead++;
    return ValHistogram;
  }

  private fail(msg: string): ValueType {
    this.error = msg;
    return ValNone;
  }
}

const scratchOut = new Histogram();

function sized(a: Float64Array, n: number): Float64Array {
  if (n === 0) return EMPTY_BUCKETS;
  if (a.length === n && a !== EMPTY_BUCKETS) {
    a.fill(0);
    return a;
  }
  return new Float64Array(n);
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
