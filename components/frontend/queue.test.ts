import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RequestQueue, TooManyRequestsError } from "./queue.ts";

describe("request queue", () => {
  it("serves tenants round-robin, each in FIFO order", async () => {
    const q = new RequestQueue<string>(() => 100);
    q.registerQuerier("q1");
    for (let i = 0; i < 3; i++) q.enqueue("a", `a${i}`);
    q.enqueue("b", "b0");
    q.enqueue("c", "c0");
    const cursor = { lastTenantIndex: -1 };
    const got: string[] = [];
    for (let i = 0; i < 5; i++) got.push((await q.dequeue("q1", cursor)).item);
    assert.deepEqual(got, ["a0", "b0", "c0", "a1", "a2"]);
    assert.equal(q.totalLength(), 0);
  });

  it("rejects past max outstanding per tenant with Mimir's 429 text", () => {
    const q = new RequestQueue<number>(() => 2);
    q.enqueue("a", 1);
    q.enqueue("a", 2);
    assert.throws(
      () => q.enqueue("a", 3),
      (e: unknown) => {
        assert.ok(e instanceof TooManyRequestsError);
        assert.equal(e.message, "too many outstanding requests");
        assert.equal(e.status, 429);
        return true;
      },
    );
    q.enqueue("b", 1);
  });

  it("shuffle-shards a tenant over max_queriers_per_tenant queriers", async () => {
    const q = new RequestQueue<number>(() => 0);
    for (const id of ["q1", "q2", "q3", "q4"]) q.registerQuerier(id);
    for (let i = 0; i < 40; i++) q.enqueue("t", i, 2);
    const served = new Set<string>();
    for (const id of ["q1", "q2", "q3", "q4"]) {
      const ac = new AbortController();
      const p = q.dequeue(id, { lastTenantIndex: -1 }, ac.signal);
      const timer = setTimeout(() => ac.abort(), 20);
      try {
        await p;
        served.add(id);
      } catch {
        // not in the tenant's shard
      } finally {
        clearTimeout(timer);
      }
    }
    assert.equal(served.size, 2);
    // Deterministic: the same shard again.
    const q2 = new RequestQueue<number>(() => 0);
    for (const id of ["q4", "q3", "q2", "q1"]) q2.registerQuerier(id);
    q2.enqueue("t", 0, 2);
    const again = new Set<string>();
    for (const id of ["q1", "q2", "q3", "q4"]) {
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 20);
      q2.enqueue("t", 1, 2);
      try {
        await q2.dequeue(id, { lastTenantIndex: -1 }, ac.signal);
        again.add(id);
      } catch {}
    }
    assert.deepEqual([...again].sort(), [...served].sort());
  });

  it("wakes a waiting querier on enqueue and rejects waiters on stop", async () => {
    const q = new RequestQueue<number>(() => 0);
    q.registerQuerier("q");
    const waiting = q.dequeue("q", { lastTenantIndex: -1 });
    q.enqueue("a", 7);
    assert.equal((await waiting).item, 7);
    const pending = q.dequeue("q", { lastTenantIndex: -1 });
    assert.deepEqual(q.stop(), []);
    await assert.rejects(pending, /queue is stopped/);
  });
});
