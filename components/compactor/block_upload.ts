/**
 * Block upload (Mimir's pkg/compactor/block_upload.go): `start` stores the sanitized meta as
 * `<block>/uploading-meta.json`, `files` stores index and chunk segment files, `finish`
 * validates the block (asynchronously, heart-beating `<block>/validation.json`) and then writes
 * `<block>/meta.json`, which makes the block visible; `check` reports the state.
 */
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { makeDir } from "../util/mkdir.ts";
import type { Readable } from "node:stream";
import type { Logger } from "pino";
import type { Counter, Registry } from "prom-client";
import { counter } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { downloadBlock } from "../storage/tsdb/blockio.ts";
import { COMPACTOR_SHARD_ID_LABEL } from "../storage/tsdb/bucketindex.ts";
import {
  META_FILENAME,
  UPLOADING_META_FILENAME,
  userBucket,
  VALIDATION_FILENAME,
} from "../storage/tsdb/layout.ts";
import {
  type BlockMeta,
  formatMeta,
  parseMeta,
  THANOS_VERSION_1,
  type ThanosFile,
} from "../model/block_meta.ts";
import { BlockReader } from "../tsdb/block/reader.ts";
import { defaultChunkDecoder } from "../tsdb/querier.ts";
import { compareLabelsBytes } from "../model/strings.ts";
import { ValNone } from "../model/series.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import { HttpError } from "../util/tenant.ts";
import { isBlockID } from "../storage/tsdb/layout.ts";
import { parseShardID } from "./merge.ts";
import { writeFile } from "node:fs/promises";

export const MAXIMUM_META_SIZE_BYTES = 1024 * 1024;
export const VALIDATION_HEARTBEAT_INTERVAL = 60_000;
export const VALIDATION_HEARTBEAT_TIMEOUT = 5 * 60_000;
const FILE_PATH = /^(index|chunks\/\d{6})$/;
/** External labels Mimir drops from uploaded metas (deprecated tenant/ingester/shard labels). */
const DEPRECATED_LABELS = new Set(["__org_id__", "__ingester_id__", "__shard_id__"]);

export type UploadState = "complete" | "not-started" | "uploading" | "validating" | "failed";

interface ValidationFile {
  LastUpdate: number;
  Error: string;
}

export interface BlockUploadOptions {
  logger: Logger;
  registry: Registry;
  bucket: Bucket;
  overrides: Overrides;
  /** Scratch directory for validation (`<compactor.data_dir>`). */
  dataDir: string;
  /** compactor.max_block_upload_validation_concurrency (0 = unlimited). */
  maxValidationConcurrency: number;
  clock?: () => number;
}

export class BlockUploader {
  private readonly o: BlockUploadOptions;
  private readonly clock: () => number;
  private validations = 0;
  /** Settles when the running validations finish (tests wait on it). */
  readonly pending = new Set<Promise<void>>();
  private readonly m: { blocks: Counter<"user">; bytes: Counter<"user">; files: Counter<"user"> };

  constructor(o: BlockUploadOptions) {
    this.o = o;
    this.clock = o.clock ?? Date.now;
    const r = o.registry;
    this.m = {
      blocks: counter(
        r,
        "cortex_block_upload_api_blocks_total",
        "Total number of blocks successfully uploaded and validated using the block upload API.",
        ["user"],
      ),
      bytes: counter(
        r,
        "cortex_block_upload_api_bytes_total",
        "Total number of bytes from successfully uploaded and validated blocks using block upload API.",
        ["user"],
      ),
      files: counter(
        r,
        "cortex_block_upload_api_files_total",
        "Total number of files from successfully uploaded and validated blocks using block upload API.",
        ["user"],
      ),
    };
  }

  /** Block ID and upload-enabled checks shared by every endpoint (400 on failure). */
  checkParams(tenant: string, block: string): void {
    if (!isBlockID(block)) throw new HttpError(400, "invalid block ID");
    if (!this.o.overrides.get(tenant).compactor_block_upload_enabled)
      throw new HttpError(400, "block upload is disabled");
  }

  private async state(
    ubkt: Bucket,
    block: string,
  ): Promise<{ state: UploadState; meta?: BlockMeta; validation?: ValidationFile }> {
    if (await ubkt.exists(`${block}/${META_FILENAME}`)) return { state: "complete" };
    let meta: BlockMeta;
    try {
      meta = parseMeta((await ubkt.get(`${block}/${UPLOADING_META_FILENAME}`)).toString("utf8"));
    } catch (e) {
      if (ubkt.isObjNotFoundErr(e)) return { state: "not-started" };
      throw e;
    }
    let v: ValidationFile;
    try {
      v = JSON.parse(
        (await ubkt.get(`${block}/${VALIDATION_FILENAME}`)).toString("utf8"),
      ) as ValidationFile;
    } catch (e) {
      if (ubkt.isObjNotFoundErr(e)) return { state: "uploading", meta };
      throw e;
    }
    if (v.Error) return { state: "failed", meta, validation: v };
    if (this.clock() - v.LastUpdate < VALIDATION_HEARTBEAT_TIMEOUT)
      return { state: "validating", meta, validation: v };
    return { state: "uploading", meta, validation: v }; // stale validation: may start again
  }

  private async checkState(
    ubkt: Bucket,
    block: string,
    requireInProgress: boolean,
  ): Promise<BlockMeta | undefined> {
    const s = await this.state(ubkt, block);
    switch (s.state) {
      case "complete":
        throw new HttpError(409, "block already exists");
      case "validating":
        throw new HttpError(400, "block validation in progress");
      case "failed":
        throw new HttpError(400, "block validation failed");
      case "not-started":
        if (requireInProgress) throw new HttpError(404, "block upload not started");
        return undefined;
      default:
        return s.meta;
    }
  }

  /** POST .../start with the block's meta.json as body. */
  async start(tenant: string, block: string, body: Buffer): Promise<void> {
    this.checkParams(tenant, block);
    const ubkt = userBucket(this.o.bucket, tenant);
    await this.checkState(ubkt, block, false);
    if (body.length > MAXIMUM_META_SIZE_BYTES) {
      throw new HttpError(
        413,
        `The block metadata was too large (maximum size allowed is ${MAXIMUM_META_SIZE_BYTES} bytes)`,
      );
    }
    let raw: any;
    try {
      raw = JSON.parse(body.toString("utf8"));
      if (typeof raw !== "object" || raw === null || Array.isArray(raw))
        throw new Error("not an object");
    } catch {
      throw new HttpError(400, "malformed request body");
    }
    const meta = this.sanitizeMeta(tenant, block, raw);
    const retention = this.o.overrides.get(tenant).compactor_blocks_retention_period;
    if (retention > 0 && meta.maxTime < this.clock() - retention) {
      throw new HttpError(
        422,
        `block max time (${new Date(meta.maxTime).toISOString()}) older than retention period`,
      );
    }
    await ubkt.upload(`${block}/${UPLOADING_META_FILENAME}`, Buffer.from(formatMeta(meta)));
  }

  /** Mimir's sanitizeMeta: returns the meta to store or throws 400 with the reason. */
  private sanitizeMeta(tenant: string, block: string, raw: any): BlockMeta {
    const bad = (msg: string): never => {
      throw new HttpError(400, msg);
    };
    const thanos = (raw.thanos ?? {}) as Record<string, any>;
    if ((thanos.downsample?.resolution ?? 0) > 0) bad("block contains downsampled data");
    const labels: Record<string, string> = { ...(thanos.labels ?? {}) };
    for (const [l, v] of Object.entries(labels)) {
      if (l === COMPACTOR_SHARD_ID_LABEL) {
        if (v === "") {
          delete labels[l];
          continue;
        }
        if (parseShardID(String(v)) === undefined)
          bad(`invalid ${COMPACTOR_SHARD_ID_LABEL} external label: ${JSON.stringify(v)}`);
      } else if (DEPRECATED_LABELS.has(l)) {
        delete labels[l];
      } else {
        bad(`unsupported external label: ${l}`);
      }
    }
    const files: ThanosFile[] = Array.isArray(thanos.files) ? thanos.files : [];
    for (const f of files) {
      if (f.rel_path === META_FILENAME) continue;
      if (!FILE_PATH.test(String(f.rel_path))) bad(`file with invalid path: ${f.rel_path}`);
      if (!((f.size_bytes ?? 0) > 0)) bad(`file with invalid size: ${f.rel_path}`);
    }
    this.validateMaxBlockSize(tenant, files);
    if (raw.version !== 1) bad("version must be 1");
    const minTime = raw.minTime;
    const maxTime = raw.maxTime;
    if (
      !Number.isInteger(minTime) ||
      !Number.isInteger(maxTime) ||
      minTime < 0 ||
      maxTime < 0 ||
      maxTime < minTime
    ) {
      bad(`invalid minTime/maxTime: minTime=${minTime}, maxTime=${maxTime}`);
    }
    const now = this.clock();
    if (minTime > now || maxTime > now)
      bad(`block time(s) greater than the present: minTime=${minTime}, maxTime=${maxTime}`);
    const compaction = {
      ...(raw.compaction ?? {}),
      level: Number.isInteger(raw.compaction?.level) ? raw.compaction.level : 1,
    };
    delete compaction.parents;
    compaction.sources = [block];
    return {
      ulid: block,
      minTime,
      maxTime,
      stats: typeof raw.stats === "object" && raw.stats !== null ? raw.stats : {},
      compaction,
      version: 1,
      thanos: {
        version: THANOS_VERSION_1,
        labels,
        downsample: { resolution: 0 },
        source: "upload",
        ...(Array.isArray(thanos.segment_files) ? { segment_files: thanos.segment_files } : {}),
        files,
      },
    };
  }

  private validateMaxBlockSize(tenant: string, files: readonly ThanosFile[]): void {
    const max = this.o.overrides.get(tenant).compactor_block_upload_max_block_size_bytes;
    if (max <= 0) return;
    let size = 0;
    for (const f of files) {
      if ((f.size_bytes ?? 0) < 0)
        throw new HttpError(400, "invalid negative file size in block metadata");
      size += f.size_bytes ?? 0;
    }
    if (size > max)
      throw new HttpError(400, `block exceeds the maximum block size limit of ${max} bytes`);
  }

  /** POST .../files?path=index|chunks/NNNNNN. `contentLength` undefined = unknown. */
  async uploadFile(
    tenant: string,
    block: string,
    path: string | undefined,
    body: Readable | Buffer,
    contentLength: number | undefined,
  ): Promise<void> {
    this.checkParams(tenant, block);
    if (!path) throw new HttpError(400, "missing or invalid file path");
    if (path.split("/").pop() === META_FILENAME)
      throw new HttpError(400, `${META_FILENAME} is not allowed`);
    if (!FILE_PATH.test(path)) throw new HttpError(400, `invalid path: ${JSON.stringify(path)}`);
    if (contentLength === 0) throw new HttpError(400, "file cannot be empty");
    const ubkt = userBucket(this.o.bucket, tenant);
    const meta = await this.checkState(ubkt, block, true);
    const f = meta?.thanos?.files?.find((x) => x.rel_path === path);
    if (f === undefined) throw new HttpError(400, "unexpected file");
    if (contentLength !== undefined && contentLength !== f.size_bytes)
      throw new HttpError(400, `file size doesn't match ${META_FILENAME}`);
    await ubkt.upload(`${block}/${path}`, body);
  }

  /** POST .../finish: validation runs in the background when enabled. */
  async finish(tenant: string, block: string): Promise<void> {
    this.checkParams(tenant, block);
    const ubkt = userBucket(this.o.bucket, tenant);
    const meta = (await this.checkState(ubkt, block, true))!;
    const limits = this.o.overrides.get(tenant);
    if (!limits.compactor_block_upload_validation_enabled) {
      await this.markComplete(tenant, ubkt, block, meta);
      return;
    }
    const max = this.o.maxValidationConcurrency;
    if (max > 0 && this.validations >= max) {
      throw new HttpError(429, `too many block upload validations in progress, limit is ${max}`);
    }
    this.validations++;
    try {
      await this.writeValidation(ubkt, block, "");
    } catch (e) {
      this.validations--;
      throw e;
    }
    const p = this.validateAndComplete(
      tenant,
      ubkt,
      block,
      meta,
      limits.compactor_block_upload_verify_chunks,
    ).finally(() => {
      this.validations--;
      this.pending.delete(p);
    });
    this.pending.add(p);
  }

  /** GET .../check. */
  async check(tenant: string, block: string): Promise<{ result: string; error?: string }> {
    this.checkParams(tenant, block);
    const s = await this.state(userBucket(this.o.bucket, tenant), block);
    if (s.state === "not-started") throw new HttpError(404, "block doesn't exist");
    if (s.state === "failed") return { result: "failed", error: s.validation?.Error };
    return { result: s.state };
  }

  private async writeValidation(ubkt: Bucket, block: string, error: string): Promise<void> {
    await ubkt.upload(
      `${block}/${VALIDATION_FILENAME}`,
      Buffer.from(JSON.stringify({ LastUpdate: this.clock(), Error: error })),
    );
  }

  private async validateAndComplete(
    tenant: string,
    ubkt: Bucket,
    block: string,
    meta: BlockMeta,
    verifyChunks: boolean,
  ): Promise<void> {
    const log = this.o.logger.child({ feature: "block upload", block, user: tenant });
    const heartbeat = setInterval(() => {
      this.writeValidation(ubkt, block, "").catch((e) =>
        log.warn({ err: e }, "error during periodic update of validation file"),
      );
    }, VALIDATION_HEARTBEAT_INTERVAL);
    heartbeat.unref();
    let err: string | undefined;
    try {
      await this.validateBlock(ubkt, block, meta, verifyChunks, tenant);
    } catch (e) {
      err = (e as Error).message;
    } finally {
      clearInterval(heartbeat);
    }
    if (err !== undefined) {
      log.error({ err }, "error while validating block");
      await this.writeValidation(ubkt, block, err).catch(() => {});
      return;
    }
    try {
      await this.markComplete(tenant, ubkt, block, meta);
      await ubkt.delete(`${block}/${VALIDATION_FILENAME}`).catch(() => {});
      log.info("successfully completed block upload");
    } catch (e) {
      await this.writeValidation(ubkt, block, (e as Error).message).catch(() => {});
    }
  }

  private async markComplete(
    tenant: string,
    ubkt: Bucket,
    block: string,
    meta: BlockMeta,
  ): Promise<void> {
    await ubkt.upload(`${block}/${META_FILENAME}`, Buffer.from(formatMeta(meta)));
    await ubkt.delete(`${block}/${UPLOADING_META_FILENAME}`).catch(() => {});
    this.m.blocks.inc({ user: tenant });
    this.m.bytes.inc(
      { user: tenant },
      (meta.thanos?.files ?? []).reduce((n, f) => n + (f.size_bytes ?? 0), 0),
    );
    this.m.files.inc({ user: tenant }, meta.thanos?.files?.length ?? 0);
  }

  private async validateBlock(
    ubkt: Bucket,
    block: string,
    meta: BlockMeta,
    verifyChunks: boolean,
    tenant: string,
  ): Promise<void> {
    this.validateMaxBlockSize(tenant, meta.thanos?.files ?? []);
    const parent = join(this.o.dataDir, "upload", `${block}-${this.clock()}`);
    await makeDir(parent);
    try {
      const dir = await downloadBlock(ubkt, block, parent);
      await writeFile(join(dir, META_FILENAME), formatMeta(meta));
      for (const f of meta.thanos?.files ?? []) {
        let st: Awaited<ReturnType<typeof stat>>;
        try {
          st = await stat(join(dir, ...f.rel_path.split("/")));
        } catch (e) {
          throw new Error(`failed to stat ${f.rel_path}: ${(e as Error).message}`);
        }
        if (!st.isFile()) throw new Error(`not a file: ${f.rel_path}`);
        if (f.rel_path !== META_FILENAME && st.size !== f.size_bytes)
          throw new Error(`file size mismatch for ${f.rel_path}`);
      }
      await verifyBlock(dir, meta.minTime, meta.maxTime, verifyChunks);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  }
}

/**
 * Checks a local block: the index opens, series are in order, chunks are within
 * [minTime, maxTime) and sorted; with `checkChunks`, every chunk is read (CRC) and decoded.
 */
export async function verifyBlock(
  dir: string,
  minTime: number,
  maxTime: number,
  checkChunks: boolean,
): Promise<void> {
  let r: BlockReader;
  try {
    r = await BlockReader.open(dir);
  } catch (e) {
    throw new Error(`error validating block: ${(e as Error).message}`);
  }
  try {
    const refs = r.index.allPostings();
    let prev: ReturnType<typeof r.index.series>["labels"] | null = null;
    for (let i = 0; i < refs.length; i++) {
      const s = r.index.series(refs[i]);
      if (prev !== null && compareLabelsBytes(prev, s.labels) >= 0)
        throw new Error("error validating block: series are not sorted");
      prev = s.labels;
      let lastMaxT = Number.NEGATIVE_INFINITY;
      for (const c of s.chunks) {
        if (c.mint < minTime || c.maxt > maxTime) {
          throw new Error(
            `error validating block: found chunk with minTime: ${c.mint} maxTime: ${c.maxt} outside of compacted minTime: ${minTime} maxTime: ${maxTime}`,
          );
        }
        if (c.mint > c.maxt)
          throw new Error(
            `error validating block: chunk minTime ${c.mint} greater than maxTime ${c.maxt}`,
          );
        if (c.mint <= lastMaxT)
          throw new Error("error validating block: overlapping chunks in series");
        lastMaxT = c.maxt;
      }
      if (checkChunks && s.chunks.length > 0) {
        const data = await r.chunks.chunks(s.chunks.map((c) => c.ref));
        for (let k = 0; k < data.length; k++) {
          const it = defaultChunkDecoder(data[k]);
          while (it.next() !== ValNone) {
            const t = it.atT();
            if (t < s.chunks[k].mint || t > s.chunks[k].maxt)
              throw new Error("error validating block: sample outside of its chunk's time range");
          }
          const err = it.err?.();
          if (err) throw new Error(`error validating block: ${err}`);
        }
      }
    }
  } finally {
    await r.close();
  }
}

/** thanos.files for a local block directory (what a client such as mimirtool sends). */
export async function blockFilesOf(dir: string): Promise<ThanosFile[]> {
  const files: ThanosFile[] = [
    { rel_path: "index", size_bytes: (await stat(join(dir, "index"))).size },
  ];
  for (const n of (await readdir(join(dir, "chunks"))).sort())
    files.push({ rel_path: `chunks/${n}`, size_bytes: (await stat(join(dir, "chunks", n))).size });
  files.push({ rel_path: META_FILENAME });
  return files.sort((a, b) => (a.rel_path < b.rel_path ? -1 : 1));
}
