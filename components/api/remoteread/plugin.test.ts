import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { compressSync, uncompressSync } from "snappy";
import { labelsFromObject } from "../../model/labels.ts";
import { ValNone } from "../../model/series.ts";
import { MemStorage } from "../../promql/promqltest/memstorage.ts";
import { prometheus } from "../../proto/generated/protos.js";
import { toNumber } from "../../proto/convert.ts";
import { XORChunk } from "../../tsdb/chunkenc/xor.ts";
import { frame, parseFrames, STREAMED_CONTENT_TYPE } from "./framing.ts";
import { registerRemoteReadApi } from "./plugin.ts";

function tenantOf(req: { headers: Record<string, unknown> }): string {
  const t = req.headers["x-scope-orgid"];
  if (typeof t !== "string" || t === "")
    throw Object.assign(new Error("no org id"), { statusCode: 401 });
  return t;
}

function readBody(req: prometheus.IReadRequest): Buffer {
  return compressSync(Buffer.from(prometheus.ReadRequest.encode(req).finish()));
}

interface PlainLabel {
  name: string;
  value: string;
}
interface PlainSeries {
  labels: PlainLabel[];
  samples: { value: number; timestamp: number }[];
}
interface PlainFrame {
  queryIndex: number;
  chunkedSeries: {
    labels: PlainLabel[];
    chunks: { minTimeMs: number; maxTimeMs: number; type: number; data: Uint8Array }[];
  }[];
}

const H = { "x-scope-orgid": "t1", "content-type": "application/x-protobuf" };

describe("framing", () => {
  it("round-trips frames and rejects a corrupted checksum", () => {
    const a = new Uint8Array(300).fill(7);
    const b = new Uint8Array([1, 2, 3]);
    const body = Buffer.concat([frame(a), frame(b)]);
    // 300 needs a two-byte uvarint.
    assert.deepEqual([body[0], body[1]], [0xac, 0x02]);
    const out = parseFrames(body);
    assert.equal(out.length, 2);
    assert.deepEqual([...out[1]], [1, 2, 3]);
    body[body.length - 1] ^= 1;
    assert.throws(() => parseFrames(body), /checksum mismatch/);
  });
});

describe("remote read", () => {
  let app: FastifyInstance;
  const storage = new MemStorage();
  before(async () => {
    app = Fastify();
    registerRemoteReadApi(app, {
      prefix: "/prometheus",
      queryable: storage,
      tenantOf,
      maxBytesInFrame: 2048,
    });
    await app.ready();
    for (let i = 0; i < 500; i++) {
      storage.append("t1", labelsFromObject({ __name__: "up", job: "a" }), i * 1000, i);
      storage.append("t1", labelsFromObject({ __name__: "up", job: "b" }), i * 1000, -i / 3);
    }
    storage.append("t1", labelsFromObject({ __name__: "other" }), 5000, 42);
    storage.append("t2", labelsFromObject({ __name__: "up", job: "a" }), 5000, 1);
  });
  after(() => app.close());

  const query = (start: number, end: number, matchers: prometheus.IReadMatcher[]) => ({
    startTimestampMs: start,
    endTimestampMs: end,
    matchers,
  });

  it("answers SAMPLES with a snappy ReadResponse of the tenant's series in the range", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: H,
      payload: readBody({
        queries: [
          query(10_000, 20_000, [{ type: 0, name: "__name__", value: "up" }]),
          query(0, 10_000, [{ type: 2, name: "__name__", value: "oth.*" }]),
        ],
      }),
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["content-type"], "application/x-protobuf");
    assert.equal(res.headers["content-encoding"], "snappy");
    const rr = prometheus.ReadResponse.toObject(
      prometheus.ReadResponse.decode(uncompressSync(res.rawPayload, { asBuffer: true }) as Buffer),
      { longs: Number, defaults: true },
    ) as { results: { timeseries: PlainSeries[] }[] };
    assert.equal(rr.results.length, 2);
    const ups = rr.results[0].timeseries;
    assert.deepEqual(ups.map((s) => s.labels.map((l) => `${l.name}=${l.value}`).join(",")).sort(), [
      "__name__=up,job=a",
      "__name__=up,job=b",
    ]);
    const a = ups.find((s) => s.labels.some((l) => l.value === "a"))!;
    assert.equal(a.samples.length, 11);
    assert.equal(toNumber(a.samples[0].timestamp), 10_000);
    assert.equal(a.samples[0].value, 10);
    assert.equal(toNumber(a.samples[10].timestamp), 20_000);
    const b = ups.find((s) => s.labels.some((l) => l.value === "b"))!;
    assert.equal(b.samples[1].value, -11 / 3);
    assert.equal(rr.results[1].timeseries.length, 1);
    assert.equal(rr.results[1].timeseries[0].samples[0].value, 42);
  });

  it("streams STREAMED_XOR_CHUNKS frames, sorted, chunks of 120 samples, frames cut by size", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: H,
      payload: readBody({
        queries: [query(0, 1_000_000, [{ type: 0, name: "__name__", value: "up" }])],
        acceptedResponseTypes: [1, 0],
      }),
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["content-type"], STREAMED_CONTENT_TYPE);
    const frames = parseFrames(res.rawPayload).map(
      (m) =>
        prometheus.ChunkedReadResponse.toObject(prometheus.ChunkedReadResponse.decode(m), {
          longs: Number,
          defaults: true,
        }) as PlainFrame,
    );
    // 2048-byte frames cannot hold all 5 chunks of a series: several frames per series.
    assert.ok(frames.length > 2, `frames: ${frames.length}`);
    const bySeries = new Map<string, { t: number; v: number }[]>();
    const order: string[] = [];
    for (const f of frames) {
      assert.equal(toNumber(f.queryIndex), 0);
      for (const cs of f.chunkedSeries) {
        const key = cs.labels.map((l) => `${l.name}=${l.value}`).join(",");
        if (order[order.length - 1] !== key) order.push(key);
        const list = bySeries.get(key) ?? [];
        bySeries.set(key, list);
        for (const c of cs.chunks) {
          assert.equal(c.type, 1);
          const it = new XORChunk(0).iterator();
          it.resetBytes(c.data);
          let n = 0;
          for (let vt = it.next(); vt !== ValNone; vt = it.next()) {
            list.push({ t: it.atT(), v: it.atF() });
            n++;
          }
          assert.ok(n <= 120);
          assert.equal(toNumber(c.minTimeMs), list[list.length - n].t);
          assert.equal(toNumber(c.maxTimeMs), list[list.length - 1].t);
        }
      }
    }
    assert.deepEqual(order, ["__name__=up,job=a", "__name__=up,job=b"]);
    const a = bySeries.get("__name__=up,job=a")!;
    assert.equal(a.length, 500);
    assert.deepEqual(a[499], { t: 499_000, v: 499 });
  });

  it("answers Mimir's errors as 400 text", async () => {
    const unsupported = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: H,
      payload: readBody({
        queries: [],
        acceptedResponseTypes: [7 as prometheus.ReadRequest.ResponseType],
      }),
    });
    assert.equal(unsupported.statusCode, 400);
    assert.match(unsupported.body, /server does not support any of the requested response types/);

    const big = Buffer.alloc(2 << 20, 1);
    const tooBig = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: H,
      payload: compressSync(big),
    });
    assert.equal(tooBig.statusCode, 400);
    assert.equal(tooBig.body, `received message larger than max (${2 << 20} vs 1048576)\n`);

    const garbage = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: H,
      payload: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    });
    assert.equal(garbage.statusCode, 400);

    const badRegex = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: H,
      payload: readBody({ queries: [query(0, 1, [{ type: 2, name: "a", value: "(" }])] }),
    });
    assert.equal(badRegex.statusCode, 400);

    const noTenant = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/read",
      headers: { "content-type": "application/x-protobuf" },
      payload: readBody({ queries: [] }),
    });
    assert.equal(noTenant.statusCode, 401);
    assert.equal(noTenant.body, "no org id\n");
  });
});
