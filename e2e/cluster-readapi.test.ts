/**
 * The usage and cardinality APIs in a microservices cluster: the querier and distributor ask
 * the ingesters (zones a/b/c, RF 3) over gRPC (UserStats, AllUserStats, LabelNamesAndValues,
 * LabelValuesCardinality, ActiveSeries) and approximate the replicated counts as Mimir does.
 * The store-gateway and compactor start with their ring stability waits on.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "./bench/remotewrite.ts";
import { waitIngesterRing, ZONE_AWARE_RF3 } from "./cluster/checks.ts";
import { TestCluster } from "./cluster/cluster.ts";
import { waitFor } from "./harness.ts";

const WAITS = [
  "-store-gateway.sharding-ring.wait-stability-min-duration=2s",
  "-store-gateway.sharding-ring.wait-stability-max-duration=20s",
  "-compactor.ring.wait-stability-min-duration=2s",
  "-compactor.ring.wait-stability-max-duration=20s",
  "-compactor.ring.wait-active-instance-timeout=30s",
];

describe("usage and cardinality APIs over the ingester ring", { timeout: 180_000 }, () => {
  const cluster = new TestCluster([
    ...ZONE_AWARE_RF3.filter((a) => !a.startsWith("-store-gateway")),
    "-querier.cardinality-analysis-enabled=true",
    "-log.level=info",
    ...WAITS,
  ]);
  const H = { "X-Scope-OrgID": "card" };

  before(async () => {
    await cluster.startAll([
      { name: "distributor", target: "distributor" },
      { name: "ingester-a", target: "ingester", zone: "a" },
      { name: "ingester-b", target: "ingester", zone: "b" },
      { name: "ingester-c", target: "ingester", zone: "c" },
      { name: "querier", target: "querier" },
      { name: "store-gateway", target: "store-gateway" },
      { name: "compactor", target: "compactor" },
    ]);
    await waitIngesterRing(cluster, ["distributor", "querier"]);
    const now = Date.now();
    const series = ["1", "2", "3"].map((pod) => ({
      labels: [
        ["__name__", "card_metric"],
        ["job", pod === "3" ? "y" : "x"],
        ["pod", pod],
      ] as [string, string][],
      samples: [[now, 1]] as [number, number][],
    }));
    series.push({ labels: [["__name__", "card_other"]], samples: [[now, 2]] });
    // The first push opens each ingester's TSDB; on a loaded machine it may exceed the 2s
    // remote timeout, so it is retried (the same samples: duplicates are accepted).
    await waitFor(
      "a successful push",
      async () => {
        const res = await fetch(`${cluster.node("distributor").url}/api/v1/push`, {
          method: "POST",
          headers: { ...REMOTE_WRITE_HEADERS, ...H },
          body: buildRemoteWriteBody(series),
        });
        return res.status === 200 ? true : undefined;
      },
      30_000,
      500,
    );
  });
  after(() => cluster.stopAll());

  it("user_stats: 4 series, replicated 3 times, counted once", async () => {
    const res = await fetch(`${cluster.node("querier").url}/api/v1/user_stats`, { headers: H });
    assert.equal(res.status, 200);
    const s = (await res.json()) as { numSeries: number; ingestionRate: number };
    assert.equal(s.numSeries, 4);
  });

  it("cardinality label_names, label_values and active_series through gRPC", async () => {
    const q = cluster.node("querier").url;
    const ln = await fetch(`${q}/prometheus/api/v1/cardinality/label_names`, { headers: H });
    assert.deepEqual(await ln.json(), {
      label_values_count_total: 7,
      label_names_count: 3,
      cardinality: [
        { label_name: "pod", label_values_count: 3 },
        { label_name: "__name__", label_values_count: 2 },
        { label_name: "job", label_values_count: 2 },
      ],
    });
    const lv = await fetch(
      `${q}/prometheus/api/v1/cardinality/label_values?label_names[]=job&count_method=active`,
      { headers: H },
    );
    assert.deepEqual(await lv.json(), {
      series_count_total: 4,
      labels: [
        {
          label_name: "job",
          label_values_count: 2,
          series_count: 3,
          cardinality: [
            { label_value: "x", series_count: 2 },
            { label_value: "y", series_count: 1 },
          ],
        },
      ],
    });
    const as = await fetch(
      `${q}/prometheus/api/v1/cardinality/active_series?selector=${encodeURIComponent('{job="x"}')}`,
      { headers: H },
    );
    const data = ((await as.json()) as { data: Record<string, string>[] }).data;
    assert.deepEqual(data.map((d) => d.pod).sort(), ["1", "2"]);
  });

  it("all_user_stats on the distributor sums every ingester (not divided by RF)", async () => {
    const res = await fetch(`${cluster.node("distributor").url}/distributor/all_user_stats`, {
      headers: { accept: "application/json" },
    });
    const rows = (await res.json()) as { userID: string; numSeries: number }[];
    assert.deepEqual(
      rows.map((r) => [r.userID, r.numSeries]),
      [["card", 12]],
    );
  });

  it("store-gateway and compactor waited for a stable ring before starting", () => {
    const sg = cluster.node("store-gateway").proc.output();
    assert.match(sg, /waiting until store-gateway ring topology is stable/);
    assert.match(sg, /store-gateway ring topology is stable/);
    const c = cluster.node("compactor").proc.output();
    assert.match(c, /compactor is ACTIVE in the ring/);
    assert.match(c, /compactor ring topology is stable/);
  });
});
