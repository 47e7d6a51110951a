import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parser as lezer } from "@prometheus-io/lezer-promql";
import type { ValueType } from "./ast.ts";
import { FUNCTIONS } from "./functable.ts";
import { ParseError, parseExpr } from "./parser.ts";

/**
 * Functions the upstream grammar (@prometheus-io/lezer-promql) knows that the engine does not
 * implement yet, with why. Adding an implementation means removing it here.
 */
const NOT_IMPLEMENTED: ReadonlyMap<string, string> = new Map([]);

/**
 * Table functions the lezer grammar does not list as functions, with why: min_of/max_of exist
 * there only inside duration expressions (DurationMinOf/DurationMaxOf).
 */
const NOT_IN_LEZER: ReadonlySet<string> = new Set(["min_of", "max_of"]);

/** The lezer node type a name gets as a function identifier ("" if the grammar has none). */
function lezerFunctionType(name: string): string {
  const c = lezer.parse(`${name}()`).cursor();
  do {
    if (c.name === "FunctionIdentifier") {
      if (!c.firstChild()) return "";
      const type: string = c.name;
      return type === "Identifier" ? "" : type;
    }
  } while (c.next());
  return "";
}

/** Every function name of the lezer grammar: node types that parse as their own function identifier. */
function lezerFunctions(): Set<string> {
  const snake = (t: string) =>
    t
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
      .toLowerCase();
  const byType = new Map<string, string>();
  // Names whose snake_case form differs from their node type (HistogramStdDev, StartFn) come from the table.
  for (const name of FUNCTIONS.keys()) {
    const t = lezerFunctionType(name);
    if (t !== "") byType.set(t, name);
  }
  for (const type of lezer.nodeSet.types) {
    if (byType.has(type.name) || !/^[A-Z]/.test(type.name)) continue;
    const name = snake(type.name);
    if (lezerFunctionType(name) === type.name) byType.set(type.name, name);
  }
  return new Set(byType.values());
}

/** A call of f with arguments of the right types. */
function exampleCall(name: string, argTypes: readonly ValueType[]): string {
  const arg: Record<ValueType, string> = {
    vector: "up",
    matrix: "up[5m]",
    scalar: "1",
    string: '"x"',
  };
  if (name === "info") return "info(up, {k=~'.+'})";
  return `${name}(${argTypes.map((t) => arg[t]).join(", ")})`;
}

describe("function table", () => {
  it("has exactly one entry per function", () => {
    // The source lists each function once (the map would hide a repeated name).
    const src = readFileSync(new URL("./functable.ts", import.meta.url), "utf8");
    const listed = [...src.matchAll(/\b(?:fn|windowFn)\(\s*"([a-z_0-9]+)"/g)].map((m) => m[1]);
    assert.equal(listed.length, FUNCTIONS.size);
    assert.deepEqual(new Set(listed), new Set(FUNCTIONS.keys()));
  });

  it("has an entry for every function the upstream grammar accepts (TestFunctionList)", () => {
    const upstream = lezerFunctions();
    assert.ok(upstream.size > 80, `found only ${upstream.size} lezer functions`);
    const missing = [...upstream].filter((n) => !FUNCTIONS.has(n) && !NOT_IMPLEMENTED.has(n));
    assert.deepEqual(missing, [], "functions of the grammar without a table entry");
    const extra = [...FUNCTIONS.keys()].filter((n) => !upstream.has(n) && !NOT_IN_LEZER.has(n));
    assert.deepEqual(extra, [], "table entries the grammar does not know");
    for (const n of NOT_IMPLEMENTED.keys())
      assert.ok(upstream.has(n) && !FUNCTIONS.has(n), `${n} is stale in NOT_IMPLEMENTED`);
    for (const n of NOT_IN_LEZER)
      assert.ok(FUNCTIONS.has(n) && !upstream.has(n), `${n} is stale in NOT_IN_LEZER`);
  });

  it("is what the parser accepts: every entry parses, other names do not", () => {
    for (const f of FUNCTIONS.values()) {
      const e = parseExpr(exampleCall(f.name, f.argTypes));
      assert.equal(e.kind, "Call", f.name);
      if (e.kind === "Call") assert.equal(e.func.name, f.name);
    }
    for (const n of NOT_IMPLEMENTED.keys()) {
      assert.throws(
        () => parseExpr(`${n}(up)`),
        (err: unknown) =>
          err instanceof ParseError && /unknown function with name/.test(err.message),
      );
    }
  });

  it("gives range-vector functions a window kernel and checks their entries", () => {
    for (const f of FUNCTIONS.values()) {
      const takesRange = f.argTypes.includes("matrix");
      if (f.impl.kind === "window") {
        assert.ok(takesRange, `${f.name}: a window kernel needs a range argument`);
        assert.equal(f.returnType, "vector", f.name);
      }
      if (f.rangeModifiers.length > 0)
        assert.equal(f.impl.kind, "window", `${f.name}: range modifiers need a window kernel`);
      if (f.impl.kind === "call" && takesRange) assert.equal(f.name, "absent_over_time");
    }
  });

  it("lists the @-unsafe functions of Prometheus (plus start and end)", () => {
    const unsafe = [...FUNCTIONS.values()].filter((f) => !f.atModifierSafe).map((f) => f.name);
    assert.deepEqual(unsafe.sort(), [
      "day_of_month",
      "day_of_week",
      "day_of_year",
      "days_in_month",
      "end",
      "hour",
      "minute",
      "month",
      "predict_linear",
      "start",
      "time",
      "timestamp",
      "year",
    ]);
  });

  it("derives the parser's anchored/smoothed check from the entries", () => {
    assert.throws(
      () => parseExpr("max_over_time(up[5m] anchored)"),
      /anchored modifier can only be used with: changes, delta, increase, rate, resets - not with max_over_time/,
    );
    assert.throws(
      () => parseExpr("changes(up[5m] smoothed)"),
      /smoothed modifier can only be used with: delta, increase, rate - not with changes/,
    );
    assert.equal(parseExpr("resets(up[5m] anchored)").kind, "Call");
  });
});
