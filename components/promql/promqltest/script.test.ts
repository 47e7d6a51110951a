import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isStaleNaN } from "../../model/series.ts";
import {
  addAtModifiers,
  atModifierEvalTimes,
  formatAtTime,
  selectorMatchers,
} from "./atmodifier.ts";
import { almostEqual, checkAnnotations, checkExpectedFailure, compareResult } from "./compare.ts";
import { MemStorage } from "./memstorage.ts";
import { skipRangeMode } from "./runner.ts";
import {
  type EvalCmd,
  expandValueToken,
  parseDuration,
  parseGoNumber,
  parseLabelsPrefix,
  parseScript,
  parseSeriesDesc,
  type SeqValue,
} from "./script.ts";

const floats = (vs: SeqValue[]) =>
  vs.map((v) => (v.kind === "float" ? v.value : v.kind === "omitted" ? "_" : "H"));

describe("expanding notation", () => {
  it("expands a+bxn, a-bxn, axn, _ and _xN", () => {
    assert.deepEqual(floats(expandValueToken("1+2x3")), [1, 3, 5, 7]);
    assert.deepEqual(floats(expandValueToken("10-5x2")), [10, 5, 0]);
    assert.deepEqual(floats(expandValueToken("-1+1x2")), [-1, 0, 1]);
    assert.deepEqual(floats(expandValueToken("7x2")), [7, 7, 7]);
    assert.deepEqual(floats(expandValueToken("_")), ["_"]);
    assert.deepEqual(floats(expandValueToken("_x3")), ["_", "_", "_"]);
    assert.deepEqual(floats(expandValueToken("1e3")), [1000]);
    assert.deepEqual(floats(expandValueToken(".5")), [0.5]);
    assert.deepEqual(floats(expandValueToken("-Inf")), [Number.NEGATIVE_INFINITY]);
    assert.ok(Number.isNaN(floats(expandValueToken("NaN"))[0] as number));
  });
  it("keeps stale markers as StaleNaN", () => {
    const v = expandValueToken("stale");
    assert.equal(v.length, 1);
    assert.ok(v[0].kind === "float" && isStaleNaN(v[0].value));
    assert.throws(() => expandValueToken("1+"));
  });
  it("parses series descriptions with labels and histograms", () => {
    const d = parseSeriesDesc(
      `http_requests{job="api", "a.b"='x\\ny', empty=""} 0+10x2 _ stale {{schema:0 sum:1 buckets:[1 2]}}x1`,
    );
    assert.deepEqual(
      d.labels.map((l) => [l.name, l.value]),
      [
        ["__name__", "http_requests"],
        ["a.b", "x\ny"],
        ["job", "api"],
      ],
    );
    assert.deepEqual(floats(d.values).slice(0, 4), [0, 10, 20, "_"]);
    assert.equal(d.values.length, 7);
    assert.equal(d.values[5].kind, "histogram");
    const q = parseLabelsPrefix(`{"utf8.name", le="+Inf"}`);
    assert.deepEqual(
      q.labels.map((l) => l.value),
      ["utf8.name", "+Inf"],
    );
  });
});

describe("durations and numbers", () => {
  it("parses Prometheus durations", () => {
    assert.equal(parseDuration("0"), 0);
    assert.equal(parseDuration("1m30s"), 90_000);
    assert.equal(parseDuration("10s53ms"), 10_053);
    assert.equal(parseDuration("1h"), 3_600_000);
    assert.throws(() => parseDuration(""));
    assert.throws(() => parseDuration("5"));
  });
  it("parses numbers like Go", () => {
    assert.equal(parseGoNumber("3"), 3);
    assert.equal(parseGoNumber("-2.5e1"), -25);
    assert.equal(parseGoNumber("0x10"), 16);
    assert.equal(parseGoNumber("+Inf"), Number.POSITIVE_INFINITY);
    assert.equal(parseGoNumber("{} 3"), undefined);
    assert.equal(parseGoNumber("foo"), undefined);
  });
});

const SCRIPT = `
# comment
load 5m
  metric{a="1"} 0+1x10
  other 1 _ 3

eval instant at 10m metric
  metric{a="1"} 2

eval range from 0 to 10m step 5m metric
  expect no_warn
  metric{a="1"} 0 1 2

eval instant at 0 scalar(other)
  1

eval_fail instant at 0 foo(
  expected_fail_message boom

eval instant at 0 bad
  expect fail regex:bo+m
  expect warn msg: careful

eval_ordered instant at 0 sort(metric)
  metric{a="1"} 0

eval instant at 0 "x"
  expect string "x"

eval instant at 10m metric[10m]
  expect range vector from 0 to 10m step 5m
  metric{a="1"} 1 2

clear
`;

function evals(): EvalCmd[] {
  return parseScript(SCRIPT).commands.filter((c): c is EvalCmd => c.kind === "eval");
}

describe("script parser", () => {
  it("parses commands, lines and expectations", () => {
    const s = parseScript(SCRIPT);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(
      s.commands.map((c) => c.kind),
      ["load", "eval", "eval", "eval", "eval", "eval", "eval", "eval", "eval", "clear"],
    );
    const load = s.commands[0];
    assert.ok(load.kind === "load");
    assert.equal(load.intervalMs, 300_000);
    assert.equal(load.series.length, 2);
    const ev = evals();
    assert.equal(ev[0].line, 7);
    assert.equal(ev[0].evalTime, 600_000);
    assert.equal(ev[1].isRange, true);
    assert.equal(ev[1].step, 300_000);
    assert.equal(ev[1].expects.no_warn.length, 1);
    assert.equal(ev[2].expectScalar, true);
    assert.equal(ev[3].fail, true);
    assert.equal(ev[3].expectedFailMessage, "boom");
    assert.equal(ev[4].expects.fail.length, 1);
    assert.equal(ev[4].expects.warn[0].message, "careful");
    assert.equal(ev[5].ordered, true);
    assert.equal(ev[6].expectedString, "x");
    assert.equal(ev[6].excludeFromRangeQuery, true);
    assert.equal(ev[7].evalTime, 600_000);
    assert.equal(ev[7].start, 0);
    assert.equal(ev[7].step, 300_000);
  });
  it("reports bad lines without giving up", () => {
    const s = parseScript("load 5m\n  foo{ 1\n\nbogus\n\neval instant at 0 foo\n  foo 1 2\n");
    assert.equal(s.errors.length, 2);
    const ev = s.commands.find((c) => c.kind === "eval");
    assert.ok(
      ev?.kind === "eval" &&
        ev.error !== undefined &&
        ev.error.includes("expecting multiple values"),
    );
  });
  it("parses histogram expectations (no longer unsupported)", () => {
    const s = parseScript("eval instant at 0 h\n  h {{schema:0 sum:1}}\n");
    const ev = s.commands[0];
    assert.ok(ev.kind === "eval");
    assert.equal(ev.unsupported, undefined);
    const v = [...ev.expected.values()][0].values[0];
    assert.ok(v.kind === "histogram" && v.h.sum === 1 && !v.hintSet);
  });
});

describe("comparison", () => {
  it("almostEqual follows util/almost", () => {
    assert.ok(almostEqual(1, 1 + 1e-9));
    assert.ok(!almostEqual(1, 1.001));
    assert.ok(almostEqual(Number.NaN, Number.NaN));
    const stale = expandValueToken("stale")[0];
    assert.ok(stale.kind === "float");
    assert.ok(!almostEqual(stale.value, Number.NaN));
    assert.ok(almostEqual(stale.value, stale.value));
    assert.ok(!almostEqual(0, 1e-300));
  });
  it("compares vectors ignoring order unless ordered", () => {
    const ev = parseScript('eval instant at 0 x\n  x{a="1"} 1\n  x{a="2"} 2\n')
      .commands[0] as EvalCmd;
    const m1 = [
      { name: "__name__", value: "x" },
      { name: "a", value: "1" },
    ];
    const m2 = [
      { name: "__name__", value: "x" },
      { name: "a", value: "2" },
    ];
    const samples = [
      { metric: m2, t: 0, f: 2 },
      { metric: m1, t: 0, f: 1 },
    ];
    assert.equal(compareResult(ev, { type: "vector", samples }), undefined);
    ev.ordered = true;
    assert.match(compareResult(ev, { type: "vector", samples }) ?? "", /at position/);
    ev.ordered = false;
    assert.match(compareResult(ev, { type: "vector", samples: [samples[0]] }) ?? "", /not found/);
    assert.match(
      compareResult(ev, { type: "vector", samples: [{ metric: m1, t: 0, f: 1.1 }, samples[0]] }) ??
        "",
      /expected 1/,
    );
    assert.match(
      compareResult(ev, { type: "scalar", t: 0, f: 1 }) ?? "",
      /expected vector or matrix/,
    );
  });
  it("compares matrices by timestamp and value", () => {
    const ev = parseScript("eval range from 0 to 2m step 1m x\n  x 1 _ 3\n").commands[0] as EvalCmd;
    const metric = [{ name: "__name__", value: "x" }];
    const ok = {
      type: "matrix" as const,
      series: [
        {
          metric,
          floats: [
            { t: 0, f: 1 },
            { t: 120_000, f: 3 },
          ],
        },
      ],
    };
    assert.equal(compareResult(ev, ok), undefined);
    const badT = {
      type: "matrix" as const,
      series: [
        {
          metric,
          floats: [
            { t: 0, f: 1 },
            { t: 60_000, f: 3 },
          ],
        },
      ],
    };
    assert.match(compareResult(ev, badT) ?? "", /timestamp/);
  });
  it("checks annotations and expected failures", () => {
    const ev = parseScript("eval instant at 0 x\n  expect warn msg: w1\n  expect no_info\n")
      .commands[0] as EvalCmd;
    const value = { type: "vector" as const, samples: [] };
    assert.equal(checkAnnotations(ev, "x", { value, warnings: ["w1"], infos: [] }), undefined);
    assert.match(
      checkAnnotations(ev, "x", { value, warnings: [], infos: [] }) ?? "",
      /none were found/,
    );
    assert.match(
      checkAnnotations(ev, "x", { value, warnings: ["w1", "w2"], infos: [] }) ?? "",
      /unexpected warn/,
    );
    assert.match(
      checkAnnotations(ev, "x", { value, warnings: ["w1"], infos: ["i"] }) ?? "",
      /unexpected info/,
    );
    const f = parseScript("eval instant at 0 x\n  expect fail msg: exact\n").commands[0] as EvalCmd;
    assert.equal(checkExpectedFailure(f, "exact"), undefined);
    assert.match(checkExpectedFailure(f, "other") ?? "", /expected error matching/);
  });
});

describe("@ re-runs", () => {
  it("adds @ to top-level selectors, not inside subqueries", () => {
    assert.equal(addAtModifiers("foo", 10_000), "foo @ 10.000");
    assert.equal(
      addAtModifiers("rate(foo[5m]) + bar offset 1m", 1500),
      "rate(foo[5m] @ 1.500) + bar @ 1.500 offset 1m",
    );
    assert.equal(addAtModifiers("foo @ 5", 1000), "foo @ 5");
    assert.equal(addAtModifiers("foo @ start()", 1000), "foo @ 1.000");
    assert.equal(
      addAtModifiers("max_over_time(rate(x[1m])[5m:1m])", 0),
      "max_over_time(rate(x[1m])[5m:1m] @ 0.000)",
    );
    assert.equal(addAtModifiers("timestamp(foo)", 1000), undefined);
    assert.equal(
      addAtModifiers("max_over_time(time()[5m:1m])", 1000),
      "max_over_time(time()[5m:1m] @ 1.000)",
    );
    // Postfix operators bind to the rightmost primary, whatever lezer's tree says.
    assert.equal(addAtModifiers("a + b @ 60", 1000), "a @ 1.000 + b @ 60");
    assert.equal(addAtModifiers("a + b offset 5m", 1000), "a @ 1.000 + b @ 1.000 offset 5m");
    assert.equal(addAtModifiers("a * b[5m] @ 3", 1000), "a @ 1.000 * b[5m] @ 3");
    assert.equal(addAtModifiers("-a @ 5", 1000), "-a @ 5");
    assert.equal(
      addAtModifiers("a + rate(b[5m]) @ 10", 1000),
      "a @ 1.000 + rate(b[5m] @ 1.000) @ 10",
    );
    assert.equal(
      addAtModifiers("a + b[5m:1m] offset 1m", 1000),
      "a @ 1.000 + b[5m:1m] @ 1.000 offset 1m",
    );
    assert.equal(addAtModifiers("(a + b)[5m:1m]", 1000), "(a + b)[5m:1m] @ 1.000");
    assert.equal(formatAtTime(-3_000_123), "-3000.123");
    assert.deepEqual(atModifierEvalTimes(0), [-1000, 0, 1000]);
    assert.deepEqual(atModifierEvalTimes(7), [-70, 0, 1, 7, 70]);
  });
  it("extracts selector matchers", () => {
    assert.deepEqual(selectorMatchers(`rate(foo{a=~"x|y"}[5m]) + {"b.c", d!='e'}`), [
      [
        { name: "__name__", type: "=", value: "foo" },
        { name: "a", type: "=~", value: "x|y" },
      ],
      [
        { name: "__name__", type: "=", value: "b.c" },
        { name: "d", type: "!=", value: "e" },
      ],
    ]);
    assert.equal(selectorMatchers("foo{"), undefined);
    assert.equal(addAtModifiers("start()", 1000), undefined);
  });
  it("skips the range-mode re-run only for range/step/start/end functions", () => {
    assert.ok(skipRangeMode("vector(range())"));
    assert.ok(skipRangeMode("start()"));
    assert.ok(skipRangeMode("step() + 1"));
    assert.ok(!skipRangeMode("foo @ end()"));
    assert.ok(!skipRangeMode("rate(foo[5m])"));
    assert.ok(!skipRangeMode("backend()"));
  });
});

describe("MemStorage", () => {
  it("selects by matchers within the querier range and seeks", async () => {
    const { newMatcher } = await import("../../model/matcher.ts");
    const st = new MemStorage();
    const a = [
      { name: "__name__", value: "m" },
      { name: "x", value: "1" },
    ];
    const b = [
      { name: "__name__", value: "m" },
      { name: "x", value: "2" },
    ];
    for (let t = 0; t <= 100; t += 10) st.append("t", a, t, t / 10);
    st.append(
      "t",
      b,
      500,
      expandValueToken("stale")[0].kind === "float"
        ? (expandValueToken("stale")[0] as { value: number }).value
        : 0,
    );
    st.append("t", a, 50, 99); // replaces
    const q = await st.querier("t", 20, 60);
    const ss = await q.select(true, undefined, [newMatcher("=", "__name__", "m")]);
    assert.equal(ss.length, 1);
    const it = ss[0].iterator();
    const seen: number[][] = [];
    while (it.next() !== 0) seen.push([it.atT(), it.atF()]);
    assert.deepEqual(seen, [
      [20, 2],
      [30, 3],
      [40, 4],
      [50, 99],
      [60, 6],
    ]);
    const it2 = ss[0].iterator();
    assert.equal(it2.seek(35), 1);
    assert.equal(it2.atT(), 40);
    assert.equal(it2.seek(10), 1);
    assert.equal(it2.atT(), 40);
    assert.equal(it2.seek(61), 0);
    const q2 = await st.querier("t", 0, 1000);
    const s2 = await q2.select(true, undefined, [newMatcher("=", "x", "2")]);
    const it3 = s2[0].iterator();
    assert.equal(it3.next(), 1);
    assert.ok(isStaleNaN(it3.atF()));
    assert.deepEqual(await q2.labelValues("x", undefined, []), ["1", "2"]);
    assert.deepEqual(await q2.labelNames(undefined, [newMatcher("=", "x", "1")]), [
      "__name__",
      "x",
    ]);
    st.clear();
    assert.equal(st.seriesCount("t"), 0);
  });
});
