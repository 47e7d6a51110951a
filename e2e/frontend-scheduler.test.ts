/**
 * The query-scheduler and the querier workers over gRPC:
 * - one process runs everything plus the query-scheduler, with the frontend and the querier
 *   both reaching the scheduler by its gRPC address (the frontend enqueues on FrontendLoop, the
 *   querier pulls on QuerierLoop and answers by FrontendForQuerier.QueryResult). Two tenants:
 *   one floods the scheduler and gets 429 past its outstanding limit, the other's query is still
 *   answered within a bound (round-robin between tenants, not FIFO);
 * - a query-frontend without a scheduler in one process and a querier in another that pulls
 *   from it (-querier.frontend-address) answer like the querier alone.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadDataset } from "./bench/dataset.ts";
import { freePort, type MimirProcess, startMimir, waitReady } from "./harness.ts";

const INTERVAL = 10_000;
const COMMON = [
  "-distributor.ingestion-rate-limit=1000000000",
  "-distributor.ingestion-burst-size=1000000000",
  "-ingester.max-global-series-per-user=0",
  "-ingester.ring.replication-factor=1",
  "-log.level=warn",
];

async function rangeQuery(
  m: MimirProcess,
  tenant: string,
  q: string,
  start: number,
  end: number,
  step: number,
): Promise<{ status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(
    `${m.url}/prometheus/api/v1/query_range?${new URLSearchParams({
      query: q,
      start: String(start / 1000),
      end: String(end / 1000),
      step: String(step / 1000),
    })}`,
    { headers: { "X-Scope-OrgID": tenant } },
  );
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t0 };
}

describe("query-scheduler: fairness between tenants and the outstanding limit", () => {
  let m: MimirProcess;
  const end = Math.floor(Date.now() / INTERVAL) * INTERVAL;
  const start = end - 3_600_000;
  const SLOW = "count_over_time(a_100[30m])";

  before(async () => {
    const grpcPort = await freePort();
    m = await startMimir(
      [
        ...COMMON,
        "-target=all,query-scheduler",
        `-query-frontend.scheduler-address=127.0.0.1:${grpcPort}`,
        `-querier.scheduler-address=127.0.0.1:${grpcPort}`,
        "-query-scheduler.max-outstanding-requests-per-tenant=4",
        "-querier.max-concurrent=1",
      ],
      { grpcPort },
    );
    await waitReady(m, 30_000);
    for (const tenant of ["flood", "calm"]) {
      await loadDataset(
        `${m.url}/api/v1/push`,
        { "X-Scope-OrgID": tenant },
        { sizes: [100], start, end, intervalMs: INTERVAL, sliceSamples: 60 },
      );
    }
  });

  after(async () => {
    await m?.stop();
  });

  it("answers 429 past the flooder's outstanding limit and keeps the other tenant's latency bounded", async (t) => {
    // Baseline: one slow query alone.
    const alone = await rangeQuery(m, "calm", SLOW, start, end, INTERVAL);
    assert.equal(alone.status, 200, alone.body);
    const flood = Array.from({ length: 16 }, () =>
      rangeQuery(m, "flood", SLOW, start, end, INTERVAL),
    );
    // Let the flood reach the queue, then ask as the other tenant.
    await new Promise((r) => setTimeout(r, 100));
    const calm = await rangeQuery(m, "calm", SLOW, start, end, INTERVAL);
    const floodResults = await Promise.all(flood);
    assert.equal(calm.status, 200, calm.body);
    const rejected = floodResults.filter((r) => r.status === 429);
    const answered = floodResults.filter((r) => r.status === 200);
    assert.ok(rejected.length > 0, "some flood queries are rejected");
    assert.ok(answered.length > 0, "the flood queries within the limit are answered");
    assert.equal(rejected.length + answered.length, floodResults.length);
    assert.equal(rejected[0].body, "too many outstanding requests");
    // With one querier worker and round-robin over tenants, the calm tenant waits for at most
    // the flooder's query in flight, not for its whole queue.
    const slowest = Math.max(...answered.map((r) => r.ms));
    assert.ok(
      calm.ms < slowest,
      `calm tenant took ${calm.ms.toFixed(0)}ms, the flood's last answer ${slowest.toFixed(0)}ms`,
    );
    assert.ok(
      calm.ms < 3 * alone.ms + 1_000,
      `calm tenant took ${calm.ms.toFixed(0)}ms under flood, ${alone.ms.toFixed(0)}ms alone`,
    );
    t.diagnostic(
      `alone ${alone.ms.toFixed(0)}ms; under flood: calm ${calm.ms.toFixed(0)}ms, flood ${answered.length} answered (last ${slowest.toFixed(0)}ms), ${rejected.length} rejected with 429`,
    );
    const metrics = await (await fetch(`${m.url}/metrics`)).text();
    assert.match(metrics, /cortex_query_scheduler_discarded_requests_total\{user="flood"\} [1-9]/);
  });
});

describe("querier pulling from a query-frontend over gRPC (no scheduler)", () => {
  let frontend: MimirProcess;
  let querier: MimirProcess;
  const end = Math.floor(Date.now() / INTERVAL) * INTERVAL;
  const start = end - 600_000;

  before(async () => {
    frontend = await startMimir([...COMMON, "-target=query-frontend"]);
    await waitReady(frontend, 30_000);
    querier = await startMimir([
      ...COMMON,
      "-target=querier,distributor,ingester",
      `-querier.frontend-address=127.0.0.1:${frontend.grpcPort}`,
    ]);
    await waitReady(querier, 30_000);
    await loadDataset(
      `${querier.url}/api/v1/push`,
      { "X-Scope-OrgID": "t1" },
      { sizes: [1, 10], start, end, intervalMs: INTERVAL, sliceSamples: 60 },
    );
  });

  after(async () => {
    await querier?.stop();
    await frontend?.stop();
  });

  it("answers queries and passes label requests through", async () => {
    const viaFrontend = await rangeQuery(frontend, "t1", "sum by (l)(a_10)", start, end, 30_000);
    assert.equal(viaFrontend.status, 200, viaFrontend.body);
    const labels = await fetch(`${frontend.url}/prometheus/api/v1/label/__name__/values`, {
      headers: { "X-Scope-OrgID": "t1" },
    });
    assert.equal(labels.status, 200);
    const names = (JSON.parse(await labels.text()) as { data: string[] }).data;
    assert.ok(names.includes("a_10"), names.join(","));
    const parsed = JSON.parse(viaFrontend.body) as { data: { result: unknown[] } };
    assert.equal(parsed.data.result.length, 10);
    // The querier answers on its own port too (as Mimir's does), with the same result.
    const direct = await rangeQuery(querier, "t1", "sum by (l)(a_10)", start, end, 30_000);
    assert.equal(direct.status, 200);
    assert.deepEqual(JSON.parse(direct.body), parsed);
    const bad = await rangeQuery(frontend, "t1", "sum(", start, end, 30_000);
    assert.equal(bad.status, 400);
    assert.match(bad.body, /"errorType":"bad_data"/);
  });
});
