import assert from "node:assert/strict";
import { test } from "node:test";
import { type InstanceDesc, newInstance } from "./model.ts";
import { doUntilQuorum, type ReplicationSet } from "./replication_set.ts";

const inst = (id: string, zone = "") => newInstance({ id, addr: id, zone });
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function set(instances: InstanceDesc[], p: Partial<ReplicationSet> = {}): ReplicationSet {
  return { instances, maxErrors: 0, maxUnavailableZones: 0, zoneAwarenessEnabled: false, ...p };
}

test("returns once all but maxErrors succeed; one failure is tolerated", async () => {
  const s = set([inst("a"), inst("b"), inst("c")], { maxErrors: 1 });
  const res = await doUntilQuorum(s, {}, async (i) => {
    if (i.id === "b") throw new Error("b down");
    return i.id;
  });
  assert.deepEqual(res.sort(), ["a", "c"]);
});

test("fails with the error that breaks the quorum, cleaning up results", async () => {
  const s = set([inst("a"), inst("b"), inst("c")], { maxErrors: 1 });
  const cleaned: string[] = [];
  await assert.rejects(
    doUntilQuorum(
      s,
      {},
      async (i) => {
        if (i.id !== "a") {
          await delay(i.id === "b" ? 5 : 10);
          throw new Error(`${i.id} down`);
        }
        return i.id;
      },
      (r) => cleaned.push(r),
    ),
    /c down/,
  );
  assert.deepEqual(cleaned, ["a"]);
});

test("slow instances beyond the quorum are cancelled", async () => {
  const s = set([inst("a"), inst("b"), inst("c")], { maxErrors: 1 });
  let aborted = 0;
  const res = await doUntilQuorum(s, {}, (i, signal) => {
    if (i.id === "c") {
      return new Promise((_r, reject) =>
        signal.addEventListener("abort", () => {
          aborted++;
          reject(new Error("cancelled"));
        }),
      );
    }
    return Promise.resolve(i.id);
  });
  assert.deepEqual(res.sort(), ["a", "b"]);
  assert.equal(aborted, 1);
});

test("zone-aware: results from complete zones only; a failing zone is tolerated", async () => {
  const s = set(
    [inst("a1", "a"), inst("a2", "a"), inst("b1", "b"), inst("c1", "c"), inst("c2", "c")],
    { maxUnavailableZones: 1, zoneAwarenessEnabled: true },
  );
  const res = await doUntilQuorum(s, {}, async (i) => {
    if (i.id === "a2") throw new Error("a2 down");
    await delay(i.zone === "b" ? 1 : 5);
    return i.id;
  });
  assert.deepEqual(res.sort(), ["b1", "c1", "c2"]);
  await assert.rejects(
    doUntilQuorum(s, {}, async (i) => {
      if (i.id === "a2" || i.id === "b1") throw new Error(`${i.id} down`);
      return i.id;
    }),
    /down/,
  );
});

test("minimizeRequests: only a quorum's worth of zones is called, another zone on failure", async () => {
  const s = set([inst("a1", "a"), inst("b1", "b"), inst("c1", "c")], {
    maxUnavailableZones: 1,
    zoneAwarenessEnabled: true,
  });
  const called: string[] = [];
  const res = await doUntilQuorum(
    s,
    { minimizeRequests: true, zoneSorter: (z) => z.sort() },
    async (i) => {
      called.push(i.id);
      return i.id;
    },
  );
  assert.deepEqual(called.sort(), ["a1", "b1"]);
  assert.deepEqual(res.sort(), ["a1", "b1"]);
  called.length = 0;
  const res2 = await doUntilQuorum(
    s,
    { minimizeRequests: true, zoneSorter: (z) => z.sort() },
    async (i) => {
      called.push(i.id);
      if (i.id === "a1") throw new Error("a down");
      return i.id;
    },
  );
  assert.deepEqual(called.sort(), ["a1", "b1", "c1"]);
  assert.deepEqual(res2.sort(), ["b1", "c1"]);
});

test("terminal errors stop at once; invalid sets are rejected", async () => {
  const s = set([inst("a"), inst("b"), inst("c")], { maxErrors: 2 });
  await assert.rejects(
    doUntilQuorum(s, { isTerminalError: (e) => (e as Error).message === "fatal" }, async (i) => {
      if (i.id === "a") throw new Error("fatal");
      await delay(20);
      return i.id;
    }),
    /fatal/,
  );
  await assert.rejects(
    doUntilQuorum(
      set([inst("a")], { maxErrors: 1, zoneAwarenessEnabled: true }),
      {},
      async () => 1,
    ),
    /invalid ReplicationSet/,
  );
});
