/**
 * Reader for Prometheus's index format v2 over the whole file's bytes (see
 * docs/formats/index.md). Opening checks the header, the TOC, the symbol table and the postings
 * offset table (with their CRCs); series entries and postings lists are checked when read.
 * Any malformed input raises CorruptionError.
 */
import type { Label, Labels } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import { asBuffer, Decbuf, decbufWithBE32Len, decbufWithUvarintLen } from "../encoding/decbuf.ts";
import { CorruptionError } from "../../model/errors.ts";
import { crc32c } from "../encoding/crc32c.ts";
import { compareStrings } from "../../model/strings.ts";
import {
  EMPTY_POSTINGS,
  intersectPostings,
  mergePostings,
  type Postings,
  postingsForMatchers,
} from "./postings.ts";
import {
  type ChunkMeta,
  INDEX_FORMAT_V2,
  INDEX_HEADER_LEN,
  INDEX_TOC_LEN,
  MAGIC_INDEX,
  SERIES_BYTE_ALIGN,
  type TOC,
} from "./writer.ts";

interface NameEntry {
  /** Sorted values of this label name. */
  values: string[];
  /** Offset of each value's postings list in the file. */
  offsets: number[];
}

export interface IndexSeries {
  labels: Labels;
  chunks: ChunkMeta[];
}

export class IndexReader {
  readonly b: Buffer;
  readonly version: number;
  readonly toc: TOC;
  private readonly symOffsets: Float64Array;
  private readonly symCache: (string | undefined)[];
  /** name -> values and postings offsets, in table order; "" holds the all-postings list. */
  private readonly table = new Map<string, NameEntry>();
  private readonly names: string[];
  /** End of the series section: the next section that exists. */
  private readonly seriesEnd: number;
  /** Reused for series entries. */
  private readonly dec: Decbuf;
  /** Reused for symbol lookups (which happen while `dec` is mid-series). */
  private readonly symDec: Decbuf;

  private constructor(b: Uint8Array) {
    const buf = asBuffer(b);
    this.b = buf;
    this.dec = new Decbuf(buf);
    this.symDec = new Decbuf(buf);
    if (buf.length < INDEX_HEADER_LEN + INDEX_TOC_LEN)
      throw new CorruptionError("index header: invalid size");
    const magic = buf.readUInt32BE(0);
    if (magic !== MAGIC_INDEX)
      throw new CorruptionError(`invalid magic number ${magic.toString(16)}`);
    this.version = buf[4];
    if (this.version !== INDEX_FORMAT_V2) {
      throw new CorruptionError(`unsupported index file version ${this.version}`);
    }
    this.toc = readTOC(buf);
    for (const [k, v] of Object.entries(this.toc)) {
      if (v >= buf.length) throw new CorruptionError(`read TOC: ${k} offset ${v} out of range`);
    }

    const after = [
      this.toc.labelIndices,
      this.toc.postings,
      this.toc.labelIndicesTable,
      this.toc.postingsTable,
    ].filter((o) => o > this.toc.series);
    this.seriesEnd = after.length > 0 ? Math.min(...after) : buf.length - INDEX_TOC_LEN;

    // Symbols.
    const d = decbufWithBE32Len(buf, this.toc.symbols, "read symbols");
    const cnt = d.be32();
    // Each symbol takes at least one byte, which bounds the allocation for corrupt counts.
    if (cnt > d.len()) throw new CorruptionError("read symbols: invalid size");
    this.symOffsets = new Float64Array(cnt);
    let prevStart = -1;
    let prevEnd = -1;
    for (let i = 0; i < cnt; i++) {
      this.symOffsets[i] = d.pos;
      const start = d.uvarintBytesStart();
      if (i > 0 && compareBytes(buf, prevStart, prevEnd, start, d.pos) >= 0) {
        throw new CorruptionError("read symbols: symbols not sorted");
      }
      prevStart = start;
      prevEnd = d.pos;
    }
    this.symCache = new Array(cnt);

    // Postings offset table.
    const pd = decbufWithBE32Len(buf, this.toc.postingsTable, "read postings table");
    let n = pd.be32();
    let lastName: string | null = null;
    let entry: NameEntry | undefined;
    while (pd.len() > 0 && n > 0) {
      const keyCount = pd.uvarint();
      if (keyCount !== 2)
        throw new CorruptionError(
          `read postings table: unexpected key length for posting table ${keyCount}`,
        );
      const name = pd.uvarintStr();
      const value = pd.uvarintStr();
      const off = pd.uvarint();
      if (off >= buf.length) throw new CorruptionError("read postings table: offset out of range");
      if (name !== lastName) {
        if (this.table.has(name))
          throw new CorruptionError("read postings table: label names not sorted");
        entry = { values: [], offsets: [] };
        this.table.set(name, entry);
        lastName = name;
      }
      entry!.values.push(value);
      entry!.offsets.push(off);
      n--;
    }
    if (n !== 0) throw new CorruptionError("read postings table: invalid size");
    this.names = [...this.table.keys()].filter((k) => k !== "").sort(compareStrings);
  }

  /** Parses an index file's bytes. Throws CorruptionError on malformed data. */
  static open(b: Uint8Array): IndexReader {
    try {
      return new IndexReader(b);
    } catch (e) {
      if (e instanceof CorruptionError) throw e;
      throw new CorruptionError(`read index: ${(e as Error).message}`, { cause: e });
    }
  }

  get numSymbols(): number {
    return this.symOffsets.length;
  }

  /** The symbol with sequence number `i` (v2 references symbols by position). */
  symbol(i: number): string {
    const c = this.symCache[i];
    if (c !== undefined) return c;
    if (!(i >= 0 && i < this.symOffsets.length))
      throw new CorruptionError(`unknown symbol offset ${i}`);
    const d = this.symDec;
    d.reset(this.symOffsets[i], this.b.length);
    const s = d.uvarintStr();
    this.symCache[i] = s;
    return s;
  }

  /** All symbols in order. */
  symbols(): string[] {
    const out = new Array<string>(this.symOffsets.length);
    for (let i = 0; i < out.length; i++) out[i] = this.symbol(i);
    return out;
  }

  /** Sequence number of a symbol, or -1. */
  reverseLookup(sym: string): number {
    let lo = 0;
    let hi = this.symOffsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareStrings(this.symbol(mid), sym);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Sorted label names that have postings. */
  labelNames(): string[] {
    return this.names.slice();
  }

  /** Sorted values of a label name. */
  labelValues(name: string): string[] {
    if (name === "") return [];
    return this.table.get(name)?.values.slice() ?? [];
  }

  /** Every series reference. */
  allPostings(): Uint32Array {
    return this.postings("", "");
  }

  /** Series that have label name=value. */
  postings(name: string, value: string): Uint32Array {
    const e = this.table.get(name);
    if (e === undefined) return EMPTY_POSTINGS;
    const i = binarySearch(e.values, value);
    if (i < 0) return EMPTY_POSTINGS;
    return this.readPostings(e.offsets[i]);
  }

  /** Union of the postings of name=v over the values for which `match` holds. */
  postingsForLabelMatching(name: string, match: (value: string) => boolean): Uint32Array {
    const e = this.table.get(name);
    if (e === undefined || name === "") return EMPTY_POSTINGS;
    const lists: Uint32Array[] = [];
    for (let i = 0; i < e.values.length; i++) {
      if (match(e.values[i])) lists.push(this.readPostings(e.offsets[i]));
    }
    // Unions of Uint32Arrays are Uint32Arrays.
    return mergePostings(lists) as Uint32Array;
  }

  /** Series matching every matcher, with Prometheus's semantics (see postingsForMatchers). */
  postingsForMatchers(matchers: readonly Matcher[]): Uint32Array {
    // Every list this index hands out is a Uint32Array, so set operations on them are too.
    return postingsForMatchers(this, matchers) as Uint32Array;
  }

  /** Persisted postings are in label order already. */
  sortedPostings(p: Postings): Postings {
    return p;
  }

  /** Sorted values of `name` among the series in `p`. */
  labelValuesFor(p: Postings, name: string): string[] {
    if (p.length === 0) return [];
    return this.labelValues(name).filter(
      (v) => intersectPostings([p, this.postings(name, v)]).length > 0,
    );
  }

  /** Sorted label names of the series in `p`. */
  labelNamesFor(p: Postings): string[] {
    const set = new Set<string>();
    for (let i = 0; i < p.length; i++) for (const l of this.seriesLabels(p[i])) set.add(l.name);
    return [...set].sort(compareStrings);
  }

  /** Labels of the series at `ref`, with the metas of its chunks overlapping [mint, maxt] appended to `out`. */
  seriesOverlapping(ref: number, mint: number, maxt: number, out: ChunkMeta[]): Labels {
    const s = this.series(ref);
    for (const c of s.chunks) if (!(c.maxt < mint || c.mint > maxt)) out.push(c);
    return s.labels;
  }

  private readPostings(off: number): Uint32Array {
    const d = decbufWithBE32Len(this.b, off, "read postings");
    const n = d.be32();
    if (n * 4 !== d.len()) throw new CorruptionError("read postings: invalid size");
    const out = new Uint32Array(n);
    const b = this.b;
    let p = d.pos;
    let prev = -1;
    for (let i = 0; i < n; i++) {
      const v = b.readUInt32BE(p);
      if (v <= prev) throw new CorruptionError("read postings: references not sorted");
      out[i] = v;
      prev = v;
      p += 4;
    }
    return out;
  }

  /** Labels and chunk metas of the series at `ref`. */
  series(ref: number): IndexSeries {
    const d = this.seriesDecbuf(ref);
    const nl = d.uvarint();
    if (nl > d.len()) throw new CorruptionError("read series: invalid size");
    const labels: Label[] = new Array(nl);
    for (let i = 0; i < nl; i++) {
      const name = this.symbol(d.uvarint32());
      const value = this.symbol(d.uvarint32());
      labels[i] = { name, value };
    }
    const chunks = decodeChunkMetas(d);
    return { labels, chunks };
  }

  /** Labels only, skipping the chunk metas. */
  seriesLabels(ref: number): Labels {
    const d = this.seriesDecbuf(ref);
    const nl = d.uvarint();
    if (nl > d.len()) throw new CorruptionError("read series: invalid size");
    const labels: Label[] = new Array(nl);
    for (let i = 0; i < nl; i++) {
      const name = this.symbol(d.uvarint32());
      const value = this.symbol(d.uvarint32());
      labels[i] = { name, value };
    }
    return labels;
  }

  private seriesDecbuf(ref: number): Decbuf {
    const off = ref * SERIES_BYTE_ALIGN;
    if (!Number.isInteger(ref) || off < this.toc.series || off >= this.seriesEnd) {
      throw new CorruptionError(`read series: reference ${ref} out of range`);
    }
    return decbufWithUvarintLen(this.b, off, "read series", this.dec);
  }
}

/** Decodes the chunk metas part of a series entry (count then delta-encoded metas). */
export function decodeChunkMetas(d: Decbuf): ChunkMeta[] {
  const k = d.uvarint();
  if (k === 0) return [];
  if (k > d.len()) throw new CorruptionError("read series: invalid chunk count");
  const chunks: ChunkMeta[] = new Array(k);
  let t0 = d.varint();
  let maxt = d.uvarint() + t0;
  let ref0 = d.uvarint();
  chunks[0] = { mint: t0, maxt, ref: ref0 };
  t0 = maxt;
  for (let i = 1; i < k; i++) {
    const mint = d.uvarint() + t0;
    maxt = d.uvarint() + mint;
    ref0 += d.varint();
    t0 = maxt;
    chunks[i] = { mint, maxt, ref: ref0 };
  }
  return chunks;
}

function readTOC(b: Buffer): TOC {
  const start = b.length - INDEX_TOC_LEN;
  const want = b.readUInt32BE(b.length - 4);
  if (crc32c(b, start, b.length - 4) !== want)
    throw new CorruptionError("read TOC: invalid checksum");
  const d = new Decbuf(b, start, b.length - 4);
  return {
    symbols: d.be64(),
    series: d.be64(),
    labelIndices: d.be64(),
    labelIndicesTable: d.be64(),
    postings: d.be64(),
    postingsTable: d.be64(),
  };
}

function binarySearch(values: readonly string[], v: string): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareStrings(values[mid], v);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function compareBytes(b: Uint8Array, as: number, ae: number, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = b[as + i] - b[bs + i];
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}
