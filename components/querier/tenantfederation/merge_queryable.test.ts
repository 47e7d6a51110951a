import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labelsFromObject } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import type { Queryable } from "../../model/series.ts";
import { MemStorage } from "../../promql/promqltest/memstorage.ts";
import { LimitError, isLimitError } from "../errors.ts";
import { FederatedQueryable, joinTenantIDs, withTenantLabel } from "./merge_queryable.ts";
import { combineTenantLimits, federatedLimits, resolveQueryTenant } from "./tenants.ts";

const str = (ls: readonly { name: string; value: string }[]) =>
  ls.map((l) => `${l.name}=${l.value}`).join(",");

function storage(): MemStorage {
  const s = new MemStorage();
  s.append("a", labelsFromObject({ __name__: "up", job: "x" }), 1000, 1);
  s.append("b", labelsFromObject({ __name__: "up", job: "y" }), 1000, 2);
  s.append("b", labelsFromObject({ __name__: "up", job: "z", __tenant_id__: "old" }), 1000, 3);
  s.append("c", labelsFromObject({ __name__: "up", job: "w" }), 1000, 4);
  return s;
}

describe("FederatedQueryable", () => {
  const fq = new FederatedQueryable(storage(), 2);
  const up = [newMatcher("=", "__name__", "up")];

  it("bypasses the merge for one tenant (no __tenant_id__ label)", async () => {
    const q = await fq.querier("a", 0, 2000);
    assert.deepEqual(
      (await q.select(true, undefined, up)).map((s) => str(s.labels)),
      ["__name__=up,job=x"],
    );
  });

  it("queries every tenant, adds __tenant_id__ and keeps an existing one as original___tenant_id__", async () => {
    const q = await fq.querier(joinTenantIDs(["b", "a", "c"]), 0, 2000);
    const got = await q.select(true, undefined, up);
    assert.deepEqual(
      got.map((s) => str(s.labels)),
      [
        "__name__=up,__tenant_id__=a,job=x",
        "__name__=up,__tenant_id__=b,job=y",
        "__name__=up,__tenant_id__=b,job=z,original___tenant_id__=old",
        "__name__=up,__tenant_id__=c,job=w",
      ],
    );
    const it = got[3].iterator();
    assert.notEqual(it.next(), 0);
    assert.equal(it.atF(), 4);
    q.close();
  });

  it("selects tenants by matchers on __tenant_id__ and forwards original___tenant_id__ matchers", async () => {
    const q = await fq.querier("a|b|c", 0, 2000);
    const sel = await q.select(true, undefined, [...up, newMatcher("=~", "__tenant_id__", "a|c")]);
    assert.deepEqual(
      sel.map((s) => str(s.labels)),
      ["__name__=up,__tenant_id__=a,job=x", "__name__=up,__tenant_id__=c,job=w"],
    );
    const orig = await q.select(true, undefined, [
      ...up,
      newMatcher("=", "original___tenant_id__", "old"),
    ]);
    assert.deepEqual(
      orig.map((s) => str(s.labels)),
      ["__name__=up,__tenant_id__=b,job=z,original___tenant_id__=old"],
    );
  });

  it("answers label names and values with the tenant label", async () => {
    const q = await fq.querier("a|c", 0, 2000);
    assert.deepEqual(await q.labelNames(undefined, []), ["__name__", "__tenant_id__", "job"]);
    const qb = await fq.querier("a|b", 0, 2000);
    // b already has __tenant_id__: the added one is original___tenant_id__.
    assert.deepEqual(await qb.labelNames(undefined, []), [
      "__name__",
      "__tenant_id__",
      "job",
      "original___tenant_id__",
    ]);
    assert.deepEqual(await q.labelValues("__tenant_id__", undefined, []), ["a", "c"]);
    assert.deepEqual(
      await q.labelValues("__tenant_id__", undefined, [newMatcher("!=", "__tenant_id__", "a")]),
      ["c"],
    );
    assert.deepEqual(await q.labelValues("job", undefined, []), ["w", "x"]);
    assert.deepEqual(await qb.labelValues("original___tenant_id__", undefined, []), ["old"]);
  });

  it("names the tenant in errors and keeps limit errors' class", async () => {
    const failing: Queryable = {
      querier: async (tenant) => {
        if (tenant === "b") throw new LimitError("the query hit the max number of series limit");
        return storage().querier(tenant, 0, 2000);
      },
    };
    const q = await new FederatedQueryable(failing, 0).querier("a|b", 0, 2000);
    await assert.rejects(q.select(false, undefined, up), (e: Error) => {
      assert.equal(
        e.message,
        "error querying tenant_id b: the query hit the max number of series limit",
      );
      assert.ok(isLimitError(e));
      return true;
    });
  });

  it("keeps labels sorted when adding the tenant label", () => {
    assert.equal(
      str(withTenantLabel(labelsFromObject({ a: "1", z: "2" }), "t")),
      "__tenant_id__=t,a=1,z=2",
    );
  });
});

describe("tenant resolution and limits of federated queries", () => {
  const opts = {
    multitenancyEnabled: true,
    noAuthTenant: "anonymous",
    federationEnabled: true,
    maxTenants: 2,
  };
  it("joins sorted unique IDs and enforces max_tenants with Mimir's 422", () => {
    assert.equal(resolveQueryTenant("b|a|b", opts), "a|b");
    assert.throws(() => resolveQueryTenant("a|b|c", opts), {
      statusCode: 422,
      message: "too many tenant IDs present. max: 2 actual: 3",
    });
    assert.throws(() => resolveQueryTenant("a|b", { ...opts, federationEnabled: false }), {
      statusCode: 422,
      message: "too many tenant IDs present. max: 1 actual: 2",
    });
    assert.throws(() => resolveQueryTenant(undefined, opts), { statusCode: 401 });
    assert.equal(resolveQueryTenant("a|b|c", { ...opts, maxTenants: 0 }), "a|b|c");
  });
  it("takes the smallest positive limit over the tenants", () => {
    const c = combineTenantLimits([
      { max_query_lookback: 0, max_total_query_length: 3_600_000 },
      { max_query_lookback: 60_000, max_total_query_length: 60_000 },
    ]);
    assert.equal(c.max_query_lookback, 60_000);
    assert.equal(c.max_total_query_length, 60_000);
    assert.equal(c.max_fetched_series_per_query, 0);
    const per: Record<string, { max_query_expression_size_bytes: number }> = {
      a: { max_query_expression_size_bytes: 10 },
      b: { max_query_expression_size_bytes: 5 },
    };
    const fl = federatedLimits({ get: (t: string) => per[t] });
    assert.equal(fl.get("a|b").max_query_expression_size_bytes, 5);
    assert.equal(fl.get("a").max_query_expression_size_bytes, 10);
  });
});
