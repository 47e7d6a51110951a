import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FloatHistogram } from "../model/float_histogram.ts";
import { Histogram } from "../model/histogram.ts";
import {
  type SampleIterator,
  ValFloat,
  ValFloatHistogram,
  ValHistogram,
  ValNone,
  type ValueType,
} from "../model/series.ts";
import { ArraySampleIterator, MergeSampleIterator } from "./merge.ts";

/** Iterates histogram samples (integer or float) held in an array. */
class HistIterator implements SampleIterator {
  private readonly samples: [number, Histogram | FloatHistogram][];
  private i = -1;

  constructor(samples: [number, Histogram | FloatHistogram][]) {
    this.samples = samples;
  }

  private type(): ValueType {
    if (this.i >= this.samples.length) return ValNone;
    return this.samples[this.i][1] instanceof Histogram ? ValHistogram : ValFloatHistogram;
  }

  next(): ValueType {
    if (this.i < this.samples.length) this.i++;
    return this.type();
  }

  seek(t: number): ValueType {
    if (this.i < 0) this.i = 0;
    while (this.i < this.samples.length && this.samples[this.i][0] < t) this.i++;
    return this.type();
  }

  atT(): number {
    return this.samples[this.i][0];
  }

  atF(): number {
    return Number.NaN;
  }

  atH(): Histogram {
    return this.samples[this.i][1] as Histogram;
  }

  atFH(): FloatHistogram {
    const h = this.samples[this.i][1];
    return h instanceof Histogram ? h.toFloat() : h;
  }
}

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
    const it = new MergeSampleIterator([
      new ArraySampleIterator([10, 20, 50], [1, 99, 5]),
      new HistIterator([
        [20, hist(2, 3)],
        [40, hist(4, 6)],
      ]),
      new HistIterator([[30, hist(3, 7).toFloat()]]),
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
    const it = new MergeSampleIterator([
      new ArraySampleIterator([10], [1]),
      new HistIterator([
        [20, hist(2, 1)],
        [40, hist(5, 2)],
      ]),
    ]);
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
