/**
 * Go's math/rand with its default source (rngSource, the additive lagged Fibonacci generator
 * by Mitchell and Reeds: x[n] = x[n-273] + x[n-607] mod 2^63), so that shuffle sharding picks
 * exactly the instances Mimir picks for a tenant. `new GoRand(seed)` is Go's
 * `rand.New(rand.NewSource(seed))`.
 *
 * The 63-bit state words are kept as two numbers (high 31 bits, low 32 bits) so that the
 * per-call path needs no BigInt; seeding uses BigInt once.
 */
import { RNG_COOKED } from "./gorand_cooked.ts";

const LEN = 607;
const TAP = 273;
const M = 2147483647; // 2^31 - 1
const A = 48271;
const Q = 44488;
const R = 3399;
const MASK63 = (1n << 63n) - 1n;

/** seedrand: x[n+1] = 48271 * x[n] mod (2^31 - 1), Schrage's method as in Go. */
function seedrand(x: number): number {
  const hi = Math.trunc(x / Q);
  const lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += M;
  return x;
}

export class GoRand {
  private tap = 0;
  private feed = LEN - TAP;
  /** High 31 bits of each 63-bit word. */
  private readonly hi = new Uint32Array(LEN);
  /** Low 32 bits of each 63-bit word. */
  private readonly lo = new Uint32Array(LEN);

  /** `seed` as Go's int64 (a bigint, or a safe integer). */
  constructor(seed: bigint | number) {
    this.seed(seed);
  }

  seed(seed0: bigint | number): void {
    this.tap = 0;
    this.feed = LEN - TAP;
    let seed = BigInt.asIntN(64, BigInt(seed0)) % BigInt(M);
    if (seed < 0n) seed += BigInt(M);
    if (seed === 0n) seed = 89482311n;
    let x = Number(seed);
    for (let i = -20; i < LEN; i++) {
      x = seedrand(x);
      if (i >= 0) {
        let u = BigInt(x) << 40n;
        x = seedrand(x);
        u ^= BigInt(x) << 20n;
        x = seedrand(x);
        u ^= BigInt(x);
        u ^= RNG_COOKED[i]!;
        u &= MASK63;
        this.hi[i] = Number(u >> 32n);
        this.lo[i] = Number(u & 0xffffffffn);
      }
    }
  }

  /** Advances the generator; the new word is at index `feed`. */
  private step(): number {
    if (--this.tap < 0) this.tap += LEN;
    if (--this.feed < 0) this.feed += LEN;
    const f = this.feed;
    const t = this.tap;
    const lo = this.lo[f]! + this.lo[t]!;
    const carry = lo > 0xffffffff ? 1 : 0;
    this.lo[f] = lo >>> 0;
    this.hi[f] = (this.hi[f]! + this.hi[t]! + carry) & 0x7fffffff;
    return f;
  }

  /** A non-negative 63-bit integer (Go Int63). */
  int63(): bigint {
    const f = this.step();
    return (BigInt(this.hi[f]!) << 32n) | BigInt(this.lo[f]!);
  }

  /** Go Uint32: uint32(Int63() >> 31). */
  uint32(): number {
    const f = this.step();
    return ((this.hi[f]! << 1) | (this.lo[f]! >>> 31)) >>> 0;
  }

  /** Go Int31: int32(Int63() >> 32). */
  int31(): number {
    const f = this.step();
    return this.hi[f]!;
  }

  /** Go Int63n: uniform in [0, n). */
  int63n(n: bigint): bigint {
    if (n <= 0n) throw new Error("invalid argument to Int63n");
    if ((n & (n - 1n)) === 0n) return this.int63() & (n - 1n);
    const max = (1n << 63n) - 1n - ((1n << 63n) % n);
    let v = this.int63();
    while (v > max) v = this.int63();
    return v % n;
  }

  /** Go Int31n: uniform in [0, n) for 0 < n < 2^31. */
  int31n(n: number): number {
    if (n <= 0) throw new Error("invalid argument to Int31n");
    if ((n & (n - 1)) === 0) return this.int31() & (n - 1);
    const max = 2147483647 - (2147483648 % n);
    let v = this.int31();
    while (v > max) v = this.int31();
    return v % n;
  }

  /** Go Intn. */
  intn(n: number): number {
    if (n <= 0) throw new Error("invalid argument to Intn");
    if (n <= 2147483647) return this.int31n(n);
    return Number(this.int63n(BigInt(n)));
  }

  /** Go Float64. */
  float64(): number {
    for (;;) {
      const f = Number(this.int63()) / 2 ** 63;
      if (f !== 1) return f;
    }
  }
}
