import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ringDescCodec } from "./codec.ts";
import { InMemoryKV } from "./kv/inmemory.ts";
import { formatGoDuration, Lifecycler, type LifecyclerConfig } from "./lifecycler.ts";
import { InstanceState, newInstance, RingDesc } from "./model.ts";

function cfg(p: Partial<LifecyclerConfig> = {}): LifecyclerConfig {
  return {
    id: "ing-1",
    addr: "127.0.0.1:9095",
    zone: "zone-a",
    ringKey: "ring",
    ringName: "ingester",
    numTokens: 16,
    tokensFilePath: "",
    heartbeatPeriodMs: 0,
    heartbeatTimeoutMs: 60_000,
    autoForgetUnhealthyPeriods: 0,
    unregisterOnShutdown: true,
    minReadyDurationMs: 0,
    ...p,
  };
}

test("join goes PENDING -> JOINING -> ACTIVE with unique tokens; leave unregisters", async () => {
  const store = new InMemoryKV();
  const kv = store.client(ringDescCodec);
  const other = new RingDesc();
  other.addIngester("ing-0", "x", "zone-b", [1, 2, 3], InstanceState.ACTIVE, 1);
  await kv.cas("ring", () => other);
  const seen: number[] = [];
  const l = new Lifecycler(cfg(), kv, {
    delegate: {
      onJoining: async () => {
        const d = (await kv.get("ring"))!;
        seen.push(d.ingesters.get("ing-1")!.state);
      },
    },
  });
  await l.startAsync();
  assert.deepEqual(seen, [InstanceState.JOINING]);
  const d = (await kv.get("ring"))!;
  const me = d.ingesters.get("ing-1")!;
  assert.equal(me.state, InstanceState.ACTIVE);
  assert.equal(me.tokens.length, 16);
  assert.equal(me.zone, "zone-a");
  assert.ok(me.registeredTimestamp > 0);
  assert.ok(!me.tokens.some((t) => [1, 2, 3].includes(t)));
  await l.stopAsync();
  assert.equal(l.state(), "Terminated");
  assert.ok(!(await kv.get("ring"))!.ingesters.has("ing-1"));
  assert.ok((await kv.get("ring"))!.ingesters.has("ing-0"));
});

test("tokens file is written and reused; unregister-on-shutdown can be switched off at runtime", async () => {
  const dir = await mkdtemp(join(tmpdir(), "lifecycler-"));
  try {
    const path = join(dir, "tokens");
    const kv = new InMemoryKV().client(ringDescCodec);
    const l1 = new Lifecycler(cfg({ tokensFilePath: path }), kv);
    await l1.startAsync();
    const tokens = [...l1.getTokens()];
    assert.deepEqual(JSON.parse(await readFile(path, "utf8")), { tokens });
    l1.setUnregisterOnShutdown(false);
    await l1.stopAsync();
    assert.equal((await kv.get("ring"))!.ingesters.get("ing-1")!.state, InstanceState.LEAVING);
    const kv2 = new InMemoryKV().client(ringDescCodec);
    const l2 = new Lifecycler(cfg({ tokensFilePath: path }), kv2);
    await l2.startAsync();
    assert.deepEqual([...l2.getTokens()], tokens);
    await l2.stopAsync();
    // A file in Mimir's format with fewer tokens is topped up.
    await writeFile(path, '{"tokens":[5,1]}');
    const l3 = new Lifecycler(
      cfg({ tokensFilePath: path }),
      new InMemoryKV().client(ringDescCodec),
    );
    await l3.startAsync();
    assert.equal(l3.getTokens().length, 16);
    assert.ok(l3.getTokens().includes(1) && l3.getTokens().includes(5));
    await l3.stopAsync();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("heartbeat refreshes the timestamp and auto-forgets long-unhealthy instances", async () => {
  let now = 1_800_000_000_000;
  const kv = new InMemoryKV().client(ringDescCodec);
  const d = new RingDesc();
  d.ingesters.set("dead", newInstance({ id: "dead", timestamp: now / 1000 - 601, tokens: [7] }));
  d.ingesters.set("slow", newInstance({ id: "slow", timestamp: now / 1000 - 300, tokens: [8] }));
  await kv.cas("ring", () => d);
  const l = new Lifecycler(cfg({ autoForgetUnhealthyPeriods: 10 }), kv, { now: () => now });
  await l.startAsync();
  now += 15_000;
  await l.heartbeat();
  const r = (await kv.get("ring"))!;
  assert.equal(r.ingesters.get("ing-1")!.timestamp, now / 1000);
  assert.ok(!r.ingesters.has("dead"), "unhealthy for more than 10 x 1m");
  assert.ok(r.ingesters.has("slow"));
  await l.stopAsync();
});

test("heartbeats run every heartbeat period", async () => {
  const kv = new InMemoryKV().client(ringDescCodec);
  let now = 1_800_000_000_000;
  const l = new Lifecycler(cfg({ heartbeatPeriodMs: 20 }), kv, { now: () => now });
  await l.startAsync();
  try {
    now += 5000;
    const ts = async () => (await kv.get("ring"))!.ingesters.get("ing-1")!.timestamp;
    for (let i = 0; i < 200 && (await ts()) !== now / 1000; i++)
      await new Promise((r) => setTimeout(r, 10));
    assert.equal(await ts(), now / 1000);
  } finally {
    await l.stopAsync();
  }
});

test("read-only mode: set, idempotent without bumping the timestamp, cleared", async () => {
  let now = 1_800_000_000_000;
  const kv = new InMemoryKV().client(ringDescCodec);
  const l = new Lifecycler(cfg(), kv, { now: () => now });
  await l.startAsync();
  await l.changeReadOnlyState(true);
  const ts = now / 1000;
  now += 10_000;
  await l.changeReadOnlyState(true);
  let me = (await kv.get("ring"))!.ingesters.get("ing-1")!;
  assert.equal(me.readOnly, true);
  assert.equal(me.readOnlyUpdatedTimestamp, ts);
  await l.changeReadOnlyState(false);
  me = (await kv.get("ring"))!.ingesters.get("ing-1")!;
  assert.equal(me.readOnly, false);
  assert.equal(me.readOnlyUpdatedTimestamp, now / 1000);
  await l.stopAsync();
});

test("readiness: not ready before joining, then min_ready_duration with Mimir's text, then latched", async () => {
  let now = 1_800_000_000_000;
  const kv = new InMemoryKV().client(ringDescCodec);
  const l = new Lifecycler(cfg({ minReadyDurationMs: 15_000 }), kv, { now: () => now });
  assert.equal(await l.checkReady(), "this instance owns no tokens");
  await l.startAsync();
  assert.equal(await l.checkReady(), "waiting for 15s after being ready");
  now += 14_000;
  assert.equal(await l.checkReady(), "waiting for 15s after being ready");
  now += 1_000;
  assert.equal(await l.checkReady(), undefined);
  now += 3_600_000; // heartbeat now stale, but readiness latched
  assert.equal(await l.checkReady(), undefined);
  await l.stopAsync();
  const box: { l?: Lifecycler } = {};
  const l2: Lifecycler = new Lifecycler(cfg({ id: "ing-2" }), kv, {
    now: () => now,
    delegate: {
      onJoining: async (): Promise<void> => {
        assert.match((await box.l!.checkReady())!, /in state JOINING$/);
      },
    },
  });
  box.l = l2;
  await l2.startAsync();
  await l2.stopAsync();
});

test("Go duration format", () => {
  assert.equal(formatGoDuration(15_000), "15s");
  assert.equal(formatGoDuration(60_000), "1m0s");
  assert.equal(formatGoDuration(500), "500ms");
  assert.equal(formatGoDuration(3_723_000), "1h2m3s");
  assert.equal(formatGoDuration(1_500), "1.5s");
});

test("a re-registration within the second of its tombstone still wins the merge", async () => {
  const now = 1_800_000_000_000;
  const kv = new InMemoryKV().client(ringDescCodec);
  const d = new RingDesc();
  d.ingesters.set(
    "ing-1",
    newInstance({ id: "ing-1", state: InstanceState.LEFT, timestamp: now / 1000 }),
  );
  await kv.cas("ring", () => d);
  const l = new Lifecycler(cfg(), kv, { now: () => now });
  await l.startAsync();
  const me = (await kv.get("ring"))!.ingesters.get("ing-1")!;
  assert.equal(me.state, InstanceState.ACTIVE);
  assert.ok(me.timestamp > now / 1000);
  const merged = d.clone();
  merged.merge((await kv.get("ring"))!, false);
  assert.equal(merged.ingesters.get("ing-1")!.state, InstanceState.ACTIVE);
  await l.stopAsync();
});

test("illegal state changes are refused", async () => {
  const kv = new InMemoryKV().client(ringDescCodec);
  const l = new Lifecycler(cfg(), kv);
  await l.startAsync();
  await assert.rejects(
    l.changeState(InstanceState.PENDING),
    /changing instance state from ACTIVE -> PENDING is disallowed/,
  );
  await l.stopAsync();
});
