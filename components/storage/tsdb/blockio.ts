/**
 * Moving blocks between a local directory and the bucket.
 * Upload order follows Thanos/Mimir: chunks, index, then meta.json last, so a block without
 * meta.json is partial and ignored by readers.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type BlockMeta, formatMeta, parseMeta } from "../../model/block_meta.ts";
import { makeDir } from "../../util/mkdir.ts";
import type { Bucket } from "../bucket/bucket.ts";
import { CHUNKS_DIRNAME, INDEX_FILENAME, META_FILENAME } from "./layout.ts";

/** Uploads a local block directory as `<ULID>/...` into the tenant bucket; meta.json last. */
export async function uploadBlock(
  ubkt: Bucket,
  blockDir: string,
  meta?: BlockMeta,
): Promise<BlockMeta> {
  const m = meta ?? parseMeta(await readFile(join(blockDir, META_FILENAME), "utf8"));
  const id = m.ulid;
  let chunkFiles: string[] = [];
  try {
    chunkFiles = (await readdir(join(blockDir, CHUNKS_DIRNAME)))
      .filter((n) => /^\d+$/.test(n))
      .sort();
  } catch {
    chunkFiles = [];
  }
  for (const f of chunkFiles)
    await ubkt.upload(
      `${id}/${CHUNKS_DIRNAME}/${f}`,
      await readFile(join(blockDir, CHUNKS_DIRNAME, f)),
    );
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
  await ubkt.iter(
    `${id}/`,
    (n) => {
      names.push(n);
    },
    { recursive: true },
  );
  for (const n of names) {
    const rel = n.slice(id.length + 1);
    if (rel !== META_FILENAME && rel !== INDEX_FILENAME && !rel.startsWith(`${CHUNKS_DIRNAME}/`))
      continue;
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
