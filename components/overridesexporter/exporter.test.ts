import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Registry } from "prom-client";
import { defaultsOf } from "../util/config/spec.ts";
import { type Limits, limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { OverridesExporter } from "./exporter.ts";

describe("overrides-exporter", () => {
  const defaults = defaultsOf(limitsBlock) as Limits;

  it("exports the enabled limits per tenant and the defaults, as of each scrape", async () => {
    const registry = new Registry();
    const overrides = new Overrides(defaults);
    new OverridesExporter({
      registry,
      overrides,
      enabledMetrics: ["ingestion_rate", "ruler_max_rule_groups_per_tenant"],
    });
    overrides.setTenantLimits(new Map([["t1", { ...defaults, ingestion_rate: 5 }]]));
    let text = await registry.metrics();
    assert.match(text, /^cortex_limits_overrides\{limit_name="ingestion_rate",user="t1"\} 5$/m);
    assert.match(text, /^cortex_limits_defaults\{limit_name="ingestion_rate"\} 10000$/m);
    assert.doesNotMatch(text, /max_global_series_per_user/);
    overrides.setTenantLimits(new Map([["t2", { ...defaults, ingestion_rate: 7 }]]));
    text = await registry.metrics();
    assert.doesNotMatch(text, /user="t1"/);
    assert.match(text, /^cortex_limits_overrides\{limit_name="ingestion_rate",user="t2"\} 7$/m);
  });

  it("exports nothing on a replica that is not the ring's leader", async () => {
    const registry = new Registry();
    const overrides = new Overrides(defaults);
    overrides.setTenantLimits(new Map([["t1", defaults]]));
    let leader = false;
    new OverridesExporter({
      registry,
      overrides,
      enabledMetrics: ["ingestion_rate"],
      isLeader: () => leader,
    });
    assert.doesNotMatch(await registry.metrics(), /^cortex_limits_overrides\{/m);
    leader = true;
    assert.match(await registry.metrics(), /^cortex_limits_overrides\{/m);
  });
});
