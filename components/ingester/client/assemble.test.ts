/**
 * Push bodies assembled from a batch's series encoded once (encodeSeriesFields +
 * assembleWriteRequest) are byte for byte the bodies encodeWriteRequest writes.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { WriteBatch } from "../types.ts";
import { assembleWriteRequest, encodeSeriesFields, encodeWriteRequest } from "./writerequest.ts";

const label = fc.record({
  name: fc.string({ minLength: 1, maxLength: 10, unit: "grapheme" }),
  value: fc.string({ maxLength: 140, unit: "grapheme" }),
});
const ts = fc.oneof(fc.integer({ min: -1e12, max: 4e12 }), fc.constant(0));

const batchArb = fc
  .record({
    series: fc.array(
      fc.record({
        labels: fc.array(label, { maxLength: 5 }),
        samples: fc.array(fc.tuple(ts, fc.double()), { maxLength: 4 }),
        exemplars: fc.option(
          fc.array(
            fc.record({
              labels: fc.array(label, { maxLength: 2 }),
              value: fc.double(),
              timestamp: ts,
            }),
            {
              minLength: 1,
              maxLength: 2,
            },
          ),
          { nil: undefined },
        ),
      }),
      { maxLength: 10 },
    ),
    metadata: fc.array(
      fc.record({
        type: fc.constantFrom("unknown", "counter", "gauge") as fc.Arbitrary<"counter">,
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
        exemplars: s.exemplars,
      });
      for (const [t, v] of s.samples) {
        b.timestamps[i] = t;
        b.values[i] = v;
        i++;
      }
    }
    return b;
  });

/** A subset of 0..n-1 in ascending order, from a bit mask. */
const subset = (n: number, mask: bigint) =>
  Array.from({ length: n }, (_, i) => i).filter((i) => (mask >> BigInt(i)) & 1n);

describe("Push bodies assembled from series encoded once", () => {
  it("property: equal encodeWriteRequest for every subset of series and metadata", () => {
    fc.assert(
      fc.property(
        batchArb,
        fc.bigInt({ min: 0n, max: (1n << 10n) - 1n }),
        fc.bigInt({ min: 0n, max: 7n }),
        fc.boolean(),
        (b, sm, mm, skip) => {
          const enc = encodeSeriesFields(b);
          const series = subset(b.series.length, sm);
          const metadataIndexes = subset(b.metadata.length, mm);
          for (const opts of [
            { series, metadataIndexes },
            { series, metadataIndexes, skipLabelNameValidation: skip },
            { metadata: false },
            {},
          ])
            assert.deepEqual(assembleWriteRequest(b, enc, opts), encodeWriteRequest(b, opts));
        },
      ),
    );
  });

  it("hands out the shared bytes themselves for a body of every series and nothing else", () => {
    const b: WriteBatch = {
      series: [
        { labels: [{ name: "__name__", value: "a" }], sampleStart: 0, sampleCount: 1 },
        { labels: [{ name: "__name__", value: "b" }], sampleStart: 1, sampleCount: 1 },
      ],
      timestamps: Float64Array.of(1, 2),
      values: Float64Array.of(3, 4),
      metadata: [{ type: "gauge", metricFamilyName: "a", help: "", unit: "" }],
      source: "api",
    };
    const enc = encodeSeriesFields(b);
    assert.equal(assembleWriteRequest(b, enc, { series: [0, 1], metadataIndexes: [] }), enc.buf);
    assert.notEqual(
      assembleWriteRequest(b, enc, { series: [0, 1], metadataIndexes: [0] }),
      enc.buf,
    );
    assert.deepEqual(
      assembleWriteRequest(b, enc, { series: [1], metadataIndexes: [0] }),
      encodeWriteRequest(b, { series: [1], metadataIndexes: [0] }),
    );
  });
});
