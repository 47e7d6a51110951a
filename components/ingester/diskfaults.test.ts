import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { pino } from "pino";
import { Registry } from "prom-client";
import { labelsFromObject } from "../model/labels.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { Ingester } from "./ingester.ts";
import { IngesterUnavailableError, type WriteBatch } from "./types.ts";

function oneSample(t: number): WriteBatch {
  return {
    series: [{ labels: labelsFromObject({ __name__: "m" }), sampleStart: 0, sampleCount: 1 }],
    timestamps: Float64Array.of(t),
    values: Float64Array.of(1),
    metadata: [],
    source: "api",
  };
}

async function counterValue(registry: Registry, name: string): Promise<number> {
  const m = await registry.getSingleMetric(name)?.get();
  return m?.values.reduce((a, v) => a + v.value, 0) ?? Number.NaN;
}

function setup(dir: string) {
  const registry = new Registry();
  const lines: string[] = [];
  const logger = pino({ level: "error" }, { write: (s: string) => lines.push(s) });
  const ing = new Ingester(
    { tsdb: { dir }, ingester: { ring: { min_ready_duration: 0 } } },
    { logger, registry, overrides: new Overrides(defaultsOf(limitsBlock)) },
  );
  return { ing, registry, lines };
}

describe("ingester disk faults", () => {
  it("a tenant whose TSDB cannot be created gets a 500 naming the errno; failures are counted, logs rate-limited", async () => {
    const base = mkdtempSync(join(tmpdir(), "ing-fault-"));
    try {
      const { ing, registry, lines } = setup(join(base, "tsdb"));
      await ing.startAsync();
      // A file where the tenant's directory must go: ENOTDIR/EEXIST-like failure on every push.
      writeFileSync(join(base, "tsdb", "t1"), "");
      for (let i = 0; i < 20; i++) {
        await assert.rejects(ing.push("t1", oneSample(1000 + i)), (e: unknown) => {
          assert.ok(e instanceof IngesterUnavailableError);
          assert.equal(e.statusCode, 500);
          assert.match(e.message, /failed to open TSDB for user t1: ENOTDIR/);
          return true;
        });
      }
      assert.equal(await counterValue(registry, "cortex_ingester_tsdb_open_failures_total"), 20);
      assert.equal(lines.filter((l) => l.includes("failed to open TSDB")).length, 1);
      await ing.stopAsync();
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("a deleted tenant directory fails pushes with 500 (WAL segment deleted), counted once, stop still works", async () => {
    const base = mkdtempSync(join(tmpdir(), "ing-fault-"));
    try {
      const { ing, registry, lines } = setup(join(base, "tsdb"));
      await ing.startAsync();
      await ing.push("t1", oneSample(1000));
      rmSync(join(base, "tsdb"), { recursive: true });
      // The WAL checks its segment file at most once a second.
      await new Promise((r) => setTimeout(r, 1100));
      for (let i = 0; i < 10; i++) {
        await assert.rejects(ing.push("t1", oneSample(2000 + i)), (e: unknown) => {
          assert.ok(e instanceof IngesterUnavailableError);
          assert.equal(e.statusCode, 500);
          assert.match(
            e.message,
            /failed to write to the WAL: WAL segment .*t1\/wal\/00000000 was deleted/,
          );
          return true;
        });
      }
      assert.equal(await counterValue(registry, "cortex_ingester_tsdb_wal_writes_failed_total"), 1);
      assert.equal(lines.filter((l) => l.includes("failed to write to the TSDB WAL")).length, 1);
      assert.equal(
        lines.filter((l) => l.includes("push failed: cannot write to the WAL")).length,
        1,
      );
      await ing.stopAsync();
      assert.equal(ing.state(), "Terminated");
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
