/**
 * The body of the ingester's gRPC Push: a WriteBatch (or the subset of its series one ingester
 * owns) as a remote-write 1.0 WriteRequest with Mimir's extensions — field 2 `source` (0 API,
 * 1 RULE) and field 1000 `skip_label_name_validation` — and the reader that turns it back into a
 * WriteBatch. Both work on one buffer with no object per sample; sizes are computed first so
 * the request is written into a single allocation.
 */
import { readHistogram } from "../../proto/histogram_reader.ts";
import type { FloatHistogram } from "../../model/float_histogram.ts";
import type { Histogram } from "../../model/histogram.ts";
import type { Label } from "../../model/labels.ts";
import { histogramMessageSize, writeHistogramMessage } from "../../proto/histogram_message.ts";
import {
  DecodeError,
  ProtoReader,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_VARINT,
} from "../../proto/protoreader.ts";
import { lenFieldSize, ProtoWriter, utf8Size, varintSize } from "../../proto/protowriter.ts";
import type {
  Exemplar,
  HistogramSample,
  MetricMetadata,
  MetricType,
  WriteBatch,
  WriteSeries,
  WriteSource,
} from "../types.ts";

/** MetricMetadata.MetricType by wire number. */
export const METRIC_TYPES: readonly MetricType[] = [
  "unknown",
  "counter",
  "gauge",
  "histogram",
  "gaugehistogram",
  "summary",
  "info",
  "stateset",
];

function labelSize(l: Label): number {
  return lenFieldSize(utf8Size(l.name)) + lenFieldSize(utf8Size(l.value));
}

function labelsSize(ls: readonly Label[]): number {
  let n = 0;
  for (const l of ls) n += lenFieldSize(labelSize(l));
  return n;
}

function sampleSize(t: number): number {
  // value: tag + fixed64; timestamp: tag + varint (omitted when 0, as proto3 does).
  return 9 + (t === 0 ? 0 : 1 + varintSize(t));
}

function exemplarSize(e: Exemplar): number {
  return labelsSize(e.labels) + 9 + (e.timestamp === 0 ? 0 : 1 + varintSize(e.timestamp));
}

function seriesSize(b: WriteBatch, s: WriteSeries, labelBytes = labelsSize(s.labels)): number {
  let n = labelBytes;
  for (let i = s.sampleStart, end = s.sampleStart + s.sampleCount; i < end; i++)
    n += lenFieldSize(sampleSize(b.timestamps[i]));
  for (const e of s.exemplars ?? []) n += lenFieldSize(exemplarSize(e));
  for (const h of s.histograms ?? []) n += lenFieldSize(histogramSize(h));
  return n;
}

function histogramSize(s: HistogramSample): number {
  return histogramMessageSize((s.h ?? s.fh) as Histogram | FloatHistogram, s.timestamp);
}

function metadataSize(m: MetricMetadata): number {
  const t = METRIC_TYPES.indexOf(m.type);
  return (t > 0 ? 2 : 0) + optString(m.metricFamilyName) + optString(m.help) + optString(m.unit);
}

function optString(s: string): number {
  return s === "" ? 0 : lenFieldSize(utf8Size(s));
}

function writeLabels(w: ProtoWriter, field: number, ls: readonly Label[]): void {
  for (const l of ls) {
    const nn = utf8Size(l.name);
    const vn = utf8Size(l.value);
    w.beginLen(field, lenFieldSize(nn) + lenFieldSize(vn));
    w.stringField(1, l.name, nn);
    w.stringField(2, l.value, vn);
  }
}

/**
 * The series' labels as the request carried them, already encoded as a Push body encodes them
 * (WriteSeries.labelBytes*), while they still stand for the series' labels; else undefined.
 */
function requestLabelBytes(b: WriteBatch, s: WriteSeries): Buffer | undefined {
  return s.labelBytesOf === s.labels && s.labelBytesOf !== undefined ? b.labelBytes : undefined;
}

/** Copies buf[start, end) into w (a loop for short ranges: cheaper than a Buffer.copy call). */
function copyBytes(w: ProtoWriter, buf: Buffer, start: number, end: number): void {
  if (end - start > 64) {
    w.pos += buf.copy(w.buf, w.pos, start, end);
    return;
  }
  const out = w.buf;
  let p = w.pos;
  for (let i = start; i < end; i++) out[p++] = buf[i];
  w.pos = p;
}

/**
 * Every series' `labels` fields of a batch, encoded once into one buffer: series i's bytes are
 * buf[offsets[i], offsets[i + 1]). A batch sent to several ingesters (one Push per replica)
 * copies these bytes instead of encoding the label strings again for every replica. Series
 * whose labels the request already carried encoded (WriteSeries.labelBytes*) take no room here:
 * those bytes are copied instead.
 */
export interface EncodedLabels {
  buf: Buffer;
  offsets: Int32Array;
}

export function encodeSeriesLabels(b: WriteBatch): EncodedLabels {
  const n = b.series.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const s = b.series[i];
    offsets[i + 1] = offsets[i] + (requestLabelBytes(b, s) ? 0 : labelsSize(s.labels));
  }
  const w = new ProtoWriter(offsets[n]);
  for (let i = 0; i < n; i++) {
    const s = b.series[i];
    if (!requestLabelBytes(b, s)) writeLabels(w, 1, s.labels);
  }
  return { buf: w.buf, offsets };
}

export interface EncodeOptions {
  /** Indexes into batch.series to include; all series when undefined. */
  series?: ArrayLike<number>;
  /** Include the batch's metadata (default true). */
  metadata?: boolean;
  /** Only these entries of batch.metadata (overrides `metadata`). */
  metadataIndexes?: ArrayLike<number>;
  skipLabelNameValidation?: boolean;
  /** The batch's labels already encoded (encodeSeriesLabels of this very batch). */
  labels?: EncodedLabels;
}

/** Size of series i's TimeSeries message (labels from the request's bytes, `enc` or strings). */
function timeSeriesSize(b: WriteBatch, i: number, enc: EncodedLabels | undefined): number {
  const s = b.series[i];
  if (requestLabelBytes(b, s)) return seriesSize(b, s, s.labelBytesEnd! - s.labelBytesStart!);
  return enc ? seriesSize(b, s, enc.offsets[i + 1] - enc.offsets[i]) : seriesSize(b, s);
}

/** Writes series i's TimeSeries message of `size` bytes as a field-1 entry. */
function writeTimeSeries(
  w: ProtoWriter,
  b: WriteBatch,
  i: number,
  size: number,
  enc: EncodedLabels | undefined,
): void {
  const s = b.series[i];
  w.beginLen(1, size);
  const raw = requestLabelBytes(b, s);
  if (raw) copyBytes(w, raw, s.labelBytesStart!, s.labelBytesEnd!);
  else if (enc) copyBytes(w, enc.buf, enc.offsets[i], enc.offsets[i + 1]);
  else writeLabels(w, 1, s.labels);
  for (let i = s.sampleStart, end = s.sampleStart + s.sampleCount; i < end; i++) {
    const t = b.timestamps[i];
    w.beginLen(2, sampleSize(t));
    w.tag(1, WIRE_FIXED64);
    w.double(b.values[i]);
    if (t !== 0) {
      w.tag(2, WIRE_VARINT);
      w.varint(t);
    }
  }
  for (const h of s.histograms ?? []) {
    w.beginLen(4, histogramSize(h));
    writeHistogramMessage(w, (h.h ?? h.fh) as Histogram | FloatHistogram, h.timestamp);
  }
  for (const e of s.exemplars ?? []) {
    w.beginLen(3, exemplarSize(e));
    writeLabels(w, 1, e.labels);
    w.tag(2, WIRE_FIXED64);
    w.double(e.value);
    if (e.timestamp !== 0) {
      w.tag(3, WIRE_VARINT);
      w.varint(e.timestamp);
    }
  }
}

/** The metadata entries a body carries (see EncodeOptions). */
function metadataOf(b: WriteBatch, opts: EncodeOptions): MetricMetadata[] {
  return opts.metadataIndexes
    ? Array.from(opts.metadataIndexes, (j) => b.metadata[j])
    : opts.metadata === false
      ? []
      : b.metadata;
}

/** Size of what follows the series in a body: source, metadata, skip_label_name_validation. */
function tailSize(b: WriteBatch, metas: readonly MetricMetadata[], opts: EncodeOptions): number {
  let total = 0;
  for (const m of metas) total += lenFieldSize(metadataSize(m));
  if (b.source === "rule") total += 2;
  if (opts.skipLabelNameValidation) total += 3;
  return total;
}

/** Writes what follows the series in a body (tailSize bytes). */
function writeTail(
  w: ProtoWriter,
  b: WriteBatch,
  metas: readonly MetricMetadata[],
  opts: EncodeOptions,
): void {
  if (b.source === "rule") {
    w.tag(2, WIRE_VARINT);
    w.varint(1);
  }
  for (const m of metas) {
    w.beginLen(3, metadataSize(m));
    const t = METRIC_TYPES.indexOf(m.type);
    if (t > 0) {
      w.tag(1, WIRE_VARINT);
      w.varint(t);
    }
    if (m.metricFamilyName !== "")
      w.stringField(2, m.metricFamilyName, utf8Size(m.metricFamilyName));
    if (m.help !== "") w.stringField(4, m.help, utf8Size(m.help));
    if (m.unit !== "") w.stringField(5, m.unit, utf8Size(m.unit));
  }
  if (opts.skipLabelNameValidation) {
    w.tag(1000, WIRE_VARINT);
    w.varint(1);
  }
}

/** Encodes (part of) a batch as the Push request body. */
export function encodeWriteRequest(b: WriteBatch, opts: EncodeOptions = {}): Buffer {
  const idx = opts.series;
  const count = idx ? idx.length : b.series.length;
  const sizes = new Int32Array(count);
  let total = 0;
  const enc = opts.labels;
  for (let k = 0; k < count; k++) {
    sizes[k] = timeSeriesSize(b, idx ? idx[k] : k, enc);
    total += lenFieldSize(sizes[k]);
  }
  const metas = metadataOf(b, opts);
  total += tailSize(b, metas, opts);
  const w = new ProtoWriter(total);
  for (let k = 0; k < count; k++) writeTimeSeries(w, b, idx ? idx[k] : k, sizes[k], enc);
  writeTail(w, b, metas, opts);
  return w.finish();
}

/**
 * Every series of a batch as its complete `timeseries` field of a Push body, encoded once:
 * series i's field is buf[offsets[i], offsets[i + 1]). A batch sent to several ingesters (one
 * Push per replica) is encoded once and each body assembled from these bytes
 * (assembleWriteRequest) instead of encoding every series again for every replica.
 */
export interface EncodedSeries {
  buf: Buffer;
  offsets: Int32Array;
}

export function encodeSeriesFields(b: WriteBatch): EncodedSeries {
  const n = b.series.length;
  const sizes = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    sizes[i] = timeSeriesSize(b, i, undefined);
    offsets[i + 1] = offsets[i] + lenFieldSize(sizes[i]);
  }
  const w = new ProtoWriter(offsets[n]);
  for (let i = 0; i < n; i++) writeTimeSeries(w, b, i, sizes[i], undefined);
  return { buf: w.buf, offsets };
}

/**
 * The Push body of the series `opts.series` (ascending indexes; all when undefined) and the
 * metadata `opts` selects, from the batch's series encoded once (encodeSeriesFields of this very
 * batch): the same bytes as encodeWriteRequest. Runs of consecutive series are copied at once;
 * a body of every series and nothing else is `enc.buf` itself.
 */
export function assembleWriteRequest(
  b: WriteBatch,
  enc: EncodedSeries,
  opts: EncodeOptions = {},
): Buffer {
  const idx = opts.series;
  const count = idx ? idx.length : b.series.length;
  const metas = metadataOf(b, opts);
  const tail = tailSize(b, metas, opts);
  let all = count === b.series.length;
  for (let k = 0; all && idx && k < count; k++) all = idx[k] === k;
  if (all && tail === 0) return enc.buf;
  const off = enc.offsets;
  let total = tail;
  if (all) total += enc.buf.length;
  else for (let k = 0; k < count; k++) total += off[idx![k] + 1] - off[idx![k]];
  const w = new ProtoWriter(total);
  if (all) w.pos += enc.buf.copy(w.buf, 0);
  else {
    for (let k = 0; k < count; ) {
      const first = idx![k];
      let last = first;
      for (k++; k < count && idx![k] === last + 1; k++) last++;
      copyBytes(w, enc.buf, off[first], off[last + 1]);
    }
  }
  writeTail(w, b, metas, opts);
  return w.finish();
}

function readLabel(r: ProtoReader, end: number): Label {
  let name = "";
  let value = "";
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === ((1 << 3) | WIRE_LEN)) name = r.string();
    else if (tag === ((2 << 3) | WIRE_LEN)) value = r.string();
    else r.skip(tag & 7);
  }
  return { name, value };
}

/** Counts the samples of a request so the arrays are allocated once. */
function countSamples(buf: Buffer): number {
  const r = new ProtoReader(buf);
  let n = 0;
  while (!r.done()) {
    const tag = r.tag();
    if (tag !== ((1 << 3) | WIRE_LEN)) {
      r.skip(tag & 7);
      continue;
    }
    const end = r.lenEnd();
    while (r.pos < end) {
      const t = r.tag();
      if (t === ((2 << 3) | WIRE_LEN)) n++;
      r.skip(t & 7);
    }
    if (r.pos !== end) throw new DecodeError("time series overruns its length");
  }
  return n;
}

/** Decodes a Push body. Malformed input throws DecodeError. */
export function decodeWriteRequest(buf: Buffer): WriteBatch & { skipLabelNameValidation: boolean } {
  const n = countSamples(buf);
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  const series: WriteSeries[] = [];
  const metadata: MetricMetadata[] = [];
  let source: WriteSource = "api";
  let skip = false;
  let si = 0;
  const r = new ProtoReader(buf);
  while (!r.done()) {
    const tag = r.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1) {
      r.expect(WIRE_LEN, wire, "timeseries");
      const end = r.lenEnd();
      const labels: Label[] = [];
      const start = si;
      let exemplars: Exemplar[] | undefined;
      let histograms: HistogramSample[] | undefined;
      while (r.pos < end) {
        const t = r.tag();
        if (t === ((1 << 3) | WIRE_LEN)) {
          labels.push(readLabel(r, r.lenEnd()));
        } else if (t === ((2 << 3) | WIRE_LEN)) {
          const se = r.lenEnd();
          let v = 0;
          let ts = 0;
          while (r.pos < se) {
            const st = r.tag();
            if (st === ((1 << 3) | WIRE_FIXED64)) v = r.double();
            else if (st === ((2 << 3) | WIRE_VARINT)) ts = r.int64();
            else r.skip(st & 7);
          }
          timestamps[si] = ts;
          values[si] = v;
          si++;
        } else if (t === ((3 << 3) | WIRE_LEN)) {
          const ee = r.lenEnd();
          const e: Exemplar = { labels: [], value: 0, timestamp: 0 };
          const els: Label[] = [];
          while (r.pos < ee) {
            const et = r.tag();
            if (et === ((1 << 3) | WIRE_LEN)) els.push(readLabel(r, r.lenEnd()));
            else if (et === ((2 << 3) | WIRE_FIXED64)) e.value = r.double();
            else if (et === ((3 << 3) | WIRE_VARINT)) e.timestamp = r.int64();
            else r.skip(et & 7);
          }
          e.labels = els;
          (exemplars ??= []).push(e);
        } else if (t === ((4 << 3) | WIRE_LEN)) {
          const he = r.lenEnd();
          // A list of exactly one for the usual one sample (a first push reserves 17).
          const d = readHistogram(r, he);
          if (histograms === undefined) histograms = [d];
          else histograms.push(d);
          r.pos = he;
        } else {
          r.skip(t & 7);
        }
      }
      const ws: WriteSeries = { labels, sampleStart: start, sampleCount: si - start };
      if (exemplars) ws.exemplars = exemplars;
      if (histograms) ws.histograms = histograms;
      series.push(ws);
    } else if (field === 2) {
      r.expect(WIRE_VARINT, wire, "source");
      source = r.uint64() === 1 ? "rule" : "api";
    } else if (field === 3) {
      r.expect(WIRE_LEN, wire, "metadata");
      const end = r.lenEnd();
      const m: MetricMetadata = { type: "unknown", metricFamilyName: "", help: "", unit: "" };
      while (r.pos < end) {
        const t = r.tag();
        if (t === ((1 << 3) | WIRE_VARINT)) m.type = METRIC_TYPES[r.uint64()] ?? "unknown";
        else if (t === ((2 << 3) | WIRE_LEN)) m.metricFamilyName = r.string();
        else if (t === ((4 << 3) | WIRE_LEN)) m.help = r.string();
        else if (t === ((5 << 3) | WIRE_LEN)) m.unit = r.string();
        else r.skip(t & 7);
      }
      metadata.push(m);
    } else if (field === 1000) {
      r.expect(WIRE_VARINT, wire, "skip_label_name_validation");
      skip = r.uint64() !== 0;
    } else {
      r.skip(wire);
    }
  }
  return { series, timestamps, values, metadata, source, skipLabelNameValidation: skip };
}
