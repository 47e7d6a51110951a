/**
 * The write path with real senders: a real Prometheus scrapes itself and remote-writes to
 * mimir-ts; a sender that keeps pushing while mimir-ts is killed with SIGKILL loses nothing
 * that was acknowledged; bad input is answered with the right status and the process survives.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { compressSync } from "snappy";
import { REMOTE_WRITE_HEADERS, encodeWriteRequest } from "./bench/remotewrite.ts";
import { hasPrometheus } from "./bench/targets.ts";
import {
  freePort,
  type MimirProcess,
  startMimir,
  startProcess,
  tempDir,
  waitFor,
  waitReady,
} from "./harness.ts";

const TENANT = { "X-Scope-OrgID": "e2e" };

async function instant(m: MimirProcess, query: string, tenant = TENANT): Promise<any[]> {
  const res = await fetch(`${m.url}/prometheus/api/v1/query?${new URLSearchParams({ query })}`, {
    headers: tenant,
  });
  const body = (await res.json()) as any;
  assert.equal(res.status, 200, JSON.stringify(body));
  return body.data.result;
}

async function pushSeries(
  m: MimirProcess,
  body: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${m.url}/api/v1/push`, {
    method: "POST",
    headers: { ...REMOTE_WRITE_HEADERS, ...TENANT, ...headers },
    body,
  });
  return { status: res.status, text: await res.text() };
}

describe("write path: a real Prometheus remote-writing to mimir-ts", {
  skip: hasPrometheus() ? false : "prometheus is not installed",
}, () => {
  let m: MimirProcess;
  let prom: ReturnType<typeof startProcess> | undefined;

  before(async () => {
    // Debian's Prometheus 2.42 does not send remote_write `headers`, so this test runs
    // mimir-ts without multitenancy: every request belongs to the tenant "anonymous".
    m = await startMimir(["-auth.multitenancy-enabled=false"]);
    await waitReady(m, 30_000);
    const dir = tempDir("prom-rw-");
    const port = await freePort();
    const cfg = join(dir, "prometheus.yml");
    writeFileSync(
      cfg,
      [
        "global:",
        "  scrape_interval: 1s",
        "  external_labels:",
        "    origin: e2e",
        "scrape_configs:",
        "  - job_name: prometheus",
        "    static_configs:",
        `      - targets: ['127.0.0.1:${port}']`,
        "remote_write:",
        `  - url: ${m.url}/api/v1/push`,
        "    queue_config:",
        "      batch_send_deadline: 1s",
        "    metadata_config:",
        "      send_interval: 1s",
      ].join("\n"),
    );
    prom = startProcess("prometheus", [
      `--config.file=${cfg}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ]);
  });

  after(async () => {
    prom?.proc.kill("SIGTERM");
    await prom?.exited;
    await m?.stop();
  });

  it("receives Prometheus's own series with the right labels and values", async () => {
    const result = await waitFor(
      "prometheus_build_info in mimir-ts",
      async () => {
        const r = await instant(m, "prometheus_build_info");
        return r.length > 0 ? r : undefined;
      },
      30_000,
      500,
    );
    const metric = result[0].metric;
    assert.equal(metric.job, "prometheus");
    assert.equal(metric.origin, "e2e", "external labels are kept");
    assert.match(metric.instance, /^127\.0\.0\.1:\d+$/);
    assert.equal(result[0].value[1], "1");
    const up = await waitFor(
      "up",
      async () => {
        const r = await instant(m, 'up{job="prometheus"}');
        return r.length > 0 ? r : undefined;
      },
      20_000,
      500,
    );
    assert.equal(up[0].value[1], "1");
    // Counters keep increasing across scrapes.
    const samples = await waitFor(
      "several samples",
      async () => {
        const res = await fetch(
          `${m.url}/prometheus/api/v1/query?${new URLSearchParams({ query: "prometheus_http_requests_total[1m]" })}`,
          { headers: TENANT },
        );
        const body = (await res.json()) as any;
        const series = body.data.result.find((s: any) => s.values.length >= 3);
        return series;
      },
      20_000,
      500,
    );
    const values = samples.values.map((v: [number, string]) => Number(v[1]));
    for (let i = 1; i < values.length; i++)
      assert.ok(values[i] >= values[i - 1], "counter is monotonic");
  });

  it("stores the series under the no-auth tenant", async () => {
    const tenants = (await (await fetch(`${m.url}/ingester/tenants`)).json()) as {
      tenants: string[];
    };
    assert.deepEqual(tenants.tenants, ["anonymous"]);
  });
});

describe("write path: crash safety", () => {
  it("keeps every acknowledged sample across SIGKILL", async () => {
    const dir = tempDir();
    let m = await startMimir([], { cwd: dir });
    await waitReady(m, 30_000);
    const acked: number[] = [];
    let stop = false;
    const base = Date.now() - 60_000;
    const sender = (async () => {
      let i = 0;
      while (!stop) {
        const t = base + i;
        const body = compressSync(
          encodeWriteRequest([
            {
              labels: [
                ["__name__", "crash_test"],
                ["job", "e2e"],
              ],
              samples: [[t, i]],
            },
          ]),
        );
        try {
          const res = await fetch(`${m.url}/api/v1/push`, {
            method: "POST",
            headers: { ...REMOTE_WRITE_HEADERS, ...TENANT },
            body,
          });
          if (res.status === 200) acked.push(i);
          await res.arrayBuffer();
        } catch {
          // the server died mid-request: this sample was not acknowledged
        }
        i++;
      }
    })();
    await waitFor(
      "some acknowledged pushes",
      async () => (acked.length >= 200 ? true : undefined),
      20_000,
      20,
    );
    m.proc.kill("SIGKILL");
    await m.exited;
    stop = true;
    await sender;
    const ackedCount = acked.length;
    m = await startMimir([], { cwd: dir });
    try {
      await waitReady(m, 30_000);
      const res = await fetch(
        `${m.url}/prometheus/api/v1/query?${new URLSearchParams({ query: "crash_test[5m]", time: String((base + 60_000) / 1000) })}`,
        {
          headers: TENANT,
        },
      );
      const body = (await res.json()) as any;
      assert.equal(body.status, "success");
      const got = new Set<number>(
        (body.data.result[0]?.values ?? []).map((v: [number, string]) => Number(v[1])),
      );
      const missing = acked.filter((i) => !got.has(i));
      assert.deepEqual(
        missing.slice(0, 10),
        [],
        `${missing.length} of ${ackedCount} acknowledged samples missing after restart`,
      );
    } finally {
      await m.stop();
    }
  });
});

describe("write path: bad input", () => {
  let m: MimirProcess;
  before(async () => {
    m = await startMimir();
    await waitReady(m, 30_000);
  });
  after(async () => {
    await m?.stop();
  });

  const series = (labels: [string, string][], t = Date.now(), v = 1) =>
    compressSync(encodeWriteRequest([{ labels, samples: [[t, v]] }]));

  it("answers each kind of bad input with the right status and message, and keeps running", async () => {
    const cases: {
      name: string;
      body: Buffer;
      headers?: Record<string, string>;
      status: number;
      re: RegExp;
    }[] = [
      { name: "garbage", body: Buffer.from("this is not snappy"), status: 400, re: /./ },
      {
        name: "bad snappy",
        body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]),
        status: 400,
        re: /./,
      },
      {
        name: "truncated protobuf",
        body: compressSync(Buffer.from([0x0a, 0x40, 0x0a, 0x05])),
        status: 400,
        re: /./,
      },
      {
        name: "10,000 labels",
        body: series([
          ["__name__", "many"],
          ...Array.from(
            { length: 10_000 },
            (_, i) => [`l${String(i).padStart(5, "0")}`, "v"] as [string, string],
          ),
        ]),
        status: 400,
        re: /err-mimir-max-label-names-per-series/,
      },
      {
        name: "1 MB label value",
        body: series([
          ["__name__", "big"],
          ["v", "x".repeat(1 << 20)],
        ]),
        status: 400,
        re: /err-mimir-label-value-too-long/,
      },
      {
        name: "an hour in the future",
        body: series([["__name__", "future"]], Date.now() + 3_600_000),
        status: 400,
        re: /err-mimir-too-far-in-future/,
      },
      {
        name: "wrong content type",
        body: series([["__name__", "ct"]]),
        headers: { "Content-Type": "application/x-protobuf;proto=nope.Request" },
        status: 400,
        re: /expected prometheus.WriteRequest or io.prometheus.write.v2.Request/,
      },
    ];
    for (const c of cases) {
      const r = await pushSeries(m, c.body, c.headers);
      assert.equal(r.status, c.status, `${c.name}: ${r.text}`);
      assert.match(r.text, c.re, c.name);
    }
    // Unsorted labels are sorted and accepted, as Mimir's distributor does.
    const unsorted = await pushSeries(
      m,
      series([
        ["__name__", "unsorted"],
        ["z", "1"],
        ["a", "2"],
      ]),
    );
    assert.equal(unsorted.status, 200, unsorted.text);
    const stored = await instant(m, "unsorted");
    assert.deepEqual(Object.keys(stored[0].metric), ["__name__", "a", "z"]);
    const noTenant = await fetch(`${m.url}/api/v1/push`, {
      method: "POST",
      headers: REMOTE_WRITE_HEADERS,
      body: series([["__name__", "x"]]),
    });
    assert.equal(noTenant.status, 401);
    const ready = await fetch(`${m.url}/ready`);
    assert.equal(ready.status, 200);
  });

  it("ingests the valid series of a request that also has invalid ones", async () => {
    const t = Date.now();
    const body = compressSync(
      encodeWriteRequest([
        { labels: [["__name__", "partial_ok"]], samples: [[t, 42]] },
        {
          labels: [
            ["__name__", "partial_bad"],
            ["v", "x".repeat(5000)],
          ],
          samples: [[t, 1]],
        },
      ]),
    );
    const r = await pushSeries(m, body);
    assert.equal(r.status, 400);
    const res = await instant(m, "partial_ok");
    assert.equal(res[0]?.value[1], "42");
  });

  it("rejects bad OTLP content types and encodings with 415", async () => {
    const ct = await fetch(`${m.url}/otlp/v1/metrics`, {
      method: "POST",
      headers: { "Content-Type": "text/plain", ...TENANT },
      body: "x",
    });
    assert.equal(ct.status, 415);
    const enc = await fetch(`${m.url}/otlp/v1/metrics`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Encoding": "br", ...TENANT },
      body: "{}",
    });
    assert.equal(enc.status, 415);
    const gz = await fetch(`${m.url}/otlp/v1/metrics`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Encoding": "gzip", ...TENANT },
      body: gzipSync(
        JSON.stringify({
          resourceMetrics: [
            {
              resource: { attributes: [{ key: "service.name", value: { stringValue: "svc" } }] },
              scopeMetrics: [
                {
                  metrics: [
                    {
                      name: "otlp_gauge",
                      gauge: {
                        dataPoints: [{ timeUnixNano: String(Date.now() * 1e6), asDouble: 3.5 }],
                      },
                    },
                  ],
                },
              ],
            },
          ],
        }),
      ),
    });
    assert.equal(gz.status, 200, await gz.text());
    const res = await instant(m, "otlp_gauge");
    assert.equal(res[0]?.value[1], "3.5");
    assert.equal(res[0]?.metric.job, "svc");
  });
});
