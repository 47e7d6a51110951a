/**
 * WAL records for native histogram samples, byte for byte as Prometheus's tsdb/record writes
 * them (the v1 record forms, without start timestamps):
 *
 *   HistogramSamples 7 / CustomBucketsHistogramSamples 9:
 *     first ref BE64, first t BE64; per sample: varint(ref - first ref), varint(t - first t),
 *     then the histogram: hint byte, varint schema, zero threshold float64 BE, uvarint zero
 *     count, uvarint count, sum float64 BE, uvarint #positive spans + (varint offset, uvarint
 *     length)..., the same for negative spans, uvarint #positive buckets + varint deltas...,
 *     the same for negative buckets, and for schema -53 uvarint #custom values + float64 BE each
 *   FloatHistogramSamples 8 / CustomBucketsFloatHistogramSamples 10:
 *     the same, with zero count, count and every bucket as float64 BE
 *
 * Records of type 7/8 hold exponential histograms only: the encoders return the custom-bucket
 * samples they skipped so the caller writes them as a 9/10 record (and, like Prometheus, a
 * 7/8 record holding only skipped samples comes out empty: write nothing then). Decoding skips
 * histograms whose schema no Prometheus version knows and reduces reserved schemas above 8.
 */
import { FloatHistogram } from "../../model/float_histogram.ts";
import { Histogram } from "../../model/histogram.ts";
import { EMPTY_BUCKETS, EMPTY_SPANS } from "../../model/histogram_buckets.ts";
import {
  type CounterResetHint,
  EXPONENTIAL_SCHEMA_MAX,
  EXPONENTIAL_SCHEMA_MAX_RESERVED,
  isCustomBucketsSchema,
  isKnownSchema,
} from "../../model/histogram_schema.ts";
import { RecordDecoder, type RecordEncoder } from "./records.ts";

export const REC_HISTOGRAM_SAMPLES = 7;
export const REC_FLOAT_HISTOGRAM_SAMPLES = 8;
export const REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES = 9;
export const REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES = 10;

export interface RefHistogramSample {
  ref: number;
  t: number;
  h: Histogram;
}

export interface RefFloatHistogramSample {
  ref: number;
  t: number;
  fh: FloatHistogram;
}

function putSpans(e: RecordEncoder, spans: Int32Array): void {
  e.putUvarint(spans.length >> 1);
  for (let i = 0; i < spans.length; i += 2) {
    e.putVarint(spans[i]);
    e.putUvarint(spans[i + 1] >>> 0);
  }
}

function putCommon(e: RecordEncoder, h: Histogram | FloatHistogram): void {
  e.putByte(h.counterResetHint);
  e.putVarint(h.schema);
  e.putFloat64(h.zeroThreshold);
}

/** Prometheus's EncodeHistogram. */
export function encodeHistogram(e: RecordEncoder, h: Histogram): void {
  putCommon(e, h);
  e.putUvarint(h.zeroCount);
  e.putUvarint(h.count);
  e.putFloat64(h.sum);
  putSpans(e, h.positiveSpans);
  putSpans(e, h.negativeSpans);
  e.putUvarint(h.positiveBuckets.length);
  for (let i = 0; i < h.positiveBuckets.length; i++) e.putVarint(h.positiveBuckets[i]);
  e.putUvarint(h.negativeBuckets.length);
  for (let i = 0; i < h.negativeBuckets.length; i++) e.putVarint(h.negativeBuckets[i]);
  putCustomValues(e, h);
}

/** Prometheus's EncodeFloatHistogram. */
export function encodeFloatHistogram(e: RecordEncoder, h: FloatHistogram): void {
  putCommon(e, h);
  e.putFloat64(h.zeroCount);
  e.putFloat64(h.count);
  e.putFloat64(h.sum);
  putSpans(e, h.positiveSpans);
  putSpans(e, h.negativeSpans);
  e.putUvarint(h.positiveBuckets.length);
  for (let i = 0; i < h.positiveBuckets.length; i++) e.putFloat64(h.positiveBuckets[i]);
  e.putUvarint(h.negativeBuckets.length);
  for (let i = 0; i < h.negativeBuckets.length; i++) e.putFloat64(h.negativeBuckets[i]);
  putCustomValues(e, h);
}

function putCustomValues(e: RecordEncoder, h: Histogram | FloatHistogram): void {
  if (!isCustomBucketsSchema(h.schema)) return;
  const cv = h.customValues;
  const n = cv === null ? 0 : cv.length;
  e.putUvarint(n);
  for (let i = 0; i < n; i++) e.putFloat64((cv as Float64Array)[i]);
}

/**
 * Writes a HistogramSamples (7) record of the exponential histograms into `e` (reset first) and
 * returns the custom-bucket samples it skipped. When every sample was skipped the record is
 * empty (e.len === 0).
 */
export function encodeHistogramSamples(
  e: RecordEncoder,
  samples: readonly RefHistogramSample[],
): RefHistogramSample[] {
  return encodeSamples(
    e,
    samples,
    REC_HISTOGRAM_SAMPLES,
    (s) => s.h.usesCustomBuckets(),
    (s) => encodeHistogram(e, s.h),
  );
}

/** Writes a CustomBucketsHistogramSamples (9) record of all the given samples. */
export function encodeCustomBucketsHistogramSamples(
  e: RecordEncoder,
  samples: readonly RefHistogramSample[],
): void {
  encodeSamples(
    e,
    samples,
    REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES,
    () => false,
    (s) => encodeHistogram(e, s.h),
  );
}

/** Like encodeHistogramSamples for float histograms (record 8). */
export function encodeFloatHistogramSamples(
  e: RecordEncoder,
  samples: readonly RefFloatHistogramSample[],
): RefFloatHistogramSample[] {
  return encodeSamples(
    e,
    samples,
    REC_FLOAT_HISTOGRAM_SAMPLES,
    (s) => s.fh.usesCustomBuckets(),
    (s) => encodeFloatHistogram(e, s.fh),
  );
}

/** Writes a CustomBucketsFloatHistogramSamples (10) record of all the given samples. */
export function encodeCustomBucketsFloatHistogramSamples(
  e: RecordEncoder,
  samples: readonly RefFloatHistogramSample[],
): void {
  encodeSamples(
    e,
    samples,
    REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES,
    () => false,
    (s) => encodeFloatHistogram(e, s.fh),
  );
}

function encodeSamples<S extends { ref: number; t: number }>(
  e: RecordEncoder,
  samples: readonly S[],
  type: number,
  skip: (s: S) => boolean,
  body: (s: S) => void,
): S[] {
  e.reset();
  e.putByte(type);
  const skipped: S[] = [];
  if (samples.length === 0) return skipped;
  const first = samples[0];
  e.putBE64int(first.ref);
  e.putBE64int(first.t);
  for (const s of samples) {
    if (skip(s)) {
      skipped.push(s);
      continue;
    }
    e.putVarint(s.ref - first.ref);
    e.putVarint(s.t - first.t);
    body(s);
  }
  if (skipped.length === samples.length) e.reset();
  return skipped;
}

function readSpans(d: RecordDecoder): Int32Array {
  const n = d.uvarint();
  if (n === 0 || d.err !== undefined) return EMPTY_SPANS;
  // Each span takes at least two bytes.
  if (n * 2 > d.remaining()) {
    d.err = "unexpected end of record";
    return EMPTY_SPANS;
  }
  const spans = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) {
    spans[2 * i] = d.varint();
    spans[2 * i + 1] = d.uvarint();
  }
  return spans;
}

function readCount(d: RecordDecoder, minBytes: number): number {
  const n = d.uvarint();
  if (n * minBytes > d.remaining()) {
    d.err = "unexpected end of record";
    return 0;
  }
  return n;
}

function readCustomValues(d: RecordDecoder, schema: number): Float64Array | null {
  if (!isCustomBucketsSchema(schema)) return null;
  const n = readCount(d, 8);
  if (n === 0 || d.err !== undefined) return null;
  const cv = new Float64Array(n);
  for (let i = 0; i < n; i++) cv[i] = d.float64();
  return cv;
}

/** Prometheus's DecodeHistogram; check d.err afterwards. */
export function decodeHistogram(d: RecordDecoder, h: Histogram): void {
  h.counterResetHint = (d.byte() & 3) as CounterResetHint;
  h.schema = d.varint();
  h.zeroThreshold = d.float64();
  h.zeroCount = d.uvarint();
  h.count = d.uvarint();
  h.sum = d.float64();
  h.positiveSpans = readSpans(d);
  h.negativeSpans = readSpans(d);
  let n = readCount(d, 1);
  h.positiveBuckets = n === 0 ? EMPTY_BUCKETS : new Float64Array(n);
  for (let i = 0; i < n; i++) h.positiveBuckets[i] = d.varint();
  n = readCount(d, 1);
  h.negativeBuckets = n === 0 ? EMPTY_BUCKETS : new Float64Array(n);
  for (let i = 0; i < n; i++) h.negativeBuckets[i] = d.varint();
  h.customValues = readCustomValues(d, h.schema);
}

/** Prometheus's DecodeFloatHistogram; check d.err afterwards. */
export function decodeFloatHistogram(d: RecordDecoder, h: FloatHistogram): void {
  h.counterResetHint = (d.byte() & 3) as CounterResetHint;
  h.schema = d.varint();
  h.zeroThreshold = d.float64();
  h.zeroCount = d.float64();
  h.count = d.float64();
  h.sum = d.float64();
  h.positiveSpans = readSpans(d);
  h.negativeSpans = readSpans(d);
  let n = readCount(d, 8);
  h.positiveBuckets = n === 0 ? EMPTY_BUCKETS : new Float64Array(n);
  for (let i = 0; i < n; i++) h.positiveBuckets[i] = d.float64();
  n = readCount(d, 8);
  h.negativeBuckets = n === 0 ? EMPTY_BUCKETS : new Float64Array(n);
  for (let i = 0; i < n; i++) h.negativeBuckets[i] = d.float64();
  h.customValues = readCustomValues(d, h.schema);
}

function decodeSamples<S>(
  rec: Uint8Array,
  what: string,
  types: readonly number[],
  one: (d: RecordDecoder, ref: number, t: number) => S | undefined,
  out: S[],
): S[] {
  if (rec.length === 0 || !types.includes(rec[0]))
    throw new Error(`invalid record type ${rec.length === 0 ? "none" : rec[0]}`);
  const d = new RecordDecoder(rec, 1);
  if (d.remaining() === 0) return out;
  const baseRef = d.be64int();
  const baseT = d.be64int();
  while (d.remaining() > 0 && d.err === undefined) {
    const dref = d.varint();
    const dt = d.varint();
    const s = one(d, baseRef + dref, baseT + dt);
    if (d.err === undefined && s !== undefined) out.push(s);
  }
  if (d.err !== undefined) throw new Error(`decode ${what} record: ${d.err}`);
  return out;
}

/** Decodes a HistogramSamples (7) or CustomBucketsHistogramSamples (9) record. Throws on corrupt records. */
export function decodeHistogramSamples(
  rec: Uint8Array,
  out: RefHistogramSample[] = [],
): RefHistogramSample[] {
  return decodeSamples(
    rec,
    "histogram samples",
    [REC_HISTOGRAM_SAMPLES, REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES],
    (d, ref, t) => {
      const h = new Histogram();
      decodeHistogram(d, h);
      if (d.err !== undefined || !isKnownSchema(h.schema)) return undefined;
      if (h.schema > EXPONENTIAL_SCHEMA_MAX && h.schema <= EXPONENTIAL_SCHEMA_MAX_RESERVED) {
        const e = h.reduceResolution(EXPONENTIAL_SCHEMA_MAX);
        if (e !== undefined) d.err = `error reducing resolution: ${e}`;
      }
      return { ref, t, h };
    },
    out,
  );
}

/** Decodes a FloatHistogramSamples (8) or CustomBucketsFloatHistogramSamples (10) record. Throws on corrupt records. */
export function decodeFloatHistogramSamples(
  rec: Uint8Array,
  out: RefFloatHistogramSample[] = [],
): RefFloatHistogramSample[] {
  return decodeSamples(
    rec,
    "float histogram samples",
    [REC_FLOAT_HISTOGRAM_SAMPLES, REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES],
    (d, ref, t) => {
      const fh = new FloatHistogram();
      decodeFloatHistogram(d, fh);
      if (d.err !== undefined || !isKnownSchema(fh.schema)) return undefined;
      if (fh.schema > EXPONENTIAL_SCHEMA_MAX && fh.schema <= EXPONENTIAL_SCHEMA_MAX_RESERVED) {
        const e = fh.reduceResolution(EXPONENTIAL_SCHEMA_MAX);
        if (e !== undefined) d.err = `error reducing resolution: ${e}`;
      }
      return { ref, t, fh };
    },
    out,
  );
}

/**
 * All records for a batch of histogram samples: 7 and 9 for integer, 8 and 10 for float
 * histograms, only the non-empty ones, each a copy (the encoder is reused).
 */
export function encodeHistogramRecords(
  e: RecordEncoder,
  hs: readonly RefHistogramSample[],
  fhs: readonly RefFloatHistogramSample[],
): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (hs.length > 0) {
    const custom = encodeHistogramSamples(e, hs);
    if (e.bytes().length > 0) out.push(e.bytes().slice());
    if (custom.length > 0) {
      encodeCustomBucketsHistogramSamples(e, custom);
      out.push(e.bytes().slice());
    }
  }
  if (fhs.length > 0) {
    const custom = encodeFloatHistogramSamples(e, fhs);
    if (e.bytes().length > 0) out.push(e.bytes().slice());
    if (custom.length > 0) {
      encodeCustomBucketsFloatHistogramSamples(e, custom);
      out.push(e.bytes().slice());
    }
  }
  return out;
}
