/**
 * Blocks with native histograms round-trip between mimir-ts and Prometheus 2.42 both ways:
 * - Prometheus (--enable-feature=native-histograms) ingests 4h of histograms over remote write
 *   and compacts the first 2h into a block; our BlockReader reads every histogram back.
 * - Our head compacts the same histograms into a block; `promtool tsdb dump` reads it (2.42's
 *   dump prints float samples only, so the block also holds a float series), and a Prometheus
 *   started on a data directory holding only our block returns the histograms through its API.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { compressSync } from "snappy";
import { writeRequestV1 } from "../components/proto/histogram_testutil.ts";
import { Histogram } from "../components/model/histogram.ts";
import { labelsFromObject } from "../components/model/labels.ts";
import { ValHistogram, ValNone } from "../components/model/series.ts";
import { BlockReader } from "../components/tsdb/block/reader.ts";
import { writeCompactedBlocks } from "../components/tsdb/compact.ts";
import { Head } from "../components/tsdb/head.ts";
import { hasPrometheus } from "./bench/targets.ts";
import {
  freePort,
  type RunningProcess,
  startProcess,
  tempDir,
  waitFor,
  waitReady,
} from "./harness.ts";

const skip = hasPrometheus()
  ? false
  : "prometheus is not installed (apt-get install -y prometheus)";

const STEP = 60_000;
const HOURS = 4;
const N = (HOURS * 3_600_000) / STEP;
// Two-hour aligned, well in the past.
const T0 = Math.floor(Date.now() / 7_200_000) * 7_200_000 - 8 * 3_600_000;

/** Histogram i: a counter growing by i in three buckets, with a counter reset at 150. */
function sample(i: number): Histogram {
  const j = i < 150 ? i : i - 150;
  const h = new Histogram();
  h.schema = 2;
  h.zeroThreshold = 2 ** -128;
  h.zeroCount = j;
  h.positiveSpans = Int32Array.of(-1, 2, 3, 1);
  h.positiveBuckets = Float64Array.of(j + 1, j, 0 - j);
  h.count = h.zeroCount + (j + 1) + (2 * j + 1) + (j + 1);
  h.sum = j * 2.5;
  return h;
}

async function startPrometheus(dataDir: string): Promise<{ p: RunningProcess; url: string }> {
  const port = await freePort();
  const p = startProcess("prometheus", [
    "--config.file=/dev/null",
    `--storage.tsdb.path=${dataDir}`,
    `--web.listen-address=127.0.0.1:${port}`,
    "--web.enable-remote-write-receiver",
    "--enable-feature=native-histograms",
    "--storage.tsdb.retention.time=100y",
    "--log.level=warn",
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitReady({ url, output: p.output, proc: p.proc }, 30_000, "/-/ready");
  return { p, url };
}

async function stop(p: RunningProcess | undefined): Promise<void> {
  if (p === undefined || p.proc.exitCode !== null) return;
  p.proc.kill("SIGTERM");
  await p.exited;
}

function blockDirs(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir).filter(
    (d) => /^[0-9A-Z]{26}$/.test(d) && existsSync(join(dataDir, d, "meta.json")),
  );
}

describe("native histogram blocks: Prometheus 2.42 and mimir-ts read each other's", {
  skip,
}, () => {
  const dir = tempDir("mimir-ts-hblocks-");
  let prom: RunningProcess | undefined;
  after(async () => {
    await stop(prom);
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the block Prometheus compacted", async () => {
    const data = join(dir, "prom");
    const { p, url } = await startPrometheus(data);
    prom = p;
    for (let start = 0; start < N; start += 60) {
      const hs = [];
      for (let i = start; i < Math.min(N, start + 60); i++)
        hs.push({ h: sample(i), t: T0 + i * STEP });
      const res = await fetch(`${url}/api/v1/write`, {
        method: "POST",
        headers: { "Content-Type": "application/x-protobuf", "Content-Encoding": "snappy" },
        body: compressSync(
          Buffer.from(
            writeRequestV1([{ labels: { __name__: "hist_test", job: "e2e" }, histograms: hs }]),
          ),
        ),
      });
      assert.equal(res.status, 204, `${res.status} ${await res.text()}`);
    }
    const [ulid] = await waitFor(
      "Prometheus to compact a block",
      async () => {
        const d = blockDirs(data);
        return d.length > 0 ? d : undefined;
      },
      120_000,
      500,
    );
    await stop(prom);
    prom = undefined;
    const r = await BlockReader.open(join(data, ulid));
    try {
      const [s] = await r
        .querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
        .select(true, undefined, []);
      const it = s.iterator();
      let i = 0;
      for (let vt = it.next(); vt !== ValNone; vt = it.next(), i++) {
        assert.equal(vt, ValHistogram);
        assert.equal(it.atT(), T0 + i * STEP);
        const want = sample(i);
        const got = it.atH();
        assert.equal(got.count, want.count, `count of sample ${i}`);
        assert.equal(got.sum, want.sum, `sum of sample ${i}`);
        assert.deepEqual([...got.positiveSpans], [...want.positiveSpans]);
        assert.deepEqual([...got.positiveBuckets], [...want.positiveBuckets]);
      }
      assert.equal(i, 120, "the first two hours (one sample a minute)");
    } finally {
      await r.close();
    }
  });

  it("writes a block promtool dumps and Prometheus serves", async () => {
    const head = new Head({ chunkArena: false });
    const h = head.getOrCreate(labelsFromObject({ __name__: "hist_test", job: "e2e" }));
    const f = head.getOrCreate(labelsFromObject({ __name__: "float_test", job: "e2e" }));
    for (let i = 0; i < 120; i++) {
      head.appendHistogram(h, T0 + i * STEP, sample(i), null, 0);
      head.append(f, T0 + i * STEP, i, 0);
    }
    const data = join(dir, "ours");
    mkdirSync(data, { recursive: true });
    const res = await writeCompactedBlocks([head.rangeHead(T0, T0 + 7_200_000 - 1)], data, {
      blockOptions: () => ({ minTime: T0, maxTime: T0 + 7_200_000, fsync: false }),
    });
    assert.equal(res.samplesOut, 240);
    // promtool opens the directory as a TSDB, which needs a (here empty) WAL.
    mkdirSync(join(data, "wal"));
    const dump = execFileSync("promtool", ["tsdb", "dump", data], { encoding: "utf8" });
    const floatLines = dump.split("\n").filter((l) => l.startsWith('{__name__="float_test"'));
    assert.equal(floatLines.length, 120, dump.slice(0, 500));
    const { p, url } = await startPrometheus(data);
    prom = p;
    const q = await fetch(
      `${url}/api/v1/query?${new URLSearchParams({ query: "hist_test[2h]", time: String((T0 + 7_199_000) / 1000) })}`,
    );
    const body = (await q.json()) as {
      data: { result: { histograms?: [number, { count: string; sum: string }][] }[] };
    };
    const got = body.data.result[0]?.histograms ?? [];
    assert.equal(got.length, 120, JSON.stringify(body).slice(0, 300));
    for (let i = 0; i < 120; i++) {
      assert.equal(got[i][0] * 1000, T0 + i * STEP);
      assert.equal(Number(got[i][1].count), sample(i).count);
      assert.equal(Number(got[i][1].sum), sample(i).sum);
    }
  });
});
