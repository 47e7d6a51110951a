import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CounterReset, GaugeType } from "../../model/histogram_schema.ts";
import { expandHistogramSeries, parseHistogramLiteral } from "./histogram_literal.ts";

describe("histogram literals", () => {
  it("parses every key", () => {
    const { h, hintSet } = parseHistogramLiteral(
      "{{schema:1 sum:-5.5 count:4 z_bucket:1 z_bucket_w:0.001 buckets:[1 2] offset:-1 n_buckets:[3] n_offset:2 counter_reset_hint:gauge}}",
    );
    assert.equal(h.schema, 1);
    assert.equal(h.sum, -5.5);
    assert.equal(h.count, 4);
    assert.equal(h.zeroCount, 1);
    assert.equal(h.zeroThreshold, 0.001);
    assert.deepEqual([...h.positiveBuckets], [1, 2]);
    assert.deepEqual([...h.positiveSpans], [-1, 2]);
    assert.deepEqual([...h.negativeBuckets], [3]);
    assert.deepEqual([...h.negativeSpans], [2, 1]);
    assert.equal(h.counterResetHint, GaugeType);
    assert.ok(hintSet);
  });
  it("parses custom values and empty literals", () => {
    const { h } = parseHistogramLiteral(
      "{{schema:-53 sum:1 count:1 custom_values:[1 5] buckets:[0 1]}}",
    );
    assert.deepEqual([...(h.customValues ?? [])], [1, 5]);
    assert.equal(parseHistogramLiteral("{{}}").h.count, 0);
    assert.throws(() => parseHistogramLiteral("{{schema:0 foo:1}}"));
    assert.throws(() => parseHistogramLiteral("{{counter_reset_hint:maybe}}"));
  });
  it("expands repeats and increments", () => {
    assert.equal(expandHistogramSeries("{{sum:1}}x2").length, 3);
    const inc = expandHistogramSeries(
      "{{schema:0 sum:1 count:1 buckets:[1]}}+{{schema:0 sum:2 count:2 buckets:[1 1] counter_reset_hint:reset}}x2",
    );
    assert.deepEqual(
      inc.map((l) => l.h.count),
      [1, 3, 5],
    );
    assert.deepEqual([...inc[2].h.positiveBuckets], [3, 2]);
    assert.ok(inc.every((l) => l.hintSet));
    const dec = expandHistogramSeries("{{sum:10 count:10}}-{{sum:1 count:1}}x1");
    assert.equal(dec[1].h.count, 9);
    assert.notEqual(dec[1].h.counterResetHint, CounterReset);
  });
});
