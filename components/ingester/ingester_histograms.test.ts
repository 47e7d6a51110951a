import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pino } from "pino";
import { Registry } from "prom-client";
import { Histogram } from "../model/histogram.ts";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { type Queryable, ValFloat, ValHistogram, ValNone } from "../model/series.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { type Limits, limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { decodeWriteRequest, encodeWriteRequest } from "./client/writerequest.ts";
import { Ingester } from "./ingester.ts";
import type { HistogramSample, WriteBatch } from "./types.ts";

function hist(count: number, bucketCount = count): Histogram {
  const h = new Histogram();
  h.schema = 1;
  h.count = count;
  h.sum = count * 0.5;
  h.positiveSpans = Int32Array.of(-2, 1);
  h.positiveBuckets = Float64Array.of(bucketCount);
  return h;
}

/** A batch of one series with float samples and histograms, through the Push body encoding. */
function batch(name: string, floats: [number, number][], hs: HistogramSample[]): WriteBatch {
  const b: WriteBatch = {
    series: [
      {
        labels: labelsFromObject({ __name__: name }),
        sampleStart: 0,
        sampleCount: floats.length,
        histograms: hs,
      },
    ],
    timestamps: Float64Array.from(floats.map((x) => x[0])),
    values: Float64Array.from(floats.map((x) => x[1])),
    metadata: [],
    source: "api",
  };
  return decodeWriteRequest(encodeWriteRequest(b));
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
    for (let vt = it.next(); vt !== ValNone; vt = it.next()) {
      if (vt === ValFloat) pts.push(`${it.atT()}=${it.atF()}`);
      else if (vt === ValHistogram) pts.push(`${it.atT()}=h${it.atH().count}/${it.atH().schema}`);
      else pts.push(`${it.atT()}=fh${it.atFH().count}`);
    }
    out.push(`${s.labels[0].value} ${pts.join(" ")}`);
  }
  return out;
}

test("native histograms: pushed through the Push body, queried, validated, replayed after a restart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-hist-"));
  try {
    const { ing, registry } = setup(dir);
    await ing.startAsync();
    const res = await ing.push(
      "t",
      batch(
        "h",
        [[500, 1]],
        [
          { timestamp: 1000, h: hist(2), fh: null },
          { timestamp: 2000, h: null, fh: hist(3).toFloat() },
          // Bucket counts do not add up to the count.
          { timestamp: 3000, h: hist(5, 4), fh: null },
          { timestamp: 4000, h: hist(6), fh: null },
        ],
      ),
    );
    assert.equal(res.samplesWritten, 1);
    assert.equal(res.histogramsWritten, 3);
    assert.equal(res.softErrors.length, 1);
    assert.equal(
      res.softErrors[0].message,
      "err: 4 observations found in buckets, but the Count field is 5: histogram's observation count should equal the number of observations found in the buckets (in absence of NaN). timestamp=1970-01-01T00:00:03Z, series=[{__name__ h}] (err-mimir-native-histogram-count-mismatch)",
    );
    // Out of order without an OOO window: the float sample rules.
    const late = await ing.push("t", batch("h", [], [{ timestamp: 1500, h: hist(2), fh: null }]));
    assert.equal(late.softErrors[0].id, "sample-out-of-order");
    const before = await dump(ing.queryable(), "t");
    assert.deepEqual(before, ["h 500=1 1000=h2/1 2000=fh3 4000=h6/1"]);
    const ingested = await registry
      .getSingleMetric("cortex_ingester_ingested_samples_total")
      ?.get();
    assert.equal(ingested?.values[0].value, 4);
    await ing.stopAsync();
    const { ing: ing2 } = setup(dir);
    await ing2.startAsync();
    assert.deepEqual(await dump(ing2.queryable(), "t"), before);
    await ing2.stopAsync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("native_histograms_ingestion_enabled=false ignores histograms without an error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-hist-off-"));
  try {
    const { ing } = setup(dir, { native_histograms_ingestion_enabled: false });
    await ing.startAsync();
    const res = await ing.push(
      "t",
      batch("h", [[500, 1]], [{ timestamp: 1000, h: hist(2), fh: null }]),
    );
    assert.deepEqual(res.softErrors, []);
    assert.equal(res.histogramsWritten, undefined);
    const only = await ing.push("t", batch("g", [], [{ timestamp: 1000, h: hist(2), fh: null }]));
    assert.deepEqual(only.softErrors, []);
    assert.deepEqual(await dump(ing.queryable(), "t"), ["h 500=1"]);
    await ing.stopAsync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
