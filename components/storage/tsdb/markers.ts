/**
 * Block markers (Mimir's pkg/storage/tsdb/block/{deletion_mark,no_compact_mark}.go and
 * pkg/storage/tsdb/tenant_deletion_mark.go). A block marker lives in the block's directory and
 * a copy ("global marker") under `<tenant>/markers/`, which the bucket index updater lists.
 * Times are Unix seconds.
 */
import type { Bucket } from "../bucket/bucket.ts";
import {
  blockIDFromGlobalMarker,
  DELETION_MARK_FILENAME,
  deletionMarkPath,
  globalDeletionMarkPath,
  globalNoCompactMarkPath,
  MARKERS_DIR,
  META_FILENAME,
  NO_COMPACT_MARK_FILENAME,
  noCompactMarkPath,
  TENANT_DELETION_MARK_PATH,
} from "./layout.ts";

export const MARKER_VERSION_1 = 1;

export interface DeletionMark {
  id: string;
  version: number;
  details?: string;
  /** Unix seconds. */
  deletion_time: number;
}

export type NoCompactReason =
  | "manual"
  | "index-size-exceeding"
  | "block-index-out-of-order-chunk"
  | "critical";

export interface NoCompactMark {
  id: string;
  version: number;
  details?: string;
  /** Unix seconds. */
  no_compact_time: number;
  reason: NoCompactReason;
}

export interface TenantDeletionMark {
  /** Unix seconds. */
  deletion_time: number;
  /** Unix seconds; set once every block is gone. */
  finished_time?: number;
}

function json(o: unknown): Buffer {
  return Buffer.from(JSON.stringify(o, null, "\t") + "\n");
}

export class MarkerError extends Error {}

function parseDeletionMark(text: string, id: string): DeletionMark {
  const m = JSON.parse(text) as DeletionMark;
  if (m.version !== MARKER_VERSION_1)
    throw new MarkerError(
      `unexpected deletion-mark file version ${m.version}, expected ${MARKER_VERSION_1}`,
    );
  if (m.id !== id) throw new MarkerError(`deletion-mark id ${m.id} does not match block ${id}`);
  return m;
}

/** The block's deletion mark, or undefined when it has none. */
export async function readDeletionMark(
  ubkt: Bucket,
  id: string,
): Promise<DeletionMark | undefined> {
  try {
    return parseDeletionMark((await ubkt.get(deletionMarkPath(id))).toString("utf8"), id);
  } catch (e) {
    if (ubkt.isObjNotFoundErr(e)) return undefined;
    throw e;
  }
}

export async function readNoCompactMark(
  ubkt: Bucket,
  id: string,
): Promise<NoCompactMark | undefined> {
  try {
    const m = JSON.parse((await ubkt.get(noCompactMarkPath(id))).toString("utf8")) as NoCompactMark;
    if (m.version !== MARKER_VERSION_1)
      throw new MarkerError(`unexpected no-compact-mark file version ${m.version}`);
    return m;
  } catch (e) {
    if (ubkt.isObjNotFoundErr(e)) return undefined;
    throw e;
  }
}

/**
 * Marks a block for deletion: the block's deletion-mark.json and its global copy. Idempotent:
 * an existing mark is kept (its deletion time is not moved). Returns false when already marked.
 */
export async function markForDeletion(
  ubkt: Bucket,
  id: string,
  details: string,
  nowMs: number,
): Promise<boolean> {
  const existing = await readDeletionMark(ubkt, id).catch(() => undefined);
  if (existing !== undefined) {
    // Make sure the global copy exists (an older writer may have skipped it).
    if (!(await ubkt.exists(globalDeletionMarkPath(id))))
      await ubkt.upload(globalDeletionMarkPath(id), json(existing));
    return false;
  }
  const mark: DeletionMark = {
    id,
    version: MARKER_VERSION_1,
    details,
    deletion_time: Math.floor(nowMs / 1000),
  };
  if (details === "") delete mark.details;
  const body = json({
    id: mark.id,
    version: mark.version,
    ...(mark.details ? { details: mark.details } : {}),
    deletion_time: mark.deletion_time,
  });
  await ubkt.upload(deletionMarkPath(id), body);
  await ubkt.upload(globalDeletionMarkPath(id), body);
  return true;
}

/** Marks a block so the compactor skips it. Returns false when already marked. */
export async function markForNoCompact(
  ubkt: Bucket,
  id: string,
  reason: NoCompactReason,
  details: string,
  nowMs: number,
): Promise<boolean> {
  if (await ubkt.exists(noCompactMarkPath(id))) return false;
  const body = json({
    id,
    version: MARKER_VERSION_1,
    ...(details ? { details } : {}),
    no_compact_time: Math.floor(nowMs / 1000),
    reason,
  });
  await ubkt.upload(noCompactMarkPath(id), body);
  await ubkt.upload(globalNoCompactMarkPath(id), body);
  return true;
}

/** Removes a block's no-compact mark (both copies). */
export async function removeNoCompactMark(ubkt: Bucket, id: string): Promise<void> {
  for (const p of [noCompactMarkPath(id), globalNoCompactMarkPath(id)]) {
    await ubkt.delete(p).catch((e) => {
      if (!ubkt.isObjNotFoundErr(e)) throw e;
    });
  }
}

async function deleteIfExists(ubkt: Bucket, name: string): Promise<boolean> {
  try {
    await ubkt.delete(name);
    return true;
  } catch (e) {
    if (ubkt.isObjNotFoundErr(e)) return false;
    throw e;
  }
}

/**
 * Deletes a block from the bucket in the order that keeps it safe for readers: meta.json first
 * (the block becomes partial and is ignored), then every other file, the deletion mark last,
 * then the global markers.
 */
export async function deleteBlock(ubkt: Bucket, id: string): Promise<void> {
  await deleteIfExists(ubkt, `${id}/${META_FILENAME}`);
  const files: string[] = [];
  await ubkt.iter(
    `${id}/`,
    (n) => {
      files.push(n);
    },
    { recursive: true },
  );
  for (const f of files) {
    if (f === deletionMarkPath(id)) continue;
    await deleteIfExists(ubkt, f);
  }
  await deleteIfExists(ubkt, deletionMarkPath(id));
  await deleteIfExists(ubkt, globalDeletionMarkPath(id));
  await deleteIfExists(ubkt, globalNoCompactMarkPath(id));
}

/** Global deletion marks of a tenant: block ID -> mark. Unreadable marks are skipped. */
export async function listDeletionMarks(ubkt: Bucket): Promise<Map<string, DeletionMark>> {
  const ids: string[] = [];
  await ubkt.iter(`${MARKERS_DIR}/`, (n) => {
    const id = blockIDFromGlobalMarker(n, DELETION_MARK_FILENAME);
    if (id !== undefined) ids.push(id);
  });
  const out = new Map<string, DeletionMark>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        out.set(
          id,
          parseDeletionMark((await ubkt.get(globalDeletionMarkPath(id))).toString("utf8"), id),
        );
      } catch {
        // Deleted concurrently or corrupted: ignored, as Mimir does.
      }
    }),
  );
  return out;
}

/** Block IDs with a global no-compact mark. */
export async function listNoCompactMarks(ubkt: Bucket): Promise<Set<string>> {
  const out = new Set<string>();
  await ubkt.iter(`${MARKERS_DIR}/`, (n) => {
    const id = blockIDFromGlobalMarker(n, NO_COMPACT_MARK_FILENAME);
    if (id !== undefined) out.add(id);
  });
  return out;
}

export async function readTenantDeletionMark(
  ubkt: Bucket,
): Promise<TenantDeletionMark | undefined> {
  try {
    return JSON.parse(
      (await ubkt.get(TENANT_DELETION_MARK_PATH)).toString("utf8"),
    ) as TenantDeletionMark;
  } catch (e) {
    if (ubkt.isObjNotFoundErr(e)) return undefined;
    throw e;
  }
}

export async function writeTenantDeletionMark(
  ubkt: Bucket,
  mark: TenantDeletionMark,
): Promise<void> {
  const o: Record<string, number> = { deletion_time: mark.deletion_time };
  if (mark.finished_time) o.finished_time = mark.finished_time;
  await ubkt.upload(TENANT_DELETION_MARK_PATH, json(o));
}

export async function tenantDeletionMarkExists(ubkt: Bucket): Promise<boolean> {
  return ubkt.exists(TENANT_DELETION_MARK_PATH);
}
