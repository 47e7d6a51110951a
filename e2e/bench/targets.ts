/**
 * Starting the systems a benchmark compares: mimir-ts (-target=all) and a real Prometheus with
 * its remote-write receiver, both on loopback free ports in temporary directories.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import {
  freePort,
  type RunningProcess,
  startMimir,
  startProcess,
  tempDir,
  waitReady,
} from "../harness.ts";

export interface BenchTarget {
  name: string;
  /** The server process (for a cluster: its first distributor). */
  pid: number;
  /** Every process of the system, when it has more than `pid` (a cluster). */
  pids?: number[];
  /** The distributor processes of a cluster, measured on their own. */
  distributorPids?: number[];
  /** Push URLs to use in turn, when there are several (a cluster's distributors). */
  writeUrls?: string[];
  writeUrl: string;
  queryBase: string;
  headers: Record<string, string>;
  proc: RunningProcess;
  stop(): Promise<void>;
}

export function hasPrometheus(): boolean {
  return spawnSync("prometheus", ["--version"], { encoding: "utf8" }).status === 0;
}

/**
 * Node options for the mimir-ts process only (opt-in, for profiling a benchmark), e.g.
 * `MIMIR_BENCH_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof"`; passed as its NODE_OPTIONS.
 */
function mimirNodeEnv(): Record<string, string> | undefined {
  const o = process.env.MIMIR_BENCH_NODE_OPTIONS;
  return o ? { NODE_OPTIONS: o } : undefined;
}

/** mimir-ts with limits lifted so a benchmark measures the data path, not the limiter. */
export async function startMimirTarget(extraArgs: string[] = []): Promise<BenchTarget> {
  const m = await startMimir(
    [
      "-auth.multitenancy-enabled=false",
      "-distributor.ingestion-rate-limit=1000000000",
      "-distributor.ingestion-burst-size=1000000000",
      "-ingester.max-global-series-per-user=0",
      "-ingester.ring.replication-factor=1",
      "-log.level=warn",
      ...extraArgs,
    ],
    { env: mimirNodeEnv() },
  );
  await waitReady(m, 30_000);
  return {
    name: "mimir-ts",
    pid: m.proc.pid!,
    writeUrl: `${m.url}/api/v1/push`,
    queryBase: `${m.url}/prometheus`,
    headers: {},
    proc: m,
    async stop() {
      await m.stop();
    },
  };
}

export async function startPrometheusTarget(extraArgs: string[] = []): Promise<BenchTarget> {
  const dir = tempDir("prom-bench-");
  const port = await freePort();
  const cfg = join(dir, "prometheus.yml");
  writeFileSync(cfg, "global:\n  scrape_interval: 1h\nscrape_configs: []\n");
  const p = startProcess("prometheus", [
    `--config.file=${cfg}`,
    `--storage.tsdb.path=${join(dir, "data")}`,
    `--web.listen-address=127.0.0.1:${port}`,
    "--web.enable-remote-write-receiver",
    "--log.level=warn",
    ...extraArgs,
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitReady({ url, output: p.output, proc: p.proc }, 30_000, "/-/ready");
  return {
    name: "prometheus",
    pid: p.proc.pid!,
    writeUrl: `${url}/api/v1/write`,
    queryBase: url,
    headers: {},
    proc: p,
    async stop() {
      p.proc.kill("SIGTERM");
      await p.exited;
    },
  };
}
