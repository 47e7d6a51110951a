import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDuration, formatExpr, ParseError, parseDuration, parseExpr } from "./parser.ts";

function fails(q: string, msg: string): void {
  assert.throws(
    () => parseExpr(q),
    (e: unknown) => {
      assert.ok(e instanceof ParseError, `expected ParseError for ${q}`);
      assert.equal(e.message, msg, q);
      return true;
    },
  );
}

test("parses number literals", () => {
  const cases: [string, number][] = [
    ["1", 1],
    ["0x1F", 31],
    ["1e3", 1000],
    [".5", 0.5],
    ["2.", 2],
    ["-Inf", -Infinity],
    ["+inf", Infinity],
    ["0755", 493],
    ["1h", 3600],
  ];
  for (const [q, v] of cases) {
    const e = parseExpr(q);
    assert.equal(e.kind, "NumberLiteral", q);
    if (e.kind === "NumberLiteral") assert.equal(e.val, v, q);
  }
  const nan = parseExpr("NaN");
  assert.ok(nan.kind === "NumberLiteral" && Number.isNaN(nan.val));
});

test("parses selectors with offset and @", () => {
  const e = parseExpr('foo{a="b", c=~"d.*"}[5m] offset -1h30m @ 100');
  assert.equal(e.kind, "MatrixSelector");
  if (e.kind !== "MatrixSelector") return;
  assert.equal(e.range, 300000);
  assert.equal(e.vs.offset, -5400000);
  assert.equal(e.vs.timestamp, 100000);
  assert.deepEqual(
    e.vs.matchers.map((m) => `${m.name}${m.type}${m.value}`),
    ["__name__=foo", "a=b", "c=~d.*"],
  );
});

test("binds offset and @ to the rightmost operand of a binary expression", () => {
  const e = parseExpr("1 + foo offset 5m");
  assert.equal(e.kind, "BinaryExpr");
  if (e.kind !== "BinaryExpr") return;
  assert.equal(e.rhs.kind, "VectorSelector");
  if (e.rhs.kind === "VectorSelector") assert.equal(e.rhs.offset, 300000);
  assert.equal(formatExpr(parseExpr("a - b @ end()")), "a - b @ end()");
  // lezer groups (a + b @ 60) * 0; Prometheus binds `@` to b and `*` tighter than `+`.
  const r = parseExpr("a + b @ 60 * 0");
  assert.ok(
    r.kind === "BinaryExpr" && r.op === "+" && r.rhs.kind === "BinaryExpr" && r.rhs.op === "*",
  );
  if (r.kind === "BinaryExpr" && r.rhs.kind === "BinaryExpr")
    assert.ok(r.rhs.lhs.kind === "VectorSelector" && r.rhs.lhs.timestamp === 60000);
});

test("parses vector matching and aggregations", () => {
  const e = parseExpr("a / on(b) group_left(c) d");
  assert.ok(e.kind === "BinaryExpr");
  if (e.kind !== "BinaryExpr") return;
  assert.deepEqual(e.matching, {
    card: "many-to-one",
    matchingLabels: ["b"],
    on: true,
    include: ["c"],
    explicit: true,
  });
  const agg = parseExpr("SUM(x) BY (job)");
  assert.ok(agg.kind === "AggregateExpr" && agg.op === "sum" && agg.grouping[0] === "job");
  const set = parseExpr("a and b");
  assert.ok(set.kind === "BinaryExpr" && set.matching?.card === "many-to-many");
});

test("formats expressions canonically", () => {
  const cases: [string, string][] = [
    ["sum(x) by (a)", "sum by (a) (x)"],
    ["topk(3, x)", "topk(3, x)"],
    ['rate(foo{x="y"}[5m] offset 1m)', 'rate(foo{x="y"}[5m] offset 1m)'],
    ["a > bool on(x) b", "a > bool on (x) b"],
    ["x[1h:5m]", "x[1h:5m]"],
    ["-(a)", "-(a)"],
  ];
  for (const [q, want] of cases) assert.equal(formatExpr(parseExpr(q)), want);
});

test("rejects invalid expressions with Prometheus's messages", () => {
  fails("1 > 2", "comparisons between scalars must use BOOL modifier");
  fails("rate(foo)", 'expected type range vector in call to function "rate", got instant vector');
  fails("{}", "vector selector must contain at least one non-empty matcher");
  fails('{a=""}', "vector selector must contain at least one non-empty matcher");
  fails("foo and 1", 'set operator "and" not allowed in binary scalar expression');
  fails("a + on(b) 1", "vector matching only allowed between instant vectors");
  fails("a + bool b", "bool modifier can only be used on comparison operators");
  fails("nope(x)", 'unknown function with name "nope"');
  fails("abs(a, b)", 'expected 1 argument(s) in call to "abs", got 2');
  fails("label_join(a)", 'expected at least 3 argument(s) in call to "label_join", got 1');
  fails("round(a, 1, 2)", 'expected at most 2 argument(s) in call to "round", got 3');
  fails(
    "topk(x)",
    "wrong number of arguments for aggregate expression provided, expected 2, got 1",
  );
  fails("sum(x[5m])", "expected type instant vector in aggregation expression, got range vector");
  fails("foo offset 1m offset 2m", "offset may not be set multiple times");
  fails("(foo)[5m]", "ranges only allowed for vector selectors");
  fails("a + b[5m]", "binary expression must contain only scalar and instant vector types");
  fails("a and on(x) group_left b", 'no grouping allowed for "and" operation');
  fails("a + on(x) group_left(x) b", 'label "x" must not occur in ON and GROUP clause at once');
  fails("foo +", "unexpected end of input");
  fails("", "no expression found in input");
  fails('foo{__name__="bar"}', 'metric name must not be set twice: "foo" or "bar"');
});

test("ParseError carries a position", () => {
  try {
    parseExpr("sum(rate(foo))");
    assert.fail("expected error");
  } catch (e) {
    assert.ok(e instanceof ParseError);
    assert.equal(e.position(), "1:10");
  }
});

test("durations", () => {
  assert.equal(parseDuration("1h30m"), 5400000);
  assert.equal(parseDuration("1y"), 365 * 86400000);
  assert.equal(parseDuration("100ms"), 100);
  assert.equal(parseDuration("abc"), null);
  assert.equal(formatDuration(5400000), "1h30m");
  assert.equal(formatDuration(0), "0s");
  assert.equal(formatDuration(1500), "1s500ms");
});

test("unary minus on a literal binds looser than ^", () => {
  const e = parseExpr("-2 ^ 2");
  assert.ok(
    e.kind === "UnaryExpr" && e.op === "-" && e.expr.kind === "BinaryExpr" && e.expr.op === "^",
  );
});

test("experimental syntax: fill, anchored/smoothed, step() durations, info selectors", () => {
  const f = parseExpr("a + fill_left(1) fill_right(2) b");
  assert.ok(f.kind === "BinaryExpr" && f.fillLeft === 1 && f.fillRight === 2);
  assert.equal(formatExpr(parseExpr("a + fill(0) b")), "a + fill(0) b");
  const m = parseExpr("rate(x[1m] anchored)");
  assert.ok(
    m.kind === "Call" && m.args[0].kind === "MatrixSelector" && m.args[0].vs.ext === "anchored",
  );
  assert.throws(
    () => parseExpr("deriv(x[1m] smoothed)"),
    /smoothed modifier can only be used with: delta, increase, rate - not with deriv/,
  );
  const d = parseExpr("x[step() * 2]");
  assert.ok(d.kind === "MatrixSelector" && d.rangeExpr !== undefined);
  // info()'s second argument may consist of matchers that all match the empty string.
  assert.doesNotThrow(() => parseExpr('info(x, {data=~".*"})'));
});
