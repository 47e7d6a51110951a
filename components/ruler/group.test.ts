import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { labelsToString } from "../model/labels.ts";
import { isStaleNaN, type Queryable, type Series, ValFloat, ValNone } from "../model/series.ts";
import { evalTimestamp, Group, type GroupOptions, slotOffset } from "./group.ts";
import { parseRuleGroupYaml } from "./rulegroup.ts";
import type { AlertingRule, QueryFunc, RuleSample } from "./rules.ts";
import { expandTemplate } from "./template.ts";

const logger = pino({ level: "silent" });
const OPTS: GroupOptions = {
  interval: 1000,
  queryOffset: 0,
  file: "/rules/t/ns",
  externalLabels: {},
  externalURL: "",
  resendDelay: 60_000,
  outageTolerance: 3_600_000,
  forGracePeriod: 600_000,
  restore: false,
};

function newGroup(
  yaml: string,
  query: QueryFunc,
  opts: Partial<GroupOptions> = {},
  queryable?: Queryable,
) {
  const written: RuleSample[] = [];
  const g = new Group(
    parseRuleGroupYaml(yaml, "t", "ns"),
    { ...OPTS, ...opts },
    {
      query,
      write: async (s) => {
        written.push(...s);
      },
      notify: () => {},
      expand: expandTemplate,
      queryable,
      tenant: "t",
      logger,
    },
  );
  return { g, written };
}

describe("rule group slots", () => {
  it("evaluate at multiples of the interval plus a hash offset of name and file", () => {
    const off = slotOffset("g", "/rules/t/ns", 60_000);
    assert.ok(off >= 0 && off < 60_000);
    assert.equal(off, slotOffset("g", "/rules/t/ns", 60_000), "deterministic");
    assert.notEqual(off, slotOffset("h", "/rules/t/ns", 60_000));
    const t = evalTimestamp(1_000_000_000_123, 60_000, off);
    assert.ok(t <= 1_000_000_000_123 && t > 1_000_000_000_123 - 60_000);
    assert.ok(
      Math.abs(((t - off) % 60_000) - 0) < 1e-6 || Math.abs(((t - off) % 60_000) - 60_000) < 1e-6,
    );
  });
});

describe("rule group evaluation", () => {
  it("runs rules in order, writes results, and marks vanished series stale", async () => {
    let present = ["a", "b"];
    const query: QueryFunc = async (expr, t) =>
      expr === "up"
        ? present.map((i) => ({ metric: [{ name: "instance", value: i }], t, f: 1 }))
        : [];
    const { g, written } = newGroup("name: g\nrules:\n  - record: r\n    expr: up\n", query, {
      queryOffset: 500,
    });
    await g.eval(10_000.7);
    assert.deepEqual(
      written.map((s) => `${labelsToString(s.metric)}@${s.t}=${s.f}`),
      ['{__name__="r", instance="a"}@9500=1', '{__name__="r", instance="b"}@9500=1'],
    );
    written.length = 0;
    present = ["a"];
    await g.eval(11_000.7);
    assert.equal(written.length, 2);
    assert.equal(labelsToString(written[1].metric), '{__name__="r", instance="b"}');
    assert.ok(isStaleNaN(written[1].f));
    assert.equal(written[1].t, 10_500);
    written.length = 0;
    await g.stop(0);
    assert.equal(written.length, 1);
    assert.ok(isStaleNaN(written[0].f));
    assert.ok(written[0].t > 10_500, "after the last sample written");
    assert.equal(g.rules[0].health, "ok");
  });

  it("keeps alerts and series of matching rules when the group changes", async () => {
    const query: QueryFunc = async (_e, t) => [{ metric: [{ name: "i", value: "a" }], t, f: 1 }];
    const { g: old } = newGroup(
      "name: g\nrules:\n  - alert: A\n    expr: up\n    for: 1m\n  - record: gone\n    expr: up\n",
      query,
    );
    await old.eval(1000);
    const { g, written } = newGroup(
      "name: g\nrules:\n  - record: new\n    expr: up\n  - alert: A\n    expr: up\n    for: 1m\n",
      query,
    );
    g.copyState(old);
    const a = [...(g.rules[1] as AlertingRule).active.values()][0];
    assert.equal(a.activeAt, 1000, "the pending alert keeps its activeAt");
    await g.eval(2000);
    const stale = written.filter((s) => isStaleNaN(s.f)).map((s) => labelsToString(s.metric));
    assert.deepEqual(stale, ['{__name__="gone", i="a"}']);
  });

  it("reports a failing rule's error and goes on with the next rule", async () => {
    const query: QueryFunc = async (expr, t) => {
      if (expr === "bad") throw new Error("boom");
      return [{ metric: [], t, f: 3 }];
    };
    const { g, written } = newGroup(
      "name: g\nrules:\n  - record: x\n    expr: bad\n  - record: y\n    expr: vector(3)\n",
      query,
    );
    await g.eval(5000);
    assert.equal(g.rules[0].health, "err");
    assert.equal(g.rules[0].lastError, "boom");
    assert.equal(g.rules[1].health, "ok");
    assert.deepEqual(
      written.map((s) => labelsToString(s.metric)),
      ['{__name__="y"}'],
    );
  });

  it("restores the `for` state from ALERTS_FOR_STATE", async () => {
    const now = 10_000_000;
    // The alert was active since now-20m and went down at now-5m (series last sample).
    const series: Series = {
      labels: [
        { name: "__name__", value: "ALERTS_FOR_STATE" },
        { name: "alertname", value: "A" },
      ],
      iterator: () => {
        let i = -1;
        return {
          next: () => (++i < 1 ? ValFloat : ValNone),
          seek: () => ValFloat,
          atT: () => now - 300_000,
          atF: () => (now - 1_200_000) / 1000,
          atH: () => {
            throw new Error("float series");
          },
          atFH: () => {
            throw new Error("float series");
          },
        };
      },
    };
    const queryable: Queryable = {
      querier: async () => ({
        select: async () => [series],
        labelNames: async () => [],
        labelValues: async () => [],
        close: () => {},
      }),
    };
    const { g } = newGroup(
      "name: g\nrules:\n  - alert: A\n    expr: vector(1)\n    for: 1h\n",
      async (_e, t) => [{ metric: [], t, f: 1 }],
      { restore: true },
      queryable,
    );
    await g.eval(now);
    const rule = g.rules[0] as AlertingRule;
    await g.restoreForState(now);
    // 15m were spent pending before the outage; 45m remain, so activeAt moves by the 5m outage.
    assert.equal([...rule.active.values()][0].activeAt, now - 1_200_000 + 300_000);
  });
});
