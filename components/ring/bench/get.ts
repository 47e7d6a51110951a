/**
 * Micro-benchmark of Ring.get() on the write path: 3 zones x 3 ingesters x 512 tokens
 * (zone-aware, RF 3), and the same without zone awareness. Prints ns per get().
 * Run: ./node_modules/.bin/node components/ring/bench/get.ts
 */
import { newInstance, RingDesc } from "../model.ts";
import { Write } from "../operation.ts";
import { emptyReplicationSet } from "../replication_set.ts";
import { Ring } from "../ring.ts";
import { generateTokens } from "../tokens.ts";

function buildRing(zoneAware: boolean): Ring {
  const d = new RingDesc();
  const taken: number[] = [];
  const now = Math.floor(Date.now() / 1000);
  for (const zone of ["zone-a", "zone-b", "zone-c"]) {
    for (let k = 0; k < 3; k++) {
      const id = `ingester-${zone}-${k}`;
      const tokens = generateTokens(512, taken);
      taken.push(...tokens);
      d.ingesters.set(
        id,
        newInstance({
          id,
          addr: `${id}:9095`,
          zone,
          tokens,
          timestamp: now + 3600,
          registeredTimestamp: now,
        }),
      );
    }
  }
  return new Ring(
    { heartbeatTimeoutMs: 60_000, replicationFactor: 3, zoneAwarenessEnabled: zoneAware },
    d,
  );
}

function bench(name: string, ring: Ring): void {
  const keys = new Uint32Array(1 << 16);
  for (let i = 0; i < keys.length; i++) keys[i] = (Math.random() * 0x100000000) >>> 0;
  const out = emptyReplicationSet();
  const now = Date.now();
  let sink = 0;
  // Warm up.
  for (let i = 0; i < 200_000; i++)
    sink += ring.get(keys[i & 0xffff]!, Write, out, now).instances.length;
  const results: number[] = [];
  for (let round = 0; round < 5; round++) {
    const n = 1_000_000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++)
      sink += ring.get(keys[i & 0xffff]!, Write, out, now).instances.length;
    results.push(Number(process.hrtime.bigint() - t0) / n);
  }
  results.sort((a, b) => a - b);
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1_000_000; i++)
    sink += ring.get(keys[i & 0xffff]!, Write, out, now).instances.length;
  const heapDelta = process.memoryUsage().heapUsed - heapBefore;
  console.log(
    `${name}: ${results[2]!.toFixed(1)} ns/get (median of 5 x 1M; min ${results[0]!.toFixed(1)}), heap growth over 1M gets ${(heapDelta / 1024).toFixed(0)} KiB, checksum ${sink % 1000}`,
  );
}

bench("zone-aware RF3, 3 zones x 3 ingesters x 512 tokens", buildRing(true));
bench("not zone-aware RF3, 9 ingesters x 512 tokens", buildRing(false));
