/**
 * Writer for Prometheus's index format v2 (see docs/formats/index.md).
 *
 * Use: addSymbol() for every label name and value in Go string order (or pass the whole set to
 * addSymbols()), then addSeries() in label order, then finish(). The bytes accumulate in memory;
 * a caller writing a file takes them as it goes with drain() (for example whenever pending()
 * exceeds a few MiB), so the whole index never has to be held at once. buildIndex() is the
 * one-call form for tests and small indexes.
 */
import type { Labels } from "../../model/labels.ts";
import { crc32c } from "../encoding/crc32c.ts";
import { Encbuf } from "../encoding/encbuf.ts";
import { compareLabelsBytes, compareStrings } from "../../model/strings.ts";

export const MAGIC_INDEX = 0xbaaad700;
export const INDEX_FORMAT_V1 = 1;
export const INDEX_FORMAT_V2 = 2;
export const INDEX_HEADER_LEN = 5;
export const SERIES_BYTE_ALIGN = 16;
/** Six 8-byte section offsets and a CRC-32C. */
export const INDEX_TOC_LEN = 6 * 8 + 4;

/** A chunk as the index knows it: first and last sample time (inclusive) and its reference. */
export interface ChunkMeta {
  mint: number;
  maxt: number;
  /** Segment index << 32 | offset within the segment file (block chunk reference). */
  ref: number;
}

export interface TOC {
  symbols: number;
  series: number;
  labelIndices: number;
  labelIndicesTable: number;
  postings: number;
  postingsTable: number;
}

const enum_stage_none = 0;
const enum_stage_symbols = 1;
const enum_stage_series = 2;
const enum_stage_done = 3;

export class IndexWriter {
  private readonly out = new Encbuf(1 << 16);
  /** Bytes already handed out by drain(). */
  private drained = 0;
  private stage = enum_stage_none;

  private readonly symbolBuf = new Encbuf(1 << 12);
  private readonly symbolIndex = new Map<string, number>();
  private numSymbols = 0;
  private lastSymbol = "";

  private lastSeries: Labels | null = null;
  private lastChunkRef = 0;
  private numSeriesWritten = 0;
  /** All series refs, in order (the "" = "" postings list). */
  private allRefs: number[] = [];
  /** name symbol -> value symbol -> series refs. */
  private readonly postings = new Map<number, Map<number, number[]>>();
  private readonly buf = new Encbuf(256);

  readonly toc: TOC = {
    symbols: 0,
    series: 0,
    labelIndices: 0,
    labelIndicesTable: 0,
    postings: 0,
    postingsTable: 0,
  };

  constructor() {
    this.out.putBE32(MAGIC_INDEX);
    this.out.putByte(INDEX_FORMAT_V2);
  }

  /** Current absolute position in the index file. */
  private pos(): number {
    return this.drained + this.out.len;
  }

  /** Bytes written but not yet drained. */
  pending(): number {
    return this.out.len;
  }

  /** Hands out (a copy of) the bytes written since the last drain. */
  drain(): Uint8Array {
    const b = this.out.copy();
    this.drained += this.out.len;
    this.out.reset();
    return b;
  }

  /** Adds one symbol; symbols must be unique and in Go string order. */
  addSymbol(sym: string): void {
    if (this.stage > enum_stage_symbols)
      throw new Error("index writer: symbols must be added before series");
    if (this.stage === enum_stage_none) {
      this.stage = enum_stage_symbols;
      this.toc.symbols = this.pos();
      // Placeholders for the length and the count.
      this.symbolBuf.putBE32(0);
      this.symbolBuf.putBE32(0);
    }
    if (this.numSymbols !== 0 && compareStrings(sym, this.lastSymbol) <= 0) {
      throw new Error(`index writer: symbol ${JSON.stringify(sym)} out-of-order`);
    }
    this.lastSymbol = sym;
    this.symbolIndex.set(sym, this.numSymbols++);
    this.symbolBuf.putUvarintStr(sym);
  }

  /** Sorts and adds a set of symbols. */
  addSymbols(symbols: Iterable<string>): void {
    const all = [...new Set(symbols)].sort(compareStrings);
    for (const s of all) this.addSymbol(s);
  }

  private finishSymbols(): void {
    if (this.stage === enum_stage_none) {
      // No symbols at all: still write an empty table.
      this.stage = enum_stage_symbols;
      this.toc.symbols = this.pos();
      this.symbolBuf.putBE32(0);
      this.symbolBuf.putBE32(0);
    }
    const sb = this.symbolBuf;
    const len = sb.len - 4;
    if (len > 0xffffffff) throw new Error("index writer: symbol table exceeds 4 GiB");
    sb.setBE32(0, len);
    sb.setBE32(4, this.numSymbols);
    const crc = crc32c(sb.b, 4, sb.len);
    sb.putBE32(crc);
    this.out.putBytes(sb.get());
    this.stage = enum_stage_series;
    this.toc.series = this.pos();
  }

  /**
   * Adds a series with its chunks (sorted by time, non-overlapping, references non-decreasing
   * across the whole index). Series must come in strictly increasing label order (Go string
   * order, see compareLabelsBytes). Returns the series reference (offset / 16).
   */
  addSeries(lset: Labels, chunks: readonly ChunkMeta[]): number {
    if (this.stage === enum_stage_done) throw new Error("index writer: already finished");
    if (this.stage < enum_stage_series) this.finishSymbols();
    if (this.lastSeries !== null && compareLabelsBytes(lset, this.lastSeries) <= 0) {
      throw new Error("index writer: out-of-order series added");
    }
    let lastRef = this.lastChunkRef;
    let lastMaxT = 0;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      if (c.ref < lastRef)
        throw new Error(`index writer: unsorted chunk reference: ${c.ref}, previous: ${lastRef}`);
      lastRef = c.ref;
      if (i > 0 && c.mint <= lastMaxT) {
        throw new Error(
          `index writer: chunk minT ${c.mint} is not higher than previous chunk maxT ${lastMaxT}`,
        );
      }
      if (c.maxt < c.mint)
        throw new Error(`index writer: chunk maxT ${c.maxt} is less than minT ${c.mint}`);
      lastMaxT = c.maxt;
    }

    this.out.padTo(SERIES_BYTE_ALIGN, this.drained);
    const start = this.pos();
    const ref = start / SERIES_BYTE_ALIGN;
    if (ref > 0xffffffff) throw new Error("index writer: exceeding max size of 64GiB");

    const b = this.buf;
    b.reset();
    b.putUvarint(lset.length);
    for (const l of lset) {
      const ni = this.symbolIndex.get(l.name);
      if (ni === undefined)
        throw new Error(`index writer: symbol entry for ${JSON.stringify(l.name)} does not exist`);
      const vi = this.symbolIndex.get(l.value);
      if (vi === undefined)
        throw new Error(`index writer: symbol entry for ${JSON.stringify(l.value)} does not exist`);
      b.putUvarint(ni);
      b.putUvarint(vi);
      let byValue = this.postings.get(ni);
      if (byValue === undefined) {
        byValue = new Map();
        this.postings.set(ni, byValue);
      }
      const refs = byValue.get(vi);
      if (refs === undefined) byValue.set(vi, [ref]);
      else refs.push(ref);
    }
    b.putUvarint(chunks.length);
    if (chunks.length > 0) {
      const c0 = chunks[0];
      b.putVarint(c0.mint);
      b.putUvarint(c0.maxt - c0.mint);
      b.putUvarint(c0.ref);
      let t0 = c0.maxt;
      let ref0 = c0.ref;
      for (let i = 1; i < chunks.length; i++) {
        const c = chunks[i];
        b.putUvarint(c.mint - t0);
        b.putUvarint(c.maxt - c.mint);
        t0 = c.maxt;
        b.putVarint(c.ref - ref0);
        ref0 = c.ref;
      }
    }
    this.out.putUvarint(b.len);
    this.out.putBytes(b.b, 0, b.len);
    this.out.putBE32(crc32c(b.b, 0, b.len));

    this.lastSeries = lset;
    this.lastChunkRef = lastRef;
    this.allRefs.push(ref);
    this.numSeriesWritten++;
    return ref;
  }

  get numSeries(): number {
    return this.numSeriesWritten;
  }

  private symbolByIndex(): string[] {
    const arr = new Array<string>(this.numSymbols);
    for (const [s, i] of this.symbolIndex) arr[i] = s;
    return arr;
  }

  /** Writes postings, the postings offset table and the TOC. Drain afterwards for the rest. */
  finish(): void {
    if (this.stage === enum_stage_done) return;
    if (this.stage < enum_stage_series) this.finishSymbols();
    const out = this.out;
    out.padTo(4, this.drained);
    const postingsStart = this.pos();
    // The legacy label index section is empty, as Prometheus writes it nowadays.
    this.toc.labelIndices = postingsStart;
    this.toc.postings = postingsStart;

    const names = this.symbolByIndex();
    const offsetTable = new Encbuf(1 << 12);
    offsetTable.putBE32(0); // len placeholder
    offsetTable.putBE32(0); // count placeholder
    let count = 0;

    const writePosting = (name: string, value: string, refs: readonly number[]): void => {
      out.padTo(4, this.drained);
      offsetTable.putUvarint(2);
      offsetTable.putUvarintStr(name);
      offsetTable.putUvarintStr(value);
      offsetTable.putUvarint(this.pos());
      count++;
      const start = out.len;
      out.putBE32(4 + 4 * refs.length);
      out.putBE32(refs.length);
      for (let i = 0; i < refs.length; i++) out.putBE32(refs[i]);
      out.putBE32(crc32c(out.b, start + 4, out.len));
    };

    writePosting("", "", this.allRefs);
    const nameIds = [...this.postings.keys()].sort((a, b) => a - b);
    for (const ni of nameIds) {
      const byValue = this.postings.get(ni)!;
      const valueIds = [...byValue.keys()].sort((a, b) => a - b);
      for (const vi of valueIds) writePosting(names[ni], names[vi], byValue.get(vi)!);
    }

    // Empty label offset table: keeps LabelIndicesTable a valid section that marks the end of
    // the postings lists (Mimir's index-header relies on that).
    this.toc.labelIndicesTable = this.pos();
    out.putBE32(4);
    out.putBE32(0);
    out.putBE32(crc32c(new Uint8Array(4)));

    this.toc.postingsTable = this.pos();
    const tableLen = offsetTable.len - 4;
    if (tableLen > 0xffffffff)
      throw new Error("index writer: postings offset table length size exceeds 4 bytes");
    offsetTable.setBE32(0, tableLen);
    offsetTable.setBE32(4, count);
    offsetTable.putBE32(crc32c(offsetTable.b, 4, offsetTable.len));
    out.putBytes(offsetTable.get());

    const tocStart = out.len;
    out.putBE64(this.toc.symbols);
    out.putBE64(this.toc.series);
    out.putBE64(this.toc.labelIndices);
    out.putBE64(this.toc.labelIndicesTable);
    out.putBE64(this.toc.postings);
    out.putBE64(this.toc.postingsTable);
    out.putBE32(crc32c(out.b, tocStart, out.len));
    this.stage = enum_stage_done;
    this.postings.clear();
    this.allRefs = [];
  }
}

export interface IndexSeriesInput {
  labels: Labels;
  chunks: readonly ChunkMeta[];
}

/** Builds a whole index in memory from series in label order. */
export function buildIndex(series: readonly IndexSeriesInput[]): Uint8Array {
  const w = new IndexWriter();
  const syms = new Set<string>();
  for (const s of series) {
    for (const l of s.labels) {
      syms.add(l.name);
      syms.add(l.value);
    }
  }
  w.addSymbols(syms);
  for (const s of series) w.addSeries(s.labels, s.chunks);
  w.finish();
  return w.drain();
}
