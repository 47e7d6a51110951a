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

  describe("querier forget delay", () => {
    /** A queue with tenant t queued over one of q1..q3; returns the queue and t's querier. */
    function sharded(forgetDelayMs: number, clock: { now: number }) {
      const q = new RequestQueue<number>(() => 0, { forgetDelayMs, now: () => clock.now });
      for (const id of ["q1", "q2", "q3"]) q.registerQuerier(id);
      q.enqueue("t", 1, 1);
      const shard = q.tenantQueriers("t");
      assert.equal(shard?.length, 1);
      return { q, owner: (shard as string[])[0] };
    }

    it("without a delay, a disconnected querier's tenants move at once", () => {
      const clock = { now: 1_000 };
      const { q, owner } = sharded(0, clock);
      q.unregisterQuerier(owner);
      assert.notDeepEqual(q.tenantQueriers("t"), [owner]);
      assert.equal(q.knownQueriers().length, 2);
      q.stop();
    });

    it("keeps a disconnected querier's tenants for the delay, and for good if it comes back", () => {
      const clock = { now: 1_000 };
      const { q, owner } = sharded(60_000, clock);
      q.unregisterQuerier(owner);
      assert.equal(q.connectedQueriers(), 2);
      assert.deepEqual(q.tenantQueriers("t"), [owner]);
      // Back within the delay: nothing to forget, the shard has not moved.
      clock.now += 30_000;
      q.registerQuerier(owner);
      assert.equal(q.forgetDisconnectedQueriers(clock.now + 120_000), 0);
      assert.deepEqual(q.tenantQueriers("t"), [owner]);
      // Gone again: kept until the delay has passed, then forgotten and the tenant moves.
      q.unregisterQuerier(owner);
      assert.equal(q.forgetDisconnectedQueriers(clock.now + 59_999), 0);
      assert.deepEqual(q.tenantQueriers("t"), [owner]);
      assert.equal(q.forgetDisconnectedQueriers(clock.now + 60_000), 1);
      assert.equal(q.knownQueriers().includes(owner), false);
      assert.notDeepEqual(q.tenantQueriers("t"), [owner]);
      q.stop();
    });

    it("forgets at once a querier that announced its shutdown, before or after leaving", () => {
      const clock = { now: 1_000 };
      const before = sharded(60_000, clock);
      before.q.notifyQuerierShutdown(before.owner);
      assert.deepEqual(before.q.tenantQueriers("t"), [before.owner]);
      before.q.unregisterQuerier(before.owner);
      assert.equal(before.q.knownQueriers().includes(before.owner), false);
      assert.notDeepEqual(before.q.tenantQueriers("t"), [before.owner]);
      before.q.stop();
      const after = sharded(60_000, clock);
      after.q.unregisterQuerier(after.owner);
      assert.deepEqual(after.q.tenantQueriers("t"), [after.owner]);
      after.q.notifyQuerierShutdown(after.owner);
      assert.equal(after.q.knownQueriers().includes(after.owner), false);
      after.q.stop();
    });

    it("forgets on its own timer once the delay has passed", async () => {
      const q = new RequestQueue<number>(() => 0, { forgetDelayMs: 30 });
      for (const id of ["q1", "q2", "q3"]) q.registerQuerier(id);
      q.enqueue("t", 1, 1);
      const owner = (q.tenantQueriers("t") as string[])[0];
      q.unregisterQuerier(owner);
      assert.deepEqual(q.tenantQueriers("t"), [owner]);
      await new Promise((r) => setTimeout(r, 120));
      assert.equal(q.knownQueriers().includes(owner), false);
      assert.notDeepEqual(q.tenantQueriers("t"), [owner]);
      q.stop();
    });
  });
});
