import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Registry } from "prom-client";
import { Histogram } from "../model/histogram.ts";
import type { Label } from "../model/labels.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { type Limits, limitsBlock } from "../util/limits/limits.ts";
import { discardMetrics } from "./metrics.ts";
import { BatchBuilder } from "./remotewrite/batch.ts";
import {
  sortAndFilterLabels,
  validateExemplar,
  validateLabels,
  validateMetadata,
  validateWrite,
} from "./validate.ts";

const NOW = 1_700_000_000_000;

/** An integer histogram of the given schema with `n` adjacent buckets of one observation each. */
function hist(schema: number, n: number): Histogram {
  const h = new Histogram();
  h.schema = schema;
  h.count = n;
  h.positiveSpans = Int32Array.of(0, n);
  const d = new Float64Array(n);
  d[0] = 1;
  h.positiveBuckets = d;
  return h;
}

function limits(over: Partial<Limits> = {}): Limits {
  return { ...defaultsOf(limitsBlock), ...over };
}

function L(obj: Record<string, string>): Label[] {
  return Object.entries(obj).map(([name, value]) => ({ name, value }));
}

function err(ls: Label[], l = limits()): string | undefined {
  return validateLabels(sortAndFilterLabels(ls, new Set()), l)?.[1];
}

async function discarded(reg: Registry, name: string): Promise<Record<string, number>> {
  const m = await reg.getSingleMetric(name)!.get();
  const out: Record<string, number> = {};
  for (const v of m.values) out[String(v.labels.reason)] = v.value;
  return out;
}

describe("label validation messages", () => {
  it("missing metric name", () => {
    assert.equal(
      err(L({ a: "b" })),
      "received series has no metric name (err-mimir-missing-metric-name)",
    );
  });
  it("invalid metric name", () => {
    assert.equal(
      err(L({ __name__: "1abc" })),
      "received a series with invalid metric name: '1abc' (err-mimir-metric-name-invalid)",
    );
  });
  it("too many labels", () => {
    const ls: Record<string, string> = { __name__: "m" };
    for (let i = 0; i < 30; i++) ls[`l${String(i).padStart(2, "0")}`] = "v";
    const m = err(L(ls))!;
    assert.match(
      m,
      /^received a series whose number of labels exceeds the limit \(actual: 31, limit: 30\) series: '\{__name__="m", l00="v", /,
    );
    assert.match(
      m,
      /…' \(err-mimir-max-label-names-per-series\)\. To adjust the related per-tenant limit, configure -validation\.max-label-names-per-series, or contact your service administrator\.$/,
    );
  });
  it("info series get the info limit", () => {
    const ls: Record<string, string> = { __name__: "target_info" };
    for (let i = 0; i < 40; i++) ls[`l${i}`] = "v";
    assert.equal(err(L(ls)), undefined);
    for (let i = 40; i < 80; i++) ls[`l${i}`] = "v";
    assert.match(
      err(L(ls))!,
      /^received an info series whose number of labels exceeds the limit \(actual: 81, limit: 80\).*\(err-mimir-max-label-names-per-info-series\)/,
    );
  });
  it("label name too long", () => {
    const name = "a".repeat(1025);
    assert.equal(
      err(L({ __name__: "m", [name]: "v" })),
      `received a series whose label name length exceeds the limit, label: '${"a".repeat(200)}' series: '${`{__name__="m", ${name}="v"}`.slice(0, 200)}' (err-mimir-label-name-too-long). To adjust the related per-tenant limit, configure -validation.max-length-label-name, or contact your service administrator.`,
    );
  });
  it("label value too long (1 MB value)", () => {
    const v = "x".repeat(1 << 20);
    const m = err(L({ __name__: "m", a: v }))!;
    assert.ok(
      m.startsWith(
        `received a series whose label value length exceeds the limit, label: 'a', value: '${"x".repeat(200)}' (truncated) series: '{__name__="m", a="xxx`,
      ),
    );
    assert.ok(
      m.endsWith(
        "(err-mimir-label-value-too-long). To adjust the related per-tenant limit, configure -validation.max-length-label-value, or contact your service administrator.",
      ),
    );
    assert.ok(m.length < 1000);
  });
  it("invalid metric name with non-ASCII characters", () => {
    assert.equal(
      err(L({ __name__: "métric" })),
      "received a series with invalid metric name: 'mtric (non-ascii characters removed)' (err-mimir-metric-name-invalid)",
    );
  });
  it("invalid label name", () => {
    assert.equal(
      err(L({ __name__: "m", "a-b": "v" })),
      `received a series with an invalid label: 'a-b' series: '{__name__="m", "a-b"="v"}' (err-mimir-label-invalid)`,
    );
  });
  it("utf8 scheme accepts dotted names", () => {
    assert.equal(
      err(
        L({ __name__: "a.b", "c-d": "v" }),
        limits({ name_validation_scheme: "utf8" as Limits["name_validation_scheme"] }),
      ),
      undefined,
    );
  });
  it("duplicate label names", () => {
    assert.equal(
      err(L({ __name__: "m" }).concat(L({ a: "1" }), L({ a: "2" }))),
      `received a series with duplicate label name, label: 'a' series: '{__name__="m", a="1", a="2"}' (err-mimir-duplicate-label-names)`,
    );
  });
  it("sorts unsorted labels and drops empty values and drop_labels", () => {
    const out = sortAndFilterLabels(
      L({ z: "1", __name__: "m", a: "", b: "2", drop: "x" }),
      new Set(["drop"]),
    );
    assert.deepEqual(out, L({ __name__: "m", b: "2", z: "1" }));
  });
});

describe("exemplar and metadata validation", () => {
  const series = L({ __name__: "m" });
  it("exemplar errors", () => {
    assert.equal(
      validateExemplar({ labels: [], value: 1, timestamp: 5 }, series)?.[1],
      `received an exemplar with no valid labels, timestamp: 5 series: {__name__="m"} labels: {} (err-mimir-exemplar-labels-missing)`,
    );
    assert.equal(
      validateExemplar({ labels: L({ t: "1" }), value: 1, timestamp: 0 }, series)?.[1],
      `received an exemplar with no timestamp, timestamp: 0 series: {__name__="m"} labels: {t="1"} (err-mimir-exemplar-timestamp-invalid)`,
    );
    assert.match(
      validateExemplar({ labels: L({ t: "x".repeat(128) }), value: 1, timestamp: 1 }, series)![1],
      /^received an exemplar where the size of its combined labels exceeds the limit of 128 characters, timestamp: 1 series: .*\(err-mimir-exemplar-labels-too-long\)$/,
    );
    assert.equal(
      validateExemplar({ labels: L({ t: "x".repeat(127) }), value: 1, timestamp: 1 }, series),
      undefined,
    );
    assert.deepEqual(
      validateExemplar({ labels: [{ name: "t", value: "" }], value: 1, timestamp: 1 }, series),
      [
        "exemplar-labels-blank",
        `received an exemplar with no valid labels, timestamp: 1 series: {__name__="m"} labels: {t=""} (err-mimir-exemplar-labels-missing)`,
      ],
    );
  });
  it("metadata errors and HELP truncation", () => {
    const l = limits({ max_metadata_length: 10 });
    assert.equal(
      validateMetadata({ type: "counter", metricFamilyName: "", help: "", unit: "" }, l)?.[1],
      "received a metric metadata with no metric name (err-mimir-metadata-missing-metric-name)",
    );
    assert.equal(
      validateMetadata(
        { type: "counter", metricFamilyName: "a".repeat(11), help: "", unit: "" },
        l,
      )?.[1],
      `received a metric metadata whose metric name length exceeds the limit, metric name: '${"a".repeat(11)}' (err-mimir-metric-name-too-long). To adjust the related per-tenant limit, configure -validation.max-metadata-length, or contact your service administrator.`,
    );
    assert.equal(
      validateMetadata(
        { type: "counter", metricFamilyName: "m", help: "", unit: "u".repeat(11) },
        l,
      )?.[1],
      `received a metric metadata whose unit name length exceeds the limit, unit: '${"u".repeat(11)}' metric name: 'm' (err-mimir-unit-too-long). To adjust the related per-tenant limit, configure -validation.max-metadata-length, or contact your service administrator.`,
    );
    const m = { type: "counter" as const, metricFamilyName: "m", help: "h".repeat(20), unit: "" };
    assert.equal(validateMetadata(m, l), undefined);
    assert.equal(m.help, "h".repeat(10));
  });
});

describe("validateWrite", () => {
  it("keeps valid series, drops invalid ones and samples, counts discards", async () => {
    const reg = new Registry();
    const dm = discardMetrics(reg);
    const b = new BatchBuilder(2);
    let s = b.sampleCount;
    b.addSample(NOW, 1);
    b.addSample(NOW + 3_600_000, 2); // an hour in the future
    b.addSample(NOW - 1000, 3);
    b.addSeries(L({ job: "j", __name__: "good" }), s, undefined);
    s = b.sampleCount;
    b.addSample(NOW, 4);
    b.addSeries(L({ job: "j" }), s, undefined); // no metric name
    s = b.sampleCount;
    b.addSample(NOW, 5);
    b.addSeries(L({ __name__: "other", __replica__: "r1" }), s, [
      { labels: L({ t: "1" }), value: 1, timestamp: NOW },
    ]);
    b.metadata.push({ type: "gauge", metricFamilyName: "", help: "", unit: "" });
    const r = validateWrite(
      b.finish("api"),
      limits({ max_global_exemplars_per_user: 10 }),
      "u",
      dm,
      { now: NOW, removeLabel: "__replica__" },
    );
    assert.equal(r.batch.series.length, 2);
    assert.deepEqual(r.batch.series[0].labels, L({ __name__: "good", job: "j" }));
    assert.deepEqual([...r.batch.timestamps], [NOW, NOW - 1000, NOW]);
    assert.deepEqual([...r.batch.values], [1, 3, 5]);
    assert.equal(r.batch.series[1].sampleStart, 2);
    assert.deepEqual(r.batch.series[1].labels, L({ __name__: "other" }));
    assert.equal(r.batch.series[1].exemplars?.length, 1);
    assert.equal(r.batch.metadata.length, 0);
    assert.equal(
      r.firstError,
      `received a sample whose timestamp is too far in the future, timestamp: ${NOW + 3_600_000} series: 'good' (err-mimir-too-far-in-future). To adjust the related per-tenant limit, configure -validation.create-grace-period, or contact your service administrator.`,
    );
    assert.deepEqual(await discarded(reg, "cortex_discarded_samples_total"), {
      too_far_in_future: 1,
      missing_metric_name: 1,
    });
    assert.deepEqual(await discarded(reg, "cortex_discarded_metadata_total"), {
      missing_metric_name: 1,
    });
  });

  it("rejects samples older than the past grace period", () => {
    const b = new BatchBuilder();
    b.addSample(NOW - 7_200_000, 1);
    b.addSeries(L({ __name__: "m" }), 0, undefined);
    const r = validateWrite(
      b.finish("api"),
      limits({ past_grace_period: 3_600_000 }),
      "u",
      discardMetrics(new Registry()),
      { now: NOW },
    );
    assert.equal(r.batch.series.length, 0);
    assert.match(
      r.firstError!,
      /^received a sample whose timestamp is too far in the past, timestamp: \d+ series: 'm' \(err-mimir-too-far-in-past\)/,
    );
  });

  it("drops exemplars silently when exemplars are disabled", () => {
    const b = new BatchBuilder();
    b.addSample(NOW, 1);
    b.addSeries(L({ __name__: "m" }), 0, [{ labels: [], value: 1, timestamp: 0 }]);
    const r = validateWrite(b.finish("api"), limits(), "u", discardMetrics(new Registry()), {
      now: NOW,
    });
    assert.equal(r.firstError, undefined);
    assert.equal(r.batch.series[0].exemplars, undefined);
  });

  it("keeps valid native histograms and rejects bad schemas and samples too far in the future", async () => {
    const reg = new Registry();
    const b = new BatchBuilder();
    const ok = hist(0, 2);
    const badSchema = hist(9, 2);
    const future = hist(0, 2);
    b.addSeries(L({ __name__: "h" }), 0, undefined, [
      { timestamp: NOW, h: ok, fh: null },
      { timestamp: NOW + 1, h: badSchema, fh: null },
      { timestamp: NOW + 3_600_000, h: null, fh: future.toFloat() },
    ]);
    const r = validateWrite(b.finish("api"), limits(), "u", discardMetrics(reg), { now: NOW });
    assert.equal(
      r.firstError,
      "received a native histogram sample with an invalid schema: 9 (err-mimir-invalid-native-histogram-schema)",
    );
    assert.equal(r.batch.series.length, 1);
    assert.deepEqual(
      r.batch.series[0].histograms?.map((x) => x.timestamp),
      [NOW],
    );
    assert.deepEqual(await discarded(reg, "cortex_discarded_samples_total"), {
      invalid_native_histogram_schema: 1,
      too_far_in_future: 1,
    });
  });

  it("reduces the resolution of histograms over max_native_histogram_buckets, or rejects them", async () => {
    const mk = () => {
      const b = new BatchBuilder();
      b.addSeries(L({ __name__: "h" }), 0, undefined, [
        { timestamp: NOW, h: hist(3, 8), fh: null },
      ]);
      return b.finish("api");
    };
    const reduced = validateWrite(
      mk(),
      limits({ max_native_histogram_buckets: 4 }),
      "u",
      discardMetrics(new Registry()),
      { now: NOW },
    );
    assert.equal(reduced.firstError, undefined);
    const h = reduced.batch.series[0].histograms?.[0].h;
    assert.ok(h !== undefined && h !== null);
    assert.equal(h.schema, 1);
    assert.ok(h.positiveBuckets.length < 4);
    assert.equal(h.count, 8);
    const reg = new Registry();
    const rejected = validateWrite(
      mk(),
      limits({ max_native_histogram_buckets: 4, reduce_native_histogram_over_max_buckets: false }),
      "u",
      discardMetrics(reg),
      { now: NOW },
    );
    assert.equal(
      rejected.firstError,
      `received a native histogram sample with too many buckets, timestamp: ${NOW} series: {__name__="h"}, buckets: 8, limit: 4 (err-mimir-max-native-histogram-buckets)`,
    );
    assert.equal(rejected.batch.series.length, 0);
    assert.deepEqual(await discarded(reg, "cortex_discarded_samples_total"), {
      max_native_histogram_buckets: 1,
    });
  });

  it("validates 10,000 labels quickly", () => {
    const ls: Label[] = [{ name: "__name__", value: "m" }];
    for (let i = 0; i < 10_000; i++) ls.push({ name: `l${i}`, value: "v" });
    const b = new BatchBuilder();
    b.addSample(NOW, 1);
    b.addSeries(ls, 0, undefined);
    const r = validateWrite(b.finish("api"), limits(), "u", discardMetrics(new Registry()), {
      now: NOW,
    });
    assert.match(r.firstError!, /actual: 10001, limit: 30/);
  });
});
