/**
 * The labels a remote-write request carries already encoded (WriteSeries.labelBytes*): the
 * decoder keeps their byte range only when it is exactly what a Push body holds for those labels,
 * so forwarding the bytes gives the same Push body and hashing them the same ring token as
 * encoding and hashing the decoded strings.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { encodeWriteRequest } from "../../ingester/client/writerequest.ts";
import type { WriteBatch } from "../../ingester/types.ts";
import { prometheus } from "../../proto/generated/protos.js";
import { shardByAllLabels, shardByEncodedLabels, tenantHash } from "../../ring/hash.ts";
import { testLimits } from "../testutil.ts";
import { discardMetrics } from "../metrics.ts";
import { validateWrite } from "../validate.ts";
import { decodeWriteRequestV1 } from "./decode.ts";
import { Registry } from "prom-client";

/** A protobuf writer for hand-made (possibly non-canonical) encodings. */
class Bytes {
  readonly out: number[] = [];
  varint(v: number, pad = 0): this {
    do {
      const more = v >= 0x80 || pad > 0;
      this.out.push((v & 0x7f) | (more ? 0x80 : 0));
      v = Math.floor(v / 128);
      if (v === 0 && pad > 0) {
        while (--pad > 0) this.out.push(0x80);
        this.out.push(0);
        return this;
      }
    } while (v > 0);
    return this;
  }
  len(field: number, body: number[] | Buffer, pad = 0): this {
    this.varint((field << 3) | 2);
    this.varint(body.length, pad);
    for (const b of body) this.out.push(b);
    return this;
  }
  str(field: number, s: string, pad = 0): this {
    return this.len(field, Buffer.from(s), pad);
  }
  buf(): Buffer {
    return Buffer.from(this.out);
  }
}

/** A label message: name then value unless `swap`, optionally with an unknown field. */
function labelMsg(name: string, value: string, opts: { swap?: boolean; extra?: boolean } = {}) {
  const b = new Bytes();
  if (opts.swap) b.str(2, value).str(1, name);
  else b.str(1, name).str(2, value);
  if (opts.extra) b.varint((7 << 3) | 0).varint(1);
  return b.out;
}

function sampleMsg(): number[] {
  return new Bytes()
    .varint((1 << 3) | 1)
    .out.concat([0, 0, 0, 0, 0, 0, 0xf0, 0x3f])
    .concat(new Bytes().varint(2 << 3).varint(1000).out);
}

/** The same batch with the request's label bytes forgotten (labels encoded from strings). */
function withoutLabelBytes(b: WriteBatch): WriteBatch {
  return {
    ...b,
    labelBytes: undefined,
    series: b.series.map((s) => ({ ...s, labelBytesOf: undefined })),
  };
}

const labelArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
  value: fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }),
});

describe("labels forwarded as the request encoded them", () => {
  it("property: the Push body and the ring token equal those of the decoded strings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(labelArb, { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.string({ maxLength: 8 }),
        (series, tenant) => {
          const body = Buffer.from(
            prometheus.WriteRequest.encode({
              timeseries: series.map((labels) => ({
                labels,
                samples: [{ value: 1, timestamp: 5 }],
              })),
            }).finish(),
          );
          const d = decodeWriteRequestV1(body);
          const b = d.batch;
          for (const s of b.series) {
            assert.equal(s.labelBytesOf, s.labels, "protobufjs encodes labels canonically");
            assert.equal(
              shardByEncodedLabels(
                tenantHash(tenant),
                b.labelBytes!,
                s.labelBytesStart!,
                s.labelBytesEnd!,
              ),
              shardByAllLabels(tenant, s.labels),
            );
          }
          assert.deepEqual(encodeWriteRequest(b), encodeWriteRequest(withoutLabelBytes(b)));
          assert.deepEqual(
            encodeWriteRequest(b, { series: [b.series.length - 1, 0] }),
            encodeWriteRequest(withoutLabelBytes(b), { series: [b.series.length - 1, 0] }),
          );
        },
      ),
    );
  });

  it("keeps no byte range for labels a Push body would encode differently", () => {
    const canonical = new Bytes().len(1, labelMsg("__name__", "up")).out;
    const cases: [string, number[]][] = [
      ["value before name", new Bytes().len(1, labelMsg("__name__", "up", { swap: true })).out],
      [
        "unknown field in a label",
        new Bytes().len(1, labelMsg("__name__", "up", { extra: true })).out,
      ],
      ["padded label length", new Bytes().len(1, labelMsg("__name__", "up"), 2).out],
      [
        "padded name length",
        new Bytes().len(1, new Bytes().str(1, "__name__", 2).str(2, "up").out).out,
      ],
      ["empty value omitted", new Bytes().len(1, new Bytes().str(1, "__name__").out).out],
      [
        "labels split by a sample",
        [
          ...canonical,
          ...new Bytes().len(2, sampleMsg()).out,
          ...new Bytes().len(1, labelMsg("job", "j")).out,
        ],
      ],
    ];
    for (const [what, ts] of cases) {
      const body = new Bytes().len(1, [...ts, ...new Bytes().len(2, sampleMsg()).out]).buf();
      const b = decodeWriteRequestV1(body).batch;
      assert.equal(b.series.length, 1, what);
      assert.equal(b.series[0]!.labelBytesOf, undefined, what);
    }
    const ok = new Bytes().len(1, [...canonical, ...new Bytes().len(2, sampleMsg()).out]).buf();
    assert.equal(decodeWriteRequestV1(ok).batch.series[0]!.labelBytesOf !== undefined, true);
  });

  it("encodes the cleaned labels when validation changed them", () => {
    const body = Buffer.from(
      prometheus.WriteRequest.encode({
        timeseries: [
          {
            // Unsorted, with a dropped label: validation makes new label arrays.
            labels: [
              { name: "job", value: "j" },
              { name: "__name__", value: "up" },
              { name: "drop_me", value: "x" },
            ],
            samples: [{ value: 1, timestamp: Date.now() }],
          },
          {
            labels: [
              { name: "__name__", value: "kept" },
              { name: "job", value: "j" },
            ],
            samples: [{ value: 2, timestamp: Date.now() }],
          },
        ],
      }).finish(),
    );
    const d = decodeWriteRequestV1(body);
    const v = validateWrite(
      d,
      testLimits({ drop_labels: ["drop_me"] }),
      "t",
      discardMetrics(new Registry()),
      {
        now: Date.now(),
      },
    );
    assert.equal(v.batch.series.length, 2);
    assert.notEqual(v.batch.series[0]!.labels, v.batch.series[0]!.labelBytesOf);
    assert.equal(v.batch.series[1]!.labels, v.batch.series[1]!.labelBytesOf);
    const pushed = prometheus.WriteRequest.decode(encodeWriteRequest(v.batch));
    assert.deepEqual(
      pushed.timeseries.map((s) => (s.labels ?? []).map((l) => `${l.name}=${l.value}`).join(",")),
      ["__name__=up,job=j", "__name__=kept,job=j"],
    );
    assert.deepEqual(encodeWriteRequest(v.batch), encodeWriteRequest(withoutLabelBytes(v.batch)));
  });
});
