/**
 * A small remote-write v1 encoder for benchmarks and tests: builds `prometheus.WriteRequest`
 * bytes directly (field numbers from the remote-write 1.0 spec) and snappy-compresses them.
 */
import { compressSync } from "snappy";
import type { Histogram } from "../../components/model/histogram.ts";
import {
  histogramMessageSize,
  writeHistogramMessage,
} from "../../components/proto/histogram_message.ts";
import { ProtoWriter } from "../../components/proto/protowriter.ts";

export interface BenchSeries {
  /** Label pairs, sorted by name, including __name__. */
  labels: [string, string][];
  samples: [number, number][];
}

class Writer {
  buf: Buffer;
  pos = 0;
  constructor(initial = 256) {
    this.buf = Buffer.allocUnsafe(initial);
  }
  ensure(n: number) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const nb = Buffer.allocUnsafe(size);
    this.buf.copy(nb, 0, 0, this.pos);
    this.buf = nb;
  }
  uvarint(v: number) {
    this.ensure(10);
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }
  bytes(b: Buffer) {
    this.uvarint(b.length);
    this.ensure(b.length);
    b.copy(this.buf, this.pos);
    this.pos += b.length;
  }
  double(v: number) {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }
  result(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

function labelMsg(name: string, value: string): Buffer {
  const w = new Writer();
  w.uvarint((1 << 3) | 2);
  w.bytes(Buffer.from(name));
  w.uvarint((2 << 3) | 2);
  w.bytes(Buffer.from(value));
  return Buffer.from(w.result());
}

function sampleMsg(t: number, v: number): Buffer {
  const w = new Writer();
  w.uvarint((1 << 3) | 1);
  w.double(v);
  w.uvarint((2 << 3) | 0);
  // int64 timestamps are non-negative here.
  w.uvarint(t);
  return Buffer.from(w.result());
}

/** The `labels` fields of a TimeSeries message, encoded once and reused across requests. */
export function encodeLabelFields(labels: readonly [string, string][]): Buffer {
  const w = new Writer();
  for (const [n, v] of labels) {
    w.uvarint((1 << 3) | 2);
    w.bytes(labelMsg(n, v));
  }
  return Buffer.from(w.result());
}

/** Encodes a WriteRequest from pre-encoded label fields and one or more samples per series. */
export function encodeWriteRequestFromLabelFields(
  series: readonly { labelFields: Buffer; samples: [number, number][] }[],
): Buffer {
  const w = new Writer(1 << 16);
  for (const s of series) {
    let len = s.labelFields.length;
    const samples = s.samples.map(([t, v]) => sampleMsg(t, v));
    for (const m of samples) len += 1 + uvarintSize(m.length) + m.length;
    w.uvarint((1 << 3) | 2);
    w.uvarint(len);
    w.ensure(len);
    s.labelFields.copy(w.buf, w.pos);
    w.pos += s.labelFields.length;
    for (const m of samples) {
      w.uvarint((2 << 3) | 2);
      w.bytes(m);
    }
  }
  return Buffer.from(w.result());
}

function uvarintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/**
 * Encodes a WriteRequest from pre-encoded label fields and one native histogram sample per
 * series (TimeSeries field 4).
 */
export function encodeHistogramWriteRequest(
  series: readonly { labelFields: Buffer; t: number; h: Histogram }[],
): Buffer {
  let total = 0;
  const sizes = series.map((s) => {
    const hs = histogramMessageSize(s.h, s.t);
    const len = s.labelFields.length + 1 + uvarintSize(hs) + hs;
    total += 1 + uvarintSize(len) + len;
    return [len, hs];
  });
  const w = new ProtoWriter(total);
  for (let i = 0; i < series.length; i++) {
    const s = series[i];
    w.beginLen(1, sizes[i][0]);
    w.pos += s.labelFields.copy(w.buf, w.pos);
    w.beginLen(4, sizes[i][1]);
    writeHistogramMessage(w, s.h, s.t);
  }
  return w.finish();
}

/** Encodes a WriteRequest (uncompressed protobuf). */
export function encodeWriteRequest(series: readonly BenchSeries[]): Buffer {
  return encodeWriteRequestFromLabelFields(
    series.map((s) => ({ labelFields: encodeLabelFields(s.labels), samples: s.samples })),
  );
}

/** Encodes and snappy-compresses (block format), ready to POST as remote write v1. */
export function buildRemoteWriteBody(series: readonly BenchSeries[]): Buffer {
  return compressSync(encodeWriteRequest(series));
}

export const REMOTE_WRITE_HEADERS = {
  "Content-Type": "application/x-protobuf",
  "Content-Encoding": "snappy",
  "X-Prometheus-Remote-Write-Version": "0.1.0",
};
