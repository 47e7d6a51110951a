/**
 * The in-memory head of one tenant's TSDB: series table, label index, per-series XOR chunks,
 * out-of-order data, exemplars and metadata. Reads go through the same interfaces as a persisted
 * block (`rangeHead`: index and chunk readers) and the same BlockQuerier. Durability (WAL) and limits are the caller's business: the ingester checks limits
 * before `createSeries` and logs what the head accepted.
 *
 * Append rules (Prometheus's headAppender with Mimir's OOO window):
 * - in-order: t > series' last timestamp and t >= the head's appendable minimum, which is
 *   max(minValidTime, maxt - chunkRange/2) (minValidTime is raised by truncation);
 * - t == last timestamp: same value bits accepted silently (not stored), else a duplicate;
 * - otherwise, with an OOO window w > 0 and t >= maxt - w: stored as out-of-order data;
 * - otherwise: out-of-bounds (too old, OOO off), out-of-order (OOO off) or too old (beyond w).
 * Native histograms (appendHistogram) follow the same rules; a series may switch between float
 * and histogram samples (head_histograms.ts keeps the histogram chunks).
 */
import { compareLabels, METRIC_NAME, type Label, type Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import { compareStrings } from "../model/strings.ts";
import type { Tombstones } from "./block/tombstones.ts";
import { ChunkArena } from "./chunkenc/arena.ts";
import { EXEMPLAR_OK, ExemplarStorage, type StoredExemplar } from "./head_exemplars.ts";
import { MetadataStore } from "./head_metadata.ts";
import { MemPostings } from "./head_postings.ts";
import { type Postings, postingsForMatchers } from "./index/postings.ts";
import type { ChunkMeta } from "./index/writer.ts";
import {
  type BlockChunkReader,
  type BlockIndexReader,
  BlockQuerier,
  type ChunkIterable,
  EMPTY_ITERATOR,
  type QueryableBlock,
} from "./querier.ts";
import { MemSeries, OOOData } from "./head_series.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import { HIST_APPENDED, HIST_DUPLICATE_IGNORED, HistogramData } from "./head_histograms.ts";

export { MemSeries } from "./head_series.ts";

/** Append outcomes. Non-negative values mean the sample is accepted. */
export const APPEND_OK = 0;
/** Stored as out-of-order data (goes to the WBL). */
export const APPEND_OOO = 1;
/** Same timestamp and value as an existing sample: accepted, nothing stored or logged. */
export const APPEND_DUPLICATE_IGNORED = 2;
/** Older than the appendable window with OOO off (Prometheus ErrOutOfBounds). */
export const ERR_OUT_OF_BOUNDS = -1;
/** Older than the series' last sample with OOO off (ErrOutOfOrderSample). */
export const ERR_OUT_OF_ORDER = -2;
/** Same timestamp, different value (ErrDuplicateSampleForTimestamp). */
export const ERR_DUPLICATE = -3;
/** Older than maxt - OOO window with OOO on (ErrTooOldSample). */
export const ERR_TOO_OLD = -4;

export interface HeadOptions {
  /** Chunk range and block range, ms (2h). */
  chunkRange?: number;
  /** Target samples per chunk (120). */
  samplesPerChunk?: number;
  /** OOO samples buffered per series before they are encoded into a chunk (32). */
  oooCapacityMax?: number;
  /** Exemplar buffer capacity (0 disables exemplars). */
  maxExemplars?: number;
  /**
   * Keep series' chunk buffers in shared slabs (default true; saves ~300 bytes per series). A
   * number sets the slab size in bytes (tests use tiny slabs to exercise compaction).
   */
  chunkArena?: boolean | number;
}

export interface ExemplarQueryResult {
  seriesLabels: Labels;
  exemplars: StoredExemplar[];
}

const TWO_HOURS = 2 * 3_600_000;

/** FNV-1a over names and values with 0xff separators, as 32-bit unsigned. */
export function hashLabels(ls: Labels): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < ls.length; i++) {
    const n = ls[i].name;
    for (let j = 0; j < n.length; j++) h = Math.imul(h ^ n.charCodeAt(j), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
    const v = ls[i].value;
    for (let j = 0; j < v.length; j++) h = Math.imul(h ^ v.charCodeAt(j), 0x01000193);
    h = Math.imul(h ^ 0xfe, 0x01000193);
  }
  return h >>> 0;
}

function lsetEquals(lset: readonly string[], ls: Labels): boolean {
  if (lset.length !== ls.length * 2) return false;
  for (let i = 0; i < ls.length; i++) {
    if (lset[2 * i] !== ls[i].name || lset[2 * i + 1] !== ls[i].value) return false;
  }
  return true;
}

export function lsetToLabels(lset: readonly string[]): Labels {
  const out: Label[] = new Array(lset.length >> 1);
  for (let i = 0; i < lset.length; i += 2) out[i >> 1] = { name: lset[i], value: lset[i + 1] };
  return out;
}

export class Head {
  readonly chunkRange: number;
  readonly samplesPerChunk: number;
  oooCapacityMax: number;

  /** Interned strings -> stable numeric id (series hashes are computed from ids). */
  private readonly symbols = new Map<string, number>();
  private readonly symStrs: string[] = [];
  private nextSym = 1;
  /** ref -> series (holes after truncation). */
  private readonly byRef: (MemSeries | undefined)[] = [];
  private readonly byHash = new Map<number, MemSeries>();
  readonly postings = new MemPostings();
  private nextRef = 1;
  private count = 0;

  /** In-order time bounds of the head (+Inf/-Inf when empty). */
  private mint = Number.POSITIVE_INFINITY;
  private maxt = Number.NEGATIVE_INFINITY;
  /** Samples older than this are rejected (raised by truncate). */
  private minValidTime = Number.NEGATIVE_INFINITY;
  /** Bounds of the out-of-order data ever stored (not lowered by truncation). */
  oooMinT = Number.POSITIVE_INFINITY;
  oooMaxT = Number.NEGATIVE_INFINITY;

  readonly exemplars: ExemplarStorage;
  readonly metadata = new MetadataStore();
  readonly arena: ChunkArena | undefined;

  constructor(opts: HeadOptions = {}) {
    const ca = opts.chunkArena;
    this.arena = ca === false ? undefined : new ChunkArena(typeof ca === "number" ? ca : undefined);
    this.chunkRange = opts.chunkRange ?? TWO_HOURS;
    this.samplesPerChunk = opts.samplesPerChunk ?? 120;
    this.oooCapacityMax = opts.oooCapacityMax ?? 32;
    this.exemplars = new ExemplarStorage(opts.maxExemplars ?? 0);
  }

  numSeries(): number {
    return this.count;
  }

  /** In-order minimum timestamp; +Inf when empty. */
  minTime(): number {
    return this.mint;
  }

  /** In-order maximum timestamp; -Inf when empty. */
  maxTime(): number {
    return this.maxt;
  }

  getMinValidTime(): number {
    return this.minValidTime;
  }

  /** The smallest timestamp an in-order append may have. */
  appendableMinValidTime(): number {
    if (this.maxt === Number.NEGATIVE_INFINITY) return this.minValidTime;
    return Math.max(this.minValidTime, this.maxt - this.chunkRange / 2);
  }

  /** Interns s; returns its id. */
  private intern(s: string): number {
    const c = this.symbols.get(s);
    if (c !== undefined) return c;
    const id = this.nextSym++;
    this.symbols.set(s, id);
    this.symStrs[id] = s;
    return id;
  }

  /**
   * Hash of a label set from its strings' symbol ids (Map lookups use V8's cached native
   * string hash, far cheaper than hashing characters in JS); -1 when some string is unknown,
   * in which case no series has these labels. Kept within Smi range for fast Map keys.
   */
  seriesHash(ls: Labels): number {
    const sy = this.symbols;
    let h = 0x811c9dc5 ^ ls.length;
    for (let i = 0; i < ls.length; i++) {
      const a = sy.get(ls[i].name);
      if (a === undefined) return -1;
      const b = sy.get(ls[i].value);
      if (b === undefined) return -1;
      h = Math.imul(h ^ a, 0x01000193);
      h = Math.imul(h ^ b, 0x01000193);
      h ^= h >>> 15;
    }
    return h & 0x3fffffff;
  }

  /** The series with exactly these labels, if any. */
  getByLabels(ls: Labels): MemSeries | undefined {
    const hash = this.seriesHash(ls);
    if (hash < 0) return undefined;
    for (let s = this.byHash.get(hash); s !== undefined; s = s.nextInBucket) {
      if (s.hash === hash && lsetEquals(s.lset, ls)) return s;
    }
    return undefined;
  }

  getByRef(ref: number): MemSeries | undefined {
    return this.byRef[ref];
  }

  /** Number of series of a metric name. */
  seriesForMetric(name: string): number {
    return this.postings.get(METRIC_NAME, name).length;
  }

  /**
   * Creates a series (the caller checked that none exists). `ref` is given when replaying the
   * WAL; otherwise the next ref is used.
   */
  createSeries(ls: Labels, ref?: number): MemSeries {
    const lset: string[] = new Array(ls.length * 2);
    for (let i = 0; i < ls.length; i++) {
      lset[2 * i] = this.symStrs[this.intern(ls[i].name)];
      lset[2 * i + 1] = this.symStrs[this.intern(ls[i].value)];
    }
    const hash = this.seriesHash(ls);
    const r = ref ?? this.nextRef;
    if (r >= this.nextRef) this.nextRef = r + 1;
    const s = new MemSeries(r, lset, hash);
    s.nextInBucket = this.byHash.get(hash);
    this.byHash.set(hash, s);
    this.byRef[r] = s;
    this.postings.add(r, lset);
    this.count++;
    return s;
  }

  /** Returns the series, creating it without any limit check (WAL replay, tests). */
  getOrCreate(ls: Labels): MemSeries {
    return this.getByLabels(ls) ?? this.createSeries(ls);
  }

  /** Appends one sample; see the module comment for the rules. `oooWindow` in ms (0 = off). */
  append(s: MemSeries, t: number, v: number, oooWindow: number): number {
    const last = s.lastT;
    if (t > last) {
      let minValid = this.minValidTime;
      if (this.maxt !== Number.NEGATIVE_INFINITY) {
        const cw = this.maxt - this.chunkRange / 2;
        if (cw > minValid) minValid = cw;
      }
      if (t >= minValid) {
        this.appendInOrder(s, t, v);
        return APPEND_OK;
      }
      if (oooWindow <= 0) return ERR_OUT_OF_BOUNDS;
    } else if (t === last) {
      return s.sameLastValue(v) ? APPEND_DUPLICATE_IGNORED : ERR_DUPLICATE;
    } else if (oooWindow <= 0) {
      return this.maxt !== Number.NEGATIVE_INFINITY && t < this.appendableMinValidTime()
        ? ERR_OUT_OF_BOUNDS
        : ERR_OUT_OF_ORDER;
    }
    // Out-of-order path.
    if (t < this.maxt - oooWindow) return ERR_TOO_OLD;
    return this.appendOOO(s, t, v);
  }

  /**
   * Appends one native histogram sample (exactly one of h and fh set) by the same rules and
   * result codes as append(). The histogram is copied or encoded, never kept.
   */
  appendHistogram(
    s: MemSeries,
    t: number,
    h: Histogram | null,
    fh: FloatHistogram | null,
    oooWindow: number,
  ): number {
    const last = s.lastT;
    if (t > last) {
      let minValid = this.minValidTime;
      if (this.maxt !== Number.NEGATIVE_INFINITY) {
        const cw = this.maxt - this.chunkRange / 2;
        if (cw > minValid) minValid = cw;
      }
      if (t >= minValid) {
        this.appendHistogramInOrder(s, t, h, fh);
        return APPEND_OK;
      }
      if (oooWindow <= 0) return ERR_OUT_OF_BOUNDS;
    } else if (t === last) {
      return s.lastIsHistogram() && s.hs?.sameAsLast(h, fh) === true
        ? APPEND_DUPLICATE_IGNORED
        : ERR_DUPLICATE;
    } else if (oooWindow <= 0) {
      return this.maxt !== Number.NEGATIVE_INFINITY && t < this.appendableMinValidTime()
        ? ERR_OUT_OF_BOUNDS
        : ERR_OUT_OF_ORDER;
    }
    if (t < this.maxt - oooWindow) return ERR_TOO_OLD;
    return this.appendHistogramOOO(s, t, h, fh);
  }

  private appendHistogramInOrder(
    s: MemSeries,
    t: number,
    h: Histogram | null,
    fh: FloatHistogram | null,
  ): void {
    s.appendHistogramInOrder(t, h, fh, this.chunkRange, this.samplesPerChunk);
    if (t > this.maxt) this.maxt = t;
    if (t < this.mint) this.mint = t;
  }

  /** Stores an out-of-order histogram; APPEND_OOO, APPEND_DUPLICATE_IGNORED or ERR_DUPLICATE. */
  appendHistogramOOO(
    s: MemSeries,
    t: number,
    h: Histogram | null,
    fh: FloatHistogram | null,
  ): number {
    if (s.hs === undefined) s.hs = new HistogramData();
    const r = s.hs.appendOOO(t, h, fh);
    if (r === HIST_APPENDED) {
      if (t < this.oooMinT) this.oooMinT = t;
      if (t > this.oooMaxT) this.oooMaxT = t;
      return APPEND_OOO;
    }
    return r === HIST_DUPLICATE_IGNORED ? APPEND_DUPLICATE_IGNORED : ERR_DUPLICATE;
  }

  /** WAL replay of a histogram sample (see appendReplay). */
  appendHistogramReplay(s: MemSeries, t: number, h: Histogram | null, fh: FloatHistogram | null) {
    if (t > s.lastT) this.appendHistogramInOrder(s, t, h, fh);
    else if (t < s.lastT) this.appendHistogramOOO(s, t, h, fh);
  }

  private appendInOrder(s: MemSeries, t: number, v: number): void {
    const arena = this.arena;
    s.appendInOrder(t, v, this.chunkRange, this.samplesPerChunk, arena);
    if (t > this.maxt) this.maxt = t;
    if (t < this.mint) this.mint = t;
    if (arena?.needsCompaction()) this.compactArena();
  }

  /** Moves the live chunk buffers out of sparse slabs so the slabs can be dropped. */
  compactArena(): void {
    const arena = this.arena;
    if (arena === undefined) return;
    const sparse = arena.sparseSlabs();
    if (sparse.size === 0) return;
    for (const s of this.byRef) {
      const h = s?.head;
      if (h?.inSlabs(sparse)) h.relocate();
    }
  }

  /** Stores an out-of-order sample; APPEND_OOO, APPEND_DUPLICATE_IGNORED or ERR_DUPLICATE. */
  appendOOO(s: MemSeries, t: number, v: number): number {
    let o = s.ooo;
    if (o === undefined) {
      o = new OOOData();
      s.ooo = o;
    }
    const r = o.insert(t, v, this.oooCapacityMax);
    if (r === 0) {
      if (t < this.oooMinT) this.oooMinT = t;
      if (t > this.oooMaxT) this.oooMaxT = t;
    }
    return r === 0 ? APPEND_OOO : r === 1 ? APPEND_DUPLICATE_IGNORED : ERR_DUPLICATE;
  }

  /** WAL replay: in-order samples bypass the time-window checks (they were accepted before). */
  appendReplay(s: MemSeries, t: number, v: number): void {
    if (t > s.lastT) this.appendInOrder(s, t, v);
    else if (t < s.lastT) this.appendOOO(s, t, v);
  }

  /** Adds an exemplar for a series; see ExemplarStorage.add for the result codes. */
  appendExemplar(s: MemSeries, labels: Labels, t: number, v: number): number {
    if (this.exemplars.capacity() === 0) return EXEMPLAR_OK;
    return this.exemplars.add(s.ref, labels, t, v);
  }

  /**
   * Drops data older than mint: closed chunks ending before it, then series left empty.
   * Raises the minimum valid time to mint. Returns the refs of the removed series.
   */
  truncate(mint: number): number[] {
    if (mint > this.minValidTime) this.minValidTime = mint;
    const removed = new Set<number>();
    const lsets = new Map<number, readonly string[]>();
    for (let r = 0; r < this.byRef.length; r++) {
      const s = this.byRef[r];
      if (s === undefined) continue;
      if (s.truncateBefore(mint)) {
        removed.add(r);
        lsets.set(r, s.lset);
      }
    }
    if (removed.size > 0) {
      this.postings.delete(removed, lsets);
      for (const r of removed) {
        const s = this.byRef[r] as MemSeries;
        this.byRef[r] = undefined;
        // Unlink from the hash chain.
        let prev: MemSeries | undefined;
        for (let c = this.byHash.get(s.hash); c !== undefined; c = c.nextInBucket) {
          if (c === s) {
            if (prev === undefined) {
              if (s.nextInBucket === undefined) this.byHash.delete(s.hash);
              else this.byHash.set(s.hash, s.nextInBucket);
            } else prev.nextInBucket = s.nextInBucket;
            break;
          }
          prev = c;
        }
        this.count--;
      }
      this.exemplars.deleteSeries(removed);
      // Drop symbols nobody uses anymore.
      this.rebuildSymbols();
    }
    let m = Number.POSITIVE_INFINITY;
    for (const s of this.byRef) {
      if (s === undefined) continue;
      const meta = s.cmeta;
      const st =
        meta !== undefined && meta.length > 0
          ? meta[0]
          : s.head !== undefined
            ? s.headMint
            : Number.POSITIVE_INFINITY;
      if (st < m) m = st;
      const hs = s.hs;
      if (hs !== undefined && hs.mints.length > 0 && hs.mints[0] < m) m = hs.mints[0];
    }
    this.mint = m;
    return [...removed];
  }

  /** Forgets strings no live series uses (ids of the others stay, so hashes stay valid). */
  private rebuildSymbols(): void {
    const live = new Set<string>();
    for (const s of this.byRef) {
      if (s === undefined) continue;
      for (const x of s.lset) live.add(x);
    }
    for (const [str, id] of this.symbols) {
      if (!live.has(str)) {
        this.symbols.delete(str);
        this.symStrs[id] = "";
      }
    }
  }

  /** The head's data in [mint, maxt] (inclusive) as a block, for queriers and compaction. */
  rangeHead(mint: number, maxt: number): RangeHead {
    return new RangeHead(this, mint, maxt);
  }

  /** A querier over [mint, maxt] (inclusive). */
  querier(mint: number, maxt: number): BlockQuerier {
    // Data below the truncation point belongs to blocks (and is not in the WAL anymore).
    const lo = Math.max(mint, this.minValidTime);
    return new BlockQuerier(this.rangeHead(lo, maxt), lo, maxt);
  }

  /** Exemplars of series matching any of the matcher sets, with timestamps in [mint, maxt]. */
  queryExemplars(
    mint: number,
    maxt: number,
    matcherSets: readonly (readonly Matcher[])[],
  ): ExemplarQueryResult[] {
    const refs = new Set<number>();
    for (const ms of matcherSets) {
      const p = postingsForMatchers(this.postings, ms);
      for (let i = 0; i < p.length; i++) refs.add(p[i]);
    }
    const out: ExemplarQueryResult[] = [];
    for (const r of [...refs].sort((a, b) => a - b)) {
      const s = this.byRef[r];
      if (s === undefined) continue;
      const ex = this.exemplars.select(r, mint, maxt);
      if (ex.length > 0) out.push({ seriesLabels: lsetToLabels(s.lset), exemplars: ex });
    }
    out.sort((a, b) => compareLabels(a.seriesLabels, b.seriesLabels));
    return out;
  }
}

/** Orders flat label arrays as compareLabelsBytes orders label sets (Go string order). */
function compareLsetBytes(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return compareStrings(a[i], b[i]);
  }
  return a.length - b.length;
}

const NO_LABELS: Labels = [];

const EMPTY_ITERABLE: ChunkIterable = {
  iterator: () => EMPTY_ITERATOR,
  chunkStats: () => ({ chunks: 0, bytes: 0 }),
};

/**
 * The head's index over [mint, maxt] (Prometheus's headIndexReader): series and label values
 * of series with data in the range. Series refs are postings.
 */
class HeadIndexReader implements BlockIndexReader {
  private readonly head: Head;
  private readonly mint: number;
  private readonly maxt: number;

  constructor(head: Head, mint: number, maxt: number) {
    this.head = head;
    this.mint = mint;
    this.maxt = maxt;
  }

  allPostings(): Postings {
    return this.head.postings.allPostings();
  }

  postings(name: string, value: string): Postings {
    return this.head.postings.postings(name, value);
  }

  postingsForLabelMatching(name: string, match: (value: string) => boolean): Postings {
    return this.head.postings.postingsForLabelMatching(name, match);
  }

  /** True when the range covers all head data, so the label index answers directly. */
  private coversHead(): boolean {
    const h = this.head;
    return (
      this.mint <= Math.min(h.minTime(), h.oooMinT) && this.maxt >= Math.max(h.maxTime(), h.oooMaxT)
    );
  }

  labelNames(): string[] {
    return this.coversHead()
      ? this.head.postings.labelNames()
      : this.labelNamesFor(this.allPostings());
  }

  labelValues(name: string): string[] {
    return this.coversHead()
      ? this.head.postings.labelValues(name)
      : this.labelValuesFor(this.allPostings(), name);
  }

  labelNamesFor(p: Postings): string[] {
    const set = new Set<string>();
    for (let i = 0; i < p.length; i++) {
      const s = this.inRange(p[i]);
      if (s !== undefined) for (let j = 0; j < s.lset.length; j += 2) set.add(s.lset[j]);
    }
    return [...set].sort();
  }

  labelValuesFor(p: Postings, name: string): string[] {
    const set = new Set<string>();
    for (let i = 0; i < p.length; i++) {
      const s = this.inRange(p[i]);
      if (s === undefined) continue;
      const v = getLsetValue(s.lset, name);
      if (v !== "") set.add(v);
    }
    return [...set].sort();
  }

  private inRange(ref: number): MemSeries | undefined {
    const s = this.head.getByRef(ref);
    if (s === undefined || s.maxTime() < this.mint || s.minTime() > this.maxt) return undefined;
    return s;
  }

  sortedPostings(p: Postings): Postings {
    const ss: MemSeries[] = [];
    for (let i = 0; i < p.length; i++) {
      const s = this.head.getByRef(p[i]);
      if (s !== undefined) ss.push(s);
    }
    ss.sort((a, b) => compareLsetBytes(a.lset, b.lset));
    const out = new Uint32Array(ss.length);
    for (let i = 0; i < ss.length; i++) out[i] = ss[i].ref;
    return out;
  }

  /**
   * One chunk meta per series with data in [mint, maxt]; its ref is the series ref, which the
   * head's chunk reader turns into an iterable over all the series' data. Labels are left
   * empty when nothing overlaps.
   */
  seriesOverlapping(ref: number, mint: number, maxt: number, out: ChunkMeta[]): Labels | undefined {
    const s = this.head.getByRef(ref);
    if (s === undefined) return undefined;
    const smin = s.minTime();
    const smax = s.maxTime();
    if (smax < mint || smin > maxt) return NO_LABELS;
    out.push({ mint: smin, maxt: smax, ref });
    return lsetToLabels(s.lset);
  }
}

/** The head's chunk reader: chunk refs are series refs, each served as an iterable (ChunkOrIterable). */
class HeadChunkReader implements BlockChunkReader {
  private readonly head: Head;

  constructor(head: Head) {
    this.head = head;
  }

  async chunks(refs: readonly number[]): Promise<readonly ChunkIterable[]> {
    const out: ChunkIterable[] = new Array(refs.length);
    for (let i = 0; i < refs.length; i++) out[i] = this.head.getByRef(refs[i]) ?? EMPTY_ITERABLE;
    return out;
  }
}

/** The head over [mint, maxt] as a block (Prometheus's RangeHead). */
export class RangeHead implements QueryableBlock {
  readonly index: BlockIndexReader;
  readonly chunks: BlockChunkReader;
  readonly tombstones: Tombstones = new Map();

  constructor(head: Head, mint: number, maxt: number) {
    this.index = new HeadIndexReader(head, mint, maxt);
    this.chunks = new HeadChunkReader(head);
  }
}

function getLsetValue(lset: readonly string[], name: string): string {
  for (let i = 0; i < lset.length; i += 2) if (lset[i] === name) return lset[i + 1];
  return "";
}
