/**
 * Property tests: every decoder, fed random bytes or random mutations of valid input, either
 * returns a batch (which validation then accepts or rejects) or throws an HttpError with a 4xx
 * status — never another exception.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { Registry } from "prom-client";
import { compressSync } from "snappy";
import { io, opentelemetry, prometheus } from "../proto/generated/protos.js";
import { HttpError } from "../util/tenant.ts";
import { decodeInflux } from "./influx/influx.ts";
import { discardMetrics } from "./metrics.ts";
import { decodeOtlp, otlpDecompress } from "./otlp/handler.ts";
import { translateOtlp } from "./otlp/translate.ts";
import type { DecodedWrite } from "./remotewrite/batch.ts";
import {
  decodeRemoteWrite,
  decodeWriteRequestV1,
  decodeWriteRequestV2,
  decompressSnappy,
} from "./remotewrite/decode.ts";
import { testLimits } from "./testutil.ts";
import { validateWrite } from "./validate.ts";

const RUNS = 300;
const limits = testLimits({ max_global_exemplars_per_user: 100 });
const metrics = discardMetrics(new Registry());

function validates(d: DecodedWrite): void {
  const r = validateWrite(d, limits, "fuzz", metrics, { now: Date.now() });
  assert.ok(r.batch.timestamps.length <= d.batch.timestamps.length);
  for (const s of r.batch.series)
    assert.ok(s.sampleStart + s.sampleCount <= r.batch.timestamps.length);
}

/** Runs fn; passes if it returns or throws a 4xx HttpError. */
function userFacing(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof HttpError && err.statusCode >= 400 && err.statusCode < 500) return;
    throw err;
  }
}

/** Random mutations of a valid buffer: flip, insert, delete, truncate. */
function mutated(valid: Uint8Array): fc.Arbitrary<Buffer> {
  const op = fc.oneof(
    fc.record({
      k: fc.constant("flip" as const),
      i: fc.nat(),
      v: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({ k: fc.constant("ins" as const), i: fc.nat(), v: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ k: fc.constant("del" as const), i: fc.nat(), v: fc.constant(0) }),
    fc.record({ k: fc.constant("cut" as const), i: fc.nat(), v: fc.constant(0) }),
  );
  return fc.array(op, { minLength: 1, maxLength: 6 }).map((ops) => {
    let b = Array.from(valid);
    for (const o of ops) {
      if (b.length === 0) break;
      const i = o.i % b.length;
      if (o.k === "flip") b[i] = o.v;
      else if (o.k === "ins") b.splice(i, 0, o.v);
      else if (o.k === "del") b.splice(i, 1);
      else b = b.slice(0, i);
    }
    return Buffer.from(b);
  });
}

const NOWNS = String(BigInt(Date.now()) * 1_000_000n);

const v1 = prometheus.WriteRequest.encode(
  prometheus.WriteRequest.fromObject({
    timeseries: [
      {
        labels: [
          { name: "__name__", value: "up" },
          { name: "job", value: "a" },
        ],
        samples: [{ value: 1, timestamp: Date.now() }],
        exemplars: [{ labels: [{ name: "t", value: "1" }], value: 1, timestamp: Date.now() }],
        histograms: [
          {
            countInt: 1,
            sum: 2,
            positiveSpans: [{ offset: 1, length: 2 }],
            positiveDeltas: [1, -1],
          },
        ],
      },
    ],
    metadata: [{ type: "GAUGE", metricFamilyName: "up", help: "h", unit: "u" }],
  }),
).finish();
const V2 = io.prometheus.write.v2.Request;
const v2 = V2.encode(
  V2.fromObject({
    symbols: ["", "__name__", "up", "job", "a", "help"],
    timeseries: [
      {
        labelsRefs: [1, 2, 3, 4],
        samples: [{ value: 1, timestamp: Date.now() }],
        exemplars: [{ labelsRefs: [3, 4], value: 1, timestamp: 1 }],
        metadata: { type: 2, helpRef: 5 },
      },
    ],
  }),
).finish();
const Req = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
const otlpObj = {
  resourceMetrics: [
    {
      resource: {
        attributes: [
          { key: "service.name", value: { stringValue: "s" } },
          {
            key: "host",
            value: {
              kvlistValue: {
                values: [{ key: "a", value: { arrayValue: { values: [{ intValue: "1" }] } } }],
              },
            },
          },
        ],
      },
      scopeMetrics: [
        {
          metrics: [
            {
              name: "g",
              gauge: {
                dataPoints: [
                  {
                    asDouble: 1,
                    timeUnixNano: NOWNS,
                    attributes: [{ key: "k", value: { boolValue: true } }],
                  },
                ],
              },
            },
            {
              name: "s",
              sum: {
                isMonotonic: true,
                aggregationTemporality: 2,
                dataPoints: [{ asInt: "3", timeUnixNano: NOWNS }],
              },
            },
            {
              name: "h",
              histogram: {
                aggregationTemporality: 2,
                dataPoints: [
                  {
                    count: "2",
                    sum: 1,
                    bucketCounts: ["1", "1"],
                    explicitBounds: [1],
                    timeUnixNano: NOWNS,
                    exemplars: [{ asDouble: 1, traceId: "AAEC" }],
                  },
                ],
              },
            },
            {
              name: "q",
              summary: {
                dataPoints: [
                  {
                    count: "2",
                    sum: 1,
                    quantileValues: [{ quantile: 0.5, value: 1 }],
                    timeUnixNano: NOWNS,
                  },
                ],
              },
            },
            { name: "e", exponentialHistogram: { dataPoints: [{ count: "1" }] } },
          ],
        },
      ],
    },
  ],
};
const otlpProto = Req.encode(Req.fromObject(otlpObj)).finish();
const otlpJson = JSON.stringify({
  ...otlpObj,
  resourceMetrics: [
    {
      ...otlpObj.resourceMetrics[0],
      scopeMetrics: [
        {
          metrics: [
            {
              name: "g",
              gauge: {
                dataPoints: [
                  {
                    asDouble: 1,
                    timeUnixNano: NOWNS,
                    exemplars: [{ traceId: "0a0b", spanId: "0c" }],
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
});

describe("decoder robustness (fast-check)", () => {
  it("remote write v1: random bytes and mutations", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
          mutated(v1),
        ),
        (buf) => userFacing(() => validates(decodeWriteRequestV1(buf))),
      ),
      { numRuns: RUNS },
    );
  });

  it("remote write v2: random bytes and mutations", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
          mutated(v2),
        ),
        (buf) => userFacing(() => validates(decodeWriteRequestV2(buf))),
      ),
      { numRuns: RUNS },
    );
  });

  it("snappy: random and mutated compressed bodies", () => {
    const comp = compressSync(Buffer.from(v1));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
          mutated(comp),
        ),
        fc.boolean(),
        (buf, isV2) => {
          userFacing(() => decompressSnappy(buf, 1 << 20));
          userFacing(() =>
            validates(
              decodeRemoteWrite(
                buf,
                isV2 ? "application/x-protobuf;proto=io.prometheus.write.v2.Request" : undefined,
                1 << 20,
              ).decoded,
            ),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("OTLP protobuf: random bytes and mutations", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
          mutated(otlpProto),
        ),
        fc.boolean(),
        (buf, suffixes) =>
          userFacing(() =>
            validates(
              translateOtlp(decodeOtlp(buf, "protobuf"), {
                addSuffixes: suffixes,
                promoteResourceAttributes: ["host"],
              }).decoded,
            ),
          ),
      ),
      { numRuns: RUNS },
    );
  });

  it("OTLP JSON: random JSON values and mutations", () => {
    const jsonish = fc.oneof(
      fc.json().map((s) => Buffer.from(s)),
      mutated(Buffer.from(otlpJson)),
      fc
        .jsonValue()
        .map((v) =>
          Buffer.from(JSON.stringify({ resourceMetrics: [{ scopeMetrics: [{ metrics: [v] }] }] })),
        ),
      fc.jsonValue().map((v) =>
        Buffer.from(
          JSON.stringify({
            resourceMetrics: [
              {
                resource: v,
                scopeMetrics: [{ metrics: [{ name: "g", gauge: { dataPoints: [v] } }] }],
              },
            ],
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(jsonish, (buf) =>
        userFacing(() =>
          validates(
            translateOtlp(decodeOtlp(buf, "json"), {
              addSuffixes: true,
              promoteResourceAttributes: [],
            }).decoded,
          ),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("Influx: random strings and mutated lines", () => {
    const valid = Buffer.from(
      'cpu,host=a,region=x\\ y usage=0.5,count=3i,ok=t,s="a,b" 1700000000000000000\nmem free=1u\n',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
          fc.uint8Array({ maxLength: 100 }).map((a) => Buffer.from(a)),
          mutated(valid),
        ),
        (buf) =>
          userFacing(() => validates(decodeInflux(buf, { precision: "ns", maxSize: 1 << 20 }))),
      ),
      { numRuns: RUNS },
    );
  });

  it("OTLP decompression (gzip, lz4): random and mutated bodies", () => {
    const lz4Frame = Buffer.from([
      0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82, 0x0b, 0, 0, 0, 0x22, 0x61, 0x62, 0x02, 0x00, 0x50,
      0x63, 0x64, 0x65, 0x66, 0x67, 0, 0, 0, 0,
    ]);
    assert.equal(otlpDecompress(lz4Frame, "lz4", 1000).toString(), "ababababcdefg");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 100 }).map((a) => Buffer.from(a)),
          mutated(lz4Frame),
        ),
        fc.constantFrom("lz4", "gzip", "zstd", "", "br"),
        (buf, enc) => userFacing(() => otlpDecompress(buf, enc, 1000)),
      ),
      { numRuns: RUNS },
    );
  });

  it("valid OTLP JSON with hex trace ids decodes", () => {
    const d = translateOtlp(decodeOtlp(Buffer.from(otlpJson), "json"), {
      addSuffixes: false,
      promoteResourceAttributes: [],
    }).decoded;
    const ex = d.batch.series.find((s) => s.exemplars)?.exemplars?.[0];
    assert.deepEqual(ex?.labels, [
      { name: "span_id", value: "0c" },
      { name: "trace_id", value: "0a0b" },
    ]);
  });
});
