/**
 * WAL record encoding, following Prometheus's tsdb/record/record.go for the record types it has
 * (so the bytes match Prometheus's WAL for series, samples, tombstones and exemplars):
 *
 *   Series     1: per series: ref BE64, labels = uvarint(count) + (uvarint-len string name,
 *                 uvarint-len string value)...
 *   Samples    2: first ref BE64, first t BE64; per sample: varint(ref - first ref),
 *                 varint(t - first t), value float64 bits BE64
 *   Tombstones 3: per interval: ref BE64, varint mint, varint maxt (one interval per record entry)
 *   Exemplars  4: like samples, each followed by its labels
 *
 * Metric metadata in Mimir is per metric family (not per series as in Prometheus's type 6), so
 * it has its own type:
 *   MimirMetadata 64: per entry: uvarint-len strings family name, type, help, unit
 */
import type { Label, Labels } from "../../model/labels.ts";

export const REC_SERIES = 1;
export const REC_SAMPLES = 2;
export const REC_TOMBSTONES = 3;
export const REC_EXEMPLARS = 4;
export const REC_MIMIR_METADATA = 64;

const TWO32 = 4294967296;
const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

/** A growable byte buffer with the encodings above. Reuse it: `reset()` keeps the memory. */
export class RecordEncoder {
  buf: Uint8Array;
  view: DataView;
  len = 0;

  constructor(capacity = 4096) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }

  reset(): void {
    this.len = 0;
  }

  /** The encoded bytes (a view, valid until the next write). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
    this.view = new DataView(nb.buffer);
  }

  putByte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b;
  }

  /** An integer (|x| < 2^53) as a big-endian 64-bit two's complement value. */
  putBE64int(x: number): void {
    this.ensure(8);
    const hi = Math.floor(x / TWO32);
    const lo = x - hi * TWO32;
    this.view.setUint32(this.len, hi >>> 0);
    this.view.setUint32(this.len + 4, lo >>> 0);
    this.len += 8;
  }

  putFloat64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.len, v);
    this.len += 8;
  }

  putUvarint(u: number): void {
    this.ensure(10);
    const buf = this.buf;
    let p = this.len;
    if (u < 0x80) {
      buf[p++] = u;
    } else {
      while (u >= 0x80) {
        buf[p++] = (u % 0x80) | 0x80;
        u = Math.floor(u / 0x80);
      }
      buf[p++] = u;
    }
    this.len = p;
  }

  /** Signed (zigzag) varint. */
  putVarint(x: number): void {
    this.putUvarint(x >= 0 ? x * 2 : -x * 2 - 1);
  }

  putString(s: string): void {
    // Worst case 3 bytes per UTF-16 unit.
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.putUvarint(s.length);
      this.ensure(s.length);
      const buf = this.buf;
      let p = this.len;
      for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
      this.len = p;
      return;
    }
    const b = textEncoder.encode(s);
    this.putUvarint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  putLabels(ls: Labels): void {
    this.putUvarint(ls.length);
    for (let i = 0; i < ls.length; i++) {
      this.putString(ls[i].name);
      this.putString(ls[i].value);
    }
  }

  /** Labels stored flat as [name, value, ...]. */
  putLset(lset: readonly string[]): void {
    this.putUvarint(lset.length >> 1);
    for (let i = 0; i < lset.length; i++) this.putString(lset[i]);
  }
}

export class RecordDecoder {
  buf: Uint8Array;
  view: DataView;
  pos: number;
  end: number;
  err: string | undefined = undefined;

  constructor(buf: Uint8Array, start = 0, end = buf.length) {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.pos = start;
    this.end = end;
  }

  remaining(): number {
    return this.end - this.pos;
  }

  private fail(msg: string): number {
    if (this.err === undefined) this.err = msg;
    this.pos = this.end;
    return 0;
  }

  byte(): number {
    if (this.pos >= this.end) return this.fail("unexpected end of record");
    return this.buf[this.pos++];
  }

  be64int(): number {
    if (this.end - this.pos < 8) return this.fail("unexpected end of record");
    const hi = this.view.getInt32(this.pos);
    const lo = this.view.getUint32(this.pos + 4);
    this.pos += 8;
    return hi * TWO32 + lo;
  }

  float64(): number {
    if (this.end - this.pos < 8) return this.fail("unexpected end of record");
    const v = this.view.getFloat64(this.pos);
    this.pos += 8;
    return v;
  }

  uvarint(): number {
    let x = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) return this.fail("unexpected end of record in varint");
      const b = this.buf[this.pos++];
      x += (b & 0x7f) * mul;
      if (b < 0x80) return x;
      mul *= 128;
    }
    return this.fail("varint overflow");
  }

  varint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  string(): string {
    const n = this.uvarint();
    if (this.end - this.pos < n) {
      this.fail("unexpected end of record in string");
      return "";
    }
    const s = textDecoder.decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }

  labels(): Labels {
    const n = this.uvarint();
    const out: Label[] = [];
    for (let i = 0; i < n && this.err === undefined; i++) {
      const name = this.string();
      const value = this.string();
      out.push({ name, value });
    }
    return out;
  }
}

export interface RefSeries {
  ref: number;
  labels: Labels;
}

export interface RefSample {
  ref: number;
  t: number;
  v: number;
}

export interface RefExemplar {
  ref: number;
  t: number;
  v: number;
  labels: Labels;
}

export interface RefMetadata {
  metricFamilyName: string;
  type: string;
  help: string;
  unit: string;
}

export interface Tombstone {
  ref: number;
  mint: number;
  maxt: number;
}

export function encodeSeries(e: RecordEncoder, series: readonly RefSeries[]): void {
  e.putByte(REC_SERIES);
  for (const s of series) {
    e.putBE64int(s.ref);
    e.putLabels(s.labels);
  }
}

/**
 * Incremental samples record: call `begin`, then `add` per sample (no object per sample).
 * Produces exactly Prometheus's Samples record.
 */
export class SamplesRecordBuilder {
  readonly enc: RecordEncoder;
  private n = 0;
  private firstRef = 0;
  private firstT = 0;

  constructor(enc = new RecordEncoder(1 << 16)) {
    this.enc = enc;
  }

  begin(type = REC_SAMPLES): void {
    this.enc.reset();
    this.enc.putByte(type);
    this.n = 0;
  }

  count(): number {
    return this.n;
  }

  add(ref: number, t: number, v: number): void {
    const e = this.enc;
    if (this.n === 0) {
      this.firstRef = ref;
      this.firstT = t;
      e.putBE64int(ref);
      e.putBE64int(t);
    }
    e.putVarint(ref - this.firstRef);
    e.putVarint(t - this.firstT);
    e.putFloat64(v);
    this.n++;
  }

  /** Exemplar entries also carry labels. */
  addExemplar(ref: number, t: number, v: number, labels: Labels): void {
    this.add(ref, t, v);
    this.enc.putLabels(labels);
  }

  bytes(): Uint8Array {
    return this.enc.bytes();
  }
}

export function encodeSamples(e: RecordEncoder, samples: readonly RefSample[]): void {
  const b = new SamplesRecordBuilder(e);
  b.begin();
  for (const s of samples) b.add(s.ref, s.t, s.v);
}

export function encodeExemplars(e: RecordEncoder, exemplars: readonly RefExemplar[]): void {
  const b = new SamplesRecordBuilder(e);
  b.begin(REC_EXEMPLARS);
  for (const x of exemplars) b.addExemplar(x.ref, x.t, x.v, x.labels);
}

export function encodeMetadata(e: RecordEncoder, mds: readonly RefMetadata[]): void {
  e.putByte(REC_MIMIR_METADATA);
  for (const m of mds) {
    e.putString(m.metricFamilyName);
    e.putString(m.type);
    e.putString(m.help);
    e.putString(m.unit);
  }
}

export function encodeTombstones(e: RecordEncoder, ts: readonly Tombstone[]): void {
  e.putByte(REC_TOMBSTONES);
  for (const t of ts) {
    e.putBE64int(t.ref);
    e.putVarint(t.mint);
    e.putVarint(t.maxt);
  }
}

export function recordType(rec: Uint8Array): number {
  return rec.length > 0 ? rec[0] : 0;
}

export function decodeSeries(rec: Uint8Array, out: RefSeries[] = []): RefSeries[] {
  const d = new RecordDecoder(rec, 1);
  while (d.remaining() > 0 && d.err === undefined) {
    const ref = d.be64int();
    const labels = d.labels();
    if (d.err === undefined) out.push({ ref, labels });
  }
  if (d.err !== undefined) throw new Error(`decode series record: ${d.err}`);
  return out;
}

/** Calls fn per sample without allocating; `exemplars` also decodes trailing labels. */
export function forEachSample(
  rec: Uint8Array,
  fn: (ref: number, t: number, v: number) => void,
): void {
  const d = new RecordDecoder(rec, 1);
  if (d.remaining() === 0) return;
  const baseRef = d.be64int();
  const baseT = d.be64int();
  while (d.remaining() > 0 && d.err === undefined) {
    const dref = d.varint();
    const dt = d.varint();
    const v = d.float64();
    if (d.err !== undefined) break;
    fn(baseRef + dref, baseT + dt, v);
  }
  if (d.err !== undefined) throw new Error(`decode samples record: ${d.err}`);
}

export function decodeSamples(rec: Uint8Array, out: RefSample[] = []): RefSample[] {
  forEachSample(rec, (ref, t, v) => out.push({ ref, t, v }));
  return out;
}

export function decodeExemplars(rec: Uint8Array, out: RefExemplar[] = []): RefExemplar[] {
  const d = new RecordDecoder(rec, 1);
  if (d.remaining() === 0) return out;
  const baseRef = d.be64int();
  const baseT = d.be64int();
  while (d.remaining() > 0 && d.err === undefined) {
    const dref = d.varint();
    const dt = d.varint();
    const v = d.float64();
    const labels = d.labels();
    if (d.err === undefined) out.push({ ref: baseRef + dref, t: baseT + dt, v, labels });
  }
  if (d.err !== undefined) throw new Error(`decode exemplars record: ${d.err}`);
  return out;
}

export function decodeMetadata(rec: Uint8Array, out: RefMetadata[] = []): RefMetadata[] {
  const d = new RecordDecoder(rec, 1);
  while (d.remaining() > 0 && d.err === undefined) {
    const metricFamilyName = d.string();
    const type = d.string();
    const help = d.string();
    const unit = d.string();
    if (d.err === undefined) out.push({ metricFamilyName, type, help, unit });
  }
  if (d.err !== undefined) throw new Error(`decode metadata record: ${d.err}`);
  return out;
}

export function decodeTombstones(rec: Uint8Array, out: Tombstone[] = []): Tombstone[] {
  const d = new RecordDecoder(rec, 1);
  while (d.remaining() > 0 && d.err === undefined) {
    const ref = d.be64int();
    const mint = d.varint();
    const maxt = d.varint();
    if (d.err === undefined) out.push({ ref, mint, maxt });
  }
  if (d.err !== undefined) throw new Error(`decode tombstones record: ${d.err}`);
  return out;
}
