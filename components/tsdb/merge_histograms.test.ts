import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Histogram } from "../model/histogram.ts";
import { ValFloat, ValFloatHistogram, ValHistogram, ValNone } from "../model/series.ts";
import { FloatHistogramChunk } from "./chunkenc/float_histogram.ts";
import { HistogramChunk } from "./chunkenc/histogram.ts";
import { ArraySampleIterator, MergeSampleIterator } from "../storage/merge.ts";

/** An integer histogram with one positive bucket [0,1) of `c` observations and sum `sum`. */
function hist(c: number, sum: number): Histogram {
  const h = new Histogram();
  h.count = c;
  h.sum = sum;
  h.positiveSpans = Int32Array.of(0, 1);
  h.positiveBuckets = Float64Array.of(c);
  return h;
}

describe("MergeSampleIterator with histograms", () => {
  it("merges floats, histograms and float histograms, reporting each sample's type", () => {
    const hc = new HistogramChunk();
    for (const [t, c] of [
      [20, 2],
      [40, 4],
    ])
      assert.equal(hc.appendHistogram(null, t, hist(c, c * 1.5)), null);
    const fc = new FloatHistogramChunk();
    assert.equal(fc.appendFloatHistogram(null, 30, hist(3, 7).toFloat()), null);
    const it = new MergeSampleIterator([
      new ArraySampleIterator([10, 20, 50], [1, 99, 5]),
      hc.iterator(),
      fc.iterator(),
    ]);
    const got: string[] = [];
    for (let vt = it.next(); vt !== ValNone; vt = it.next()) {
      if (vt === ValFloat) got.push(`${it.atT()}:f=${it.atF()}`);
      else if (vt === ValHistogram) got.push(`${it.atT()}:h=${it.atH().count}/${it.atFH().sum}`);
      else if (vt === ValFloatHistogram) got.push(`${it.atT()}:fh=${it.atFH().count}`);
    }
    // At t=20 the first iterator (the float) wins over the histogram.
    assert.deepEqual(got, ["10:f=1", "20:f=99", "30:fh=3", "40:h=4/6", "50:f=5"]);
  });

  it("seek lands on a histogram sample and reports its type", () => {
    const hc = new HistogramChunk();
    hc.appendHistogram(null, 20, hist(2, 1));
    hc.appendHistogram(null, 40, hist(5, 2));
    const it = new MergeSampleIterator([new ArraySampleIterator([10], [1]), hc.iterator()]);
    assert.equal(it.seek(30), ValHistogram);
    assert.equal(it.atT(), 40);
    assert.equal(it.atH().count, 5);
    assert.equal(it.seek(35), ValHistogram);
    assert.equal(it.next(), ValNone);
  });

  it("float-only iterators throw on atH/atFH", () => {
    const it = new ArraySampleIterator([1], [1]);
    it.next();
    assert.throws(() => it.atH(), /not a histogram/);
    assert.throws(() => it.atFH(), /not a histogram/);
  });
});
