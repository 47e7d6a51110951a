/**
 * Blocks end to end: more than 3h of samples (past timestamps, in time order) go into the
 * ingester, POST /ingester/flush?wait=true cuts and ships the blocks; promtool (Debian's
 * prometheus package) reads the shipped blocks and reports exactly what was pushed; after a
 * restart, queries over a range spanning head and blocks answer the same; once the ingester's
 * local blocks are gone, a query reaching only blocks is answered from the bucket.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "./bench/remotewrite.ts";
import { type MimirProcess, startMimir, tempDir, waitFor, waitReady } from "./harness.ts";

const TENANT = "e2e-blocks";
const HEADERS = { "X-Scope-OrgID": TENANT };
const STEP = 15_000;
const SERIES = 5;
const H = 3_600_000;

function hasPromtool(): boolean {
  try {
    execFileSync("promtool", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const skip = !hasPromtool() ? "promtool is not installed (apt-get install -y prometheus)" : false;

const ARGS = [
  "-blocks-storage.tsdb.dir=./data/tsdb",
  "-blocks-storage.filesystem.dir=./data/blocks",
  "-blocks-storage.bucket-store.sync-dir=./data/tsdb-sync",
  "-blocks-storage.bucket-store.ignore-blocks-within=0s",
  "-blocks-storage.bucket-store.sync-interval=1s",
  "-compactor.cleanup-interval=1s",
  "-compactor.data-dir=./data/compactor",
  "-querier.query-store-after=0s",
];

function value(i: number, t: number): number {
  return i * 1_000_000 + ((t / STEP) % 100_000);
}

async function push(m: MimirProcess, from: number, to: number): Promise<number> {
  let n = 0;
  for (let t0 = from; t0 < to; t0 += 30 * 60_000) {
    const series = [];
    for (let i = 0; i < SERIES; i++) {
      const samples: [number, number][] = [];
      for (let t = t0; t < Math.min(t0 + 30 * 60_000, to); t += STEP)
        samples.push([t, value(i, t)]);
      series.push({
        labels: [
          ["__name__", "e2e_blocks"],
          ["i", String(i)],
        ] as [string, string][],
        samples,
      });
      n += samples.length;
    }
    const res = await fetch(`${m.url}/api/v1/push`, {
      method: "POST",
      headers: { ...REMOTE_WRITE_HEADERS, ...HEADERS },
      body: buildRemoteWriteBody(series),
    });
    assert.equal(res.status, 200, await res.text());
  }
  return n;
}

/**
 * A range query. Retries while the store-gateway has not loaded blocks the bucket index already
 * lists (422 err-mimir-store-consistency-check-failed: it syncs every second here).
 */
async function queryRange(m: MimirProcess, start: number, end: number): Promise<unknown> {
  const qs = new URLSearchParams({
    query: "e2e_blocks",
    start: String(start / 1000),
    end: String(end / 1000),
    step: String(STEP / 1000),
  });
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${m.url}/prometheus/api/v1/query_range?${qs}`, { headers: HEADERS });
    const body = (await res.json()) as {
      status: string;
      error?: string;
      data: { result: unknown };
    };
    if (
      res.status === 422 &&
      attempt < 50 &&
      body.error?.includes("store-consistency-check-failed")
    ) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    assert.equal(res.status, 200, JSON.stringify(body));
    return body.data.result;
  }
}

/** Block IDs listed in the tenant's bucket index (written by the compactor). */
function indexedBlocks(cwd: string): string[] {
  try {
    const idx = JSON.parse(
      gunzipSync(readFileSync(join(cwd, "data/blocks", TENANT, "bucket-index.json.gz"))).toString(
        "utf8",
      ),
    ) as { blocks: { block_id: string }[] };
    return idx.blocks.map((b) => b.block_id).sort();
  } catch {
    return [];
  }
}

function shippedBlocks(cwd: string): string[] {
  const dir = join(cwd, "data/blocks", TENANT);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(n) && existsSync(join(dir, n, "meta.json")))
    .sort();
}

describe("blocks: head compaction, shipping, promtool, restart", { skip }, () => {
  const cwd = tempDir("mimir-ts-e2e-blocks-");
  let m: MimirProcess | undefined;
  after(async () => {
    await m?.stop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it("ships blocks promtool reads, keeps query results across a restart and after local blocks are gone", {
    timeout: 180_000,
  }, async () => {
    m = await startMimir(ARGS, { cwd });
    await waitReady(m, 30_000);
    const now = Date.now();
    const start = Math.floor((now - 4 * H) / STEP) * STEP;
    const cut = start + 3.5 * H;
    const end = start + 4 * H;
    const pushedBeforeFlush = await push(m, start, cut);
    assert.equal(pushedBeforeFlush, (SERIES * (3.5 * H)) / STEP);

    const flush = await fetch(`${m.url}/ingester/flush?wait=true`, { method: "POST" });
    assert.equal(flush.status, 204);
    const blocks = shippedBlocks(cwd);
    assert.ok(blocks.length >= 2, `3.5h of data spans at least two 2h ranges: ${blocks.join(",")}`);

    // promtool reads a copy (dump needs a wal dir and writes chunks_head into the DB dir).
    const db = tempDir("mimir-ts-e2e-promtool-");
    try {
      for (const b of blocks)
        cpSync(join(cwd, "data/blocks", TENANT, b), join(db, b), { recursive: true });
      mkdirSync(join(db, "wal"));
      for (const b of blocks) {
        const out = execFileSync("promtool", ["tsdb", "analyze", db, b], { encoding: "utf8" });
        assert.match(out, new RegExp(`Block ID: ${b}`));
        assert.match(out, new RegExp(`Series: ${SERIES}\\n`));
      }
      const dump = execFileSync("promtool", ["tsdb", "dump", db], {
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      const lines = dump.split("\n").filter((l) => l !== "");
      assert.equal(lines.length, pushedBeforeFlush, "every pushed sample, once");
      const perSeries = new Map<string, number>();
      for (const l of lines) {
        const mm = /^\{__name__="e2e_blocks", i="(\d)"\} (\S+) (\d+)$/.exec(l);
        assert.ok(mm, l);
        const i = Number(mm[1]);
        const t = Number(mm[3]);
        assert.ok(t >= start && t < cut, l);
        assert.equal(Number(mm[2]), value(i, t), l);
        perSeries.set(mm[1], (perSeries.get(mm[1]) ?? 0) + 1);
      }
      assert.deepEqual([...perSeries.values()], Array(SERIES).fill((3.5 * H) / STEP));
    } finally {
      rmSync(db, { recursive: true, force: true });
    }

    // The last 30 minutes stay in the head.
    await push(m, cut, end);
    const spanning = await queryRange(m, start, end - STEP);
    const blocksOnly = await queryRange(m, start, cut - STEP);
    assert.equal((spanning as { values: unknown[] }[]).length, SERIES);
    assert.equal((spanning as { values: unknown[] }[])[0].values.length, (4 * H) / STEP);
    assert.equal((blocksOnly as { values: unknown[] }[]).length, SERIES);
    assert.equal((blocksOnly as { values: unknown[] }[])[0].values.length, (3.5 * H) / STEP);

    // Let the compactor index the shipped blocks before the restart.
    await waitFor(
      "the bucket index lists the shipped blocks",
      async () => (blocks.every((b) => indexedBlocks(cwd).includes(b)) ? true : undefined),
      30_000,
      200,
    );
    await m.stop();
    m = await startMimir(ARGS, { cwd });
    await waitReady(m, 30_000);
    assert.deepEqual(
      await queryRange(m, start, end - STEP),
      spanning,
      "same answer after the restart",
    );

    // Without the ingester's local copies, data older than the head comes from the bucket.
    await m.stop();
    const tdir = join(cwd, "data/tsdb", TENANT);
    const local = readdirSync(tdir).filter((n) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(n));
    assert.ok(local.length >= 2);
    for (const b of local) rmSync(join(tdir, b), { recursive: true, force: true });
    m = await startMimir(ARGS, { cwd });
    await waitReady(m, 30_000);
    const mp = m;
    await waitFor(
      "blocks answered from the store",
      async () => {
        const r = await queryRange(mp, start, cut - STEP);
        return JSON.stringify(r) === JSON.stringify(blocksOnly) ? true : undefined;
      },
      30_000,
      500,
    );
    assert.deepEqual(await queryRange(m, start, end - STEP), spanning, "head + store");
  });
});
