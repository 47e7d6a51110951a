/**
 * The queries and comparisons of the differential PromQL e2e tests (mimir-ts against
 * Prometheus), shared by the direct run (promql-compare.test.ts) and the run through the
 * query-frontend (frontend-promql.test.ts).
 */
import assert from "node:assert/strict";
import type { BenchTarget } from "./bench/targets.ts";

export interface ApiResponse {
  status: string;
  data?: { resultType: string; result: any };
  errorType?: string;
  error?: string;
}

export async function query(
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

export function assertSameResult(q: string, ours: ApiResponse, theirs: ApiResponse) {
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

export const QUERIES = [
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

export const ERRORS = [
  "sum(",
  "nonexistent_function(a_1)",
  "rate(a_1)",
  "a_1[5m] + 1",
  "label_replace(a_1, 'x', '$1', 'l', '(')",
  "a_10 + on(l) group_left b_1 * on() a_10",
];
