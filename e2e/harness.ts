/**
 * Helpers for end-to-end tests that start real processes: free ports on 127.0.0.1, the
 * mimir-ts binary in a temporary working directory, and waiting for HTTP readiness.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPO_ROOT = new URL("..", import.meta.url).pathname;
export const NODE = process.execPath;
export const MIMIR_BIN = join(REPO_ROOT, "components/cmd/mimir.ts");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix = "mimir-ts-e2e-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunningProcess {
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  exited: Promise<number | string>;
}

export function startProcess(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): RunningProcess {
  const proc = spawn(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout?.on("data", (d) => {
    out += d.toString();
  });
  proc.stderr?.on("data", (d) => {
    out += d.toString();
  });
  const exited = new Promise<number | string>((resolve) => {
    proc.on("exit", (code, signal) => resolve(code ?? signal ?? -1));
  });
  return { proc, output: () => out, exited };
}

export interface MimirProcess extends RunningProcess {
  httpPort: number;
  grpcPort: number;
  url: string;
  cwd: string;
  stop(): Promise<number | string>;
}

/**
 * Starts the binary on free ports of `host` (default 127.0.0.1); extra args are appended.
 * `wrap` is a command prefix that execs the binary, e.g. `["ip", "netns", "exec", ns]` (it
 * must exec in place, so the child's pid is the binary's).
 */
export async function startMimir(
  args: string[] = [],
  opts: {
    cwd?: string;
    env?: Record<string, string>;
    httpPort?: number;
    grpcPort?: number;
    host?: string;
    wrap?: string[];
  } = {},
): Promise<MimirProcess> {
  const httpPort = opts.httpPort ?? (await freePort());
  const grpcPort = opts.grpcPort ?? (await freePort());
  const cwd = opts.cwd ?? tempDir();
  const host = opts.host ?? "127.0.0.1";
  const all = [
    MIMIR_BIN,
    `-server.http-listen-address=${host}`,
    `-server.http-listen-port=${httpPort}`,
    `-server.grpc-listen-address=${host}`,
    `-server.grpc-listen-port=${grpcPort}`,
    ...args,
  ];
  const wrap = opts.wrap ?? [];
  const p =
    wrap.length > 0
      ? startProcess(wrap[0]!, [...wrap.slice(1), NODE, ...all], { cwd, env: opts.env })
      : startProcess(NODE, all, { cwd, env: opts.env });
  return {
    ...p,
    httpPort,
    grpcPort,
    cwd,
    url: `http://${host}:${httpPort}`,
    async stop() {
      if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill("SIGTERM");
      return p.exited;
    },
  };
}

/** Polls until GET url answers 200, or throws after timeoutMs with the process output. */
export async function waitReady(
  m: { url: string; output: () => string; proc: ChildProcess },
  timeoutMs = 10_000,
  path = "/ready",
): Promise<number> {
  const start = Date.now();
  let last = "";
  while (Date.now() - start < timeoutMs) {
    if (m.proc.exitCode !== null)
      throw new Error(`process exited with ${m.proc.exitCode}:\n${m.output()}`);
    try {
      const res = await fetch(m.url + path);
      last = `${res.status} ${await res.text()}`;
      if (res.status === 200) return Date.now() - start;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready after ${timeoutMs}ms (last: ${last}):\n${m.output()}`);
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
