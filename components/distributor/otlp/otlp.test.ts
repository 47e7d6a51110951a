import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync, zstdCompressSync } from "node:zlib";
import { opentelemetry } from "../../proto/generated/protos.js";
import { HttpError } from "../../util/tenant.ts";
import { decodeOtlp, otelSuffixes, otlpDecompress, otlpFormat } from "./handler.ts";
import { lz4FrameDecompress } from "./lz4.ts";
import {
  formatFloat,
  metricName,
  nanosToMs,
  normalizeLabel,
  type TranslateOptions,
  translateOtlp,
} from "./translate.ts";

const Req = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
const T = 1_700_000_000_000;
const ns = (ms: number) => String(BigInt(ms) * 1_000_000n);
const noSuffix: TranslateOptions = { addSuffixes: false, promoteResourceAttributes: [] };
const withSuffix: TranslateOptions = { addSuffixes: true, promoteResourceAttributes: [] };

function series(
  req: Record<string, unknown>,
  opts = noSuffix,
  via: "proto" | "json" = "proto",
): { samples: string[]; r: ReturnType<typeof translateOtlp> } {
  const parsed =
    via === "proto"
      ? decodeOtlp(Buffer.from(Req.encode(Req.fromObject(req)).finish()), "protobuf")
      : decodeOtlp(Buffer.from(JSON.stringify(req)), "json");
  const r = translateOtlp(parsed, opts);
  const b = r.decoded.batch;
  const samples: string[] = [];
  for (const s of b.series) {
    const ls = s.labels.map((l) => `${l.name}=${l.value}`).join(",");
    for (let i = s.sampleStart; i < s.sampleStart + s.sampleCount; i++)
      samples.push(`${ls}@${b.timestamps[i]}=${b.values[i]}`);
  }
  return { samples, r };
}

function resource(metrics: unknown[], attrs: unknown[] = []) {
  return { resourceMetrics: [{ resource: { attributes: attrs }, scopeMetrics: [{ metrics }] }] };
}

describe("OTLP translation", () => {
  it("gauges with job/instance and target_info", () => {
    for (const via of ["proto", "json"] as const) {
      const { samples, r } = series(
        resource(
          [
            {
              name: "system.cpu.utilization",
              unit: "1",
              description: "CPU.",
              gauge: {
                dataPoints: [
                  {
                    asDouble: 0.5,
                    timeUnixNano: ns(T),
                    attributes: [{ key: "cpu", value: { intValue: "1" } }],
                  },
                ],
              },
            },
          ],
          [
            { key: "service.name", value: { stringValue: "api" } },
            { key: "service.namespace", value: { stringValue: "shop" } },
            { key: "service.instance.id", value: { stringValue: "pod-1" } },
            { key: "k8s.pod.name", value: { stringValue: "pod-1" } },
          ],
        ),
        noSuffix,
        via,
      );
      assert.deepEqual(samples, [
        `__name__=system_cpu_utilization,cpu=1,instance=pod-1,job=shop/api@${T}=0.5`,
        `__name__=target_info,instance=pod-1,job=shop/api,k8s_pod_name=pod-1@${T}=1`,
      ]);
      assert.deepEqual(r.decoded.batch.metadata[0], {
        type: "gauge",
        metricFamilyName: "system_cpu_utilization",
        help: "CPU.",
        unit: "1",
      });
    }
  });

  it("sums: monotonic counters, non-monotonic as gauges, delta rejected", () => {
    const { samples, r } = series(
      resource([
        {
          name: "http.requests",
          unit: "1",
          sum: {
            isMonotonic: true,
            aggregationTemporality: 2,
            dataPoints: [{ asInt: "7", timeUnixNano: ns(T) }],
          },
        },
        {
          name: "queue.depth",
          sum: {
            isMonotonic: false,
            aggregationTemporality: 2,
            dataPoints: [{ asDouble: 3, timeUnixNano: ns(T) }],
          },
        },
        {
          name: "delta",
          sum: {
            isMonotonic: true,
            aggregationTemporality: 1,
            dataPoints: [{ asInt: "1", timeUnixNano: ns(T) }],
          },
        },
      ]),
      withSuffix,
    );
    assert.deepEqual(samples, [
      `__name__=http_requests_total@${T}=7`,
      `__name__=queue_depth@${T}=3`,
    ]);
    assert.equal(r.dropped, 0);
    assert.deepEqual(r.parseErrors, [
      'invalid temporality and type combination for metric "delta"',
    ]);
    assert.deepEqual(
      r.decoded.batch.metadata.map((m) => [m.metricFamilyName, m.type]),
      [
        ["http_requests_total", "counter"],
        ["queue_depth", "gauge"],
      ],
    );
  });

  it("explicit-bucket histograms as cumulative _bucket, _sum and _count with exemplars", () => {
    const { samples, r } = series(
      resource([
        {
          name: "http.server.duration",
          unit: "s",
          histogram: {
            aggregationTemporality: 2,
            dataPoints: [
              {
                timeUnixNano: ns(T),
                count: "6",
                sum: 2.5,
                bucketCounts: ["1", "2", "3"],
                explicitBounds: [0.1, 1],
                exemplars: [
                  {
                    asDouble: 0.5,
                    timeUnixNano: ns(T),
                    traceId: "AAECAwQFBgcICQoLDA0ODw==",
                    spanId: "AAECAwQFBgc=",
                  },
                ],
              },
            ],
          },
        },
      ]),
      withSuffix,
    );
    assert.deepEqual(samples, [
      `__name__=http_server_duration_seconds_sum@${T}=2.5`,
      `__name__=http_server_duration_seconds_count@${T}=6`,
      `__name__=http_server_duration_seconds_bucket,le=0.1@${T}=1`,
      `__name__=http_server_duration_seconds_bucket,le=1@${T}=3`,
      `__name__=http_server_duration_seconds_bucket,le=+Inf@${T}=6`,
    ]);
    const withEx = r.decoded.batch.series.filter((s) => s.exemplars);
    assert.equal(withEx.length, 1);
    assert.deepEqual(withEx[0].labels[1], { name: "le", value: "1" });
    assert.deepEqual(withEx[0].exemplars![0].labels, [
      { name: "span_id", value: "0001020304050607" },
      { name: "trace_id", value: "000102030405060708090a0b0c0d0e0f" },
    ]);
    assert.equal(r.decoded.batch.metadata[0].type, "histogram");
  });

  it("summaries", () => {
    const { samples } = series(
      resource([
        {
          name: "rpc.latency",
          summary: {
            dataPoints: [
              {
                timeUnixNano: ns(T),
                count: "10",
                sum: 5,
                quantileValues: [
                  { quantile: 0.5, value: 0.4 },
                  { quantile: 0.99, value: 0.9 },
                ],
              },
            ],
          },
        },
      ]),
    );
    assert.deepEqual(samples, [
      `__name__=rpc_latency_sum@${T}=5`,
      `__name__=rpc_latency_count@${T}=10`,
      `__name__=rpc_latency,quantile=0.5@${T}=0.4`,
      `__name__=rpc_latency,quantile=0.99@${T}=0.9`,
    ]);
  });

  it("converts exponential histograms into native histograms", () => {
    const req = resource([
      {
        name: "latency",
        exponentialHistogram: {
          aggregationTemporality: 2,
          dataPoints: [
            {
              count: "7",
              sum: 3.5,
              scale: 10,
              zeroCount: "1",
              positive: { offset: -1, bucketCounts: ["1", "1", "0", "0", "0", "0", "0", "0", "4"] },
              timeUnixNano: ns(T),
            },
            { count: "1", scale: -5, timeUnixNano: ns(T) },
          ],
        },
      },
    ]);
    // Through the protobuf decoding, as the handler does.
    const { samples, r } = series(req);
    assert.deepEqual(samples, []);
    assert.equal(r.dropped, 0);
    assert.deepEqual(r.parseErrors, [
      "cannot convert exponential to native histogram. Scale must be >= -4, was -5",
    ]);
    const s = r.decoded.batch.series.find((x) => x.histograms !== undefined);
    const h = s?.histograms?.[0].h;
    assert.ok(h);
    // Scale 10 is reduced to 8: OTLP indexes -1..7 become Prometheus indexes 0, 1 and 2.
    assert.equal(h.schema, 8);
    assert.equal(h.count, 7);
    assert.equal(h.sum, 3.5);
    assert.equal(h.zeroCount, 1);
    assert.equal(h.zeroThreshold, 1e-128);
    assert.deepEqual([...h.positiveSpans], [0, 3]);
    assert.deepEqual([...h.positiveBuckets], [1, 0, 3]);
    assert.equal(h.validate(), undefined);
  });

  it("converts explicit-bucket histograms into custom-bucket native histograms when asked", () => {
    const req = resource([
      {
        name: "rpc",
        histogram: {
          aggregationTemporality: 2,
          dataPoints: [
            {
              count: "6",
              sum: 9,
              explicitBounds: [0.1, 1, 10],
              bucketCounts: ["1", "0", "3", "2"],
              timeUnixNano: ns(T),
            },
          ],
        },
      },
    ]);
    const { samples, r } = series(req, { ...noSuffix, convertHistogramsToNHCB: true });
    assert.deepEqual(samples, []);
    const h = r.decoded.batch.series.find((x) => x.histograms !== undefined)?.histograms?.[0].h;
    assert.ok(h);
    assert.equal(h.schema, -53);
    assert.deepEqual([...(h.customValues ?? [])], [0.1, 1, 10]);
    assert.deepEqual([...h.positiveSpans], [0, 4]);
    assert.deepEqual([...h.positiveBuckets], [1, -1, 3, -1]);
    assert.equal(h.count, 6);
    assert.equal(h.validate(), undefined);
  });

  it("promotes resource attributes and marks no-recorded-value points stale", () => {
    const { samples, r } = series(
      resource(
        [{ name: "g", gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: ns(T), flags: 1 }] } }],
        [{ key: "deployment.environment", value: { stringValue: "prod" } }],
      ),
      { addSuffixes: false, promoteResourceAttributes: ["deployment.environment"] },
    );
    assert.equal(samples[0].split("@")[0], "__name__=g,deployment_environment=prod");
    const v = r.decoded.batch.values[0];
    assert.ok(Number.isNaN(v));
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, v);
    assert.equal(dv.getBigUint64(0), 0x7ff0000000000002n);
  });

  it("joins colliding attribute names", () => {
    const { samples } = series(
      resource([
        {
          name: "g",
          gauge: {
            dataPoints: [
              {
                asDouble: 1,
                timeUnixNano: ns(T),
                attributes: [
                  { key: "a.b", value: { stringValue: "1" } },
                  { key: "a_b", value: { stringValue: "2" } },
                ],
              },
            ],
          },
        },
      ]),
    );
    assert.equal(samples[0], `__name__=g,a_b=1;2@${T}=1`);
  });
});

describe("OTLP timestamps", () => {
  it("converts nanoseconds to milliseconds exactly", () => {
    for (let ms = T; ms < T + 2000; ms += 7) {
      const d = decodeOtlp(
        Buffer.from(
          Req.encode(
            Req.fromObject(
              resource([
                { name: "g", gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: ns(ms) }] } },
              ]),
            ),
          ).finish(),
        ),
        "protobuf",
      );
      assert.equal(translateOtlp(d, noSuffix).decoded.batch.timestamps[0], ms);
    }
    assert.equal(nanosToMs("1700000000123999999"), 1700000000123);
  });
});

describe("OTLP names", () => {
  it("sanitises metric names with and without suffixes", () => {
    assert.equal(metricName("http.server.duration", "ms", "other", false), "http_server_duration");
    assert.equal(
      metricName("http.server.duration", "ms", "other", true),
      "http_server_duration_milliseconds",
    );
    assert.equal(metricName("net.io", "By/s", "counter", true), "net_io_bytes_per_second_total");
    assert.equal(metricName("requests_total", "", "counter", true), "requests_total");
    assert.equal(metricName("cpu.utilization", "1", "gauge", true), "cpu_utilization_ratio");
    assert.equal(metricName("packets", "{packets}", "counter", true), "packets_total");
    assert.equal(metricName("2xx.count", "", "gauge", false), "_2xx_count");
  });
  it("normalises label names", () => {
    assert.equal(normalizeLabel("http.method"), "http_method");
    assert.equal(normalizeLabel("0abc"), "key_0abc");
    assert.equal(normalizeLabel("_abc"), "key_abc");
    assert.equal(normalizeLabel("__abc"), "__abc");
  });
  it("formats floats like Go", () => {
    assert.equal(formatFloat(0.1), "0.1");
    assert.equal(formatFloat(1e21), "1000000000000000000000");
    assert.equal(formatFloat(1e-7), "0.0000001");
  });
  it("chooses suffixes from the translation strategy", () => {
    assert.equal(otelSuffixes("", false), false);
    assert.equal(otelSuffixes("", true), true);
    assert.equal(otelSuffixes("UnderscoreEscapingWithSuffixes", false), true);
    assert.equal(otelSuffixes("NoTranslation", true), false);
  });
});

describe("OTLP transport", () => {
  it("content types and encodings", () => {
    assert.equal(otlpFormat("application/json"), "json");
    assert.equal(otlpFormat("application/x-protobuf"), "protobuf");
    assert.throws(
      () => otlpFormat("application/json; charset=utf-8"),
      (e: unknown) => e instanceof HttpError && e.statusCode === 415,
    );
    assert.throws(
      () => otlpFormat(undefined),
      (e: unknown) => e instanceof HttpError && e.statusCode === 415,
    );
    assert.equal(otlpDecompress(zstdCompressSync("zz"), "zstd", 100).toString(), "zz");
    assert.deepEqual(otlpDecompress(gzipSync("hello"), "gzip", 100).toString(), "hello");
    assert.throws(
      () => otlpDecompress(gzipSync("x".repeat(1000)), "gzip", 100),
      (e: unknown) => e instanceof HttpError && e.statusCode === 413,
    );
    assert.throws(
      () => otlpDecompress(Buffer.from("not gzip"), "gzip", 100),
      (e: unknown) => e instanceof HttpError && e.statusCode === 400,
    );
    assert.throws(
      () => otlpDecompress(Buffer.from("x"), "zstd", 100),
      (e: unknown) => e instanceof HttpError && e.statusCode === 400,
    );
    assert.throws(
      () => otlpDecompress(Buffer.from("x"), "br", 100),
      (e: unknown) => e instanceof HttpError && e.statusCode === 415,
    );
    assert.throws(
      () => otlpDecompress(Buffer.from("x"), "GZIP", 100),
      (e: unknown) => e instanceof HttpError && e.statusCode === 415,
    );
  });

  it("decodes LZ4 frames (raw and compressed blocks)", () => {
    // Frame: magic, FLG=0x60 (v1, independent blocks), BD=0x40, HC, one raw block, end mark.
    const raw = Buffer.concat([
      Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82]),
      Buffer.from([5, 0, 0, 0x80]),
      Buffer.from("hello"),
      Buffer.alloc(4),
    ]);
    assert.equal(lz4FrameDecompress(raw, 100).toString(), "hello");
    // A compressed block: literal "ab", then match offset 2 length 6 → "abababab".
    const block = Buffer.from([0x22, 0x61, 0x62, 0x02, 0x00]);
    const comp = Buffer.concat([
      Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82]),
      Buffer.from([block.length, 0, 0, 0]),
      block,
      Buffer.alloc(4),
    ]);
    assert.equal(lz4FrameDecompress(comp, 100).toString(), "abababab");
    assert.throws(() => lz4FrameDecompress(comp, 4));
    assert.throws(() => lz4FrameDecompress(Buffer.from("garbage!"), 100));
  });

  it("accepts snake_case OTLP JSON field names", () => {
    const req = decodeOtlp(
      Buffer.from(
        JSON.stringify({
          resource_metrics: [
            {
              scope_metrics: [
                {
                  metrics: [
                    {
                      name: "g",
                      gauge: { data_points: [{ as_double: 2, time_unix_nano: ns(T) }] },
                    },
                  ],
                },
              ],
            },
          ],
        }),
      ),
      "json",
    );
    const b = translateOtlp(req, noSuffix).decoded.batch;
    assert.deepEqual([...b.values], [2]);
    assert.deepEqual([...b.timestamps], [T]);
  });

  it("rejects OTLP JSON with bad ids or wrong types", () => {
    assert.throws(
      () =>
        decodeOtlp(
          Buffer.from(
            JSON.stringify({
              resourceMetrics: [
                {
                  scopeMetrics: [
                    {
                      metrics: [
                        { name: "x", gauge: { dataPoints: [{ exemplars: [{ traceId: "zz" }] }] } },
                      ],
                    },
                  ],
                },
              ],
            }),
          ),
          "json",
        ),
      (e: unknown) => e instanceof HttpError && e.statusCode === 400,
    );
    assert.throws(
      () => decodeOtlp(Buffer.from(JSON.stringify({ resourceMetrics: 5 })), "json"),
      (e: unknown) => e instanceof HttpError && e.statusCode === 400,
    );
    assert.throws(
      () => decodeOtlp(Buffer.from("[]"), "json"),
      (e: unknown) => e instanceof HttpError && e.statusCode === 400,
    );
  });
});
