/**
 * Duplicate detection of native histograms at the last in-order timestamp: the head reads the
 * last histogram back from the open chunk's appender state when that state holds it exactly,
 * and keeps a copy when it does not (layout widened by the chunk, stale markers, NaN sums).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Histogram } from "../model/histogram.ts";
import { labelsFromObject } from "../model/labels.ts";
import { STALE_NAN } from "../model/series.ts";
import { APPEND_DUPLICATE_IGNORED, APPEND_OK, ERR_DUPLICATE, Head } from "./head.ts";

/** Integer histogram: schema 0, one span from bucket 0, the given absolute counts. */
function hist(counts: number[], sum?: number): Histogram {
  const h = new Histogram();
  h.positiveSpans = counts.length > 0 ? Int32Array.of(0, counts.length) : new Int32Array(0);
  const d = new Float64Array(counts.length);
  let prev = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    d[i] = counts[i] - prev;
    prev = counts[i];
    total += counts[i];
  }
  h.positiveBuckets = d;
  h.count = total;
  h.sum = sum ?? total * 1.5;
  return h;
}

function newSeries() {
  const head = new Head({ chunkArena: false });
  return { head, s: head.getOrCreate(labelsFromObject({ __name__: "h" })) };
}

test("the same histogram at the last timestamp is ignored, any difference is a duplicate", () => {
  const { head, s } = newSeries();
  assert.equal(head.appendHistogram(s, 1000, hist([1, 2]), null, 0), APPEND_OK);
  assert.equal(head.appendHistogram(s, 2000, hist([2, 3]), null, 0), APPEND_OK);
  assert.equal(head.appendHistogram(s, 2000, hist([2, 3]), null, 0), APPEND_DUPLICATE_IGNORED);
  assert.equal(head.appendHistogram(s, 2000, hist([2, 4]), null, 0), ERR_DUPLICATE);
  assert.equal(head.appendHistogram(s, 2000, hist([2, 3], 99), null, 0), ERR_DUPLICATE);
  const zero = hist([2, 3]);
  zero.zeroCount = 1;
  zero.count += 1;
  assert.equal(head.appendHistogram(s, 2000, zero, null, 0), ERR_DUPLICATE);
  const schema1 = hist([2, 3]);
  schema1.schema = 1;
  assert.equal(head.appendHistogram(s, 2000, schema1, null, 0), ERR_DUPLICATE);
});

test("changing the appended histogram afterwards does not change what the head compares", () => {
  const { head, s } = newSeries();
  const h = hist([3, 4]);
  assert.equal(head.appendHistogram(s, 1000, h, null, 0), APPEND_OK);
  h.positiveBuckets[1] = 100;
  h.count = 1000;
  assert.equal(head.appendHistogram(s, 1000, hist([3, 4]), null, 0), APPEND_DUPLICATE_IGNORED);
});

test("a histogram the chunk stored with a wider layout is compared as it was sent", () => {
  const { head, s } = newSeries();
  assert.equal(head.appendHistogram(s, 1000, hist([4, 4]), null, 0), APPEND_OK);
  // A new bucket: the chunk is recoded to three buckets; the sample has them all.
  assert.equal(head.appendHistogram(s, 2000, hist([5, 5, 1]), null, 0), APPEND_OK);
  assert.equal(head.appendHistogram(s, 2000, hist([5, 5, 1]), null, 0), APPEND_DUPLICATE_IGNORED);
  // Bucket 3 missing: stored with the chunk's three buckets, but the sample had two.
  const at = 3000;
  // Keep the total count from going down (no counter reset): bucket 3 was 1, now absent.
  assert.equal(head.appendHistogram(s, at, hist([7, 7]), null, 0), APPEND_OK);
  assert.equal(head.appendHistogram(s, at, hist([7, 7]), null, 0), APPEND_DUPLICATE_IGNORED);
  const wide = new Histogram();
  wide.positiveSpans = Int32Array.of(0, 3);
  wide.positiveBuckets = Float64Array.of(7, 0, -7);
  wide.count = 14;
  wide.sum = 14 * 1.5;
  assert.equal(head.appendHistogram(s, at, wide, null, 0), ERR_DUPLICATE);
});

test("stale markers and NaN sums at the last timestamp", () => {
  const { head, s } = newSeries();
  assert.equal(head.appendHistogram(s, 1000, hist([1, 1]), null, 0), APPEND_OK);
  const stale = hist([1, 1], STALE_NAN);
  assert.equal(head.appendHistogram(s, 2000, stale, null, 0), APPEND_OK);
  assert.equal(
    head.appendHistogram(s, 2000, hist([1, 1], STALE_NAN), null, 0),
    APPEND_DUPLICATE_IGNORED,
  );
  assert.equal(head.appendHistogram(s, 2000, hist([1, 2], STALE_NAN), null, 0), ERR_DUPLICATE);
  assert.equal(head.appendHistogram(s, 3000, hist([2, 2], Number.NaN), null, 0), APPEND_OK);
  assert.equal(
    head.appendHistogram(s, 3000, hist([2, 2], Number.NaN), null, 0),
    APPEND_DUPLICATE_IGNORED,
  );
});
