/**
 * Moving blocks between a local directory and the bucket, and encoding samples into chunks.
 * Upload order follows Thanos/Mimir: chunks, index, then meta.json last, so a block without
 * meta.json is partial and ignored by readers.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { makeDir } from "../../util/mkdir.ts";
import { XORChunk } from "../../tsdb/chunkenc/xor.ts";
import { ENC_XOR, type EncodedChunk } from "../../tsdb/block/chunks.ts";
import { type BlockMeta, formatMeta, parseMeta } from "../../tsdb/block/meta.ts";
import type { Bucket } from "../bucket/bucket.ts";
import { CHUNKS_DIRNAME, INDEX_FILENAME, META_FILENAME } from "./layout.ts";

/** Prometheus's target of samples per chunk. */
export const SAMPLES_PER_CHUNK = 120;

/** Encodes sorted samples (ts/vs of equal length) as XOR chunks of at most 120 samples. */
export function encodeXORChunks(ts: ArrayLike<number>, vs: ArrayLike<number>, samplesPerChunk = SAMPLES_PER_CHUNK): EncodedChunk[] {
  const out: EncodedChunk[] = [];
  let c: XORChunk | undefined;
  let mint = 0;
  let maxt = 0;
  const flush = () => {
    if (c === undefined) return;
    out.push({ mint, maxt, encoding: ENC_XOR, data: c.bytes().slice() });
    c = undefined;
  };
  for (let i = 0; i < ts.length; i++) {
    if (c === undefined || c.numSamples() >= samplesPerChunk) {
      flush();
      c = new XORChunk();
      mint = ts[i];
    }
    c.append(ts[i], vs[i]);
    maxt = ts[i];
  }
  flush();
  return out;
}

/** Uploads a local block directory as `<ULID>/...` into the tenant bucket; meta.json last. */
export async function uploadBlock(ubkt: Bucket, blockDir: string, meta?: BlockMeta): Promise<BlockMeta> {
  const m = meta ?? parseMeta(await readFile(join(blockDir, META_FILENAME), "utf8"));
  const id = m.ulid;
  let chunkFiles: string[] = [];
  try {
    chunkFiles = (await readdir(join(blockDir, CHUNKS_DIRNAME))).filter((n) => /^\d+$/.test(n)).sort();
  } catch {
    chunkFiles = [];
  }
  for (const f of chunkFiles) await ubkt.upload(`${id}/${CHUNKS_DIRNAME}/${f}`, await readFile(join(blockDir, CHUNKS_DIRNAME, f)));
  await ubkt.upload(`${id}/${INDEX_FILENAME}`, await readFile(join(blockDir, INDEX_FILENAME)));
  await ubkt.upload(`${id}/${META_FILENAME}`, Buffer.from(formatMeta(m)));
  return m;
}

/** Downloads `<id>/meta.json, index, chunks/*` into `<parentDir>/<id>` (replacing what is there). */
export async function downloadBlock(ubkt: Bucket, id: string, parentDir: string): Promise<string> {
  const dir = join(parentDir, id);
  await rm(dir, { recursive: true, force: true });
  await makeDir(join(dir, CHUNKS_DIRNAME));
  const names: string[] = [];
  await ubkt.iter(`${id}/`, (n) => {
    names.push(n);
  }, { recursive: true });
  for (const n of names) {
    const rel = n.slice(id.length + 1);
    if (rel !== META_FILENAME && rel !== INDEX_FILENAME && !rel.startsWith(`${CHUNKS_DIRNAME}/`)) continue;
    const p = join(dir, ...rel.split("/"));
    await makeDir(dirname(p));
    await writeFile(p, await ubkt.get(n));
  }
  return dir;
}

/** Reads and parses a block's meta.json from the bucket; undefined when it does not exist. */
export async function fetchMeta(ubkt: Bucket, id: string): Promise<BlockMeta | undefined> {
  try {
    return parseMeta((await ubkt.get(`${id}/${META_FILENAME}`)).toString("utf8"));
  } catch (e) {
    if (ubkt.isObjNotFoundErr(e)) return undefined;
    throw e;
  }
}
