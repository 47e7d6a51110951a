import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WorkQueue } from "./queue.ts";

describe("WorkQueue", () => {
  it("holds a key once and hands keys out in order", async () => {
    const q = new WorkQueue({ baseDelayMs: 10, maxDelayMs: 100 });
    q.add("ns/a");
    q.add("ns/b");
    q.add("ns/a");
    assert.equal(q.depth, 2);
    assert.equal(await q.get(), "ns/a");
    assert.equal(await q.get(), "ns/b");
    assert.equal(q.depth, 0);
  });

  it("never hands out a key being processed; an add meanwhile comes back after done", async () => {
    const q = new WorkQueue({ baseDelayMs: 10, maxDelayMs: 100 });
    q.add("ns/a");
    const k = await q.get();
    q.add("ns/a");
    assert.equal(q.depth, 0);
    let second: string | undefined;
    const p = q.get().then((v) => {
      second = v;
    });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(second, undefined);
    q.done(k as string);
    await p;
    assert.equal(second, "ns/a");
  });

  it("backs off exponentially up to the maximum, and forget resets it", () => {
    const q = new WorkQueue({ baseDelayMs: 10, maxDelayMs: 50 });
    const delays = [1, 2, 3, 4, 5].map(() => {
      const d = q.addRateLimited("ns/a");
      q.shutDown();
      return d;
    });
    assert.deepEqual(delays, [10, 20, 40, 50, 50]);
    assert.equal(q.failures("ns/a"), 5);
    q.forget("ns/a");
    assert.equal(q.failures("ns/a"), 0);
  });

  it("delivers a rate-limited key after its delay", async () => {
    const q = new WorkQueue({ baseDelayMs: 30, maxDelayMs: 100 });
    const start = Date.now();
    q.addRateLimited("ns/a");
    assert.equal(await q.get(), "ns/a");
    assert.ok(Date.now() - start >= 25);
  });

  it("wakes waiters with undefined on shutdown", async () => {
    const q = new WorkQueue({ baseDelayMs: 10, maxDelayMs: 100 });
    const p = q.get();
    q.shutDown();
    assert.equal(await p, undefined);
  });
});
