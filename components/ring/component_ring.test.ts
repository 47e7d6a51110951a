import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultsOf } from "../util/config/spec.ts";
import { newComponentRing } from "./component_ring.ts";
import { ringBlock } from "./config.ts";
import { InMemoryKV } from "./kv/inmemory.ts";
import { Write } from "./operation.ts";

test("a component ring: lifecycler registers under the ring's key and prefix, the client follows", async () => {
  const inmemory = new InMemoryKV();
  const values = defaultsOf(ringBlock("distributor.ring"));
  values.kvstore.store = "inmemory";
  values.instance_addr = "127.0.0.1";
  values.heartbeat_period = 0;
  const r = newComponentRing({
    name: "distributor",
    values,
    stores: { inmemory },
    register: true,
    grpcPort: 9095,
    host: "distributor-0",
    replicationFactor: 1,
    numTokens: 128,
  });
  assert.equal(r.key, "distributor");
  assert.equal(r.lifecycler!.cfg.autoForgetUnhealthyPeriods, 10);
  await r.client.startAsync();
  await r.lifecycler!.startAsync();
  assert.deepEqual([...inmemory.data.keys()], ["collectors/distributor"]);
  for (let i = 0; i < 100 && r.client.ring.healthyInstancesCount() !== 1; i++)
    await new Promise((res) => setTimeout(res, 5));
  assert.equal(r.client.ring.healthyInstancesCount(), 1);
  assert.equal(r.client.ring.get(42, Write).instances[0]!.addr, "127.0.0.1:9095");
  await r.lifecycler!.stopAsync();
  await r.client.stopAsync();
  const reader = newComponentRing({
    name: "ingester",
    values,
    stores: { inmemory },
    register: false,
    grpcPort: 9095,
  });
  assert.equal(reader.lifecycler, undefined);
  assert.equal(reader.key, "ring");
});
