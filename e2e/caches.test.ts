/**
 * The blocks-storage caches in the binary: mimir-ts (-target=all) with the index, chunks and
 * metadata caches on a real memcached serves the same range query twice over a block in the
 * filesystem bucket; the second time the caches are hit and the answer is the same.
 *
 * Skipped when memcached is not installed, and while the binary does not expose the caches'
 * metrics (the app must build them with storegateway/caches.ts).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  type MemcachedServer,
  SKIP_NO_MEMCACHED,
  startMemcached,
} from "../components/cache/testing/memcached_server.ts";
import { updateBucketIndex, writeBucketIndex } from "../components/storage/tsdb/bucketindex.ts";
import {
  fsBucket,
  makeAndUploadBlock,
  type TestSeries,
} from "../components/tsdb/testing/blocks.ts";
import { type MimirProcess, startMimir, tempDir, waitReady } from "./harness.ts";

const TENANT = "e2e";
const HEADERS = { "X-Scope-OrgID": TENANT };
const STEP = 15_000;
/** 2h block ending 30h ago: older than -querier.query-store-after (12h), so served by the store-gateway. */
const BLOCK_END = Math.floor((Date.now() - 30 * 3_600_000) / 3_600_000) * 3_600_000;
const BLOCK_START = BLOCK_END - 2 * 3_600_000;

/** Sum of the samples of a metric in Prometheus text format whose labels include `labels`. */
export function metricSum(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = new Map<string, string>();
    for (const l of (m[3] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      have.set(l[1], l[2]);
    if (Object.entries(labels).every(([k, v]) => have.get(k) === v)) sum += Number(m[4]);
  }
  return sum;
}

function dataset(): TestSeries[] {
  const out: TestSeries[] = [];
  for (let i = 0; i < 20; i++) {
    const samples: [number, number][] = [];
    let v = i * 100;
    for (let t = BLOCK_START; t < BLOCK_END; t += STEP) {
      v += 1 + (i % 5);
      samples.push([t, v]);
    }
    out.push({
      labels: {
        __name__: "node_network_receive_bytes_total",
        instance: `host-${i}:9100`,
        job: "node",
        device: "eth0",
      },
      samples,
    });
  }
  return out;
}

describe("blocks-storage caches on memcached (binary)", { skip: SKIP_NO_MEMCACHED }, () => {
  let mc: MemcachedServer;
  let m: MimirProcess;
  let dir: string;

  before(async () => {
    mc = await startMemcached();
    dir = tempDir("mimir-ts-e2e-caches-");
    const bkt = fsBucket(join(dir, "blocks"));
    await makeAndUploadBlock(bkt, TENANT, join(dir, "scratch"), dataset());
    await writeBucketIndex(
      bkt,
      TENANT,
      (await updateBucketIndex(bkt, TENANT, undefined, Date.now())).index,
    );
    const caches = ["index-cache", "chunks-cache", "metadata-cache"].flatMap((c) => [
      `-blocks-storage.bucket-store.${c}.backend=memcached`,
      `-blocks-storage.bucket-store.${c}.memcached.addresses=${mc.address}`,
    ]);
    m = await startMimir(
      [
        "-target=all",
        `-blocks-storage.filesystem.dir=${join(dir, "blocks")}`,
        `-blocks-storage.bucket-store.sync-dir=${join(dir, "tsdb-sync")}`,
        "-blocks-storage.bucket-store.ignore-blocks-within=0",
        ...caches,
      ],
      { cwd: dir },
    );
    await waitReady(m, 30_000);
  });
  after(async () => {
    await m?.stop();
    await mc?.stop();
  });

  const metrics = async () => (await fetch(`${m.url}/metrics`)).text();

  /** Waits until every memcached set the process started has finished. */
  async function setsSettled(): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const t = await metrics();
      const started = metricSum(t, "thanos_memcached_operations_total", { operation: "set" });
      const done =
        metricSum(t, "thanos_memcached_operation_duration_seconds_count", { operation: "set" }) +
        metricSum(t, "thanos_memcached_operation_failures_total", { operation: "set" });
      if (started === done) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("memcached sets did not settle");
  }

  async function rangeQuery(query: string): Promise<unknown> {
    const params = new URLSearchParams({
      query,
      start: String(BLOCK_START / 1000),
      end: String((BLOCK_END - STEP) / 1000),
      step: "60",
    });
    const res = await fetch(`${m.url}/prometheus/api/v1/query_range?${params}`, {
      headers: HEADERS,
    });
    const body = (await res.json()) as { status: string; data: { result: unknown[] } };
    assert.equal(res.status, 200, JSON.stringify(body));
    return body.data.result;
  }

  it("the second identical query is served from the caches with the same result", async () => {
    assert.ok(
      (await metrics()).includes('thanos_cache_requests_total{name="chunks-cache"'),
      "the binary exposes the chunks cache metrics",
    );
    const query = 'rate(node_network_receive_bytes_total{instance=~"host-1.*"}[5m])';
    const first = await rangeQuery(query);
    assert.equal((first as unknown[]).length, 11, "host-1 and host-10..19");
    await setsSettled();
    const before = await metrics();
    const second = await rangeQuery(query);
    const afterText = await metrics();
    assert.deepEqual(second, first);
    const delta = (name: string, labels: Record<string, string>) =>
      metricSum(afterText, name, labels) - metricSum(before, name, labels);
    assert.ok(
      delta("thanos_store_index_cache_hits_total", { item_type: "ExpandedPostings" }) >= 1,
      "index cache hit",
    );
    assert.ok(
      delta("thanos_store_bucket_cache_operation_hits_total", {
        component: "store-gateway",
        config: "chunks",
      }) >= 1,
      "chunks subrange hit",
    );
    assert.ok(
      delta("thanos_cache_hits_total", { name: "chunks-cache", backend: "memcached" }) >= 1,
      "chunks-cache memcached hit",
    );
    assert.ok(
      metricSum(afterText, "thanos_cache_hits_total", {
        name: "metadata-cache",
        backend: "memcached",
      }) >= 1,
      "metadata-cache memcached hit",
    );
  });
});
