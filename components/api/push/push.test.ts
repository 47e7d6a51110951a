import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import Fastify from "fastify";
import { compressSync } from "snappy";
import type { DistributorConfig } from "../../distributor/config.ts";
import { testDistributor } from "../../distributor/testutil.ts";
import { google, io, opentelemetry, prometheus } from "../../proto/generated/protos.js";
import type { Limits } from "../../util/limits/limits.ts";
import { resolveTenantID } from "../../util/tenant.ts";
import { registerHATrackerPage, registerPushApi } from "./push.ts";

const NOW = Date.now();

async function app(opts: { limits?: Partial<Limits>; cfg?: (c: DistributorConfig) => void } = {}) {
  const t = testDistributor({ limits: opts.limits, cfg: opts.cfg });
  const f = Fastify();
  await registerPushApi(f, {
    distributor: t.distributor,
    tenantOf: (req) =>
      resolveTenantID(req.headers["x-scope-orgid"], {
        multitenancyEnabled: true,
        noAuthTenant: "anonymous",
      }),
  });
  await f.ready();
  return { f, ...t };
}

function rw(obj: Record<string, unknown>): Buffer {
  return compressSync(
    Buffer.from(prometheus.WriteRequest.encode(prometheus.WriteRequest.fromObject(obj)).finish()),
  );
}

const oneSeries = (ts = NOW, labels = [{ name: "__name__", value: "up" }]) =>
  rw({ timeseries: [{ labels, samples: [{ value: 1, timestamp: ts }] }] });

describe("POST /api/v1/push", () => {
  it("accepts remote write v1 with 200 and an empty body", async () => {
    const { f, pusher } = await app();
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-scope-orgid": "t1", "content-type": "application/x-protobuf" },
      payload: oneSeries(),
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.body, "");
    assert.equal(pusher.batches[0].tenant, "t1");
    assert.equal(pusher.samples().length, 1);
  });

  it("accepts a body without content type", async () => {
    const { f, pusher } = await app();
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-scope-orgid": "t1" },
      payload: oneSeries(),
    });
    assert.equal(r.statusCode, 200);
    assert.equal(pusher.samples().length, 1);
  });

  it("accepts remote write v2 and reports written counts", async () => {
    const { f } = await app();
    const V2 = io.prometheus.write.v2.Request;
    const body = compressSync(
      Buffer.from(
        V2.encode(
          V2.fromObject({
            symbols: ["", "__name__", "up"],
            timeseries: [
              {
                labelsRefs: [1, 2],
                samples: [
                  { value: 1, timestamp: NOW },
                  { value: 2, timestamp: NOW + 1 },
                ],
              },
            ],
          }),
        ).finish(),
      ),
    );
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: {
        "x-scope-orgid": "t1",
        "content-type": "application/x-protobuf;proto=io.prometheus.write.v2.Request",
      },
      payload: body,
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers["x-prometheus-remote-write-samples-written"], "2");
    assert.equal(r.headers["x-prometheus-remote-write-histograms-written"], "0");
    assert.equal(r.headers["x-prometheus-remote-write-exemplars-written"], "0");
  });

  it("answers 401 without a tenant", async () => {
    const { f } = await app();
    const r = await f.inject({ method: "POST", url: "/api/v1/push", payload: oneSeries() });
    assert.equal(r.statusCode, 401);
    assert.equal(r.body, "no org id\n");
    assert.match(String(r.headers["content-type"]), /^text\/plain/);
  });

  it("answers 400 for a wrong proto content type, garbage, bad snappy and truncated protobuf", async () => {
    const { f } = await app();
    const post = (payload: Buffer, ct = "application/x-protobuf") =>
      f.inject({
        method: "POST",
        url: "/api/v1/push",
        headers: { "x-scope-orgid": "t1", "content-type": ct },
        payload,
      });
    let r = await post(oneSeries(), "application/x-protobuf;proto=foo");
    assert.equal(r.statusCode, 400);
    assert.equal(
      r.body,
      "got application/x-protobuf;proto=foo content type; expected prometheus.WriteRequest or io.prometheus.write.v2.Request\n",
    );
    r = await post(Buffer.from("this is not a remote write request"));
    assert.equal(r.statusCode, 400);
    r = await post(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
    assert.equal(r.statusCode, 400);
    const raw = Buffer.from(
      prometheus.WriteRequest.encode(
        prometheus.WriteRequest.fromObject({
          timeseries: [{ labels: [{ name: "__name__", value: "up" }] }],
        }),
      ).finish(),
    );
    r = await post(compressSync(raw.subarray(0, raw.length - 2)));
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /^failed to parse remote write request: /);
    r = await post(Buffer.alloc(0)); // not even a snappy header (Go's snappy rejects it too)
    assert.equal(r.statusCode, 400);
    r = await post(compressSync(Buffer.alloc(0))); // an empty WriteRequest is valid
    assert.equal(r.statusCode, 200);
  });

  it("rejects oversized messages with Mimir's message", async () => {
    const { f } = await app({ cfg: (c) => (c.max_recv_msg_size = 100) });
    const body = rw({
      timeseries: [
        {
          labels: [{ name: "__name__", value: "x".repeat(500) }],
          samples: [{ value: 1, timestamp: NOW }],
        },
      ],
    });
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-scope-orgid": "t1" },
      payload: body,
    });
    assert.equal(r.statusCode, 400);
    assert.match(
      r.body,
      /message size of \d+ bytes .*err-mimir-distributor-max-write-message-size/,
    );
  });

  it("ingests valid series of a partly invalid request: future timestamps, unsorted labels, 10,000 labels, 1 MB value", async () => {
    const { f, pusher } = await app();
    const many = [{ name: "__name__", value: "wide" }];
    for (let i = 0; i < 10_000; i++) many.push({ name: `l${i}`, value: "v" });
    const body = rw({
      timeseries: [
        {
          labels: [{ name: "__name__", value: "future" }],
          samples: [{ value: 1, timestamp: NOW + 3_600_000 }],
        },
        {
          labels: [
            { name: "zeta", value: "1" },
            { name: "__name__", value: "unsorted" },
            { name: "alpha", value: "2" },
          ],
          samples: [{ value: 2, timestamp: NOW }],
        },
        { labels: many, samples: [{ value: 3, timestamp: NOW }] },
        {
          labels: [
            { name: "__name__", value: "big" },
            { name: "v", value: "x".repeat(1 << 20) },
          ],
          samples: [{ value: 4, timestamp: NOW }],
        },
      ],
    });
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-scope-orgid": "t1" },
      payload: body,
    });
    assert.equal(r.statusCode, 400);
    assert.match(
      r.body,
      /^received a sample whose timestamp is too far in the future, timestamp: \d+ series: 'future' \(err-mimir-too-far-in-future\)/,
    );
    assert.deepEqual(pusher.samples(), [`__name__=unsorted,alpha=2,zeta=1@${NOW}=2`]);
  });

  it("skips label name validation only with the request flag, the header and the option", async () => {
    const t = testDistributor();
    const f = Fastify();
    await registerPushApi(f, {
      distributor: t.distributor,
      tenantOf: () => "t1",
      skipLabelNameValidationHeaderEnabled: true,
    });
    await f.ready();
    const raw = Buffer.from(
      prometheus.WriteRequest.encode(
        prometheus.WriteRequest.fromObject({
          timeseries: [
            {
              labels: [
                { name: "__name__", value: "up" },
                { name: "a-b", value: "1" },
              ],
              samples: [{ value: 1, timestamp: NOW }],
            },
          ],
        }),
      ).finish(),
    );
    const flagged = compressSync(Buffer.concat([raw, Buffer.from([0xc0, 0x3e, 0x01])]));
    let r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-mimir-skiplabelnamevalidation": "true" },
      payload: compressSync(raw),
    });
    assert.equal(r.statusCode, 400);
    r = await f.inject({ method: "POST", url: "/api/v1/push", payload: flagged });
    assert.equal(r.statusCode, 400);
    r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-mimir-skiplabelnamevalidation": "true" },
      payload: flagged,
    });
    assert.equal(r.statusCode, 200);
    assert.equal(t.pusher.samples().length, 1);
  });

  it("sets Retry-After on 429", async () => {
    const { f } = await app({ limits: { ingestion_rate: 1, ingestion_burst_size: 1 } });
    const body = rw({
      timeseries: [
        {
          labels: [{ name: "__name__", value: "up" }],
          samples: [
            { value: 1, timestamp: NOW },
            { value: 2, timestamp: NOW + 1 },
          ],
        },
      ],
    });
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push",
      headers: { "x-scope-orgid": "t1", "retry-attempt": "2" },
      payload: body,
    });
    assert.equal(r.statusCode, 429);
    const ra = Number(r.headers["retry-after"]);
    assert.ok(ra >= 6 && ra <= 18, `retry-after ${ra}`);
  });
});

describe("POST /otlp/v1/metrics", () => {
  const Req = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
  const Resp = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
  const reqObj = {
    resourceMetrics: [
      {
        resource: { attributes: [{ key: "service.name", value: { stringValue: "api" } }] },
        scopeMetrics: [
          {
            metrics: [
              {
                name: "queue.size",
                gauge: { dataPoints: [{ asDouble: 3, timeUnixNano: String(NOW * 1e6) }] },
              },
            ],
          },
        ],
      },
    ],
  };

  it("accepts protobuf and answers with an encoded response", async () => {
    const { f, pusher } = await app();
    const r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "application/x-protobuf" },
      payload: Buffer.from(Req.encode(Req.fromObject(reqObj)).finish()),
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers["content-type"], "application/x-protobuf");
    assert.deepEqual(Resp.toObject(Resp.decode(r.rawPayload)), {});
    assert.deepEqual(pusher.samples(), [`__name__=queue_size,job=api@${NOW}=3`]);
    assert.equal(pusher.batches[0].batch.source, "otlp");
  });

  it("accepts gzip JSON", async () => {
    const { f, pusher } = await app();
    const r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: {
        "x-scope-orgid": "t1",
        "content-type": "application/json",
        "content-encoding": "gzip",
      },
      payload: gzipSync(JSON.stringify(reqObj)),
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.body, "{}");
    assert.equal(pusher.samples().length, 1);
  });

  it("answers 401 in plain text without a tenant", async () => {
    const { f } = await app();
    const r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "content-type": "application/json" },
      payload: "{}",
    });
    assert.equal(r.statusCode, 401);
    assert.equal(r.body, "no org id\n");
  });

  it("answers 415 for unsupported content types and encodings, with a google.rpc.Status", async () => {
    const { f } = await app();
    let r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "text/plain" },
      payload: "x",
    });
    assert.equal(r.statusCode, 415);
    const st = google.rpc.Status.decode(r.rawPayload);
    assert.equal(
      st.message,
      "unsupported content type: text/plain, supported: [application/json, application/x-protobuf]",
    );
    r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: {
        "x-scope-orgid": "t1",
        "content-type": "application/json",
        "content-encoding": "br",
      },
      payload: "{}",
    });
    assert.equal(r.statusCode, 415);
    assert.deepEqual(JSON.parse(r.body), {
      code: 3,
      message:
        'unsupported compression: br. Only "gzip", "lz4", "zstd", or no compression supported',
    });
    assert.equal(r.headers["x-content-type-options"], "nosniff");
  });

  it("answers 413 over the size limit and 400 for garbage", async () => {
    const { f } = await app({ cfg: (c) => (c.max_otlp_request_size = 10) });
    let r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "application/json" },
      payload: JSON.stringify(reqObj),
    });
    assert.equal(r.statusCode, 413);
    assert.match(JSON.parse(r.body).message, /err-mimir-distributor-max-otlp-request-size/);
    const { f: f2 } = await app();
    r = await f2.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "application/json" },
      payload: "{not json",
    });
    assert.equal(r.statusCode, 400);
    r = await f2.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "application/x-protobuf" },
      payload: Buffer.from([0x0a, 0xff, 0x01]),
    });
    assert.equal(r.statusCode, 400);
  });

  it("ingests the rest and answers 400 with the conversion error for delta sums", async () => {
    const { f, pusher, registry } = await app();
    const obj = {
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                {
                  name: "ok",
                  gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: String(NOW * 1e6) }] },
                },
                {
                  name: "delta",
                  sum: {
                    isMonotonic: true,
                    aggregationTemporality: 1,
                    dataPoints: [{ asInt: "1", timeUnixNano: String(NOW * 1e6) }],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "application/json" },
      payload: JSON.stringify(obj),
    });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(JSON.parse(r.body), {
      code: 3,
      message: 'otlp parse error: invalid temporality and type combination for metric "delta"',
    });
    assert.equal(pusher.samples().length, 1);
    const d = await registry.getSingleMetric("cortex_discarded_samples_total")!.get();
    assert.equal(d.values.find((v) => v.labels.reason === "otlp_parse_error")?.value, 1);
  });

  it("reports rejected points as partial success", async () => {
    const { f, pusher } = await app();
    const obj = {
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                {
                  name: "ok",
                  gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: String(NOW * 1e6) }] },
                },
                {
                  name: "future",
                  gauge: {
                    dataPoints: [{ asDouble: 1, timeUnixNano: String((NOW + 3_600_000) * 1e6) }],
                  },
                },
                // Exponential histograms are native histograms now, not rejected points.
                {
                  name: "exp",
                  exponentialHistogram: {
                    aggregationTemporality: 2,
                    dataPoints: [{ count: 1, zeroCount: 1, timeUnixNano: String(NOW * 1e6) }],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const r = await f.inject({
      method: "POST",
      url: "/otlp/v1/metrics",
      headers: { "x-scope-orgid": "t1", "content-type": "application/json" },
      payload: JSON.stringify(obj),
    });
    assert.equal(r.statusCode, 200);
    const body = JSON.parse(r.body);
    assert.equal(body.partialSuccess.rejectedDataPoints, "1");
    assert.match(body.partialSuccess.errorMessage, /too far in the future/);
    assert.equal(pusher.samples().length, 1);
  });
});

describe("POST /api/v1/push/influx/write", () => {
  it("is off unless enabled", async () => {
    const { f } = await app();
    const r = await f.inject({
      method: "POST",
      url: "/api/v1/push/influx/write",
      headers: { "x-scope-orgid": "t1" },
      payload: "cpu value=1",
    });
    assert.equal(r.statusCode, 404);
  });

  it("ingests line protocol, gzip too, with 204", async () => {
    const { f, pusher } = await app({ cfg: (c) => (c.influx_endpoint_enabled = true) });
    const line = `cpu,host=a usage=0.5,count=3i ${NOW}`;
    let r = await f.inject({
      method: "POST",
      url: "/api/v1/push/influx/write?precision=ms",
      headers: { "x-scope-orgid": "t1" },
      payload: line,
    });
    assert.equal(r.statusCode, 204);
    r = await f.inject({
      method: "POST",
      url: "/api/v1/push/influx/write?precision=ms",
      headers: { "x-scope-orgid": "t1", "content-encoding": "gzip" },
      payload: gzipSync(line),
    });
    assert.equal(r.statusCode, 204);
    assert.deepEqual(pusher.samples().slice(0, 2), [
      `__mimir_source__=influx,__name__=cpu_usage,host=a@${NOW}=0.5`,
      `__mimir_source__=influx,__name__=cpu_count,host=a@${NOW}=3`,
    ]);
    r = await f.inject({
      method: "POST",
      url: "/api/v1/push/influx/write",
      headers: { "x-scope-orgid": "t1" },
      payload: "cpu,host=a",
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.body, "can't parse points: unable to parse 'cpu,host=a': missing fields\n");
    r = await f.inject({
      method: "POST",
      url: "/api/v1/push/influx/write?precision=xx",
      headers: { "x-scope-orgid": "t1" },
      payload: "cpu v=1",
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.body, "precision supplied is not valid: xx\n");
  });
});

describe("GET /distributor/ha_tracker", () => {
  it("lists elected replicas", async () => {
    const t = testDistributor({
      limits: { accept_ha_samples: true },
      cfg: (c) => (c.ha_tracker.enable_ha_tracker = true),
    });
    const f = Fastify();
    await registerPushApi(f, { distributor: t.distributor, tenantOf: () => "t1" });
    registerHATrackerPage(f, t.distributor);
    await f.ready();
    const body = rw({
      timeseries: [
        {
          labels: [
            { name: "__name__", value: "up" },
            { name: "cluster", value: "prod" },
            { name: "__replica__", value: "p-0" },
          ],
          samples: [{ value: 1, timestamp: NOW }],
        },
      ],
    });
    assert.equal(
      (await f.inject({ method: "POST", url: "/api/v1/push", payload: body })).statusCode,
      200,
    );
    const r = await f.inject({ method: "GET", url: "/distributor/ha_tracker" });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers["content-type"]), /^text\/html/);
    assert.match(r.body, /<td>t1<\/td><td>prod<\/td><td>p-0<\/td>/);
  });
});

describe("Distributor service", () => {
  it("starts and stops", async () => {
    const t = testDistributor();
    await t.distributor.startAsync();
    assert.equal(t.distributor.state(), "Running");
    await t.distributor.stopAsync();
    assert.equal(t.distributor.state(), "Terminated");
  });
});
