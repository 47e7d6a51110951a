import assert from "node:assert/strict";
import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { after, test } from "node:test";
import Fastify from "fastify";
import { Registry } from "prom-client";
import { metricValue } from "../../../util/metrics.ts";
import { defaultsOf } from "../../../util/config/spec.ts";
import { ringDescCodec } from "../../codec.ts";
import { memberlistBlock } from "../../config.ts";
import { Lifecycler } from "../../lifecycler.ts";
import { InstanceState, RingDesc } from "../../model.ts";
import { registerMemberlistPage } from "./http.ts";
import { type MemberlistConfig, MemberlistKV } from "./memberlist_kv.ts";
import { decodeFrame, encodeFrame, MsgType } from "./protocol.ts";
import { resolveJoinAddresses, splitHostPort } from "./resolve.ts";

function mlConfig(p: Partial<MemberlistConfig> = {}): MemberlistConfig {
  return {
    ...defaultsOf(memberlistBlock),
    bind_addr: ["127.0.0.1"],
    bind_port: 0,
    gossip_interval: 30,
    pull_push_interval: 300,
    leave_timeout: 1000,
    stream_timeout: 1000,
    min_join_backoff: 50,
    max_join_retries: 3,
    ...p,
  };
}

const started: { stopAsync(): Promise<void> }[] = [];
after(async () => {
  for (const s of started.reverse()) await s.stopAsync().catch(() => {});
});

async function node(p: Partial<MemberlistConfig> = {}, name = "") {
  const kv = new MemberlistKV(mlConfig({ node_name: name, ...p }), {
    deadTimeoutMs: 1500,
    tombstoneCheckIntervalMs: 200,
  });
  await kv.startAsync();
  started.push(kv);
  return kv;
}

async function eventually(
  what: string,
  f: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

const seed = (kv: MemberlistKV) => `127.0.0.1:${kv.advertiseAddress().port}`;

test("frames round-trip and carry the cluster label", () => {
  const f = encodeFrame({
    type: MsgType.GOSSIP,
    label: "prod",
    sender: { name: "a", host: "127.0.0.1", port: 7946, heartbeat: 3, left: false },
    members: [{ name: "b", host: "h", port: 1, heartbeat: 9, left: true }],
    pairs: [
      {
        key: "collectors/ring",
        value: Uint8Array.from([1, 2, 3]),
        codec: "ringDesc",
        deleted: false,
        updateTimeMillis: 1234,
      },
    ],
  });
  const m = decodeFrame(f);
  assert.equal(m.label, "prod");
  assert.equal(m.members[0]!.left, true);
  assert.deepEqual([...m.pairs[0]!.value], [1, 2, 3]);
  assert.throws(() => decodeFrame(Uint8Array.from([1, 2, 3, 4, 5, 6, 7])), /not a gossip frame/);
  // Compressed frames decode the same.
  const big = { ...m, pairs: [{ ...m.pairs[0]!, value: new Uint8Array(4096).fill(7) }] };
  const cf = encodeFrame(big, true);
  assert.ok(cf.length < 1000);
  assert.deepEqual(decodeFrame(cf).pairs[0]!.value, big.pairs[0]!.value);
});

test("join addresses: plain, dns+ and dnssrv+", async () => {
  assert.deepEqual(splitHostPort("host", 7946), { host: "host", port: 7946 });
  assert.deepEqual(splitHostPort("[::1]:80", 7946), { host: "::1", port: 80 });
  const resolver = {
    lookup: async (h: string) =>
      h === "svc" ? ["10.0.0.1", "10.0.0.2"] : h === "t1.svc" ? ["10.0.1.1"] : [],
    resolveSrv: async () => [{ name: "t1.svc", port: 7000 }],
  };
  const r = await resolveJoinAddresses(
    ["a:1", "dns+svc:7946", "dnssrv+_memberlist._tcp.svc", "dnssrvnoa+_m._tcp.svc", "a:99999"],
    7946,
    resolver,
  );
  assert.deepEqual(r.addrs, [
    { host: "a", port: 1 },
    { host: "10.0.0.1", port: 7946 },
    { host: "10.0.0.2", port: 7946 },
    { host: "10.0.1.1", port: 7000 },
    { host: "t1.svc", port: 7000 },
  ]);
  assert.deepEqual(r.errors, ["a:99999: invalid port in address a:99999"]);
});

test("several nodes converge on one ring; a leaving node becomes a tombstone everywhere, then expires", async () => {
  const a = await node({ left_ingesters_timeout: 2500 }, "a");
  const others = [];
  for (const n of ["b", "c", "d"])
    others.push(await node({ join_members: [seed(a)], left_ingesters_timeout: 2500 }, n));
  const nodes = [a, ...others];
  await eventually("membership", () => nodes.every((n) => n.aliveMembers().length === 4));

  const lifecyclers = nodes.map(
    (n, k) =>
      new Lifecycler(
        {
          id: `ingester-${k}`,
          addr: `127.0.0.1:${9000 + k}`,
          zone: `zone-${k % 3}`,
          ringKey: "collectors/ring",
          ringName: "ingester",
          numTokens: 32,
          tokensFilePath: "",
          heartbeatPeriodMs: 200,
          heartbeatTimeoutMs: 60_000,
          autoForgetUnhealthyPeriods: 0,
          unregisterOnShutdown: true,
          minReadyDurationMs: 0,
        },
        n.client(ringDescCodec),
      ),
  );
  await Promise.all(lifecyclers.map((l) => l.startAsync()));
  started.push(...lifecyclers);
  const clients = nodes.map((n) => n.client(ringDescCodec));
  const activeEverywhere = async (count: number) => {
    for (const c of clients) {
      const d = await c.get("collectors/ring");
      if (!d) return false;
      const active = [...d.ingesters.values()].filter(
        (i) => i.state === InstanceState.ACTIVE && i.tokens.length === 32,
      );
      if (active.length !== count) return false;
    }
    return true;
  };
  await eventually("all four ACTIVE on every node", () => activeEverywhere(4));

  // A watcher on node a sees the leave: the instance is gone from what clients see.
  const ac = new AbortController();
  let sawLeft = false;
  const watching = clients[0]!.watchKey("collectors/ring", ac.signal, (d: RingDesc | null) => {
    if (d && d.ingesters.size === 3 && !d.ingesters.has("ingester-3")) sawLeft = true;
    return true;
  });

  await lifecyclers[3]!.stopAsync();
  // Every store keeps a LEFT tombstone without tokens; clients never see it (dskit KV.get).
  const stored = (n: MemberlistKV) => n.getStoredValue("collectors/ring") as RingDesc | null;
  await eventually("tombstone everywhere", async () => {
    for (const n of nodes.slice(0, 3)) {
      const i = stored(n)?.ingesters.get("ingester-3");
      if (i?.state !== InstanceState.LEFT || i.tokens.length !== 0) return false;
    }
    return true;
  });
  for (const c of clients.slice(0, 3))
    assert.ok(!(await c.get("collectors/ring"))!.ingesters.has("ingester-3"));
  assert.ok(sawLeft);
  await nodes[3]!.stopAsync();
  await eventually("node d left the membership", () =>
    nodes.slice(0, 3).every((n) => n.aliveMembers().length === 3),
  );

  // The tombstone is removed everywhere after left_ingesters_timeout, and stays removed.
  await eventually("tombstone expired everywhere", async () => {
    for (const n of nodes.slice(0, 3)) if (stored(n)!.ingesters.has("ingester-3")) return false;
    return true;
  });
  await new Promise((r) => setTimeout(r, 500));
  for (const n of nodes.slice(0, 3)) assert.ok(!stored(n)!.ingesters.has("ingester-3"));

  ac.abort();
  await watching;
  for (const l of lifecyclers.slice(0, 3)) await l.stopAsync();
  await eventually("everyone LEFT or expired", async () => {
    const d = stored(nodes[0]!);
    return [...d!.ingesters.values()].every((i) => i.state === InstanceState.LEFT);
  });
  assert.equal((await clients[0]!.get("collectors/ring"))!.ingesters.size, 0);
});

test("a node with another cluster label is rejected", async () => {
  const a = await node({ cluster_label: "cluster-1" }, "la");
  const b = new MemberlistKV(
    mlConfig({
      cluster_label: "cluster-2",
      join_members: [seed(a)],
      abort_if_cluster_join_fails: true,
      max_join_retries: 1,
    }),
  );
  await assert.rejects(b.startAsync(), /failed to join the cluster/);
  assert.ok(a.stats.labelMismatches > 0);
  assert.deepEqual(a.aliveMembers(), [a.nodeName]);
  // The same label joins; with verification disabled any label is accepted.
  const c = await node(
    { cluster_label: "cluster-1", join_members: [seed(a)], abort_if_cluster_join_fails: true },
    "lc",
  );
  assert.ok(c.hasJoined());
  const d = await node(
    { cluster_label: "other", cluster_label_verification_disabled: true, join_members: [seed(a)] },
    "ld",
  );
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(!a.aliveMembers().includes(d.nodeName));
});

test("a node that vanishes without leaving is marked dead and gossiped around", async () => {
  const a = await node({}, "crash-a");
  const b = await node({ join_members: [seed(a)] }, "crash-b");
  const c = await node({ join_members: [seed(a)] }, "crash-c");
  await eventually("three members", () => [a, b, c].every((n) => n.aliveMembers().length === 3));
  // Simulate a crash or a cut network: sockets close, no LEAVE is sent.
  await (c as unknown as { closeAll(): Promise<void> }).closeAll();
  await eventually(
    "c dead on a and b",
    () => [a, b].every((n) => !n.aliveMembers().includes(c.nodeName)),
    8000,
  );
  // Gossip keeps flowing between the survivors.
  await a.client(ringDescCodec).cas("k", () => new RingDesc());
  await eventually("b has k", async () => (await b.client(ringDescCodec).get("k")) !== null);
});

test("garbage on the gossip port is dropped and the node keeps working", async () => {
  const a = await node({}, "junk-a");
  const { port } = a.advertiseAddress();
  const udp = createSocket("udp4");
  await new Promise<void>((r) =>
    udp.send(Buffer.from("MTSG\u0000\u0003\u00ff\u00ff\u00ff"), port, "127.0.0.1", () => r()),
  );
  await new Promise<void>((r) => udp.send(Buffer.from("hello"), port, "127.0.0.1", () => r()));
  udp.close();
  await new Promise<void>((resolve) => {
    const s = connect(port, "127.0.0.1", () => {
      s.write(Buffer.from([0, 0, 0, 12]));
      s.end(Buffer.from("MTSG\u0000\u0003garbage!"));
    });
    s.on("close", () => resolve());
    s.on("error", () => resolve());
  });
  await eventually("invalid counted", () => a.stats.invalid >= 2);
  const b = await node({ join_members: [seed(a)], abort_if_cluster_join_fails: true }, "junk-b");
  assert.ok(b.hasJoined());
});

test("the /memberlist page lists members and keys", async () => {
  const registry = new Registry();
  const a = new MemberlistKV(mlConfig({ node_name: "page-a" }), { registry });
  await a.startAsync();
  started.push(a);
  const b = await node({ join_members: [seed(a)] }, "page-b");
  await eventually("joined", () => a.aliveMembers().length === 2);
  await a.client(ringDescCodec).cas("collectors/ring", () => {
    const r = new RingDesc();
    r.addIngester("ing-<1>", "x", "", [1], InstanceState.ACTIVE, 1);
    return r;
  });
  const app = Fastify();
  registerMemberlistPage(app, a);
  try {
    const html = (await app.inject({ method: "GET", url: "/memberlist" })).body;
    assert.ok(html.includes(`<td>${b.nodeName}</td>`));
    assert.ok(html.includes("<td>collectors/ring</td><td>ringDesc</td><td>1</td><td>false</td>"));
    assert.ok(html.includes("ing-&lt;1&gt;"));
    await eventually(
      "gauges",
      async () =>
        (await metricValue(registry, "memberlist_client_cluster_members_count")) === 2 &&
        (await metricValue(registry, "memberlist_client_kv_store_count")) === 1,
    );
  } finally {
    await app.close();
  }
});

test("large deltas fall back to TCP", async () => {
  const a = await node({ compression_enabled: false, pull_push_interval: 0 }, "big-a");
  const b = await node(
    { compression_enabled: false, pull_push_interval: 0, join_members: [seed(a)] },
    "big-b",
  );
  await eventually("joined", () => a.aliveMembers().length === 2);
  const kv = a.client(ringDescCodec);
  await kv.cas("collectors/ring", (d) => {
    const r = d ?? new RingDesc();
    for (let k = 0; k < 20; k++)
      r.addIngester(
        `ing-${k}`,
        `10.0.0.${k}:9095`,
        "",
        Array.from({ length: 128 }, (_, t) => k * 1000 + t),
        InstanceState.ACTIVE,
        1,
      );
    return r;
  });
  await eventually(
    "b has the big ring",
    async () =>
      ((await b.client(ringDescCodec).get("collectors/ring"))?.ingesters.size ?? 0) === 20,
  );
  assert.ok(a.stats.gossipOverTcp > 0);
});
