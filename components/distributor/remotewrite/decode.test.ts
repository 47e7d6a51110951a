import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compressSync } from "snappy";
import { io, prometheus } from "../../proto/generated/protos.js";
import { HttpError } from "../../util/tenant.ts";
import {
  decodeRemoteWrite,
  decodeWriteRequestV1,
  decodeWriteRequestV2,
  decompressSnappy,
  messageSizeTooLarge,
  remoteWriteVersion,
} from "./decode.ts";
import { ProtoReader } from "../../proto/protoreader.ts";

const V2 = io.prometheus.write.v2;

function encV1(obj: Record<string, unknown>): Buffer {
  return Buffer.from(
    prometheus.WriteRequest.encode(prometheus.WriteRequest.fromObject(obj)).finish(),
  );
}
function encV2(obj: Record<string, unknown>): Buffer {
  return Buffer.from(V2.Request.encode(V2.Request.fromObject(obj)).finish());
}

function httpStatus(fn: () => unknown): { status: number; message: string } {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof HttpError, `expected HttpError, got ${err}`);
    return { status: err.statusCode, message: err.message };
  }
  assert.fail("expected an error");
}

describe("remote write v1 decoding", () => {
  it("decodes labels, samples, exemplars and metadata into a batch", () => {
    const buf = encV1({
      timeseries: [
        {
          labels: [
            { name: "__name__", value: "up" },
            { name: "job", value: "a" },
          ],
          samples: [
            { value: 1, timestamp: 1000 },
            { value: 2.5, timestamp: 2000 },
          ],
          exemplars: [{ labels: [{ name: "trace_id", value: "abc" }], value: 3, timestamp: 1500 }],
        },
        { labels: [{ name: "__name__", value: "neg" }], samples: [{ value: -1, timestamp: -5 }] },
      ],
      metadata: [
        { type: "COUNTER", metricFamilyName: "http_requests_total", help: "Requests.", unit: "" },
      ],
    });
    const d = decodeWriteRequestV1(buf);
    const b = d.batch;
    assert.equal(b.series.length, 2);
    assert.deepEqual(b.series[0].labels, [
      { name: "__name__", value: "up" },
      { name: "job", value: "a" },
    ]);
    assert.equal(b.series[0].sampleStart, 0);
    assert.equal(b.series[0].sampleCount, 2);
    assert.deepEqual([...b.timestamps], [1000, 2000, -5]);
    assert.deepEqual([...b.values], [1, 2.5, -1]);
    assert.deepEqual(b.series[0].exemplars, [
      { labels: [{ name: "trace_id", value: "abc" }], value: 3, timestamp: 1500 },
    ]);
    assert.equal(b.series[1].sampleStart, 2);
    assert.deepEqual(b.metadata, [
      { type: "counter", metricFamilyName: "http_requests_total", help: "Requests.", unit: "" },
    ]);
    assert.equal(b.source, "api");
  });

  it("decodes native histograms into their series, beside float samples", () => {
    const buf = encV1({
      timeseries: [
        {
          labels: [{ name: "__name__", value: "h" }],
          histograms: [
            { countInt: 3, sum: 1, schema: 0, timestamp: 10 },
            { countInt: 4, timestamp: 20 },
          ],
        },
        { labels: [{ name: "__name__", value: "f" }], samples: [{ value: 1, timestamp: 1 }] },
      ],
    });
    const d = decodeWriteRequestV1(buf);
    assert.equal(d.histogramCount, 2);
    assert.equal(d.batch.series.length, 2);
    const [h, f] = d.batch.series;
    assert.equal(h.labels[0].value, "h");
    assert.deepEqual(
      h.histograms?.map((x) => [x.timestamp, x.h?.count, x.h?.sum]),
      [
        [10, 3, 1],
        [20, 4, 0],
      ],
    );
    assert.equal(f.labels[0].value, "f");
    assert.equal(f.sampleCount, 1);
  });

  it("decodes large and negative int64 timestamps exactly", () => {
    const buf = encV1({
      timeseries: [
        {
          labels: [{ name: "__name__", value: "x" }],
          samples: [
            { value: 0, timestamp: "1700000000123" },
            { value: 0, timestamp: "-1700000000123" },
          ],
        },
      ],
    });
    const d = decodeWriteRequestV1(buf);
    assert.deepEqual([...d.batch.timestamps], [1700000000123, -1700000000123]);
  });

  it("rejects truncated and malformed messages with a 400", () => {
    const good = encV1({
      timeseries: [
        { labels: [{ name: "__name__", value: "up" }], samples: [{ value: 1, timestamp: 1 }] },
      ],
    });
    for (let cut = 1; cut < good.length; cut++) {
      const r = httpStatus(() => decodeWriteRequestV1(good.subarray(0, cut)));
      assert.equal(r.status, 400);
      assert.match(r.message, /^failed to parse remote write request: /);
    }
    // wrong wire type for timeseries (varint)
    assert.equal(httpStatus(() => decodeWriteRequestV1(Buffer.from([0x08, 0x01]))).status, 400);
    // huge length
    assert.match(
      httpStatus(() => decodeWriteRequestV1(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])))
        .message,
      /exceeds the message size/,
    );
    // wire type 7
    assert.match(httpStatus(() => decodeWriteRequestV1(Buffer.from([0x0f]))).message, /wire type/);
    // invalid UTF-8 in a label name rejects the request
    const badName = encV1({ timeseries: [{ labels: [{ name: "__name__", value: "up" }] }] });
    badName[badName.indexOf(Buffer.from("__name__"))] = 0xff;
    assert.match(httpStatus(() => decodeWriteRequestV1(badName)).message, /UTF-8/);
  });

  it("rejects only the series whose label value is not UTF-8 (label-value-invalid)", () => {
    const bad = encV1({
      timeseries: [
        {
          labels: [
            { name: "__name__", value: "up" },
            { name: "a", value: "bad" },
          ],
          samples: [{ value: 1, timestamp: 1 }],
        },
        { labels: [{ name: "__name__", value: "ok" }], samples: [{ value: 2, timestamp: 2 }] },
      ],
    });
    bad[bad.indexOf(Buffer.from("bad"))] = 0xff;
    const d = decodeWriteRequestV1(bad);
    assert.equal(d.batch.series.length, 1);
    assert.deepEqual([...d.batch.values], [2]);
    assert.equal(d.batch.series[0].sampleStart, 0);
    assert.equal(d.seriesErrors.length, 1);
    assert.equal(d.seriesErrors[0].samples, 1);
    assert.equal(
      d.seriesErrors[0].message,
      "received a series with invalid value in label 'a': 'ad' metric: 'up' (err-mimir-label-value-invalid)",
    );
  });

  it("reads Mimir's Source field", () => {
    const good = encV1({
      timeseries: [
        { labels: [{ name: "__name__", value: "up" }], samples: [{ value: 1, timestamp: 1 }] },
      ],
    });
    assert.equal(
      decodeWriteRequestV1(Buffer.concat([good, Buffer.from([0x10, 0x01])])).batch.source,
      "rule",
    );
    // skip_label_validation = 1000 (tag 8000 = 0xc0 0x3e), varint true
    const d = decodeWriteRequestV1(Buffer.concat([good, Buffer.from([0xc0, 0x3e, 0x01])]));
    assert.equal(d.skipLabelValidation, true);
    assert.equal(d.skipLabelCountValidation, false);
  });

  it("skips unknown fields", () => {
    const good = encV1({
      timeseries: [
        { labels: [{ name: "__name__", value: "up" }], samples: [{ value: 1, timestamp: 1 }] },
      ],
    });
    const withUnknown = Buffer.concat([Buffer.from([0x20, 0x05, 0x3a, 0x02, 0x61, 0x62]), good]);
    assert.equal(decodeWriteRequestV1(withUnknown).batch.series.length, 1);
  });
});

describe("remote write v2 decoding", () => {
  it("resolves symbols, samples, exemplars and metadata", () => {
    const buf = encV2({
      symbols: [
        "",
        "__name__",
        "http_requests_total",
        "job",
        "api",
        "Total requests.",
        "trace_id",
        "t1",
        "requests",
      ],
      timeseries: [
        {
          labelsRefs: [1, 2, 3, 4],
          samples: [{ value: 7, timestamp: 100 }],
          exemplars: [{ labelsRefs: [6, 7], value: 1, timestamp: 90 }],
          metadata: { type: "METRIC_TYPE_COUNTER", helpRef: 5, unitRef: 8 },
          createdTimestamp: 50,
        },
      ],
    });
    const d = decodeWriteRequestV2(buf);
    assert.deepEqual(d.batch.series[0].labels, [
      { name: "__name__", value: "http_requests_total" },
      { name: "job", value: "api" },
    ]);
    assert.deepEqual([...d.batch.values], [7]);
    assert.deepEqual(d.batch.series[0].exemplars, [
      { labels: [{ name: "trace_id", value: "t1" }], value: 1, timestamp: 90 },
    ]);
    assert.deepEqual(d.batch.metadata, [
      {
        type: "counter",
        metricFamilyName: "http_requests_total",
        help: "Total requests.",
        unit: "requests",
      },
    ]);
  });

  it("rejects out-of-range refs, odd ref counts and a non-empty first symbol", () => {
    assert.match(
      httpStatus(() =>
        decodeWriteRequestV2(encV2({ symbols: ["", "a"], timeseries: [{ labelsRefs: [1, 5] }] })),
      ).message,
      /out of range/,
    );
    assert.match(
      httpStatus(() =>
        decodeWriteRequestV2(encV2({ symbols: ["", "a"], timeseries: [{ labelsRefs: [1] }] })),
      ).message,
      /odd number/,
    );
    assert.match(
      httpStatus(() => decodeWriteRequestV2(encV2({ symbols: ["x"], timeseries: [] }))).message,
      /first symbol/,
    );
  });

  it("decodes v2 histograms", () => {
    const d = decodeWriteRequestV2(
      encV2({
        symbols: ["", "__name__", "h"],
        timeseries: [{ labelsRefs: [1, 2], histograms: [{ countInt: 1 }] }],
      }),
    );
    assert.equal(d.histogramCount, 1);
    assert.equal(d.batch.series.length, 1);
    assert.equal(d.batch.series[0].histograms?.[0].h?.count, 1);
  });
});

describe("content type and compression", () => {
  it("chooses the version as Mimir does", () => {
    assert.equal(remoteWriteVersion(undefined), 1);
    assert.equal(remoteWriteVersion(""), 1);
    assert.equal(remoteWriteVersion("text/plain"), 1);
    assert.equal(remoteWriteVersion("application/x-protobuf"), 1);
    assert.equal(remoteWriteVersion("application/x-protobuf;proto=prometheus.WriteRequest"), 1);
    assert.equal(
      remoteWriteVersion("application/x-protobuf;proto=io.prometheus.write.v2.Request"),
      2,
    );
    assert.equal(
      remoteWriteVersion("application/x-protobuf; proto=io.prometheus.write.v2.Request"),
      1,
    ); // " proto" is not "proto"
    assert.equal(
      remoteWriteVersion("application/x-protobuf;charset=x;proto=io.prometheus.write.v2.Request"),
      2,
    );
    const e = httpStatus(() => remoteWriteVersion("application/x-protobuf;proto=foo.Bar"));
    assert.equal(e.status, 400);
    assert.equal(
      e.message,
      "got application/x-protobuf;proto=foo.Bar content type; expected prometheus.WriteRequest or io.prometheus.write.v2.Request",
    );
    const e2 = httpStatus(() => remoteWriteVersion("application/x-protobuf;proto"));
    assert.equal(
      e2.message,
      "as per https://www.rfc-editor.org/rfc/rfc9110#parameter expected parameters to be key-values, got proto in application/x-protobuf;proto content-type",
    );
    assert.equal(httpStatus(() => remoteWriteVersion("application/x-protobuf;a=1=2")).status, 400);
  });

  it("enforces the size limits with Mimir's message", () => {
    const raw = Buffer.alloc(1000, 0x41);
    const comp = compressSync(raw);
    const e = httpStatus(() => decompressSnappy(comp, 500));
    assert.equal(e.message, messageSizeTooLarge(1000, 500, true));
    assert.match(
      e.message,
      /^the incoming push request has been rejected because its message size of 1000 bytes \(uncompressed\) is larger than the allowed limit of 500 bytes \(err-mimir-distributor-max-write-message-size\)\. To adjust the related limit, configure -distributor\.max-recv-msg-size, or contact your service administrator\.$/,
    );
    const e2 = httpStatus(() => decompressSnappy(comp, comp.length - 1));
    assert.match(e2.message, /message size of \d+ bytes \(compressed\) is larger/);
  });

  it("answers 400 for bad snappy", () => {
    assert.equal(
      httpStatus(() => decompressSnappy(Buffer.from("not snappy at all"), 1 << 20)).status,
      400,
    );
    assert.equal(
      httpStatus(() => decompressSnappy(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 1 << 20))
        .status,
      400,
    );
  });

  it("decodes a whole body", () => {
    const body = compressSync(
      encV1({
        timeseries: [
          { labels: [{ name: "__name__", value: "up" }], samples: [{ value: 1, timestamp: 1 }] },
        ],
      }),
    );
    const r = decodeRemoteWrite(body, "application/x-protobuf", 1 << 20);
    assert.equal(r.version, 1);
    assert.equal(r.decoded.batch.series.length, 1);
  });
});

describe("ProtoReader", () => {
  it("reads 64-bit varints", () => {
    const w = prometheus.Sample.encode(
      prometheus.Sample.fromObject({ value: 1, timestamp: "-1" }),
    ).finish();
    const r = new ProtoReader(Buffer.from(w));
    r.tag();
    r.double();
    r.tag();
    assert.equal(r.int64(), -1);
  });
});
