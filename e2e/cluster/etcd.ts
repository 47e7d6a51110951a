/**
 * A single-member etcd server for cluster tests: `/usr/bin/etcd` (Debian's etcd-server) on free
 * loopback client and peer ports with its data in a temporary directory, removed on stop.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { freePort, type RunningProcess, startProcess, tempDir, waitFor } from "../harness.ts";

export const ETCD_BIN = "/usr/bin/etcd";

/** Why etcd tests cannot run here, or false when they can. */
export function etcdMissing(): string | false {
  return existsSync(ETCD_BIN)
    ? false
    : `etcd not found at ${ETCD_BIN}; install Debian's etcd-server to run this test`;
}

export interface EtcdServer {
  /** host:port of the client endpoint. */
  endpoint: string;
  proc: RunningProcess;
  stop(): Promise<void>;
}

export async function startEtcd(timeoutMs = 20_000): Promise<EtcdServer> {
  const dir = tempDir("mimir-ts-etcd-");
  const client = await freePort();
  const peer = await freePort();
  const proc = startProcess(ETCD_BIN, [
    "--name=e2e",
    `--data-dir=${join(dir, "data")}`,
    `--listen-client-urls=http://127.0.0.1:${client}`,
    `--advertise-client-urls=http://127.0.0.1:${client}`,
    `--listen-peer-urls=http://127.0.0.1:${peer}`,
    `--initial-advertise-peer-urls=http://127.0.0.1:${peer}`,
    `--initial-cluster=e2e=http://127.0.0.1:${peer}`,
    "--log-level=error",
  ]);
  const stop = async () => {
    if (proc.proc.exitCode === null && proc.proc.signalCode === null) proc.proc.kill("SIGTERM");
    await proc.exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      "etcd healthy",
      async () => {
        if (proc.proc.exitCode !== null)
          throw new Error(`etcd exited with ${proc.proc.exitCode}:\n${proc.output()}`);
        try {
          const res = await fetch(`http://127.0.0.1:${client}/health`);
          return res.status === 200 && ((await res.json()) as { health: string }).health === "true"
            ? true
            : undefined;
        } catch {
          return undefined;
        }
      },
      timeoutMs,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { endpoint: `127.0.0.1:${client}`, proc, stop };
}
