import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { newMatcher } from "../model/matcher.ts";
import type { Querier, Queryable, Series } from "../model/series.ts";
import { FederatedQueryable, remoteQuery, samplesFromValue } from "./query.ts";

function fakeQueryable(byTenant: Record<string, string[]>): Queryable {
  return {
    querier: async (tenant): Promise<Querier> => ({
      select: async () =>
        (byTenant[tenant] ?? []).map(
          (n): Series => ({
            labels: [{ name: "__name__", value: n }],
            iterator: () => ({
              next: () => 0,
              seek: () => 0,
              atT: () => 0,
              atF: () => 0,
              atH: () => {
                throw new Error("float series");
              },
              atFH: () => {
                throw new Error("float series");
              },
            }),
          }),
        ),
      labelNames: async () => ["__name__"],
      labelValues: async () => byTenant[tenant] ?? [],
      close: () => {},
    }),
  };
}

describe("ruler queries", () => {
  it("turn vectors and scalars into samples and refuse other types", () => {
    assert.deepEqual(samplesFromValue({ type: "scalar", t: 5, f: 2 }, 7), [
      { metric: [], t: 7, f: 2 },
    ]);
    assert.throws(
      () => samplesFromValue({ type: "string", t: 1, s: "x" }, 1),
      /rule result is not a vector or scalar/,
    );
  });

  it("read federated tenants with a __tenant_id__ label", async () => {
    const q = await new FederatedQueryable(fakeQueryable({ a: ["up"], b: ["up", "x"] })).querier(
      "a|b",
      0,
      1,
    );
    const all = await q.select(true, undefined, []);
    assert.deepEqual(
      all.map((s) => s.labels.map((l) => `${l.name}=${l.value}`).join(",")),
      ["__name__=up,__tenant_id__=a", "__name__=up,__tenant_id__=b", "__name__=x,__tenant_id__=b"],
    );
    const onlyB = await q.select(true, undefined, [newMatcher("=", "__tenant_id__", "b")]);
    assert.equal(onlyB.length, 2);
    assert.deepEqual(await q.labelValues("__tenant_id__", undefined, []), ["a", "b"]);
  });

  it("query the query-frontend over HTTP as the tenant", async () => {
    let seen: { tenant?: string; body?: string; path?: string } = {};
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (d) => {
        body += d;
      });
      req.on("end", () => {
        seen = { tenant: req.headers["x-scope-orgid"] as string, body, path: req.url };
        res.setHeader("content-type", "application/json");
        res.end(
          JSON.stringify({
            status: "success",
            data: {
              resultType: "vector",
              result: [{ metric: { job: "x", __name__: "up" }, value: [1.5, "+Inf"] }],
            },
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const port = (server.address() as AddressInfo).port;
      const query = remoteQuery(`dns:///127.0.0.1:${port}`, "/prometheus", 5000);
      const out = await query("t1", "up", 1500);
      assert.equal(seen.tenant, "t1");
      assert.equal(seen.path, "/prometheus/api/v1/query");
      assert.equal(seen.body, "query=up&time=1.5");
      assert.deepEqual(out, [
        {
          metric: [
            { name: "__name__", value: "up" },
            { name: "job", value: "x" },
          ],
          t: 1500,
          f: Number.POSITIVE_INFINITY,
        },
      ]);
    } finally {
      server.close();
    }
  });
});
