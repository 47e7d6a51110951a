import assert from "node:assert/strict";
import { test } from "node:test";
import { FloatHistogram } from "../../model/float_histogram.ts";
import { labelsFromObject } from "../../model/labels.ts";
import { histogramJson, queryDataParts } from "./format.ts";

function hist(): FloatHistogram {
  const h = new FloatHistogram();
  h.count = 6;
  h.sum = 10.5;
  h.zeroThreshold = 0.001;
  h.zeroCount = 1;
  h.positiveSpans = Int32Array.from([0, 2]);
  h.positiveBuckets = Float64Array.from([1, 2]);
  h.negativeSpans = Int32Array.from([0, 2]);
  h.negativeBuckets = Float64Array.from([2, 0]);
  return h;
}

test("native histograms are written as Prometheus's MarshalHistogram does", () => {
  assert.equal(
    histogramJson(hist()),
    '{"count":"6","sum":"10.5","buckets":[[1,"-1","-0.5","2"],[3,"-0.001","0.001","1"],[0,"0.5","1","1"],[0,"1","2","2"]]}',
  );
  assert.equal(histogramJson(new FloatHistogram()), '{"count":"0","sum":"0"}');
});

test("vectors and matrices carry histogram samples as histogram/histograms", () => {
  const m = labelsFromObject({ __name__: "h" });
  const out: string[] = [];
  queryDataParts({ type: "vector", samples: [{ metric: m, t: 1500, f: 0, h: hist() }] }, out);
  const v = JSON.parse(out.join(""));
  assert.deepEqual(v.result[0].histogram[0], 1.5);
  assert.equal(v.result[0].histogram[1].count, "6");
  assert.equal(v.result[0].value, undefined);
  const out2: string[] = [];
  queryDataParts(
    {
      type: "matrix",
      series: [
        { metric: m, floats: [{ t: 0, f: 1 }], histograms: [{ t: 60000, h: hist() }] },
        { metric: m, floats: [], histograms: [{ t: 0, h: hist() }] },
      ],
    },
    out2,
  );
  const r = JSON.parse(out2.join("")).result;
  assert.deepEqual(r[0].values, [[0, "1"]]);
  assert.equal(r[0].histograms[0][0], 60);
  assert.equal(r[0].histograms[0][1].buckets.length, 4);
  assert.equal(r[1].values, undefined);
  assert.equal(r[1].histograms.length, 1);
});
