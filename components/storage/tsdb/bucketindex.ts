/**
 * The per-tenant bucket index `<tenant>/bucket-index.json.gz` (Mimir's
 * pkg/storage/tsdb/bucketindex): gzip'd JSON listing a tenant's complete blocks and the
 * deletion marks, written by the compactor (Updater + writeBucketIndex) and read by queriers and
 * store-gateways through a Loader that caches it per tenant.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { Counter, Gauge, Registry } from "prom-client";
import { type BlockMeta, parseMeta } from "../../model/block_meta.ts";
import { type Bucket, ObjectNotFoundError } from "../bucket/bucket.ts";
import {
  BUCKET_INDEX_FILENAME,
  forEachConcurrent,
  listBlockIDs,
  metaPath,
  userBucket,
} from "./layout.ts";
import { type DeletionMark, listDeletionMarks } from "./markers.ts";
import { counter, gauge } from "../../util/metrics.ts";

export const BUCKET_INDEX_VERSION_1 = 1;
export const BUCKET_INDEX_VERSION_2 = 2;
/** Segment files named 000001, 000002, ... (Mimir's SegmentsFormat1Based6Digits). */
export const SEGMENTS_FORMAT_1B6D = "1b6d";
export const COMPACTOR_SHARD_ID_LABEL = "__compactor_shard_id__";
export const OUT_OF_ORDER_LABEL = "__out_of_order__";

export interface IndexBlock {
  block_id: string;
  /** ms, inclusive. */
  min_time: number;
  /** ms, exclusive. */
  max_time: number;
  segments_format?: string;
  segments_num?: number;
  /** Unix seconds. */
  uploaded_at: number;
  compactor_shard_id?: string;
  source?: string;
  compaction_level?: number;
  out_of_order?: boolean;
  labels?: Record<string, string>;
}

export interface IndexDeletionMark {
  block_id: string;
  /** Unix seconds. */
  deletion_time: number;
}

export interface BucketIndex {
  version: number;
  blocks: IndexBlock[];
  block_deletion_marks: IndexDeletionMark[];
  /** Unix seconds. */
  updated_at: number;
}

export class BucketIndexNotFoundError extends Error {
  constructor(tenant: string) {
    super(`bucket index not found for tenant ${tenant}`);
    this.name = "BucketIndexNotFoundError";
  }
}

export class BucketIndexCorruptedError extends Error {
  constructor(msg: string, opts?: { cause?: unknown }) {
    super(`bucket index corrupted: ${msg}`, opts);
    this.name = "BucketIndexCorruptedError";
  }
}

/** Builds the index entry of a block from its meta.json. */
export function blockFromMeta(meta: BlockMeta, uploadedAtSec: number): IndexBlock {
  const b: IndexBlock = {
    block_id: meta.ulid,
    min_time: meta.minTime,
    max_time: meta.maxTime,
    uploaded_at: uploadedAtSec,
  };
  const files = meta.thanos?.files ?? [];
  const segs = files.filter((f) => /^chunks\/\d{6}$/.test(f.rel_path));
  if (segs.length > 0) {
    b.segments_format = SEGMENTS_FORMAT_1B6D;
    b.segments_num = segs.length;
  }
  const labels = meta.thanos?.labels ?? {};
  if (labels[COMPACTOR_SHARD_ID_LABEL]) b.compactor_shard_id = labels[COMPACTOR_SHARD_ID_LABEL];
  if (meta.thanos?.source) b.source = meta.thanos.source;
  if (meta.compaction?.level) b.compaction_level = meta.compaction.level;
  if (meta.compaction?.hints?.includes("from-out-of-order")) b.out_of_order = true;
  if (Object.keys(labels).length > 0) b.labels = { ...labels };
  return b;
}

/** Serialises the index in Go's field order, omitting empty optional fields. */
export function encodeBucketIndex(idx: BucketIndex): Buffer {
  const blocks = idx.blocks.map((b) => {
    const o: Record<string, unknown> = {
      block_id: b.block_id,
      min_time: b.min_time,
      max_time: b.max_time,
    };
    if (b.segments_format) o.segments_format = b.segments_format;
    if (b.segments_num) o.segments_num = b.segments_num;
    o.uploaded_at = b.uploaded_at;
    if (b.compactor_shard_id) o.compactor_shard_id = b.compactor_shard_id;
    if (b.source) o.source = b.source;
    if (b.compaction_level) o.compaction_level = b.compaction_level;
    if (b.out_of_order) o.out_of_order = true;
    if (b.labels && Object.keys(b.labels).length > 0) o.labels = b.labels;
    return o;
  });
  const body = {
    version: idx.version,
    blocks,
    block_deletion_marks: idx.block_deletion_marks.map((m) => ({
      block_id: m.block_id,
      deletion_time: m.deletion_time,
    })),
    updated_at: idx.updated_at,
  };
  return gzipSync(Buffer.from(JSON.stringify(body)));
}

export function decodeBucketIndex(gz: Uint8Array): BucketIndex {
  let raw: any;
  try {
    raw = JSON.parse(gunzipSync(gz).toString("utf8"));
  } catch (e) {
    throw new BucketIndexCorruptedError((e as Error).message, { cause: e });
  }
  if (typeof raw !== "object" || raw === null) throw new BucketIndexCorruptedError("not an object");
  if (raw.version !== BUCKET_INDEX_VERSION_1 && raw.version !== BUCKET_INDEX_VERSION_2) {
    throw new BucketIndexCorruptedError(`unsupported version ${raw.version}`);
  }
  return {
    version: raw.version,
    blocks: Array.isArray(raw.blocks) ? raw.blocks : [],
    block_deletion_marks: Array.isArray(raw.block_deletion_marks) ? raw.block_deletion_marks : [],
    updated_at: typeof raw.updated_at === "number" ? raw.updated_at : 0,
  };
}

/** Reads the tenant's bucket index; BucketIndexNotFoundError when there is none. */
export async function readBucketIndex(bkt: Bucket, tenant: string): Promise<BucketIndex> {
  const ubkt = userBucket(bkt, tenant);
  let gz: Buffer;
  try {
    gz = await ubkt.get(BUCKET_INDEX_FILENAME);
  } catch (e) {
    if (ubkt.isObjNotFoundErr(e)) throw new BucketIndexNotFoundError(tenant);
    throw e;
  }
  return decodeBucketIndex(gz);
}

export async function writeBucketIndex(
  bkt: Bucket,
  tenant: string,
  idx: BucketIndex,
): Promise<void> {
  await userBucket(bkt, tenant).upload(BUCKET_INDEX_FILENAME, encodeBucketIndex(idx));
}

export async function deleteBucketIndex(bkt: Bucket, tenant: string): Promise<void> {
  const ubkt = userBucket(bkt, tenant);
  await ubkt.delete(BUCKET_INDEX_FILENAME).catch((e) => {
    if (!ubkt.isObjNotFoundErr(e)) throw e;
  });
}

/** Blocks of [mint, maxt] (ms, inclusive): those with min_time <= maxt && mint < max_time. */
export function blocksWithin(idx: BucketIndex, mint: number, maxt: number): IndexBlock[] {
  return idx.blocks.filter((b) => b.min_time <= maxt && mint < b.max_time);
}

export function deletionMarksByID(idx: BucketIndex): Map<string, IndexDeletionMark> {
  return new Map(idx.block_deletion_marks.map((m) => [m.block_id, m]));
}

export interface UpdateResult {
  index: BucketIndex;
  /** Blocks without meta.json (uploading, or half deleted), with the reason. */
  partials: Map<string, string>;
  /** Metas fetched or reused, by block ID (the compactor's planner uses them). */
  metas: Map<string, BlockMeta>;
  deletionMarks: Map<string, DeletionMark>;
}

/**
 * Builds a fresh index from the bucket, reusing entries of the old one for blocks still present
 * (meta.json is immutable) so only new blocks' meta.json are fetched.
 */
export async function updateBucketIndex(
  bkt: Bucket,
  tenant: string,
  old: BucketIndex | undefined,
  nowMs: number,
  opts: { concurrency?: number; metaCache?: Map<string, BlockMeta> } = {},
): Promise<UpdateResult> {
  const ubkt = userBucket(bkt, tenant);
  const ids = await listBlockIDs(ubkt);
  const oldByID = new Map((old?.blocks ?? []).map((b) => [b.block_id, b]));
  const blocks: IndexBlock[] = [];
  const partials = new Map<string, string>();
  const metas = new Map<string, BlockMeta>();
  const cache = opts.metaCache;
  await forEachConcurrent(ids, opts.concurrency ?? 16, async (id) => {
    let meta = cache?.get(id);
    const prev = oldByID.get(id);
    if (meta !== undefined) {
      // meta.json is immutable, but it must still exist (a deletion removes it first).
      let uploadedAt: number;
      try {
        uploadedAt =
          prev?.uploaded_at ??
          Math.floor((await ubkt.attributes(metaPath(id))).lastModified.getTime() / 1000);
        if (prev !== undefined && !(await ubkt.exists(metaPath(id))))
          throw new ObjectNotFoundError(metaPath(id));
      } catch (e) {
        if (!ubkt.isObjNotFoundErr(e) && !(e instanceof ObjectNotFoundError)) throw e;
        partials.set(id, "meta.json not found");
        cache?.delete(id);
        return;
      }
      metas.set(id, meta);
      blocks.push(prev ?? blockFromMeta(meta, uploadedAt));
      return;
    }
    let text: string;
    let uploadedAt: number;
    try {
      text = (await ubkt.get(metaPath(id))).toString("utf8");
      uploadedAt =
        prev?.uploaded_at ??
        Math.floor((await ubkt.attributes(metaPath(id))).lastModified.getTime() / 1000);
    } catch (e) {
      if (ubkt.isObjNotFoundErr(e)) {
        partials.set(id, "meta.json not found");
        return;
      }
      throw e;
    }
    try {
      meta = parseMeta(text);
    } catch (e) {
      partials.set(id, `corrupted meta.json: ${(e as Error).message}`);
      return;
    }
    cache?.set(id, meta);
    metas.set(id, meta);
    blocks.push(prev ?? blockFromMeta(meta, uploadedAt));
  });
  blocks.sort(
    (a, b) =>
      a.min_time - b.min_time || (a.block_id < b.block_id ? -1 : a.block_id > b.block_id ? 1 : 0),
  );
  const deletionMarks = await listDeletionMarks(ubkt);
  const marks: IndexDeletionMark[] = [...deletionMarks.values()]
    .map((m) => ({ block_id: m.id, deletion_time: m.deletion_time }))
    .sort((a, b) => (a.block_id < b.block_id ? -1 : 1));
  return {
    index: {
      version: BUCKET_INDEX_VERSION_2,
      blocks,
      block_deletion_marks: marks,
      updated_at: Math.floor(nowMs / 1000),
    },
    partials,
    metas,
    deletionMarks,
  };
}

export interface LoaderOptions {
  /** How long a loaded index is used before it is read again (Mimir: sync interval). */
  updateOnStaleInterval?: number;
  /** How long a failed or missing index is remembered before trying again. */
  updateOnErrorInterval?: number;
  /** Indexes unused for this long are dropped from memory. */
  idleTimeout?: number;
  registry?: Registry;
  clock?: () => number;
}

interface LoaderEntry {
  index?: BucketIndex;
  error?: Error;
  loadedAt: number;
  requestedAt: number;
}

/**
 * Reads bucket indexes lazily and keeps them in memory per tenant (Mimir's bucketindex.Loader):
 * the first request loads it, later requests use the copy until it is older than the refresh
 * interval, indexes not requested for `idleTimeout` are dropped.
 */
export class BucketIndexLoader {
  private readonly bkt: Bucket;
  private readonly entries = new Map<string, LoaderEntry>();
  private readonly inflight = new Map<string, Promise<LoaderEntry>>();
  private readonly staleMs: number;
  private readonly errorMs: number;
  private readonly idleMs: number;
  private readonly clock: () => number;
  private readonly loads?: Counter;
  private readonly failures?: Counter;
  private readonly loaded?: Gauge;

  constructor(bkt: Bucket, opts: LoaderOptions = {}) {
    this.bkt = bkt;
    this.staleMs = opts.updateOnStaleInterval ?? 15 * 60_000;
    this.errorMs = opts.updateOnErrorInterval ?? 60_000;
    this.idleMs = opts.idleTimeout ?? 3_600_000;
    this.clock = opts.clock ?? Date.now;
    const reg = opts.registry;
    if (reg !== undefined) {
      this.loads = counter(
        reg,
        "cortex_bucket_index_loads_total",
        "Total number of bucket index loading attempts.",
        [],
      );
      this.failures = counter(
        reg,
        "cortex_bucket_index_load_failures_total",
        "Total number of bucket index loading failures.",
        [],
      );
      this.loaded = gauge(
        reg,
        "cortex_bucket_index_loaded",
        "Number of bucket indexes currently loaded in-memory.",
        [],
      );
    }
  }

  /** The tenant's index; throws BucketIndexNotFoundError when the tenant has none. */
  async getIndex(tenant: string): Promise<BucketIndex> {
    const now = this.clock();
    this.evictIdle(now);
    let e = this.entries.get(tenant);
    const fresh = e !== undefined && now - e.loadedAt < (e.error ? this.errorMs : this.staleMs);
    if (!fresh) e = await this.load(tenant);
    e!.requestedAt = now;
    if (e!.error) throw e!.error;
    return e!.index!;
  }

  /** Forgets the cached copy of a tenant's index (the next request reads it again). */
  invalidate(tenant: string): void {
    this.entries.delete(tenant);
    this.loaded?.set(this.entries.size);
  }

  private load(tenant: string): Promise<LoaderEntry> {
    let p = this.inflight.get(tenant);
    if (p !== undefined) return p;
    p = (async () => {
      this.loads?.inc();
      const now = this.clock();
      let entry: LoaderEntry;
      try {
        entry = { index: await readBucketIndex(this.bkt, tenant), loadedAt: now, requestedAt: now };
      } catch (err) {
        if (!(err instanceof BucketIndexNotFoundError)) this.failures?.inc();
        entry = { error: err as Error, loadedAt: now, requestedAt: now };
        // A transient read error keeps serving the last good copy.
        const prev = this.entries.get(tenant);
        if (prev?.index !== undefined && !(err instanceof BucketIndexNotFoundError)) {
          entry = { ...prev, loadedAt: now };
        }
      }
      this.entries.set(tenant, entry);
      this.loaded?.set(this.entries.size);
      return entry;
    })().finally(() => this.inflight.delete(tenant));
    this.inflight.set(tenant, p);
    return p;
  }

  private evictIdle(now: number): void {
    if (this.idleMs <= 0) return;
    for (const [t, e] of this.entries)
      if (now - e.requestedAt > this.idleMs) this.entries.delete(t);
    this.loaded?.set(this.entries.size);
  }
}

/** Formats a duration like Go's time.Duration.String() for whole seconds and up (1h0m0s). */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return "0s";
  const neg = ms < 0;
  let s = Math.abs(ms) / 1000;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const sec = Number.isInteger(s) ? String(s) : String(Number(s.toFixed(9)));
  let out = "";
  if (h > 0) out = `${h}h${m}m${sec}s`;
  else if (m > 0) out = `${m}m${sec}s`;
  else out = `${sec}s`;
  return (neg ? "-" : "") + out;
}

export const ERR_BUCKET_INDEX_TOO_OLD = "err-mimir-bucket-index-too-old";

/** Mimir's error when the index is older than max_stale_period. */
export class BucketIndexTooOldError extends Error {
  constructor(updatedAtSec: number, maxStaleMs: number) {
    super(
      `the bucket index is too old. It was last updated at ${new Date(updatedAtSec * 1000).toISOString().replace(".000Z", "Z")}, which exceeds the maximum allowed staleness period of ${formatGoDuration(maxStaleMs)} (${ERR_BUCKET_INDEX_TOO_OLD})`,
    );
    this.name = "BucketIndexTooOldError";
  }
}
