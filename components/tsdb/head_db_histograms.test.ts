import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { Histogram } from "../model/histogram.ts";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { ValFloat, ValHistogram, ValNone } from "../model/series.ts";
import { APPEND_OK, APPEND_OOO, type Head } from "./head.ts";
import { HeadDB } from "./head_db.ts";

/** A histogram with `n` observations in bucket 0 (custom buckets [0, 1, +Inf) when `custom`). */
function hist(n: number, custom = false): Histogram {
  const h = new Histogram();
  h.count = n;
  h.sum = n / 2;
  h.positiveSpans = Int32Array.of(0, 1);
  h.positiveBuckets = Float64Array.of(n);
  if (custom) {
    h.schema = -53;
    h.customValues = Float64Array.of(1);
  }
  return h;
}

async function dump(head: Head): Promise<string[]> {
  const q = head.querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const out: string[] = [];
  for (const s of await q.select(true, undefined, [newMatcher("=~", "__name__", ".+")])) {
    const it = s.iterator();
    const pts: string[] = [];
    for (let vt = it.next(); vt !== ValNone; vt = it.next()) {
      if (vt === ValFloat) pts.push(`${it.atT()}:${it.atF()}`);
      else if (vt === ValHistogram) {
        const h = it.atH();
        pts.push(`${it.atT()}:h${h.count}${h.schema === -53 ? "c" : ""}`);
      } else pts.push(`${it.atT()}:fh${it.atFH().count}`);
    }
    out.push(`${s.labels.map((l) => l.value).join(",")} ${pts.join(" ")}`);
  }
  return out;
}

test("WAL and WBL replay native histograms (integer, float, custom buckets, out of order)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "headdb-hist-"));
  try {
    const { db } = await HeadDB.open(dir, { oooEnabled: true });
    const app = db.appender();
    const a = app.createSeries(labelsFromObject({ __name__: "a" }));
    const c = app.createSeries(labelsFromObject({ __name__: "c" }));
    for (let i = 1; i <= 5; i++) {
      assert.equal(app.appendHistogram(a, i * 1000, hist(i), null, 0), APPEND_OK);
      assert.equal(app.appendHistogram(c, i * 1000, hist(i, true), null, 0), APPEND_OK);
    }
    assert.equal(app.appendHistogram(a, 6000, null, hist(9).toFloat(), 0), APPEND_OK);
    assert.equal(app.append(a, 7000, 1.5, 0), APPEND_OK);
    await app.commit();
    const app2 = db.appender();
    assert.equal(app2.appendHistogram(a, 2500, hist(2), null, 60_000), APPEND_OOO);
    assert.equal(app2.appendHistogram(c, 500, null, hist(1, true).toFloat(), 60_000), APPEND_OOO);
    await app2.commit();
    const before = await dump(db.head);
    assert.deepEqual(before, [
      "a 1000:h1 2000:h2 2500:h2 3000:h3 4000:h4 5000:h5 6000:fh9 7000:1.5",
      "c 500:fh1 1000:h1c 2000:h2c 3000:h3c 4000:h4c 5000:h5c",
    ]);
    await db.close();
    const { db: db2, stats } = await HeadDB.open(dir, { oooEnabled: true });
    assert.equal(stats.samples, 14);
    assert.deepEqual(await dump(db2.head), before);
    // A checkpoint keeps the histograms at or after its mint.
    await db2.truncate(3000);
    await db2.close();
    const { db: db3 } = await HeadDB.open(dir, { oooEnabled: true });
    assert.deepEqual(await dump(db3.head), [
      "a 3000:h3 4000:h4 5000:h5 6000:fh9 7000:1.5",
      "c 3000:h3c 4000:h4c 5000:h5c",
    ]);
    await db3.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
