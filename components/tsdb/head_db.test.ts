import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelsFromObject, type Labels } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { ValNone } from "../model/series.ts";
import { HeadDB } from "./head_db.ts";
import { APPEND_OK, APPEND_OOO, type Head } from "./head.ts";

async function dump(head: Head): Promise<string[]> {
  const q = head.querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const out: string[] = [];
  for (const s of await q.select(true, undefined, [newMatcher("=~", "__name__", ".+")])) {
    const it = s.iterator();
    const pts: string[] = [];
    while (it.next() !== ValNone) pts.push(`${it.atT()}:${it.atF()}`);
    out.push(`${JSON.stringify(s.labels)} ${pts.join(",")}`);
  }
  return out;
}

test("replay rebuilds the head exactly, including OOO samples, exemplars and metadata", async () => {
  const dir = mkdtempSync(join(tmpdir(), "headdb-"));
  const { db } = await HeadDB.open(dir, { head: { maxExemplars: 10 }, oooEnabled: true });
  for (let round = 0; round < 3; round++) {
    const app = db.appender();
    for (let i = 0; i < 20; i++) {
      const ls: Labels = labelsFromObject({ __name__: "m", i: String(i) });
      const s = db.head.getByLabels(ls) ?? app.createSeries(ls);
      for (let k = 0; k < 50; k++)
        assert.equal(app.append(s, round * 1_000_000 + k * 10_000 + 20_000, i * k, 0), APPEND_OK);
      if (round === 2) assert.equal(app.append(s, 2_000_000 + 5, -1, 600_000), APPEND_OOO);
      if (i === 0)
        app.appendExemplar(
          s,
          labelsFromObject({ trace: String(round) }),
          round * 1_000_000 + 25_000,
          1,
        );
    }
    app.addMetadata({ type: "counter", metricFamilyName: "m", help: "help", unit: "" }, 0, 0, 0);
    await app.commit();
  }
  const before = await dump(db.head);
  await db.close();
  const { db: db2, stats } = await HeadDB.open(dir, { head: { maxExemplars: 10 } });
  assert.equal(stats.wal.corruption, undefined);
  assert.equal(stats.series, 20);
  assert.deepEqual(await dump(db2.head), before);
  assert.equal(
    db2.head.queryExemplars(0, 1e12, [[newMatcher("=", "i", "0")]])[0].exemplars.length,
    3,
  );
  assert.deepEqual([...db2.head.metadata.list().keys()], ["m"]);
  // New series after replay get fresh refs.
  const app = db2.appender();
  const ls = labelsFromObject({ __name__: "new" });
  const s = app.createSeries(ls);
  assert.equal(s.ref, 21);
  await app.commit();
  await db2.close();
  rmSync(dir, { recursive: true });
});

test("truncate checkpoints live data and replay after it matches", async () => {
  const dir = mkdtempSync(join(tmpdir(), "headdb-"));
  const { db } = await HeadDB.open(dir, { head: { chunkRange: 100_000 } });
  const app = db.appender();
  const a = app.createSeries(labelsFromObject({ __name__: "a" }));
  const b = app.createSeries(labelsFromObject({ __name__: "b" }));
  for (let t = 0; t < 300_000; t += 1000) app.append(a, t, t, 0);
  app.append(b, 1000, 1, 0);
  await app.commit();
  await db.truncate(200_000);
  const app2 = db.appender();
  app2.append(a, 300_000, 1, 0);
  await app2.commit();
  const before = await dump(db.head);
  assert.equal(before.length, 1);
  await db.close();
  assert.ok(readdirSync(join(dir, "wal")).some((n) => n.startsWith("checkpoint.")));
  const { db: db2 } = await HeadDB.open(dir, { head: { chunkRange: 100_000 } });
  assert.deepEqual(await dump(db2.head), before);
  assert.equal(db2.head.numSeries(), 1);
  await db2.close();
  rmSync(dir, { recursive: true });
});
