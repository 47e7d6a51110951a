/**
 * Ring.get() against a direct transcription of dskit's findInstancesForKey + Filter
 * (map-based, no scratch buffers) over random rings, states and zone layouts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { type InstanceDesc, type InstanceState, newInstance, RingDesc } from "./model.ts";
import {
  isStateHealthy,
  type Operation,
  Read,
  shouldExtendReplicaSet,
  Write,
  WriteNoExtend,
} from "./operation.ts";
import { Ring } from "./ring.ts";

const NOW = 1_800_000_000_000;

function reference(
  instances: InstanceDesc[],
  key: number,
  op: Operation,
  rf: number,
  zoneAware: boolean,
  timeoutMs: number,
): string[] | string {
  const byToken = new Map<number, InstanceDesc>();
  for (const i of instances) for (const t of i.tokens) byToken.set(t, i);
  const tokens = [...byToken.keys()].sort((a, b) => a - b);
  if (tokens.length === 0) return "empty ring";
  const zones = [...new Set(instances.map((i) => i.zone))].sort();
  const total = new Map(zones.map((z) => [z, instances.filter((i) => i.zone === z).length]));
  const found = new Map(zones.map((z) => [z, 0]));
  const examined = new Map(zones.map((z) => [z, 0]));
  let start = tokens.findIndex((t) => t > key);
  if (start < 0) start = 0;
  let size = rf;
  const distinct = new Set<string>();
  const out: InstanceDesc[] = [];
  for (
    let i = start, it = 0;
    distinct.size < Math.min(instances.length, size) && it < tokens.length;
    i++
  ) {
    if (zoneAware && zones.every((z) => found.get(z)! >= 1 || examined.get(z)! >= total.get(z)!))
      break;
    it++;
    i %= tokens.length;
    const inst = byToken.get(tokens[i]!)!;
    if (distinct.has(inst.id)) continue;
    if (zoneAware && inst.zone !== "") {
      if (found.get(inst.zone)! >= 1) continue;
      examined.set(inst.zone, examined.get(inst.zone)! + 1);
    }
    distinct.add(inst.id);
    if (shouldExtendReplicaSet(op, inst.state)) size++;
    else if (zoneAware && inst.zone !== "") found.set(inst.zone, found.get(inst.zone)! + 1);
    out.push(inst);
  }
  const rf2 = Math.max(rf, out.length);
  const min = Math.floor(rf2 / 2) + 1;
  const healthy = out.filter(
    (i) => isStateHealthy(op, i.state) && NOW - i.timestamp * 1000 <= timeoutMs,
  );
  if (healthy.length < min) return `at least ${min}`;
  return healthy.map((i) => i.id);
}

const ringArb = fc.record({
  n: fc.integer({ min: 1, max: 9 }),
  zones: fc.integer({ min: 0, max: 4 }),
  zoneAware: fc.boolean(),
  rf: fc.integer({ min: 1, max: 4 }),
  states: fc.array(fc.constantFrom(0, 0, 0, 1, 2, 3), { minLength: 9, maxLength: 9 }),
  stale: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  tokens: fc.array(
    fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 0, maxLength: 5 }),
    { minLength: 9, maxLength: 9 },
  ),
  keys: fc.array(fc.integer({ min: 0, max: 1100 }), { minLength: 5, maxLength: 5 }),
  op: fc.constantFrom(Write, Read, WriteNoExtend),
});

test("get() matches dskit's algorithm on random rings", () => {
  fc.assert(
    fc.property(ringArb, (c) => {
      const used = new Set<number>();
      const instances: InstanceDesc[] = [];
      for (let k = 0; k < c.n; k++) {
        const tokens = c.tokens[k]!.filter((t) => !used.has(t)).sort((a, b) => a - b);
        for (const t of tokens) used.add(t);
        instances.push(
          newInstance({
            id: `i${k}`,
            addr: `i${k}`,
            zone: c.zones === 0 ? (k % 2 === 0 ? "" : "z1") : `z${k % c.zones}`,
            tokens,
            state: c.states[k] as InstanceState,
            timestamp: NOW / 1000 - (c.stale[k] && k % 3 === 0 ? 120 : 0),
          }),
        );
      }
      const ring = new Ring(
        { heartbeatTimeoutMs: 60_000, replicationFactor: c.rf, zoneAwarenessEnabled: c.zoneAware },
        new RingDesc(new Map(instances.map((i) => [i.id, i]))),
      );
      for (const key of c.keys) {
        const want = reference(instances, key, c.op, c.rf, c.zoneAware, 60_000);
        let got: string[] | string;
        try {
          got = ring.get(key, c.op, undefined, NOW).instances.map((i) => i.id);
        } catch (e) {
          const m = (e as Error).message;
          got = m === "empty ring" ? m : (m.match(/^at least \d+/)?.[0] ?? m);
        }
        assert.deepEqual(got, want);
      }
    }),
    { numRuns: 1000 },
  );
});
