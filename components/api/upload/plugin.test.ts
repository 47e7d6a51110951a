import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { Registry } from "prom-client";
import { BlockUploader, blockFilesOf } from "../../compactor/block_upload.ts";
import { Compactor } from "../../compactor/compactor.ts";
import { compactorBlock } from "../../compactor/config.ts";
import {
  BlocksStoreQueryable,
  SingleStoreGatewaySelector,
} from "../../querier/blocks_store_queryable.ts";
import type { Bucket } from "../../storage/bucket/bucket.ts";
import { labelsToString } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import { ValNone } from "../../model/series.ts";
import { BucketIndexLoader } from "../../storage/tsdb/bucketindex.ts";
import { fsBucket, tempDir } from "../../tsdb/testing/blocks.ts";
import { defaultBucketStoreConfig } from "../../storegateway/bucketstore_config.ts";
import { StoreGateway } from "../../storegateway/storegateway.ts";
import { parseMeta } from "../../model/block_meta.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { nopLogger } from "../../util/log.ts";
import { resolveTenantID } from "../../util/tenant.ts";
import { Engine } from "../../promql/engine.ts";
import { registerBlockUploadApi } from "./plugin.ts";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

const hasPromtool = spawnSync("promtool", ["--version"]).status === 0;
const hasPrometheus = spawnSync("prometheus", ["--version"]).status === 0;

describe("block upload API", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  let app: FastifyInstance;
  let uploader: BlockUploader;
  let overrides: Overrides;
  /** Set by the promtool test for the PromQL comparison. */
  let imported: { outDir: string; queryable: BlocksStoreQueryable; t0: number } | undefined;
  const stopAfter: (() => Promise<void>)[] = [];
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    const defaults = { ...defaultsOf(limitsBlock), compactor_block_upload_enabled: true };
    overrides = new Overrides(defaults);
    overrides.setTenantLimits(
      new Map([["disabled", { ...defaults, compactor_block_upload_enabled: false }]]),
    );
    uploader = new BlockUploader({
      logger: nopLogger(),
      registry: new Registry(),
      bucket: bkt,
      overrides,
      dataDir: `${dir}/data`,
      maxValidationConcurrency: 1,
    });
    app = Fastify();
    registerBlockUploadApi(app, {
      uploader,
      tenantOf: (req) =>
        resolveTenantID(req.headers["x-scope-orgid"], {
          multitenancyEnabled: true,
          noAuthTenant: "anonymous",
        }),
    });
    await app.ready();
  });
  after(async () => {
    for (const f of stopAfter) await f();
    await app.close();
    await cleanup();
  });

  const post = (
    tenant: string,
    url: string,
    payload?: Buffer | string,
    ct = "application/octet-stream",
  ) =>
    app.inject({
      method: "POST",
      url,
      headers: { "x-scope-orgid": tenant, "content-type": ct },
      payload,
    });

  async function uploadBlockDir(tenant: string, blockDir: string): Promise<string> {
    const meta = parseMeta(await readFile(join(blockDir, "meta.json"), "utf8"));
    const body = {
      ...meta,
      thanos: {
        labels: {},
        downsample: { resolution: 0 },
        source: "promtool",
        files: await blockFilesOf(blockDir),
      },
    };
    const base = `/api/v1/upload/block/${meta.ulid}`;
    let res = await post(tenant, `${base}/start`, JSON.stringify(body), "application/json");
    assert.equal(res.statusCode, 200, res.body);
    for (const f of body.thanos.files) {
      if (f.rel_path === "meta.json") continue;
      res = await post(
        tenant,
        `${base}/files?path=${encodeURIComponent(f.rel_path)}`,
        await readFile(join(blockDir, ...f.rel_path.split("/"))),
      );
      assert.equal(res.statusCode, 200, res.body);
    }
    res = await post(tenant, `${base}/finish`);
    assert.equal(res.statusCode, 200, res.body);
    await Promise.all([...uploader.pending]);
    res = await app.inject({
      method: "GET",
      url: `${base}/check`,
      headers: { "x-scope-orgid": tenant },
    });
    assert.deepEqual(JSON.parse(res.body), { result: "complete" });
    return meta.ulid;
  }

  it("rejects what Mimir rejects", async () => {
    const id = "01HZZZZZZZZZZZZZZZZZZZZZZZ";
    let res = await post("disabled", `/api/v1/upload/block/${id}/start`, "{}", "application/json");
    assert.equal(res.statusCode, 400);
    assert.equal(res.body.trim(), "block upload is disabled");
    res = await post("t", "/api/v1/upload/block/nope/start", "{}", "application/json");
    assert.equal(res.body.trim(), "invalid block ID");
    res = await post("t", `/api/v1/upload/block/${id}/start`, "{not json", "application/json");
    assert.deepEqual([res.statusCode, res.body.trim()], [400, "malformed request body"]);
    res = await post(
      "t",
      `/api/v1/upload/block/${id}/start`,
      JSON.stringify({ version: 1, minTime: 0, maxTime: 10, thanos: { labels: { cluster: "x" } } }),
      "application/json",
    );
    assert.deepEqual(
      [res.statusCode, res.body.trim()],
      [400, "unsupported external label: cluster"],
    );
    res = await post("t", `/api/v1/upload/block/${id}/files?path=index`, Buffer.from("x"));
    assert.deepEqual([res.statusCode, res.body.trim()], [404, "block upload not started"]);
    res = await post("t", `/api/v1/upload/block/${id}/files?path=../x`, Buffer.from("x"));
    assert.deepEqual([res.statusCode, res.body.trim()], [400, 'invalid path: "../x"']);
    res = await app.inject({
      method: "GET",
      url: `/api/v1/upload/block/${id}/check`,
      headers: { "x-scope-orgid": "t" },
    });
    assert.deepEqual([res.statusCode, res.body.trim()], [404, "block doesn't exist"]);
    res = await post(
      "t",
      `/api/v1/upload/block/${id}/start`,
      JSON.stringify({
        version: 1,
        minTime: 0,
        maxTime: 10,
        thanos: { labels: {}, files: [{ rel_path: "index", size_bytes: 3 }] },
      }),
      "application/json",
    );
    assert.equal(res.statusCode, 200, res.body);
    res = await post(
      "t",
      `/api/v1/upload/block/${id}/files?path=chunks/000001`,
      Buffer.from("abc"),
    );
    assert.deepEqual([res.statusCode, res.body.trim()], [400, "unexpected file"]);
    res = await post("t", `/api/v1/upload/block/${id}/files?path=index`, Buffer.from("abcd"));
    assert.deepEqual([res.statusCode, res.body.trim()], [400, "file size doesn't match meta.json"]);
    res = await post("t", `/api/v1/upload/block/${id}/files?path=index`, Buffer.from("abc"));
    assert.equal(res.statusCode, 200);
    res = await post("t", `/api/v1/upload/block/${id}/finish`);
    assert.equal(res.statusCode, 200);
    await Promise.all([...uploader.pending]);
    res = await app.inject({
      method: "GET",
      url: `/api/v1/upload/block/${id}/check`,
      headers: { "x-scope-orgid": "t" },
    });
    const st = JSON.parse(res.body);
    assert.equal(st.result, "failed");
    assert.match(st.error, /error validating block/);
    assert.equal(await bkt.exists(`t/${id}/meta.json`), false);
  });

  it("imports blocks written by promtool and queries them as Prometheus reads them", {
    skip: hasPromtool ? false : "promtool not installed (apt-get install prometheus)",
  }, async () => {
    const work = join(dir, "promtool");
    await mkdir(work, { recursive: true });
    // 5h of data: counters, a gauge with fractional values, a series with a gap, sub-second timestamps.
    const lines: string[] = [
      "# HELP http_requests_total Requests.",
      "# TYPE http_requests_total counter",
    ];
    const t0 = 1_600_000_000;
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const code of ["200", "500"]) {
      let v = 0;
      for (let t = t0; t < t0 + 5 * 3600; t += 15) {
        v += Math.floor(rnd() * 10);
        lines.push(`http_requests_total{code="${code}",method="get"} ${v} ${t}`);
      }
    }
    lines.push("# TYPE temperature gauge");
    for (let t = t0; t < t0 + 5 * 3600; t += 30) {
      if (t > t0 + 3600 && t < t0 + 7200) continue;
      lines.push(`temperature{room="a b"} ${(20 + rnd() * 5).toFixed(3)} ${t}.250`);
    }
    lines.push("# EOF");
    await writeFile(join(work, "in.txt"), lines.join("\n") + "\n");
    execFileSync(
      "promtool",
      ["tsdb", "create-blocks-from", "openmetrics", join(work, "in.txt"), join(work, "out")],
      { stdio: "pipe" },
    );
    const blockDirs = (await readdir(join(work, "out")))
      .filter((n) => /^[0-9A-Z]{26}$/.test(n))
      .sort();
    assert.ok(blockDirs.length >= 3, `promtool wrote ${blockDirs.length} blocks`);
    // What Prometheus reads from those blocks.
    await mkdir(join(work, "out", "wal"), { recursive: true });
    const dump = execFileSync("promtool", ["tsdb", "dump", join(work, "out")], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const want = new Map<string, [number, number][]>();
    for (const line of dump.split("\n")) {
      const m = /^(\{.*\}) (\S+) (\d+)$/.exec(line);
      if (!m) continue;
      const list = want.get(m[1]) ?? [];
      list.push([Number(m[3]), Number(m[2])]);
      want.set(m[1], list);
    }
    assert.equal(want.size, 3);

    for (const b of blockDirs) await uploadBlockDir("imported", join(work, "out", b));
    // The compactor's cleaner writes the bucket index; the store-gateway and querier read it.
    const limits = new Overrides(defaultsOf(limitsBlock));
    const compactor = new Compactor(
      { ...defaultsOf(compactorBlock), data_dir: join(dir, "compactor") },
      { logger: nopLogger(), registry: new Registry(), bucket: bkt, overrides: limits },
    );
    const idx = await compactor.cleanTenant("imported");
    assert.equal(idx?.blocks.length, blockDirs.length);
    assert.ok(idx?.blocks.every((b) => b.source === "upload"));
    const sg = new StoreGateway(
      { bucket_store: { ...defaultBucketStoreConfig(join(dir, "sync")), ignore_blocks_within: 0 } },
      { logger: nopLogger(), registry: new Registry(), bucket: bkt },
    );
    await sg.startAsync();
    stopAfter.push(() => sg.stopAsync());
    {
      const q = new BlocksStoreQueryable(
        { queryStoreAfter: 0, maxStalePeriod: 3_600_000, ignoreDeletionMarksDelay: 3_600_000 },
        {
          loader: new BucketIndexLoader(bkt),
          stores: new SingleStoreGatewaySelector(sg),
          registry: new Registry(),
          logger: nopLogger(),
        },
      );
      const querier = await q.querier("imported", 0, Date.now());
      const series = await querier.select(true, undefined, [newMatcher("=~", "__name__", ".+")]);
      const got = new Map<string, [number, number][]>();
      for (const s of series) {
        const it = s.iterator();
        const samples: [number, number][] = [];
        while (it.next() !== ValNone) samples.push([it.atT(), it.atF()]);
        got.set(labelsToString(s.labels), samples);
      }
      assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
      for (const [k, samples] of want) assert.deepEqual(got.get(k), samples, k);
      // A range in the middle, through the querier's clipping.
      const mid = await (
        await q.querier("imported", (t0 + 3600) * 1000, (t0 + 3 * 3600) * 1000)
      ).select(true, undefined, [newMatcher("=", "code", "200")]);
      const it = mid[0].iterator();
      let n = 0;
      while (it.next() !== ValNone) n++;
      assert.equal(
        n,
        want
          .get('{__name__="http_requests_total", code="200", method="get"}')!
          .filter(([t]) => t >= (t0 + 3600) * 1000 && t <= (t0 + 3 * 3600) * 1000).length,
      );
      imported = { outDir: join(work, "out"), queryable: q, t0 };
    }
    // Uploading the same block again is refused.
    const again = await post(
      "imported",
      `/api/v1/upload/block/${blockDirs[0]}/start`,
      "{}",
      "application/json",
    );
    assert.deepEqual([again.statusCode, again.body.trim()], [409, "block already exists"]);
  });

  it("answers PromQL over the imported blocks as Prometheus does over the same blocks", {
    skip: hasPromtool && hasPrometheus ? false : "promtool/prometheus not installed",
  }, async () => {
    assert.ok(imported, "the promtool import test must run first");
    const { outDir, queryable, t0 } = imported;
    // Prometheus serving the very blocks promtool wrote (a copy: Prometheus may compact them).
    const promDir = join(dir, "prometheus");
    await mkdir(join(promDir, "data"), { recursive: true });
    for (const b of (await readdir(outDir)).filter((n) => /^[0-9A-Z]{26}$/.test(n)))
      await cp(join(outDir, b), join(promDir, "data", b), { recursive: true });
    await writeFile(
      join(promDir, "prometheus.yml"),
      "global:\n  scrape_interval: 1h\nscrape_configs: []\n",
    );
    const port = await freePort();
    const proc = spawn(
      "prometheus",
      [
        `--config.file=${join(promDir, "prometheus.yml")}`,
        `--storage.tsdb.path=${join(promDir, "data")}`,
        "--storage.tsdb.retention.time=100y",
        `--web.listen-address=127.0.0.1:${port}`,
        "--log.level=error",
      ],
      { stdio: "ignore" },
    );
    stopAfter.push(async () => {
      proc.kill("SIGTERM");
      await new Promise((r) => proc.once("exit", r));
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/-/ready`)).status === 200) break;
      } catch {
        // not listening yet
      }
      assert.ok(i < 300, "prometheus did not become ready");
      await new Promise((r) => setTimeout(r, 100));
    }
    const engine = new Engine({
      lookbackDelta: 300_000,
      maxSamples: 50_000_000,
      timeout: 0,
      defaultSubqueryStep: 60_000,
    });
    const start = t0 * 1000;
    const end = (t0 + 5 * 3600) * 1000;
    const step = 120_000;
    // Expressions whose results depend only on the data read (rate extrapolation and range
    // boundary semantics are the engine's business, compared in e2e/promql-compare).
    for (const expr of [
      "http_requests_total",
      "sum by (code) (http_requests_total)",
      "temperature",
      "avg_over_time(temperature[15m])",
      "count_over_time(temperature[10m])",
      "max_over_time(temperature[7m]) - min_over_time(temperature[7m])",
    ]) {
      const params = new URLSearchParams({
        query: expr,
        start: String(start / 1000),
        end: String(end / 1000),
        step: String(step / 1000),
      });
      const prom = (await (await fetch(`${base}/api/v1/query_range?${params}`)).json()) as {
        data: { result: { metric: Record<string, string>; values: [number, string][] }[] };
      };
      const want = new Map(
        prom.data.result.map((r) => [
          JSON.stringify(Object.entries(r.metric).sort()),
          r.values.map(([t, v]) => [t * 1000, Number(v)]),
        ]),
      );
      const res = await engine.rangeQuery(queryable, "imported", expr, start, end, step);
      assert.equal(res.value.type, "matrix");
      const got = new Map(
        (res.value.type === "matrix" ? res.value.series : []).map((s) => [
          JSON.stringify(s.metric.map((l) => [l.name, l.value]).sort()),
          s.floats.map((p) => [p.t, p.f]),
        ]),
      );
      assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort(), expr);
      assert.ok(want.size > 0, expr);
      for (const [k, pts] of want) {
        const mine = got.get(k)!;
        assert.equal(mine.length, pts.length, `${expr} ${k}`);
        for (let i = 0; i < pts.length; i++) {
          assert.equal(mine[i][0], pts[i][0], `${expr} ${k} t`);
          assert.ok(
            Math.abs(mine[i][1] - pts[i][1]) <= 1e-9 * Math.max(1, Math.abs(pts[i][1])),
            `${expr} ${k} at ${pts[i][0]}: ${mine[i][1]} != ${pts[i][1]}`,
          );
        }
      }
    }
  });
});
