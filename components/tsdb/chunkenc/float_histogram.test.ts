import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FloatHistogram } from "../../model/float_histogram.ts";
import {
  CounterReset,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
} from "../../model/histogram_schema.ts";
import { STALE_NAN, ValFloatHistogram, ValNone } from "../../model/series.ts";
import { FloatHistogramChunk, floatHistogramAppendState } from "./float_histogram.ts";
import {
  CounterResetHeaderGauge,
  CounterResetHeaderNotReset,
  CounterResetHeaderReset,
  CounterResetHeaderUnknown,
} from "./histogram_meta.ts";

function fh(o: {
  schema?: number;
  zt?: number;
  zc?: number;
  sum?: number;
  pos?: [number, number][];
  b?: number[];
  neg?: [number, number][];
  nb?: number[];
  hint?: 0 | 1 | 2 | 3;
  cv?: number[];
}): FloatHistogram {
  const h = new FloatHistogram();
  h.schema = o.schema ?? 0;
  h.zeroThreshold = o.zt ?? 0.001;
  h.zeroCount = o.zc ?? 0;
  h.sum = o.sum ?? 0;
  h.positiveSpans = Int32Array.from((o.pos ?? []).flat());
  h.negativeSpans = Int32Array.from((o.neg ?? []).flat());
  h.positiveBuckets = Float64Array.from(o.b ?? []);
  h.negativeBuckets = Float64Array.from(o.nb ?? []);
  h.count =
    (o.b ?? []).reduce((a, x) => a + x, 0) + (o.nb ?? []).reduce((a, x) => a + x, 0) + h.zeroCount;
  h.counterResetHint = o.hint ?? UnknownCounterReset;
  h.customValues = o.cv === undefined ? null : Float64Array.from(o.cv);
  return h;
}

function readAll(c: FloatHistogramChunk): { t: number; h: FloatHistogram }[] {
  const it = c.iterator();
  const out: { t: number; h: FloatHistogram }[] = [];
  while (it.next() === ValFloatHistogram) out.push({ t: it.atT(), h: it.atFloatHistogram() });
  assert.equal(it.err(), undefined);
  return out;
}

describe("FloatHistogramChunk", () => {
  it("round-trips samples bit for bit, with Prometheus's per-position hints", () => {
    const c = new FloatHistogramChunk();
    const input: FloatHistogram[] = [];
    for (let i = 0; i < 40; i++) {
      const h = fh({
        schema: -2,
        zc: i * 0.5,
        sum: i / 3,
        pos: [[0, 3]],
        b: [i * 0.1, i * 1.7, 3.25],
        neg: [[2, 1]],
        nb: [i / 7],
      });
      input.push(h);
      assert.equal(c.appendFloatHistogram(null, i * 10_000, h), null);
    }
    const got = readAll(c);
    assert.equal(got.length, 40);
    for (let i = 0; i < 40; i++) {
      assert.ok(got[i].h.equals(input[i]), `sample ${i}`);
      assert.equal(got[i].h.counterResetHint, i === 0 ? UnknownCounterReset : NotCounterReset);
    }
  });

  it("recodes on new buckets and keeps absolute counts", () => {
    const c = new FloatHistogramChunk();
    c.appendFloatHistogram(null, 1, fh({ pos: [[1, 1]], b: [1.5] }));
    const next = c.appendFloatHistogram(null, 2, fh({ pos: [[0, 3]], b: [0.5, 2, 1] }));
    assert.ok(next !== null);
    assert.equal(floatHistogramAppendState.recoded, true);
    const got = readAll(next);
    assert.deepEqual([...got[0].h.positiveBuckets], [0, 1.5, 0]);
    assert.deepEqual([...got[1].h.positiveBuckets], [0.5, 2, 1]);
  });

  it("cuts on resets (header Reset) and on schema changes (header unknown)", () => {
    const c = new FloatHistogramChunk();
    c.appendFloatHistogram(null, 1, fh({ pos: [[0, 1]], b: [3] }));
    assert.equal(
      c.appendFloatHistogram(null, 2, fh({ pos: [[0, 1]], b: [2] }))?.counterResetHeader(),
      CounterResetHeaderReset,
    );
    assert.equal(
      c
        .appendFloatHistogram(null, 2, fh({ pos: [[0, 1]], b: [4], hint: CounterReset }))
        ?.counterResetHeader(),
      CounterResetHeaderReset,
    );
    assert.equal(
      c.appendFloatHistogram(null, 2, fh({ zt: 0.5, pos: [[0, 1]], b: [4] }))?.counterResetHeader(),
      CounterResetHeaderUnknown,
    );
    assert.throws(
      () => c.appendFloatHistogram(null, 2, fh({ pos: [[0, 1]], b: [2] }), true),
      /float histogram counter reset/,
    );
    const n = new FloatHistogramChunk();
    n.appendFloatHistogram(c, 3, fh({ pos: [[0, 1]], b: [5] }));
    assert.equal(n.counterResetHeader(), CounterResetHeaderNotReset);
  });

  it("handles stale markers and gauges", () => {
    const c = new FloatHistogramChunk();
    c.appendFloatHistogram(null, 1, fh({ pos: [[0, 1]], b: [3], sum: 1 }));
    const s = fh({});
    s.sum = STALE_NAN;
    assert.equal(c.appendFloatHistogram(null, 2, s), null);
    const got = readAll(c);
    assert.ok(Number.isNaN(got[1].h.sum));
    assert.notEqual(c.appendFloatHistogram(null, 3, fh({ pos: [[0, 1]], b: [4] })), null);

    const g = new FloatHistogramChunk();
    g.appendFloatHistogram(null, 1, fh({ pos: [[0, 2]], b: [5, 5], hint: GaugeType }));
    assert.equal(g.counterResetHeader(), CounterResetHeaderGauge);
    assert.equal(
      g.appendFloatHistogram(null, 2, fh({ pos: [[0, 2]], b: [1, 1], hint: GaugeType })),
      null,
    );
    const r = g.appendFloatHistogram(null, 3, fh({ pos: [[1, 2]], b: [1, 9], hint: GaugeType }));
    assert.ok(r !== null);
    const all = readAll(r);
    assert.deepEqual([...all[2].h.positiveBuckets], [0, 1, 9]);
    assert.equal(all[2].h.counterResetHint, GaugeType);
  });

  it("continues appending to chunk bytes exactly as if never interrupted", () => {
    const all: FloatHistogram[] = [];
    for (let i = 0; i < 25; i++)
      all.push(fh({ sum: i * 2.5 + 0.1, zc: i / 4, pos: [[0, 2]], b: [i * 1.25, i * 0.75 + 1] }));
    const whole = new FloatHistogramChunk();
    for (let i = 0; i < 25; i++) whole.appendFloatHistogram(null, i * 500, all[i]);
    const half = new FloatHistogramChunk();
    for (let i = 0; i < 10; i++) half.appendFloatHistogram(null, i * 500, all[i]);
    const resumed = FloatHistogramChunk.fromBytes(half.bytes().slice());
    for (let i = 10; i < 25; i++)
      assert.equal(resumed.appendFloatHistogram(null, i * 500, all[i]), null);
    assert.deepEqual([...resumed.bytes()], [...whole.bytes()]);
  });

  it("keeps custom bounds", () => {
    const c = new FloatHistogramChunk();
    c.appendFloatHistogram(
      null,
      1,
      fh({ schema: -53, zt: 0, pos: [[0, 2]], b: [1, 2], cv: [0.005, 12.5] }),
    );
    const got = readAll(c);
    assert.deepEqual([...(got[0].h.customValues ?? [])], [0.005, 12.5]);
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (b) => {
        const it = new FloatHistogramChunk().iterator();
        it.reset(b, 0, b.length);
        let n = 0;
        while (it.next() !== ValNone && n < 70000) {
          it.atFloatHistogram();
          n++;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
