import assert from "node:assert/strict";
import { test } from "node:test";
import { FloatHistogram } from "../../model/float_histogram.ts";
import {
  CounterReset,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
} from "../../model/histogram_schema.ts";
import { getLabel, labelsFromObject } from "../../model/labels.ts";
import { storedCounterResetHint } from "./memstorage.ts";
import { NhcbCollector } from "./nhcb.ts";

test("load_with_nhcb turns classic buckets into custom-bucket histograms", () => {
  const c = new NhcbCollector();
  c.add(labelsFromObject({ __name__: "x_bucket", le: "1", job: "a" }), [{ t: 0, f: 1 }]);
  c.add(labelsFromObject({ __name__: "x_bucket", le: "+Inf", job: "a" }), [{ t: 0, f: 3 }]);
  c.add(labelsFromObject({ __name__: "x_sum", job: "a" }), [{ t: 0, f: 7 }]);
  c.add(labelsFromObject({ __name__: "x_count", job: "a" }), [{ t: 0, f: 3 }]);
  c.add(labelsFromObject({ __name__: "other", job: "a" }), [{ t: 0, f: 3 }]);
  const r = c.result();
  assert.equal(r.length, 1);
  assert.equal(getLabel(r[0].labels, "__name__"), "x");
  assert.equal(getLabel(r[0].labels, "le"), "");
  const h = r[0].samples[0].h;
  assert.equal(h.schema, -53);
  assert.equal(h.count, 3);
  assert.equal(h.sum, 7);
  assert.deepEqual([...(h.customValues ?? [])], [1]);
  assert.deepEqual([...h.positiveBuckets], [1, 2]);
});

test("stored counter reset hints are what reading TSDB chunks gives", () => {
  const mk = (count: number, hint: 0 | 1 | 2 | 3 = 0) => {
    const x = new FloatHistogram();
    x.count = count;
    x.counterResetHint = hint;
    return x;
  };
  assert.equal(storedCounterResetHint(mk(1), undefined), UnknownCounterReset);
  assert.equal(storedCounterResetHint(mk(2), mk(1)), NotCounterReset);
  assert.equal(storedCounterResetHint(mk(1), mk(2)), UnknownCounterReset);
  assert.equal(storedCounterResetHint(mk(1, CounterReset), mk(0)), CounterReset);
  assert.equal(storedCounterResetHint(mk(1, GaugeType), mk(2)), GaugeType);
});
