import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { pino } from "pino";
import { Registry } from "prom-client";
import { RingPusher } from "../distributor/ringpush.ts";
import { decodeWriteRequest } from "../ingester/client/writerequest.ts";
import { Ingester } from "../ingester/ingester.ts";
import type { WriteBatch } from "../ingester/types.ts";
import { InstanceState, newInstance, RingDesc } from "../ring/model.ts";
import { Ring } from "../ring/ring.ts";
import { generateTokens } from "../ring/tokens.ts";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { type Queryable, ValNone } from "../model/series.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { IngesterRingQueryable } from "../querier/ingester_ring_queryable.ts";

const NOW = Date.now();

describe("replicated write and read over the ingester ring", () => {
  let dir: string;
  const ingesters = new Map<string, Ingester>();
  let ring: Ring;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "ring-rw-"));
    const d = new RingDesc();
    const taken: number[] = [];
    for (const zone of ["a", "b", "c"]) {
      for (let i = 0; i < 2; i++) {
        const id = `ingester-${zone}-${i}`;
        const ing = new Ingester(
          { tsdb: { dir: join(dir, id) }, ingester: { ring: { min_ready_duration: 0 } } },
          {
            logger: pino({ level: "silent" }),
            registry: new Registry(),
            overrides: new Overrides({ ...defaultsOf(limitsBlock) }),
          },
        );
        await ing.startAsync();
        ingesters.set(id, ing);
        const tokens = generateTokens(64, taken).sort((x, y) => x - y);
        taken.push(...tokens);
        d.ingesters.set(
          id,
          newInstance({
            id,
            addr: id,
            zone,
            tokens,
            state: InstanceState.ACTIVE,
            timestamp: Math.floor(NOW / 1000),
            registeredTimestamp: Math.floor(NOW / 1000) - 60,
          }),
        );
      }
    }
    ring = new Ring(
      { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: true },
      d,
    );
  });
  after(async () => {
    for (const ing of ingesters.values()) await ing.stopAsync();
    rmSync(dir, { recursive: true, force: true });
  });

  const down = new Set<string>();
  const clientFor = (addr: string) => {
    if ([...down].some((z) => addr.includes(`-${z}-`))) throw new Error(`ingester ${addr} is down`);
    return ingesters.get(addr) as Ingester;
  };
  const queryable = (): Queryable =>
    new IngesterRingQueryable({
      ring: () => ring,
      clientFor: (a) => clientFor(a).queryable(),
      shardSize: () => 0,
      shuffleShardingEnabled: true,
      lookback: () => 13 * 3_600_000,
      minimizeRequests: true,
    });

  async function dump(q: Queryable): Promise<string[]> {
    const querier = await q.querier("t", 0, 100_000);
    const out: string[] = [];
    for (const s of await querier.select(true, { start: 0, end: 100_000 }, [
      newMatcher("=", "__name__", "m"),
    ])) {
      const it = s.iterator();
      const pts: number[] = [];
      while (it.next() !== ValNone) pts.push(it.atT());
      out.push(`${s.labels.map((l) => l.value).join(",")}:${pts.join(",")}`);
    }
    return out;
  }

  it("writes with a zone down lose nothing, and reads with a zone down return everything once", async () => {
    const pusher = new RingPusher({
      ring: () => ring,
      clientFor: (a) => ({ pushBody: (t, body) => clientFor(a).push(t, decodeWriteRequest(body)) }),
      shardSize: () => 0,
    });
    const want: string[] = [];
    for (let round = 0; round < 3; round++) {
      // Round 1 is written while zone c is down.
      if (round === 1) down.add("c");
      else down.clear();
      const b: WriteBatch = {
        series: [],
        timestamps: new Float64Array(40),
        values: new Float64Array(40),
        metadata: [],
        source: "api",
      };
      for (let i = 0; i < 40; i++) {
        b.series.push({
          labels: labelsFromObject({ __name__: "m", i: String(i).padStart(2, "0") }),
          sampleStart: i,
          sampleCount: 1,
        });
        b.timestamps[i] = 1_000 * (round + 1);
      }
      const res = await pusher.push("t", b);
      assert.equal(res.samplesWritten, 40);
    }
    down.clear();
    for (let i = 0; i < 40; i++) want.push(`m,${String(i).padStart(2, "0")}:1000,2000,3000`);
    assert.deepEqual(await dump(queryable()), want);
    // Any one zone down: still every sample, once.
    for (const z of ["a", "b", "c"]) {
      down.add(z);
      assert.deepEqual(await dump(queryable()), want, `zone ${z} down`);
      down.clear();
    }
    // Two zones down: no quorum.
    down.add("a");
    down.add("b");
    await assert.rejects(dump(queryable()), /is down/);
    down.clear();
    const q = await queryable().querier("t", 0, 100_000);
    assert.deepEqual(await q.labelNames(undefined, []), ["__name__", "i"]);
    assert.equal((await q.labelValues("i", undefined, [])).length, 40);
  });
});
