/**
 * Writes the remote-write `Histogram` message (prometheus.Histogram / Mimir's cortexpb.Histogram,
 * the same fields as io.prometheus.write.v2.Histogram; see histogram_reader.ts
 * for the field list) with the size-first ProtoWriter: histogramMessageSize() first, then
 * writeHistogramMessage() writes exactly that many bytes. Integer histograms use count_int,
 * zero_count_int and the *_deltas (sint64, packed); float histograms count_float,
 * zero_count_float and the *_counts (double, packed). Fields at their proto3 default are left
 * out, except the count and zero count which select the oneof.
 */
import { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import { lenFieldSize, type ProtoWriter, varintSize } from "./protowriter.ts";

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;

/** Zigzag of an integer with |v| < 2^52 (sint32/sint64). */
function zigzag(v: number): number {
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

function spanSize(offset: number, length: number): number {
  return (
    (offset !== 0 ? 1 + varintSize(zigzag(offset)) : 0) +
    (length !== 0 ? 1 + varintSize(length) : 0)
  );
}

function spansSize(s: Int32Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 2) n += lenFieldSize(spanSize(s[i], s[i + 1] >>> 0));
  return n;
}

function sintsPayload(vals: Float64Array): number {
  let n = 0;
  for (let i = 0; i < vals.length; i++) n += varintSize(zigzag(vals[i]));
  return n;
}

function isSet(v: number): boolean {
  return v !== 0 || Object.is(v, -0) || Number.isNaN(v);
}

/** Encoded size of the message (without its own tag and length). */
export function histogramMessageSize(h: Histogram | FloatHistogram, ts: number): number {
  const isFloat = h instanceof FloatHistogram;
  let n = isFloat ? 9 : 1 + varintSize(h.count);
  if (isSet(h.sum)) n += 9;
  if (h.schema !== 0) n += 1 + varintSize(zigzag(h.schema));
  if (h.zeroThreshold !== 0) n += 9;
  n += isFloat ? 9 : 1 + varintSize(h.zeroCount);
  n += spansSize(h.negativeSpans) + spansSize(h.positiveSpans);
  for (const b of [h.negativeBuckets, h.positiveBuckets]) {
    if (b.length === 0) continue;
    n += lenFieldSize(isFloat ? b.length * 8 : sintsPayload(b));
  }
  if (h.counterResetHint !== 0) n += 2;
  if (ts !== 0) n += 1 + varintSize(ts < 0 ? -1 : ts);
  if (h.customValues !== null && h.customValues.length > 0)
    n += lenFieldSize(h.customValues.length * 8, 2);
  return n;
}

function writeSpans(w: ProtoWriter, field: number, s: Int32Array): void {
  for (let i = 0; i < s.length; i += 2) {
    const offset = s[i];
    const length = s[i + 1] >>> 0;
    w.beginLen(field, spanSize(offset, length));
    if (offset !== 0) {
      w.tag(1, WIRE_VARINT);
      w.varint(zigzag(offset));
    }
    if (length !== 0) {
      w.tag(2, WIRE_VARINT);
      w.varint(length);
    }
  }
}

function writeBuckets(w: ProtoWriter, field: number, b: Float64Array, isFloat: boolean): void {
  if (b.length === 0) return;
  if (isFloat) {
    w.beginLen(field, b.length * 8);
    for (let i = 0; i < b.length; i++) w.double(b[i]);
  } else {
    w.beginLen(field, sintsPayload(b));
    for (let i = 0; i < b.length; i++) w.varint(zigzag(b[i]));
  }
}

/** Writes the message body (histogramMessageSize bytes). */
export function writeHistogramMessage(
  w: ProtoWriter,
  h: Histogram | FloatHistogram,
  ts: number,
): void {
  const isFloat = h instanceof FloatHistogram;
  if (isFloat) {
    w.tag(2, WIRE_FIXED64);
    w.double(h.count);
  } else {
    w.tag(1, WIRE_VARINT);
    w.varint(h.count);
  }
  if (isSet(h.sum)) {
    w.tag(3, WIRE_FIXED64);
    w.double(h.sum);
  }
  if (h.schema !== 0) {
    w.tag(4, WIRE_VARINT);
    w.varint(zigzag(h.schema));
  }
  if (h.zeroThreshold !== 0) {
    w.tag(5, WIRE_FIXED64);
    w.double(h.zeroThreshold);
  }
  if (isFloat) {
    w.tag(7, WIRE_FIXED64);
    w.double(h.zeroCount);
  } else {
    w.tag(6, WIRE_VARINT);
    w.varint(h.zeroCount);
  }
  writeSpans(w, 8, h.negativeSpans);
  writeBuckets(w, isFloat ? 10 : 9, h.negativeBuckets, isFloat);
  writeSpans(w, 11, h.positiveSpans);
  writeBuckets(w, isFloat ? 13 : 12, h.positiveBuckets, isFloat);
  if (h.counterResetHint !== 0) {
    w.tag(14, WIRE_VARINT);
    w.varint(h.counterResetHint);
  }
  if (ts !== 0) {
    w.tag(15, WIRE_VARINT);
    w.varint(ts);
  }
  if (h.customValues !== null && h.customValues.length > 0) {
    w.tag(16, 2);
    w.varint(h.customValues.length * 8);
    for (let i = 0; i < h.customValues.length; i++) w.double(h.customValues[i]);
  }
}
