#!/usr/bin/env node
/**
 * The mimir-ts binary. Before loading anything else it makes sure V8 runs with a small young
 * generation (--max-semi-space-size=4 MiB): the ingester's data is long-lived, and the default
 * semi-spaces cost resident memory per process for little speed. The flag only works at start,
 * so the process replaces itself once (same PID) with the flag added; an explicit
 * --max-semi-space-size in the node options or NODE_OPTIONS wins.
 */
import process from "node:process";

const FLAG = "--max-semi-space-size";
const hasFlag = process.execArgv.some((a) => a.startsWith(FLAG)) || (process.env.NODE_OPTIONS ?? "").includes(FLAG);
if (!hasFlag && typeof process.execve === "function" && process.platform !== "win32") {
  process.execve(process.execPath, [process.execPath, `${FLAG}=4`, ...process.execArgv, ...process.argv.slice(1)], process.env);
}
await import("./run.ts");
