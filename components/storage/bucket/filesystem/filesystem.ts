/**
 * Filesystem bucket: objects are files under a root directory (Mimir's embedded default,
 * `blocks_storage.filesystem.dir`, default `blocks`). Uploads are atomic (temp file + fsync +
 * rename); names with `..` are rejected so nothing escapes the root. Deleting the last object of
 * a directory removes the empty directories up to the root, as Thanos' filesystem bucket does.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { f, type ValueOf } from "../../../util/config/spec.ts";
import {
  type Bucket,
  type IterFn,
  type IterOptions,
  isObjectNotFoundError,
  normalizeDir,
  type ObjectAttributes,
  ObjectNotFoundError,
  validateObjectName,
} from "../bucket.ts";

/** Config block (`<prefix>filesystem.dir`). */
export function filesystemConfigBlock(flagPrefix: string, defaultDir: string) {
  return {
    dir: f.string<string>(
      `${flagPrefix}filesystem.dir`,
      defaultDir,
      "Local filesystem storage directory.",
      { path: "one" },
    ),
  };
}
export type FilesystemConfig = ValueOf<ReturnType<typeof filesystemConfigBlock>>;

/** Directory (directly under the root) holding in-progress uploads; never listed. */
const TMP_DIR = ".tmp-uploads";

function isNotFoundCode(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

export class FilesystemBucket implements Bucket {
  private readonly root: string;

  constructor(cfg: { dir: string }) {
    if (!cfg.dir) throw new Error("filesystem bucket: empty directory");
    this.root = path.resolve(cfg.dir);
  }

  name(): string {
    return this.root;
  }

  /** Absolute path of an object, after validating its name. */
  private pathOf(name: string): string {
    validateObjectName(name);
    const p = path.join(this.root, ...name.split("/"));
    if (p !== this.root && !p.startsWith(this.root + path.sep)) throw new ObjectNotFoundError(name);
    return p;
  }

  private notFound(name: string, e: unknown): unknown {
    return isNotFoundCode(e) ? new ObjectNotFoundError(name, { cause: e }) : e;
  }

  async iter(dir: string, fn: IterFn, opts: IterOptions = {}): Promise<void> {
    const prefix = normalizeDir(dir);
    const abs = prefix === "" ? this.root : path.join(this.root, ...prefix.slice(0, -1).split("/"));
    if (opts.recursive) {
      for (const n of await this.walk(abs, prefix)) await fn(n);
      return;
    }
    const entries = await this.readDir(abs);
    const names: string[] = [];
    for (const e of entries) {
      if (prefix === "" && e.name === TMP_DIR) continue;
      const full = path.join(abs, e.name);
      const kind = await this.kindOf(e, full);
      if (kind === "dir") {
        if (await this.hasObjects(full)) names.push(`${prefix}${e.name}/`);
      } else if (kind === "file") names.push(prefix + e.name);
    }
    names.sort();
    for (const n of names) await fn(n);
  }

  private async readDir(abs: string) {
    try {
      return await fs.readdir(abs, { withFileTypes: true });
    } catch (e) {
      if (isNotFoundCode(e)) return [];
      throw e;
    }
  }

  private async kindOf(
    e: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean },
    full: string,
  ) {
    if (e.isDirectory()) return "dir";
    if (e.isFile()) return "file";
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
      } catch {
        return "other";
      }
    }
    return "other";
  }

  /** True when the directory holds at least one file somewhere below it. */
  private async hasObjects(abs: string): Promise<boolean> {
    for (const e of await this.readDir(abs)) {
      const full = path.join(abs, e.name);
      const kind = await this.kindOf(e, full);
      if (kind === "file") return true;
      if (kind === "dir" && (await this.hasObjects(full))) return true;
    }
    return false;
  }

  private async walk(abs: string, prefix: string): Promise<string[]> {
    const out: string[] = [];
    for (const e of await this.readDir(abs)) {
      if (abs === this.root && e.name === TMP_DIR) continue;
      const full = path.join(abs, e.name);
      const kind = await this.kindOf(e, full);
      if (kind === "dir") out.push(...(await this.walk(full, `${prefix}${e.name}/`)));
      else if (kind === "file") out.push(prefix + e.name);
    }
    return out.sort();
  }

  async get(name: string): Promise<Buffer> {
    const p = this.pathOf(name);
    try {
      return await fs.readFile(p);
    } catch (e) {
      throw this.notFound(name, e);
    }
  }

  async getStream(name: string, off = 0, length = -1): Promise<Readable> {
    const p = this.pathOf(name);
    let size: number;
    try {
      const st = await fs.stat(p);
      if (!st.isFile()) throw new ObjectNotFoundError(name);
      size = st.size;
    } catch (e) {
      throw isObjectNotFoundError(e) ? e : this.notFound(name, e);
    }
    if (off < 0) throw new Error(`invalid range offset ${off}`);
    const end = length < 0 ? size : Math.min(size, off + length);
    if (off >= end) return Readable.from([]);
    return createReadStream(p, { start: off, end: end - 1 });
  }

  async getRange(name: string, off: number, length: number): Promise<Buffer> {
    if (off < 0) throw new Error(`invalid range offset ${off}`);
    const p = this.pathOf(name);
    let fh: fs.FileHandle;
    try {
      fh = await fs.open(p, "r");
    } catch (e) {
      throw this.notFound(name, e);
    }
    try {
      const st = await fh.stat();
      if (!st.isFile()) throw new ObjectNotFoundError(name);
      const end = length < 0 ? st.size : Math.min(st.size, off + length);
      if (off >= end) return Buffer.alloc(0);
      const buf = Buffer.allocUnsafe(end - off);
      let done = 0;
      while (done < buf.length) {
        const { bytesRead } = await fh.read(buf, done, buf.length - done, off + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === buf.length ? buf : buf.subarray(0, done);
    } catch (e) {
      throw isObjectNotFoundError(e) ? e : this.notFound(name, e);
    } finally {
      await fh.close();
    }
  }

  async exists(name: string): Promise<boolean> {
    const p = this.pathOf(name);
    try {
      return (await fs.stat(p)).isFile();
    } catch (e) {
      if (isNotFoundCode(e)) return false;
      throw e;
    }
  }

  async attributes(name: string): Promise<ObjectAttributes> {
    const p = this.pathOf(name);
    try {
      const st = await fs.stat(p);
      if (!st.isFile()) throw new ObjectNotFoundError(name);
      return { size: st.size, lastModified: st.mtime };
    } catch (e) {
      throw isObjectNotFoundError(e) ? e : this.notFound(name, e);
    }
  }

  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    const p = this.pathOf(name);
    const tmpDir = path.join(this.root, TMP_DIR);
    // Absolute (root is resolved at construction), so a recursive mkdir cannot loop.
    await fs.mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${randomBytes(8).toString("hex")}-${path.basename(p)}`);
    try {
      if (body instanceof Readable) {
        await pipeline(body, createWriteStream(tmp, { flags: "wx" }));
        const fh = await fs.open(tmp, "r+");
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
      } else {
        const fh = await fs.open(tmp, "wx");
        try {
          await fh.writeFile(body);
          await fh.sync();
        } finally {
          await fh.close();
        }
      }
      // A concurrent delete may remove the (then empty) parents while mkdir creates them or
      // between mkdir and rename: both then fail with ENOENT and are retried.
      for (let attempt = 0; ; attempt++) {
        try {
          await fs.mkdir(path.dirname(p), { recursive: true });
          await fs.rename(tmp, p);
          break;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== "ENOENT" || attempt >= 5) throw e;
        }
      }
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }

  async delete(name: string): Promise<void> {
    const p = this.pathOf(name);
    try {
      const st = await fs.stat(p);
      if (!st.isFile()) throw new ObjectNotFoundError(name);
      await fs.unlink(p);
    } catch (e) {
      throw isObjectNotFoundError(e) ? e : this.notFound(name, e);
    }
    // Remove empty parent directories up to (not including) the root.
    let dir = path.dirname(p);
    while (dir !== this.root && dir.startsWith(this.root + path.sep)) {
      try {
        await fs.rmdir(dir);
      } catch {
        break; // not empty, or already gone
      }
      dir = path.dirname(dir);
    }
  }

  isObjNotFoundErr(e: unknown): boolean {
    return isObjectNotFoundError(e);
  }

  async close(): Promise<void> {}
}
