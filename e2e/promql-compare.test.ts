/**
 * The same data in a real Prometheus and in mimir-ts, the same queries through both HTTP APIs:
 * results (series, values, types) and errors (status and errorType) must agree.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadDataset } from "./bench/dataset.ts";
import { assertSameResult, ERRORS, QUERIES, query } from "./promql_cases.ts";
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
