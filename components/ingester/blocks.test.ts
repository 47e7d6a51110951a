import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { pino } from "pino";
import { Registry } from "prom-client";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { FilesystemBucket } from "../storage/bucket/filesystem/filesystem.ts";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { ValNone, type Queryable, STALE_NAN } from "../model/series.ts";
import { BlockReader } from "../tsdb/block/reader.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { IngesterBlocks } from "./blocks.ts";
import { headBounds, plannedRanges, writeHeadBlock } from "./headcompaction.ts";
import { registerIngesterApi } from "./http.ts";
import { Ingester } from "./ingester.ts";
import { readShipperFile } from "./shipper.ts";
import type { WriteBatch } from "./types.ts";

const H = 3_600_000;
const BASE = 1000 * 2 * H; // aligned to the 2h block range

function batch(
  series: { labels: Record<string, string>; samples: [number, number][] }[],
): WriteBatch {
  const ts: number[] = [];
  const vs: number[] = [];
  const out: WriteBatch = {
    series: [],
    timestamps: new Float64Array(0),
    values: new Float64Array(0),
    metadata: [],
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

async function dump(
  q: Queryable,
  tenant: string,
  mint = Number.NEGATIVE_INFINITY,
  maxt = Number.POSITIVE_INFINITY,
): Promise<string[]> {
  const querier = await q.querier(tenant, mint, maxt);
  const out: string[] = [];
  for (const s of await querier.select(true, undefined, [newMatcher("=~", "__name__", ".+")])) {
    const it = s.iterator();
    let n = 0;
    let first = "";
    let last = "";
    let sum = 0;
    while (it.next() !== ValNone) {
      const p = `${it.atT()}=${Object.is(it.atF(), Number.NaN) ? "NaN" : it.atF()}`;
      if (n === 0) first = p;
      last = p;
      n++;
      sum += Number.isNaN(it.atF()) ? 0 : it.atF();
    }
    out.push(
      `${s.labels.map((l) => `${l.name}:${l.value}`).join(",")} n=${n} ${first}..${last} sum=${sum}`,
    );
  }
  return out;
}

class Clock {
  t = BASE + 10 * H;
  now = () => this.t;
}

async function setup(
  dir: string,
  opts: {
    bucket?: Bucket;
    clock?: Clock;
    tsdb?: Record<string, unknown>;
    random?: () => number;
  } = {},
) {
  const registry = new Registry();
  const overrides = new Overrides({ ...defaultsOf(limitsBlock) });
  const clock = opts.clock ?? new Clock();
  const logger = pino({ level: "silent" });
  const ing = new Ingester(
    {
      tsdb: { dir, head_compaction_interval: 15 * 60_000, ...opts.tsdb },
      ingester: { ring: { min_ready_duration: 0 } },
    },
    { logger, registry, overrides, now: clock.now },
  );
  await ing.startAsync();
  const blocks = new IngesterBlocks({
    ingester: ing,
    bucket: opts.bucket,
    logger,
    registry,
    now: clock.now,
    random: opts.random ?? (() => 0.99),
    fsync: false,
  });
  await blocks.startAsync();
  const stop = async () => {
    await blocks.stopAsync();
    await ing.stopAsync();
  };
  return { ing, blocks, registry, clock, stop };
}

/** 3 series, one sample per minute over [from, to), the last sample of "c" a stale marker. */
async function pushRange(ing: Ingester, tenant: string, from: number, to: number): Promise<number> {
  let n = 0;
  for (let t0 = from; t0 < to; t0 += 60 * 60_000) {
    const samples: [number, number][] = [];
    for (let t = t0; t < Math.min(t0 + H, to); t += 60_000) samples.push([t, t / 1000]);
    const stale: [number, number][] = samples.map(([t, v]) => [
      t,
      t + 60_000 >= to ? STALE_NAN : v * 2,
    ]);
    const r = await ing.push(
      tenant,
      batch([
        { labels: { __name__: "up", job: "a" }, samples },
        { labels: { __name__: "up", job: "b" }, samples },
        { labels: { __name__: "zeta", instance: "x" }, samples: stale },
      ]),
    );
    assert.deepEqual(r.softErrors, []);
    n += samples.length * 3;
  }
  return n;
}

test("plannedRanges: the 1.5x rule and forced compaction at range boundaries", () => {
  const R = 2 * H;
  assert.deepEqual(
    plannedRanges({ mint: BASE, maxt: BASE + 3 * H }, R, false),
    [],
    "exactly 1.5x: not yet",
  );
  assert.deepEqual(plannedRanges({ mint: BASE, maxt: BASE + 3 * H + 1 }, R, false), [
    { mint: BASE, maxt: BASE + R - 1 },
  ]);
  const m = BASE + 30 * 60_000;
  assert.deepEqual(plannedRanges({ mint: m, maxt: BASE + 5.5 * H }, R, false), [
    { mint: m, maxt: BASE + R - 1 },
    { mint: BASE + R, maxt: BASE + 2 * R - 1 },
  ]);
  assert.deepEqual(plannedRanges({ mint: m, maxt: BASE + 5.5 * H }, R, true), [
    { mint: m, maxt: BASE + R - 1 },
    { mint: BASE + R, maxt: BASE + 2 * R - 1 },
    { mint: BASE + 2 * R, maxt: BASE + 5.5 * H },
  ]);
  assert.deepEqual(plannedRanges(undefined, R, true), []);
});

test("head compaction: blocks on aligned boundaries, head truncated, reads unchanged", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  try {
    const { ing, blocks, registry, stop } = await setup(dir);
    await pushRange(ing, "t1", BASE + 30 * 60_000, BASE + 5 * H + 30 * 60_000);
    const before = await dump(blocks.queryable(), "t1");
    assert.equal(before.length, 3);

    const metas = await blocks.compactAll(false);
    assert.equal(metas.length, 2, "5h of data: two 2h blocks, the rest stays in the head");
    assert.equal(metas[0].minTime, BASE + 30 * 60_000);
    assert.equal(metas[0].maxTime, BASE + 2 * H);
    assert.equal(metas[1].minTime, BASE + 2 * H);
    assert.equal(metas[1].maxTime, BASE + 4 * H);
    assert.deepEqual(metas[0].compaction, { level: 1, sources: [metas[0].ulid] });
    assert.equal(metas[0].thanos?.source, "receive");
    assert.deepEqual(metas[0].thanos?.labels, {});
    assert.equal(metas[0].stats.numSeries, 3);
    assert.equal(metas[0].stats.numSamples, 90 * 3);
    assert.equal(ing.tsdb("t1")?.head.getMinValidTime(), BASE + 4 * H);
    assert.deepEqual(headBounds(ing.tsdb("t1")!.head), {
      mint: BASE + 4 * H,
      maxt: BASE + 5 * H + 29 * 60_000,
    });
    assert.deepEqual(await dump(blocks.queryable(), "t1"), before);
    assert.ok(
      readdirSync(join(dir, "t1", "wal")).some((n) => n.startsWith("checkpoint.")),
      "the WAL was checkpointed",
    );
    // Chunks hold at most 120 samples: 2h block of a 1/min series = 120 samples = 1 chunk each.
    const r = await BlockReader.open(join(dir, "t1", metas[1].ulid));
    assert.equal(r.meta.stats.numChunks, 3);
    await r.close();

    // Nothing more to do by the rule; a forced run compacts the rest.
    assert.deepEqual(await blocks.compactAll(false), []);
    const rest = await blocks.flush();
    assert.equal(rest.length, 1);
    assert.equal(rest[0].minTime, BASE + 4 * H);
    assert.equal(rest[0].maxTime, BASE + 5 * H + 29 * 60_000 + 1);
    assert.deepEqual(await dump(blocks.queryable(), "t1"), before);
    const c = (await registry.getSingleMetricAsString("cortex_ingester_tsdb_compactions_total"))
      .trim()
      .split("\n")
      .pop();
    assert.equal(c, "cortex_ingester_tsdb_compactions_total 2");
    await stop();

    // Restart: local blocks are found again, the WAL holds nothing older than the blocks.
    const s2 = await setup(dir);
    assert.deepEqual(await dump(s2.blocks.queryable(), "t1"), before);
    assert.equal((await s2.blocks.localBlocks("t1")).length, 3);
    await s2.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("idle heads are compacted entirely after the idle timeout (+ jitter)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  try {
    const clock = new Clock();
    const { ing, blocks, stop } = await setup(dir, {
      clock,
      tsdb: { head_compaction_idle_timeout: H },
    });
    await pushRange(ing, "t1", BASE, BASE + H);
    assert.deepEqual(await blocks.compactAll(false), [], "first sight: active");
    clock.t += H;
    assert.deepEqual(await blocks.compactAll(false), [], "1h < 1h x 1.2475 jitter");
    clock.t += 15 * 60_000;
    const metas = await blocks.compactAll(false);
    assert.equal(metas.length, 1);
    assert.equal(metas[0].maxTime, BASE + H - 60_000 + 1);
    await stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Fails the first upload of a meta.json: a crash between chunks/index and meta.json. */
class CrashBeforeMeta extends FilesystemBucket {
  failed = 0;
  uploads: string[] = [];
  override async upload(
    name: string,
    body: Buffer | Uint8Array | import("node:stream").Readable,
  ): Promise<void> {
    if (name.endsWith("/meta.json") && this.failed === 0) {
      this.failed++;
      throw new Error("simulated crash");
    }
    this.uploads.push(name);
    return super.upload(name, body);
  }
}

test("shipper: uploads meta.json last, re-uploads after an interrupted upload, idempotent", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  const bdir = mkdtempSync(join(tmpdir(), "ing-bucket-"));
  try {
    const bucket = new CrashBeforeMeta({ dir: bdir });
    const { ing, blocks, registry, stop } = await setup(dir, { bucket });
    await pushRange(ing, "t1", BASE, BASE + H);
    const [meta] = await blocks.compactAll(true);
    assert.ok(meta);
    await assert.rejects(blocks.shipper!.shipTenant("t1"), /simulated crash/);
    assert.ok(existsSync(join(bdir, "t1", meta.ulid, "index")), "index uploaded");
    assert.ok(!existsSync(join(bdir, "t1", meta.ulid, "meta.json")));
    assert.deepEqual((await readShipperFile(join(dir, "t1"))).shipped, {});

    assert.equal(await blocks.shipper!.shipTenant("t1"), 1, "uploaded again");
    assert.deepEqual(bucket.uploads.slice(-3), [
      `t1/${meta.ulid}/chunks/000001`,
      `t1/${meta.ulid}/index`,
      `t1/${meta.ulid}/meta.json`,
    ]);
    const shipped = (await readShipperFile(join(dir, "t1"))).shipped;
    assert.deepEqual(Object.keys(shipped), [meta.ulid]);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, "t1", "shipper.json"), "utf8")).version, 1);
    assert.equal(await blocks.shipper!.shipTenant("t1"), 0, "nothing new");

    // Crash after the upload but before shipper.json was written: marked, not re-uploaded.
    unlinkSync(join(dir, "t1", "shipper.json"));
    const n = bucket.uploads.length;
    assert.equal(await blocks.shipper!.shipTenant("t1"), 0);
    assert.equal(bucket.uploads.length, n);
    assert.deepEqual(Object.keys((await readShipperFile(join(dir, "t1"))).shipped), [meta.ulid]);

    const m = await registry.metrics();
    assert.match(m, /cortex_ingester_shipper_uploads_total 1\n/);
    assert.match(m, /cortex_ingester_shipper_upload_failures_total 1\n/);
    await stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bdir, { recursive: true, force: true });
  }
});

test("local blocks are deleted retention_period after their upload", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  const bdir = mkdtempSync(join(tmpdir(), "ing-bucket-"));
  try {
    const clock = new Clock();
    const { ing, blocks, stop } = await setup(dir, {
      bucket: new FilesystemBucket({ dir: bdir }),
      clock,
    });
    await pushRange(ing, "t1", BASE, BASE + H);
    const [meta] = await blocks.flush();
    assert.ok(existsSync(join(bdir, "t1", meta.ulid, "meta.json")), "flush ships");
    clock.t += 13 * H - 1;
    assert.deepEqual(await blocks.deleteExpired(), []);
    assert.equal((await dump(blocks.queryable(), "t1")).length, 3);
    clock.t += 1;
    assert.deepEqual(await blocks.deleteExpired(), [meta.ulid]);
    assert.ok(!existsSync(join(dir, "t1", meta.ulid)));
    assert.deepEqual(await dump(blocks.queryable(), "t1"), [], "the data is in the bucket only");
    // The next shipper run forgets the deleted block.
    await blocks.ship();
    assert.deepEqual((await readShipperFile(join(dir, "t1"))).shipped, {});
    await stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bdir, { recursive: true, force: true });
  }
});

test("unshipped blocks are kept; with shipping off, retention counts from creation", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  try {
    const clock = new Clock();
    clock.t = Date.now();
    const { ing, blocks, stop } = await setup(dir, { clock });
    await pushRange(ing, "t1", BASE, BASE + H);
    const [meta] = await blocks.flush();
    assert.equal(blocks.shipper, undefined);
    assert.deepEqual(await blocks.deleteExpired(), []);
    clock.t += 13 * H + 1000;
    assert.deepEqual(await blocks.deleteExpired(), [meta.ulid]);
    await stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingester HTTP endpoints", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  const bdir = mkdtempSync(join(tmpdir(), "ing-bucket-"));
  try {
    const clock = new Clock();
    const { ing, blocks, registry, stop } = await setup(dir, {
      bucket: new FilesystemBucket({ dir: bdir }),
      clock,
    });
    const app = Fastify();
    let stopped = 0;
    let flushFlagAtStop = false;
    registerIngesterApi(app, {
      ingester: ing,
      blocks,
      logger: pino({ level: "silent" }),
      registry,
      now: clock.now,
      shutdown: async () => {
        stopped++;
        flushFlagAtStop = blocks.flushOnShutdown;
      },
    });
    await pushRange(ing, "t1", BASE, BASE + H);
    await pushRange(ing, "t2", BASE, BASE + H);

    let r = await app.inject({ method: "POST", url: "/ingester/flush?tenant=t1&wait=true" });
    assert.equal(r.statusCode, 204);
    assert.deepEqual(
      readdirSync(bdir)
        .filter((n) => !n.startsWith("."))
        .sort(),
      ["t1"],
      "only the requested tenant",
    );
    r = await app.inject({ method: "GET", url: "/ingester/flush?wait=true" });
    assert.equal(r.statusCode, 204);
    assert.deepEqual(
      readdirSync(bdir)
        .filter((n) => !n.startsWith("."))
        .sort(),
      ["t1", "t2"],
    );
    assert.equal((await app.inject({ method: "DELETE", url: "/ingester/flush" })).statusCode, 404);

    assert.equal(
      (await app.inject({ method: "GET", url: "/ingester/prepare-shutdown" })).body,
      "unset",
    );
    r = await app.inject({ method: "POST", url: "/ingester/prepare-shutdown" });
    assert.equal(r.statusCode, 204);
    assert.ok(existsSync(join(dir, "shutdown-requested.txt")));
    assert.ok(!Number.isNaN(Date.parse(readFileSync(join(dir, "shutdown-requested.txt"), "utf8"))));
    assert.equal(
      (await app.inject({ method: "GET", url: "/ingester/prepare-shutdown" })).body,
      "set",
    );
    assert.equal(blocks.flushOnShutdown, true);
    assert.match(await registry.metrics(), /cortex_ingester_prepare_shutdown_requested 1\n/);
    assert.equal(
      (await app.inject({ method: "PUT", url: "/ingester/prepare-shutdown" })).statusCode,
      405,
    );
    r = await app.inject({ method: "DELETE", url: "/ingester/prepare-shutdown" });
    assert.equal(r.statusCode, 204);
    assert.equal(blocks.flushOnShutdown, false);
    assert.equal(
      (await app.inject({ method: "GET", url: "/ingester/prepare-shutdown" })).body,
      "unset",
    );

    assert.deepEqual(
      (await app.inject({ method: "GET", url: "/ingester/unregister-on-shutdown" })).json(),
      { unregister: true },
    );
    r = await app.inject({
      method: "PUT",
      url: "/ingester/unregister-on-shutdown",
      payload: { unregister: false },
    });
    assert.deepEqual(r.json(), { unregister: false });
    assert.equal(
      (
        await app.inject({
          method: "PUT",
          url: "/ingester/unregister-on-shutdown",
          payload: { x: 1 },
        })
      ).statusCode,
      400,
    );
    assert.deepEqual(
      (await app.inject({ method: "DELETE", url: "/ingester/unregister-on-shutdown" })).json(),
      { unregister: true },
    );

    assert.deepEqual(
      (
        await app.inject({ method: "GET", url: "/ingester/prepare-instance-ring-downscale" })
      ).json(),
      { timestamp: 0 },
    );
    const ts = Math.floor(clock.t / 1000);
    assert.deepEqual(
      (
        await app.inject({ method: "POST", url: "/ingester/prepare-instance-ring-downscale" })
      ).json(),
      { timestamp: ts },
    );
    clock.t += 5000;
    assert.deepEqual(
      (
        await app.inject({ method: "POST", url: "/ingester/prepare-instance-ring-downscale" })
      ).json(),
      { timestamp: ts },
      "not bumped",
    );
    assert.deepEqual(
      (
        await app.inject({ method: "DELETE", url: "/ingester/prepare-instance-ring-downscale" })
      ).json(),
      { timestamp: 0 },
    );

    r = await app.inject({ method: "GET", url: "/ingester/tenants" });
    assert.deepEqual(r.json(), { tenants: ["t1", "t2"] });
    r = await app.inject({
      method: "GET",
      url: "/ingester/tenants",
      headers: { accept: "text/html,*/*" },
    });
    assert.match(r.body, /href="tsdb\/t1"/);
    r = await app.inject({
      method: "GET",
      url: "/ingester/tsdb/t1",
      headers: { accept: "text/html" },
    });
    assert.match(r.body, /Uploaded/);
    r = await app.inject({ method: "GET", url: "/ingester/tsdb/t1" });
    const j = r.json();
    assert.equal(j.blocks.length, 1);
    assert.equal(typeof j.blocks[0].shippedAt, "number");
    assert.equal((await app.inject({ method: "GET", url: "/ingester/tsdb/nope" })).statusCode, 404);

    r = await app.inject({ method: "POST", url: "/ingester/shutdown" });
    assert.equal(r.statusCode, 204);
    assert.equal(stopped, 1);
    assert.equal(flushFlagAtStop, true);
    assert.equal(blocks.flushOnShutdown, false, "restored");

    await stop();
    // Not running: 503.
    assert.equal(
      (await app.inject({ method: "GET", url: "/ingester/prepare-shutdown" })).statusCode,
      503,
    );
    assert.equal(
      (await app.inject({ method: "POST", url: "/ingester/prepare-instance-ring-downscale" }))
        .statusCode,
      503,
    );
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bdir, { recursive: true, force: true });
  }
});

test("a crash between writing a block and truncating the head: the head is aligned on restart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  try {
    const s1 = await setup(dir);
    await pushRange(s1.ing, "t1", BASE, BASE + 3 * H);
    const before = await dump(s1.blocks.queryable(), "t1");
    // The block is written but the process "dies" before truncateHead.
    const meta = await writeHeadBlock(
      s1.ing.tsdb("t1")!.head,
      { mint: BASE, maxt: BASE + 2 * H - 1 },
      join(dir, "t1"),
      { fsync: false },
    );
    assert.ok(meta);
    await s1.stop();

    const s2 = await setup(dir);
    assert.equal(
      s2.ing.tsdb("t1")?.head.getMinValidTime(),
      BASE + 2 * H,
      "head truncated to the block's end",
    );
    assert.deepEqual(await dump(s2.blocks.queryable(), "t1"), before, "no sample lost or doubled");
    // The next compaction does not cut the same range again.
    const metas = await s2.blocks.compactAll(true);
    assert.deepEqual(
      metas.map((m) => m.minTime),
      [BASE + 2 * H],
    );
    assert.deepEqual(await dump(s2.blocks.queryable(), "t1"), before);
    await s2.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the loop compacts by the 1.5x rule; flush_blocks_on_shutdown compacts and ships at stop", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ing-blocks-"));
  const bdir = mkdtempSync(join(tmpdir(), "ing-bucket-"));
  try {
    // random() = 0: the first check runs at once.
    const s2 = await setup(dir, {
      bucket: new FilesystemBucket({ dir: bdir }),
      tsdb: { flush_blocks_on_shutdown: true },
    });
    await pushRange(s2.ing, "t1", BASE, BASE + 4 * H);
    await s2.blocks.stopAsync();
    await s2.ing.stopAsync();
    const shipped = readdirSync(join(bdir, "t1")).filter((n) =>
      existsSync(join(bdir, "t1", n, "meta.json")),
    );
    assert.equal(shipped.length, 2, "all of the head, in two 2h blocks, shipped at stop");

    // The periodic check applies the 1.5x rule by itself.
    const s3 = await setup(dir, { random: () => 0, tsdb: { head_compaction_interval: 10 } });
    await pushRange(s3.ing, "t2", BASE, BASE + 3.5 * H);
    let blocks: Awaited<ReturnType<typeof s3.blocks.localBlocks>> = [];
    for (let i = 0; i < 200 && blocks.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      blocks = await s3.blocks.localBlocks("t2");
    }
    assert.deepEqual(
      blocks.map((b) => [b.meta.minTime, b.meta.maxTime]),
      [[BASE, BASE + 2 * H]],
    );
    await s3.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bdir, { recursive: true, force: true });
  }
});
