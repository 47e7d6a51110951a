import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import pino from "pino";
import { Registry } from "prom-client";
import { FilesystemBucket } from "../storage/bucket/filesystem/filesystem.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { type Limits, limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { parseRuleGroupYaml } from "./rulegroup.ts";
import { pathEscape, Ruler, type RulerConfig } from "./ruler.ts";
import type { RuleSample } from "./rules.ts";
import { BucketRuleStore } from "./store.ts";
import { expandTemplate } from "./template.ts";

const CFG: RulerConfig = {
  evaluation_interval: 60_000,
  poll_interval: 600_000,
  rule_path: "/rules",
  external_url: "",
  alertmanager_url: "",
  alertmanager_refresh_interval: 60_000,
  notification_queue_capacity: 100,
  notification_timeout: 1000,
  resend_delay: 60_000,
  for_outage_tolerance: 3_600_000,
  for_grace_period: 600_000,
  enabled_tenants: "",
  disabled_tenants: "",
  tenant_federation: { enabled: false },
};

async function setup(
  cfg: Partial<RulerConfig>,
  perTenant: Record<string, Partial<Limits>> = {},
  registry?: Registry,
) {
  const defaults = defaultsOf(limitsBlock) as Limits;
  const overrides = new Overrides(defaults);
  overrides.setTenantLimits(
    new Map(Object.entries(perTenant).map(([t, l]) => [t, { ...defaults, ...l }])),
  );
  const store = new BucketRuleStore(
    new FilesystemBucket({ dir: mkdtempSync(join(tmpdir(), "ruler-")) }),
  );
  const group = (name: string, extra = "") =>
    parseRuleGroupYaml(
      `name: ${name}\n${extra}rules:\n  - record: r\n    expr: vector(1)\n  - alert: A\n    expr: vector(1)\n`,
      "",
      "",
    );
  await store.setRuleGroup("t1", "ns", group("g1"));
  await store.setRuleGroup("t1", "ns", group("skip-me"));
  await store.setRuleGroup("t2", "ns", group("g2"));
  await store.setRuleGroup("t3", "ns", group("g3"));
  await store.setRuleGroup("t1", "fed", group("f", "source_tenants: [t2, t3]\n"));
  const written: [string, RuleSample[]][] = [];
  const ruler = new Ruler(
    { ...CFG, ...cfg },
    {
      logger: pino({ level: "silent" }),
      registry,
      store,
      overrides,
      query: async (_tenant, _e, t) => [{ metric: [], t, f: 1 }],
      write: async (tenant, s) => {
        written.push([tenant, s]);
      },
      expand: expandTemplate,
      ownsGroup: (g) => g.name !== "skip-me",
    },
  );
  await ruler.startAsync();
  return { ruler, store, written };
}

const names = (r: Ruler, t: string) => r.groups(t).map((g) => `${g.desc.namespace}/${g.desc.name}`);

describe("ruler", () => {
  it("runs the groups it owns, of the tenants it may evaluate", async () => {
    const { ruler } = await setup({ disabled_tenants: "t3" });
    try {
      assert.deepEqual(
        names(ruler, "t1"),
        ["ns/g1"],
        "not the group owned elsewhere, nor the federated one",
      );
      assert.deepEqual(names(ruler, "t2"), ["ns/g2"]);
      assert.deepEqual(names(ruler, "t3"), []);
      assert.deepEqual(ruler.tenantIDs(), ["t1", "t2"]);
      const g = ruler.groups("t1")[0];
      assert.equal(g.opts.interval, 60_000, "the default evaluation interval");
      assert.equal(g.opts.queryOffset, 60_000, "the tenant's ruler_evaluation_delay_duration");
      assert.equal(g.opts.file, "/rules/t1/ns");
    } finally {
      await ruler.stopAsync();
    }
  });

  it("runs federated groups when enabled, and only the rule types a tenant may evaluate", async () => {
    const { ruler } = await setup(
      { enabled_tenants: "t1,t2", tenant_federation: { enabled: true } },
      { t2: { ruler_alerting_rules_evaluation_enabled: false } },
    );
    try {
      assert.deepEqual(names(ruler, "t1"), ["fed/f", "ns/g1"]);
      assert.deepEqual(names(ruler, "t3"), []);
      assert.deepEqual(
        ruler.groups("t2")[0].rules.map((r) => r.name),
        ["r"],
      );
    } finally {
      await ruler.stopAsync();
    }
  });

  it("follows changes of the store on sync, keeping unchanged groups running", async () => {
    const { ruler, store } = await setup({});
    try {
      await store.setRuleGroup(
        "t1",
        "ns",
        parseRuleGroupYaml("name: g1\ninterval: 5m\nrules:\n  - record: x\n    expr: up\n", "", ""),
      );
      await store.deleteRuleGroup("t2", "ns", "g2");
      await ruler.sync("test");
      assert.equal(ruler.groups("t1")[0].opts.interval, 300_000);
      assert.deepEqual(names(ruler, "t2"), []);
      const t3 = ruler.groups("t3")[0];
      await ruler.sync("test");
      assert.equal(ruler.groups("t3")[0], t3, "an unchanged group is not restarted");
    } finally {
      await ruler.stopAsync();
    }
  });

  it("exports Mimir's rule evaluation metrics per tenant and group", async () => {
    const registry = new Registry();
    const { ruler } = await setup({}, {}, registry);
    try {
      await ruler.groups("t1")[0].eval(Date.now());
      const text = await registry.metrics();
      assert.match(
        text,
        /^cortex_prometheus_rule_evaluations_total\{user="t1",rule_group="\/rules\/t1\/ns;g1"\} 2$/m,
      );
      assert.match(
        text,
        /^cortex_prometheus_rule_group_rules\{user="t1",rule_group="\/rules\/t1\/ns;g1"\} 2$/m,
      );
    } finally {
      await ruler.stopAsync();
    }
    assert.doesNotMatch(
      await registry.metrics(),
      /^cortex_prometheus_rule_group_rules\{user="t1"/m,
    );
  });

  it("names a namespace's rule file as Go's url.PathEscape", () => {
    assert.equal(pathEscape("a/b c:d"), "a%2Fb%20c:d");
  });
});
