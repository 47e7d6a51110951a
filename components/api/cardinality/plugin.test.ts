import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import type { IngesterStatsSource, UserStats } from "../../ingester/userstats.ts";
import { labelsFromObject, type Labels } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import {
  approximateFromZones,
  type CardinalityLimits,
  IngestersStats,
} from "../../querier/cardinality/ingesters.ts";
import { newInstance } from "../../ring/model.ts";
import { registerAllUserStatsPage, registerCardinalityApi } from "./plugin.ts";

/** One fake ingester holding a list of series (all active), with fixed rates. */
function fakeIngester(series: Labels[], apiRate: number): IngesterStatsSource {
  const matching = (ms: readonly Matcher[]) =>
    series.filter((ls) =>
      ms.every((m) => m.matches(ls.find((l) => l.name === m.name)?.value ?? "")),
    );
  const stats = (): UserStats => ({
    ingestionRate: apiRate,
    numSeries: series.length,
    apiIngestionRate: apiRate,
    ruleIngestionRate: 0,
  });
  return {
    userStats: async () => stats(),
    allUserStats: async () => [{ userId: "t", stats: stats() }],
    labelNamesAndValues: async (_t, ms) => {
      const m = new Map<string, Set<string>>();
      for (const ls of matching(ms))
        for (const l of ls) {
          if (!m.has(l.name)) m.set(l.name, new Set());
          m.get(l.name)!.add(l.value);
        }
      return [...m].map(([labelName, v]) => ({ labelName, values: [...v] }));
    },
    labelValuesCardinality: async (_t, names, ms) =>
      names.map((labelName) => {
        const counts = new Map<string, number>();
        for (const ls of matching(ms)) {
          const v = ls.find((l) => l.name === labelName)?.value;
          if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
        }
        return { labelName, labelValueSeries: counts };
      }),
    activeSeries: async (_t, ms) => matching(ms),
  };
}

const S = (o: Record<string, string>) => labelsFromObject(o);
const all = [
  S({ __name__: "up", job: "a", pod: "1" }),
  S({ __name__: "up", job: "a", pod: "2" }),
  S({ __name__: "up", job: "b", pod: "1" }),
  S({ __name__: "rpc", job: "a" }),
];

describe("approximateFromZones (Mimir's)", () => {
  it("takes the largest zone, scaled when zones exceed RF; one zone: sum / RF", () => {
    const z = new Map([
      ["a", 10],
      ["b", 12],
      ["c", 11],
    ]);
    assert.equal(approximateFromZones(3, 3, z), 12);
    assert.equal(approximateFromZones(3, 2, z), 18);
    assert.equal(approximateFromZones(1, 3, new Map([["", 31]])), 10);
  });
});

describe("cardinality API over three zones (RF 3)", () => {
  let app: FastifyInstance;
  const limits: CardinalityLimits = {
    label_names_and_values_results_max_size_bytes: 1 << 20,
    label_values_max_cardinality_label_names_per_request: 2,
    active_series_results_max_size_bytes: 1 << 20,
  };
  // Every zone has a full replica; zone c's is missing one series (incomplete replication).
  const ingesters = new Map<string, IngesterStatsSource>([
    ["a", fakeIngester(all, 30)],
    ["b", fakeIngester(all, 30)],
    ["c", fakeIngester(all.slice(1), 30)],
  ]);
  const instances = [...ingesters.keys()].map((z) =>
    newInstance({ id: `ing-${z}`, addr: z, zone: z }),
  );
  const stats = new IngestersStats({
    replicationSet: () => ({
      set: {
        instances,
        maxErrors: 0,
        maxUnavailableZones: 1,
        zoneAwarenessEnabled: true,
      },
      replicationFactor: 3,
    }),
    allHealthy: () => instances,
    clientFor: (inst) => ingesters.get(inst.addr)!,
    limits: () => limits,
  });
  const enabled = new Set(["t"]);

  before(async () => {
    app = Fastify();
    registerCardinalityApi(app, {
      prefix: "/prometheus",
      stats,
      tenantOf: (req) => {
        const t = req.headers["x-scope-orgid"];
        if (typeof t !== "string" || t === "")
          throw Object.assign(new Error("no org id"), { statusCode: 401 });
        return t;
      },
      cardinalityAnalysisEnabled: (t) => enabled.has(t),
    });
    registerAllUserStatsPage(app, stats, () => 0);
    await app.ready();
  });
  after(() => app.close());

  const get = (url: string, tenant = "t", headers: Record<string, string> = {}) =>
    app.inject({ url, headers: { "x-scope-orgid": tenant, ...headers } });

  it("label_names: counts sorted by values then name, limit, totals", async () => {
    const res = await get("/prometheus/api/v1/cardinality/label_names?limit=2");
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["content-type"], "application/json");
    assert.equal(
      res.body,
      '{"label_values_count_total":6,"label_names_count":3,"cardinality":[{"label_name":"__name__","label_values_count":2},{"label_name":"job","label_values_count":2}]}',
    );
    const sel = await get(
      `/prometheus/api/v1/cardinality/label_names?selector=${encodeURIComponent('{job="b"}')}`,
    );
    assert.equal(JSON.parse(sel.body).label_values_count_total, 3);
  });

  it("label_values: series per value approximated over zones, sorted; series_count_total from user stats", async () => {
    const res = await get(
      "/prometheus/api/v1/cardinality/label_values?label_names[]=job&label_names[]=pod&limit=1",
    );
    assert.equal(res.statusCode, 200);
    assert.deepEqual(JSON.parse(res.body), {
      series_count_total: 4,
      labels: [
        {
          label_name: "job",
          label_values_count: 2,
          series_count: 4,
          cardinality: [{ label_value: "a", series_count: 3 }],
        },
        {
          label_name: "pod",
          label_values_count: 2,
          series_count: 3,
          cardinality: [{ label_value: "1", series_count: 2 }],
        },
      ],
    });
    const tooMany = await get(
      "/prometheus/api/v1/cardinality/label_values?label_names[]=a&label_names[]=b&label_names[]=c",
    );
    assert.equal(tooMany.statusCode, 400);
    assert.equal(
      tooMany.body,
      "label values cardinality request label names limit (limit: 2 actual: 3) exceeded\n",
    );
  });

  it("active_series: deduplicated across replicas, Go label JSON", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/cardinality/active_series",
      headers: { "x-scope-orgid": "t", "content-type": "application/x-www-form-urlencoded" },
      payload: `selector=${encodeURIComponent('{__name__="up",job="a"}')}`,
    });
    assert.equal(res.statusCode, 200);
    const data = JSON.parse(res.body).data as Record<string, string>[];
    assert.deepEqual(data.map((d) => d.pod).sort(), ["1", "2"]);
    assert.deepEqual(Object.keys(data[0]), ["__name__", "job", "pod"]);
  });

  it("answers Mimir's errors", async () => {
    const cases: [string, string, number, string][] = [
      [
        "/prometheus/api/v1/cardinality/label_names",
        "u",
        400,
        "cardinality analysis is disabled for the tenant: u",
      ],
      [
        "/prometheus/api/v1/cardinality/label_names?limit=501",
        "t",
        400,
        "'limit' param cannot be greater than '500'",
      ],
      [
        "/prometheus/api/v1/cardinality/label_names?limit=-1",
        "t",
        400,
        "'limit' param cannot be less than '0'",
      ],
      [
        "/prometheus/api/v1/cardinality/label_names?limit=x",
        "t",
        400,
        'strconv.Atoi: parsing "x": invalid syntax',
      ],
      [
        "/prometheus/api/v1/cardinality/label_names?count_method=x",
        "t",
        400,
        "invalid 'count_method' param 'x'. valid options are: [active,inmemory]",
      ],
      [
        "/prometheus/api/v1/cardinality/label_names?selector=a&selector=b",
        "t",
        400,
        "multiple 'selector' params are not allowed",
      ],
      [
        "/prometheus/api/v1/cardinality/label_values",
        "t",
        400,
        "'label_names[]' param is required",
      ],
      [
        "/prometheus/api/v1/cardinality/label_values?label_names[]=1x",
        "t",
        400,
        "invalid 'label_names' param '1x'",
      ],
      ["/prometheus/api/v1/cardinality/active_series", "t", 400, "missing 'selector' parameter"],
    ];
    for (const [url, tenant, status, body] of cases) {
      const res = await get(url, tenant);
      assert.equal(res.statusCode, status, url);
      assert.equal(res.body, `${body}\n`, url);
    }
    const bad = await get("/prometheus/api/v1/cardinality/label_names?selector=%7B");
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /^failed to parse selector: /);
    const none = await app.inject({ url: "/api/v1/user_stats" });
    assert.equal(none.statusCode, 401);
  });

  it("active series over the size limit: 413", async () => {
    limits.active_series_results_max_size_bytes = 10;
    try {
      const res = await get("/prometheus/api/v1/cardinality/active_series?selector=up");
      assert.equal(res.statusCode, 413);
      assert.equal(res.body, "response too large: try increasing the requested shard count\n");
    } finally {
      limits.active_series_results_max_size_bytes = 1 << 20;
    }
  });

  it("user_stats and all_user_stats", async () => {
    const res = await get("/api/v1/user_stats");
    assert.equal(res.statusCode, 200);
    assert.equal(
      res.body,
      '{"ingestionRate":30,"numSeries":4,"APIIngestionRate":30,"RuleIngestionRate":0}',
    );
    const json = await app.inject({
      url: "/distributor/all_user_stats",
      headers: { accept: "application/json" },
    });
    // Summed over every ingester, not divided by RF (as Mimir).
    assert.deepEqual(JSON.parse(json.body), [
      { userID: "t", ingestionRate: 90, numSeries: 11, APIIngestionRate: 90, RuleIngestionRate: 0 },
    ]);
    const html = await app.inject({ url: "/distributor/all_user_stats" });
    assert.match(html.headers["content-type"] as string, /text\/html/);
    assert.match(html.body, /<td>t<\/td><td>11<\/td>/);
  });
});
