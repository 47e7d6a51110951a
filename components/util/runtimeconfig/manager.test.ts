import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Registry } from "prom-client";
import { defaultsOf } from "../config/spec.ts";
import { type Limits, limitsBlock } from "../limits/limits.ts";
import { Overrides } from "../limits/overrides.ts";
import { nopLogger } from "../log.ts";
import { parseRuntimeConfig, RuntimeConfigManager } from "./manager.ts";

const defaults = defaultsOf(limitsBlock) as Limits;

async function gauge(reg: Registry, name: string): Promise<number | undefined> {
  const m = await reg.getSingleMetric(name)?.get();
  return m?.values[0]?.value;
}

describe("runtime config parsing", () => {
  it("merges files left to right and fills unset limits from the defaults", () => {
    const v = parseRuntimeConfig(
      [
        {
          name: "a.yaml",
          text: "overrides:\n  t1:\n    ingestion_rate: 5\n    max_global_series_per_user: 10\n",
        },
        {
          name: "b.yaml",
          text: "overrides:\n  t1:\n    ingestion_rate: 6\n  t2:\n    out_of_order_time_window: 10m\n",
        },
      ],
      defaults,
    );
    const t1 = v.overrides.get("t1")!;
    assert.equal(t1.ingestion_rate, 6);
    assert.equal(t1.max_global_series_per_user, 10);
    assert.equal(t1.ingestion_burst_size, defaults.ingestion_burst_size);
    assert.equal(v.overrides.get("t2")!.out_of_order_time_window, 600_000);
  });
  it("is strict", () => {
    assert.throws(
      () => parseRuntimeConfig([{ name: "r", text: "overides: {}\n" }], defaults),
      /overides: field overides not found/,
    );
    assert.throws(
      () => parseRuntimeConfig([{ name: "r", text: "overrides:\n  t:\n    nope: 1\n" }], defaults),
      /overrides\.t\.nope/,
    );
    assert.throws(
      () => parseRuntimeConfig([{ name: "r", text: "a: 1\n---\nb: 2\n" }], defaults),
      /contains multiple documents/,
    );
    assert.throws(
      () => parseRuntimeConfig([{ name: "r", text: "overrides:\n  bad/id: {}\n" }], defaults),
      /unsupported character/,
    );
  });
  it("accepts an empty file", () => {
    assert.equal(parseRuntimeConfig([{ name: "r", text: "" }], defaults).overrides.size, 0);
  });
});

describe("runtime config manager", () => {
  it("reloads on change, keeps the old config on a broken file and flips the metric", async () => {
    const files: Record<string, string> = {
      "/rc.yaml": "overrides:\n  t1:\n    ingestion_rate: 5\n",
    };
    const registry = new Registry();
    const overrides = new Overrides(defaults);
    const mgr = new RuntimeConfigManager(
      { file: "/rc.yaml", period: 60_000 },
      { logger: nopLogger(), registry, overrides, readFile: async (p) => files[p] },
    );
    await mgr.startAsync();
    assert.equal(overrides.get("t1").ingestion_rate, 5);
    assert.equal(overrides.get("other").ingestion_rate, defaults.ingestion_rate);
    assert.equal(await gauge(registry, "cortex_runtime_config_last_reload_successful"), 1);

    files["/rc.yaml"] = "overrides:\n  t1:\n    ingestion_rate: 9\n";
    assert.equal(await mgr.reload(false), true);
    assert.equal(overrides.get("t1").ingestion_rate, 9);

    files["/rc.yaml"] = "overrides:\n  t1:\n    ingestion_rate: [broken\n";
    assert.equal(await mgr.reload(false), false);
    assert.equal(overrides.get("t1").ingestion_rate, 9, "the previous config stays");
    assert.equal(await gauge(registry, "cortex_runtime_config_last_reload_successful"), 0);

    files["/rc.yaml"] = "overrides:\n  t1:\n    ingestion_rate: 11\n";
    assert.equal(await mgr.reload(false), true);
    assert.equal(overrides.get("t1").ingestion_rate, 11);
    assert.equal(await gauge(registry, "cortex_runtime_config_last_reload_successful"), 1);
    await mgr.stopAsync();
  });

  it("fails to start when the file cannot be loaded", async () => {
    const mgr = new RuntimeConfigManager(
      { file: "/missing.yaml", period: 60_000 },
      {
        logger: nopLogger(),
        registry: new Registry(),
        overrides: new Overrides(defaults),
        readFile: async () => {
          throw new Error("ENOENT: no such file");
        },
      },
    );
    await assert.rejects(mgr.startAsync(), /failed to load runtime config: ENOENT/);
    assert.equal(mgr.state(), "Failed");
  });
});
