/**
 * Model-based property test of the head: random appends (in order, out of order, duplicates,
 * stale markers) across series and cut points, compared with a plain sorted-map model that
 * applies the documented rules; then random range queries through the Querier.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { STALE_NAN, ValNone } from "../model/series.ts";
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

const bits = new DataView(new ArrayBuffer(8));
function key(v: number): string {
  bits.setFloat64(0, v);
  return bits.getBigUint64(0).toString(16);
}

test("head matches a reference model under random appends and queries", async () => {
  const op = fc.record({
    series: fc.integer({ min: 0, max: 3 }),
    dt: fc.integer({ min: -400_000, max: 100_000 }),
    v: fc.oneof(fc.double(), fc.constant(STALE_NAN), fc.integer({ min: 0, max: 3 })),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(op, { minLength: 1, maxLength: 400 }),
      fc.boolean(),
      fc.integer({ min: 2, max: 40 }),
      async (ops, ooo, cap) => {
        const window = ooo ? 300_000 : 0;
        const chunkRange = 1_000_000;
        // Tiny arena slabs so that slab compaction (evacuation) happens during the run.
        const head = new Head({
          chunkRange,
          oooCapacityMax: cap,
          samplesPerChunk: 20,
          chunkArena: cap % 2 === 0 ? 1024 : cap % 3 === 0 ? false : undefined,
        });
        const model = new Map<number, Map<number, number>>();
        const lastInOrder = new Map<number, number>();
        let maxt = Number.NEGATIVE_INFINITY;
        let cursor = 10_000_000;
        for (const o of ops) {
          cursor += Math.max(o.dt, 0) > 0 ? o.dt : 0;
          const t = cursor + Math.min(o.dt, 0);
          const s = head.getOrCreate(labelsFromObject({ __name__: "m", s: String(o.series) }));
          const r = head.append(s, t, o.v, window);
          let m = model.get(o.series);
          if (m === undefined) {
            m = new Map();
            model.set(o.series, m);
          }
          const last = lastInOrder.get(o.series) ?? Number.NEGATIVE_INFINITY;
          const minValid =
            maxt === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : maxt - chunkRange / 2;
          // Expected outcome from the rules.
          if (t > last && t >= minValid) {
            assert.equal(r, APPEND_OK);
            m.set(t, o.v);
            lastInOrder.set(o.series, t);
            if (t > maxt) maxt = t;
          } else if (t === last) {
            assert.equal(
              r,
              key(m.get(t) as number) === key(o.v) ? APPEND_DUPLICATE_IGNORED : ERR_DUPLICATE,
            );
          } else if (window === 0) {
            assert.ok(r === ERR_OUT_OF_BOUNDS || r === ERR_OUT_OF_ORDER, `got ${r}`);
          } else if (t < maxt - window) {
            assert.equal(r, ERR_TOO_OLD);
          } else {
            // OOO: accepted unless a buffered sample has this timestamp (duplicates in encoded
            // OOO chunks are not detected, as in Prometheus; reads then keep the first).
            assert.ok(
              r === APPEND_OOO || r === APPEND_DUPLICATE_IGNORED || r === ERR_DUPLICATE,
              `got ${r}`,
            );
            if (r === APPEND_OOO && !m.has(t)) m.set(t, o.v);
          }
        }
        // Full and partial range reads.
        const ranges: [number, number][] = [
          [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
          [cursor - 500_000, cursor - 100_000],
        ];
        for (const [mint, maxT] of ranges) {
          const q = head.querier(mint, maxT);
          for (const ser of await q.select(true, undefined, [newMatcher("=", "__name__", "m")])) {
            const id = Number(ser.labels[1].value);
            const want = [...(model.get(id) ?? new Map()).entries()]
              .filter(([t]) => t >= mint && t <= maxT)
              .sort((a, b) => a[0] - b[0]);
            const got: [number, string][] = [];
            const it = ser.iterator();
            while (it.next() !== ValNone) got.push([it.atT(), key(it.atF())]);
            assert.deepEqual(
              got.map((x) => x[0]),
              want.map((x) => x[0]),
            );
            // Values: in-order samples and first-inserted OOO samples match.
            assert.deepEqual(
              got.map((x) => x[1]),
              want.map((x) => key(x[1])),
            );
          }
        }
      },
    ),
    { numRuns: 150 },
  );
});
