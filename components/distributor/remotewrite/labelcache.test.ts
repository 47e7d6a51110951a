/**
 * The decoder's cache of short ASCII labels: a label seen before is the same (immutable) Label
 * object, and the cache never answers with a different label than the bytes hold.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { prometheus } from "../../proto/generated/protos.js";
import { decodeWriteRequestV1 } from "./decode.ts";

function body(series: { name: string; value: string }[][]): Buffer {
  return Buffer.from(
    prometheus.WriteRequest.encode({
      timeseries: series.map((labels) => ({ labels, samples: [{ value: 1, timestamp: 1 }] })),
    }).finish(),
  );
}

const asStrings = (b: Buffer) =>
  decodeWriteRequestV1(b).batch.series.map((s) => s.labels.map((l) => `${l.name}=${l.value}`));

describe("remote write v1 label cache", () => {
  it("decodes a label seen before to the same Label object", () => {
    const b = body([
      [
        { name: "__name__", value: "up" },
        { name: "job", value: "node" },
      ],
      [
        { name: "__name__", value: "up" },
        { name: "job", value: "other" },
      ],
    ]);
    const first = decodeWriteRequestV1(b).batch.series;
    const again = decodeWriteRequestV1(b).batch.series;
    assert.equal(first[1]!.labels[0], first[0]!.labels[0]);
    assert.equal(again[0]!.labels[1], first[0]!.labels[1]);
    assert.deepEqual(
      again.map((s) => s.labels),
      [
        [
          { name: "__name__", value: "up" },
          { name: "job", value: "node" },
        ],
        [
          { name: "__name__", value: "up" },
          { name: "job", value: "other" },
        ],
      ],
    );
  });

  it("tells apart labels of the same lengths and labels split differently between name and value", () => {
    const b = body([
      [
        { name: "ab", value: "cd" },
        { name: "ba", value: "cd" },
        { name: "abc", value: "d" },
        { name: "a", value: "bcd" },
        { name: "ab", value: "dc" },
      ],
    ]);
    for (let i = 0; i < 2; i++)
      assert.deepEqual(asStrings(b), [["ab=cd", "ba=cd", "abc=d", "a=bcd", "ab=dc"]]);
  });

  it("property: decoding with a warm cache gives what protobufjs decodes", () => {
    const ascii = (max: number) => fc.string({ minLength: 1, maxLength: max });
    const labels = fc.array(fc.record({ name: ascii(4), value: ascii(70) }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(labels, { minLength: 1, maxLength: 5 }), (series) => {
        const b = body(series);
        const want = prometheus.WriteRequest.decode(b).timeseries.map((s) =>
          (s.labels ?? []).map((l) => `${l.name}=${l.value}`),
        );
        assert.deepEqual(asStrings(b), want);
        assert.deepEqual(asStrings(b), want);
      }),
      { numRuns: 300 },
    );
  });
});
