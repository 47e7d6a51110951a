import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { MemStorage } from "../../promql/promqltest/memstorage.ts";
import { newTestEngine } from "../../promql/promqltest/runner.ts";
import { type PromQLEngine, QueryError, type QueryResult } from "../../promql/types.ts";
import { labelsFromObject } from "../../model/labels.ts";
import { errorBody, formatFloat, formatTimestamp, jsonString } from "./format.ts";
import {
  MAX_TIME,
  MIN_TIME,
  parseDurationValue,
  parseLimit,
  parseTime,
  unescapeName,
} from "./params.ts";
import { goDuration, registerPrometheusApi } from "./plugin.ts";

describe("formatting", () => {
  it("formats floats like jsonutil.MarshalFloat", () => {
    assert.equal(formatFloat(1), "1");
    assert.equal(formatFloat(0.1), "0.1");
    assert.equal(formatFloat(1.5e-7), "1.5e-07");
    assert.equal(formatFloat(1e21), "1e+21");
    assert.equal(formatFloat(123456789012345680000), "123456789012345680000");
    assert.equal(formatFloat(Number.NaN), "NaN");
    assert.equal(formatFloat(Number.POSITIVE_INFINITY), "+Inf");
    assert.equal(formatFloat(Number.NEGATIVE_INFINITY), "-Inf");
    assert.equal(formatFloat(-0), "-0");
  });
  it("formats timestamps like jsonutil.MarshalTimestamp", () => {
    assert.equal(formatTimestamp(1435781451781), "1435781451.781");
    assert.equal(formatTimestamp(1500), "1.500");
    assert.equal(formatTimestamp(1005), "1.005");
    assert.equal(formatTimestamp(2000), "2");
    assert.equal(formatTimestamp(-1500), "-1.500");
  });
  it("escapes strings like Go's encoding/json", () => {
    assert.equal(jsonString("a<b>&\u2028"), '"a\\u003cb\\u003e\\u0026\\u2028"');
    assert.equal(
      errorBody("bad_data", "x"),
      '{"status":"error","errorType":"bad_data","error":"x"}',
    );
  });
});

describe("parameters", () => {
  it("parses times", () => {
    assert.equal(parseTime("1435781451.781"), 1435781451781);
    assert.equal(parseTime("1.5"), 1500);
    assert.equal(parseTime("-1.5"), -1500);
    assert.equal(parseTime("2015-07-01T20:10:51.781Z"), 1435781451781);
    assert.equal(parseTime("2015-07-01T22:10:51+02:00"), 1435781451000);
    assert.equal(parseTime("-292273086-05-16T16:47:06Z"), MIN_TIME);
    assert.equal(parseTime("292277025-08-18T07:12:54.999999999Z"), MAX_TIME);
    assert.throws(() => parseTime("x"), { message: 'cannot parse "x" to a valid timestamp' });
    assert.throws(() => parseTime("2015-02-30T00:00:00Z"));
  });
  it("parses durations and limits", () => {
    assert.equal(parseDurationValue("15"), 15000);
    assert.equal(parseDurationValue("0.5"), 500);
    assert.equal(parseDurationValue("1m30s"), 90000);
    assert.throws(() => parseDurationValue("abc"), {
      message: 'cannot parse "abc" to a valid duration',
    });
    assert.equal(parseLimit(""), 0);
    assert.equal(parseLimit("10"), 10);
    assert.throws(() => parseLimit("-1"), {
      message: 'invalid parameter "limit": limit must be non-negative',
    });
    assert.throws(() => parseLimit("x"), {
      message: 'invalid parameter "limit": strconv.Atoi: parsing "x": invalid syntax',
    });
    assert.equal(unescapeName("U__my_2e_label"), "my.label");
    assert.equal(unescapeName("U__a__b"), "a_b");
    assert.equal(unescapeName("plain"), "plain");
    assert.equal(goDuration(721 * 3600_000), "721h0m0s");
    assert.equal(goDuration(90_500), "1m30.5s");
  });
});

/** An engine that returns canned results or throws, recording its calls. */
class FakeEngine implements PromQLEngine {
  calls: { kind: string; expr: string; args: number[]; lookback?: number }[] = [];
  result: QueryResult | Error = { value: { type: "scalar", t: 0, f: 1 }, warnings: [], infos: [] };
  async instantQuery(
    _q: unknown,
    _t: string,
    expr: string,
    ts: number,
    opts?: { lookbackDelta?: number },
  ): Promise<QueryResult> {
    this.calls.push({ kind: "instant", expr, args: [ts], lookback: opts?.lookbackDelta });
    if (this.result instanceof Error) throw this.result;
    return this.result;
  }
  async rangeQuery(
    _q: unknown,
    _t: string,
    expr: string,
    start: number,
    end: number,
    step: number,
  ): Promise<QueryResult> {
    this.calls.push({ kind: "range", expr, args: [start, end, step] });
    if (this.result instanceof Error) throw this.result;
    return this.result;
  }
}

function tenantOf(req: { headers: Record<string, unknown> }): string {
  const t = req.headers["x-scope-orgid"];
  if (typeof t !== "string" || t === "")
    throw Object.assign(new Error("no org id"), { statusCode: 401 });
  return t;
}

const H = { "x-scope-orgid": "t1" };

describe("HTTP API with a fake engine", () => {
  let app: FastifyInstance;
  const engine = new FakeEngine();
  const storage = new MemStorage();
  before(async () => {
    app = Fastify();
    registerPrometheusApi(app, {
      prefix: "/prometheus",
      engine,
      queryable: storage,
      tenantOf,
      now: () => 1_000_000,
    });
    await app.ready();
    storage.append("t1", labelsFromObject({ __name__: "up", job: "a", instance: "i1" }), 1000, 1);
    storage.append("t1", labelsFromObject({ __name__: "up", job: "b", instance: "i2" }), 1000, 0);
    storage.append("t1", labelsFromObject({ __name__: "other", job: "a" }), 5000, 1);
    storage.append("t2", labelsFromObject({ __name__: "secret", job: "z" }), 1000, 1);
  });
  after(() => app.close());

  it("rejects requests without a tenant", async () => {
    const r = await app.inject({ url: "/prometheus/api/v1/query?query=up" });
    assert.equal(r.statusCode, 401);
    assert.equal(r.body, "no org id");
  });

  it("serialises vectors byte for byte", async () => {
    engine.result = {
      value: {
        type: "vector",
        samples: [
          { metric: labelsFromObject({ __name__: "up", job: "a<b" }), t: 1435781451781, f: 0.5 },
        ],
      },
      warnings: ["w1"],
      infos: [],
    };
    const r = await app.inject({
      url: "/prometheus/api/v1/query?query=up&time=1435781451.781",
      headers: H,
    });
    assert.equal(r.statusCode, 200);
    assert.match(r.headers["content-type"] as string, /application\/json/);
    assert.equal(
      r.body,
      '{"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"a\\u003cb"},"value":[1435781451.781,"0.5"]}]},"warnings":["w1"]}',
    );
    assert.deepEqual(engine.calls.at(-1), {
      kind: "instant",
      expr: "up",
      args: [1435781451781],
      lookback: undefined,
    });
  });

  it("defaults time to now and passes lookback_delta", async () => {
    engine.result = {
      value: { type: "scalar", t: 1_000_000, f: Number.POSITIVE_INFINITY },
      warnings: [],
      infos: ["i"],
    };
    const r = await app.inject({
      url: "/prometheus/api/v1/query?query=1&lookback_delta=1m",
      headers: H,
    });
    assert.equal(
      r.body,
      '{"status":"success","data":{"resultType":"scalar","result":[1000,"+Inf"]},"infos":["i"]}',
    );
    assert.deepEqual(engine.calls.at(-1), {
      kind: "instant",
      expr: "1",
      args: [1_000_000],
      lookback: 60_000,
    });
  });

  it("accepts form-encoded POST with body values taking precedence", async () => {
    engine.result = {
      value: {
        type: "matrix",
        series: [
          {
            metric: labelsFromObject({ a: "1" }),
            floats: [
              { t: 0, f: 1 },
              { t: 15000, f: 2 },
            ],
          },
        ],
      },
      warnings: [],
      infos: [],
    };
    const r = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/query_range?query=ignored",
      headers: { ...H, "content-type": "application/x-www-form-urlencoded" },
      payload: "query=sum(up)&start=0&end=15&step=15s",
    });
    assert.equal(r.statusCode, 200);
    assert.equal(
      r.body,
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":"1"},"values":[[0,"1"],[15,"2"]]}]}}',
    );
    assert.deepEqual(engine.calls.at(-1), {
      kind: "range",
      expr: "sum(up)",
      args: [0, 15000, 15000],
    });
  });

  it("validates query_range parameters with Prometheus's messages", async () => {
    const cases: [string, string][] = [
      ["start=x&end=1&step=1", 'invalid parameter "start": cannot parse "x" to a valid timestamp'],
      ["start=1&end=y&step=1", 'invalid parameter "end": cannot parse "y" to a valid timestamp'],
      ["start=2&end=1&step=1", "end timestamp must not be before start time"],
      ["start=1&end=2&step=z", 'invalid parameter "step": cannot parse "z" to a valid duration'],
      [
        "start=1&end=2&step=0",
        "zero or negative query resolution step widths are not accepted. Try a positive integer",
      ],
      [
        "start=0&end=11001&step=1",
        "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)",
      ],
    ];
    for (const [qs, msg] of cases) {
      const r = await app.inject({
        url: `/prometheus/api/v1/query_range?query=up&${qs}`,
        headers: H,
      });
      assert.equal(r.statusCode, 400, qs);
      assert.equal(r.body, errorBody("bad_data", msg), qs);
    }
    const t = await app.inject({ url: "/prometheus/api/v1/query?query=up&time=abc", headers: H });
    assert.equal(
      t.body,
      errorBody(
        "bad_data",
        `invalid parameter "time": invalid time value for 'time': cannot parse "abc" to a valid timestamp`,
      ),
    );
  });

  it("maps engine errors to status codes", async () => {
    const cases: [Error, number, string, string][] = [
      [
        new QueryError("bad_data", "1:1: parse error: boom"),
        400,
        "bad_data",
        'invalid parameter "query": 1:1: parse error: boom',
      ],
      [new QueryError("execution", "many-to-many"), 422, "execution", "many-to-many"],
      [
        new QueryError("timeout", "query timed out in query execution"),
        503,
        "timeout",
        "query timed out in query execution",
      ],
      [
        new QueryError("canceled", "query was canceled in query execution"),
        499,
        "canceled",
        "query was canceled in query execution",
      ],
      [new QueryError("unavailable", "down"), 503, "unavailable", "down"],
      [new Error("bug"), 500, "internal", "bug"],
    ];
    for (const [err, status, type, msg] of cases) {
      engine.result = err;
      const r = await app.inject({ url: "/prometheus/api/v1/query?query=up&time=1", headers: H });
      assert.equal(r.statusCode, status, msg);
      assert.equal(r.body, errorBody(type, msg));
    }
  });

  it("turns the timeout parameter into a timeout error", async () => {
    const slow: PromQLEngine = {
      instantQuery: (_q, _t, _e, _ts, opts) =>
        new Promise((_resolve, reject) => {
          opts?.signal?.addEventListener("abort", () =>
            reject(new QueryError("canceled", "query was canceled in query execution")),
          );
        }),
      rangeQuery: () => Promise.reject(new Error("unused")),
    };
    const app2 = Fastify();
    registerPrometheusApi(app2, { prefix: "", engine: slow, queryable: storage, tenantOf });
    await app2.ready();
    const r = await app2.inject({ url: "/api/v1/query?query=up&time=1&timeout=0.02", headers: H });
    assert.equal(r.statusCode, 503);
    assert.equal(r.body, errorBody("timeout", "query timed out in query execution"));
    const bad = await app2.inject({ url: "/api/v1/query?query=up&time=1&timeout=x", headers: H });
    // Coexists with a parent that already parses form bodies.
    const app3 = Fastify();
    await app3.register((await import("@fastify/formbody")).default);
    registerPrometheusApi(app3, { prefix: "/p", engine, queryable: storage, tenantOf });
    await app3.ready();
    engine.result = { value: { type: "scalar", t: 0, f: 2 }, warnings: [], infos: [] };
    const form = await app3.inject({
      method: "POST",
      url: "/p/api/v1/query",
      headers: { ...H, "content-type": "application/x-www-form-urlencoded" },
      payload: "query=2&time=0",
    });
    assert.equal(form.body, '{"status":"success","data":{"resultType":"scalar","result":[0,"2"]}}');
    await app3.close();
    assert.equal(
      bad.body,
      errorBody("bad_data", 'invalid parameter "timeout": cannot parse "x" to a valid duration'),
    );
    await app2.close();
  });

  it("lists series, label names and values per tenant", async () => {
    const s = await app.inject({
      url: "/prometheus/api/v1/series?match[]=up&match[]=other",
      headers: H,
    });
    assert.equal(
      s.body,
      '{"status":"success","data":[{"__name__":"other","job":"a"},{"__name__":"up","instance":"i1","job":"a"},{"__name__":"up","instance":"i2","job":"b"}]}',
    );
    const lim = await app.inject({
      url: "/prometheus/api/v1/series?match[]=up&limit=1",
      headers: H,
    });
    assert.equal(
      lim.body,
      '{"status":"success","data":[{"__name__":"up","instance":"i1","job":"a"}],"warnings":["results truncated due to limit"]}',
    );
    const ranged = await app.inject({
      url: "/prometheus/api/v1/series?match[]={job=%22a%22}&start=4&end=6",
      headers: H,
    });
    assert.equal(ranged.body, '{"status":"success","data":[{"__name__":"other","job":"a"}]}');
    const none = await app.inject({ url: "/prometheus/api/v1/series", headers: H });
    assert.equal(none.body, errorBody("bad_data", "no match[] parameter provided"));
    const empty = await app.inject({
      url: "/prometheus/api/v1/series?match[]={job=~%22.*%22}",
      headers: H,
    });
    assert.equal(
      empty.body,
      errorBody(
        "bad_data",
        'invalid parameter "match[]": 1:1: parse error: vector selector must contain at least one non-empty matcher',
      ),
    );
    const bad = await app.inject({ url: "/prometheus/api/v1/series?match[]=up{", headers: H });
    assert.equal(bad.statusCode, 400);
    assert.match(
      JSON.parse(bad.body).error,
      /^invalid parameter "match\[\]": 1:\d+: parse error: /,
    );

    const names = await app.inject({ url: "/prometheus/api/v1/labels", headers: H });
    assert.equal(names.body, '{"status":"success","data":["__name__","instance","job"]}');
    const names2 = await app.inject({ url: "/prometheus/api/v1/labels?match[]=other", headers: H });
    assert.equal(names2.body, '{"status":"success","data":["__name__","job"]}');
    const vals = await app.inject({ url: "/prometheus/api/v1/label/__name__/values", headers: H });
    assert.equal(vals.body, '{"status":"success","data":["other","up"]}');
    const vals2 = await app.inject({
      url: "/prometheus/api/v1/label/job/values?match[]=up&limit=1",
      headers: H,
    });
    assert.equal(
      vals2.body,
      '{"status":"success","data":["a"],"warnings":["results truncated due to limit"]}',
    );
    const other = await app.inject({
      url: "/prometheus/api/v1/label/__name__/values",
      headers: { "x-scope-orgid": "t2" },
    });
    assert.equal(other.body, '{"status":"success","data":["secret"]}');
    const del = await app.inject({
      method: "DELETE",
      url: "/prometheus/api/v1/series?match[]=up",
      headers: H,
    });
    assert.equal(del.statusCode, 500);
    assert.equal(del.body, errorBody("internal", "not implemented"));
  });

  it("serves metadata, exemplars, format_query and buildinfo", async () => {
    const md = await app.inject({ url: "/prometheus/api/v1/metadata", headers: H });
    assert.equal(md.body, '{"status":"success","data":{}}');
    const ex = await app.inject({
      url: "/prometheus/api/v1/query_exemplars?query=up&start=0&end=10",
      headers: H,
    });
    assert.equal(ex.body, '{"status":"success","data":[]}');
    const exBad = await app.inject({
      url: "/prometheus/api/v1/query_exemplars?query=up&start=10&end=0",
      headers: H,
    });
    assert.equal(
      exBad.body,
      errorBody("bad_data", "end timestamp must not be before start timestamp"),
    );
    const exNone = await app.inject({
      url: "/prometheus/api/v1/query_exemplars?query=1",
      headers: H,
    });
    assert.equal(exNone.body, '{"status":"success"}');
    const fq = await app.inject({
      url: "/prometheus/api/v1/format_query?query=sum(rate(foo%7Ba%3D%22b%22%7D%5B5m%5D))",
      headers: H,
    });
    assert.equal(fq.body, '{"status":"success","data":"sum(rate(foo{a=\\"b\\"}[5m]))"}');
    const fqBad = await app.inject({
      url: "/prometheus/api/v1/format_query?query=sum(",
      headers: H,
    });
    assert.equal(fqBad.statusCode, 400);
    assert.match(
      JSON.parse(fqBad.body).error,
      /^invalid parameter "query": \d+:\d+: parse error: /,
    );
    const bi = await app.inject({ url: "/prometheus/api/v1/status/buildinfo", headers: H });
    assert.equal(JSON.parse(bi.body).status, "success");
    assert.equal(typeof JSON.parse(bi.body).data.version, "string");
  });
});

describe("HTTP API with the engine over MemStorage", () => {
  let app: FastifyInstance;
  let engine: PromQLEngine | undefined;
  before(async () => {
    try {
      engine = await newTestEngine();
    } catch {
      engine = undefined;
    }
    if (engine === undefined) return;
    const storage = new MemStorage();
    for (let i = 0; i <= 10; i++) {
      storage.append(
        "t1",
        labelsFromObject({ __name__: "requests_total", job: "api" }),
        i * 60_000,
        i * 60,
      );
      storage.append(
        "t1",
        labelsFromObject({ __name__: "requests_total", job: "db" }),
        i * 60_000,
        i * 30,
      );
    }
    app = Fastify();
    registerPrometheusApi(app, { prefix: "/prometheus", engine, queryable: storage, tenantOf });
    await app.ready();
  });
  after(() => app?.close());

  it("answers instant and range queries", async (t) => {
    if (engine === undefined) return t.skip("engine not available");
    const r = await app.inject({
      url: "/prometheus/api/v1/query?query=sum(rate(requests_total[5m]))&time=600",
      headers: H,
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(
      r.body,
      '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[600,"1.5"]}]}}',
    );
    const rr = await app.inject({
      url: "/prometheus/api/v1/query_range?query=requests_total{job=%22db%22}&start=60&end=180&step=60",
      headers: H,
    });
    assert.equal(
      rr.body,
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"requests_total","job":"db"},"values":[[60,"30"],[120,"60"],[180,"90"]]}]}}',
    );
    const bad = await app.inject({ url: "/prometheus/api/v1/query?query=sum(&time=1", headers: H });
    assert.equal(bad.statusCode, 400);
    assert.match(JSON.parse(bad.body).error, /^invalid parameter "query": 1:\d+: parse error: /);
    const str = await app.inject({
      url: "/prometheus/api/v1/query?query=%22hi%22&time=1.5",
      headers: H,
    });
    assert.equal(
      str.body,
      '{"status":"success","data":{"resultType":"string","result":[1.500,"hi"]}}',
    );
  });
});
