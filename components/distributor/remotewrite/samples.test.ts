/**
 * Remote write v1 samples in every layout decode as protobuf says: the common layout (value,
 * then an optional timestamp) takes a shortcut, and every other one (fields reversed, repeated,
 * unknown fields, value omitted) the general reader.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { prometheus } from "../../proto/generated/protos.js";
import { decodeWriteRequestV1 } from "./decode.ts";

/** A protobuf encoding of the varint v (non-negative, or a negative int64 as 10 bytes). */
function varint(v: bigint): number[] {
  let u = BigInt.asUintN(64, v);
  const out: number[] = [];
  do {
    const b = Number(u & 0x7fn);
    u >>= 7n;
    out.push(u > 0n ? b | 0x80 : b);
  } while (u > 0n);
  return out;
}

function double(v: number): number[] {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(v);
  return [...b];
}

/** A request with one series `up` whose samples are the given Sample message bodies. */
function request(samples: number[][]): Buffer {
  const label = [0x0a, 8, ...Buffer.from("__name__"), 0x12, 2, ...Buffer.from("up")];
  const ts = [0x0a, label.length, ...label];
  for (const s of samples) ts.push(0x12, ...varint(BigInt(s.length)), ...s);
  return Buffer.from([0x0a, ...varint(BigInt(ts.length)), ...ts]);
}

describe("remote write v1 samples", () => {
  it("decodes every field layout of a Sample as protobufjs does", () => {
    const v = [0x09, ...double(2.5)];
    const t = [0x10, ...varint(-1700000000123n)];
    const layouts: [string, number[], number, number][] = [
      ["value, timestamp", [...v, ...t], 2.5, -1700000000123],
      ["value only", v, 2.5, 0],
      ["timestamp, value", [...t, ...v], 2.5, -1700000000123],
      ["timestamp only", t, 0, -1700000000123],
      ["value, timestamp, value", [...v, ...t, 0x09, ...double(7)], 7, -1700000000123],
      ["value, timestamp, unknown field", [...v, ...t, 0x18, 1], 2.5, -1700000000123],
      ["value, timestamp twice", [...v, 0x10, 5, 0x10, 6], 2.5, 6],
      ["empty", [], 0, 0],
    ];
    for (const [what, sample, value, timestamp] of layouts) {
      const body = request([sample]);
      const pb = (prometheus.WriteRequest.decode(body).timeseries[0]!.samples ?? [])[0]!;
      assert.equal(pb.value, value, what);
      assert.equal(Number(pb.timestamp), timestamp, what);
      const b = decodeWriteRequestV1(body).batch;
      assert.deepEqual([...b.values], [value], what);
      assert.deepEqual([...b.timestamps], [timestamp], what);
    }
  });

  it("rejects a truncated timestamp as before", () => {
    const body = request([[0x09, ...double(1), 0x10, 0x80]]);
    assert.throws(
      () => decodeWriteRequestV1(body),
      /failed to parse remote write request: unexpected end of protobuf message in varint/,
    );
  });

  it("property: random samples decode to what protobufjs decodes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double(), fc.integer({ min: -4e12, max: 4e12 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (samples) => {
          const body = Buffer.from(
            prometheus.WriteRequest.encode({
              timeseries: [
                {
                  labels: [{ name: "__name__", value: "up" }],
                  samples: samples.map(([value, timestamp]) => ({ value, timestamp })),
                },
              ],
            }).finish(),
          );
          const b = decodeWriteRequestV1(body).batch;
          assert.deepEqual(
            [...b.values],
            samples.map(([v]) => v),
          );
          assert.deepEqual(
            [...b.timestamps],
            samples.map(([, t]) => t),
          );
        },
      ),
    );
  });
});
