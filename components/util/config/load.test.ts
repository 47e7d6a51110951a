import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDuration, parseDuration } from "./duration.ts";
import {
  applyYamlObject,
  ConfigError,
  coerceFlag,
  expandEnv,
  loadBlock,
  parseYamlDocument,
  splitArgs,
} from "./load.ts";
import { defaultsOf, f } from "./spec.ts";

const block = {
  name: f.string("x.name", "def", "a name"),
  port: f.int("x.port", 80, "a port", {
    validate: (v) => (v < 0 ? "must not be negative" : undefined),
  }),
  ratio: f.float("x.ratio", 0.5, "a ratio"),
  on: f.bool("x.on", false, "a switch"),
  wait: f.duration("x.wait", 10_000, "a wait"),
  tags: f.list("x.tags", [], "tags"),
  mode: f.string("x.mode", "a", "a mode", { enum: ["a", "b"] }),
  nested: { deep: f.int("x.nested.deep", 1, "deep") },
};

describe("durations", () => {
  it("parses Go and Prometheus forms", () => {
    assert.equal(parseDuration("10s"), 10_000);
    assert.equal(parseDuration("1h30m"), 5_400_000);
    assert.equal(parseDuration("1.5h"), 5_400_000);
    assert.equal(parseDuration("300ms"), 300);
    assert.equal(parseDuration("1d"), 86_400_000);
    assert.equal(parseDuration("1w"), 604_800_000);
    assert.equal(parseDuration("0"), 0);
    assert.equal(parseDuration("-5m"), -300_000);
    assert.equal(parseDuration("10"), undefined);
    assert.equal(parseDuration("abc"), undefined);
    assert.equal(parseDuration("5x"), undefined);
    assert.equal(parseDuration(""), undefined);
  });
  it("formats like model.Duration", () => {
    assert.equal(formatDuration(0), "0s");
    assert.equal(formatDuration(13 * 3_600_000), "13h");
    assert.equal(formatDuration(5_400_000), "1h30m");
    assert.equal(formatDuration(10_500), "10s500ms");
    assert.equal(formatDuration(86_400_000 * 7), "1w");
  });
});

describe("flag splitting", () => {
  const known = new Set(["a", "b", "flag", "bool"]);
  const isKnown = (n: string) => known.has(n);
  const isBool = (n: string) => n === "bool";
  it("accepts -f=v, --f=v, -f v and bare booleans", () => {
    const { flags, positional } = splitArgs(
      ["-a=1", "--b=2", "-flag", "three", "-bool", "pos"],
      isKnown,
      isBool,
    );
    assert.deepEqual(flags.get("a"), ["1"]);
    assert.deepEqual(flags.get("b"), ["2"]);
    assert.deepEqual(flags.get("flag"), ["three"]);
    assert.deepEqual(flags.get("bool"), ["true"]);
    assert.deepEqual(positional, ["pos"]);
  });
  it("keeps repeated flags in order", () => {
    const { flags } = splitArgs(["-a=1", "-a", "2"], isKnown, isBool);
    assert.deepEqual(flags.get("a"), ["1", "2"]);
  });
  it("rejects unknown flags and missing values", () => {
    assert.throws(
      () => splitArgs(["-nope=1"], isKnown, isBool),
      /flag provided but not defined: -nope/,
    );
    assert.throws(() => splitArgs(["-flag"], isKnown, isBool), /flag needs an argument: -flag/);
  });
  it("converts values with Go's wording on errors", () => {
    assert.equal(coerceFlag("x.port", block.port, "8080"), 8080);
    assert.throws(
      () => coerceFlag("x.port", block.port, "80x"),
      /invalid value "80x" for flag -x.port: parse error/,
    );
    assert.equal(coerceFlag("x.wait", block.wait, "1m"), 60_000);
    assert.throws(
      () => coerceFlag("x.wait", block.wait, "1 minute"),
      /invalid value "1 minute" for flag -x.wait/,
    );
    assert.equal(coerceFlag("x.on", block.on, "false"), false);
    assert.deepEqual(coerceFlag("x.tags", block.tags, "a,b"), ["a", "b"]);
    assert.throws(() => coerceFlag("x.port", block.port, "-1"), /-x.port: must not be negative/);
    assert.throws(() => coerceFlag("x.mode", block.mode, "c"), /must be one of: a, b/);
  });
});

describe("YAML loading", () => {
  it("applies values over defaults", () => {
    const cfg = loadBlock(
      block,
      parseYamlDocument("name: n\nport: 81\nwait: 1m\ntags: [a, b]\nnested:\n  deep: 2\n", "t"),
    );
    assert.equal(cfg.name, "n");
    assert.equal(cfg.port, 81);
    assert.equal(cfg.ratio, 0.5);
    assert.equal(cfg.wait, 60_000);
    assert.deepEqual(cfg.tags, ["a", "b"]);
    assert.equal(cfg.nested.deep, 2);
  });
  it("names the path of an unknown key", () => {
    assert.throws(
      () => loadBlock(block, { nested: { nope: 1 } }),
      (e: Error) =>
        e instanceof ConfigError && /nested\.nope: field nope not found/.test(e.message),
    );
  });
  it("names the path of a wrong type", () => {
    assert.throws(
      () => loadBlock(block, { port: "eighty" }),
      /port: cannot unmarshal !!str "eighty" into int/,
    );
    assert.throws(
      () => loadBlock(block, { nested: 3 }),
      /nested: cannot unmarshal !!int 3 into a mapping/,
    );
    assert.throws(() => loadBlock(block, { on: "yes please" }), /on: cannot unmarshal/);
  });
  it("names the path of a bad duration", () => {
    assert.throws(
      () => loadBlock(block, { wait: "10 seconds" }),
      /wait: invalid duration "10 seconds"/,
    );
  });
  it("accepts a comma-separated string for lists", () => {
    assert.deepEqual(loadBlock(block, { tags: "a, b" }).tags, ["a", "b"]);
  });
  it("rejects multiple documents and reports YAML syntax errors in one line", () => {
    assert.throws(() => parseYamlDocument("a: 1\n---\nb: 2\n", "f"), /multiple documents/);
    try {
      parseYamlDocument("a: [1, 2\n", "f");
      assert.fail("expected an error");
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.ok(!(e as Error).message.includes("\n"), "one line");
    }
  });
  it("leaves the target untouched on error paths it did not reach", () => {
    const cfg = defaultsOf(block) as Record<string, any>;
    assert.throws(() => applyYamlObject(block, cfg, { name: "x", bogus: 1 }, ""));
    assert.equal(cfg.name, "x");
  });
});

describe("environment expansion", () => {
  it("expands ${VAR} and ${VAR:default}", () => {
    const env = { A: "1", EMPTY: "" };
    assert.equal(expandEnv("a=${A} b=${B:two} c=${B} d=${EMPTY:dflt}", env), "a=1 b=two c= d=dflt");
  });
});
