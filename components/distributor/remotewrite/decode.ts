/**
 * Remote write decoding: content type → protocol version, snappy block decompression with
 * Mimir's size limits, and hand-written readers for `prometheus.WriteRequest` (v1) and
 * `io.prometheus.write.v2.Request` (v2) that fill a WriteBatch directly.
 */
import { uncompressSync } from "snappy";
import type { Exemplar, HistogramSample, MetricType, WriteSource } from "../../ingester/types.ts";
import type { Label } from "../../model/labels.ts";
import { HttpError } from "../../util/tenant.ts";
import { msg } from "../errors.ts";
import { BatchBuilder, type DecodedWrite } from "./batch.ts";
import { readHistogram } from "../../proto/histogram_reader.ts";
import {
  DecodeError,
  ProtoReader,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_VARINT,
} from "../../proto/protoreader.ts";

export const PROTO_V1 = "prometheus.WriteRequest";
export const PROTO_V2 = "io.prometheus.write.v2.Request";

export type RemoteWriteVersion = 1 | 2;

/**
 * Mimir's message for a body over -distributor.max-recv-msg-size
 * (err-mimir-distributor-max-write-message-size): the decoded size when known, else the compressed one.
 */
export function messageSizeTooLarge(actual: number, limit: number, uncompressed: boolean): string {
  return (
    `the incoming push request has been rejected because its message size of ${actual} bytes (${uncompressed ? "uncompressed" : "compressed"}) ` +
    `is larger than the allowed limit of ${limit} bytes (err-mimir-distributor-max-write-message-size). ` +
    "To adjust the related limit, configure -distributor.max-recv-msg-size, or contact your service administrator."
  );
}

/**
 * The remote write version from a Content-Type header, exactly as Mimir decides it
 * (M:pkg/distributor/push.go isRemoteWrite2): v1 unless the media type is exactly
 * `application/x-protobuf` and a `proto=` parameter names v2; parameters are split on `;` and
 * `=` without trimming, so `; proto=...` (with a space) is not a `proto` parameter.
 */
export function remoteWriteVersion(contentType: string | undefined): RemoteWriteVersion {
  if (contentType === undefined || contentType === "") return 1;
  const parts = contentType.split(";");
  if (parts[0] !== "application/x-protobuf") return 1;
  for (const p of parts.slice(1)) {
    const pair = p.split("=");
    if (pair.length !== 2) {
      throw new HttpError(
        400,
        `as per https://www.rfc-editor.org/rfc/rfc9110#parameter expected parameters to be key-values, got ${p} in ${contentType} content-type`,
      );
    }
    if (pair[0] === "proto") {
      if (pair[1] === PROTO_V1) return 1;
      if (pair[1] === PROTO_V2) return 2;
      throw new HttpError(
        400,
        `got ${contentType} content type; expected ${PROTO_V1} or ${PROTO_V2}`,
      );
    }
  }
  return 1;
}

/** Reads the uncompressed length from a snappy block header, or -1 when it is malformed. */
export function snappyDecodedLength(buf: Buffer): number {
  let result = 0;
  let mul = 1;
  for (let i = 0; i < 5 && i < buf.length; i++) {
    const b = buf[i];
    result += (b & 0x7f) * mul;
    mul *= 128;
    if (b < 0x80) return result;
  }
  return -1;
}

/** Decompresses a snappy block body, enforcing the size limit before and after. Errors are HttpError 400. */
export function decompressSnappy(body: Buffer, maxSize: number): Buffer {
  if (maxSize > 0 && body.length > maxSize)
    throw new HttpError(400, messageSizeTooLarge(body.length, maxSize, false));
  const declared = snappyDecodedLength(body);
  if (declared < 0) throw new HttpError(400, "snappy: corrupt input");
  if (maxSize > 0 && declared > maxSize)
    throw new HttpError(400, messageSizeTooLarge(declared, maxSize, true));
  try {
    return uncompressSync(body, { asBuffer: true }) as Buffer;
  } catch (err) {
    throw new HttpError(400, `snappy: corrupt input: ${(err as Error).message}`);
  }
}

const V1_TYPES: readonly MetricType[] = [
  "unknown",
  "counter",
  "gauge",
  "histogram",
  "gaugehistogram",
  "summary",
  "info",
  "stateset",
];

function metricType(n: number): MetricType {
  return V1_TYPES[n] ?? "unknown";
}

function wrap(fn: () => DecodedWrite): DecodedWrite {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DecodeError)
      throw new HttpError(400, `failed to parse remote write request: ${err.message}`);
    if (err instanceof RangeError)
      throw new HttpError(400, `failed to parse remote write request: ${err.message}`);
    throw err;
  }
}

/** Decodes an uncompressed `prometheus.WriteRequest`. Throws HttpError 400 on malformed input. */
export function decodeWriteRequestV1(buf: Buffer): DecodedWrite {
  return wrap(() => {
    const r = new ProtoReader(buf);
    const b = new BatchBuilder(Math.max(16, Math.min(1 << 16, buf.length >> 6)));
    let source: WriteSource = "api";
    let skipNames = false;
    let skipCount = false;
    while (!r.done()) {
      const tag = r.tag();
      const field = tag >>> 3;
      const wt = tag & 7;
      if (field === 2 && wt === WIRE_VARINT) {
        // Mimir's WriteRequest.Source (API 0, RULE 1, OTLP 2); Prometheus never sets it.
        const v = r.varint32();
        source = v === 1 ? "rule" : v === 2 ? "otlp" : "api";
      } else if ((field === 1000 || field === 1001) && wt === WIRE_VARINT) {
        const on = r.uint64() !== 0;
        if (field === 1000) skipNames = on;
        else skipCount = on;
      } else if (field === 1) {
        r.expect(WIRE_LEN, wt, "timeseries");
        const end = r.lenEnd();
        readTimeSeriesV1(r, end, b);
        r.pos = end;
      } else if (field === 3) {
        r.expect(WIRE_LEN, wt, "metadata");
        const end = r.lenEnd();
        readMetadataV1(r, end, b);
        r.pos = end;
      } else r.skip(wt);
    }
    const out = b.finish(source, buf);
    out.skipLabelValidation = skipNames;
    out.skipLabelCountValidation = skipCount;
    return out;
  });
}

function withEnd<T>(r: ProtoReader, end: number, fn: () => T): T {
  const outer = r.end;
  r.end = end;
  try {
    return fn();
  } finally {
    r.end = outer;
  }
}

/**
 * Whether the last readLabel() read a label exactly as a Push body encodes it: a name field
 * then a value field and nothing else (with the byte lengths below, the caller checks the
 * varints were minimal by comparing sizes). Set by readLabel, read right after it.
 */
let labelFieldsInOrder = false;
let labelNameBytes = 0;
let labelValueBytes = 0;

/** Bytes a varint of a non-negative integer below 2^32 takes. */
function varint32Size(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Size of a `Label` field (tag, length, message) as a Push body encodes it. */
function canonicalLabelSize(nameBytes: number, valueBytes: number): number {
  const inner = 2 + varint32Size(nameBytes) + nameBytes + varint32Size(valueBytes) + valueBytes;
  return 1 + varint32Size(inner) + inner;
}

/**
 * Labels repeat across series and requests, so short ASCII labels encoded as a Push body encodes
 * them (name then value, one-byte lengths) are looked up in a direct-mapped cache by a hash of
 * their bytes and checked byte by byte: a hit reuses the Label (they are immutable) without
 * decoding a string or allocating. Bounded: LABEL_CACHE_SLOTS labels of at most
 * LABEL_CACHE_MAX_LEN-byte names and values; a colliding label replaces the slot's.
 */
const LABEL_CACHE_SLOTS = 1 << 15;
const LABEL_CACHE_MAX_LEN = 64;
const labelCacheHashes = new Int32Array(LABEL_CACHE_SLOTS);
const labelCache: (Label | undefined)[] = new Array(LABEL_CACHE_SLOTS).fill(undefined);
/** Slot and hash of the label cachedLabel() last missed, or -1 when it is not cacheable. */
let missSlot = -1;
let missHash = 0;

function sameAscii(s: string, buf: Buffer, start: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== buf[start + i]) return false;
  return true;
}

/**
 * The cached Label of the label message buf[start, end), or undefined (then `missSlot` says
 * where readLabel's result may be cached). On a hit sets what readLabel sets.
 */
function cachedLabel(buf: Buffer, start: number, end: number): Label | undefined {
  missSlot = -1;
  if (end - start < 4 || buf[start] !== 0x0a) return undefined;
  const n = buf[start + 1];
  const vt = start + 2 + n;
  if (n > LABEL_CACHE_MAX_LEN || vt + 2 > end || buf[vt] !== 0x12) return undefined;
  const m = buf[vt + 1];
  if (m > LABEL_CACHE_MAX_LEN || vt + 2 + m !== end) return undefined;
  let h = 0x811c9dc5 ^ n;
  for (let i = start + 2; i < vt; i++) {
    const c = buf[i];
    if (c >= 0x80) return undefined;
    h = Math.imul(h ^ c, 0x01000193);
  }
  for (let i = vt + 2; i < end; i++) {
    const c = buf[i];
    if (c >= 0x80) return undefined;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const slot = (h ^ (h >>> 15)) & (LABEL_CACHE_SLOTS - 1);
  const l = labelCache[slot];
  if (
    l !== undefined &&
    labelCacheHashes[slot] === h &&
    l.name.length === n &&
    l.value.length === m &&
    sameAscii(l.name, buf, start + 2) &&
    sameAscii(l.value, buf, vt + 2)
  ) {
    labelFieldsInOrder = true;
    labelNameBytes = n;
    labelValueBytes = m;
    return l;
  }
  missSlot = slot;
  missHash = h;
  return undefined;
}

// The readers below bound the reader by setting `r.end` and restore it in `finally` (no closure
// per message: they run for every label and sample).

/** Reads a Label message, reusing a cached Label for a short ASCII one seen before. */
function readLabel(r: ProtoReader, end: number): Label {
  const hit = cachedLabel(r.buf, r.pos, end);
  if (hit !== undefined) {
    r.pos = end;
    return hit;
  }
  const slot = missSlot;
  const hash = missHash;
  const l = decodeLabel(r, end);
  if (slot >= 0) {
    labelCache[slot] = l;
    labelCacheHashes[slot] = hash;
  }
  return l;
}

function decodeLabel(r: ProtoReader, end: number): Label {
  const outer = r.end;
  r.end = end;
  try {
    let name = "";
    let value = "";
    // 0: nothing yet, 1: name, 2: name then value, -1: anything else.
    let order = 0;
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1:
          r.expect(WIRE_LEN, wt, "label name");
          name = r.string();
          labelNameBytes = r.pos - r.lastStringStart;
          order = order === 0 ? 1 : -1;
          break;
        case 2:
          r.expect(WIRE_LEN, wt, "label value");
          value = r.stringLenient();
          labelValueBytes = r.pos - r.lastStringStart;
          order = order === 1 ? 2 : -1;
          break;
        default:
          r.skip(wt);
          order = -1;
      }
    }
    labelFieldsInOrder = order === 2;
    return { name, value };
  } finally {
    r.end = outer;
  }
}

function readSample(r: ProtoReader, end: number, b: BatchBuilder): void {
  const outer = r.end;
  r.end = end;
  try {
    let value = 0;
    let ts = 0;
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1:
          r.expect(WIRE_FIXED64, wt, "sample value");
          value = r.double();
          break;
        case 2:
          r.expect(WIRE_VARINT, wt, "sample timestamp");
          ts = r.int64();
          break;
        default:
          r.skip(wt);
      }
    }
    b.addSample(ts, value);
  } finally {
    r.end = outer;
  }
}

/**
 * The common Sample layout, value (field 1) then an optional timestamp (field 2) filling
 * [r.pos, end), read without the general field loop. Returns false, with r.pos unchanged and
 * nothing added, for any other layout (readSample reads those).
 */
function readPlainSample(r: ProtoReader, end: number, b: BatchBuilder): boolean {
  const buf = r.buf;
  const start = r.pos;
  if (buf[start] !== 0x09 || start + 9 > end) return false;
  if (start + 9 < end && buf[start + 9] !== 0x10) return false;
  r.pos = start + 1;
  const value = r.double();
  let ts = 0;
  if (r.pos < end) {
    const outer = r.end;
    r.end = end;
    r.pos++;
    try {
      ts = r.int64();
    } catch {
      r.pos = start;
      return false;
    } finally {
      r.end = outer;
    }
    if (r.pos !== end) {
      r.pos = start;
      return false;
    }
  }
  b.addSample(ts, value);
  return true;
}

function readExemplarV1(r: ProtoReader, end: number): Exemplar {
  const outer = r.end;
  r.end = end;
  try {
    const labels: Label[] = [];
    let value = 0;
    let timestamp = 0;
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1: {
          r.expect(WIRE_LEN, wt, "exemplar labels");
          const e = r.lenEnd();
          labels.push(readLabel(r, e));
          r.pos = e;
          break;
        }
        case 2:
          r.expect(WIRE_FIXED64, wt, "exemplar value");
          value = r.double();
          break;
        case 3:
          r.expect(WIRE_VARINT, wt, "exemplar timestamp");
          timestamp = r.int64();
          break;
        default:
          r.skip(wt);
      }
    }
    return { labels, value, timestamp };
  } finally {
    r.end = outer;
  }
}

/**
 * Reads one TimeSeries into the batch. When its labels are consecutive fields each encoded as a
 * Push body encodes them, their byte range goes with the series, so the distributor forwards
 * those bytes to the ingesters instead of encoding the strings again.
 */
function readTimeSeriesV1(r: ProtoReader, end: number, b: BatchBuilder): void {
  const outer = r.end;
  r.end = end;
  try {
    const labels: Label[] = [];
    let exemplars: Exemplar[] | undefined;
    let histograms: HistogramSample[] | undefined;
    const start = b.sampleCount;
    // The labels' bytes: [labelsStart, labelsEnd) while they stay consecutive and canonical.
    let labelsStart = -1;
    let labelsEnd = -1;
    let labelsCanonical = true;
    r.invalidUtf8 = false;
    while (!r.done()) {
      const fieldStart = r.pos;
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1: {
          r.expect(WIRE_LEN, wt, "labels");
          const e = r.lenEnd();
          labels.push(readLabel(r, e));
          r.pos = e;
          if (labelsStart < 0) labelsStart = fieldStart;
          else if (fieldStart !== labelsEnd) labelsCanonical = false;
          labelsEnd = e;
          if (
            !labelFieldsInOrder ||
            e - fieldStart !== canonicalLabelSize(labelNameBytes, labelValueBytes)
          )
            labelsCanonical = false;
          break;
        }
        case 2: {
          r.expect(WIRE_LEN, wt, "samples");
          const e = r.lenEnd();
          if (!readPlainSample(r, e, b)) readSample(r, e, b);
          r.pos = e;
          break;
        }
        case 3: {
          r.expect(WIRE_LEN, wt, "exemplars");
          const e = r.lenEnd();
          (exemplars ??= []).push(readExemplarV1(r, e));
          r.pos = e;
          break;
        }
        case 4: {
          r.expect(WIRE_LEN, wt, "histograms");
          const e = r.lenEnd();
          // A list of exactly one for the usual one sample (a first push reserves 17).
          const d = readHistogram(r, e);
          if (histograms === undefined) histograms = [d];
          else histograms.push(d);
          r.pos = e;
          break;
        }
        default:
          r.skip(wt);
      }
    }
    if (r.invalidUtf8) {
      rejectInvalidUtf8(b, labels, start, histograms?.length ?? 0);
      return;
    }
    if (labelsCanonical && labelsStart >= 0)
      b.addSeries(labels, start, exemplars, histograms, labelsStart, labelsEnd);
    else b.addSeries(labels, start, exemplars, histograms);
  } finally {
    r.end = outer;
  }
}

/** Rejects a series whose label value is not valid UTF-8 (Mimir's label-value-invalid). */
function rejectInvalidUtf8(b: BatchBuilder, labels: Label[], start: number, histograms = 0): void {
  const samples = b.sampleCount - start + histograms;
  b.histogramCount += histograms;
  b.rollback(start);
  const bad = labels.find((l) => l.value.includes("\ufffd")) ?? { name: "", value: "" };
  const metric = labels.find((l) => l.name === "__name__")?.value ?? "";
  b.seriesErrors.push({
    id: "label-value-invalid",
    message: msg.invalidLabelValue(bad.name, bad.value.replaceAll("\ufffd", ""), metric),
    samples,
  });
}

function readMetadataV1(r: ProtoReader, end: number, b: BatchBuilder): void {
  withEnd(r, end, () => {
    let type = 0;
    let name = "";
    let help = "";
    let unit = "";
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1:
          r.expect(WIRE_VARINT, wt, "metadata type");
          type = r.varint32();
          break;
        case 2:
          r.expect(WIRE_LEN, wt, "metric_family_name");
          name = r.string();
          break;
        case 4:
          r.expect(WIRE_LEN, wt, "help");
          help = r.string();
          break;
        case 5:
          r.expect(WIRE_LEN, wt, "unit");
          unit = r.string();
          break;
        default:
          r.skip(wt);
      }
    }
    b.metadata.push({ type: metricType(type), metricFamilyName: name, help, unit });
  });
}

// ---- v2 ----

function readRefs(r: ProtoReader, wt: number, out: number[]): void {
  if (wt === WIRE_LEN) {
    const e = r.lenEnd();
    withEnd(r, e, () => {
      while (!r.done()) out.push(r.varint32());
    });
    r.pos = e;
  } else {
    r.expect(WIRE_VARINT, wt, "labels_refs");
    out.push(r.varint32());
  }
}

function resolveLabels(refs: number[], symbols: string[], what: string): Label[] {
  if (refs.length % 2 !== 0) throw new DecodeError(`odd number of ${what} refs (${refs.length})`);
  const labels: Label[] = [];
  for (let i = 0; i < refs.length; i += 2) {
    const n = refs[i];
    const v = refs[i + 1];
    if (n >= symbols.length || v >= symbols.length) {
      throw new DecodeError(
        `${what} ref ${n >= symbols.length ? n : v} is out of range of the symbols table (size ${symbols.length})`,
      );
    }
    labels.push({ name: symbols[n], value: symbols[v] });
  }
  return labels;
}

function symbol(symbols: string[], ref: number, what: string): string {
  if (ref >= symbols.length)
    throw new DecodeError(
      `${what} ref ${ref} is out of range of the symbols table (size ${symbols.length})`,
    );
  return symbols[ref];
}

/** Decodes an uncompressed `io.prometheus.write.v2.Request`. Throws HttpError 400 on malformed input. */
export function decodeWriteRequestV2(buf: Buffer): DecodedWrite {
  return wrap(() => {
    const r = new ProtoReader(buf);
    const symbols: string[] = [];
    const ranges: number[] = [];
    while (!r.done()) {
      const tag = r.tag();
      const field = tag >>> 3;
      const wt = tag & 7;
      if (field === 4) {
        r.expect(WIRE_LEN, wt, "symbols");
        symbols.push(r.string());
      } else if (field === 5) {
        r.expect(WIRE_LEN, wt, "timeseries");
        const end = r.lenEnd();
        ranges.push(r.pos, end);
        r.pos = end;
      } else r.skip(wt);
    }
    if (symbols.length > 0 && symbols[0] !== "")
      throw new DecodeError("the first symbol must be the empty string");
    const b = new BatchBuilder(Math.max(16, Math.min(1 << 16, buf.length >> 6)));
    for (let i = 0; i < ranges.length; i += 2) {
      r.pos = ranges[i];
      readTimeSeriesV2(r, ranges[i + 1], b, symbols);
    }
    return b.finish("api");
  });
}

function readTimeSeriesV2(r: ProtoReader, end: number, b: BatchBuilder, symbols: string[]): void {
  withEnd(r, end, () => {
    const refs: number[] = [];
    let exemplars: Exemplar[] | undefined;
    let histograms: HistogramSample[] | undefined;
    let metaType = 0;
    let helpRef = 0;
    let unitRef = 0;
    let hasMeta = false;
    const start = b.sampleCount;
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1:
          readRefs(r, wt, refs);
          break;
        case 2: {
          r.expect(WIRE_LEN, wt, "samples");
          const e = r.lenEnd();
          readSample(r, e, b);
          r.pos = e;
          break;
        }
        case 3: {
          r.expect(WIRE_LEN, wt, "histograms");
          const e = r.lenEnd();
          // A list of exactly one for the usual one sample (a first push reserves 17).
          const d = readHistogram(r, e);
          if (histograms === undefined) histograms = [d];
          else histograms.push(d);
          r.pos = e;
          break;
        }
        case 4: {
          r.expect(WIRE_LEN, wt, "exemplars");
          const e = r.lenEnd();
          (exemplars ??= []).push(readExemplarV2(r, e, symbols));
          r.pos = e;
          break;
        }
        case 5: {
          r.expect(WIRE_LEN, wt, "metadata");
          const e = r.lenEnd();
          hasMeta = true;
          withEnd(r, e, () => {
            while (!r.done()) {
              const t = r.tag();
              const w = t & 7;
              switch (t >>> 3) {
                case 1:
                  r.expect(WIRE_VARINT, w, "metadata type");
                  metaType = r.varint32();
                  break;
                case 3:
                  r.expect(WIRE_VARINT, w, "help_ref");
                  helpRef = r.varint32();
                  break;
                case 4:
                  r.expect(WIRE_VARINT, w, "unit_ref");
                  unitRef = r.varint32();
                  break;
                default:
                  r.skip(w);
              }
            }
          });
          r.pos = e;
          break;
        }
        case 6:
          r.expect(WIRE_VARINT, wt, "created_timestamp");
          r.int64();
          break;
        default:
          r.skip(wt);
      }
    }
    const labels = resolveLabels(refs, symbols, "label");
    if (hasMeta) {
      const help = symbol(symbols, helpRef, "help");
      const unit = symbol(symbols, unitRef, "unit");
      let name = "";
      for (const l of labels) if (l.name === "__name__") name = l.value;
      if (metaType !== 0 || help !== "" || unit !== "")
        b.metadata.push({ type: metricType(metaType), metricFamilyName: name, help, unit });
    }
    b.addSeries(labels, start, exemplars, histograms);
  });
}

function readExemplarV2(r: ProtoReader, end: number, symbols: string[]): Exemplar {
  return withEnd(r, end, () => {
    const refs: number[] = [];
    let value = 0;
    let timestamp = 0;
    while (!r.done()) {
      const tag = r.tag();
      const wt = tag & 7;
      switch (tag >>> 3) {
        case 1:
          readRefs(r, wt, refs);
          break;
        case 2:
          r.expect(WIRE_FIXED64, wt, "exemplar value");
          value = r.double();
          break;
        case 3:
          r.expect(WIRE_VARINT, wt, "exemplar timestamp");
          timestamp = r.int64();
          break;
        default:
          r.skip(wt);
      }
    }
    return { labels: resolveLabels(refs, symbols, "exemplar label"), value, timestamp };
  });
}

/**
 * Decodes a remote write body: snappy block → protobuf of the version the Content-Type names.
 * Every failure is an HttpError (400).
 */
export function decodeRemoteWrite(
  body: Buffer,
  contentType: string | undefined,
  maxSize: number,
): { version: RemoteWriteVersion; decoded: DecodedWrite } {
  const version = remoteWriteVersion(contentType);
  const raw = decompressSnappy(body, maxSize);
  if (maxSize > 0 && raw.length > maxSize)
    throw new HttpError(400, messageSizeTooLarge(raw.length, maxSize, true));
  const decoded = version === 2 ? decodeWriteRequestV2(raw) : decodeWriteRequestV1(raw);
  return { version, decoded };
}
