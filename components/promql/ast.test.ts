import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Expr, inspect, positionString, unwrapParens } from "./ast.ts";
import { parseExpr } from "./parser.ts";

describe("inspect", () => {
  it("visits every node depth-first in source order with its ancestors", () => {
    const seen: string[] = [];
    inspect(parseExpr("sum(rate(a[5m])) + max_over_time(b[1h:1m])"), (n, path) => {
      seen.push(`${path.map((p) => p.kind).join("/")}>${n.kind}`);
    });
    assert.deepEqual(seen, [
      ">BinaryExpr",
      "BinaryExpr>AggregateExpr",
      "BinaryExpr/AggregateExpr>Call",
      "BinaryExpr/AggregateExpr/Call>MatrixSelector",
      "BinaryExpr/AggregateExpr/Call/MatrixSelector>VectorSelector",
      "BinaryExpr>Call",
      "BinaryExpr/Call>SubqueryExpr",
      "BinaryExpr/Call/SubqueryExpr>VectorSelector",
    ]);
  });

  it("skips the children of a node whose visit returns false", () => {
    const kinds: string[] = [];
    inspect(parseExpr("rate(a[5m]) * (b)"), (n) => {
      kinds.push(n.kind);
      return n.kind !== "MatrixSelector";
    });
    assert.deepEqual(kinds, [
      "BinaryExpr",
      "Call",
      "MatrixSelector",
      "ParenExpr",
      "VectorSelector",
    ]);
  });
});

describe("unwrapParens and positionString", () => {
  it("strip parentheses and print line:column", () => {
    const e: Expr = parseExpr("((a))");
    assert.equal(unwrapParens(e).kind, "VectorSelector");
    assert.equal(positionString("a +\n  b", 6), "2:3");
    assert.equal(positionString("abc", 0), "1:1");
  });
});
