/**
 * The overrides-exporter as its own process: per-tenant limits of the runtime config as
 * cortex_limits_overrides, the defaults as cortex_limits_defaults, and a runtime-config change
 * visible on /metrics within one reload period.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type MimirProcess, startMimir, tempDir, waitFor, waitReady } from "./harness.ts";

async function metric(m: MimirProcess, re: RegExp): Promise<string | undefined> {
  const text = await (await fetch(`${m.url}/metrics`)).text();
  return re.exec(text)?.[1];
}

describe("overrides-exporter", () => {
  const dir = tempDir();
  const runtime = join(dir, "runtime.yaml");
  let m: MimirProcess;

  before(async () => {
    writeFileSync(runtime, "overrides:\n  tenant-a:\n    ingestion_rate: 1234\n");
    m = await startMimir(
      [
        "-target=overrides-exporter",
        `-runtime-config.file=${runtime}`,
        "-runtime-config.reload-period=1s",
        "-distributor.ingestion-rate-limit=777",
      ],
      { cwd: dir },
    );
    await waitReady(m, 20_000);
  });

  after(async () => {
    await m?.stop();
  });

  it("exports each tenant's overrides and the defaults", async () => {
    assert.equal(
      await metric(
        m,
        /^cortex_limits_overrides\{limit_name="ingestion_rate",user="tenant-a"\} (\S+)$/m,
      ),
      "1234",
    );
    assert.equal(
      await metric(
        m,
        /^cortex_limits_overrides\{limit_name="ruler_max_rule_groups_per_tenant",user="tenant-a"\} (\S+)$/m,
      ),
      "70",
    );
    assert.equal(
      await metric(m, /^cortex_limits_defaults\{limit_name="ingestion_rate"\} (\S+)$/m),
      "777",
    );
  });

  it("follows a runtime-config change within one reload period", async () => {
    writeFileSync(
      runtime,
      "overrides:\n  tenant-a:\n    ingestion_rate: 42\n  tenant-b:\n    max_global_series_per_user: 5\n",
    );
    const started = Date.now();
    await waitFor(
      "the new overrides on /metrics",
      async () =>
        (await metric(
          m,
          /^cortex_limits_overrides\{limit_name="max_global_series_per_user",user="tenant-b"\} (\S+)$/m,
        )) === "5" || undefined,
      5_000,
    );
    // One reload period (1s) plus scheduling slack.
    assert.ok(Date.now() - started < 3_000, `took ${Date.now() - started}ms`);
    assert.equal(
      await metric(
        m,
        /^cortex_limits_overrides\{limit_name="ingestion_rate",user="tenant-a"\} (\S+)$/m,
      ),
      "42",
    );
  });
});
