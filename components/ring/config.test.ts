import assert from "node:assert/strict";
import { test } from "node:test";
import { loadBlock } from "../util/config/load.ts";
import { ringDescCodec } from "./codec.ts";
import { basicRingBlock, ringBlock } from "./config.ts";
import { newKVClient } from "./kv/factory.ts";
import { InMemoryKV } from "./kv/inmemory.ts";
import { RingDesc } from "./model.ts";

test("consul and multi are rejected with a clear error", () => {
  const block = { ring: basicRingBlock("ingester.ring") };
  assert.throws(
    () => loadBlock(block, { ring: { kvstore: { store: "consul" } } }),
    /the consul KV store is not supported; use memberlist or etcd/,
  );
  assert.throws(
    () => loadBlock(block, { ring: { kvstore: { store: "multi" } } }),
    /the multi KV store is not supported; use memberlist or etcd/,
  );
  const v = loadBlock(block, {
    ring: {
      kvstore: { store: "etcd", etcd: { endpoints: ["127.0.0.1:2379"], dial_timeout: "5s" } },
    },
  });
  assert.equal(v.ring.kvstore.store, "etcd");
  assert.deepEqual(v.ring.kvstore.etcd.endpoints, ["127.0.0.1:2379"]);
  assert.equal(v.ring.kvstore.etcd.dial_timeout, 5000);
  assert.equal(v.ring.kvstore.etcd.max_retries, 10);
  assert.equal(v.ring.kvstore.prefix, "collectors/");
});

test("ring blocks carry Mimir's flag names per ring", () => {
  const sg = ringBlock("store-gateway.sharding-ring", {
    replicationFactor: 3,
    numTokens: 512,
    autoForgetUnhealthyPeriods: 10,
    zoneAwareness: true,
    tokensFile: true,
  });
  assert.equal(sg.kvstore.store.flag, "store-gateway.sharding-ring.store");
  assert.equal(sg.kvstore.etcd.endpoints.flag, "store-gateway.sharding-ring.etcd.endpoints");
  assert.equal((sg as any).num_tokens.default, 512);
  assert.equal((sg as any).tokens_file_path.flag, "store-gateway.sharding-ring.tokens-file-path");
  const d = ringBlock("distributor.ring", { autoForgetUnhealthyPeriods: 10 });
  assert.equal(
    (d as any).auto_forget_unhealthy_periods.flag,
    "distributor.ring.auto-forget-unhealthy-periods",
  );
  assert.equal((d as any).replication_factor, undefined);
});

test("KV client factory: prefix, stores, errors", async () => {
  const inmemory = new InMemoryKV();
  const cfg = loadBlock({ kv: basicRingBlock("x.ring").kvstore }, { kv: { store: "inmemory" } }).kv;
  const c = newKVClient(cfg, ringDescCodec, { inmemory });
  await c.cas("ring", () => new RingDesc());
  assert.deepEqual([...inmemory.data.keys()], ["collectors/ring"]);
  assert.throws(
    () => newKVClient({ ...cfg, store: "memberlist" }, ringDescCodec, {}),
    /memberlist KV store is not initialised/,
  );
  assert.throws(
    () => newKVClient({ ...cfg, store: "consul" }, ringDescCodec, {}),
    /consul KV store is not supported/,
  );
});
