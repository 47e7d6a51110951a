import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRuleGroupYaml } from "./rulegroup.ts";
import { checkTemplate } from "./template.ts";
import { validateRuleGroup } from "./validate.ts";

const opts = { federationEnabled: false, checkTemplate };
const check = (yaml: string) => validateRuleGroup(parseRuleGroupYaml(yaml, "u", "ns"), opts);

describe("rule group validation", () => {
  it("accepts a valid group", () => {
    assert.deepEqual(
      check(
        "name: g\nrules:\n  - record: a:b\n    expr: sum(up)\n  - alert: A\n    expr: up == 0\n    annotations:\n      summary: '{{ $labels.job }} {{ $value | humanize }}'\n",
      ),
      [],
    );
  });

  it("names the group when it has no name or no rules", () => {
    assert.deepEqual(check(""), ["invalid rules configuration: rule group name must not be empty"]);
    assert.deepEqual(check("name: rg_name\ninterval: 15s\n"), [
      "invalid rules configuration: rule group 'rg_name' has no rules",
    ]);
  });

  it("names the rule (index from 0) and what is wrong with it", () => {
    assert.deepEqual(
      check(
        "name: g\nrules:\n  - record: ok\n    expr: up\n  - record: bad\n    expr: sum(\n  - alert: X\n    record: y\n    expr: up\n  - expr: up\n  - record: 'not valid'\n    expr: up\n    for: 1m\n    annotations: {a: b}\n",
      ),
      [
        'group "g", rule 1, "bad": could not parse expression: 1:5: parse error: unexpected end of input',
        "group \"g\", rule 2, \"X\": only one of 'record' and 'alert' must be set",
        "group \"g\", rule 3: one of 'record' or 'alert' must be set",
        'group "g", rule 4, "not valid": invalid field \'annotations\' in recording rule',
        'group "g", rule 4, "not valid": invalid field \'for\' in recording rule',
        'group "g", rule 4, "not valid": invalid recording rule name: not valid',
      ],
    );
  });

  it("parses alert templates like Prometheus", () => {
    const errs = check(
      "name: g\nrules:\n  - alert: HighLoad\n    expr: up\n    annotations:\n      summary: '{{ nosuchfunc $value }}'\n",
    );
    assert.equal(errs.length, 1);
    assert.match(
      errs[0],
      /^group "g", rule 0, "HighLoad": msg=template: __alert_HighLoad:1: function "nosuchfunc" not defined$/,
    );
  });

  it("refuses federated groups unless federation is enabled", () => {
    const yaml = "name: fed\nsource_tenants: [a, b]\nrules:\n  - record: x\n    expr: up\n";
    assert.match(
      check(yaml)[0],
      /rule group 'fed' is a federated rule group, but rules federation is disabled/,
    );
    assert.deepEqual(
      validateRuleGroup(parseRuleGroupYaml(yaml, "u", "ns"), { federationEnabled: true }),
      [],
    );
  });
});
