import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseExpr } from "../promql/parser.ts";
import type { QueryRequest } from "./request.ts";
import {
  alignToStep,
  isCacheable,
  nextIntervalBoundary,
  pinAtModifiers,
  splitByInterval,
} from "./split.ts";

const H = 3_600_000;

function req(query: string, start: number, end: number, step: number): QueryRequest {
  return {
    kind: "range",
    path: "/prometheus/api/v1/query_range",
    query,
    expr: parseExpr(query),
    start,
    end,
    step,
    extra: [],
    headers: {},
  };
}

describe("split by interval", () => {
  it("cuts at interval boundaries and keeps the step grid", () => {
    const r = req("up", 30 * 60_000, 3 * H + 10 * 60_000, 7 * 60_000);
    const parts = splitByInterval(r, H);
    assert.equal(parts[0].start, r.start);
    assert.equal(parts[parts.length - 1].end, r.end);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      assert.equal((p.start - r.start) % r.step, 0, "start on the grid");
      assert.equal((p.end - r.start) % r.step === 0 || p.end === r.end, true);
      assert.equal(Math.floor(p.start / H), Math.floor(p.end / H), "inside one interval");
      if (i > 0) assert.equal(p.start, parts[i - 1].end + r.step, "no gap, no overlap");
    }
    // Every step of the original request is in exactly one part.
    let n = 0;
    for (const p of parts) n += Math.floor((p.end - p.start) / r.step) + 1;
    assert.equal(n, Math.floor((r.end - r.start) / r.step) + 1);
  });

  it("leaves a single-point range and a disabled split alone", () => {
    assert.equal(splitByInterval(req("up", H, H, 1000), H).length, 1);
    assert.equal(splitByInterval(req("up", 0, 10 * H, 1000), 0).length, 1);
  });

  it("nextIntervalBoundary is the last grid point before the boundary", () => {
    assert.equal(nextIntervalBoundary(0, 1000, H), H - 1000);
    assert.equal(nextIntervalBoundary(500, 1000, H), H - 500);
  });

  it("pins @ start() and @ end() to the whole request before splitting", () => {
    const r = req("a @ end() + b @ start()", 0, 5 * H, 60_000);
    const parts = splitByInterval(r, H);
    for (const p of parts) assert.equal(p.query, "a @ 18000.000 + b @ 0.000");
    assert.equal(pinAtModifiers(req("a", 0, H, 1000)).query, "a");
  });

  it("aligns start and end to the step", () => {
    const r = alignToStep(req("up", 1_500, 10_700, 1_000));
    assert.deepEqual([r.start, r.end], [1_000, 10_000]);
  });

  it("does not cache queries with @ or negative offsets", () => {
    assert.equal(isCacheable(parseExpr("rate(a[5m] offset 1h)")), true);
    assert.equal(isCacheable(parseExpr("a @ 100")), false);
    assert.equal(isCacheable(parseExpr("a offset -5m")), false);
  });
});
