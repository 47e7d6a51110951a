/**
 * Native histograms end to end: a real Prometheus 2.42 (--enable-feature=native-histograms)
 * scrapes a target this test serves in the protobuf exposition format (nhexposition.ts), stores
 * the native histograms and remote-writes them to mimir-ts (send_native_histograms). Both query
 * APIs must then give the same histogram_quantile, rate, histogram_count and histogram_sum
 * results over the same samples.
 *
 * The observations are spread evenly over four buckets, so the quantiles asked for fall on
 * bucket boundaries, where every interpolation rule agrees (Prometheus 3, which mimir-ts
 * follows, interpolates exponential buckets differently from 2.42 inside a bucket, and walks
 * the buckets from the top for q >= 0.5, so the median, which sits next to an empty bucket,
 * is not asked for). Evaluation
 * times sit half a scrape interval off the samples, so no sample is on a range boundary
 * (2.42's ranges are left-closed, Prometheus 3's left-open).
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Histogram } from "../components/model/histogram.ts";
import { hasPrometheus } from "./bench/targets.ts";
import {
  freePort,
  type MimirProcess,
  type RunningProcess,
  startMimir,
  startProcess,
  tempDir,
  waitFor,
  waitReady,
} from "./harness.ts";
import { nativeHistogramFamily, PROTOBUF_EXPOSITION_CONTENT_TYPE } from "./nhexposition.ts";

const skip = hasPrometheus()
  ? false
  : "prometheus is not installed (apt-get install -y prometheus)";

const SCRAPE_MS = 1000;

/** The histogram exposed at the k-th scrape: 4k observations, k in each of buckets 1, 2, 4 and 5. */
function exposed(k: number): Histogram {
  const h = new Histogram();
  h.schema = 0;
  h.zeroThreshold = 1e-3;
  h.zeroCount = 0;
  // Bucket index i (schema 0) is (2^(i-1), 2^i]: indexes 1..2 and 4..5 (a gap at 3).
  h.positiveSpans = Int32Array.of(1, 2, 1, 2);
  h.positiveBuckets = Float64Array.of(k, 0, 0, 0);
  h.count = 4 * k;
  h.sum = k * (1.5 + 3 + 12 + 24);
  return h;
}

interface Api {
  status: string;
  data?: {
    resultType: string;
    result: { metric: Record<string, string>; value?: unknown; histogram?: unknown }[];
  };
  error?: string;
}

async function query(base: string, q: string, time: number): Promise<Api> {
  const res = await fetch(
    `${base}/api/v1/query?${new URLSearchParams({ query: q, time: String(time / 1000) })}`,
  );
  return (await res.json()) as Api;
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The sample values (floats, or the count and sum of histograms) of a vector result. */
function values(r: Api): number[][] {
  assert.equal(r.status, "success", JSON.stringify(r));
  return (r.data?.result ?? []).map((s) => {
    if (s.histogram !== undefined) {
      const h = (s.histogram as [number, { count: string; sum: string; buckets?: unknown[] }])[1];
      return [Number(h.count), Number(h.sum), h.buckets?.length ?? 0];
    }
    return [Number((s.value as [number, string])[1])];
  });
}

describe("native histograms: Prometheus scrapes and remote-writes, mimir-ts answers the same", {
  skip,
}, () => {
  let target: Server;
  let scrapes = 0;
  let mimir: MimirProcess;
  let prom: RunningProcess;
  let promUrl = "";
  const dir = tempDir("mimir-ts-nh-");

  before(async () => {
    target = createServer((req, res) => {
      if (req.url !== "/metrics") {
        res.writeHead(404).end();
        return;
      }
      const body = nativeHistogramFamily(
        "rpc_duration_seconds",
        "RPC latency.",
        { service: "e2e" },
        exposed(++scrapes),
      );
      res.writeHead(200, { "Content-Type": PROTOBUF_EXPOSITION_CONTENT_TYPE }).end(body);
    });
    await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
    const targetPort = (target.address() as AddressInfo).port;
    mimir = await startMimir([
      "-auth.multitenancy-enabled=false",
      "-ingester.ring.replication-factor=1",
      "-log.level=warn",
    ]);
    await waitReady(mimir, 30_000);
    const port = await freePort();
    promUrl = `http://127.0.0.1:${port}`;
    const cfg = join(dir, "prometheus.yml");
    writeFileSync(
      cfg,
      [
        "global:",
        `  scrape_interval: ${SCRAPE_MS / 1000}s`,
        "scrape_configs:",
        "  - job_name: nh",
        "    static_configs:",
        `      - targets: ['127.0.0.1:${targetPort}']`,
        "remote_write:",
        `  - url: ${mimir.url}/api/v1/push`,
        "    send_native_histograms: true",
        "    queue_config:",
        "      batch_send_deadline: 1s",
        "",
      ].join("\n"),
    );
    prom = startProcess("prometheus", [
      `--config.file=${cfg}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--enable-feature=native-histograms",
      "--log.level=warn",
    ]);
    await waitReady({ url: promUrl, output: prom.output, proc: prom.proc }, 30_000, "/-/ready");
    await waitFor("25 scrapes", async () => (scrapes >= 25 ? true : undefined), 60_000, 200);
  });

  after(async () => {
    if (prom && prom.proc.exitCode === null) {
      prom.proc.kill("SIGTERM");
      await prom.exited;
    }
    await mimir?.stop();
    target?.close();
  });

  it("histogram_quantile, rate, histogram_count and histogram_sum agree", async () => {
    // The sample timestamps Prometheus stored.
    const raw = await fetch(
      `${promUrl}/api/v1/query?${new URLSearchParams({ query: "rpc_duration_seconds[1h]" })}`,
    );
    const series = (
      (await raw.json()) as { data: { result: { histograms?: [number, unknown][] }[] } }
    ).data.result;
    assert.equal(series.length, 1, "Prometheus stored one series");
    const ts = (series[0].histograms ?? []).map((x) => Math.round(x[0] * 1000));
    assert.ok(ts.length >= 20, `Prometheus has ${ts.length} histogram samples`);
    const at = ts[ts.length - 5] + SCRAPE_MS / 2;
    const queries = [
      "histogram_quantile(0.25, rate(rpc_duration_seconds[10s]))",
      "histogram_quantile(0.75, rate(rpc_duration_seconds[10s]))",
      "histogram_quantile(0.75, rpc_duration_seconds)",
      "histogram_count(rate(rpc_duration_seconds[10s]))",
      "histogram_sum(rate(rpc_duration_seconds[10s]))",
      "histogram_fraction(0, 4, rate(rpc_duration_seconds[10s]))",
      "histogram_count(rpc_duration_seconds)",
      "histogram_sum(increase(rpc_duration_seconds[10s]))",
    ];
    // Remote write is asynchronous: wait until mimir-ts answers like Prometheus.
    const mismatch = async (): Promise<string | undefined> => {
      for (const q of queries) {
        const theirs = values(await query(promUrl, q, at));
        const ours = values(await query(`${mimir.url}/prometheus`, q, at));
        const same =
          ours.length === theirs.length &&
          ours.every(
            (v, i) => v.length === theirs[i].length && v.every((x, j) => close(x, theirs[i][j])),
          );
        if (!same)
          return `${q}: mimir-ts ${JSON.stringify(ours)} Prometheus ${JSON.stringify(theirs)}`;
      }
      return undefined;
    };
    let last: string | undefined = "";
    await waitFor(
      "mimir-ts to agree with Prometheus",
      async () => {
        last = await mismatch();
        return last === undefined ? true : undefined;
      },
      30_000,
      1000,
    ).catch((e) => {
      throw new Error(`${(e as Error).message}: ${last}\n${mimir.output()}`);
    });
    // And the answers are what the exposed data implies.
    const q25 = values(await query(`${mimir.url}/prometheus`, queries[0], at));
    assert.deepEqual(q25, [[2]]);
    const rate = values(
      await query(
        `${mimir.url}/prometheus`,
        "histogram_count(rate(rpc_duration_seconds[10s]))",
        at,
      ),
    );
    // 4 observations per scrape, one scrape a second (scrape times jitter a little).
    assert.ok(Math.abs(rate[0][0] - 4) < 0.1, `about 4 observations per second, got ${rate[0][0]}`);
  });
});
