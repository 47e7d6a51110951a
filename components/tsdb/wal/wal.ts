/**
 * Write-ahead log in numbered segment files (`<dir>/00000000`, ...), with Prometheus's framing
 * (tsdb/docs/format/wal.md): a segment is a sequence of 32 KiB pages; a record is written as
 * one or more fragments, each with a 7-byte header
 *
 *   type uint8 (1 full, 2 first, 3 middle, 4 last; 0 = rest of page is zero padding)
 *   len  uint16 BE (fragment data length)
 *   crc  uint32 BE (CRC32-Castagnoli of the fragment data)
 *
 * followed by the data. A fragment never crosses a page boundary; when fewer than 7 bytes are
 * left in a page they are zero padding. A record never crosses a segment boundary (a new
 * segment is started when it does not fit, unless it is larger than a whole segment).
 * Compression is not used (flag bits stay 0).
 *
 * Group commit: `log()` frames records into an in-memory buffer and returns a promise; one
 * flush at a time writes everything buffered with a single write (and fdatasync when `sync` is
 * on), then resolves every promise of that batch. Concurrent pushes thus share writes and syncs.
 *
 * Write failures (ENOSPC, EIO, EROFS, a segment file deleted under the process, ...): the failing
 * group's promises and every later `log()` reject with the error, without touching the disk,
 * for a back-off of 1s doubling up to 30s. The first `log()` after the back-off truncates the
 * segment back to the end of the last good write (dropping a torn tail) and continues there; if
 * that fails too the back-off doubles. A segment whose file was deleted (link count 0, checked
 * at most once a second) fails with ENOENT and stays failed: the log cannot be completed. Each
 * failure is reported once through `onWriteError`.
 *
 * Checkpoints (`checkpoint.NNNNNNNN/` directories, WAL-framed like segments) hold the records of
 * segments <= NNNNNNNN that are still needed; replay reads the newest checkpoint, then the
 * segments after it.
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { open, rm, truncate, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { crc32c } from "../encoding/crc32c.ts";

export const PAGE_SIZE = 32 * 1024;
export const HEADER_SIZE = 7;
export const DEFAULT_SEGMENT_SIZE = 128 * 1024 * 1024;

const REC_PAGE_TERM = 0;
const REC_FULL = 1;
const REC_FIRST = 2;
const REC_MIDDLE = 3;
const REC_LAST = 4;

export interface WALOptions {
  /** Maximum segment size in bytes (rounded down to whole pages). */
  segmentSize?: number;
  /** fdatasync after each group write (default true). */
  sync?: boolean;
  /** Called for problems found while opening (repairs of a torn tail). */
  logger?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** Called once for each failed group write (before its promises reject). */
  onWriteError?: (err: Error) => void;
  /** Clock, ms (tests). */
  now?: () => number;
  /** Opens a segment file for appending (tests inject failing handles). */
  openSegmentFile?: (path: string) => Promise<FileHandle>;
}

/** First and maximum wait, ms, after a failed write before the disk is tried again. */
export const WRITE_RETRY_MIN_BACKOFF = 1000;
export const WRITE_RETRY_MAX_BACKOFF = 30_000;
/** Minimum interval, ms, between checks that the open segment file still exists. */
const DELETED_CHECK_INTERVAL = 1000;

/** An error naming the operation and file, keeping the errno code of its cause. */
function walError(op: string, path: string, cause: unknown): Error {
  const c = cause as NodeJS.ErrnoException;
  const msg = c?.message ?? String(cause);
  // Node's own errors of path operations already name the file.
  const err: NodeJS.ErrnoException = new Error(
    msg.includes(path) ? `${op}: ${msg}` : `${op} ${path}: ${msg}`,
    { cause },
  );
  if (c?.code !== undefined) err.code = c.code;
  return err;
}

export interface CorruptionInfo {
  segment: number;
  offset: number;
  message: string;
  /** True when only the end of the last segment was bad (a torn write). */
  tail: boolean;
}

/** Thrown by the reader; `repair` truncates the log there. */
export class WALCorruptionError extends Error {
  readonly segment: number;
  readonly offset: number;
  constructor(segment: number, offset: number, message: string) {
    super(`corruption in segment ${segment} at offset ${offset}: ${message}`);
    this.segment = segment;
    this.offset = offset;
  }
}

export function segmentName(i: number): string {
  return String(i).padStart(8, "0");
}

/** Segment indices present in a directory, ascending. */
export function listSegments(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^\d{8}$/.test(n))
    .map(Number)
    .sort((a, b) => a - b);
}

/** Newest checkpoint directory: [index, path], or undefined. */
export function lastCheckpoint(dir: string): [number, string] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const cps = names
    .filter((n) => /^checkpoint\.\d{8}$/.test(n))
    .map((n) => Number(n.slice(11)))
    .sort((a, b) => a - b);
  if (cps.length === 0) return undefined;
  const i = cps[cps.length - 1];
  return [i, join(dir, `checkpoint.${segmentName(i)}`)];
}

/**
 * Reads all records of one segment's bytes. Calls `fn` with each record (a view that is only
 * valid during the call). Throws WALCorruptionError at the first bad fragment; `validEnd` in the
 * error's offset is the end of the last good record.
 */
export function readSegment(buf: Uint8Array, segment: number, fn: (rec: Uint8Array) => void): void {
  let pos = 0;
  let recStart = 0;
  let parts: Uint8Array[] = [];
  let inRecord = false;
  const n = buf.length;
  while (pos < n) {
    const pageLeft = PAGE_SIZE - (pos % PAGE_SIZE);
    if (pageLeft < HEADER_SIZE) {
      // Padding must be zeros.
      for (let i = pos; i < pos + pageLeft && i < n; i++) {
        if (buf[i] !== 0) throw new WALCorruptionError(segment, recStart, "non-zero page padding");
      }
      pos += pageLeft;
      continue;
    }
    const typ = buf[pos];
    if (typ === REC_PAGE_TERM) {
      for (let i = pos; i < pos + pageLeft && i < n; i++) {
        if (buf[i] !== 0)
          throw new WALCorruptionError(
            segment,
            recStart,
            "unexpected non-zero byte in padded page",
          );
      }
      pos += pageLeft;
      continue;
    }
    if (!inRecord) recStart = pos;
    if ((typ & 0xf8) !== 0 || typ > REC_LAST)
      throw new WALCorruptionError(segment, recStart, `invalid record type ${typ}`);
    if (n - pos < HEADER_SIZE)
      throw new WALCorruptionError(segment, recStart, "unexpected end of segment in record header");
    const len = (buf[pos + 1] << 8) | buf[pos + 2];
    const crc =
      ((buf[pos + 3] << 24) | (buf[pos + 4] << 16) | (buf[pos + 5] << 8) | buf[pos + 6]) >>> 0;
    const ds = pos + HEADER_SIZE;
    if (len > pageLeft - HEADER_SIZE)
      throw new WALCorruptionError(segment, recStart, "record fragment crosses page boundary");
    if (ds + len > n)
      throw new WALCorruptionError(segment, recStart, "unexpected end of segment in record data");
    if (crc32c(buf, ds, ds + len) !== crc)
      throw new WALCorruptionError(segment, recStart, "checksum mismatch");
    const data = buf.subarray(ds, ds + len);
    pos = ds + len;
    if (typ === REC_FULL) {
      if (inRecord)
        throw new WALCorruptionError(segment, recStart, "full record inside a fragmented record");
      fn(data);
    } else if (typ === REC_FIRST) {
      if (inRecord)
        throw new WALCorruptionError(
          segment,
          recStart,
          "first fragment inside a fragmented record",
        );
      inRecord = true;
      parts = [data];
    } else if (typ === REC_MIDDLE) {
      if (!inRecord) throw new WALCorruptionError(segment, pos, "middle fragment without a first");
      parts.push(data);
    } else {
      if (!inRecord) throw new WALCorruptionError(segment, pos, "last fragment without a first");
      parts.push(data);
      let total = 0;
      for (const p of parts) total += p.length;
      const rec = new Uint8Array(total);
      let o = 0;
      for (const p of parts) {
        rec.set(p, o);
        o += p.length;
      }
      inRecord = false;
      parts = [];
      fn(rec);
    }
  }
  if (inRecord)
    throw new WALCorruptionError(
      segment,
      recStart,
      "unexpected end of segment inside a fragmented record",
    );
}

/**
 * Frames records into bytes, tracking the position within the page. Used by the writer and by
 * checkpoints.
 */
class Framer {
  buf: Uint8Array = new Uint8Array(1 << 16);
  len = 0;
  /** Absolute offset in the segment of buf[0]. */
  base = 0;

  offset(): number {
    return this.base + this.len;
  }

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }

  /** Zero-fills up to the end of the current page (no-op at a page start). */
  padPage(): void {
    const r = this.offset() % PAGE_SIZE;
    if (r === 0) return;
    const n = PAGE_SIZE - r;
    this.ensure(n);
    this.buf.fill(0, this.len, this.len + n);
    this.len += n;
  }

  /** Bytes the framed record will occupy starting at the current offset. */
  framedSize(recLen: number): number {
    let off = this.offset();
    let left = recLen;
    let first = true;
    while (first || left > 0) {
      first = false;
      let pageLeft = PAGE_SIZE - (off % PAGE_SIZE);
      if (pageLeft < HEADER_SIZE) {
        off += pageLeft;
        pageLeft = PAGE_SIZE;
      }
      const take = Math.min(left, pageLeft - HEADER_SIZE);
      off += HEADER_SIZE + take;
      left -= take;
    }
    return off - this.offset();
  }

  add(rec: Uint8Array): void {
    let left = rec.length;
    let p = 0;
    let first = true;
    this.ensure(
      rec.length +
        HEADER_SIZE * (Math.ceil(rec.length / (PAGE_SIZE - HEADER_SIZE)) + 2) +
        PAGE_SIZE,
    );
    while (first || left > 0) {
      let pageLeft = PAGE_SIZE - (this.offset() % PAGE_SIZE);
      if (pageLeft < HEADER_SIZE) {
        this.buf.fill(0, this.len, this.len + pageLeft);
        this.len += pageLeft;
        pageLeft = PAGE_SIZE;
      }
      const take = Math.min(left, pageLeft - HEADER_SIZE);
      const last = take === left;
      const typ = first && last ? REC_FULL : first ? REC_FIRST : last ? REC_LAST : REC_MIDDLE;
      const b = this.buf;
      const h = this.len;
      b[h] = typ;
      b[h + 1] = (take >>> 8) & 0xff;
      b[h + 2] = take & 0xff;
      const crc = crc32c(rec, p, p + take);
      b[h + 3] = crc >>> 24;
      b[h + 4] = (crc >>> 16) & 0xff;
      b[h + 5] = (crc >>> 8) & 0xff;
      b[h + 6] = crc & 0xff;
      b.set(rec.subarray(p, p + take), h + HEADER_SIZE);
      this.len = h + HEADER_SIZE + take;
      p += take;
      left -= take;
      first = false;
    }
  }

  /** A written-out buffer given back for reuse (saves an allocation per group commit). */
  private spare: Uint8Array | undefined = undefined;

  /** Hands out the buffered bytes and starts a new buffer at the same segment offset. */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.len);
    this.base += this.len;
    const sp = this.spare;
    this.spare = undefined;
    this.buf = sp ?? new Uint8Array(Math.max(1 << 16, Math.min(this.buf.length, 1 << 22)));
    this.len = 0;
    return out;
  }

  /** Drops buffered bytes and continues at segment offset `base`. */
  reset(base: number): void {
    this.len = 0;
    this.base = base;
  }

  recycle(b: Uint8Array): void {
    if (
      this.spare === undefined &&
      b.byteOffset === 0 &&
      b.buffer.byteLength >= 1 << 16 &&
      b.buffer.byteLength <= 1 << 22
    ) {
      this.spare = new Uint8Array(b.buffer as ArrayBuffer);
    }
  }
}

interface Pending {
  /** Bytes for the segment `segment`, then (when `rotateTo` is set) a switch to a new segment. */
  segment: number;
  bytes: Uint8Array;
  rotateTo: number | undefined;
}

export interface ReplayStats {
  records: number;
  segments: number;
  corruption: CorruptionInfo | undefined;
}

export class WAL {
  readonly dir: string;
  readonly segmentSize: number;
  private readonly sync: boolean;
  private readonly logger: WALOptions["logger"];

  private seg = 0;
  private framer = new Framer();
  private file: FileHandle | undefined = undefined;
  private waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined = undefined;
  private closed = false;
  /** The last write failure; log() rejects with it until `retryAt`. */
  private failed: Error | undefined = undefined;
  /** The failure cannot be recovered from (the segment file was deleted). */
  private failedForGood = false;
  private retryAt = 0;
  private backoff = 0;
  /** Set when the next flush must first truncate `goodSeg` to `goodEnd` and reopen it. */
  private reopen = false;
  /** Segment and offset just past the last successful write. */
  private goodSeg = 0;
  private goodEnd = 0;
  private lastDeletedCheck = 0;
  private readonly onWriteError: WALOptions["onWriteError"];
  private readonly now: () => number;
  private readonly openFile: (path: string) => Promise<FileHandle>;
  /** Bytes written since open, for metrics. */
  bytesWritten = 0;
  /** Number of physical writes (group commits). */
  writes = 0;

  private constructor(dir: string, opts: WALOptions) {
    this.dir = dir;
    this.segmentSize = Math.max(
      PAGE_SIZE,
      Math.floor((opts.segmentSize ?? DEFAULT_SEGMENT_SIZE) / PAGE_SIZE) * PAGE_SIZE,
    );
    this.sync = opts.sync ?? true;
    this.logger = opts.logger;
    this.onWriteError = opts.onWriteError;
    this.now = opts.now ?? Date.now;
    this.openFile = opts.openSegmentFile ?? ((p) => open(p, "a"));
  }

  /**
   * Replays the existing log (newest checkpoint, then segments), repairing a bad tail, then
   * opens it for writing in a new segment. `onRecord` sees every record in order.
   */
  static async open(
    dir: string,
    opts: WALOptions,
    onRecord?: (rec: Uint8Array) => void,
  ): Promise<{ wal: WAL; stats: ReplayStats }> {
    mkdirOne(dir);
    const w = new WAL(dir, opts);
    const stats = w.replay(onRecord ?? (() => {}));
    const segs = listSegments(dir);
    w.seg =
      segs.length > 0
        ? segs[segs.length - 1] + 1
        : Math.max(0, (lastCheckpoint(dir)?.[0] ?? -1) + 1);
    w.file = await w.openFile(join(dir, segmentName(w.seg)));
    w.framer.base = 0;
    w.goodSeg = w.seg;
    w.goodEnd = 0;
    return { wal: w, stats };
  }

  /** Reads checkpoint + segments, truncating at the first corruption (and deleting later segments). */
  private replay(onRecord: (rec: Uint8Array) => void): ReplayStats {
    const stats: ReplayStats = { records: 0, segments: 0, corruption: undefined };
    const count = (rec: Uint8Array) => {
      stats.records++;
      onRecord(rec);
    };
    const cp = lastCheckpoint(this.dir);
    let from = 0;
    if (cp !== undefined) {
      for (const s of listSegments(cp[1]))
        readSegment(readFileSync(join(cp[1], segmentName(s))), s, count);
      from = cp[0] + 1;
    }
    const segs = listSegments(this.dir).filter((s) => s >= from);
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      const path = join(this.dir, segmentName(s));
      const buf = readFileSync(path);
      stats.segments++;
      try {
        readSegment(buf, s, count);
      } catch (e) {
        if (!(e instanceof WALCorruptionError)) throw e;
        const isLast = i === segs.length - 1;
        const tail = isLast && isTornTail(buf, e.offset);
        stats.corruption = { segment: s, offset: e.offset, message: e.message, tail };
        const log = tail
          ? this.logger?.warn.bind(this.logger)
          : this.logger?.error.bind(this.logger);
        log?.(
          { dir: this.dir, segment: s, offset: e.offset, err: e.message },
          tail
            ? "WAL ends with a torn record; truncating it"
            : "WAL corruption found; truncating the WAL at the corruption",
        );
        truncateSync(path, e.offset);
        for (const later of segs.slice(i + 1))
          rmSync(join(this.dir, segmentName(later)), { force: true });
        break;
      }
    }
    return stats;
  }

  /** Index of the segment being written. */
  currentSegment(): number {
    return this.seg;
  }

  /**
   * Appends records (in order, never interleaved with other calls' records) and resolves once
   * they are written (and synced when `sync` is on).
   */
  log(...recs: Uint8Array[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error("WAL is closed"));
    const failed = this.checkFailed();
    if (failed !== undefined) return Promise.reject(failed);
    for (const rec of recs) {
      if (rec.length === 0) continue;
      const size = this.framer.framedSize(rec.length);
      if (this.framer.offset() > 0 && this.framer.offset() + size > this.segmentSize)
        this.rotateFramer();
      this.framer.add(rec);
    }
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (this.flushing === undefined) this.flushing = this.flushLoop();
    });
  }

  private rotateFramer(): void {
    this.framer.padPage();
    const bytes = this.framer.take();
    this.queue.push({ segment: this.seg, bytes, rotateTo: this.seg + 1 });
    this.seg++;
    this.framer.base = 0;
  }

  /**
   * The error to reject new writes with, or undefined when they may go to disk. Past the
   * back-off of a recoverable failure it rewinds the framer to the last good write so that the
   * next flush continues there.
   */
  private checkFailed(): Error | undefined {
    if (this.failed === undefined) return undefined;
    if (this.failedForGood || this.now() < this.retryAt || this.flushing !== undefined)
      return this.failed;
    this.failed = undefined;
    this.reopen = true;
    this.queue = [];
    this.seg = this.goodSeg;
    this.framer.reset(this.goodEnd);
    return undefined;
  }

  /** The current write failure, if any (for readiness and status pages). */
  writeError(): Error | undefined {
    return this.failed;
  }

  /** Starts a new segment; resolves with its index once the switch is on disk. */
  async nextSegment(): Promise<number> {
    if (this.closed) throw new Error("WAL is closed");
    const failed = this.checkFailed();
    if (failed !== undefined) throw failed;
    this.rotateFramer();
    const idx = this.seg;
    await new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (this.flushing === undefined) this.flushing = this.flushLoop();
    });
    return idx;
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.waiters.length > 0) {
        const waiters = this.waiters;
        this.waiters = [];
        const items = this.queue;
        this.queue = [];
        if (this.framer.len > 0)
          items.push({ segment: this.seg, bytes: this.framer.take(), rotateTo: undefined });
        let path = join(this.dir, segmentName(this.goodSeg));
        let op = "write WAL segment";
        try {
          if (this.reopen) {
            op = "reopen WAL segment";
            await this.reopenGood();
          }
          for (const it of items) {
            const f = this.file as FileHandle;
            path = join(this.dir, segmentName(it.segment));
            if (it.bytes.length > 0) {
              op = "write WAL segment";
              await writeAll(f, it.bytes);
              this.goodSeg = it.segment;
              this.goodEnd += it.bytes.length;
              this.bytesWritten += it.bytes.length;
              this.writes++;
              this.framer.recycle(it.bytes);
            }
            if (it.rotateTo !== undefined) {
              op = "sync WAL segment";
              if (this.sync) await f.datasync();
              await f.close();
              this.file = undefined;
              path = join(this.dir, segmentName(it.rotateTo));
              op = "create WAL segment";
              this.file = await this.openFile(path);
              this.goodSeg = it.rotateTo;
              this.goodEnd = 0;
            }
          }
          op = "sync WAL segment";
          if (this.sync) await (this.file as FileHandle).datasync();
          await this.checkNotDeleted(path);
          this.backoff = 0;
          for (const w of waiters) w.resolve();
        } catch (e) {
          const err =
            e instanceof Error && (e as NodeJS.ErrnoException).code === "WAL_DELETED"
              ? e
              : walError(op, path, e);
          if ((err as NodeJS.ErrnoException).code === "WAL_DELETED") {
            (err as NodeJS.ErrnoException).code = "ENOENT";
            this.failedForGood = true;
          }
          this.failed = err;
          this.backoff = Math.min(
            WRITE_RETRY_MAX_BACKOFF,
            this.backoff === 0 ? WRITE_RETRY_MIN_BACKOFF : this.backoff * 2,
          );
          this.retryAt = this.now() + this.backoff;
          try {
            this.onWriteError?.(err);
          } catch {}
          for (const w of waiters) w.reject(err);
          for (const w of this.waiters) w.reject(err);
          this.waiters = [];
          this.queue = [];
          this.framer.reset(this.framer.base);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  /**
   * After a failure: drops a torn tail (the good segment back to the last good write, later
   * segments removed) and opens the good segment for appending.
   */
  private async reopenGood(): Promise<void> {
    const f = this.file;
    this.file = undefined;
    await f?.close().catch(() => {});
    const path = join(this.dir, segmentName(this.goodSeg));
    await truncate(path, this.goodEnd);
    for (const s of listSegments(this.dir))
      if (s > this.goodSeg) await rm(join(this.dir, segmentName(s)), { force: true });
    this.file = await this.openFile(path);
    this.reopen = false;
  }

  /** Throws (code WAL_DELETED) when the open segment file was unlinked; checked at most once a second. */
  private async checkNotDeleted(path: string): Promise<void> {
    const now = this.now();
    if (this.file === undefined || now - this.lastDeletedCheck < DELETED_CHECK_INTERVAL) return;
    this.lastDeletedCheck = now;
    const st = await this.file.stat();
    if (st.nlink > 0) return;
    const err: NodeJS.ErrnoException = new Error(
      `WAL segment ${path} was deleted (is the data directory still there?); the WAL cannot be written until the ingester restarts`,
    );
    err.code = "WAL_DELETED";
    throw err;
  }

  /** Waits for everything logged so far to be written. */
  async flush(): Promise<void> {
    while (this.flushing !== undefined) await this.flushing;
  }

  /** Deletes segments with index < `before` (after a checkpoint covers them). */
  truncate(before: number): void {
    for (const s of listSegments(this.dir))
      if (s < before && s < this.seg) rmSync(join(this.dir, segmentName(s)), { force: true });
  }

  /**
   * Writes `checkpoint.<upTo>` from the newest older checkpoint and segments <= upTo, keeping
   * the records `filter` returns (it may rewrite them; return undefined to drop), then deletes
   * those segments and older checkpoints. `upTo` must be older than the segment being written
   * (call `nextSegment()` first).
   */
  checkpoint(
    upTo: number,
    filter: (rec: Uint8Array) => Uint8Array | undefined,
  ): { records: number } {
    if (upTo >= this.seg) throw new Error(`checkpoint: segment ${upTo} is still being written`);
    const prev = lastCheckpoint(this.dir);
    const framer = new Framer();
    const tmp = join(this.dir, `checkpoint.${segmentName(upTo)}.tmp`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirOne(tmp);
    let kept = 0;
    let cpSeg = 0;
    let fd = openSync(join(tmp, segmentName(cpSeg)), "w");
    const flushFramer = (rotate: boolean) => {
      if (rotate) framer.padPage();
      const b = framer.take();
      if (b.length > 0) writeSync(fd, b);
      if (rotate) {
        fsyncSync(fd);
        closeSync(fd);
        cpSeg++;
        fd = openSync(join(tmp, segmentName(cpSeg)), "w");
        framer.base = 0;
      }
    };
    const onRec = (rec: Uint8Array) => {
      const out = filter(rec);
      if (out === undefined || out.length === 0) return;
      const size = framer.framedSize(out.length);
      if (framer.offset() > 0 && framer.offset() + size > this.segmentSize) flushFramer(true);
      framer.add(out);
      kept++;
      if (framer.len > 1 << 22) flushFramer(false);
    };
    if (prev !== undefined && prev[0] < upTo) {
      for (const s of listSegments(prev[1]))
        readSegment(readFileSync(join(prev[1], segmentName(s))), s, onRec);
    }
    for (const s of listSegments(this.dir)) {
      if (s > upTo || (prev !== undefined && s <= prev[0])) continue;
      readSegment(readFileSync(join(this.dir, segmentName(s))), s, onRec);
    }
    flushFramer(false);
    fsyncSync(fd);
    closeSync(fd);
    const final = join(this.dir, `checkpoint.${segmentName(upTo)}`);
    rmSync(final, { recursive: true, force: true });
    renameSync(tmp, final);
    fsyncDir(this.dir);
    // Drop what the checkpoint covers.
    this.truncate(upTo + 1);
    for (const n of readdirSync(this.dir)) {
      if (/^checkpoint\.\d{8}$/.test(n) && Number(n.slice(11)) < upTo)
        rmSync(join(this.dir, n), { recursive: true, force: true });
    }
    return { records: kept };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    const f = this.file;
    this.file = undefined;
    if (f !== undefined) {
      if (this.sync) await f.datasync().catch(() => {});
      await f.close();
    }
  }

  /** Total bytes of segment files on disk. */
  diskSize(): number {
    let n = 0;
    for (const s of listSegments(this.dir)) {
      try {
        n += statSync(join(this.dir, segmentName(s))).size;
      } catch {}
    }
    return n;
  }
}

/**
 * Creates one directory whose parent exists (a no-op when it is there). Never creates parents:
 * the caller does (HeadDB through util/mkdir.ts), and a single mkdir cannot loop the way a
 * recursive one does in a deleted working directory.
 */
function mkdirOne(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
}

async function writeAll(f: FileHandle, b: Uint8Array): Promise<void> {
  let off = 0;
  while (off < b.length) {
    const { bytesWritten } = await f.write(b, off, b.length - off);
    if (bytesWritten <= 0) {
      const err: NodeJS.ErrnoException = new Error("short write: no bytes written");
      err.code = "EIO";
      throw err;
    }
    off += bytesWritten;
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported everywhere; the rename is still atomic.
  }
}

/**
 * A corruption at `offset` is a torn tail when nothing after it parses as a valid fragment:
 * no later page of the segment starts with a fragment whose CRC checks out.
 */
function isTornTail(buf: Uint8Array, offset: number): boolean {
  for (
    let p = (Math.floor(offset / PAGE_SIZE) + 1) * PAGE_SIZE;
    p + HEADER_SIZE <= buf.length;
    p += PAGE_SIZE
  ) {
    const typ = buf[p];
    if (typ < REC_FULL || typ > REC_LAST) continue;
    const len = (buf[p + 1] << 8) | buf[p + 2];
    if (p + HEADER_SIZE + len > buf.length) continue;
    const crc = ((buf[p + 3] << 24) | (buf[p + 4] << 16) | (buf[p + 5] << 8) | buf[p + 6]) >>> 0;
    if (crc32c(buf, p + HEADER_SIZE, p + HEADER_SIZE + len) === crc) return false;
  }
  return true;
}
