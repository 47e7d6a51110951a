import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InMemoryKV } from "../ring/kv/inmemory.ts";
import { KVHAStore, ReplicaDescValue, replicaDescCodec } from "./hatracker_kv.ts";

const until = async (what: string, f: () => boolean) => {
  for (let i = 0; i < 100 && !f(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(f(), what);
};

describe("HA tracker state in a KV store", () => {
  it("an election made by one distributor is seen by the others", async () => {
    const kv = new InMemoryKV();
    const a = new KVHAStore(kv.client(replicaDescCodec));
    const b = new KVHAStore(kv.client(replicaDescCodec));
    await a.start();
    await b.start();
    try {
      a.set("t1", "prom", { replica: "r1", receivedAt: 1000, electedAt: 1000, electedChanges: 1 });
      await until("b sees r1", () => b.get("t1", "prom")?.replica === "r1");
      assert.equal(b.clusterCount("t1"), 1);
      assert.deepEqual(
        b.entries().map((e) => [e.tenant, e.cluster, e.desc.replica]),
        [["t1", "prom", "r1"]],
      );
      // A newer update from b wins everywhere; an older one from a does not overwrite it.
      b.set("t1", "prom", { replica: "r2", receivedAt: 5000, electedAt: 5000, electedChanges: 2 });
      await until("a sees r2", () => a.get("t1", "prom")?.replica === "r2");
      a.set("t1", "prom", { replica: "r1", receivedAt: 2000, electedAt: 1000, electedChanges: 1 });
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(b.get("t1", "prom")?.replica, "r2");
      a.delete("t1", "prom");
      await until("b sees the deletion", () => b.get("t1", "prom") === undefined);
    } finally {
      a.stop();
      b.stop();
    }
  });

  it("merges by latest receivedAt, commutatively", () => {
    const x = { replica: "r1", receivedAt: 10, electedAt: 1, electedChanges: 1 };
    const y = { replica: "r2", receivedAt: 20, electedAt: 15, electedChanges: 2 };
    const xy = new ReplicaDescValue(x);
    xy.merge(new ReplicaDescValue(y));
    const yx = new ReplicaDescValue(y);
    yx.merge(new ReplicaDescValue(x));
    assert.deepEqual(xy.desc, yx.desc);
    assert.equal(xy.desc.replica, "r2");
    assert.deepEqual(replicaDescCodec.decode(replicaDescCodec.encode(xy)).desc, xy.desc);
    assert.throws(
      () => replicaDescCodec.decode(new TextEncoder().encode("{}")),
      /invalid ReplicaDesc/,
    );
  });
});
