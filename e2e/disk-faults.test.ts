/**
 * Faults on one machine: the data directory of a running mimir-ts (`-target=all`) is deleted
 * (together with its working directory, the case that used to spin in a recursive mkdir), or
 * made read-only by a read-only bind mount in the process's private mount namespace. Either
 * way pushes fail with a 500 that names the cause, the failure is counted in a metric, the
 * process does not spin (CPU over a few seconds stays low), and SIGTERM stops it cleanly within
 * its graceful shutdown timeout.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cpuSeconds } from "./bench/procstat.ts";
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "./bench/remotewrite.ts";
import {
  freePort,
  MIMIR_BIN,
  type MimirProcess,
  NODE,
  type RunningProcess,
  startMimir,
  startProcess,
  tempDir,
  waitFor,
  waitReady,
} from "./harness.ts";

/** Graceful shutdown timeout given to the processes, ms. */
const GRACEFUL_MS = 10_000;
/** The CPU share (of one core) a process with a broken disk may use while pushes fail. */
const MAX_CPU_SHARE = 0.2;

const COMMON_ARGS = [
  `-server.graceful-shutdown-timeout=${GRACEFUL_MS / 1000}s`,
  // Small WAL segments, so an existing tenant soon needs a new segment file.
  "-blocks-storage.tsdb.wal-segment-size-bytes=32768",
];

type Target = { url: string; proc: RunningProcess["proc"]; output: () => string };

let sampleTime = Date.now();
function body(series: number, name = "disk_fault_test"): Buffer {
  sampleTime += 1000;
  return buildRemoteWriteBody(
    Array.from({ length: series }, (_, i) => ({
      labels: [
        ["__name__", name],
        ["i", String(i)],
        ["pad", "x".repeat(40)],
      ] as [string, string][],
      samples: [[sampleTime, i] as [number, number]],
    })),
  );
}

async function push(
  m: Target,
  tenant: string,
  payload: Buffer,
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${m.url}/api/v1/push`, {
    method: "POST",
    headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": tenant },
    body: payload,
  });
  return { status: res.status, text: await res.text() };
}

async function metric(m: Target, name: string): Promise<number> {
  const text = await (await fetch(`${m.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line === undefined ? Number.NaN : Number(line.slice(line.lastIndexOf(" ") + 1));
}

/** Pushes `payload` every 200ms until the answer is a 5xx; returns it. */
async function pushUntil5xx(
  m: Target,
  tenant: string,
  payload: () => Buffer,
): Promise<{ status: number; text: string }> {
  return waitFor(
    `a 5xx push answer for tenant ${tenant}`,
    async () => {
      const r = await push(m, tenant, payload());
      return r.status >= 500 ? r : undefined;
    },
    15_000,
    200,
  );
}

/** CPU share of one core used by pid over `ms`, while pushes keep failing every 100ms. */
async function cpuShareWhileFailing(m: Target, tenant: string, ms: number): Promise<number> {
  const pid = m.proc.pid as number;
  const c0 = cpuSeconds(pid);
  const t0 = process.hrtime.bigint();
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await push(m, tenant, body(10));
    await new Promise((r) => setTimeout(r, 100));
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  return (cpuSeconds(pid) - c0) / wall;
}

/** Sends SIGTERM; resolves with [exit code or signal, ms taken]. */
async function sigterm(p: RunningProcess): Promise<[number | string, number]> {
  const start = Date.now();
  p.proc.kill("SIGTERM");
  const timeout = new Promise<string>((r) =>
    setTimeout(() => r("timeout"), GRACEFUL_MS + 5000).unref(),
  );
  const code = await Promise.race([p.exited, timeout]);
  if (code === "timeout") p.proc.kill("SIGKILL");
  return [code, Date.now() - start];
}

function canUseMountNamespaces(): boolean {
  const probe = tempDir("mimir-ts-ro-probe-");
  const r = spawnSync("unshare", [
    "-m",
    "--propagation",
    "private",
    "sh",
    "-c",
    `mount --bind ${probe} ${probe} && mount -o remount,ro,bind ${probe}`,
  ]);
  rmSync(probe, { recursive: true, force: true });
  return r.status === 0;
}

describe("disk faults on one machine", { timeout: 120_000 }, () => {
  it("data and working directory deleted: 500 naming the deleted WAL, counted, no spin, clean SIGTERM", async (t) => {
    const cwd = tempDir("mimir-ts-deleted-");
    // Relative default directories (./data/...) under a working directory that is then deleted.
    let m: MimirProcess | undefined = await startMimir(COMMON_ARGS, { cwd });
    try {
      await waitReady(m, 30_000);
      assert.equal((await push(m, "t1", body(10))).status, 200);
      assert.ok(
        existsSync(join(cwd, "data", "tsdb", "t1", "wal")),
        "the WAL is under the working directory",
      );
      rmSync(cwd, { recursive: true, force: true });

      const failed = await pushUntil5xx(m, "t1", () => body(10));
      assert.equal(failed.status, 500, failed.text);
      assert.match(failed.text, /WAL segment .*data\/tsdb\/t1\/wal\/\d{8} was deleted/);
      assert.ok((await metric(m, "cortex_ingester_tsdb_wal_writes_failed_total")) >= 1);
      t.diagnostic(`push answer: ${failed.status} ${failed.text.trim()}`);
      // A new tenant needs new directories under the deleted working directory: this used to
      // spin in Node's recursive mkdir. Now it answers (the directories are absolute).
      const fresh = await fetch(`${m.url}/api/v1/push`, {
        method: "POST",
        headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": "t3" },
        body: body(10),
        signal: AbortSignal.timeout(5000),
      });
      assert.ok(
        fresh.status === 200 || fresh.status === 500,
        `${fresh.status} ${await fresh.text()}`,
      );

      const share = await cpuShareWhileFailing(m, "t1", 3000);
      t.diagnostic(`CPU share over 3s with failing pushes: ${share.toFixed(3)}`);
      assert.ok(
        share < MAX_CPU_SHARE,
        `CPU share ${share.toFixed(2)} while the data directory is gone`,
      );
      // One WAL error line for the failure, not one per push.
      const walErrors = m
        .output()
        .split("\n")
        .filter((l) => l.includes("failed to write to the TSDB WAL")).length;
      assert.equal(walErrors, 1, m.output());

      const [code, took] = await sigterm(m);
      assert.equal(code, 0, m.output());
      assert.ok(took < GRACEFUL_MS, `stopped in ${took}ms`);
      t.diagnostic(`stopped ${took}ms after SIGTERM`);
      m = undefined;
    } finally {
      m?.proc.kill("SIGKILL");
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("data directory made read-only: EROFS in the 500s, counted, no spin, clean SIGTERM", {
    skip: canUseMountNamespaces() ? false : "needs root and mount namespaces (unshare -m)",
  }, async (t) => {
    const cwd = tempDir("mimir-ts-readonly-");
    const data = join(cwd, "data");
    mkdirSync(data);
    const httpPort = await freePort();
    const grpcPort = await freePort();
    // In a private mount namespace of its own (unshare execs node: same PID), so that the
    // read-only mount below is seen by this process only and vanishes with it.
    const p = startProcess(
      "unshare",
      [
        "-m",
        "--propagation",
        "private",
        NODE,
        MIMIR_BIN,
        "-server.http-listen-address=127.0.0.1",
        `-server.http-listen-port=${httpPort}`,
        "-server.grpc-listen-address=127.0.0.1",
        `-server.grpc-listen-port=${grpcPort}`,
        ...COMMON_ARGS,
      ],
      { cwd },
    );
    const m: Target = { ...p, url: `http://127.0.0.1:${httpPort}` };
    let running = true;
    try {
      await waitReady(m, 30_000);
      assert.equal((await push(m, "t1", body(10))).status, 200);
      // A read-only bind mount of the data directory onto itself: already open files (the
      // WAL segment) stay writable, every new file or directory fails with EROFS.
      const mount = spawnSync(
        "nsenter",
        [
          "-t",
          String(p.proc.pid),
          "-m",
          "--",
          "sh",
          "-c",
          `mount --bind ${data} ${data} && mount -o remount,ro,bind ${data}`,
        ],
        {
          encoding: "utf8",
        },
      );
      assert.equal(mount.status, 0, mount.stderr);

      // A new tenant cannot get a TSDB directory.
      const newTenant = await push(m, "t2", body(10));
      assert.equal(newTenant.status, 500, newTenant.text);
      assert.match(newTenant.text, /read-only file system/);
      assert.ok((await metric(m, "cortex_ingester_tsdb_open_failures_total")) >= 1);
      // An existing tenant fails once its WAL needs a new segment file.
      const failed = await pushUntil5xx(m, "t1", () => body(300));
      assert.equal(failed.status, 500, failed.text);
      assert.match(
        failed.text,
        /create WAL segment: EROFS: read-only file system, open '.*t1\/wal\/\d{8}'/,
      );
      assert.ok((await metric(m, "cortex_ingester_tsdb_wal_writes_failed_total")) >= 1);
      t.diagnostic(`push answers: ${newTenant.text.trim()} | ${failed.text.trim()}`);

      const share = await cpuShareWhileFailing(m, "t1", 3000);
      t.diagnostic(`CPU share over 3s with failing pushes: ${share.toFixed(3)}`);
      assert.ok(
        share < MAX_CPU_SHARE,
        `CPU share ${share.toFixed(2)} while the data directory is read-only`,
      );

      const [code, took] = await sigterm(p);
      running = false;
      assert.equal(code, 0, p.output());
      assert.ok(took < GRACEFUL_MS, `stopped in ${took}ms`);
      t.diagnostic(`stopped ${took}ms after SIGTERM`);
    } finally {
      if (running) p.proc.kill("SIGKILL");
      await p.exited;
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
