import assert from "node:assert/strict";
import { test } from "node:test";
import { type Labels, labelsFromObject, labelsToString } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import {
  notAHistogram,
  type Querier,
  type Queryable,
  STALE_NAN,
  type SampleIterator,
  type SelectHints,
  type Series,
  ValFloat,
  ValHistogram,
  ValNone,
  type ValueType,
} from "../model/series.ts";
import { Engine } from "./engine.ts";
import { QueryError, type QueryResult } from "./types.ts";

/** A tiny in-memory store that also records the select calls it receives. */
class TinyStore implements Queryable {
  readonly series: { labels: Labels; ts: number[]; vs: Float64Array; hist?: Set<number> }[] = [];
  readonly selects: SelectHints[] = [];

  add(obj: Record<string, string>, points: [number, number][]): void {
    this.series.push({
      labels: labelsFromObject(obj),
      ts: points.map((p) => p[0]),
      vs: Float64Array.from(points, (p) => p[1]),
    });
  }

  async querier(_tenant: string, mint: number, maxt: number): Promise<Querier> {
    const all = this.series;
    const selects = this.selects;
    return {
      async select(
        _sort: boolean,
        hints: SelectHints | undefined,
        matchers: readonly Matcher[],
      ): Promise<Series[]> {
        if (hints) selects.push(hints);
        const out: Series[] = [];
        for (const s of all) {
          const get = (n: string) => s.labels.find((l) => l.name === n)?.value ?? "";
          if (!matchers.every((m) => m.matches(get(m.name)))) continue;
          if (!s.ts.some((t) => t >= mint && t <= maxt)) continue;
          out.push({
            labels: s.labels,
            iterator(): SampleIterator {
              let i = -1;
              return {
                next(): ValueType {
                  i++;
                  return i >= s.ts.length ? ValNone : s.hist?.has(i) ? ValHistogram : ValFloat;
                },
                seek(t: number): ValueType {
                  if (i < 0) i = 0;
                  while (i < s.ts.length && s.ts[i] < t) i++;
                  return i >= s.ts.length ? ValNone : s.hist?.has(i) ? ValHistogram : ValFloat;
                },
                atT: () => s.ts[i],
                atF: () => s.vs[i],
                atH: notAHistogram,
                atFH: notAHistogram,
              };
            },
          });
        }
        return out;
      },
      async labelValues() {
        return [];
      },
      async labelNames() {
        return [];
      },
      close() {},
    };
  }
}

const OPTS = {
  lookbackDelta: 300000,
  maxSamples: 10000,
  timeout: 100000,
  defaultSubqueryStep: 60000,
};

/** Points every `step` ms from 0: values v0, v0+inc, ... */
function seq(n: number, step: number, v0: number, inc: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) out.push([i * step, v0 + i * inc]);
  return out;
}

function vec(r: QueryResult): Record<string, number> {
  assert.equal(r.value.type, "vector");
  const out: Record<string, number> = {};
  if (r.value.type === "vector")
    for (const s of r.value.samples) out[labelsToString(s.metric)] = s.f;
  return out;
}

function store(): TinyStore {
  const st = new TinyStore();
  st.add({ __name__: "http_requests_total", job: "api", instance: "0" }, seq(11, 60000, 0, 10));
  st.add({ __name__: "http_requests_total", job: "api", instance: "1" }, seq(11, 60000, 0, 20));
  st.add({ __name__: "http_requests_total", job: "web", instance: "0" }, seq(11, 60000, 0, 30));
  // Stale markers keep their NaN payload only in typed arrays (V8 canonicalises NaN in plain arrays).
  st.add({ __name__: "gauge", job: "api" }, [
    [0, 1],
    [60000, 5],
    [120000, 0],
  ]);
  st.series[st.series.length - 1].vs[2] = STALE_NAN;
  return st;
}

test("instant vector selector with lookback and staleness", async () => {
  const e = new Engine(OPTS);
  const st = store();
  assert.deepEqual(vec(await e.instantQuery(st, "t", "gauge", 90000)), {
    '{__name__="gauge", job="api"}': 5,
  });
  // The stale marker at 2m ends the series.
  assert.deepEqual(vec(await e.instantQuery(st, "t", "gauge", 150000)), {});
  // Left-open lookback: a sample exactly 5m old is not seen.
  const st2 = new TinyStore();
  st2.add({ __name__: "x" }, [[0, 1]]);
  assert.deepEqual(vec(await e.instantQuery(st2, "t", "x", 299999)), { '{__name__="x"}': 1 });
  assert.deepEqual(vec(await e.instantQuery(st2, "t", "x", 300000)), {});
});

test("rate, aggregation and name dropping", async () => {
  const e = new Engine(OPTS);
  const st = store();
  const r = vec(
    await e.instantQuery(st, "t", "sum by (job) (rate(http_requests_total[5m]))", 600000),
  );
  assert.ok(Math.abs(r['{job="api"}'] - 0.5) < 1e-9, String(r['{job="api"}']));
  assert.ok(Math.abs(r['{job="web"}'] - 0.5) < 1e-9);
  const r2 = vec(await e.instantQuery(st, "t", "http_requests_total > 150", 600000));
  assert.deepEqual(Object.keys(r2).sort(), [
    '{__name__="http_requests_total", instance="0", job="web"}',
    '{__name__="http_requests_total", instance="1", job="api"}',
  ]);
  const r3 = vec(await e.instantQuery(st, "t", 'http_requests_total{job="web"} * 2', 600000));
  assert.deepEqual(r3, { '{instance="0", job="web"}': 600 });
});

test("binary vector matching with group_left and errors", async () => {
  const e = new Engine(OPTS);
  const st = store();
  st.add({ __name__: "info", job: "api", team: "a" }, seq(11, 60000, 1, 0));
  const r = vec(
    await e.instantQuery(st, "t", "http_requests_total * on(job) group_left(team) info", 600000),
  );
  assert.equal(r['{instance="0", job="api", team="a"}'], 100);
  assert.equal(r['{instance="1", job="api", team="a"}'], 200);
  await assert.rejects(
    e.instantQuery(st, "t", "http_requests_total + on(job) http_requests_total", 600000),
    (err: unknown) =>
      err instanceof QueryError &&
      err.type === "execution" &&
      /many-to-many matching not allowed/.test(err.message),
  );
});

test("range query evaluates every step and fetches each selector once", async () => {
  const e = new Engine(OPTS);
  const st = store();
  const r = await e.rangeQuery(st, "t", 'sum(http_requests_total{job="api"})', 0, 600000, 120000);
  assert.equal(r.value.type, "matrix");
  if (r.value.type !== "matrix") return;
  assert.equal(r.value.series.length, 1);
  assert.deepEqual(
    r.value.series[0].floats.map((p) => [p.t, p.f]),
    [
      [0, 0],
      [120000, 60],
      [240000, 120],
      [360000, 180],
      [480000, 240],
      [600000, 300],
    ],
  );
  assert.equal(st.selects.length, 1);
  assert.equal(st.selects[0].end, 600000);
  assert.ok(st.selects[0].start <= 0 - 300000 + 1);
});

test("subqueries, offset and @", async () => {
  const e = new Engine(OPTS);
  const st = store();
  const r = vec(
    await e.instantQuery(st, "t", 'max_over_time(http_requests_total{job="web"}[5m:1m])', 600000),
  );
  assert.deepEqual(r, { '{instance="0", job="web"}': 300 });
  const r2 = vec(await e.instantQuery(st, "t", 'http_requests_total{job="web"} offset 2m', 600000));
  assert.deepEqual(r2, { '{__name__="http_requests_total", instance="0", job="web"}': 240 });
  const r3 = vec(await e.instantQuery(st, "t", 'http_requests_total{job="web"} @ 60', 600000));
  assert.deepEqual(r3, { '{__name__="http_requests_total", instance="0", job="web"}': 30 });
});

test("functions: histogram_quantile, label_replace, absent, scalar", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  for (const [le, v] of [
    ["0.1", 10],
    ["0.5", 50],
    ["+Inf", 100],
  ] as const)
    st.add({ __name__: "lat_bucket", le }, [[0, v]]);
  const q = vec(await e.instantQuery(st, "t", "histogram_quantile(0.5, lat_bucket)", 0));
  assert.ok(Math.abs(q["{}"] - 0.5) < 1e-9);
  const lr = vec(
    await e.instantQuery(
      st,
      "t",
      'label_replace(lat_bucket{le="0.1"}, "x", "v$1", "le", "0\\\\.(.*)")',
      0,
    ),
  );
  assert.deepEqual(lr, { '{__name__="lat_bucket", le="0.1", x="v1"}': 10 });
  const ab = vec(await e.instantQuery(st, "t", 'absent(nope{job="a"})', 0));
  assert.deepEqual(ab, { '{job="a"}': 1 });
  const sc = await e.instantQuery(st, "t", "scalar(lat_bucket)", 0);
  assert.equal(sc.value.type, "scalar");
  if (sc.value.type === "scalar") assert.ok(Number.isNaN(sc.value.f));
});

test("topk, count_values, quantile annotations", async () => {
  const e = new Engine(OPTS);
  const st = store();
  const t = vec(await e.instantQuery(st, "t", "topk(1, http_requests_total)", 600000));
  assert.deepEqual(t, { '{__name__="http_requests_total", instance="0", job="web"}': 300 });
  const cv = vec(await e.instantQuery(st, "t", 'count_values("v", http_requests_total)', 600000));
  assert.deepEqual(cv, { '{v="100"}': 1, '{v="200"}': 1, '{v="300"}': 1 });
  const qr = await e.instantQuery(st, "t", "quantile(2, http_requests_total)", 600000);
  assert.equal(qr.warnings.length, 1);
  assert.match(
    qr.warnings[0],
    /^PromQL warning: quantile value should be between 0 and 1, got 2 \(1:10\)$/,
  );
  const rr = await e.instantQuery(st, "t", "rate(gauge[5m])", 90000);
  assert.deepEqual(rr.infos, [
    'PromQL info: metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "gauge" (1:6)',
  ]);
});

test("errors: parse errors, range query type, max samples", async () => {
  const e = new Engine(OPTS);
  const st = store();
  await assert.rejects(
    e.instantQuery(st, "t", "sum(", 0),
    (err: unknown) => err instanceof QueryError && err.type === "bad_data",
  );
  await assert.rejects(
    e.rangeQuery(st, "t", "foo[5m]", 0, 60000, 60000),
    (err: unknown) =>
      err instanceof QueryError &&
      err.message ===
        'invalid expression type "range vector" for range query, must be Scalar or instant Vector',
  );
  const small = new Engine({ ...OPTS, maxSamples: 5 });
  await assert.rejects(
    small.rangeQuery(st, "t", "http_requests_total", 0, 600000, 60000),
    (err: unknown) =>
      err instanceof QueryError &&
      err.type === "execution" &&
      err.message === "query processing would load too many samples into memory in query execution",
  );
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(
    e.instantQuery(st, "t", "http_requests_total", 0, { signal: ac.signal }),
    (err: unknown) => err instanceof QueryError && err.type === "canceled",
  );
});

test("fill modifiers", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  st.add({ __name__: "l", k: "a" }, [[0, 1]]);
  st.add({ __name__: "l", k: "b" }, [[0, 2]]);
  st.add({ __name__: "r", k: "a" }, [[0, 10]]);
  st.add({ __name__: "r", k: "c" }, [[0, 30]]);
  assert.deepEqual(vec(await e.instantQuery(st, "t", "l + fill(0) r", 0)), {
    '{k="a"}': 11,
    '{k="b"}': 2,
    '{k="c"}': 30,
  });
  assert.deepEqual(vec(await e.instantQuery(st, "t", "l + fill_right(5) r", 0)), {
    '{k="a"}': 11,
    '{k="b"}': 7,
  });
  assert.deepEqual(vec(await e.instantQuery(st, "t", "l + fill_left(5) r", 0)), {
    '{k="a"}': 11,
    '{k="c"}': 35,
  });
});

test("step() and range() in durations resolve per query", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  st.add({ __name__: "m" }, seq(101, 1000, 0, 1));
  const r = await e.rangeQuery(st, "t", "count_over_time(m[step()])", 50000, 60000, 10000);
  assert.ok(r.value.type === "matrix");
  if (r.value.type === "matrix")
    assert.deepEqual(
      r.value.series[0].floats.map((p) => p.f),
      [10, 10],
    );
  const o = await e.rangeQuery(st, "t", "m offset range()", 50000, 60000, 5000);
  if (o.value.type === "matrix")
    assert.deepEqual(
      o.value.series[0].floats.map((p) => p.f),
      [40, 45, 50],
    );
  else assert.fail("expected matrix");
});

test("histogram_fraction and monotonicity info on classic buckets", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  for (const [le, v] of [
    ["1", 10],
    ["2", 5],
    ["+Inf", 20],
  ] as const)
    st.add({ __name__: "h_bucket", le }, [[0, v]]);
  const q = await e.instantQuery(st, "t", "histogram_quantile(0.5, h_bucket)", 0);
  assert.equal(vec(q)["{}"], 1);
  assert.equal(q.infos.length, 1);
  assert.match(q.infos[0], /input to histogram_quantile needed to be fixed for monotonicity/);
  const f = vec(await e.instantQuery(st, "t", "histogram_fraction(0, 1, h_bucket)", 0));
  assert.ok(Math.abs(f["{}"] - 0.5) < 1e-9, String(f["{}"]));
});

test("@ makes selectors step-invariant in range queries", async () => {
  const e = new Engine(OPTS);
  const st = store();
  const r = await e.rangeQuery(
    st,
    "t",
    'rate(http_requests_total{job="web"}[2m] @ 300)',
    0,
    600000,
    300000,
  );
  assert.ok(r.value.type === "matrix");
  if (r.value.type !== "matrix") return;
  const vals = r.value.series[0].floats.map((p) => p.f);
  assert.equal(vals.length, 3);
  assert.ok(
    vals.every((v) => Math.abs(v - 0.5) < 1e-9),
    String(vals),
  );
});

test("sort, limitk and count_values formatting", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  st.add({ __name__: "s", i: "1" }, [[0, 3]]);
  st.add({ __name__: "s", i: "2" }, [[0, 1e21]]);
  st.add({ __name__: "s", i: "3" }, [[0, 2]]);
  const r = await e.instantQuery(st, "t", "sort_desc(s)", 0);
  assert.ok(r.value.type === "vector");
  if (r.value.type === "vector")
    assert.deepEqual(
      r.value.samples.map((x) => x.f),
      [1e21, 3, 2],
    );
  const l = await e.instantQuery(st, "t", "limitk(2, s)", 0);
  assert.equal(Object.keys(vec(l)).length, 2);
  const cv = vec(await e.instantQuery(st, "t", 'count_values("v", s)', 0));
  assert.equal(cv['{v="1000000000000000000000"}'], 1);
});

test("info() adds target_info data labels by identifying labels", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  st.add({ __name__: "m", instance: "a", job: "1" }, [[0, 7]]);
  st.add({ __name__: "target_info", instance: "a", job: "1", version: "v1", region: "eu" }, [
    [0, 1],
  ]);
  assert.deepEqual(vec(await e.instantQuery(st, "t", "info(m)", 0)), {
    '{__name__="m", instance="a", job="1", region="eu", version="v1"}': 7,
  });
  assert.deepEqual(vec(await e.instantQuery(st, "t", 'info(m, {version=~".+"})', 0)), {
    '{__name__="m", instance="a", job="1", version="v1"}': 7,
  });
  assert.deepEqual(vec(await e.instantQuery(st, "t", 'info(m, {version="v2"})', 0)), {});
});

test("anchored and smoothed range selectors", async () => {
  const e = new Engine(OPTS);
  const st = new TinyStore();
  // 1..5 every 15s from 0, then 9..13.
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) pts.push([i * 15000, i < 5 ? i + 1 : i + 4]);
  st.add({ __name__: "m" }, pts);
  assert.deepEqual(vec(await e.instantQuery(st, "t", "increase(m[1m] anchored)", 80000)), {
    "{}": 7,
  });
  const sm = vec(await e.instantQuery(st, "t", "increase(m[1m] smoothed)", 65000));
  assert.ok(Math.abs(sm["{}"] - 5) < 1e-9, String(sm["{}"]));
  const v = vec(await e.instantQuery(st, "t", "m smoothed", 5000));
  assert.ok(Math.abs(v['{__name__="m"}'] - 4 / 3) < 1e-9);
});
