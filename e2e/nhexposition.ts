/**
 * A minimal encoder of the Prometheus protobuf exposition format (io.prometheus.client,
 * metrics.proto) for e2e targets: length-delimited MetricFamily messages holding one native
 * histogram each.
 *
 *   MetricFamily{name 1, help 2, type 3 (HISTOGRAM = 4), metric 4}
 *   Metric{label 1 LabelPair{name 1, value 2}, histogram 7}
 *   Histogram{sample_count 1, sample_sum 2, schema 5 sint32, zero_threshold 6, zero_count 7,
 *             negative_span 9, negative_delta 10 sint64, positive_span 12 BucketSpan{offset 1
 *             sint32, length 2}, positive_delta 13 sint64}
 *
 * The body is served with Content-Type PROTOBUF_EXPOSITION_CONTENT_TYPE.
 */
import type { Histogram } from "../components/model/histogram.ts";

export const PROTOBUF_EXPOSITION_CONTENT_TYPE =
  "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited";

/** Appends protobuf pieces to a growing byte list (values below 2^53). */
class Writer {
  readonly bytes: number[] = [];

  uvarint(v: number): this {
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
    return this;
  }

  sint(v: number): this {
    return this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
  }

  tag(field: number, wire: number): this {
    return this.uvarint(field * 8 + wire);
  }

  double(field: number, v: number): this {
    this.tag(field, 1);
    const b = Buffer.alloc(8);
    b.writeDoubleLE(v);
    this.bytes.push(...b);
    return this;
  }

  message(field: number, m: Writer): this {
    this.tag(field, 2).uvarint(m.bytes.length);
    this.bytes.push(...m.bytes);
    return this;
  }

  string(field: number, s: string): this {
    const b = Buffer.from(s, "utf8");
    this.tag(field, 2).uvarint(b.length);
    this.bytes.push(...b);
    return this;
  }
}

function spans(w: Writer, field: number, s: Int32Array): void {
  for (let i = 0; i < s.length; i += 2)
    w.message(
      field,
      new Writer()
        .tag(1, 0)
        .sint(s[i])
        .tag(2, 0)
        .uvarint(s[i + 1]),
    );
}

function deltas(w: Writer, field: number, d: Float64Array): void {
  if (d.length === 0) return;
  const p = new Writer();
  for (const v of d) p.sint(v);
  w.message(field, p);
}

/** One delimited MetricFamily of type HISTOGRAM with a single metric holding `h`. */
export function nativeHistogramFamily(
  name: string,
  help: string,
  labels: Record<string, string>,
  h: Histogram,
): Buffer {
  const hw = new Writer()
    .tag(1, 0)
    .uvarint(h.count)
    .double(2, h.sum)
    .tag(5, 0)
    .sint(h.schema)
    .double(6, h.zeroThreshold)
    .tag(7, 0)
    .uvarint(h.zeroCount);
  spans(hw, 9, h.negativeSpans);
  deltas(hw, 10, h.negativeBuckets);
  spans(hw, 12, h.positiveSpans);
  deltas(hw, 13, h.positiveBuckets);
  const m = new Writer();
  for (const [k, v] of Object.entries(labels)) m.message(1, new Writer().string(1, k).string(2, v));
  m.message(7, hw);
  const fam = new Writer().string(1, name).string(2, help).tag(3, 0).uvarint(4).message(4, m);
  const out = new Writer().uvarint(fam.bytes.length);
  out.bytes.push(...fam.bytes);
  return Buffer.from(out.bytes);
}
