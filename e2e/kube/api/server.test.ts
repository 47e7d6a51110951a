import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ApiServer } from "./server.ts";
import { Store } from "./store.ts";

/** Reads a watch stream's events until `until` says stop (or the timeout passes). */
async function watchEvents(
  url: string,
  until: (events: any[]) => boolean,
  timeoutMs = 5_000,
): Promise<any[]> {
  const ac = new AbortController();
  const t = setTimeout(() => ac.abort(), timeoutMs);
  const events: any[] = [];
  try {
    const res = await fetch(url, { signal: ac.signal });
    const reader = res.body!.getReader();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += new TextDecoder().decode(value);
      let i: number;
      while ((i = buf.indexOf("\n")) >= 0) {
        events.push(JSON.parse(buf.slice(0, i)));
        buf = buf.slice(i + 1);
      }
      if (until(events)) break;
    }
  } catch (e) {
    if ((e as Error).name !== "AbortError") throw e;
  } finally {
    clearTimeout(t);
    ac.abort();
  }
  return events;
}

describe("API server over HTTP", () => {
  const store = new Store();
  const server = new ApiServer(store);
  let base = "";
  before(async () => {
    store.create(store.type("", "v1", "namespaces")!, undefined, { metadata: { name: "ns" } });
    server.bookmarkMs = 100;
    base = await server.listen(0);
  });
  after(async () => {
    await server.close();
  });

  it("pages lists with limit and continue", async () => {
    for (const n of ["a", "b", "c"]) {
      const r = await fetch(`${base}/api/v1/namespaces/ns/configmaps`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ metadata: { name: n } }),
      });
      assert.equal(r.status, 201);
    }
    const first: any = await (
      await fetch(`${base}/api/v1/namespaces/ns/configmaps?limit=2`)
    ).json();
    assert.deepEqual(
      first.items.map((i: any) => i.metadata.name),
      ["a", "b"],
    );
    assert.equal(first.metadata.remainingItemCount, 1);
    const rest: any = await (
      await fetch(
        `${base}/api/v1/namespaces/ns/configmaps?limit=2&continue=${encodeURIComponent(first.metadata.continue)}`,
      )
    ).json();
    assert.deepEqual(
      rest.items.map((i: any) => i.metadata.name),
      ["c"],
    );
    assert.equal(rest.metadata.continue, undefined);
  });

  it("watches from a resourceVersion with bookmarks, and answers an expired one with a 410 ERROR event", async () => {
    const list: any = await (await fetch(`${base}/api/v1/namespaces/ns/configmaps`)).json();
    const rv = list.metadata.resourceVersion;
    const pending = watchEvents(
      `${base}/api/v1/namespaces/ns/configmaps?watch=true&resourceVersion=${rv}&allowWatchBookmarks=true`,
      (ev) => ev.some((e) => e.type === "ADDED") && ev.some((e) => e.type === "BOOKMARK"),
    );
    await new Promise((r) => setTimeout(r, 50));
    await fetch(`${base}/api/v1/namespaces/ns/configmaps`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ metadata: { name: "d" } }),
    });
    const events = await pending;
    assert.deepEqual(
      events.filter((e) => e.type === "ADDED").map((e) => e.object.metadata.name),
      ["d"],
    );
    const bookmark = events.find((e) => e.type === "BOOKMARK");
    assert.ok(Number(bookmark.object.metadata.resourceVersion) > Number(rv));
    const cm = store.type("", "v1", "configmaps")!;
    for (let i = 0; i < 20_050; i++) store.create(cm, "ns", { metadata: { name: `x${i}` } });
    const expired = await watchEvents(
      `${base}/api/v1/namespaces/ns/configmaps?watch=true&resourceVersion=${rv}`,
      (ev) => ev.length > 0,
    );
    assert.equal(expired[0].type, "ERROR");
    assert.equal(expired[0].object.code, 410);
    assert.equal(expired[0].object.reason, "Expired");
  });

  it("answers errors as Status objects", async () => {
    const r = await fetch(`${base}/api/v1/namespaces/ns/configmaps/nope`);
    assert.equal(r.status, 404);
    const s: any = await r.json();
    assert.deepEqual(
      [s.kind, s.reason, s.message],
      ["Status", "NotFound", 'configmaps "nope" not found'],
    );
    const bad = await fetch(
      `${base}/api/v1/namespaces/ns/configmaps?labelSelector=${encodeURIComponent("a=b,=c")}`,
    );
    assert.equal(bad.status, 400);
  });
});
