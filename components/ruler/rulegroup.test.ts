import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  decodeRuleGroup,
  dumpYaml,
  encodeRuleGroup,
  groupToYamlObject,
  parseRuleFileYaml,
  parseRuleGroupYaml,
  RuleGroupDecodeError,
} from "./rulegroup.ts";

const GROUP = `
name: test
interval: 15s
rules:
- record: up_rule
  expr: up{}
- alert: up_alert
  expr: sum(up{}) > 1
  for: 30s
  annotations:
    test: test
  labels:
    test: test
`;

describe("rule groups", () => {
  it("writes the YAML Mimir's API writes (yaml.v3 layout)", () => {
    const g = parseRuleGroupYaml(GROUP, "user", "ns");
    assert.equal(
      dumpYaml(groupToYamlObject(g)),
      "name: test\ninterval: 15s\nrules:\n    - record: up_rule\n      expr: up{}\n    - alert: up_alert\n      expr: sum(up{}) > 1\n      for: 30s\n      labels:\n        test: test\n      annotations:\n        test: test\n",
    );
    assert.equal(dumpYaml({}), "{}\n");
  });

  it("keeps every field through the protobuf encoding", () => {
    const g = parseRuleGroupYaml(
      `name: g\ninterval: 1m30s\nquery_offset: 2m\nlimit: 7\nsource_tenants: [a, b]\nalign_evaluation_time_on_interval: true\nrules:\n  - alert: A\n    expr: up == 0\n    for: 5m\n    keep_firing_for: 1m\n    labels: {z: "1", a: "2"}\n    annotations: {summary: "{{ $value }}"}\n  - record: r\n    expr: sum(up)\n`,
      "tenant",
      "name/space",
    );
    const back = decodeRuleGroup(encodeRuleGroup(g));
    assert.deepEqual(back, g);
    assert.equal(back.interval, 90_000);
    assert.equal(back.queryOffset, 120_000);
    assert.equal(back.rules[0].keepFiringFor, 60_000);
    assert.deepEqual(
      back.rules[0].labels.map((l) => l.name),
      ["a", "z"],
    );
  });

  it("reads Mimir's field numbers (name 1, namespace 2, interval 3, rules 4, user 6)", () => {
    // name "g", namespace "n", interval {seconds: 60}, one rule {expr "x", record "r"}, user "u".
    const buf = Buffer.from([
      0x0a, 1, 0x67, 0x12, 1, 0x6e, 0x1a, 2, 0x08, 60, 0x22, 6, 0x0a, 1, 0x78, 0x12, 1, 0x72, 0x32,
      1, 0x75,
    ]);
    const g = decodeRuleGroup(buf);
    assert.equal(g.name, "g");
    assert.equal(g.namespace, "n");
    assert.equal(g.interval, 60_000);
    assert.equal(g.user, "u");
    assert.deepEqual(
      g.rules.map((r) => [r.expr, r.record]),
      [["x", "r"]],
    );
  });

  it("rejects what is not a rule group", () => {
    assert.throws(() => parseRuleGroupYaml("name: [", "u", "n"), RuleGroupDecodeError);
    assert.throws(() => parseRuleGroupYaml("nme: x\n", "u", "n"), /field nme not found/);
    assert.throws(
      () => parseRuleGroupYaml("name: x\ninterval: soon\n", "u", "n"),
      /not a valid duration string/,
    );
  });

  it("reads Prometheus rule files", () => {
    const gs = parseRuleFileYaml(
      "groups:\n  - name: a\n    rules:\n      - record: x\n        expr: up\n  - name: b\n    rules: []\n",
      "u",
      "file.yaml",
    );
    assert.deepEqual(
      gs.map((g) => [g.name, g.namespace, g.rules.length]),
      [
        ["a", "file.yaml", 1],
        ["b", "file.yaml", 0],
      ],
    );
    assert.deepEqual(parseRuleFileYaml("", "u", "f"), []);
  });
});
