/** Errors shared by the storage formats (index, chunks, tombstones, meta.json, WAL). */

/** Malformed or inconsistent persisted data; the message says what and where. */
export class CorruptionError extends Error {
  override name = "CorruptionError";
}
