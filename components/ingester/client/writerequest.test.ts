import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { prometheus } from "../../proto/generated/protos.js";
import { DecodeError } from "../../proto/protoreader.ts";
import type { WriteBatch } from "../types.ts";
import { decodeWriteRequest, encodeSeriesLabels, encodeWriteRequest } from "./writerequest.ts";

const label = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  value: fc.string({ maxLength: 20 }),
});
const ts = fc.oneof(fc.integer({ min: -1e12, max: 4e12 }), fc.constant(0));
const value = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(-0));
const seriesArb = fc.record({
  labels: fc.array(label, { maxLength: 5 }),
  samples: fc.array(fc.tuple(ts, value), { maxLength: 6 }),
  exemplars: fc.option(
    fc.array(
      fc.record({ labels: fc.array(label, { maxLength: 2 }), value: fc.double(), timestamp: ts }),
      { minLength: 1, maxLength: 2 },
    ),
    { nil: undefined },
  ),
});
const batchArb = fc
  .record({
    series: fc.array(seriesArb, { maxLength: 8 }),
    metadata: fc.array(
      fc.record({
        type: fc.constantFrom(
          "unknown",
          "counter",
          "gauge",
          "histogram",
          "gaugehistogram",
          "summary",
          "info",
          "stateset",
        ) as fc.Arbitrary<"counter">,
        metricFamilyName: fc.string({ maxLength: 10 }),
        help: fc.string({ maxLength: 30 }),
        unit: fc.string({ maxLength: 5 }),
      }),
      { maxLength: 3 },
    ),
    source: fc.constantFrom("api", "rule") as fc.Arbitrary<"api" | "rule">,
  })
  .map(({ series, metadata, source }): WriteBatch => {
    const n = series.reduce((a, s) => a + s.samples.length, 0);
    const b: WriteBatch = {
      series: [],
      timestamps: new Float64Array(n),
      values: new Float64Array(n),
      metadata,
      source,
    };
    let i = 0;
    for (const s of series) {
      b.series.push({
        labels: s.labels,
        sampleStart: i,
        sampleCount: s.samples.length,
        ...(s.exemplars ? { exemplars: s.exemplars } : {}),
      });
      for (const [t, v] of s.samples) {
        b.timestamps[i] = t;
        b.values[i++] = v;
      }
    }
    return b;
  });

/** A batch as plain data with each series' samples inline, for comparisons. */
function plain(b: WriteBatch) {
  // structuredClone also gives fast-check's null-prototype records an ordinary prototype.
  return structuredClone({
    series: b.series.map((s) => ({
      labels: s.labels,
      samples: Array.from({ length: s.sampleCount }, (_, k) => [
        b.timestamps[s.sampleStart + k],
        Object.is(b.values[s.sampleStart + k], -0) ? "-0" : b.values[s.sampleStart + k],
      ]),
      exemplars: s.exemplars ?? [],
    })),
    metadata: b.metadata,
    source: b.source,
  });
}

describe("ingester Push body", () => {
  it("round-trips any batch", () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const got = decodeWriteRequest(encodeWriteRequest(b));
        assert.deepEqual(plain(got), plain(b));
        assert.equal(got.skipLabelNameValidation, false);
      }),
    );
  });

  it("encodes a subset of series and Mimir's extension fields", () => {
    fc.assert(
      fc.property(batchArb, fc.boolean(), (b, skip) => {
        const pick = b.series.map((_, i) => i).filter((i) => i % 2 === 1);
        const got = decodeWriteRequest(
          encodeWriteRequest(b, { series: pick, metadata: false, skipLabelNameValidation: skip }),
        );
        const want = plain(b);
        assert.deepEqual(
          plain(got).series,
          pick.map((i) => want.series[i]),
        );
        assert.equal(got.metadata.length, 0);
        assert.equal(got.skipLabelNameValidation, skip);
      }),
    );
  });

  it("encodes the same bytes from labels encoded once (encodeSeriesLabels) as from the strings", () => {
    fc.assert(
      fc.property(batchArb, fc.boolean(), (b, all) => {
        const labels = encodeSeriesLabels(b);
        const pick = all ? undefined : b.series.map((_, i) => i).filter((i) => i % 2 === 0);
        assert.deepEqual(
          encodeWriteRequest(b, { series: pick, labels }),
          encodeWriteRequest(b, { series: pick }),
        );
      }),
    );
  });

  it("is a valid prometheus.WriteRequest for any protobuf decoder", () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const m = prometheus.WriteRequest.decode(encodeWriteRequest(b));
        assert.equal((m.timeseries ?? []).length, b.series.length);
        b.series.forEach((s, i) => {
          assert.deepEqual(
            (m.timeseries[i].labels ?? []).map((l) => ({ name: l.name, value: l.value })),
            structuredClone(s.labels),
          );
          assert.equal((m.timeseries[i].samples ?? []).length, s.sampleCount);
        });
        assert.equal((m.metadata ?? []).length, b.metadata.length);
      }),
    );
  });

  it("rejects malformed bytes with a DecodeError and nothing else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeWriteRequest(Buffer.from(bytes));
        } catch (err) {
          assert.ok(err instanceof DecodeError, String(err));
        }
      }),
      { numRuns: 2000 },
    );
    assert.throws(() => decodeWriteRequest(Buffer.from([0x0a, 0x05, 0x0a])), DecodeError);
  });
});
