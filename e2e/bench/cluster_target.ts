/**
 * The microservices topology as a benchmark target: distributors and three ingesters in zones
 * a/b/c with RF 3 (zone-aware), separate processes on 127.0.0.1 joined over memberlist (the
 * e2e TestCluster), limits lifted as for the monolithic target. Writes go to the distributors
 * in turn; every process is reported so the benchmark can sum the whole cluster's CPU.
 */
import process from "node:process";
import { TestCluster } from "../cluster/cluster.ts";
import { waitFor } from "../harness.ts";
import type { BenchTarget } from "./targets.ts";

const LIMITS_LIFTED = [
  "-auth.multitenancy-enabled=false",
  "-distributor.ingestion-rate-limit=1000000000",
  "-distributor.ingestion-burst-size=1000000000",
  "-ingester.max-global-series-per-user=0",
  "-log.level=warn",
];

/**
 * Node options for the distributor processes only, from the environment variable
 * BENCH_DISTRIBUTOR_NODE_OPTIONS (opt-in profiling, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`;
 * the profile is written when the process exits at the end of each run).
 */
function distributorEnv(): Record<string, string> | undefined {
  const opts = process.env.BENCH_DISTRIBUTOR_NODE_OPTIONS;
  return opts ? { NODE_OPTIONS: opts } : undefined;
}

export async function startMicroservicesTarget(opts: {
  distributors: number;
}): Promise<BenchTarget> {
  const cluster = new TestCluster([
    ...LIMITS_LIFTED,
    "-ingester.ring.replication-factor=3",
    "-ingester.ring.zone-awareness-enabled=true",
    // A 2-core machine shared with 3 ingesters can take longer than Mimir's 2s for a push of new
    // series; the benchmark measures CPU per sample, not latency.
    "-distributor.remote-timeout=30s",
  ]);
  const distributors = Array.from({ length: opts.distributors }, (_, i) => `distributor-${i + 1}`);
  try {
    await cluster.startAll([
      ...["a", "b", "c"].map((z) => ({ name: `ingester-${z}`, target: "ingester", zone: z })),
      ...distributors.map((name) => ({ name, target: "distributor", env: distributorEnv() })),
    ]);
    // Every distributor sees the three ingesters ACTIVE before the first push.
    await waitFor(
      "three ACTIVE ingesters in every distributor's ring",
      async () => {
        for (const d of distributors) {
          const res = await fetch(`${cluster.node(d).url}/ingester/ring`, {
            headers: { accept: "application/json" },
          });
          const { shards } = (await res.json()) as { shards: { state: string }[] };
          if (shards.filter((s) => s.state === "ACTIVE").length !== 3) return undefined;
        }
        return true;
      },
      30_000,
    );
  } catch (e) {
    await cluster.stopAll();
    throw e;
  }
  const first = cluster.node(distributors[0]!);
  const pids = [...cluster.nodes.values()].map((n) => n.proc.proc.pid!);
  return {
    name: "mimir-ts microservices",
    pid: first.proc.proc.pid!,
    pids,
    distributorPids: distributors.map((d) => cluster.node(d).proc.proc.pid!),
    writeUrl: `${first.url}/api/v1/push`,
    writeUrls: distributors.map((d) => `${cluster.node(d).url}/api/v1/push`),
    queryBase: `${first.url}/prometheus`,
    headers: {},
    proc: first.proc,
    stop: () => cluster.stopAll(),
  };
}
