/**
 * Query-scheduler discovery through its ring (-query-scheduler.service-discovery-mode=ring):
 * a scheduler registers in the query-scheduler ring over memberlist; a `read` process (frontend
 * and querier) finds it there, the frontend enqueues and the querier pulls through it, and the
 * query is answered with the data written to a `write` process.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadDataset } from "./bench/dataset.ts";
import { TestCluster } from "./cluster/cluster.ts";
import { waitFor } from "./harness.ts";

const INTERVAL = 10_000;
const COMMON = [
  "-ingester.ring.replication-factor=1",
  "-distributor.ingestion-rate-limit=1000000000",
  "-distributor.ingestion-burst-size=1000000000",
  "-query-scheduler.service-discovery-mode=ring",
  "-query-scheduler.ring.store=memberlist",
  "-query-scheduler.ring.instance-addr=127.0.0.1",
  "-query-scheduler.ring.heartbeat-period=1s",
  "-log.level=warn",
];

describe("query-scheduler found through its ring", () => {
  const cluster = new TestCluster(COMMON);
  const end = Math.floor(Date.now() / INTERVAL) * INTERVAL;
  const start = end - 600_000;

  before(async () => {
    await cluster.startAll([
      { name: "write", target: "write" },
      { name: "scheduler", target: "query-scheduler" },
      { name: "read", target: "read" },
    ]);
    await loadDataset(
      `${cluster.node("write").url}/api/v1/push`,
      { "X-Scope-OrgID": "t1" },
      { sizes: [10], start, end, intervalMs: INTERVAL, sliceSamples: 60 },
    );
  });
  after(() => cluster.stopAll());

  it("answers queries through the scheduler", async () => {
    const ring = await (
      await fetch(`${cluster.node("scheduler").url}/query-scheduler/ring`)
    ).text();
    assert.match(ring, /ACTIVE<\/td><td>127\.0\.0\.1:\d+</);
    const body = await waitFor(
      "a query answered through the scheduler",
      async () => {
        const res = await fetch(
          `${cluster.node("read").url}/prometheus/api/v1/query?${new URLSearchParams({
            query: "sum(a_10)",
            time: String((end - 60_000) / 1000),
          })}`,
          { headers: { "X-Scope-OrgID": "t1" } },
        );
        const text = await res.text();
        return res.status === 200 && text.includes('"value"') ? text : undefined;
      },
      30_000,
      500,
    );
    assert.match(body, /"resultType":"vector"/);
    const metrics = await (await fetch(`${cluster.node("scheduler").url}/metrics`)).text();
    assert.match(metrics, /cortex_query_scheduler_queue_duration_seconds_count [1-9]/);
  });
});
