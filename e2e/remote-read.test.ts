/**
 * Remote read end to end: a real Prometheus (2.42, Debian's) configured with `remote_read`
 * against mimir-ts (`read_recent: true`) returns, through its own query API, the same series
 * and raw samples as mimir-ts's query API. Debian's Prometheus 2.42 does not send the
 * `headers` of a remote_read block (checked: no X-Scope-OrgID arrives), so that mimir-ts runs
 * with -auth.multitenancy-enabled=false; a second, multi-tenant process checks tenant
 * federation and the cardinality and usage APIs.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "./bench/remotewrite.ts";
import { hasPrometheus } from "./bench/targets.ts";
import {
  freePort,
  type MimirProcess,
  type RunningProcess,
  startMimir,
  startProcess,
  tempDir,
  waitReady,
} from "./harness.ts";

const skip = hasPrometheus()
  ? false
  : "prometheus is not installed (apt-get install -y prometheus)";

const TENANT = "rr-tenant";
const STEP = 15_000;
const POINTS = 200;

interface Matrix {
  status: string;
  data: {
    resultType: string;
    result: { metric: Record<string, string>; values: [number, string][] }[];
  };
}

/** Series key -> raw samples, from a matrix result. */
function samplesByKey(m: Matrix): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of m.data.result) {
    const key = JSON.stringify(Object.entries(s.metric).sort());
    out.set(key, JSON.stringify(s.values));
  }
  return out;
}

describe("remote read from a real Prometheus", { skip, timeout: 120_000 }, () => {
  let mimir: MimirProcess;
  let tenants: MimirProcess;
  let prom: RunningProcess;
  let promUrl: string;
  // Samples end a little before now so that an instant query at `now` covers them all.
  const end = Math.floor(Date.now() / 1000) * 1000 - 60_000;
  const start = end - (POINTS - 1) * STEP;

  before(async () => {
    mimir = await startMimir([
      "-ingester.ring.replication-factor=1",
      "-log.level=warn",
      "-auth.multitenancy-enabled=false",
    ]);
    tenants = await startMimir([
      "-ingester.ring.replication-factor=1",
      "-log.level=warn",
      "-tenant-federation.enabled=true",
      "-querier.cardinality-analysis-enabled=true",
    ]);
    await waitReady(mimir, 30_000);
    await waitReady(tenants, 30_000);
    // 3 series of rr_metric (one with a NaN and a stale-free gap), 1 of rr_other.
    const series: { labels: [string, string][]; samples: [number, number][] }[] = [];
    for (const job of ["a", "b", "c"]) {
      const samples: [number, number][] = [];
      for (let i = 0; i < POINTS; i++) {
        if (job === "c" && i % 7 === 3) continue;
        samples.push([
          start + i * STEP,
          job === "b" && i === 10 ? Number.NaN : i * 0.25 + job.charCodeAt(0),
        ]);
      }
      series.push({
        labels: [
          ["__name__", "rr_metric"],
          ["job", job],
        ],
        samples,
      });
    }
    series.push({
      labels: [
        ["__name__", "rr_other"],
        ["job", "a"],
      ],
      samples: [[end, 42]],
    });
    const push = async (url: string, tenant: string, s: typeof series) => {
      const res = await fetch(`${url}/api/v1/push`, {
        method: "POST",
        headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": tenant },
        body: buildRemoteWriteBody(s),
      });
      assert.equal(res.status, 200, await res.text());
    };
    await push(mimir.url, "anonymous", series);
    await push(tenants.url, TENANT, series);
    await push(tenants.url, "rr-second", series.slice(0, 1));

    const dir = tempDir("prom-remote-read-");
    const port = await freePort();
    const cfg = join(dir, "prometheus.yml");
    writeFileSync(
      cfg,
      [
        "global:",
        "  scrape_interval: 1h",
        "scrape_configs: []",
        "remote_read:",
        `  - url: ${mimir.url}/prometheus/api/v1/read`,
        "    read_recent: true",
        "",
      ].join("\n"),
    );
    prom = startProcess("prometheus", [
      `--config.file=${cfg}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ]);
    promUrl = `http://127.0.0.1:${port}`;
    await waitReady({ url: promUrl, output: prom.output, proc: prom.proc }, 30_000, "/-/ready");
  });
  after(async () => {
    prom?.proc.kill("SIGTERM");
    await prom?.exited;
    await mimir?.stop();
    await tenants?.stop();
  });

  const query = async (base: string, q: string, headers: Record<string, string> = {}) => {
    const t = (end + 1000) / 1000;
    const res = await fetch(
      `${base}/api/v1/query?${new URLSearchParams({ query: q, time: String(t) })}`,
      {
        headers,
      },
    );
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as Matrix;
  };

  it("returns the same series and raw samples as mimir-ts's query API", async () => {
    const range = `${Math.ceil((end - start) / 1000) + 10}s`;
    for (const q of [
      `rr_metric[${range}]`,
      `{__name__=~"rr_.*",job="a"}[${range}]`,
      `rr_metric{job!="a"}[${range}]`,
    ]) {
      const ours = samplesByKey(await query(`${mimir.url}/prometheus`, q));
      const theirs = samplesByKey(await query(promUrl, q));
      assert.ok(ours.size > 0, `${q}: mimir-ts returned series`);
      assert.deepEqual([...theirs.keys()].sort(), [...ours.keys()].sort(), `${q}: series`);
      for (const [k, v] of ours) assert.equal(theirs.get(k), v, `${q}: samples of ${k}`);
    }
    const a = samplesByKey(await query(promUrl, `rr_metric{job="a"}[${range}]`));
    assert.equal(JSON.parse([...a.values()][0]).length, POINTS);
  });

  it("answers PromQL through Prometheus over remote-read data like mimir-ts", async () => {
    const q = "sum by (job) (rate(rr_metric[5m]))";
    const ours = await query(`${mimir.url}/prometheus`, q);
    const theirs = await query(promUrl, q);
    assert.deepEqual(
      theirs.data.result.map((r) => r.metric.job).sort(),
      ours.data.result.map((r) => r.metric.job).sort(),
    );
  });

  it("federates queries over two tenants with __tenant_id__", async () => {
    const res = await query(`${tenants.url}/prometheus`, "count by (__tenant_id__) (rr_metric)", {
      "X-Scope-OrgID": `rr-second|${TENANT}`,
    });
    const counts = Object.fromEntries(
      res.data.result.map((r) => [
        r.metric.__tenant_id__,
        (r as unknown as { value: [number, string] }).value[1],
      ]),
    );
    assert.deepEqual(counts, { "rr-second": "1", [TENANT]: "3" });
  });

  it("serves the cardinality and usage APIs", async () => {
    const h = { "X-Scope-OrgID": TENANT };
    const ln = await fetch(`${tenants.url}/prometheus/api/v1/cardinality/label_names`, {
      headers: h,
    });
    assert.equal(ln.status, 200);
    assert.deepEqual(await ln.json(), {
      label_values_count_total: 5,
      label_names_count: 2,
      cardinality: [
        { label_name: "job", label_values_count: 3 },
        { label_name: "__name__", label_values_count: 2 },
      ],
    });
    const us = await fetch(`${tenants.url}/api/v1/user_stats`, { headers: h });
    assert.equal(((await us.json()) as { numSeries: number }).numSeries, 4);
    const all = await fetch(`${tenants.url}/distributor/all_user_stats`, {
      headers: { accept: "application/json" },
    });
    const rows = (await all.json()) as { userID: string; numSeries: number }[];
    assert.deepEqual(
      rows.map((r) => [r.userID, r.numSeries]),
      [
        ["rr-second", 1],
        [TENANT, 4],
      ],
    );
  });
});
