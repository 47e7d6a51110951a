import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { Registry } from "prom-client";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { ValNone, type Queryable } from "../model/series.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock, type Limits } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { Ingester } from "./ingester.ts";
import { formatRFC3339Nano, localLimit } from "./errors.ts";
import type { WriteBatch } from "./types.ts";

function batch(
  series: {
    labels: Record<string, string>;
    samples: [number, number][];
    exemplars?: { t: number; v: number; trace: string }[];
  }[],
): WriteBatch {
  const ts: number[] = [];
  const vs: number[] = [];
  const out: WriteBatch = {
    series: [],
    timestamps: new Float64Array(0),
    values: new Float64Array(0),
    metadata: [],
    source: "api",
  };
  for (const s of series) {
    out.series.push({
      labels: labelsFromObject(s.labels),
      sampleStart: ts.length,
      sampleCount: s.samples.length,
      exemplars: s.exemplars?.map((e) => ({
        labels: labelsFromObject({ trace_id: e.trace }),
        value: e.v,
        timestamp: e.t,
      })),
    });
    for (const [t, v] of s.samples) {
      ts.push(t);
      vs.push(v);
    }
  }
  out.timestamps = Float64Array.from(ts);
  out.values = Float64Array.from(vs);
  return out;
}

function setup(dir: string, limits: Partial<Limits> = {}) {
  const registry = new Registry();
  const overrides = new Overrides({ ...defaultsOf(limitsBlock), ...limits });
  const ing = new Ingester(
    { tsdb: { dir }, ingester: { ring: { min_ready_duration: 0 } } },
    { logger: pino({ level: "silent" }), registry, overrides },
  );
  return { ing, registry };
}

async function dump(q: Queryable, tenant: string): Promise<string[]> {
  const querier = await q.querier(tenant, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const out: string[] = [];
  for (const s of await querier.select(true, undefined, [newMatcher("=~", "__name__", ".+")])) {
    const it = s.iterator();
    const pts: string[] = [];
    while (it.next() !== ValNone) pts.push(`${it.atT()}=${it.atF()}`);
    out.push(`${s.labels.map((l) => `${l.name}:${l.value}`).join(",")} ${pts.join(" ")}`);
  }
  return out;
}

async function metric(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const m = await registry.getSingleMetric(name)?.get();
  const v = m?.values.find((x) => Object.entries(labels).every(([k, val]) => x.labels[k] === val));
  return v?.value ?? 0;
}

test("push then query; restart replays the same data", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ingester-"));
  const { ing, registry } = setup(dir, { max_global_exemplars_per_user: 100 });
  await assert.rejects(ing.push("t", batch([])), /not ready/);
  await ing.startAsync();
  assert.equal(ing.ringState(), "ACTIVE");
  assert.equal(ing.isReady(), undefined);
  const res = await ing.push(
    "t",
    batch([
      {
        labels: { __name__: "up", job: "a" },
        samples: [
          [1000, 1],
          [2000, 2],
        ],
        exemplars: [{ t: 1500, v: 1, trace: "x" }],
      },
      { labels: { __name__: "up", job: "b" }, samples: [[1000, 3]] },
    ]),
  );
  assert.deepEqual(res, { samplesWritten: 3, exemplarsWritten: 1, softErrors: [] });
  await ing.push("other", batch([{ labels: { __name__: "x" }, samples: [[5, 5]] }]));
  const before = await dump(ing.queryable(), "t");
  assert.deepEqual(before, ["__name__:up,job:a 1000=1 2000=2", "__name__:up,job:b 1000=3"]);
  assert.equal(await metric(registry, "cortex_ingester_memory_series"), 3);
  assert.equal(await metric(registry, "cortex_ingester_memory_users"), 2);
  assert.equal(await metric(registry, "cortex_ingester_ingested_samples_total", { user: "t" }), 3);
  assert.equal(
    ing.queryExemplars("t", 0, 10_000, [[newMatcher("=", "job", "a")]])[0].exemplars.length,
    1,
  );
  await ing.stopAsync();

  const { ing: ing2 } = setup(dir, { max_global_exemplars_per_user: 100 });
  await ing2.startAsync();
  assert.deepEqual(ing2.tenants(), ["other", "t"]);
  assert.deepEqual(await dump(ing2.queryable(), "t"), before);
  // Appends continue after replay, and the old samples still reject out-of-order writes.
  const r2 = await ing2.push(
    "t",
    batch([
      {
        labels: { __name__: "up", job: "a" },
        samples: [
          [1500, 9],
          [3000, 3],
        ],
      },
    ]),
  );
  assert.equal(r2.samplesWritten, 1);
  assert.equal(r2.softErrors[0].id, "sample-out-of-order");
  await ing2.stopAsync();
  rmSync(dir, { recursive: true });
});

test("soft errors carry Mimir's messages and count discarded samples", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ingester-"));
  const { ing, registry } = setup(dir, {
    max_global_series_per_user: 2,
    max_global_series_per_metric: 1,
  });
  await ing.startAsync();
  const t0 = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
  const r1 = await ing.push("t", batch([{ labels: { __name__: "a" }, samples: [[t0, 1]] }]));
  assert.equal(r1.softErrors.length, 0);
  const r = await ing.push(
    "t",
    batch([
      {
        labels: { __name__: "a" },
        samples: [
          [t0 - 1000, 1],
          [t0, 2],
          [t0, 1],
        ],
      },
      { labels: { __name__: "a", x: "1" }, samples: [[t0, 1]] },
      { labels: { __name__: "b" }, samples: [[t0, 1]] },
      {
        labels: { __name__: "c" },
        samples: [
          [t0, 1],
          [t0 + 1, 1],
        ],
      },
    ]),
  );
  assert.equal(r.samplesWritten, 2);
  const msgs = r.softErrors.map((e) => e.message);
  assert.equal(
    msgs[0],
    'the sample has been rejected because another sample with a more recent timestamp has already been ingested and out-of-order samples are not allowed (err-mimir-sample-out-of-order). The affected sample has timestamp 2024-01-02T03:04:04.678Z and is from series {__name__="a"}',
  );
  assert.equal(
    msgs[1],
    'the sample has been rejected because another sample with the same timestamp, but a different value, has already been ingested (err-mimir-sample-duplicate-timestamp). The affected sample has timestamp 2024-01-02T03:04:05.678Z and is from series {__name__="a"}',
  );
  assert.equal(
    msgs[2],
    'per-metric series limit of 1 exceeded (err-mimir-max-series-per-metric). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-metric, or contact your service administrator. This is for series {__name__="a", x="1"}',
  );
  assert.equal(
    msgs[3],
    "per-user series limit of 2 exceeded (err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, or contact your service administrator.",
  );
  assert.equal(r.softErrors[3].samples, 2);
  assert.equal(
    await metric(registry, "cortex_discarded_samples_total", {
      reason: "per_user_series_limit",
      user: "t",
    }),
    2,
  );
  assert.equal(
    await metric(registry, "cortex_discarded_samples_total", {
      reason: "sample-out-of-order",
      user: "t",
    }),
    1,
  );
  assert.equal(
    await metric(registry, "cortex_discarded_samples_total", {
      reason: "new-value-for-timestamp",
      user: "t",
    }),
    1,
  );
  // Too old with OOO off: more than 1h (half the block range) behind the newest sample.
  const r3 = await ing.push(
    "t",
    batch([{ labels: { __name__: "b" }, samples: [[t0 - 3_600_001, 1]] }]),
  );
  assert.match(
    r3.softErrors[0].message,
    /^the sample has been rejected because its timestamp is too old \(err-mimir-sample-timestamp-too-old\)/,
  );
  assert.equal(r3.softErrors[0].reason, "sample-out-of-bounds");
  await ing.stopAsync();
  rmSync(dir, { recursive: true });
});

test("out-of-order window: accepted inside, too old outside, survives restart via the WBL", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ingester-"));
  const { ing } = setup(dir, { out_of_order_time_window: 600_000 });
  await ing.startAsync();
  const t0 = 10_000_000;
  await ing.push("t", batch([{ labels: { __name__: "a" }, samples: [[t0, 1]] }]));
  const r = await ing.push(
    "t",
    batch([
      {
        labels: { __name__: "a" },
        samples: [
          [t0 - 500_000, 2],
          [t0 - 700_000, 3],
        ],
      },
    ]),
  );
  assert.equal(r.samplesWritten, 1);
  assert.match(
    r.softErrors[0].message,
    /beyond the out-of-order time window of 10m \(err-mimir-sample-timestamp-too-old\)/,
  );
  const before = await dump(ing.queryable(), "t");
  assert.deepEqual(before, [`__name__:a ${t0 - 500_000}=2 ${t0}=1`]);
  await ing.stopAsync();
  const { ing: ing2 } = setup(dir, { out_of_order_time_window: 600_000 });
  await ing2.startAsync();
  assert.deepEqual(await dump(ing2.queryable(), "t"), before);
  await ing2.stopAsync();
  rmSync(dir, { recursive: true });
});

test("local limit formula and RFC3339Nano", () => {
  assert.equal(localLimit(150000, 1, 1), 150000);
  assert.equal(localLimit(150000, 3, 6), 75000);
  assert.equal(localLimit(150000, 3, 6, 3), 150000);
  assert.equal(localLimit(0, 3, 6), 0);
  assert.equal(formatRFC3339Nano(Date.UTC(2024, 0, 1)), "2024-01-01T00:00:00Z");
  assert.equal(formatRFC3339Nano(Date.UTC(2024, 0, 1, 0, 0, 0, 500)), "2024-01-01T00:00:00.5Z");
});

test("concurrent pushes are group-committed and all survive a restart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ingester-"));
  const { ing } = setup(dir);
  await ing.startAsync();
  const pushes: Promise<unknown>[] = [];
  for (let p = 0; p < 50; p++) {
    pushes.push(
      ing.push(
        "t",
        batch([{ labels: { __name__: "c", p: String(p % 5) }, samples: [[1000 + p, p]] }]),
      ),
    );
  }
  const results = (await Promise.all(pushes)) as { samplesWritten: number }[];
  assert.equal(
    results.reduce((a, r) => a + r.samplesWritten, 0),
    50,
  );
  const wal = ing.tsdb("t")?.wal;
  assert.ok(wal !== undefined && wal.writes < 50, `writes: ${wal?.writes}`);
  const before = await dump(ing.queryable(), "t");
  await ing.stopAsync();
  const { ing: ing2 } = setup(dir);
  await ing2.startAsync();
  assert.deepEqual(await dump(ing2.queryable(), "t"), before);
  assert.equal(before.length, 5);
  await ing2.stopAsync();
  rmSync(dir, { recursive: true });
});
