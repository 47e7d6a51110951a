/** The Prometheus API over a tenant-federated queryable (X-Scope-OrgID: a|c). */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { labelsFromObject } from "../../model/labels.ts";
import { MemStorage } from "../../promql/promqltest/memstorage.ts";
import { newTestEngine } from "../../promql/promqltest/runner.ts";
import { FederatedQueryable } from "../../querier/tenantfederation/merge_queryable.ts";
import { resolveQueryTenant } from "../../querier/tenantfederation/tenants.ts";
import { registerPrometheusApi } from "./plugin.ts";

function storage(): MemStorage {
  const s = new MemStorage();
  s.append("a", labelsFromObject({ __name__: "up", job: "x" }), 1000, 1);
  s.append("b", labelsFromObject({ __name__: "up", job: "y" }), 1000, 2);
  s.append("c", labelsFromObject({ __name__: "up", job: "w" }), 1000, 4);
  return s;
}

describe("Prometheus API over a federated queryable", () => {
  let app: FastifyInstance;
  before(async () => {
    app = Fastify();
    registerPrometheusApi(app, {
      prefix: "/prometheus",
      engine: await newTestEngine(),
      queryable: new FederatedQueryable(storage(), 16),
      tenantOf: (req) =>
        resolveQueryTenant(req.headers["x-scope-orgid"], {
          multitenancyEnabled: true,
          noAuthTenant: "anonymous",
          federationEnabled: true,
          maxTenants: 0,
        }),
      now: () => 1000,
    });
    await app.ready();
  });
  after(() => app.close());

  it("sums across tenants by __tenant_id__ and lists series and label values of both", async () => {
    const h = { "x-scope-orgid": "a|c" };
    const q = await app.inject({
      url: "/prometheus/api/v1/query?query=sum%20by%20(__tenant_id__)(up)&time=1",
      headers: h,
    });
    assert.equal(q.statusCode, 200);
    const data = JSON.parse(q.body).data.result as {
      metric: Record<string, string>;
      value: [number, string];
    }[];
    assert.deepEqual(
      data.map((r) => [r.metric.__tenant_id__, r.value[1]]),
      [
        ["a", "1"],
        ["c", "4"],
      ],
    );
    const vals = await app.inject({
      url: "/prometheus/api/v1/label/__tenant_id__/values",
      headers: h,
    });
    assert.deepEqual(JSON.parse(vals.body).data, ["a", "c"]);
    const series = await app.inject({
      url: "/prometheus/api/v1/series?match[]=up",
      headers: h,
    });
    assert.deepEqual(
      (JSON.parse(series.body).data as Record<string, string>[]).map((m) => m.__tenant_id__),
      ["a", "c"],
    );
  });
});
