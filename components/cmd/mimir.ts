#!/usr/bin/env node
/**
 * The mimir-ts binary. Before loading anything else it sets V8 flags that cut resident memory
 * without capping it; they only work at start, so the process replaces itself once (same PID)
 * with them added. An explicit --max-semi-space-size in the node options or NODE_OPTIONS skips
 * the re-exec (it is the marker of the second image); an explicit --heap-growing-percent wins.
 * - --max-semi-space-size=4 (MiB): a small young generation. The ingester's data is long-lived,
 *   and the default semi-spaces cost resident memory per process for little speed.
 * - --heap-growing-percent=100: after a full GC the old generation may grow to twice the live
 *   data before the next one, instead of V8's dynamic factor of up to 4. Ingestion promotes
 *   request garbage to the old generation fast; with the dynamic factor it piled up to about 2.5x
 *   the live head. Ingest benchmark, 100k series: about -0.5 KiB RSS per series for about 10%
 *   fewer samples per CPU-second (more full GCs). It only sets when to collect, never a limit.
 *
 * It also turns on Node's module compile cache (NODE_COMPILE_CACHE, default
 * <tmpdir>/node-compile-cache; an explicit NODE_COMPILE_CACHE or NODE_DISABLE_COMPILE_CACHE wins).
 * The cache keeps the type-stripped JavaScript of our .ts modules and V8's code cache, keyed by
 * the source's hash, so a warm start never loads Node's TypeScript stripper (about 20 MB of
 * resident memory for the life of the process) and loads its modules about twice as fast. A cache that
 * cannot be written only costs that saving.
 */
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";

const SEMI_SPACE = "--max-semi-space-size";
const HEAP_GROWING = "--heap-growing-percent";
const given = (flag: string) =>
  process.execArgv.some((a) => a.startsWith(flag)) ||
  (process.env.NODE_OPTIONS ?? "").includes(flag);
if (!given(SEMI_SPACE) && typeof process.execve === "function" && process.platform !== "win32") {
  const v8Flags = [`${SEMI_SPACE}=4`, ...(given(HEAP_GROWING) ? [] : [`${HEAP_GROWING}=100`])];
  const env = { ...process.env };
  // Set for the new image so that this very file is read from the cache too.
  if (env.NODE_COMPILE_CACHE === undefined && env.NODE_DISABLE_COMPILE_CACHE === undefined)
    env.NODE_COMPILE_CACHE = join(tmpdir(), "node-compile-cache");
  process.execve(
    process.execPath,
    [process.execPath, ...v8Flags, ...process.execArgv, ...process.argv.slice(1)],
    env,
  );
}
// Without the re-exec (or when NODE_COMPILE_CACHE was given): the modules below still profit.
module.enableCompileCache?.();
await import("./run.ts");
