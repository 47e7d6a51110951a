import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { pino } from "pino";
import { Registry } from "prom-client";
import { labelsFromObject } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import { Histogram } from "../../model/histogram.ts";
import { type Queryable, ValFloat, ValHistogram, ValNone } from "../../model/series.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { Ingester } from "../ingester.ts";
import { IngesterUnavailableError, type WriteBatch } from "../types.ts";
import { RemoteIngester } from "./client.ts";
import { addIngesterService } from "./server.ts";

function batch(
  series: { labels: Record<string, string>; samples: [number, number][] }[],
): WriteBatch {
  const ts: number[] = [];
  const vs: number[] = [];
  const out: WriteBatch = {
    series: [],
    timestamps: new Float64Array(0),
    values: new Float64Array(0),
    metadata: [{ type: "counter", metricFamilyName: "m", help: "a counter", unit: "" }],
    source: "api",
  };
  for (const s of series) {
    out.series.push({
      labels: labelsFromObject(s.labels),
      sampleStart: ts.length,
      sampleCount: s.samples.length,
    });
    for (const [t, v] of s.samples) {
      ts.push(t);
      vs.push(v);
    }
  }
  out.timestamps = Float64Array.from(ts);
  out.values = Float64Array.from(vs);
  return out;
}

async function dump(q: Queryable, tenant: string, mint: number, maxt: number): Promise<string[]> {
  const querier = await q.querier(tenant, mint, maxt);
  const out: string[] = [];
  for (const s of await querier.select(true, { start: mint, end: maxt }, [
    newMatcher("=~", "__name__", ".+"),
  ])) {
    const it = s.iterator();
    const pts: string[] = [];
    while (it.next() !== ValNone) pts.push(`${it.atT()}=${it.atF()}`);
    out.push(`${s.labels.map((l) => `${l.name}:${l.value}`).join(",")} ${pts.join(" ")}`);
  }
  return out;
}

describe("ingester over gRPC", () => {
  let dir: string;
  let ing: Ingester;
  let server: grpc.Server;
  let channel: grpc.Channel;
  let remote: RemoteIngester;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "ingester-grpc-"));
    ing = new Ingester(
      { tsdb: { dir }, ingester: { ring: { min_ready_duration: 0 } } },
      {
        logger: pino({ level: "silent" }),
        registry: new Registry(),
        overrides: new Overrides({ ...defaultsOf(limitsBlock) }),
      },
    );
    await ing.startAsync();
    server = new grpc.Server();
    addIngesterService(server, ing);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) =>
        e ? reject(e) : resolve(p),
      ),
    );
    channel = new grpc.Channel(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {});
    remote = new RemoteIngester(`127.0.0.1:${port}`, channel, {
      pushTimeout: 5_000,
      queryTimeout: 5_000,
    });
  });
  after(async () => {
    channel.close();
    server.forceShutdown();
    await ing.stopAsync();
    rmSync(dir, { recursive: true, force: true });
  });

  it("native histograms cross gRPC: pushed, counted and read back through QueryStream chunks", async () => {
    const b = batch([{ labels: { __name__: "hist", job: "a" }, samples: [[500, 1]] }]);
    b.series[0].histograms = Array.from({ length: 150 }, (_, i) => {
      const h = new Histogram();
      h.count = i;
      h.sum = i / 2;
      h.positiveSpans = Int32Array.of(0, 1);
      h.positiveBuckets = Float64Array.of(i);
      return i % 50 === 49
        ? { timestamp: 1_000 + i * 10, h: null, fh: h.toFloat() }
        : { timestamp: 1_000 + i * 10, h, fh: null };
    });
    const res = await remote.push("th", b);
    assert.equal(res.samplesWritten, 1);
    assert.equal(res.histogramsWritten, 150);
    const read = async (q: Queryable) => {
      const querier = await q.querier("th", 0, 10_000);
      const [s] = await querier.select(true, { start: 0, end: 10_000 }, []);
      const it = s.iterator();
      const out: string[] = [];
      for (let vt = it.next(); vt !== ValNone; vt = it.next())
        out.push(
          vt === ValFloat
            ? `${it.atT()}=${it.atF()}`
            : `${it.atT()}=${vt === ValHistogram ? "h" : "fh"}${it.atFH().count}`,
        );
      return out;
    };
    const viaGrpc = await read(remote);
    assert.equal(viaGrpc.length, 151);
    assert.equal(viaGrpc[0], "500=1");
    assert.equal(viaGrpc[50], "1490=fh49");
    assert.equal(viaGrpc[51], "1500=h50");
    assert.equal(viaGrpc[150], "2490=fh149");
    assert.deepEqual(viaGrpc, await read(ing.queryable()));
  });

  it("pushes, then returns the same series and samples as the local head (across chunk boundaries)", async () => {
    const many: [number, number][] = Array.from({ length: 300 }, (_, i) => [
      1_000 + i * 10,
      i * 1.5,
    ]);
    const res = await remote.push(
      "t",
      batch([
        { labels: { __name__: "m", job: "a" }, samples: many },
        {
          labels: { __name__: "m", job: "b" },
          samples: [
            [1_000, 1],
            [2_000, Number.NaN],
          ],
        },
      ]),
    );
    assert.equal(res.samplesWritten, 302);
    assert.deepEqual(res.softErrors, []);
    const viaGrpc = await dump(remote, "t", 0, 10_000);
    assert.deepEqual(viaGrpc, await dump(ing.queryable(), "t", 0, 10_000));
    assert.equal(viaGrpc.length, 2);
    assert.equal(viaGrpc[0].split(" ").length, 301);
    // A narrower range returns only the samples inside it.
    const narrow = await dump(remote, "t", 1_050, 1_070);
    assert.deepEqual(narrow, await dump(ing.queryable(), "t", 1_050, 1_070));
    assert.equal(narrow[0], "__name__:m,job:a 1050=7.5 1060=9 1070=10.5");
  });

  it("returns soft errors with Mimir's message while the rest is written", async () => {
    const res = await remote.push(
      "t",
      batch([
        { labels: { __name__: "m", job: "a" }, samples: [[1_005, 9]] },
        { labels: { __name__: "m", job: "c" }, samples: [[5_000, 3]] },
      ]),
    );
    assert.equal(res.samplesWritten, 1);
    assert.equal(res.softErrors.length, 1);
    assert.match(res.softErrors[0].message, /err-mimir-sample-out-of-order/);
  });

  it("answers label names, values, metadata and tenant isolation", async () => {
    const q = await remote.querier("t", 0, 10_000);
    assert.deepEqual(await q.labelNames(undefined, []), ["__name__", "job"]);
    assert.deepEqual(await q.labelValues("job", undefined, [newMatcher("=", "__name__", "m")]), [
      "a",
      "b",
      "c",
    ]);
    assert.deepEqual(await remote.metricsMetadata("t"), [
      { type: "counter", metricFamilyName: "m", help: "a counter", unit: "" },
    ]);
    assert.deepEqual(await dump(remote, "other", 0, 10_000), []);
  });

  it("maps failures to IngesterUnavailableError: bad matcher 400, no tenant, unreachable 503", async () => {
    const bad = { type: "=~" as const, name: "__name__", value: "(", matches: () => false };
    await assert.rejects(
      remote.queryStream("t", 0, 1, [bad]),
      (e: IngesterUnavailableError) =>
        e.statusCode === 400 && /error parsing regexp/.test(e.message),
    );
    await assert.rejects(remote.pushBody("", Buffer.alloc(0)), /no org id/);
    const ch = new grpc.Channel("127.0.0.1:1", grpc.credentials.createInsecure(), {});
    try {
      const dead = new RemoteIngester("127.0.0.1:1", ch, {
        pushTimeout: 1_000,
        queryTimeout: 1_000,
      });
      await assert.rejects(
        dead.push("t", batch([])),
        (e: IngesterUnavailableError) =>
          e instanceof IngesterUnavailableError && e.statusCode === 503,
      );
    } finally {
      ch.close();
    }
  });
});
