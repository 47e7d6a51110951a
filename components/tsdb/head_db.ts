/**
 * A head with its write-ahead logs: `<dir>/wal` (series, in-order samples, exemplars, metadata)
 * and `<dir>/wbl` (out-of-order samples, only when OOO is enabled or a WBL exists).
 *
 * Writing: `appender()` returns the (reused) transaction object; the caller looks up or creates
 * series and appends samples, which go to the head immediately and into record buffers; then
 * `commit()` hands the records to the logs and resolves once they are written. Records of one
 * commit are framed synchronously, so commits never interleave.
 *
 * Opening replays the newest checkpoint and the segments after it (WAL first, then WBL).
 * `truncate(mint)` drops head data before mint and writes a checkpoint of what is still live.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Labels } from "../model/labels.ts";
import { makeDirSync } from "../util/mkdir.ts";
import { APPEND_OK, APPEND_OOO, Head, type HeadOptions, type MemSeries } from "./head.ts";
import { EXEMPLAR_OK } from "./head_exemplars.ts";
import { METADATA_OK, type MetadataEntry } from "./head_metadata.ts";
import {
  REC_EXEMPLARS,
  REC_MIMIR_METADATA,
  REC_SAMPLES,
  REC_SERIES,
  RecordEncoder,
  SamplesRecordBuilder,
  decodeExemplars,
  decodeMetadata,
  decodeSeries,
  encodeExemplars,
  encodeMetadata,
  encodeSeries,
  forEachSample,
  recordType,
  type RefExemplar,
  type RefSeries,
} from "./wal/records.ts";
import { WAL, type ReplayStats, type WALOptions } from "./wal/wal.ts";
import {
  REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES,
  REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES,
  REC_FLOAT_HISTOGRAM_SAMPLES,
  REC_HISTOGRAM_SAMPLES,
  type RefFloatHistogramSample,
  type RefHistogramSample,
  decodeFloatHistogramSamples,
  decodeHistogramSamples,
  encodeHistogramRecords,
} from "./wal/histogram_records.ts";
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";

function isHistogramRecord(type: number): boolean {
  return (
    type === REC_HISTOGRAM_SAMPLES ||
    type === REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES ||
    type === REC_FLOAT_HISTOGRAM_SAMPLES ||
    type === REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES
  );
}

/** Decodes a histogram record (types 7-10) into the two lists. */
function decodeHistogramRecord(
  rec: Uint8Array,
  hs: RefHistogramSample[],
  fhs: RefFloatHistogramSample[],
): void {
  const type = recordType(rec);
  if (type === REC_HISTOGRAM_SAMPLES || type === REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES)
    decodeHistogramSamples(rec, hs);
  else decodeFloatHistogramSamples(rec, fhs);
}

export interface HeadDBOptions {
  head?: HeadOptions;
  walSegmentSize?: number;
  /** fdatasync each group commit. */
  walSync?: boolean;
  /** Open the WBL even when it does not exist yet (the tenant has an OOO window). */
  oooEnabled?: boolean;
  logger?: WALOptions["logger"];
  /** Called once for each failed WAL/WBL group write (see WAL). */
  onWriteError?: WALOptions["onWriteError"];
}

export interface OpenStats {
  wal: ReplayStats;
  wbl: ReplayStats | undefined;
  series: number;
  samples: number;
  /** Samples whose series record was missing. */
  unknownRefs: number;
}

export class HeadDB {
  readonly dir: string;
  readonly head: Head;
  readonly wal: WAL;
  wbl: WAL | undefined;
  private readonly opts: HeadDBOptions;
  private readonly app: HeadAppender;

  private constructor(
    dir: string,
    head: Head,
    wal: WAL,
    wbl: WAL | undefined,
    opts: HeadDBOptions,
  ) {
    this.dir = dir;
    this.head = head;
    this.wal = wal;
    this.wbl = wbl;
    this.opts = opts;
    this.app = new HeadAppender(this);
  }

  static async open(
    dir: string,
    opts: HeadDBOptions = {},
  ): Promise<{ db: HeadDB; stats: OpenStats }> {
    makeDirSync(dir);
    const head = new Head(opts.head);
    const stats: OpenStats = {
      wal: undefined as unknown as ReplayStats,
      wbl: undefined,
      series: 0,
      samples: 0,
      unknownRefs: 0,
    };
    // WAL refs may differ from head refs when a series record was duplicated: map them.
    const refMap = new Map<number, MemSeries>();
    const lookup = (ref: number): MemSeries | undefined => head.getByRef(ref) ?? refMap.get(ref);
    const walOpts: WALOptions = {
      segmentSize: opts.walSegmentSize,
      sync: opts.walSync ?? false,
      logger: opts.logger,
      onWriteError: opts.onWriteError,
    };
    const replayHistograms = (rec: Uint8Array, ooo: boolean) => {
      const hs: RefHistogramSample[] = [];
      const fhs: RefFloatHistogramSample[] = [];
      decodeHistogramRecord(rec, hs, fhs);
      const add = (ref: number, t: number, h: Histogram | null, fh: FloatHistogram | null) => {
        const s = lookup(ref);
        if (s === undefined) {
          stats.unknownRefs++;
          return;
        }
        if (ooo) head.appendHistogramOOO(s, t, h, fh);
        else head.appendHistogramReplay(s, t, h, fh);
        stats.samples++;
      };
      for (const x of hs) add(x.ref, x.t, x.h, null);
      for (const x of fhs) add(x.ref, x.t, null, x.fh);
    };
    const { wal, stats: ws } = await WAL.open(join(dir, "wal"), walOpts, (rec) => {
      switch (recordType(rec)) {
        case REC_SERIES:
          for (const s of decodeSeries(rec)) {
            const existing = head.getByLabels(s.labels);
            if (existing !== undefined) {
              if (existing.ref !== s.ref) refMap.set(s.ref, existing);
            } else if (head.getByRef(s.ref) === undefined) {
              head.createSeries(s.labels, s.ref);
              stats.series++;
            } else {
              refMap.set(s.ref, head.createSeries(s.labels));
              stats.series++;
            }
          }
          break;
        case REC_SAMPLES:
          forEachSample(rec, (ref, t, v) => {
            const s = lookup(ref);
            if (s === undefined) {
              stats.unknownRefs++;
              return;
            }
            head.appendReplay(s, t, v);
            stats.samples++;
          });
          break;
        case REC_EXEMPLARS:
          for (const e of decodeExemplars(rec)) {
            const s = lookup(e.ref);
            if (s !== undefined) head.appendExemplar(s, e.labels, e.t, e.v);
          }
          break;
        case REC_MIMIR_METADATA:
          for (const m of decodeMetadata(rec)) head.metadata.add(m, Date.now(), 0, 0);
          break;
        case REC_HISTOGRAM_SAMPLES:
        case REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES:
        case REC_FLOAT_HISTOGRAM_SAMPLES:
        case REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES:
          replayHistograms(rec, false);
          break;
        default:
          break;
      }
    });
    stats.wal = ws;
    let wbl: WAL | undefined;
    const wblDir = join(dir, "wbl");
    if (opts.oooEnabled || existsSync(wblDir)) {
      const r = await WAL.open(wblDir, walOpts, (rec) => {
        if (isHistogramRecord(recordType(rec))) {
          replayHistograms(rec, true);
          return;
        }
        if (recordType(rec) !== REC_SAMPLES) return;
        forEachSample(rec, (ref, t, v) => {
          const s = lookup(ref);
          if (s === undefined) {
            stats.unknownRefs++;
            return;
          }
          head.appendOOO(s, t, v);
          stats.samples++;
        });
      });
      wbl = r.wal;
      stats.wbl = r.stats;
    }
    return { db: new HeadDB(dir, head, wal, wbl, opts), stats };
  }

  /** The transaction object (one per DB, reused: finish each with commit() before the next). */
  appender(): HeadAppender {
    this.app.begin();
    return this.app;
  }

  /** Opens the WBL if it is not open yet (a tenant's OOO window was turned on). */
  ensureWBL(): Promise<WAL> {
    if (this.wbl !== undefined) return Promise.resolve(this.wbl);
    this.wblOpening ??= WAL.open(join(this.dir, "wbl"), {
      segmentSize: this.opts.walSegmentSize,
      sync: this.opts.walSync ?? false,
      logger: this.opts.logger,
      onWriteError: this.opts.onWriteError,
    }).then(({ wal }) => {
      this.wbl = wal;
      return wal;
    });
    return this.wblOpening;
  }

  private wblOpening: Promise<WAL> | undefined = undefined;

  /**
   * Drops head data before mint, then checkpoints the WAL (live series, samples >= mint,
   * exemplars, metadata) and the WBL, deleting the segments the checkpoints cover.
   */
  async truncate(mint: number): Promise<{ removedSeries: number }> {
    const removed = this.head.truncate(mint);
    const head = this.head;
    const live = (ref: number) => head.getByRef(ref) !== undefined;
    const enc = new RecordEncoder(1 << 16);
    const sb = new SamplesRecordBuilder(new RecordEncoder(1 << 16));
    const filter = (rec: Uint8Array): Uint8Array | undefined => {
      switch (recordType(rec)) {
        case REC_SERIES: {
          const keep: RefSeries[] = decodeSeries(rec).filter((s) => live(s.ref));
          if (keep.length === 0) return undefined;
          enc.reset();
          encodeSeries(enc, keep);
          return enc.bytes();
        }
        case REC_SAMPLES: {
          sb.begin();
          forEachSample(rec, (ref, t, v) => {
            if (t >= mint && live(ref)) sb.add(ref, t, v);
          });
          return sb.count() > 0 ? sb.bytes() : undefined;
        }
        case REC_EXEMPLARS: {
          const keep: RefExemplar[] = decodeExemplars(rec).filter(
            (e) => e.t >= mint && live(e.ref),
          );
          if (keep.length === 0) return undefined;
          enc.reset();
          encodeExemplars(enc, keep);
          return enc.bytes();
        }
        case REC_MIMIR_METADATA:
          return rec;
        case REC_HISTOGRAM_SAMPLES:
        case REC_CUSTOM_BUCKETS_HISTOGRAM_SAMPLES:
        case REC_FLOAT_HISTOGRAM_SAMPLES:
        case REC_CUSTOM_BUCKETS_FLOAT_HISTOGRAM_SAMPLES: {
          const hs: RefHistogramSample[] = [];
          const fhs: RefFloatHistogramSample[] = [];
          decodeHistogramRecord(rec, hs, fhs);
          const keep = (x: { ref: number; t: number }) => x.t >= mint && live(x.ref);
          // One record in, one record out: the kinds of a record do not mix.
          const [out] = encodeHistogramRecords(enc, hs.filter(keep), fhs.filter(keep));
          return out;
        }
        default:
          return undefined;
      }
    };
    const upTo = (await this.wal.nextSegment()) - 1;
    if (upTo >= 0) this.wal.checkpoint(upTo, filter);
    if (this.wbl !== undefined) {
      const wUpTo = (await this.wbl.nextSegment()) - 1;
      if (wUpTo >= 0) this.wbl.checkpoint(wUpTo, filter);
    }
    return { removedSeries: removed.length };
  }

  async close(): Promise<void> {
    await this.wal.close();
    await this.wbl?.close();
  }
}

/**
 * One write transaction. Methods mirror Head's; accepted data is also encoded into WAL records.
 * Not an object per push: the DB reuses one.
 */
export class HeadAppender {
  private readonly db: HeadDB;
  private readonly head: Head;
  private readonly seriesEnc = new RecordEncoder(1 << 14);
  private nSeries = 0;
  private readonly samples = new SamplesRecordBuilder(new RecordEncoder(1 << 16));
  private readonly ooo = new SamplesRecordBuilder(new RecordEncoder(1 << 12));
  private exemplars: RefExemplar[] = [];
  private metadata: MetadataEntry[] = [];
  private histograms: RefHistogramSample[] = [];
  private floatHistograms: RefFloatHistogramSample[] = [];
  private oooHistograms: RefHistogramSample[] = [];
  private oooFloatHistograms: RefFloatHistogramSample[] = [];
  private readonly histEnc = new RecordEncoder(1 << 12);

  constructor(db: HeadDB) {
    this.db = db;
    this.head = db.head;
  }

  begin(): void {
    this.seriesEnc.reset();
    this.nSeries = 0;
    this.samples.begin();
    this.ooo.begin();
    this.exemplars = [];
    this.metadata = [];
    if (this.histograms.length > 0) this.histograms = [];
    if (this.floatHistograms.length > 0) this.floatHistograms = [];
    if (this.oooHistograms.length > 0) this.oooHistograms = [];
    if (this.oooFloatHistograms.length > 0) this.oooFloatHistograms = [];
  }

  /** Creates a series (the caller checked limits and that it does not exist). */
  createSeries(ls: Labels): MemSeries {
    const s = this.head.createSeries(ls);
    if (this.nSeries === 0) this.seriesEnc.putByte(REC_SERIES);
    this.seriesEnc.putBE64int(s.ref);
    this.seriesEnc.putLset(s.lset);
    this.nSeries++;
    return s;
  }

  /** Head.append plus logging; returns Head's code. */
  append(s: MemSeries, t: number, v: number, oooWindow: number): number {
    const r = this.head.append(s, t, v, oooWindow);
    if (r === APPEND_OK) this.samples.add(s.ref, t, v);
    else if (r === APPEND_OOO) this.ooo.add(s.ref, t, v);
    return r;
  }

  /**
   * Head.appendHistogram plus logging (exactly one of h and fh set); returns Head's code. The
   * histogram must stay unchanged until commit() (it is encoded into the WAL record then).
   */
  appendHistogram(
    s: MemSeries,
    t: number,
    h: Histogram | null,
    fh: FloatHistogram | null,
    oooWindow: number,
  ): number {
    const r = this.head.appendHistogram(s, t, h, fh, oooWindow);
    if (r === APPEND_OK) {
      if (h !== null) this.histograms.push({ ref: s.ref, t, h });
      else if (fh !== null) this.floatHistograms.push({ ref: s.ref, t, fh });
    } else if (r === APPEND_OOO) {
      if (h !== null) this.oooHistograms.push({ ref: s.ref, t, h });
      else if (fh !== null) this.oooFloatHistograms.push({ ref: s.ref, t, fh });
    }
    return r;
  }

  appendExemplar(s: MemSeries, labels: Labels, t: number, v: number): number {
    const r = this.head.appendExemplar(s, labels, t, v);
    if (r === EXEMPLAR_OK && this.head.exemplars.capacity() > 0)
      this.exemplars.push({ ref: s.ref, t, v, labels });
    return r;
  }

  addMetadata(md: MetadataEntry, now: number, maxPerUser: number, maxPerMetric: number): number {
    const r = this.head.metadata.add(md, now, maxPerUser, maxPerMetric);
    if (r === METADATA_OK) this.metadata.push(md);
    return r;
  }

  /** Writes the records; resolves when they are in the logs. */
  async commit(): Promise<void> {
    const recs: Uint8Array[] = [];
    if (this.nSeries > 0) recs.push(this.seriesEnc.bytes());
    if (this.samples.count() > 0) recs.push(this.samples.bytes());
    if (this.histograms.length > 0 || this.floatHistograms.length > 0)
      recs.push(...encodeHistogramRecords(this.histEnc, this.histograms, this.floatHistograms));
    if (this.exemplars.length > 0) {
      const e = new RecordEncoder(256);
      encodeExemplars(e, this.exemplars);
      recs.push(e.bytes());
    }
    if (this.metadata.length > 0) {
      const e = new RecordEncoder(256);
      encodeMetadata(e, this.metadata);
      recs.push(e.bytes());
    }
    const p: Promise<void>[] = [];
    if (recs.length > 0) p.push(this.db.wal.log(...recs));
    let oooRecs: Uint8Array[] = [];
    if (this.ooo.count() > 0) oooRecs.push(this.ooo.bytes().slice());
    if (this.oooHistograms.length > 0 || this.oooFloatHistograms.length > 0)
      oooRecs = oooRecs.concat(
        encodeHistogramRecords(this.histEnc, this.oooHistograms, this.oooFloatHistograms),
      );
    if (oooRecs.length > 0 && this.db.wbl !== undefined) {
      p.push(this.db.wbl.log(...oooRecs));
      oooRecs = [];
    }
    this.begin();
    if (oooRecs.length > 0) {
      // Opening the WBL awaits: the records are copies (the appender is reused meanwhile).
      const wbl = await this.db.ensureWBL();
      p.push(wbl.log(...oooRecs));
    }
    if (p.length === 1) await p[0];
    else if (p.length > 1) await Promise.all(p);
  }
}
