import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, readdir } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { Registry } from "prom-client";
import { metricValue } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { downloadBlock, fetchMeta } from "../storage/tsdb/blockio.ts";
import { readBucketIndex } from "../storage/tsdb/bucketindex.ts";
import { listBlockIDs, userBucket } from "../storage/tsdb/layout.ts";
import {
  listDeletionMarks,
  markForNoCompact,
  readTenantDeletionMark,
} from "../storage/tsdb/markers.ts";
import {
  fsBucket,
  makeAndUploadBlock,
  readBlockSamples,
  tempDir,
  type TestSeries,
} from "../tsdb/testing/blocks.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { nopLogger } from "../util/log.ts";
import { Compactor } from "./compactor.ts";
import { compactorBlock } from "./config.ts";
import { planCompaction, sortJobs, hashBlockID, ulidBytes } from "./planner.ts";
import type { BlockMeta } from "../model/block_meta.ts";

const H = 3_600_000;
const DAY = 24 * H;

function series(
  name: string,
  from: number,
  to: number,
  step: number,
  extra: Record<string, string> = {},
  valueFn = (t: number) => t / 1000,
): TestSeries {
  const samples: [number, number][] = [];
  for (let t = from; t < to; t += step) samples.push([t, valueFn(t)]);
  return { labels: { __name__: name, ...extra }, samples };
}

interface Env {
  dir: string;
  bkt: Bucket;
  now: number;
  reg: Registry;
  overrides: Overrides;
  compactor: Compactor;
}

function newEnv(
  dir: string,
  bkt: Bucket,
  cfgOver: Partial<ReturnType<typeof defaultsOf<typeof compactorBlock>>> = {},
  limits: Record<string, unknown> = {},
): Env {
  const env = { dir, bkt, now: 10 * DAY, reg: new Registry() } as Env;
  const defaults = { ...defaultsOf(limitsBlock), ...limits };
  env.overrides = new Overrides(defaults as any);
  const cfg = {
    ...defaultsOf(compactorBlock),
    data_dir: `${dir}/data-compactor`,
    first_level_compaction_wait_period: 0,
    ...cfgOver,
  };
  env.compactor = new Compactor(cfg, {
    logger: nopLogger(),
    registry: env.reg,
    bucket: bkt,
    overrides: env.overrides,
    clock: () => env.now,
    fsync: false,
  });
  return env;
}

describe("compactor", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  it("vertically compacts three replica blocks into one with each sample once", async () => {
    const bkt = fsBucket(`${dir}/b1`);
    const env = newEnv(dir, bkt);
    const data = [
      series("up", 0, 2 * H, 15_000, { job: "a" }),
      series("up", 0, 2 * H, 15_000, { job: "b" }),
    ];
    const srcs: BlockMeta[] = [];
    for (let r = 0; r < 3; r++)
      srcs.push(
        await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, data, { minTime: 0, maxTime: 2 * H }),
      );
    // A replica with one extra series only it saw.
    srcs.push(
      await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [series("only", 0, H, 60_000)], {
        minTime: 0,
        maxTime: 2 * H,
      }),
    );
    const jobs = await env.compactor.plannedJobs("t");
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0].stage, "merge");
    assert.equal(await env.compactor.compactTenant("t"), 1);
    const marks = await listDeletionMarks(userBucket(bkt, "t"));
    assert.deepEqual([...marks.keys()].sort(), srcs.map((s) => s.ulid).sort());
    const ids = (await listBlockIDs(userBucket(bkt, "t"))).filter((id) => !marks.has(id));
    assert.equal(ids.length, 1);
    const meta = (await fetchMeta(userBucket(bkt, "t"), ids[0]))!;
    assert.equal(meta.compaction.level, 2);
    assert.deepEqual(meta.compaction.sources, srcs.map((s) => s.ulid).sort());
    assert.equal(meta.compaction.parents?.length, 4);
    assert.equal(meta.thanos?.source, "compactor");
    assert.equal(meta.minTime, 0);
    assert.equal(meta.maxTime, 2 * H);
    assert.equal(meta.stats.numSeries, 3);
    assert.equal(meta.stats.numSamples, 480 + 480 + 60);
    const local = await downloadBlock(userBucket(bkt, "t"), ids[0], `${dir}/dl`);
    const got = await readBlockSamples(local);
    const a = [...got.values()].find((s) => s.labels.job === "a")!;
    assert.deepEqual(a.samples, data[0].samples);
    assert.equal(
      await metricValue(env.reg, "cortex_compactor_blocks_marked_for_deletion_total", {
        reason: "compaction",
      }),
      4,
    );
    // A second run has nothing to do.
    assert.equal(await env.compactor.compactTenant("t"), 0);
  });

  it("splits and merges with the tenant's shard count", async () => {
    const bkt = fsBucket(`${dir}/b2`);
    const env = newEnv(dir, bkt, {}, { compactor_split_and_merge_shards: 2 });
    const data: TestSeries[] = [];
    for (let i = 0; i < 20; i++) data.push(series("m", 0, 2 * H, 60_000, { i: String(i) }));
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, data, { minTime: 0, maxTime: 2 * H });
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, data, { minTime: 0, maxTime: 2 * H });
    const jobs = await env.compactor.plannedJobs("t");
    assert.equal(jobs[0].stage, "split");
    await env.compactor.compactTenant("t");
    const ubkt = userBucket(bkt, "t");
    const marks = await listDeletionMarks(ubkt);
    const live = (await listBlockIDs(ubkt)).filter((id) => !marks.has(id));
    const metas = await Promise.all(live.map((id) => fetchMeta(ubkt, id)));
    const shards = metas.map((m) => m!.thanos!.labels.__compactor_shard_id__).sort();
    assert.deepEqual(shards, ["1_of_2", "2_of_2"]);
    assert.equal(
      metas.reduce((n, m) => n + (m!.stats.numSeries ?? 0), 0),
      20,
    );
    assert.equal(
      metas.reduce((n, m) => n + (m!.stats.numSamples ?? 0), 0),
      20 * 120,
    );
  });

  it("compacts horizontally once the larger range is complete, respecting no-compact marks", async () => {
    const bkt = fsBucket(`${dir}/b3`);
    const env = newEnv(dir, bkt);
    const comp = { level: 2, sources: [] as string[] };
    const b1 = await makeAndUploadBlock(
      bkt,
      "t",
      `${dir}/scratch`,
      [series("x", 0, 2 * H, 60_000)],
      { minTime: 0, maxTime: 2 * H, compaction: comp },
    );
    const b2 = await makeAndUploadBlock(
      bkt,
      "t",
      `${dir}/scratch`,
      [series("x", 2 * H, 4 * H, 60_000)],
      { minTime: 2 * H, maxTime: 4 * H, compaction: comp },
    );
    // The 12h range is not complete yet: nothing to do.
    assert.equal((await env.compactor.plannedJobs("t")).length, 0);
    const b3 = await makeAndUploadBlock(
      bkt,
      "t",
      `${dir}/scratch`,
      [series("x", 12 * H, 14 * H, 60_000)],
      { minTime: 12 * H, maxTime: 14 * H, compaction: comp },
    );
    const b4 = await makeAndUploadBlock(
      bkt,
      "t",
      `${dir}/scratch`,
      [series("x", 4 * H, 6 * H, 60_000)],
      { minTime: 4 * H, maxTime: 6 * H, compaction: comp },
    );
    await markForNoCompact(userBucket(bkt, "t"), b4.ulid, "manual", "", env.now);
    const jobs = await env.compactor.plannedJobs("t");
    assert.equal(jobs.length, 1);
    assert.deepEqual(
      jobs[0].blocks.map((b) => b.ulid),
      [b1.ulid, b2.ulid],
    );
    assert.equal(jobs[0].rangeEnd - jobs[0].rangeStart, 12 * H);
    await env.compactor.compactTenant("t");
    const marks = await listDeletionMarks(userBucket(bkt, "t"));
    assert.ok(marks.has(b1.ulid) && marks.has(b2.ulid));
    assert.ok(!marks.has(b3.ulid) && !marks.has(b4.ulid));
  });

  it("waits first_level_compaction_wait_period before compacting level-1 blocks", async () => {
    const bkt = fsBucket(`${dir}/b4`);
    const env = newEnv(dir, bkt, { first_level_compaction_wait_period: 25 * 60_000 });
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [series("x", 0, H, 60_000)], {
      minTime: 0,
      maxTime: 2 * H,
    });
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [series("x", 0, H, 60_000)], {
      minTime: 0,
      maxTime: 2 * H,
    });
    env.now = Date.now();
    assert.equal((await env.compactor.plannedJobs("t")).length, 0);
    env.now = Date.now() + 26 * 60_000;
    assert.equal((await env.compactor.plannedJobs("t")).length, 1);
  });

  it("applies retention and hard-deletes after deletion_delay, leaving other blocks alone", async () => {
    const bkt = fsBucket(`${dir}/b5`);
    const env = newEnv(dir, bkt, {}, { compactor_blocks_retention_period: 2 * DAY });
    const old = await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [
      series("x", 0, 2 * H, 60_000),
    ]);
    const recent = await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [
      series("x", 9 * DAY, 9 * DAY + 2 * H, 60_000),
    ]);
    const other = await makeAndUploadBlock(bkt, "u", `${dir}/scratch`, [
      series("x", 0, 2 * H, 60_000),
    ]);
    let idx = await env.compactor.cleanTenant("t");
    assert.deepEqual(
      idx!.block_deletion_marks.map((m) => m.block_id),
      [old.ulid],
    );
    assert.equal(idx!.blocks.length, 2);
    assert.equal(
      await metricValue(env.reg, "cortex_compactor_blocks_marked_for_deletion_total", {
        reason: "retention",
      }),
      1,
    );
    env.now += 13 * H;
    idx = await env.compactor.cleanTenant("t");
    assert.deepEqual(
      idx!.blocks.map((b) => b.block_id),
      [recent.ulid],
    );
    assert.deepEqual(idx!.block_deletion_marks, []);
    assert.deepEqual(await listBlockIDs(userBucket(bkt, "t")), [recent.ulid]);
    // Tenant u has the default (no) retention.
    await env.compactor.cleanTenant("u");
    assert.deepEqual(await listBlockIDs(userBucket(bkt, "u")), [other.ulid]);
    assert.equal((await readBucketIndex(bkt, "t")).blocks.length, 1);
  });

  it("marks partial blocks left alone too long and deletes them later", async () => {
    const bkt = fsBucket(`${dir}/b9`);
    const env = newEnv(dir, bkt);
    const ubkt = userBucket(bkt, "t");
    const partial = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    await ubkt.upload(`${partial}/index`, Buffer.from("x"));
    const complete = await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [
      series("x", 0, H, 60_000),
    ]);
    env.now = Date.now() + H;
    await env.compactor.cleanTenant("t");
    assert.equal((await listDeletionMarks(ubkt)).size, 0);
    env.now = Date.now() + 25 * H;
    await env.compactor.cleanTenant("t");
    assert.deepEqual([...(await listDeletionMarks(ubkt)).keys()], [partial]);
    env.now += 13 * H;
    const idx = await env.compactor.cleanTenant("t");
    assert.deepEqual(await listBlockIDs(ubkt), [complete.ulid]);
    assert.deepEqual(
      idx!.blocks.map((b) => b.block_id),
      [complete.ulid],
    );
    assert.equal(
      await metricValue(env.reg, "cortex_compactor_blocks_marked_for_deletion_total", {
        reason: "partial",
      }),
      1,
    );
  });

  it("deletes a tenant marked for deletion and nothing else", async () => {
    const bkt = fsBucket(`${dir}/b6`);
    const env = newEnv(dir, bkt);
    await makeAndUploadBlock(bkt, "gone", `${dir}/scratch`, [series("x", 0, 2 * H, 60_000)]);
    await makeAndUploadBlock(bkt, "gone", `${dir}/scratch`, [series("x", 2 * H, 4 * H, 60_000)]);
    const kept = await makeAndUploadBlock(bkt, "kept", `${dir}/scratch`, [
      series("x", 0, 2 * H, 60_000),
    ]);
    await env.compactor.runCleanup();
    assert.deepEqual(await env.compactor.tenantDeletionStatus("gone"), {
      tenant_id: "gone",
      blocks_deleted: false,
    });
    await env.compactor.deleteTenant("gone");
    assert.equal(await env.compactor.compactTenant("gone"), 0);
    await env.compactor.runCleanup();
    assert.deepEqual(await env.compactor.tenantDeletionStatus("gone"), {
      tenant_id: "gone",
      blocks_deleted: true,
    });
    const mark = await readTenantDeletionMark(userBucket(bkt, "gone"));
    assert.equal(mark?.finished_time, env.now / 1000);
    assert.equal(await bkt.exists("gone/bucket-index.json.gz"), false);
    assert.deepEqual(await listBlockIDs(userBucket(bkt, "kept")), [kept.ulid]);
    assert.equal(await bkt.exists("kept/bucket-index.json.gz"), true);
    env.now += 7 * H;
    await env.compactor.runCleanup();
    const left: string[] = [];
    await bkt.iter(
      "gone/",
      (n) => {
        left.push(n);
      },
      { recursive: true },
    );
    assert.deepEqual(left, []);
  });

  it("writes blocks that promtool reads with the deduplicated samples", {
    skip: spawnSync("promtool", ["--version"]).status === 0 ? false : "promtool not installed",
  }, async () => {
    const bkt = fsBucket(`${dir}/b8`);
    const env = newEnv(dir, bkt, {}, { compactor_split_and_merge_shards: 0 });
    const a = series("up", 0, 2 * H, 30_000, { job: "a" }, (t) => Math.sin(t));
    const gappy = { ...a, samples: a.samples.filter((_, i) => i % 3 !== 0) };
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [a], { minTime: 0, maxTime: 2 * H });
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [gappy], { minTime: 0, maxTime: 2 * H });
    await env.compactor.compactTenant("t");
    const ubkt = userBucket(bkt, "t");
    const marks = await listDeletionMarks(ubkt);
    const [id] = (await listBlockIDs(ubkt)).filter((x) => !marks.has(x));
    const root = `${dir}/promtool-check`;
    await mkdir(`${root}/wal`, { recursive: true });
    await downloadBlock(ubkt, id, root);
    const dump = execFileSync("promtool", ["tsdb", "dump", root], { encoding: "utf8" })
      .trim()
      .split("\n");
    assert.equal(dump.length, a.samples.length);
    assert.equal(dump[0], `{__name__="up", job="a"} ${a.samples[0][1]} 0`);
    const ts = dump.map((l) => Number(l.split(" ").at(-1)));
    assert.deepEqual(
      ts,
      a.samples.map((x) => x[0]),
    );
    const analyze = spawnSync("promtool", ["tsdb", "analyze", root, id], { encoding: "utf8" });
    assert.equal(analyze.status, 0, analyze.stderr);
  });

  it("removes the index and markers of a tenant without blocks when no_blocks_file_cleanup_enabled", async () => {
    const bkt = fsBucket(`${dir}/b11`);
    const env = newEnv(
      dir,
      bkt,
      { no_blocks_file_cleanup_enabled: true, deletion_delay: 0 },
      { compactor_blocks_retention_period: DAY },
    );
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [series("x", 0, H, 60_000)]);
    await env.compactor.cleanTenant("t");
    // Marked for retention, deleted at once (deletion_delay 0) on the next run, then the rest goes.
    await env.compactor.cleanTenant("t");
    const left: string[] = [];
    await bkt.iter(
      "t/",
      (n) => {
        left.push(n);
      },
      { recursive: true },
    );
    assert.deepEqual(left, []);
  });

  it("runs independent jobs concurrently with compaction_concurrency", async () => {
    const bkt = fsBucket(`${dir}/b10`);
    const env = newEnv(dir, bkt, {
      compaction_concurrency: 2,
      compaction_jobs_order: "newest-blocks-first",
    });
    for (const start of [0, 2 * H]) {
      for (let r = 0; r < 2; r++) {
        await makeAndUploadBlock(
          bkt,
          "t",
          `${dir}/scratch`,
          [series("x", start, start + H, 60_000)],
          { minTime: start, maxTime: start + 2 * H },
        );
      }
    }
    const jobs = await env.compactor.plannedJobs("t");
    assert.deepEqual(
      jobs.map((j) => j.rangeStart),
      [2 * H, 0],
    );
    let inFlight = 0;
    let maxInFlight = 0;
    const orig = env.compactor.runJob.bind(env.compactor);
    env.compactor.runJob = async (job, signal) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await orig(job, signal);
      } finally {
        inFlight--;
      }
    };
    assert.equal(await env.compactor.compactTenant("t"), 2);
    assert.equal(maxInFlight, 2);
    assert.equal(await metricValue(env.reg, "cortex_compactor_group_compactions_total"), 2);
  });

  it("cleans its scratch directory", async () => {
    const bkt = fsBucket(`${dir}/b7`);
    const env = newEnv(dir, bkt);
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [series("x", 0, H, 60_000)], {
      minTime: 0,
      maxTime: 2 * H,
    });
    await makeAndUploadBlock(bkt, "t", `${dir}/scratch`, [series("x", 0, H, 60_000)], {
      minTime: 0,
      maxTime: 2 * H,
    });
    await env.compactor.compactTenant("t");
    const left = await readdir(`${dir}/data-compactor/compact/t`).catch(() => []);
    assert.deepEqual(left, []);
  });
});

describe("planner", () => {
  const meta = (ulid: string, minTime: number, maxTime: number, shard?: string): BlockMeta => ({
    ulid,
    minTime,
    maxTime,
    stats: {},
    version: 1,
    compaction: { level: 1, sources: [ulid] },
    thanos: {
      labels: shard ? { __compactor_shard_id__: shard } : {},
      downsample: { resolution: 0 },
      source: "receive",
    },
  });
  const ids = [
    "01H00000000000000000000001",
    "01H00000000000000000000002",
    "01H00000000000000000000003",
    "01H00000000000000000000004",
  ];

  it("orders jobs smallest-range-oldest-blocks-first or newest-blocks-first", () => {
    const blocks = [
      meta(ids[0], 0, 2 * H),
      meta(ids[1], 0, 2 * H),
      meta(ids[2], 2 * H, 4 * H),
      meta(ids[3], 2 * H, 4 * H),
    ];
    const jobs = planCompaction("t", blocks, {
      ranges: [2 * H, 12 * H],
      shards: 0,
      splitGroups: 1,
    });
    assert.equal(jobs.length, 2);
    assert.deepEqual(
      sortJobs(jobs, "smallest-range-oldest-blocks-first").map((j) => j.rangeStart),
      [0, 2 * H],
    );
    assert.deepEqual(
      sortJobs(jobs, "newest-blocks-first").map((j) => j.rangeStart),
      [2 * H, 0],
    );
  });

  it("merges split blocks per shard and skips blocks spanning ranges", () => {
    const blocks = [
      meta(ids[0], 0, 2 * H, "1_of_2"),
      meta(ids[1], 0, 2 * H, "1_of_2"),
      meta(ids[2], 0, 2 * H, "2_of_2"),
      meta(ids[3], H, 3 * H),
    ];
    const jobs = planCompaction("t", blocks, { ranges: [2 * H], shards: 2, splitGroups: 1 });
    assert.deepEqual(
      jobs.map((j) => [j.stage, j.shardID, j.blocks.length]),
      [["merge", "1_of_2", 2]],
    );
  });

  it("hashes block IDs with 32-bit FNV-1 over the raw bytes", () => {
    assert.equal(ulidBytes("00000000000000000000000001")[15], 1);
    // FNV-1 of 15 zero bytes then 0x01, computed independently.
    let h = 0x811c9dc5n;
    for (const b of [...new Array(15).fill(0), 1])
      h = ((h * 0x01000193n) & 0xffffffffn) ^ BigInt(b);
    assert.equal(hashBlockID("00000000000000000000000001"), Number(h));
  });
});
