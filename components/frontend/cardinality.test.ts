import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InMemoryCache } from "../cache/lru.ts";
import { parseExpr } from "../promql/parser.ts";
import {
  CARDINALITY_BUCKET_MS,
  CardinalityEstimator,
  cardinalityKey,
  decodeEstimate,
  encodeEstimate,
  fnv1a64,
  isCardinalitySimilar,
  shardsForEstimate,
} from "./cardinality.ts";
import type { QueryRequest } from "./request.ts";

const H = 3_600_000;

function req(query: string, start: number, end: number): QueryRequest {
  return {
    kind: "range",
    path: "/prometheus/api/v1/query_range",
    query,
    expr: parseExpr(query),
    start,
    end,
    step: 60_000,
    extra: [],
    headers: {},
  };
}

describe("cardinality estimates", () => {
  it("hashes with 64-bit FNV-1a", () => {
    // Reference values of FNV-1a 64.
    assert.equal(fnv1a64(""), 0xcbf29ce484222325n);
    assert.equal(fnv1a64("a"), 0xaf63dc4c8601ec8cn);
  });

  it("keys by tenant, query, offset start bucket and range bucket", () => {
    const offset = Number(fnv1a64("up") % BigInt(CARDINALITY_BUCKET_MS));
    const start = 100 * H;
    const key = cardinalityKey("t", req("up", start, start + 5 * H));
    const startBucket = Math.floor((start + offset) / CARDINALITY_BUCKET_MS);
    assert.equal(key, `QS:t:${fnv1a64("up").toString(16).padStart(16, "0")}:${startBucket}:2`);
    // Same buckets: same key; another query, tenant or range bucket: another key.
    assert.equal(cardinalityKey("t", req("up", start + 1, start + 5 * H + 1)), key);
    assert.notEqual(cardinalityKey("u", req("up", start, start + 5 * H)), key);
    assert.notEqual(cardinalityKey("t", req("up{a='b'}", start, start + 5 * H)), key);
    assert.notEqual(cardinalityKey("t", req("up", start, start + 7 * H)), key);
  });

  it("stores the count as a protobuf varint field and reads it back", () => {
    for (const n of [0, 1, 127, 128, 300, 25_000_000, 2 ** 40]) {
      assert.equal(decodeEstimate(encodeEstimate(n)), n);
    }
    assert.deepEqual([...encodeEstimate(300)], [0x08, 0xac, 0x02]);
    assert.equal(decodeEstimate(Buffer.from([0x10, 1])), undefined);
    assert.equal(decodeEstimate(Buffer.from([0x08, 0x80])), undefined);
  });

  it("rewrites an estimate only when it is 10% or more off", () => {
    assert.equal(isCardinalitySimilar(100, 95), true);
    assert.equal(isCardinalitySimilar(100, 110), false);
    assert.equal(isCardinalitySimilar(0, 0), true);
    assert.equal(isCardinalitySimilar(0, 1), false);
  });

  it("picks floor(estimate / target) + 1 shards, within [1, total]", () => {
    assert.equal(shardsForEstimate(16, 0, 100), 1);
    assert.equal(shardsForEstimate(16, 99, 100), 1);
    assert.equal(shardsForEstimate(16, 250, 100), 3);
    assert.equal(shardsForEstimate(16, 1_000_000, 100), 16);
  });

  it("records a first count, keeps a close one and replaces a wrong one", async () => {
    const cache = new InMemoryCache({ name: "test" });
    const est = new CardinalityEstimator(cache);
    const r = req("sum(up)", 100 * H, 101 * H);
    assert.equal(await est.lookup("t", r), undefined);
    est.record("t", r, undefined, 1000);
    await new Promise((res) => setImmediate(res));
    assert.equal(await est.lookup("t", r), 1000);
    est.record("t", r, 1000, 1050);
    await new Promise((res) => setImmediate(res));
    assert.equal(await est.lookup("t", r), 1000);
    est.record("t", r, 1000, 2000);
    await new Promise((res) => setImmediate(res));
    assert.equal(await est.lookup("t", r), 2000);
  });
});
