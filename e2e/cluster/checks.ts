/**
 * Scenarios and assertions shared by the cluster e2e tests: the standard microservices layout,
 * ring status pages read as JSON, and the zone-outage check (a writer pushes continuously while
 * one zone's ingester is SIGKILLed and restarted; no push fails and every acknowledged sample
 * is returned).
 */
import assert from "node:assert/strict";
import { waitFor } from "../harness.ts";
import type { NodeSpec, TestCluster } from "./cluster.ts";
import { ContinuousWriter, sampleCounts } from "./writer.ts";

/** RF 3 across zones for ingesters and store-gateways. */
export const ZONE_AWARE_RF3 = [
  "-ingester.ring.replication-factor=3",
  "-ingester.ring.zone-awareness-enabled=true",
  "-store-gateway.sharding-ring.replication-factor=3",
  "-store-gateway.sharding-ring.zone-awareness-enabled=true",
];

/** Series per push of the checks' writers. */
export const SERIES = 20;

/** 2 distributors, ingesters and store-gateways in zones a/b/c, a querier and a compactor. */
export const MICROSERVICES: NodeSpec[] = [
  { name: "distributor-1", target: "distributor" },
  { name: "distributor-2", target: "distributor" },
  { name: "ingester-a", target: "ingester", zone: "a" },
  { name: "ingester-b", target: "ingester", zone: "b" },
  { name: "ingester-c", target: "ingester", zone: "c" },
  { name: "querier", target: "querier" },
  { name: "store-gateway-a", target: "store-gateway", zone: "a" },
  { name: "store-gateway-b", target: "store-gateway", zone: "b" },
  { name: "store-gateway-c", target: "store-gateway", zone: "c" },
  { name: "compactor", target: "compactor" },
];

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Shard {
  id: string;
  /** The instance state, or "UNHEALTHY" when its heartbeat is older than the ring's timeout. */
  state: string;
  read_only: boolean;
  zone: string;
  address: string;
}

/** The instances a ring status page lists (its JSON form). */
export async function ringState(url: string, path: string): Promise<Shard[]> {
  const res = await fetch(`${url}${path}`, { headers: { accept: "application/json" } });
  return ((await res.json()) as { shards: Shard[] }).shards;
}

/** Every series has exactly the acknowledged samples. */
export async function assertAllAcked(
  querier: string,
  w: ContinuousWriter,
  metric: string,
  what: string,
): Promise<void> {
  const counts = await sampleCounts(querier, "t1", metric);
  assert.equal(counts.size, SERIES, `${what}: series returned`);
  for (const [s, n] of counts)
    assert.equal(n, w.acked.length, `${what}: samples of series ${s} (acked ${w.acked.length})`);
}

/** Kills zone c's ingester (or write process) under a continuous writer and restarts it. */
export async function zoneOutage(
  cluster: TestCluster,
  opts: { distributors: string[]; querier: string; zoneC: string; metric: string },
): Promise<void> {
  // Like a load balancer that follows readiness: a node is out while it is down or not yet ready.
  const out = new Set<string>();
  const w = new ContinuousWriter({
    tenant: "t1",
    metric: opts.metric,
    series: SERIES,
    intervalMs: 100,
    targets: () => opts.distributors.filter((d) => !out.has(d)).map((d) => cluster.node(d).url),
  });
  w.start();
  await sleep(1_500);
  out.add(opts.zoneC);
  await cluster.kill(opts.zoneC, "SIGKILL");
  await sleep(2_000);
  const querier = cluster.node(opts.querier).url;
  // While the zone is down: everything acknowledged so far is returned.
  const ackedSoFar = w.acked.length;
  const counts = await sampleCounts(querier, "t1", opts.metric);
  assert.equal(counts.size, SERIES);
  for (const n of counts.values()) assert.ok(n >= ackedSoFar, `zone down: ${n} < ${ackedSoFar}`);
  await cluster.restart(opts.zoneC);
  out.delete(opts.zoneC);
  await sleep(1_500);
  await w.stop();
  assert.deepEqual(w.failures, [], "no push failed");
  assert.ok(w.acked.length > 20, `pushes acknowledged: ${w.acked.length}`);
  await assertAllAcked(querier, w, opts.metric, "after the zone returned");
}

/** Waits until every named node sees `n` ACTIVE ingesters. */
export async function waitIngesterRing(
  cluster: TestCluster,
  viewers: string[],
  n = 3,
): Promise<void> {
  await waitFor(
    `${n} ACTIVE ingesters in every view`,
    async () => {
      for (const v of viewers) {
        const shards = await ringState(cluster.node(v).url, "/ingester/ring");
        if (shards.filter((s) => s.state === "ACTIVE").length !== n) return undefined;
      }
      return true;
    },
    30_000,
  );
}
