/**
 * The same data in a real Prometheus and in mimir-ts, the same queries through both HTTP APIs:
 * results (series, values, types) and errors (status and errorType) must agree.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadDataset } from "./bench/dataset.ts";
import {
  type BenchTarget,
  hasPrometheus,
  startMimirTarget,
  startPrometheusTarget,
} from "./bench/targets.ts";

const INTERVAL = 10_000;
const skip = hasPrometheus()
  ? false
  : "prometheus is not installed (apt-get install -y prometheus)";

interface ApiResponse {
  status: string;
  data?: { resultType: string; result: any };
  errorType?: string;
  error?: string;
}

async function query(
  t: BenchTarget,
  path: string,
  params: Record<string, string>,
): Promise<{ code: number; body: ApiResponse }> {
  const res = await fetch(`${t.queryBase}${path}?${new URLSearchParams(params)}`);
  return { code: res.status, body: (await res.json()) as ApiResponse };
}

function canonical(result: any, resultType: string): Map<string, any> {
  const out = new Map<string, any>();
  if (resultType === "scalar" || resultType === "string") {
    out.set("", result);
    return out;
  }
  for (const s of result as any[]) {
    const key = JSON.stringify(Object.entries(s.metric).sort());
    out.set(key, s.value ?? s.values);
  }
  return out;
}

function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

function assertSameResult(q: string, ours: ApiResponse, theirs: ApiResponse) {
  assert.equal(ours.status, theirs.status, `${q}: status`);
  assert.equal(ours.data?.resultType, theirs.data?.resultType, `${q}: resultType`);
  const a = canonical(ours.data!.result, ours.data!.resultType);
  const b = canonical(theirs.data!.result, theirs.data!.resultType);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), `${q}: series`);
  for (const [k, va] of a) {
    const vb = b.get(k);
    const pa: [number, string][] = Array.isArray(va[0]) ? va : [va];
    const pb: [number, string][] = Array.isArray(vb[0]) ? vb : [vb];
    assert.equal(pa.length, pb.length, `${q} ${k}: number of points`);
    for (let i = 0; i < pa.length; i++) {
      assert.equal(pa[i][0], pb[i][0], `${q} ${k}: timestamp ${i}`);
      assert.ok(
        closeEnough(pa[i][1], pb[i][1]),
        `${q} ${k}: value at ${pa[i][0]}: ours ${pa[i][1]} theirs ${pb[i][1]}`,
      );
    }
  }
}

const QUERIES = [
  "a_10",
  "a_10{l=~'[1-3]'}",
  "a_10{l!='1'} offset 5m",
  "rate(a_10[1m])",
  "irate(b_10[2m])",
  "increase(a_1[5m])",
  "delta(b_1[5m])",
  "deriv(a_1[5m])",
  "sum(a_10)",
  "avg by (l)(a_10)",
  "count(h_10)",
  "sum by (le)(h_10)",
  "histogram_quantile(0.9, rate(h_10[5m]))",
  "histogram_quantile(0.5, sum by (le)(rate(h_10[5m])))",
  "a_10 - b_10",
  "a_10 / on(l) b_10",
  "a_10 > bool 100",
  "a_10 > 100",
  "topk(3, a_10)",
  "bottomk(2, b_10)",
  "quantile(0.75, a_10)",
  "stddev(a_10)",
  "count_values('v', a_1)",
  "label_replace(a_10, 'x', '$1', 'l', '(.)')",
  "label_join(a_1, 'j', '-', '__name__', 'l')",
  "max_over_time(a_10[10m])",
  "avg_over_time(b_1[5m])",
  "quantile_over_time(0.5, a_1[10m])",
  "max_over_time(rate(a_1[1m])[10m:1m])",
  "absent(nonexistent)",
  "absent_over_time(a_1[5m])",
  "vector(1) + 2",
  "scalar(a_1)",
  "time()",
  "clamp(a_10, 10, 200)",
  "sort_desc(a_10)",
  "abs(-a_1)",
  "a_1 and on() vector(1)",
  "a_10 unless a_10{l='3'}",
  "a_10 or b_1",
  "predict_linear(a_1[10m], 600)",
  "resets(a_1[10m])",
  "changes(b_1[10m])",
  "timestamp(a_1)",
  "a_1 @ end()",
  "sum_over_time(a_1[5m] offset -1m)",
];

const ERRORS = [
  "sum(",
  "nonexistent_function(a_1)",
  "rate(a_1)",
  "a_1[5m] + 1",
  "label_replace(a_1, 'x', '$1', 'l', '(')",
  "a_10 + on(l) group_left b_1 * on() a_10",
];

describe("PromQL through the HTTP API: mimir-ts against Prometheus", { skip }, () => {
  let ours: BenchTarget;
  let theirs: BenchTarget;
  // Samples sit 5s off the 10s grid that every evaluation time (and subquery step) is on, so no
  // sample falls on a range boundary: Prometheus 2.42 (the reference installed here) has
  // left-closed ranges, while mimir-ts follows Prometheus 3 (left-open).
  const end = Math.floor(Date.now() / INTERVAL) * INTERVAL;
  const start = end - 40 * 60_000 + 5_000;
  const at = String((end - 60_000) / 1000);

  before(async () => {
    ours = await startMimirTarget();
    theirs = await startPrometheusTarget();
    const dataset = { sizes: [1, 10], start, end, intervalMs: INTERVAL, sliceSamples: 30 };
    await loadDataset(ours.writeUrl, ours.headers, dataset);
    await loadDataset(theirs.writeUrl, theirs.headers, dataset);
  });

  after(async () => {
    await ours?.stop();
    await theirs?.stop();
  });

  it("instant queries agree", async () => {
    for (const q of QUERIES) {
      const a = await query(ours, "/api/v1/query", { query: q, time: at });
      const b = await query(theirs, "/api/v1/query", { query: q, time: at });
      assert.equal(
        a.code,
        b.code,
        `${q}: HTTP status (ours: ${JSON.stringify(a.body).slice(0, 200)})`,
      );
      assertSameResult(q, a.body, b.body);
    }
  });

  it("range queries agree", async () => {
    const params = { start: String((end - 30 * 60_000) / 1000), end: at, step: "30" };
    for (const q of QUERIES) {
      const a = await query(ours, "/api/v1/query_range", { query: q, ...params });
      const b = await query(theirs, "/api/v1/query_range", { query: q, ...params });
      assert.equal(
        a.code,
        b.code,
        `${q}: HTTP status (ours: ${JSON.stringify(a.body).slice(0, 200)})`,
      );
      assertSameResult(q, a.body, b.body);
    }
  });

  it("errors agree in status and errorType", async () => {
    for (const q of ERRORS) {
      const a = await query(ours, "/api/v1/query", { query: q, time: at });
      const b = await query(theirs, "/api/v1/query", { query: q, time: at });
      assert.equal(
        a.code,
        b.code,
        `${q}: HTTP status: ours ${a.body.error} / theirs ${b.body.error}`,
      );
      assert.equal(a.body.status, "error");
      assert.equal(a.body.errorType, b.body.errorType, `${q}: errorType`);
      assert.ok((a.body.error ?? "").length > 0);
    }
    const badRange = await query(ours, "/api/v1/query_range", {
      query: "a_1",
      start: at,
      end: String(Number(at) - 60),
      step: "10",
    });
    assert.equal(badRange.code, 400);
    assert.equal(badRange.body.error, "end timestamp must not be before start time");
  });

  it("stays healthy after bad queries and queries over the sample limit", async () => {
    const tooMany = await fetch(
      `${ours.queryBase}/api/v1/query_range?${new URLSearchParams({ query: "a_10", start: String(start / 1000), end: at, step: "0.001" })}`,
    );
    assert.equal(tooMany.status, 400);
    const ready = await fetch(ours.queryBase.replace(/\/prometheus$/, "/ready"));
    assert.equal(ready.status, 200);
  });
});
