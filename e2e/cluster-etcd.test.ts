/**
 * The microservices cluster with every ring (ingester, distributor, store-gateway, compactor)
 * stored in a real etcd started by the test (`/usr/bin/etcd` on free loopback ports) instead of
 * memberlist: a whole zone's ingester is SIGKILLed under a continuous writer and no write or
 * query result is lost. Skipped when etcd is not installed.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  MICROSERVICES,
  ringState,
  waitIngesterRing,
  ZONE_AWARE_RF3,
  zoneOutage,
} from "./cluster/checks.ts";
import { TestCluster } from "./cluster/cluster.ts";
import { type EtcdServer, etcdMissing, startEtcd } from "./cluster/etcd.ts";

const skip = etcdMissing();

describe("microservices cluster with every ring in etcd", { skip, timeout: 110_000 }, () => {
  let etcd: EtcdServer | undefined;
  let cluster: TestCluster | undefined;
  before(async () => {
    etcd = await startEtcd();
    cluster = new TestCluster(ZONE_AWARE_RF3, { etcdEndpoints: [etcd.endpoint] });
    await cluster.startAll(MICROSERVICES);
    await waitIngesterRing(cluster, ["distributor-1", "distributor-2", "querier"]);
  });
  after(async () => {
    await cluster?.stopAll();
    await etcd?.stop();
  });

  it("keeps the rings in etcd, not in memberlist", async () => {
    const c = cluster!;
    // Every key under the ring prefix: the ingester, distributor, store-gateway and compactor rings.
    const etcdKeys = await fetch(`http://${etcd!.endpoint}/v3/kv/range`, {
      method: "POST",
      body: JSON.stringify({
        key: Buffer.from("\0").toString("base64"),
        range_end: Buffer.from("\0").toString("base64"),
        keys_only: true,
      }),
    });
    const keys = (((await etcdKeys.json()) as { kvs?: { key: string }[] }).kvs ?? [])
      .map((kv) => Buffer.from(kv.key, "base64").toString())
      .sort();
    assert.deepEqual(keys, [
      "collectors/compactor",
      "collectors/distributor",
      "collectors/ring",
      "collectors/store-gateway",
    ]);
    const sg = await ringState(c.node("querier").url, "/store-gateway/ring");
    assert.deepEqual(sg.map((s) => s.id).sort(), [
      "store-gateway-a",
      "store-gateway-b",
      "store-gateway-c",
    ]);
    const d = await ringState(c.node("distributor-1").url, "/distributor/ring");
    assert.deepEqual(d.map((s) => s.id).sort(), ["distributor-1", "distributor-2"]);
  });

  it("loses no write and no query result while a whole zone is down", async () => {
    await zoneOutage(cluster!, {
      distributors: ["distributor-1", "distributor-2"],
      querier: "querier",
      zoneC: "ingester-c",
      metric: "etcd_zone_test",
    });
  });
});
