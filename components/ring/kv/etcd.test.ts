import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ringDescCodec } from "../codec.ts";
import { Lifecycler } from "../lifecycler.ts";
import { InstanceState, RingDesc } from "../model.ts";
import { EtcdKV } from "./etcd.ts";

const ETCD = "/usr/bin/etcd";
const skip = existsSync(ETCD)
  ? false
  : `etcd binary not found at ${ETCD}; install Debian's etcd-server to run this test`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

let proc: ChildProcess | undefined;
let dir = "";
let kv: EtcdKV | undefined;

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), "etcd-test-"));
  const client = await freePort();
  const peer = await freePort();
  proc = spawn(
    ETCD,
    [
      "--name=test",
      `--data-dir=${join(dir, "data")}`,
      `--listen-client-urls=http://127.0.0.1:${client}`,
      `--advertise-client-urls=http://127.0.0.1:${client}`,
      `--listen-peer-urls=http://127.0.0.1:${peer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peer}`,
      `--initial-cluster=test=http://127.0.0.1:${peer}`,
    ],
    { stdio: "ignore" },
  );
  kv = new EtcdKV({ endpoints: [`127.0.0.1:${client}`], dialTimeoutMs: 10_000, maxRetries: 10 });
  const end = Date.now() + 20_000;
  for (;;) {
    try {
      await kv.client.get("probe").string();
      break;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

after(async () => {
  kv?.close();
  if (proc && proc.exitCode === null) {
    const exited = new Promise((r) => proc!.once("exit", r));
    proc.kill("SIGTERM");
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("etcd: get, CAS, list, delete and watch", { skip }, async () => {
  const c = kv!.codecClient(ringDescCodec);
  assert.equal(await c.get("collectors/ring"), null);
  const ac = new AbortController();
  const seen: (number | null)[] = [];
  const watching = c.watchKey("collectors/ring", ac.signal, (d) => {
    seen.push(d ? d.ingesters.size : null);
    return true;
  });
  await new Promise((r) => setTimeout(r, 200));
  await c.cas("collectors/ring", (d) => {
    assert.equal(d, null);
    const r = new RingDesc();
    r.addIngester("a", "127.0.0.1:1", "z", [1, 2], InstanceState.ACTIVE, 1);
    return r;
  });
  // Concurrent CASes all land (conflicts are retried).
  await Promise.all(
    ["b", "c", "d"].map((id) =>
      c.cas("collectors/ring", (d) => {
        d!.addIngester(id, "x", "z", [], InstanceState.PENDING, 1);
        return d;
      }),
    ),
  );
  assert.deepEqual([...(await c.get("collectors/ring"))!.ingesters.keys()].sort(), [
    "a",
    "b",
    "c",
    "d",
  ]);
  assert.deepEqual(await c.list("collectors/"), ["collectors/ring"]);
  await c.delete("collectors/ring");
  assert.equal(await c.get("collectors/ring"), null);
  await new Promise((r) => setTimeout(r, 200));
  ac.abort();
  await watching;
  assert.equal(seen[0], 1);
  assert.equal(seen.at(-1), null);
});

test("etcd: a lifecycler joins and leaves a ring stored in etcd", { skip }, async () => {
  const c = kv!.codecClient(ringDescCodec);
  const l = new Lifecycler(
    {
      id: "ing-1",
      addr: "127.0.0.1:9095",
      zone: "",
      ringKey: "ingester/ring",
      ringName: "ingester",
      numTokens: 128,
      tokensFilePath: "",
      heartbeatPeriodMs: 0,
      heartbeatTimeoutMs: 60_000,
      autoForgetUnhealthyPeriods: 0,
      unregisterOnShutdown: true,
      minReadyDurationMs: 0,
    },
    c,
  );
  await l.startAsync();
  const me = (await c.get("ingester/ring"))!.ingesters.get("ing-1")!;
  assert.equal(me.state, InstanceState.ACTIVE);
  assert.equal(me.tokens.length, 128);
  await l.stopAsync();
  assert.equal((await c.get("ingester/ring"))!.ingesters.size, 0);
});
