/**
 * The blocks bucket layout (MIMIR-REFERENCE.md section 6):
 *
 *   <tenant>/<ULID>/meta.json, index, chunks/000001..., deletion-mark.json, no-compact-mark.json
 *   <tenant>/markers/<ULID>-deletion-mark.json, <ULID>-no-compact-mark.json  (global copies)
 *   <tenant>/markers/tenant-deletion-mark.json
 *   <tenant>/bucket-index.json.gz
 *   <tenant>/debug/metas/<ULID>.json
 *
 * Names below are relative to the tenant's bucket (`userBucket(bkt, tenant)`).
 */
import { isValid } from "ulid";
import type { Bucket } from "../bucket/bucket.ts";
import { PrefixedBucket } from "../bucket/prefix.ts";

export const META_FILENAME = "meta.json";
export const INDEX_FILENAME = "index";
export const CHUNKS_DIRNAME = "chunks";
export const DELETION_MARK_FILENAME = "deletion-mark.json";
export const NO_COMPACT_MARK_FILENAME = "no-compact-mark.json";
export const MARKERS_DIR = "markers";
export const TENANT_DELETION_MARK_PATH = "markers/tenant-deletion-mark.json";
export const BUCKET_INDEX_FILENAME = "bucket-index.json.gz";
export const DEBUG_METAS_DIR = "debug/metas";
/** Where the upload API keeps the meta.json of a block being uploaded. */
export const UPLOADING_META_FILENAME = "uploading-meta.json";
/** Where the upload API records the outcome of validating an uploaded block. */
export const VALIDATION_FILENAME = "validation.json";

/** The tenant's part of the bucket. */
export function userBucket(bkt: Bucket, tenant: string): Bucket {
  return new PrefixedBucket(bkt, tenant);
}

export function isBlockID(s: string): boolean {
  return s.length === 26 && isValid(s);
}

export const metaPath = (id: string): string => `${id}/${META_FILENAME}`;
export const indexPath = (id: string): string => `${id}/${INDEX_FILENAME}`;
export const deletionMarkPath = (id: string): string => `${id}/${DELETION_MARK_FILENAME}`;
export const noCompactMarkPath = (id: string): string => `${id}/${NO_COMPACT_MARK_FILENAME}`;
export const globalDeletionMarkPath = (id: string): string =>
  `${MARKERS_DIR}/${id}-${DELETION_MARK_FILENAME}`;
export const globalNoCompactMarkPath = (id: string): string =>
  `${MARKERS_DIR}/${id}-${NO_COMPACT_MARK_FILENAME}`;
export const debugMetaPath = (id: string): string => `${DEBUG_METAS_DIR}/${id}.json`;

/** Block ID of a global marker name (`markers/<ULID>-deletion-mark.json`), or undefined. */
export function blockIDFromGlobalMarker(name: string, markerFilename: string): string | undefined {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const suffix = `-${markerFilename}`;
  if (!base.endsWith(suffix)) return undefined;
  const id = base.slice(0, -suffix.length);
  return isBlockID(id) ? id : undefined;
}

/** Tenants: the top-level directories of the bucket (Mimir's ListUsers). */
export async function listTenants(bkt: Bucket): Promise<string[]> {
  const out: string[] = [];
  await bkt.iter("", (name) => {
    if (!name.endsWith("/")) return;
    const t = name.slice(0, -1);
    // Directories of other stores sharing the bucket are not tenants.
    if (t === "" || t.startsWith(".") || t === "__mimir_cluster") return;
    out.push(t);
  });
  return out.sort();
}

/** Block IDs directly under the tenant's root (whether complete or partial). */
export async function listBlockIDs(ubkt: Bucket): Promise<string[]> {
  const out: string[] = [];
  await ubkt.iter("", (name) => {
    if (!name.endsWith("/")) return;
    const id = name.slice(0, -1);
    if (isBlockID(id)) out.push(id);
  });
  return out.sort();
}

/** Runs fn over items with at most `concurrency` in flight; rejects with the first error. */
export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers: Promise<void>[] = [];
  const n = Math.max(1, Math.min(concurrency || 1, items.length));
  for (let w = 0; w < n; w++) {
    workers.push(
      (async () => {
        while (next < items.length) {
          const i = next++;
          await fn(items[i], i);
        }
      })(),
    );
  }
  await Promise.all(workers);
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The 16 raw bytes of a ULID string. */
export function ulidBytes(id: string): Uint8Array {
  let v = 0n;
  for (const ch of id.toUpperCase()) {
    const d = CROCKFORD.indexOf(ch);
    if (d < 0) throw new Error(`invalid ULID ${id}`);
    v = (v << 5n) | BigInt(d);
  }
  const out = new Uint8Array(16);
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Mimir's HashBlockID: 32-bit FNV-1 (multiply, then XOR) over the raw ULID bytes. */
export function hashBlockID(id: string): number {
  let h = 0x811c9dc5;
  for (const b of ulidBytes(id)) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h >>> 0;
}
