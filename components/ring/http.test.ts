import assert from "node:assert/strict";
import { test } from "node:test";
import Fastify from "fastify";
import { ringDescCodec } from "./codec.ts";
import { registerRingPage, renderRingPage, ringPageData } from "./http.ts";
import { InMemoryKV } from "./kv/inmemory.ts";
import { InstanceState, newInstance, RingDesc } from "./model.ts";
import { Ring } from "./ring.ts";

const NOW = 1_800_000_000_000;
const NOW_S = NOW / 1000;

function desc(): RingDesc {
  const d = new RingDesc();
  d.ingesters.set(
    "ing-b",
    newInstance({
      id: "ing-b",
      addr: "10.0.0.2:9095",
      zone: "zone-b",
      state: InstanceState.ACTIVE,
      tokens: [0x80000000],
      timestamp: NOW_S - 5,
      registeredTimestamp: NOW_S - 3600,
    }),
  );
  d.ingesters.set(
    "ing-a",
    newInstance({
      id: "ing-a",
      addr: "10.0.0.1:9095",
      zone: "zone-a",
      state: InstanceState.LEAVING,
      tokens: [1],
      timestamp: NOW_S - 120,
      readOnly: true,
      readOnlyUpdatedTimestamp: NOW_S - 65,
    }),
  );
  d.ingesters.set(
    "<x>",
    newInstance({ id: "<x>", addr: "h", state: InstanceState.JOINING, timestamp: NOW_S }),
  );
  return d;
}

test("page data: sorted, UNHEALTHY past the heartbeat timeout, Go time formats", () => {
  const data = ringPageData(desc(), 60_000, NOW);
  assert.deepEqual(
    data.shards.map((s) => [s.id, s.state]),
    [
      ["<x>", "JOINING"],
      ["ing-a", "UNHEALTHY"],
      ["ing-b", "ACTIVE"],
    ],
  );
  const b = data.shards[2]!;
  assert.equal(b.timestamp, "2027-01-15T07:59:55Z");
  assert.equal(b.registered_timestamp, "2027-01-15T07:00:00Z");
  assert.equal(data.shards[1]!.registered_timestamp, "0001-01-01T00:00:00Z");
  assert.equal(data.shards[1]!.read_only, true);
});

test("HTML table: columns, escaping, ownership, Forget buttons, tokens toggle", () => {
  const html = renderRingPage(desc(), 60_000, { nowMs: NOW });
  for (const h of [
    "Instance ID",
    "Availability Zone",
    "State",
    "Address",
    "Registered At",
    "Read-Only",
    "Last Heartbeat",
    "Tokens",
    "Ownership",
  ])
    assert.ok(html.includes(`<th>${h}</th>`), h);
  assert.ok(html.includes("&lt;x&gt;"));
  assert.ok(!html.includes("<x>"));
  assert.ok(html.includes('<button name="forget" value="ing-b" type="submit">Forget</button>'));
  assert.ok(html.includes("2m0s ago (07:58:00)"));
  assert.ok(html.includes("1m5s ago"), "read-only since");
  assert.ok(html.includes("<td>100%</td>"), "alone in its zone: owns the whole ring");
  assert.ok(!html.includes("Tokens:<br/>"));
  assert.ok(
    renderRingPage(desc(), 60_000, { nowMs: NOW, showTokens: true }).includes(
      "Tokens:<br/>\n2147483648",
    ),
  );
});

test("fastify plugin: HTML, JSON and Forget", async () => {
  const store = new InMemoryKV();
  const kv = store.client(ringDescCodec);
  await kv.cas("ring", () => desc());
  const ring = new Ring({
    heartbeatTimeoutMs: 60_000,
    replicationFactor: 3,
    zoneAwarenessEnabled: false,
  });
  const app = Fastify();
  registerRingPage(app, "/ingester/ring", ring, kv);
  try {
    let res = await app.inject({ method: "GET", url: "/ingester/ring" });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers["content-type"] as string, /text\/html/);
    assert.ok(res.body.includes("ing-a"));
    res = await app.inject({
      method: "GET",
      url: "/ingester/ring",
      headers: { accept: "application/json" },
    });
    assert.deepEqual(
      res.json().shards.map((s: { id: string }) => s.id),
      ["<x>", "ing-a", "ing-b"],
    );
    res = await app.inject({
      method: "POST",
      url: "/ingester/ring",
      payload: "forget=ing-a",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, "#");
    assert.deepEqual([...(await kv.get("ring"))!.ingesters.keys()].sort(), ["<x>", "ing-b"]);
    await kv.delete("ring");
    res = await app.inject({
      method: "POST",
      url: "/ingester/ring",
      payload: "forget=ing-b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assert.equal(res.statusCode, 500);
    assert.equal(
      res.body,
      "error forgetting instance 'ing-b': found empty ring when trying to unregister\n",
    );
  } finally {
    await app.close();
  }
});
