/**
 * Query sharding over the ingester's QueryStream: the shard travels as the `__query_shard__`
 * matcher and the ingester sends only the shard's series (counted as they come off the wire:
 * RemoteIngester.queryStream returns the streamed series unfiltered).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { pino } from "pino";
import { Registry } from "prom-client";
import { labelsFromObject, labelsKey } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import { SHARD_LABEL, shardOf } from "../../model/query_shard.ts";
import { ValNone } from "../../model/series.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { Ingester } from "../ingester.ts";
import type { WriteBatch } from "../types.ts";
import { RemoteIngester } from "./client.ts";
import { addIngesterService } from "./server.ts";

const SERIES = 200;
const ALL = [newMatcher("=", "__name__", "m")];

function batch(): WriteBatch {
  const out: WriteBatch = {
    series: [],
    timestamps: new Float64Array(SERIES),
    values: new Float64Array(SERIES),
    metadata: [],
    source: "api",
  };
  for (let i = 0; i < SERIES; i++) {
    out.series.push({
      labels: labelsFromObject({ __name__: "m", i: String(i) }),
      sampleStart: i,
      sampleCount: 1,
    });
    out.timestamps[i] = 1_000;
    out.values[i] = i;
  }
  return out;
}

describe("query sharding over the ingester's QueryStream", () => {
  let dir: string;
  let ing: Ingester;
  let server: grpc.Server;
  let channel: grpc.Channel;
  let remote: RemoteIngester;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "ingester-shard-"));
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
    assert.equal((await remote.push("t", batch())).samplesWritten, SERIES);
  });
  after(async () => {
    channel.close();
    server.forceShutdown();
    await ing.stopAsync();
    rmSync(dir, { recursive: true, force: true });
  });

  it("streams only the shard's series", async () => {
    const count = 8;
    const seen = new Set<string>();
    for (let index = 0; index < count; index++) {
      const wire = await remote.queryStream("t", 0, 10_000, [
        ...ALL,
        newMatcher("=", SHARD_LABEL, `${index + 1}_of_${count}`),
      ]);
      let expected = 0;
      for (let i = 0; i < SERIES; i++)
        if (shardOf(labelsFromObject({ __name__: "m", i: String(i) }), count) === index) expected++;
      assert.equal(wire.length, expected, `series on the wire for shard ${index + 1}_of_${count}`);
      for (const s of wire) {
        assert.equal(shardOf(s.labels, count), index);
        const key = labelsKey(s.labels);
        assert.ok(!seen.has(key), "shards are disjoint");
        seen.add(key);
      }
    }
    assert.equal(seen.size, SERIES, "the shards together are the unsharded selection");
  });

  it("pushes SelectHints.shard into the request; the union of the shards equals the unsharded select", async () => {
    const q = await remote.querier("t", 0, 10_000);
    const dump = async (shard?: { index: number; count: number }) => {
      const out: string[] = [];
      for (const s of await q.select(true, { start: 0, end: 10_000, shard }, ALL)) {
        const it = s.iterator();
        assert.notEqual(it.next(), ValNone);
        out.push(`${labelsKey(s.labels)} ${it.atT()}=${it.atF()}`);
      }
      return out;
    };
    const all = await dump();
    assert.equal(all.length, SERIES);
    const union: string[] = [];
    for (let index = 0; index < 3; index++) {
      const part = await dump({ index, count: 3 });
      assert.ok(part.length > 0 && part.length < SERIES);
      union.push(...part);
    }
    assert.deepEqual(union.sort(), all.sort());
  });

  it("answers a malformed shard with Mimir's error", async () => {
    await assert.rejects(
      remote.queryStream("t", 0, 10_000, [...ALL, newMatcher("=", SHARD_LABEL, "0_of_3")]),
      /invalid query sharding label value/,
    );
  });
});
