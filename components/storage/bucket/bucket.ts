/**
 * Object storage: the Bucket interface every backend (filesystem, S3) and decorator (prefix,
 * retry, metrics, metadata cache) implements, with Thanos objstore semantics:
 *
 * - Object names use `/` as the separator and never start with `/`.
 * - `iter(dir)` calls fn with the full name of each entry directly under `dir` (dir "" is the
 *   root), in sorted order; sub-directories are passed once, with a trailing `/`. With
 *   `{ recursive: true }` it passes every object below `dir` and no directories. A directory
 *   that does not exist yields nothing (no error).
 * - `get`, `getRange` and `attributes` of a missing object throw ObjectNotFoundError
 *   (`isObjNotFoundErr` says true); `exists` answers false instead. `delete` of a missing object
 *   throws ObjectNotFoundError too.
 * - `getRange(name, off, length)` with length < 0 reads to the end; a range past the end is
 *   truncated.
 * - `upload` is idempotent and atomic: readers see the old object or the new one, never a part.
 */
import type { Readable } from "node:stream";

export interface ObjectAttributes {
  /** Object size in bytes. */
  size: number;
  /** Last modification time. */
  lastModified: Date;
}

export interface IterOptions {
  /** List every object below dir (no directory entries). */
  recursive?: boolean;
}

/** Called for each entry; may be async. A throw/rejection stops the iteration and is rethrown. */
export type IterFn = (name: string) => void | Promise<void>;

export interface BucketReader {
  iter(dir: string, fn: IterFn, opts?: IterOptions): Promise<void>;
  /** The whole object. */
  get(name: string): Promise<Buffer>;
  /** A stream of the object (or of a range of it, length < 0 = to the end); for large objects. */
  getStream(name: string, off?: number, length?: number): Promise<Readable>;
  getRange(name: string, off: number, length: number): Promise<Buffer>;
  exists(name: string): Promise<boolean>;
  attributes(name: string): Promise<ObjectAttributes>;
  isObjNotFoundErr(e: unknown): boolean;
}

export interface Bucket extends BucketReader {
  upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void>;
  delete(name: string): Promise<void>;
  /** Name of the bucket as the provider knows it (S3 bucket name, filesystem directory). */
  name(): string;
  close(): Promise<void>;
}

/** The object does not exist. */
export class ObjectNotFoundError extends Error {
  readonly objectName: string;
  constructor(objectName: string, options?: { cause?: unknown }) {
    super(`object not found: ${objectName}`, options);
    this.name = "ObjectNotFoundError";
    this.objectName = objectName;
  }
}

/** A name the bucket refuses (empty, absolute, with `..` or `.` segments, NUL bytes). */
export class InvalidObjectNameError extends Error {
  constructor(objectName: string, why: string) {
    super(`invalid object name ${JSON.stringify(objectName)}: ${why}`);
    this.name = "InvalidObjectNameError";
  }
}

export function isObjectNotFoundError(e: unknown): boolean {
  return (
    e instanceof ObjectNotFoundError ||
    (e as { name?: string } | null)?.name === "ObjectNotFoundError"
  );
}

export const DIR_DELIM = "/";

/** Throws InvalidObjectNameError unless name is a valid object name. */
export function validateObjectName(name: string): void {
  if (name === "") throw new InvalidObjectNameError(name, "empty");
  if (name.startsWith("/")) throw new InvalidObjectNameError(name, "must not start with /");
  if (name.endsWith("/")) throw new InvalidObjectNameError(name, "must not end with /");
  if (name.includes("\0")) throw new InvalidObjectNameError(name, "contains a NUL byte");
  for (const seg of name.split("/")) {
    if (seg === "..") throw new InvalidObjectNameError(name, "contains ..");
    if (seg === ".") throw new InvalidObjectNameError(name, "contains a . segment");
    if (seg === "") throw new InvalidObjectNameError(name, "contains an empty segment");
  }
}

/** Normalizes an iter dir: "" stays "", otherwise exactly one trailing slash. Rejects `..`. */
export function normalizeDir(dir: string): string {
  if (dir === "" || dir === "/") return "";
  const trimmed = dir.replace(/\/+$/, "");
  validateObjectName(trimmed);
  return `${trimmed}/`;
}

/** Reads a stream fully. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream)
    parts.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts);
}

/** Convenience: collects iter results into an array. */
export async function listAll(
  bkt: BucketReader,
  dir: string,
  opts?: IterOptions,
): Promise<string[]> {
  const out: string[] = [];
  await bkt.iter(
    dir,
    (n) => {
      out.push(n);
    },
    opts,
  );
  return out;
}
