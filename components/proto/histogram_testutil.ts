/**
 * Test helpers: encode native histograms as the remote write protobuf `Histogram` message (the
 * same message in v1 `prometheus.Histogram` and v2 `io.prometheus.write.v2.Histogram`) and wrap
 * them in v1 write requests. A minimal protobuf writer, for tests and e2e only.
 */
import { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";

export class ProtoWriter {
  private buf = new Uint8Array(256);
  len = 0;
  private readonly dv = new DataView(new ArrayBuffer(8));

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  raw(b: Uint8Array): this {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  /** Unsigned varint of a non-negative integer (< 2^53) or a 64-bit two's complement negative. */
  uvarint(v: number | bigint): this {
    let x = BigInt.asUintN(64, BigInt(v));
    this.ensure(10);
    while (x >= 0x80n) {
      this.buf[this.len++] = Number(x & 0x7fn) | 0x80;
      x >>= 7n;
    }
    this.buf[this.len++] = Number(x);
    return this;
  }

  tag(field: number, wire: number): this {
    return this.uvarint(field * 8 + wire);
  }

  varintField(field: number, v: number | bigint): this {
    return this.tag(field, 0).uvarint(v);
  }

  sintField(field: number, v: number): this {
    return this.tag(field, 0).uvarint(zigzag(v));
  }

  doubleField(field: number, v: number): this {
    this.tag(field, 1);
    this.dv.setFloat64(0, v, true);
    return this.raw(new Uint8Array(this.dv.buffer.slice(0)));
  }

  bytesField(field: number, b: Uint8Array): this {
    return this.tag(field, 2).uvarint(b.length).raw(b);
  }

  stringField(field: number, s: string): this {
    return this.bytesField(field, new TextEncoder().encode(s));
  }
}

function zigzag(v: number): bigint {
  const b = BigInt(v);
  return b >= 0n ? b * 2n : -b * 2n - 1n;
}

function spans(w: ProtoWriter, field: number, s: Int32Array): void {
  for (let i = 0; i < s.length; i += 2) {
    const m = new ProtoWriter();
    if (s[i] !== 0) m.sintField(1, s[i]);
    if (s[i + 1] !== 0) m.varintField(2, s[i + 1] >>> 0);
    w.bytesField(field, m.bytes());
  }
}

function packedSint(w: ProtoWriter, field: number, vals: Float64Array): void {
  if (vals.length === 0) return;
  const m = new ProtoWriter();
  for (const v of vals) m.uvarint(zigzag(v));
  w.bytesField(field, m.bytes());
}

function packedDouble(w: ProtoWriter, field: number, vals: Float64Array): void {
  if (vals.length === 0) return;
  const b = new Uint8Array(vals.length * 8);
  const dv = new DataView(b.buffer);
  for (let i = 0; i < vals.length; i++) dv.setFloat64(i * 8, vals[i], true);
  w.bytesField(field, b);
}

/** The Histogram message for an integer or float histogram at timestamp ts (ms). */
export function encodeHistogramMessage(h: Histogram | FloatHistogram, ts: number): Uint8Array {
  const w = new ProtoWriter();
  const isFloat = h instanceof FloatHistogram;
  if (isFloat) w.doubleField(2, h.count);
  else w.varintField(1, h.count);
  if (h.sum !== 0 || Object.is(h.sum, -0) || Number.isNaN(h.sum)) w.doubleField(3, h.sum);
  if (h.schema !== 0) w.sintField(4, h.schema);
  if (h.zeroThreshold !== 0) w.doubleField(5, h.zeroThreshold);
  if (isFloat) w.doubleField(7, h.zeroCount);
  else w.varintField(6, h.zeroCount);
  spans(w, 8, h.negativeSpans);
  if (isFloat) packedDouble(w, 10, h.negativeBuckets);
  else packedSint(w, 9, h.negativeBuckets);
  spans(w, 11, h.positiveSpans);
  if (isFloat) packedDouble(w, 13, h.positiveBuckets);
  else packedSint(w, 12, h.positiveBuckets);
  if (h.counterResetHint !== 0) w.varintField(14, h.counterResetHint);
  if (ts !== 0) w.varintField(15, ts);
  if (h.customValues !== null) packedDouble(w, 16, h.customValues);
  return w.bytes();
}

/** A v1 WriteRequest with one series per entry holding the given histograms. */
export function writeRequestV1(
  series: {
    labels: Record<string, string>;
    histograms: { h: Histogram | FloatHistogram; t: number }[];
  }[],
): Uint8Array {
  const w = new ProtoWriter();
  for (const s of series) {
    const ts = new ProtoWriter();
    for (const [name, value] of Object.entries(s.labels).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      ts.bytesField(1, new ProtoWriter().stringField(1, name).stringField(2, value).bytes());
    }
    for (const x of s.histograms) ts.bytesField(4, encodeHistogramMessage(x.h, x.t));
    w.bytesField(1, ts.bytes());
  }
  return w.bytes();
}
