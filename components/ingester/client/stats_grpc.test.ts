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
import { defaultsOf } from "../../util/config/spec.ts";
import { limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { Ingester } from "../ingester.ts";
import type { WriteBatch, WriteSource } from "../types.ts";
import type { IngesterStatsSource } from "../userstats.ts";
import { RemoteIngester } from "./client.ts";
import { addIngesterService } from "./server.ts";

const NOW = 10_000_000;

function batch(
  source: WriteSource,
  series: { labels: Record<string, string>; t: number }[],
): WriteBatch {
  return {
    series: series.map((s, i) => ({
      labels: labelsFromObject(s.labels),
      sampleStart: i,
      sampleCount: 1,
    })),
    timestamps: Float64Array.from(series.map((s) => s.t)),
    values: Float64Array.from(series.map(() => 1)),
    metadata: [],
    source,
  };
}

const str = (ls: readonly { name: string; value: string }[]) =>
  ls.map((l) => `${l.name}=${l.value}`).join(",");

describe("ingester statistics, local and over gRPC", () => {
  let dir: string;
  let ing: Ingester;
  let server: grpc.Server;
  let channel: grpc.Channel;
  let remote: RemoteIngester;
  let clock = NOW;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "ingester-stats-"));
    ing = new Ingester(
      {
        tsdb: { dir },
        ingester: {
          ring: { min_ready_duration: 0 },
          rate_update_period: 15_000,
          active_series_metrics_idle_timeout: 20 * 60_000,
        },
      },
      {
        logger: pino({ level: "silent" }),
        registry: new Registry(),
        overrides: new Overrides({ ...defaultsOf(limitsBlock) }),
        now: () => clock,
      },
    );
    await ing.startAsync();
    // 3 series of job=a (one idle for 30m), 1 of job=b; rule samples for another metric.
    await ing.push(
      "t",
      batch("api", [
        { labels: { __name__: "up", job: "a", pod: "1" }, t: NOW },
        { labels: { __name__: "up", job: "a", pod: "2" }, t: NOW },
        { labels: { __name__: "up", job: "a", pod: "3" }, t: NOW - 30 * 60_000 },
        { labels: { __name__: "up", job: "b", pod: "1" }, t: NOW },
      ]),
    );
    await ing.push("t", batch("rule", [{ labels: { __name__: "rec", job: "a" }, t: NOW }]));
    await ing.push("u", batch("api", [{ labels: { __name__: "up" }, t: NOW }]));
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

  for (const via of ["local", "gRPC"] as const) {
    const src = (): IngesterStatsSource => (via === "local" ? ing.stats() : remote);

    it(`${via}: user stats count in-memory and active series and the EWMA rates by source`, async () => {
      clock = NOW + 15_000; // one tick: 4 API samples and 1 rule sample over 15s
      const s = await src().userStats("t", "inmemory");
      assert.equal(s.numSeries, 5);
      assert.equal(s.apiIngestionRate, 4 / 15);
      assert.equal(s.ruleIngestionRate, 1 / 15);
      assert.equal(s.ingestionRate, 5 / 15);
      assert.equal((await src().userStats("t", "active")).numSeries, 4);
      assert.deepEqual(await src().userStats("nobody", "inmemory"), {
        ingestionRate: 0,
        numSeries: 0,
        apiIngestionRate: 0,
        ruleIngestionRate: 0,
      });
      const all = await src().allUserStats();
      assert.deepEqual(
        all.map((u) => [u.userId, u.stats.numSeries]),
        [
          ["t", 5],
          ["u", 1],
        ],
      );
    });

    it(`${via}: label names and values, label values cardinality, active series`, async () => {
      clock = NOW;
      const lnv = await src().labelNamesAndValues(
        "t",
        [newMatcher("=", "__name__", "up")],
        "inmemory",
      );
      const byName = new Map(lnv.map((x) => [x.labelName, [...x.values].sort()]));
      assert.deepEqual(byName.get("pod"), ["1", "2", "3"]);
      assert.deepEqual(byName.get("job"), ["a", "b"]);
      const active = await src().labelNamesAndValues("t", [], "active");
      assert.deepEqual(
        [...new Map(active.map((x) => [x.labelName, x.values])).get("pod")!].sort(),
        ["1", "2"],
      );
      const card = await src().labelValuesCardinality("t", ["job", "nope"], [], "inmemory");
      const job = card.find((c) => c.labelName === "job")!;
      assert.deepEqual(Object.fromEntries(job.labelValueSeries), { a: 4, b: 1 });
      assert.equal(card.find((c) => c.labelName === "nope")?.labelValueSeries.size ?? 0, 0);
      const series = await src().activeSeries("t", [newMatcher("=", "job", "a")]);
      assert.deepEqual(series.map(str).sort(), [
        "__name__=rec,job=a",
        "__name__=up,job=a,pod=1",
        "__name__=up,job=a,pod=2",
      ]);
    });
  }
});
