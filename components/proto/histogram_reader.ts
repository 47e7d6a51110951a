/**
 * Decoding of the remote write `Histogram` message into native histogram values. The message is
 * the same in v1 (`prometheus.Histogram`, TimeSeries field 4) and v2
 * (`io.prometheus.write.v2.Histogram`, TimeSeries field 3; v2 adds start_timestamp = 17):
 *
 *   count_int 1 uint64 | count_float 2 double, sum 3 double, schema 4 sint32,
 *   zero_threshold 5 double, zero_count_int 6 uint64 | zero_count_float 7 double,
 *   negative_spans 8 BucketSpan{offset 1 sint32, length 2 uint32}, negative_deltas 9 sint64,
 *   negative_counts 10 double, positive_spans 11, positive_deltas 12 sint64,
 *   positive_counts 13 double, reset_hint 14 enum, timestamp 15 int64, custom_values 16 double
 *
 * As in Prometheus/Mimir, the `count` oneof decides the kind: count_float makes a float histogram
 * (absolute counts from *_counts, zero_count_float), anything else an integer histogram (deltas
 * from *_deltas, zero_count_int). Repeated scalars are accepted packed or unpacked. Malformed
 * bytes throw DecodeError (the push handlers answer 400); nothing is validated semantically here
 * (Histogram.validate() does that with Prometheus's error texts).
 */
import { FloatHistogram } from "../model/float_histogram.ts";
import { Histogram } from "../model/histogram.ts";
import { EMPTY_BUCKETS, EMPTY_SPANS } from "../model/histogram_buckets.ts";
import type { CounterResetHint } from "../model/histogram_schema.ts";
import {
  DecodeError,
  type ProtoReader,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_VARINT,
} from "./protoreader.ts";

/** One decoded histogram sample: exactly one of `h` (integer) and `fh` (float) is set. */
export interface DecodedHistogram {
  timestamp: number;
  h: Histogram | null;
  fh: FloatHistogram | null;
}

/**
 * Slabs the decoded bucket and span arrays are carved from: each array is a view of a shared
 * slab, so decoding a histogram allocates no ArrayBuffer of its own (allocating one per sample
 * dominated the decode's CPU and GC). A full slab is replaced, never reused, so a view stays
 * valid for as long as it is referenced; copies (slice) of a view are independent arrays.
 */
const SLAB_ELEMENTS = 8192;
let f64Slab = new Float64Array(SLAB_ELEMENTS);
let f64Pos = 0;
let i32Slab = new Int32Array(SLAB_ELEMENTS);
let i32Pos = 0;

/** A new Float64Array view holding src[0, n). */
function f64View(src: Float64Array, n: number): Float64Array {
  if (f64Pos + n > f64Slab.length) {
    f64Slab = new Float64Array(Math.max(SLAB_ELEMENTS, n));
    f64Pos = 0;
  }
  const v = new Float64Array(f64Slab.buffer, f64Pos * 8, n);
  f64Pos += n;
  for (let i = 0; i < n; i++) v[i] = src[i];
  return v;
}

/** A new Int32Array view holding src[0, n). */
function i32View(src: Int32Array, n: number): Int32Array {
  if (i32Pos + n > i32Slab.length) {
    i32Slab = new Int32Array(Math.max(SLAB_ELEMENTS, n));
    i32Pos = 0;
  }
  const v = new Int32Array(i32Slab.buffer, i32Pos * 4, n);
  i32Pos += n;
  for (let i = 0; i < n; i++) v[i] = src[i];
  return v;
}

/** Growable Float64Array scratch lists, one per repeated numeric field (reused per message). */
class Scratch {
  a = new Float64Array(64);
  n = 0;

  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }

  /** The values in an array of their own (the shared empty array when there are none). */
  take(): Float64Array {
    return this.n === 0 ? EMPTY_BUCKETS : f64View(this.a, this.n);
  }
}

/** Growable Int32Array scratch list of span (offset, length) pairs (reused per message). */
class SpanScratch {
  a = new Int32Array(32);
  n = 0;

  push(offset: number, length: number): void {
    if (this.n + 2 > this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = offset;
    this.a[this.n++] = length;
  }

  /** The last array take() returned. */
  private last: Int32Array = EMPTY_SPANS;

  /**
   * The pairs as an array (the shared empty array when there are none). Spans are never
   * modified in place, so histograms with the same layout (the usual case within a request)
   * share the previous array instead of getting a copy each.
   */
  take(): Int32Array {
    const n = this.n;
    if (n === 0) return EMPTY_SPANS;
    const last = this.last;
    if (last.length === n) {
      let i = 0;
      while (i < n && last[i] === this.a[i]) i++;
      if (i === n) return last;
    }
    this.last = i32View(this.a, n);
    return this.last;
  }
}

const negD = new Scratch();
const posD = new Scratch();
const negC = new Scratch();
const posC = new Scratch();
const cvs = new Scratch();
const negS = new SpanScratch();
const posS = new SpanScratch();

/** Appends a repeated sint64 field occurrence (packed or not) to `out`. */
function readSints(r: ProtoReader, wt: number, out: Scratch): void {
  if (wt === WIRE_LEN) {
    const e = r.lenEnd();
    const outer = r.end;
    r.end = e;
    try {
      while (!r.done()) out.push(r.sint64());
    } finally {
      r.end = outer;
    }
    r.pos = e;
    return;
  }
  r.expect(WIRE_VARINT, wt, "histogram deltas");
  out.push(r.sint64());
}

/** Appends a repeated double field occurrence (packed or not) to `out`. */
function readDoubles(r: ProtoReader, wt: number, out: Scratch, what: string): void {
  if (wt === WIRE_LEN) {
    const e = r.lenEnd();
    if ((e - r.pos) % 8 !== 0)
      throw new DecodeError(`packed ${what} length ${e - r.pos} is not a multiple of 8`);
    while (r.pos < e) out.push(r.double());
    return;
  }
  r.expect(WIRE_FIXED64, wt, what);
  out.push(r.double());
}

function readSpan(r: ProtoReader, end: number, out: SpanScratch): void {
  const outer = r.end;
  r.end = end;
  let offset = 0;
  let length = 0;
  try {
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1: {
          r.expect(WIRE_VARINT, wt, "span offset");
          // sint32: zigzag of the low 32 bits.
          const u = r.varint32();
          offset = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
          break;
        }
        case 2:
          r.expect(WIRE_VARINT, wt, "span length");
          length = r.varint32();
          break;
        default:
          r.skip(wt);
      }
    }
  } finally {
    r.end = outer;
  }
  if (length > 0x7fffffff) throw new DecodeError(`histogram span length ${length} is out of range`);
  out.push(offset, length);
}

/**
 * Reads one Histogram message in r.buf[r.pos, end). The caller sets r.pos = end afterwards (as
 * for the other nested messages of decode.ts).
 */
export function readHistogram(r: ProtoReader, end: number): DecodedHistogram {
  const outer = r.end;
  r.end = end;
  try {
    let isFloat = false;
    let countInt = 0;
    let countFloat = 0;
    let zeroInt = 0;
    let zeroFloat = 0;
    let sum = 0;
    let schema = 0;
    let zeroThreshold = 0;
    let hint = 0;
    let timestamp = 0;
    negS.n = 0;
    posS.n = 0;
    negD.n = 0;
    posD.n = 0;
    negC.n = 0;
    posC.n = 0;
    cvs.n = 0;
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1:
          r.expect(WIRE_VARINT, wt, "count_int");
          countInt = r.uint64();
          isFloat = false;
          break;
        case 2:
          r.expect(WIRE_FIXED64, wt, "count_float");
          countFloat = r.double();
          isFloat = true;
          break;
        case 3:
          r.expect(WIRE_FIXED64, wt, "sum");
          sum = r.double();
          break;
        case 4: {
          r.expect(WIRE_VARINT, wt, "schema");
          const u = r.varint32();
          schema = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
          break;
        }
        case 5:
          r.expect(WIRE_FIXED64, wt, "zero_threshold");
          zeroThreshold = r.double();
          break;
        case 6:
          r.expect(WIRE_VARINT, wt, "zero_count_int");
          zeroInt = r.uint64();
          zeroFloat = 0;
          break;
        case 7:
          r.expect(WIRE_FIXED64, wt, "zero_count_float");
          zeroFloat = r.double();
          zeroInt = 0;
          break;
        case 8:
        case 11: {
          r.expect(WIRE_LEN, wt, "histogram spans");
          const e = r.lenEnd();
          readSpan(r, e, tag >>> 3 === 8 ? negS : posS);
          r.pos = e;
          break;
        }
        case 9:
          readSints(r, wt, negD);
          break;
        case 12:
          readSints(r, wt, posD);
          break;
        case 10:
          readDoubles(r, wt, negC, "negative_counts");
          break;
        case 13:
          readDoubles(r, wt, posC, "positive_counts");
          break;
        case 14:
          r.expect(WIRE_VARINT, wt, "reset_hint");
          hint = r.varint32();
          break;
        case 15:
          r.expect(WIRE_VARINT, wt, "histogram timestamp");
          timestamp = r.int64();
          break;
        case 16:
          readDoubles(r, wt, cvs, "custom_values");
          break;
        default:
          r.skip(wt);
      }
    }
    const resetHint = (hint >= 0 && hint <= 3 ? hint : 0) as CounterResetHint;
    // Custom bounds are kept by chunks as they are (shared, immutable): an array of their own, not
    // a slab view that would keep the whole slab alive.
    const customValues = cvs.n === 0 ? null : cvs.a.slice(0, cvs.n);
    if (isFloat) {
      const fh = new FloatHistogram();
      fh.counterResetHint = resetHint;
      fh.schema = schema;
      fh.zeroThreshold = zeroThreshold;
      fh.zeroCount = zeroFloat;
      fh.count = countFloat;
      fh.sum = sum;
      fh.positiveSpans = posS.take();
      fh.negativeSpans = negS.take();
      fh.positiveBuckets = posC.take();
      fh.negativeBuckets = negC.take();
      fh.customValues = customValues;
      return { timestamp, h: null, fh };
    }
    const h = new Histogram();
    h.counterResetHint = resetHint;
    h.schema = schema;
    h.zeroThreshold = zeroThreshold;
    h.zeroCount = zeroInt;
    h.count = countInt;
    h.sum = sum;
    h.positiveSpans = posS.take();
    h.negativeSpans = negS.take();
    h.positiveBuckets = posD.take();
    h.negativeBuckets = negD.take();
    h.customValues = customValues;
    return { timestamp, h, fh: null };
  } finally {
    r.end = outer;
  }
}
