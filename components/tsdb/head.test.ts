import { test } from "node:test";
import assert from "node:assert/strict";
import { labelsFromObject, type Labels } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { isStaleNaN, STALE_NAN, ValNone, type Series } from "../model/series.ts";
import {
  APPEND_DUPLICATE_IGNORED,
  APPEND_OK,
  APPEND_OOO,
  ERR_DUPLICATE,
  ERR_OUT_OF_BOUNDS,
  ERR_OUT_OF_ORDER,
  ERR_TOO_OLD,
  Head,
} from "./head.ts";
import { EXEMPLAR_DUPLICATE, EXEMPLAR_OUT_OF_ORDER } from "./head_exemplars.ts";
import { XORChunk } from "./chunkenc/xor.ts";

const L = labelsFromObject;

function samples(s: Series): [number, number][] {
  const it = s.iterator();
  const out: [number, number][] = [];
  while (it.next() !== ValNone) out.push([it.atT(), it.atF()]);
  return out;
}

function names(ss: Series[]): string[] {
  return ss.map((s) => s.labels.map((l) => `${l.name}=${l.value}`).join(","));
}

function build(): Head {
  const h = new Head();
  const sets: Labels[] = [
    L({ __name__: "up", job: "a", instance: "1" }),
    L({ __name__: "up", job: "a", instance: "2" }),
    L({ __name__: "up", job: "b", instance: "1" }),
    L({ __name__: "down", job: "b" }),
  ];
  for (const ls of sets) {
    const s = h.getOrCreate(ls);
    for (let t = 0; t < 10; t++) assert.equal(h.append(s, t * 1000, t, 0), APPEND_OK);
  }
  return h;
}

test("select with every matcher type, sorted", async () => {
  const h = build();
  const q = h.querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const sel = async (...ms: [string, string, string][]) =>
    names(
      await q.select(
        true,
        undefined,
        ms.map(([n, t, v]) => newMatcher(t as "=", n, v)),
      ),
    );
  assert.deepEqual(await sel(["__name__", "=", "up"], ["job", "=", "a"]), [
    "__name__=up,instance=1,job=a",
    "__name__=up,instance=2,job=a",
  ]);
  assert.deepEqual(await sel(["__name__", "=", "up"], ["job", "!=", "a"]), [
    "__name__=up,instance=1,job=b",
  ]);
  assert.deepEqual(await sel(["instance", "=~", "1|2"], ["job", "=~", "b"]), [
    "__name__=up,instance=1,job=b",
  ]);
  assert.deepEqual(await sel(["__name__", "=~", ".+"], ["instance", "!~", "1"]), [
    "__name__=down,job=b",
    "__name__=up,instance=2,job=a",
  ]);
  // Matcher accepting "" selects series without the label.
  assert.deepEqual(await sel(["job", "=", "b"], ["instance", "=", ""]), ["__name__=down,job=b"]);
  assert.deepEqual(await sel(["__name__", "=", "nope"]), []);
  assert.deepEqual(await sel(["foo", "=~", "x.*"]), []);
  assert.equal((await q.select(false, undefined, [newMatcher("=~", "job", ".*")])).length, 4);
  assert.deepEqual(await q.labelNames(undefined, []), ["__name__", "instance", "job"]);
  assert.deepEqual(await q.labelValues("instance", undefined, []), ["1", "2"]);
  assert.deepEqual(await q.labelValues("instance", undefined, [newMatcher("=", "job", "b")]), [
    "1",
  ]);
  assert.deepEqual(await q.labelNames(undefined, [newMatcher("=", "__name__", "down")]), [
    "__name__",
    "job",
  ]);
});

test("iterators are clipped to the querier range and seek works", async () => {
  const h = build();
  const q = h.querier(2500, 5000);
  const [s] = await q.select(true, undefined, [newMatcher("=", "__name__", "down")]);
  assert.deepEqual(samples(s), [
    [3000, 3],
    [4000, 4],
    [5000, 5],
  ]);
  const it = s.iterator();
  assert.notEqual(it.seek(4001), ValNone);
  assert.equal(it.atT(), 5000);
  assert.equal(it.seek(6000), ValNone);
  // Series with no data in range are not returned.
  assert.equal((await h.querier(20_000, 30_000).select(false, undefined, [])).length, 0);
});

test("chunks are cut at 120 samples and on range boundaries, and read back across chunks", async () => {
  const h = new Head({ chunkRange: 3_600_000 });
  const s = h.getOrCreate(L({ __name__: "m" }));
  const n = 1000;
  for (let i = 0; i < n; i++) assert.equal(h.append(s, i * 15_000, i, 0), APPEND_OK);
  // 15s scrape in 1h ranges: 240 samples per range, two chunks of 120 per range.
  const cs = s.chunks(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  assert.ok(cs.length >= 8);
  for (const c of cs) {
    const x = XORChunk.fromBytes(c.bytes);
    assert.ok(x.numSamples() <= 240);
    // No chunk spans a range boundary.
    assert.equal(Math.floor(c.mint / 3_600_000), Math.floor(c.maxt / 3_600_000));
  }
  assert.equal(cs[0].maxt, 119 * 15_000);
  const [ser] = await h.querier(0, Number.POSITIVE_INFINITY).select(false, undefined, []);
  const got = samples(ser);
  assert.equal(got.length, n);
  assert.deepEqual(got[999], [999 * 15_000, 999]);
});

test("duplicates, out-of-order, out-of-bounds and stale markers with OOO off", () => {
  const h = new Head();
  const s = h.getOrCreate(L({ __name__: "m" }));
  assert.equal(h.append(s, 10_000_000, 1, 0), APPEND_OK);
  assert.equal(h.append(s, 10_000_000, 1, 0), APPEND_DUPLICATE_IGNORED);
  assert.equal(h.append(s, 10_000_000, 2, 0), ERR_DUPLICATE);
  assert.equal(h.append(s, 9_999_000, 2, 0), ERR_OUT_OF_ORDER);
  // More than chunkRange/2 (1h) behind the head's max time.
  const s2 = h.getOrCreate(L({ __name__: "other" }));
  assert.equal(h.append(s2, 10_000_000 - 3_600_001, 1, 0), ERR_OUT_OF_BOUNDS);
  assert.equal(h.append(s2, 10_000_000 - 3_600_000, 1, 0), APPEND_OK);
  assert.equal(h.append(s, 10_001_000, STALE_NAN, 0), APPEND_OK);
  assert.equal(h.append(s, 10_001_000, STALE_NAN, 0), APPEND_DUPLICATE_IGNORED);
  assert.equal(h.append(s, 10_001_000, Number.NaN, 0), ERR_DUPLICATE);
  const it = s.iterator(0, Number.POSITIVE_INFINITY);
  it.next();
  it.next();
  assert.ok(isStaleNaN(it.atF()));
});

test("out-of-order samples inside the window are merged on read; outside are too old", async () => {
  const h = new Head({ oooCapacityMax: 4 });
  const s = h.getOrCreate(L({ __name__: "m" }));
  const w = 600_000;
  for (let t = 100_000; t <= 1_000_000; t += 100_000) assert.equal(h.append(s, t, t, w), APPEND_OK);
  // Inside [maxt - w, maxt].
  for (const t of [450_000, 550_000, 650_000, 750_000, 850_000, 950_000, 420_000])
    assert.equal(h.append(s, t, t, w), APPEND_OOO);
  // Duplicates are detected among the buffered (not yet encoded) OOO samples.
  assert.equal(h.append(s, 950_000, 950_000, w), APPEND_DUPLICATE_IGNORED);
  assert.equal(h.append(s, 950_000, 1, w), ERR_DUPLICATE);
  assert.equal(h.append(s, 399_999, 1, w), ERR_TOO_OLD);
  // A new series's first sample older than the in-order window but within OOO: OOO.
  const s2 = h.getOrCreate(L({ __name__: "n" }));
  assert.equal(h.append(s2, 500_000, 5, w), APPEND_OK);
  const [ser] = await h
    .querier(400_000, 900_000)
    .select(false, undefined, [newMatcher("=", "__name__", "m")]);
  const got = samples(ser).map(([t]) => t);
  assert.deepEqual(
    got,
    [
      400_000, 420_000, 450_000, 500_000, 550_000, 600_000, 650_000, 700_000, 750_000, 800_000,
      850_000, 900_000,
    ],
  );
  for (const [t, v] of samples(ser)) assert.equal(t, v);
  const it = ser.iterator();
  assert.notEqual(it.seek(760_000), ValNone);
  assert.equal(it.atT(), 800_000);
});

test("truncate drops old chunks and empty series", async () => {
  const h = new Head({ chunkRange: 1_000_000 });
  const a = h.getOrCreate(L({ __name__: "a" }));
  const b = h.getOrCreate(L({ __name__: "b" }));
  for (let t = 0; t < 3_000_000; t += 10_000) h.append(a, t, 1, 0);
  h.append(b, 10_000, 1, 0);
  const removed = h.truncate(2_000_000);
  assert.deepEqual(removed, [b.ref]);
  assert.equal(h.numSeries(), 1);
  assert.equal(h.getByLabels(L({ __name__: "b" })), undefined);
  assert.ok(h.minTime() >= 2_000_000);
  const [ser] = await h.querier(0, Number.POSITIVE_INFINITY).select(false, undefined, []);
  assert.equal(samples(ser)[0][0], 2_000_000);
  assert.deepEqual(
    await h
      .querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
      .labelValues("__name__", undefined, []),
    ["a"],
  );
  // Recreated series get a new ref.
  const b2 = h.getOrCreate(L({ __name__: "b" }));
  assert.ok(b2.ref > a.ref);
});

test("exemplars: circular buffer, order checks, query by matchers", () => {
  const h = new Head({ maxExemplars: 3 });
  const s = h.getOrCreate(L({ __name__: "m", job: "x" }));
  const el = L({ trace_id: "abc" });
  assert.equal(h.appendExemplar(s, el, 1000, 1), 0);
  assert.equal(h.appendExemplar(s, el, 1000, 1), EXEMPLAR_DUPLICATE);
  assert.equal(h.appendExemplar(s, el, 900, 1), EXEMPLAR_OUT_OF_ORDER);
  for (let t = 2000; t <= 4000; t += 1000) assert.equal(h.appendExemplar(s, el, t, t), 0);
  const res = h.queryExemplars(0, 10_000, [[newMatcher("=", "job", "x")]]);
  assert.equal(res.length, 1);
  assert.deepEqual(
    res[0].exemplars.map((e) => e.timestamp),
    [2000, 3000, 4000],
  );
  assert.deepEqual(
    h.queryExemplars(0, 2500, [[newMatcher("=", "job", "x")]])[0].exemplars.length,
    1,
  );
});

test("metadata limits per user and per metric", () => {
  const h = new Head();
  const md = (n: string, help: string) => ({
    type: "counter",
    metricFamilyName: n,
    help,
    unit: "",
  });
  assert.equal(h.metadata.add(md("a", "x"), 0, 2, 1), 0);
  assert.equal(h.metadata.add(md("a", "x"), 1, 2, 1), 0);
  assert.equal(h.metadata.add(md("a", "y"), 1, 2, 1), -2);
  assert.equal(h.metadata.add(md("b", "y"), 1, 2, 1), 0);
  assert.equal(h.metadata.add(md("c", "y"), 1, 2, 1), -1);
  assert.deepEqual([...h.metadata.list().keys()], ["a", "b"]);
  assert.equal(h.metadata.purge(1), 0);
  assert.equal(h.metadata.purge(2), 2);
});

test("series stay findable by labels after truncation drops other series' symbols", () => {
  const h = new Head({ chunkRange: 1_000_000 });
  const old = h.getOrCreate(L({ __name__: "old", only: "here" }));
  const keep = h.getOrCreate(L({ __name__: "keep", job: "x" }));
  h.append(old, 1000, 1, 0);
  h.append(keep, 1000, 1, 0);
  h.append(keep, 3_000_000, 2, 0);
  h.truncate(2_000_000);
  assert.equal(h.getByLabels(L({ __name__: "old", only: "here" })), undefined);
  assert.equal(h.getByLabels(L({ __name__: "keep", job: "x" })), keep);
  // Re-creating the dropped series interns its strings again.
  const again = h.getOrCreate(L({ __name__: "old", only: "here" }));
  assert.notEqual(again.ref, old.ref);
  assert.equal(h.getByLabels(L({ __name__: "old", only: "here" })), again);
  assert.equal(h.numSeries(), 2);
});

test("stale markers keep their bit pattern in out-of-order data (buffered and encoded)", async () => {
  const h = new Head({ oooCapacityMax: 3 });
  const s = h.getOrCreate(L({ __name__: "m" }));
  assert.equal(h.append(s, 100_000, 1, 0), APPEND_OK);
  for (const t of [10_000, 20_000, 30_000, 40_000])
    assert.equal(h.append(s, t, STALE_NAN, 60_000_000), APPEND_OOO);
  // Same stale marker again: a duplicate with identical bits, not a new value.
  assert.equal(h.append(s, 40_000, STALE_NAN, 60_000_000), APPEND_DUPLICATE_IGNORED);
  assert.equal(h.append(s, 40_000, Number.NaN, 60_000_000), ERR_DUPLICATE);
  const [ser] = await h.querier(0, 50_000).select(false, undefined, []);
  const it = ser.iterator();
  let n = 0;
  while (it.next() !== ValNone) {
    assert.ok(isStaleNaN(it.atF()), `sample ${it.atT()} lost its stale bits`);
    n++;
  }
  assert.equal(n, 4);
});

test("chunk arena: iterators keep reading their snapshot while buffers move and slabs are evacuated", async () => {
  const h = new Head({ chunkArena: 512, chunkRange: 100_000_000, samplesPerChunk: 30 });
  const n = 50;
  const ss = Array.from({ length: n }, (_, i) => h.getOrCreate(L({ __name__: "m", i: String(i) })));
  for (let k = 0; k < 20; k++)
    for (let i = 0; i < n; i++) h.append(ss[i], k * 1000, k * i + 0.25, 0);
  const q = h.querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const early = await q.select(true, undefined, [newMatcher("=", "i", "7")]);
  const it = early[0].iterator();
  // Many more samples: buffers grow (regions move), garbage accumulates, slabs get evacuated.
  for (let k = 20; k < 400; k++)
    for (let i = 0; i < n; i++) h.append(ss[i], k * 1000, k * i + 0.25, 0);
  const stats = h.arena?.stats();
  assert.ok(
    stats !== undefined && stats.allocatedBytes < 4 * stats.liveBytes + 8 * 512,
    JSON.stringify(stats),
  );
  const got: number[] = [];
  while (it.next() !== ValNone) got.push(it.atF());
  assert.deepEqual(
    got,
    Array.from({ length: 20 }, (_, k) => k * 7 + 0.25),
  );
  for (const i of [0, 7, 49]) {
    const [s] = await h
      .querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
      .select(false, undefined, [newMatcher("=", "i", String(i))]);
    const vals = samples(s).map(([, v]) => v);
    assert.deepEqual(
      vals,
      Array.from({ length: 400 }, (_, k) => k * i + 0.25),
    );
  }
  // Truncation releases regions too.
  h.truncate(390_000);
  const [s7] = await h
    .querier(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
    .select(false, undefined, [newMatcher("=", "i", "7")]);
  assert.ok(samples(s7).every(([t]) => t >= 390_000));
});

test("chunk arena: churn triggers slab evacuation; early iterators and all data stay intact", async () => {
  const h = new Head({ chunkArena: 4096, chunkRange: 100_000_000, samplesPerChunk: 30 });
  const grow = Array.from({ length: 40 }, (_, i) =>
    h.getOrCreate(L({ __name__: "g", i: String(i) })),
  );
  let it: ReturnType<Series["iterator"]> | undefined;
  let nNew = 0;
  for (let k = 0; k < 400; k++) {
    for (let i = 0; i < grow.length; i++) h.append(grow[i], k * 1000, k * i + 0.25, 0);
    // Churn: a new one-sample series per round pins a small region among growth garbage.
    h.append(h.getOrCreate(L({ __name__: "c", n: String(nNew++) })), k * 1000, 1, 0);
    if (k === 50)
      it = (
        await h
          .querier(0, Number.POSITIVE_INFINITY)
          .select(false, undefined, [newMatcher("=", "i", "3")])
      )[0].iterator();
  }
  const st = h.arena?.stats();
  assert.ok(
    st !== undefined && st.allocatedBytes < st.liveBytes * 1.5 + 4 * 4096,
    JSON.stringify(st),
  );
  const early: number[] = [];
  while (it?.next() !== ValNone && it !== undefined) early.push(it.atF());
  assert.deepEqual(
    early,
    Array.from({ length: 51 }, (_, k) => k * 3 + 0.25),
  );
  for (const i of [0, 3, 39]) {
    const [s] = await h
      .querier(0, Number.POSITIVE_INFINITY)
      .select(false, undefined, [newMatcher("=", "i", String(i))]);
    assert.deepEqual(
      samples(s).map(([, v]) => v),
      Array.from({ length: 400 }, (_, k) => k * i + 0.25),
    );
  }
  const churn = await h
    .querier(0, Number.POSITIVE_INFINITY)
    .select(false, undefined, [newMatcher("=", "__name__", "c")]);
  assert.equal(churn.length, 400);
  for (const s of churn) assert.equal(samples(s).length, 1);
});
