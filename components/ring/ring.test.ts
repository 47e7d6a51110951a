import assert from "node:assert/strict";
import { test } from "node:test";
import { type InstanceDesc, InstanceState, newInstance, RingDesc } from "./model.ts";
import { Read, Reporting, Write, WriteNoExtend } from "./operation.ts";
import { emptyReplicationSet } from "./replication_set.ts";
import { Ring, type RingConfig } from "./ring.ts";

const NOW = 1_800_000_000_000; // ms
const NOW_S = NOW / 1000;
const { LEAVING, PENDING, JOINING, LEFT } = InstanceState;

function inst(id: string, tokens: number[], p: Partial<InstanceDesc> = {}): InstanceDesc {
  return newInstance({
    id,
    addr: `${id}:9095`,
    tokens,
    timestamp: NOW_S,
    registeredTimestamp: NOW_S - 3600,
    ...p,
  });
}

function ring(instances: InstanceDesc[], cfg: Partial<RingConfig> = {}): Ring {
  const d = new RingDesc(new Map(instances.map((i) => [i.id, i])));
  return new Ring(
    { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: false, ...cfg },
    d,
  );
}

const ids = (rs: { instances: InstanceDesc[] }) => rs.instances.map((i) => i.id);

test("empty ring", () => {
  const r = ring([]);
  assert.throws(() => r.get(1, Write), /^RingError: empty ring$/);
  assert.throws(() => r.getAllHealthy(Read), /empty ring/);
  assert.throws(() => r.getReplicationSetForOperation(Read), /empty ring/);
});

// A:100 B:200 C:300 D:400
const four = (states: Partial<Record<string, Partial<InstanceDesc>>> = {}) =>
  ring([
    inst("A", [100], states.A),
    inst("B", [200], states.B),
    inst("C", [300], states.C),
    inst("D", [400], states.D),
  ]);

test("get walks clockwise from the first token greater than the key, wrapping", () => {
  const r = four();
  assert.deepEqual(ids(r.get(150, Write, undefined, NOW)), ["B", "C", "D"]);
  assert.deepEqual(ids(r.get(200, Write, undefined, NOW)), ["C", "D", "A"]); // token == key: next one
  assert.deepEqual(ids(r.get(400, Write, undefined, NOW)), ["A", "B", "C"]);
  assert.deepEqual(ids(r.get(0xffffffff, Write, undefined, NOW)), ["A", "B", "C"]);
  const rs = r.get(99, Write, undefined, NOW);
  assert.deepEqual(ids(rs), ["A", "B", "C"]);
  assert.equal(rs.maxErrors, 1); // RF 3: quorum 2
});

test("get reuses the caller's replication set", () => {
  const r = four();
  const buf = emptyReplicationSet();
  const arr = buf.instances;
  r.get(150, Write, buf, NOW);
  r.get(350, Write, buf, NOW);
  assert.equal(buf.instances, arr);
  assert.deepEqual(ids(buf), ["D", "A", "B"]);
});

test("write: JOINING, PENDING and LEAVING extend the set and are filtered out", () => {
  for (const s of [JOINING, PENDING, LEAVING]) {
    const rs = four({ B: { state: s } }).get(150, Write, undefined, NOW);
    // B, C, D, A collected (RF 3 + 1), B not healthy for writes: 3 healthy of quorum 4/2+1=3.
    assert.deepEqual(ids(rs), ["C", "D", "A"], `state ${s}`);
    assert.equal(rs.maxErrors, 0);
  }
});

test("write without extension", () => {
  const rs = four({ B: { state: JOINING } }).get(150, WriteNoExtend, undefined, NOW);
  assert.deepEqual(ids(rs), ["C", "D"]);
  assert.equal(rs.maxErrors, 0);
});

test("read: LEAVING is read from without extension, PENDING is read from and extends, JOINING extends and is skipped", () => {
  let rs = four({ B: { state: LEAVING } }).get(150, Read, undefined, NOW);
  assert.deepEqual(ids(rs), ["B", "C", "D"]);
  assert.equal(rs.maxErrors, 1);
  rs = four({ B: { state: PENDING } }).get(150, Read, undefined, NOW);
  assert.deepEqual(ids(rs), ["B", "C", "D", "A"]);
  assert.equal(rs.maxErrors, 1); // 4 healthy, quorum 3
  rs = four({ B: { state: JOINING } }).get(150, Read, undefined, NOW);
  assert.deepEqual(ids(rs), ["C", "D", "A"]);
  assert.equal(rs.maxErrors, 0);
});

test("LEFT instances own no tokens", () => {
  const rs = four({ B: { state: LEFT } }).get(150, Write, undefined, NOW);
  assert.deepEqual(ids(rs), ["C", "D", "A"]);
});

test("heartbeat timeout makes instances unhealthy; too few gives Mimir's error", () => {
  const stale = { timestamp: NOW_S - 61 };
  let rs = four({ C: stale }).get(150, Write, undefined, NOW);
  assert.deepEqual(ids(rs), ["B", "D"]);
  assert.equal(rs.maxErrors, 0);
  assert.throws(
    () => four({ C: stale, D: stale }).get(150, Write, undefined, NOW),
    (e: Error) =>
      e.message ===
      "at least 2 live replicas required, could only find 1 - unhealthy instances: C:9095,D:9095",
  );
  // Exactly at the timeout is still healthy; timeout 0 disables the check.
  rs = four({ C: { timestamp: NOW_S - 60 } }).get(150, Write, undefined, NOW);
  assert.equal(rs.instances.length, 3);
  const r0 = ring([inst("A", [1], stale), inst("B", [2], stale), inst("C", [3], stale)], {
    heartbeatTimeoutMs: 0,
  });
  assert.equal(r0.get(0, Write, undefined, NOW).instances.length, 3);
});

test("fewer instances than RF", () => {
  const r = ring([inst("A", [10]), inst("B", [20])]);
  const rs = r.get(0, Write, undefined, NOW);
  assert.deepEqual(ids(rs), ["A", "B"]);
  assert.equal(rs.maxErrors, 0); // quorum of RF 3 is 2
  assert.throws(
    () => ring([inst("A", [10]), inst("B", [20], { timestamp: 1 })]).get(0, Write, undefined, NOW),
    /^RingError: at least 2 live replicas required, could only find 1 - unhealthy instances: B:9095$/,
  );
});

// Zones a, b, c with two instances each: a1:10 b1:20 a2:30 c1:40 b2:50 c2:60.
function zoned(
  p: Partial<Record<string, Partial<InstanceDesc>>> = {},
  cfg: Partial<RingConfig> = {},
) {
  const mk = (id: string, t: number) => inst(id, [t], { zone: `zone-${id[0]}`, ...p[id] });
  return ring(
    [mk("a1", 10), mk("b1", 20), mk("a2", 30), mk("c1", 40), mk("b2", 50), mk("c2", 60)],
    { zoneAwarenessEnabled: true, ...cfg },
  );
}

test("zone-aware get takes at most one instance per zone", () => {
  const r = zoned();
  assert.deepEqual(ids(r.get(5, Write, undefined, NOW)), ["a1", "b1", "c1"]);
  assert.deepEqual(ids(r.get(25, Write, undefined, NOW)), ["a2", "c1", "b2"]);
  assert.deepEqual(ids(r.get(45, Read, undefined, NOW)), ["b2", "c2", "a1"]);
  // Without zone awareness the same ring gives the next three instances.
  assert.deepEqual(ids(zoned({}, { zoneAwarenessEnabled: false }).get(5, Write, undefined, NOW)), [
    "a1",
    "b1",
    "a2",
  ]);
});

test("zone-aware extension stays in the zone of the extending instance", () => {
  const rs = zoned({ a1: { state: JOINING } }).get(5, Write, undefined, NOW);
  // a1 extends (zone a still needs one), then b1, a2, c1; a1 filtered out.
  assert.deepEqual(ids(rs), ["b1", "a2", "c1"]);
  assert.equal(rs.maxErrors, 0);
});

test("zone-aware: a whole zone down still gives a write quorum; two zones down fail", () => {
  const stale = { timestamp: NOW_S - 3600 };
  const rs = zoned({ c1: stale, c2: stale }).get(5, Write, undefined, NOW);
  assert.deepEqual(ids(rs), ["a1", "b1"]);
  assert.equal(rs.maxErrors, 0);
  assert.throws(
    () => zoned({ c1: stale, c2: stale, b1: stale, b2: stale }).get(5, Write, undefined, NOW),
    (e: Error) =>
      e.message ===
      "at least 2 live replicas required across different availability zones, could only find 1 - unhealthy instances: b1:9095,c1:9095",
  );
});

test("zone-aware with fewer zones than RF", () => {
  const r = ring(
    [
      inst("a1", [10], { zone: "a" }),
      inst("b1", [20], { zone: "b" }),
      inst("a2", [30], { zone: "a" }),
    ],
    { zoneAwarenessEnabled: true },
  );
  assert.deepEqual(ids(r.get(5, Write, undefined, NOW)), ["a1", "b1"]);
});

test("getReplicationSetForOperation without zones: max(#instances, RF) - RF/2 healthy required", () => {
  const five = (p: Partial<Record<string, Partial<InstanceDesc>>>) =>
    ring(["A", "B", "C", "D", "E"].map((id, k) => inst(id, [k * 10], p[id])));
  let rs = five({});
  let set = rs.getReplicationSetForOperation(Read, NOW);
  assert.equal(set.instances.length, 5);
  assert.equal(set.maxErrors, 1); // 5 - (5 - 1)
  set = five({ B: { timestamp: 0 } }).getReplicationSetForOperation(Read, NOW);
  assert.deepEqual(ids(set), ["A", "C", "D", "E"]);
  assert.equal(set.maxErrors, 0);
  rs = five({ B: { timestamp: 0 }, C: { state: JOINING } });
  assert.throws(
    () => rs.getReplicationSetForOperation(Read, NOW),
    /^RingError: too many unhealthy instances in the ring$/,
  );
  // Reporting treats every state as healthy.
  assert.equal(rs.getReplicationSetForOperation(Reporting, NOW).instances.length, 4);
});

test("getReplicationSetForOperation zone-aware drops every instance of a failing zone", () => {
  let set = zoned().getReplicationSetForOperation(Read, NOW);
  assert.equal(set.instances.length, 6);
  assert.equal(set.maxUnavailableZones, 1);
  assert.equal(set.maxErrors, 0);
  assert.equal(set.zoneAwarenessEnabled, true);
  set = zoned({ b2: { state: JOINING } }).getReplicationSetForOperation(Read, NOW);
  assert.deepEqual(ids(set), ["a1", "a2", "c1", "c2"]);
  assert.equal(set.maxUnavailableZones, 0);
  assert.throws(
    () =>
      zoned({ b2: { state: JOINING }, c1: { timestamp: 0 } }).getReplicationSetForOperation(
        Read,
        NOW,
      ),
    /too many unhealthy instances in the ring/,
  );
  // Two zones and RF 3: min(2, 3)/2 = 1 zone may fail.
  const two = ring([inst("a1", [1], { zone: "a" }), inst("b1", [2], { zone: "b", timestamp: 0 })], {
    zoneAwarenessEnabled: true,
  });
  set = two.getReplicationSetForOperation(Read, NOW);
  assert.deepEqual(ids(set), ["a1"]);
  assert.equal(set.maxUnavailableZones, 0);
});

test("healthyInstancesCount counts ACTIVE instances with a fresh heartbeat", () => {
  assert.equal(four({ B: { state: JOINING }, C: { timestamp: 0 } }).healthyInstancesCount(NOW), 2);
});

test("getAllHealthy", () => {
  const set = four({ B: { state: JOINING }, C: { timestamp: 0 } }).getAllHealthy(Write, NOW);
  assert.deepEqual(ids(set), ["A", "D"]);
  assert.equal(set.maxErrors, 0);
});

test("token conflicts: LEAVING loses, otherwise the lower ID wins", () => {
  let r = ring([inst("A", [100]), inst("B", [100, 300]), inst("C", [200])], {
    replicationFactor: 1,
  });
  assert.deepEqual(ids(r.get(50, Write, undefined, NOW)), ["A"]);
  r = ring([inst("A", [100], { state: LEAVING }), inst("B", [100, 300]), inst("C", [200])], {
    replicationFactor: 1,
  });
  assert.deepEqual(ids(r.get(50, Write, undefined, NOW)), ["B"]);
});

test("setDesc keeps token tables on state-only changes and rebuilds on topology changes", () => {
  const r = four();
  const v = r.topologyVersion;
  const d = r.getDesc().clone();
  d.ingesters.get("B")!.state = LEAVING;
  r.setDesc(d);
  assert.equal(r.topologyVersion, v);
  assert.equal(r.getInstance("B").state, LEAVING);
  const d2 = d.clone();
  d2.ingesters.get("B")!.tokens = [250];
  r.setDesc(d2);
  assert.equal(r.topologyVersion, v + 1);
  assert.deepEqual(ids(r.get(210, Read, undefined, NOW)), ["B", "C", "D"]);
});

test("excluded zones are left out", () => {
  const r = zoned({}, { excludedZones: ["zone-b"] });
  assert.deepEqual(r.getZones(), ["zone-a", "zone-c"]);
  assert.equal(r.instancesCount(), 4);
});

test("ownership sums to 100% per zone", () => {
  const r = zoned();
  const own = r.ownership();
  let a = 0;
  for (const [id, pct] of own) if (id.startsWith("a")) a += pct;
  assert.ok(Math.abs(a - 100) < 1e-6);
});
