import assert from "node:assert/strict";
import { test } from "node:test";
import { ringDescCodec } from "../codec.ts";
import { InstanceState, RingDesc } from "../model.ts";
import { InMemoryKV } from "./inmemory.ts";
import { PrefixedClient } from "./kv.ts";

test("inmemory: copies on read, CAS, list, delete, watchKey and watchPrefix", async () => {
  const store = new InMemoryKV();
  const c = new PrefixedClient(store.client(ringDescCodec), "collectors/");
  const ac = new AbortController();
  const byKey: [string, number | null][] = [];
  const watching = c.watchPrefix("", ac.signal, (k, v) => {
    byKey.push([k, v ? v.ingesters.size : null]);
    return true;
  });
  let stopAfterFirst = 0;
  const once = c.watchKey("ring", new AbortController().signal, () => {
    stopAfterFirst++;
    return false;
  });
  await c.cas("ring", (d) => {
    assert.equal(d, null);
    const r = new RingDesc();
    r.addIngester("a", "x", "", [1], InstanceState.ACTIVE, 1);
    return r;
  });
  const got = (await c.get("ring"))!;
  got.ingesters.clear();
  assert.equal((await c.get("ring"))!.ingesters.size, 1, "readers get copies");
  await c.cas("ring", () => null); // no change
  await c.cas("other", () => new RingDesc());
  assert.deepEqual(await c.list(""), ["other", "ring"]);
  await c.delete("ring");
  assert.equal(await c.get("ring"), null);
  await once;
  await new Promise((r) => setImmediate(r));
  ac.abort();
  await watching;
  assert.equal(stopAfterFirst, 1);
  // Updates of one key are coalesced: the watcher sees the latest value of each key.
  assert.ok(byKey.some(([k, v]) => k === "other" && v === 0));
  assert.ok(byKey.some(([k, v]) => k === "ring" && v === null));
});
