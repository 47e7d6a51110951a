/**
 * Scale-out end to end: separate processes on 127.0.0.1 joined over memberlist through one seed
 * address, ingesters replicated across zones a/b/c (RF 3). A writer pushes continuously while a
 * whole zone's ingester is SIGKILLed and restarted: no push fails and every acknowledged sample
 * is returned. Then the ingester lifecycle endpoints: read-only (downscale) and prepare-shutdown.
 * The same writer test runs in read-write mode (write/read/backend processes).
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  assertAllAcked,
  MICROSERVICES,
  ringState,
  SERIES,
  waitIngesterRing,
  ZONE_AWARE_RF3,
  zoneOutage,
} from "./cluster/checks.ts";
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "./bench/remotewrite.ts";
import { TestCluster } from "./cluster/cluster.ts";
import { ContinuousWriter, sampleCounts } from "./cluster/writer.ts";
import { waitFor } from "./harness.ts";

const COMMON = ZONE_AWARE_RF3;
const HA = [
  "-distributor.ha-tracker.enable=true",
  "-distributor.ha-tracker.store=memberlist",
  "-distributor.ha-tracker.enable-for-all-users=true",
];

describe("microservices cluster", { timeout: 240_000 }, () => {
  const cluster = new TestCluster(COMMON);
  before(async () => {
    // The distributors share the HA tracker's elections through memberlist.
    await cluster.startAll(
      MICROSERVICES.map((s) =>
        s.target === "distributor" ? { ...s, args: [...(s.args ?? []), ...HA] } : s,
      ),
    );
    // Every ingester is ACTIVE in every writer's and reader's view of the ring.
    await waitIngesterRing(cluster, ["distributor-1", "distributor-2", "querier"]);
  });
  after(() => cluster.stopAll());

  it("loses no write and no query result while a whole zone is down", async () => {
    await zoneOutage(cluster, {
      distributors: ["distributor-1", "distributor-2"],
      querier: "querier",
      zoneC: "ingester-c",
      metric: "zone_test",
    });
  });

  it("shows every instance on the ring pages, store-gateways in three zones", async () => {
    const sg = await ringState(cluster.node("querier").url, "/store-gateway/ring");
    assert.deepEqual(sg.map((s) => s.id).sort(), [
      "store-gateway-a",
      "store-gateway-b",
      "store-gateway-c",
    ]);
    const d = await ringState(cluster.node("distributor-2").url, "/distributor/ring");
    assert.deepEqual(d.map((s) => s.id).sort(), ["distributor-1", "distributor-2"]);
    const html = await (
      await fetch(`${cluster.node("ingester-a").url}/ingester/ring`, {
        headers: { accept: "text/html" },
      })
    ).text();
    assert.match(html, /ingester-b/);
  });

  it("the HA tracker's election made by one distributor holds at the other", async () => {
    const push = async (dist: string, replica: string) => {
      const body = buildRemoteWriteBody([
        {
          labels: [
            ["__name__", "ha_test"],
            ["__replica__", replica],
            ["cluster", "prom"],
          ],
          samples: [[Date.now(), 1]],
        },
      ]);
      const res = await fetch(`${cluster.node(dist).url}/api/v1/push`, {
        method: "POST",
        headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": "t-ha" },
        body,
      });
      await res.text();
      return res.status;
    };
    assert.equal(await push("distributor-1", "r1"), 200);
    // The other distributor learns the election through memberlist (its HA page shows it), then
    // rejects replica r2 with 202.
    await waitFor(
      "distributor-2 knows r1 is elected",
      async () => {
        const html = await (
          await fetch(`${cluster.node("distributor-2").url}/distributor/ha_tracker`)
        ).text();
        return html.includes("t-ha") && html.includes("r1") ? true : undefined;
      },
      10_000,
      100,
    );
    assert.equal(await push("distributor-2", "r2"), 202);
    assert.equal(await push("distributor-2", "r1"), 200);
  });

  it("a read-only ingester gets no new series but still answers queries; DELETE restores writes", async () => {
    const a = cluster.node("ingester-a").url;
    const res = await fetch(`${a}/ingester/prepare-instance-ring-downscale`, { method: "POST" });
    assert.equal(res.status, 200);
    assert.ok(((await res.json()) as { timestamp: number }).timestamp > 0);
    await waitFor(
      "ingester-a read-only in the distributors' ring",
      async () => {
        const all = await Promise.all(
          ["distributor-1", "distributor-2"].map((d) =>
            ringState(cluster.node(d).url, "/ingester/ring"),
          ),
        );
        return all.every((shards) => shards.find((s) => s.id === "ingester-a")?.read_only)
          ? true
          : undefined;
      },
      15_000,
    );
    const headSeries = async () =>
      ((await (await fetch(`${a}/ingester/tsdb/t1`)).json()) as { head: { numSeries: number } })
        .head.numSeries;
    const before = await headSeries();
    const w = new ContinuousWriter({
      tenant: "t1",
      metric: "readonly_test",
      series: SERIES,
      intervalMs: 50,
      targets: () => [cluster.node("distributor-1").url],
    });
    for (let i = 0; i < 5; i++) await w.pushOnce();
    assert.deepEqual(w.failures, []);
    assert.equal(await headSeries(), before, "the read-only ingester received no new series");
    // Reads still use it: with zone b down, a quorum needs ingester-a.
    await cluster.kill("ingester-b", "SIGKILL");
    try {
      await assertAllAcked(
        cluster.node("querier").url,
        w,
        "readonly_test",
        "zone b down, a read-only",
      );
    } finally {
      await cluster.restart("ingester-b");
    }
    const del = await fetch(`${a}/ingester/prepare-instance-ring-downscale`, { method: "DELETE" });
    assert.deepEqual(await del.json(), { timestamp: 0 });
    await waitFor(
      "ingester-a writable again",
      async () => {
        const shards = await ringState(cluster.node("distributor-1").url, "/ingester/ring");
        return shards.find((s) => s.id === "ingester-a")?.read_only === false ? true : undefined;
      },
      15_000,
    );
    const w2 = new ContinuousWriter({
      tenant: "t1",
      metric: "writable_again",
      series: SERIES,
      intervalMs: 50,
      targets: () => [cluster.node("distributor-1").url],
    });
    await w2.pushOnce();
    assert.equal(await headSeries(), before + SERIES);
  });

  it("after prepare-shutdown and SIGTERM an ingester flushes its blocks, leaves the ring, and nothing is lost", async () => {
    const c = cluster.node("ingester-c").url;
    assert.equal((await fetch(`${c}/ingester/prepare-shutdown`, { method: "POST" })).status, 204);
    assert.equal(await (await fetch(`${c}/ingester/prepare-shutdown`)).text(), "set");
    assert.equal(await cluster.kill("ingester-c", "SIGTERM"), 0);
    const shards = await ringState(cluster.node("ingester-a").url, "/ingester/ring");
    await waitFor(
      "ingester-c gone from the ring",
      async () => {
        const s = await ringState(cluster.node("distributor-1").url, "/ingester/ring");
        // Unregistered: removed, or a LEFT tombstone until memberlist forgets it.
        return s.some((x) => x.id === "ingester-c" && x.state !== "LEFT") ? undefined : true;
      },
      15_000,
    );
    assert.ok(shards.length >= 2);
    const tenantDir = join(cluster.bucketDir, "t1");
    assert.ok(
      existsSync(tenantDir) &&
        readdirSync(tenantDir).some((f) => existsSync(join(tenantDir, f, "meta.json"))),
      "ingester-c shipped a block",
    );
    const counts = await sampleCounts(cluster.node("querier").url, "t1", "zone_test");
    assert.equal(counts.size, SERIES);
  });
});

describe("read-write mode cluster", { timeout: 240_000 }, () => {
  const cluster = new TestCluster(COMMON);
  before(async () => {
    await cluster.startAll([
      { name: "write-a", target: "write", zone: "a" },
      { name: "write-b", target: "write", zone: "b" },
      { name: "write-c", target: "write", zone: "c" },
      { name: "read", target: "read" },
      {
        name: "backend",
        target: "backend",
        zone: "a",
        args: [
          "-store-gateway.sharding-ring.replication-factor=1",
          "-store-gateway.sharding-ring.zone-awareness-enabled=false",
        ],
      },
    ]);
    await waitIngesterRing(cluster, ["write-a", "write-b", "write-c", "read"]);
  });
  after(() => cluster.stopAll());

  it("loses no write and no query result while a whole zone is down", async () => {
    await zoneOutage(cluster, {
      distributors: ["write-a", "write-b", "write-c"],
      querier: "read",
      zoneC: "write-c",
      metric: "rw_zone_test",
    });
  });
});
