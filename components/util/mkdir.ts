/**
 * Directory creation that always terminates. Node's `mkdir(p, { recursive: true })` retries
 * forever when a relative path's working directory was deleted: creating `data` fails with
 * ENOENT, its parent `.` exists, so it tries `data` again, and so on (seen as a process spinning
 * at ~90% CPU that ignored SIGTERM). These helpers create each missing ancestor at most once,
 * from the nearest existing one down, so the number of mkdir calls is bounded by the path's depth;
 * any failure is thrown with its errno code (ENOENT, EACCES, EROFS, ENOSPC, ENOTDIR, EIO).
 *
 * Contract: `dir` should be absolute (config loading resolves every configured directory, see
 * util/config/paths.ts); a relative path still terminates, with ENOENT when the working directory is gone.
 */
import { mkdirSync, statSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

function notADirectory(dir: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`ENOTDIR: not a directory, mkdir '${dir}'`);
  err.code = "ENOTDIR";
  err.path = dir;
  return err;
}

/** Creates `dir` and its missing parents (synchronously); a no-op when it is a directory. */
export function makeDirSync(dir: string): void {
  try {
    mkdirSync(dir);
    return;
  } catch (e) {
    const code = errnoCode(e);
    if (code === "EEXIST") {
      if (!statSync(dir).isDirectory()) throw notADirectory(dir);
      return;
    }
    if (code !== "ENOENT") throw e;
    const parent = dirname(dir);
    if (parent === dir) throw e;
    makeDirSync(parent);
  }
  // The parent exists now; one more attempt, whose failure is final.
  try {
    mkdirSync(dir);
  } catch (e) {
    if (errnoCode(e) !== "EEXIST") throw e;
    if (!statSync(dir).isDirectory()) throw notADirectory(dir);
  }
}

/** Creates `dir` and its missing parents; a no-op when it is a directory. */
export async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (e) {
    const code = errnoCode(e);
    if (code === "EEXIST") {
      if (!(await stat(dir)).isDirectory()) throw notADirectory(dir);
      return;
    }
    if (code !== "ENOENT") throw e;
    const parent = dirname(dir);
    if (parent === dir) throw e;
    await makeDir(parent);
  }
  try {
    await mkdir(dir);
  } catch (e) {
    if (errnoCode(e) !== "EEXIST") throw e;
    if (!(await stat(dir)).isDirectory()) throw notADirectory(dir);
  }
}
