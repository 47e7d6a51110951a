import assert from "node:assert/strict";
import { test } from "node:test";
import { Registry } from "prom-client";
import { metricValue } from "../util/metrics.ts";
import { ringDescCodec } from "./codec.ts";
import { InMemoryKV } from "./kv/inmemory.ts";
import { Lifecycler } from "./lifecycler.ts";
import { Write } from "./operation.ts";
import { RingService } from "./ring_service.ts";

test("the ring client follows instances joining and leaving through the KV store", async () => {
  const store = new InMemoryKV();
  const kv = store.client(ringDescCodec);
  const registry = new Registry();
  const svc = new RingService(
    "ingester",
    { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: false },
    kv,
    "ring",
    registry,
  );
  await svc.startAsync();
  assert.throws(() => svc.ring.get(1, Write), /empty ring/);
  const mk = (id: string) =>
    new Lifecycler(
      {
        id,
        addr: `${id}:9095`,
        zone: "",
        ringKey: "ring",
        ringName: "ingester",
        numTokens: 64,
        tokensFilePath: "",
        heartbeatPeriodMs: 0,
        heartbeatTimeoutMs: 60_000,
        autoForgetUnhealthyPeriods: 0,
        unregisterOnShutdown: true,
        minReadyDurationMs: 0,
      },
      kv,
    );
  const ls = ["a", "b", "c"].map(mk);
  let updates = 0;
  svc.onUpdate(() => updates++);
  for (const l of ls) await l.startAsync();
  const until = async (f: () => boolean) => {
    for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(f());
  };
  await until(() => svc.ring.getInstances().filter((i) => i.state === 0).length === 3);
  assert.equal(svc.ring.get(12345, Write).instances.length, 3);
  assert.ok(updates > 0);
  assert.equal(
    await metricValue(registry, "ring_members", { name: "ingester", state: "ACTIVE" }),
    3,
  );
  assert.equal(await metricValue(registry, "ring_tokens_total", { name: "ingester" }), 192);
  svc.updateMetrics(Date.now() + 3_600_000);
  assert.equal(
    await metricValue(registry, "ring_members", { name: "ingester", state: "Unhealthy" }),
    3,
  );
  await ls[2]!.stopAsync();
  await until(() => svc.ring.instancesCount() === 2);
  assert.equal(svc.ring.get(12345, Write).instances.length, 2);
  await svc.stopAsync();
  for (const l of ls.slice(0, 2)) await l.stopAsync();
});
