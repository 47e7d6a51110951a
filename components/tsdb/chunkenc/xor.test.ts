import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { XORChunk, EncXOR } from "./xor.ts";
import { ValFloat, ValNone, STALE_NAN } from "../../model/series.ts";

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

const bitsView = new DataView(new ArrayBuffer(8));
function bits(v: number): bigint {
  bitsView.setFloat64(0, v);
  return bitsView.getBigUint64(0);
}
function fromBits(b: bigint): number {
  bitsView.setBigUint64(0, b);
  return bitsView.getFloat64(0);
}

function readAll(c: XORChunk): [number[], bigint[]] {
  const it = c.iterator();
  const ts: number[] = [];
  const vs: bigint[] = [];
  while (it.next() === ValFloat) {
    ts.push(it.atT());
    vs.push(bits(it.atF()));
  }
  assert.equal(it.err(), undefined);
  return [ts, vs];
}

test("golden bytes: header, varint first sample, uvarint delta, dod and XOR windows", () => {
  const c = new XORChunk();
  assert.equal(c.encoding(), EncXOR);
  c.append(1000, 1);
  c.append(2000, 1);
  c.append(3000, 2);
  // 3 samples; zigzag(1000)=2000 -> d00f; 1.0; uvarint(1000) -> e807; '0' same value;
  // '0' dod=0, '11' new window, leading=1 (00001), sig=11 (001011), 0x7ff.
  assert.equal(hex(c.bytes()), "0003d00f3ff0000000000000e8073097ffc0");
  // dod=-1 -> '10' + 14 bits; value XOR 0x0008000000000000 -> leading 12, trailing 51 (new window).
  c.append(3999, 3);
  assert.equal(hex(c.bytes()), "0004d00f3ff0000000000000e8073097ffeffff603");
  assert.equal(c.numSamples(), 4);
  assert.deepEqual(readAll(c)[0], [1000, 2000, 3000, 3999]);
});

test("round trip through fromBytes and continued appends", () => {
  const c = new XORChunk();
  const ts: number[] = [];
  const vs: number[] = [];
  let t = 1_700_000_000_000;
  for (let i = 0; i < 120; i++) {
    t += 15_000 + ((i * 7919) % 50) - 25;
    const v = i % 10 === 0 ? i * 1.5 : Math.sin(i) * 1000;
    c.append(t, v);
    ts.push(t);
    vs.push(v);
  }
  const copy = XORChunk.fromBytes(c.bytes().slice());
  assert.equal(copy.numSamples(), 120);
  const [rt, rv] = readAll(copy);
  assert.deepEqual(rt, ts);
  assert.deepEqual(rv, vs.map(bits));
  // Continue appending to both and compare bytes.
  const app = copy.appender();
  for (let i = 0; i < 10; i++) {
    t += 60_000 * (i + 1) + 1_000_000 * (i % 3);
    app.append(t, i);
    c.append(t, i);
  }
  assert.equal(hex(copy.bytes()), hex(c.bytes()));
});

test("seek positions on the first sample >= t and stays put", () => {
  const c = new XORChunk();
  for (let i = 0; i < 10; i++) c.append(i * 10, i);
  const it = c.iterator();
  assert.equal(it.seek(35), ValFloat);
  assert.equal(it.atT(), 40);
  assert.equal(it.seek(20), ValFloat);
  assert.equal(it.atT(), 40);
  assert.equal(it.next(), ValFloat);
  assert.equal(it.atT(), 50);
  assert.equal(it.seek(1000), ValNone);
});

test("iterator snapshots the sample count", () => {
  const c = new XORChunk();
  c.append(1, 1);
  c.append(2, 2);
  const it = c.iterator();
  for (let i = 3; i < 300; i++) c.append(i, i);
  let n = 0;
  while (it.next() !== ValNone) n++;
  assert.equal(n, 2);
});

test("truncated stream reports an error", () => {
  const c = new XORChunk();
  for (let i = 0; i < 50; i++) c.append(i * 1000, Math.random());
  const b = c.bytes().slice(0, 20);
  const it = XORChunk.fromBytes(b).iterator();
  while (it.next() !== ValNone) {}
  assert.notEqual(it.err(), undefined);
});

test("property: increasing timestamps and any float bit pattern round-trip exactly", () => {
  const sample = fc.tuple(
    fc.integer({ min: 1, max: 2 ** 40 }),
    fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
  );
  fc.assert(
    fc.property(
      fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
      fc.array(sample, { minLength: 1, maxLength: 200 }),
      (t0, samples) => {
        const c = new XORChunk(16);
        const ts: number[] = [];
        const vs: bigint[] = [];
        let t = t0;
        for (const [d, b] of samples) {
          // Mix small and huge deltas and special values.
          t += d % 7 === 0 ? d : (d % 5000) + 1;
          const choice = Number(b % 11n);
          const v =
            choice === 0
              ? STALE_NAN
              : choice === 1
                ? Number.NaN
                : choice === 2
                  ? 0
                  : choice === 3
                    ? -0
                    : fromBits(b);
          c.append(t, v);
          ts.push(t);
          vs.push(bits(v));
        }
        const [rt, rv] = readAll(XORChunk.fromBytes(c.bytes().slice()));
        assert.deepEqual(rt, ts);
        assert.deepEqual(rv, vs);
      },
    ),
    { numRuns: 300 },
  );
});
