/**
 * Differential test of the ruler against a real Prometheus (Debian's 2.42): the same rule file
 * (recording rules over rates, sums and a histogram quantile; alerting rules with `for`,
 * `keep_firing_for` and templated annotations) is loaded into both, the same samples are
 * remote-written to both, and the recorded series and the ALERTS / ALERTS_FOR_STATE series must
 * agree sample for sample over at least 20 evaluations. mimir-ts sends its alerts to a real
 * Alertmanager (Debian's prometheus-alertmanager), where `amtool alert query` must show them
 * with their labels and expanded annotations.
 *
 * Both systems evaluate the group at the same instants: Prometheus offsets a group within its
 * interval by a hash of the group's name and file, and mimir-ts names the file
 * `<rule_path>/<tenant>/<namespace>`, so the Prometheus rule file is written at that path.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { evalTimestamp, slotOffset } from "../components/ruler/group.ts";
import { hasPrometheus } from "./bench/targets.ts";
import {
  buildRemoteWriteBody,
  REMOTE_WRITE_HEADERS,
  type BenchSeries,
} from "./bench/remotewrite.ts";
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

const hasAlertmanager =
  spawnSync("prometheus-alertmanager", ["--version"], { encoding: "utf8" }).status === 0;
const skip = !hasPrometheus()
  ? "prometheus is not installed (apt-get install -y prometheus)"
  : !hasAlertmanager
    ? "prometheus-alertmanager is not installed"
    : false;

const TENANT = "team-a";
const NAMESPACE = "service";
const GROUP = "compare";
const INTERVAL = 2_000;
/** Evaluations compared (at least 20). */
const EVALUATIONS = 24;

const GROUP_YAML = `name: ${GROUP}
interval: 2s
rules:
  - record: job_code:http_requests:rate10s
    expr: sum by (job, code) (rate(http_requests_total[10s]))
  - record: job:http_requests:sum
    expr: sum by (job) (http_requests_total)
  - record: job:request_duration_seconds:p90
    expr: histogram_quantile(0.9, sum by (job, le) (rate(request_duration_seconds_bucket[10s])))
  - record: instance:temperature:max
    expr: max by (instance) (temperature)
    labels:
      source: rule
  - alert: HighTemperature
    expr: temperature > 50
    for: 4s
    keep_firing_for: 4s
    labels:
      severity: page
    annotations:
      summary: "{{ $labels.instance }} is at {{ $value }} degrees"
      description: 'temperature {{ $value | humanize }} on {{ $labels.instance }}'
  - alert: ErrorsSeen
    expr: job_code:http_requests:rate10s{code="500"} > 0.5
    labels:
      severity: ticket
`;

interface Matrix {
  metric: Record<string, string>;
  values: [number, string][];
}

async function rawSeries(base: string, headers: Record<string, string>, at: number) {
  const q = `{__name__=~"job_code:.*|job:.*|instance:.*|ALERTS|ALERTS_FOR_STATE"}[5m]`;
  const res = await fetch(
    `${base}/api/v1/query?${new URLSearchParams({ query: q, time: String(at / 1000) })}`,
    {
      headers,
    },
  );
  const body = (await res.json()) as { status: string; data: { result: Matrix[] } };
  assert.equal(body.status, "success");
  const out = new Map<string, Map<number, string>>();
  for (const s of body.data.result) {
    const key = JSON.stringify(Object.entries(s.metric).sort(([a], [b]) => (a < b ? -1 : 1)));
    out.set(key, new Map(s.values.map(([t, v]) => [Math.round(t * 1000), v])));
  }
  return out;
}

/**
 * Same timestamps and values; values equal or within 1e-12 relative (the engines may add
 * floating-point terms in a different order).
 */
function sameSamples(a: [number, string][], b: [number, string][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i][0] !== b[i][0]) return false;
    if (a[i][1] === b[i][1]) continue;
    const x = Number(a[i][1]);
    const y = Number(b[i][1]);
    if (!(Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y)))) return false;
  }
  return true;
}

describe("ruler against Prometheus", { skip }, () => {
  const dir = tempDir("ruler-compare-");
  const rulePath = join(dir, "rules-tmp");
  let mimir: MimirProcess;
  let prom: RunningProcess;
  let promUrl = "";
  let am: RunningProcess;
  let amUrl = "";
  const feed: { start: number; end: number } = { start: 0, end: 0 };

  before(async () => {
    // Alertmanager, receiving mimir-ts's alerts.
    const amPort = await freePort();
    amUrl = `http://127.0.0.1:${amPort}`;
    const amCfg = join(dir, "alertmanager.yml");
    writeFileSync(
      amCfg,
      "route:\n  receiver: blackhole\n  group_wait: 0s\nreceivers:\n  - name: blackhole\n",
    );
    am = startProcess("prometheus-alertmanager", [
      `--config.file=${amCfg}`,
      `--storage.path=${join(dir, "am-data")}`,
      `--web.listen-address=127.0.0.1:${amPort}`,
      "--cluster.listen-address=",
      "--log.level=warn",
    ]);

    // Prometheus with the rule file at the path mimir-ts gives the group.
    const ruleFile = join(rulePath, TENANT, NAMESPACE);
    mkdirSync(join(rulePath, TENANT), { recursive: true });
    const lines = GROUP_YAML.trimEnd().split("\n");
    writeFileSync(
      ruleFile,
      `groups:\n${lines.map((l, i) => (i === 0 ? "  - " : "    ") + l).join("\n")}\n`,
    );
    const promPort = await freePort();
    promUrl = `http://127.0.0.1:${promPort}`;
    const promCfg = join(dir, "prometheus.yml");
    writeFileSync(
      promCfg,
      `global:\n  scrape_interval: 1h\n  evaluation_interval: 2s\nrule_files:\n  - ${ruleFile}\nscrape_configs: []\n`,
    );
    prom = startProcess("prometheus", [
      `--config.file=${promCfg}`,
      `--storage.tsdb.path=${join(dir, "prom-data")}`,
      `--web.listen-address=127.0.0.1:${promPort}`,
      "--web.enable-remote-write-receiver",
      "--log.level=warn",
    ]);

    mimir = await startMimir(
      [
        `-ruler.rule-path=${rulePath}`,
        "-ruler.poll-interval=1s",
        "-ruler.evaluation-delay-duration=0",
        `-ruler.alertmanager-url=${amUrl}`,
        "-ruler.external.url=http://mimir.example",
        "-ingester.ring.replication-factor=1",
        "-log.level=warn",
      ],
      { cwd: dir },
    );
    await Promise.all([
      waitReady(mimir, 30_000),
      waitReady({ url: promUrl, output: prom.output, proc: prom.proc }, 30_000, "/-/ready"),
      waitReady({ url: amUrl, output: am.output, proc: am.proc }, 30_000, "/-/ready"),
    ]);
    const res = await fetch(`${mimir.url}/prometheus/config/v1/rules/${NAMESPACE}`, {
      method: "POST",
      headers: { "X-Scope-OrgID": TENANT, "Content-Type": "application/yaml" },
      body: GROUP_YAML,
    });
    assert.equal(res.status, 202, await res.text());
  });

  after(async () => {
    await mimir?.stop();
    for (const p of [prom, am]) {
      if (p && p.proc.exitCode === null) {
        p.proc.kill("SIGTERM");
        await p.exited;
      }
    }
  });

  it("records the same series and alerts, sample for sample", { timeout: 120_000 }, async () => {
    const offset = slotOffset(GROUP, join(rulePath, TENANT, NAMESPACE), INTERVAL);
    // Both evaluate at least three times (alert state restored) before any data arrives.
    await new Promise((r) => setTimeout(r, 3 * INTERVAL + 500));
    // Samples are written half an interval away from every evaluation slot, so both systems
    // always see the same data when they evaluate.
    let next = evalTimestamp(Date.now(), INTERVAL, offset) + INTERVAL + INTERVAL / 2;
    feed.start = Math.floor(next);
    for (let i = 0; i < EVALUATIONS + 2; i++) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const t = Math.floor(next);
      // Counters start at 0, where Prometheus 2.42's and today's rate() extrapolation agree.
      const counter = 10 * i;
      const slow = 2 * i;
      // Above 50 degrees from the 6th to the 13th push (pending, firing, kept firing, resolved),
      // and again from the 19th on (firing when the comparison ends).
      const temp = (i >= 5 && i < 13) || i >= 18 ? 60 + i : 20 + i;
      const series: BenchSeries[] = [
        {
          labels: [
            ["__name__", "http_requests_total"],
            ["code", "200"],
            ["instance", "a"],
            ["job", "api"],
          ],
          samples: [[t, counter]],
        },
        {
          labels: [
            ["__name__", "http_requests_total"],
            ["code", "500"],
            ["instance", "a"],
            ["job", "api"],
          ],
          samples: [[t, slow]],
        },
        {
          labels: [
            ["__name__", "http_requests_total"],
            ["code", "200"],
            ["instance", "b"],
            ["job", "api"],
          ],
          samples: [[t, counter * 2]],
        },
        {
          labels: [
            ["__name__", "temperature"],
            ["instance", "a"],
          ],
          samples: [[t, temp]],
        },
        {
          labels: [
            ["__name__", "temperature"],
            ["instance", "b"],
          ],
          samples: [[t, 30]],
        },
      ];
      let cum = 0;
      for (const [le, inc] of [
        ["0.1", 3],
        ["0.5", 5],
        ["1", 2],
        ["+Inf", 1],
      ] as const) {
        cum += inc * i;
        series.push({
          labels: [
            ["__name__", "request_duration_seconds_bucket"],
            ["job", "api"],
            ["le", le],
          ],
          samples: [[t, cum]],
        });
      }
      const body = buildRemoteWriteBody(series);
      const [a, b] = await Promise.all([
        fetch(`${mimir.url}/api/v1/push`, {
          method: "POST",
          headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": TENANT },
          body,
        }),
        fetch(`${promUrl}/api/v1/write`, { method: "POST", headers: REMOTE_WRITE_HEADERS, body }),
      ]);
      assert.equal(a.status, 200, await a.text());
      assert.equal(b.status, 204, await b.text());
      feed.end = t;
      next += INTERVAL;
    }
    // Let both evaluate the last slots.
    await new Promise((r) => setTimeout(r, INTERVAL));
    const at = Date.now();
    const [ours, theirs] = await Promise.all([
      rawSeries(`${mimir.url}/prometheus`, { "X-Scope-OrgID": TENANT }, at),
      rawSeries(promUrl, {}, at),
    ]);
    const window = (m: Map<number, string>) =>
      [...m].filter(([t]) => t > feed.start && t <= feed.end).sort(([a], [b]) => a - b);
    const keys = new Set([...ours.keys(), ...theirs.keys()]);
    let compared = 0;
    const problems: string[] = [];
    for (const k of [...keys].sort()) {
      const o = window(ours.get(k) ?? new Map());
      const p = window(theirs.get(k) ?? new Map());
      if (o.length === 0 && p.length === 0) continue;
      if (!sameSamples(o, p))
        problems.push(
          `${k}\n  mimir-ts:   ${JSON.stringify(o)}\n  prometheus: ${JSON.stringify(p)}`,
        );
      compared += p.length;
    }
    assert.deepEqual(problems, []);
    // Every recording rule and both alert series families took part.
    const names = new Set(
      [...theirs.keys()].map(
        (k) => (JSON.parse(k) as [string, string][]).find(([n]) => n === "__name__")?.[1],
      ),
    );
    for (const n of [
      "job_code:http_requests:rate10s",
      "job:http_requests:sum",
      "job:request_duration_seconds:p90",
      "instance:temperature:max",
      "ALERTS",
      "ALERTS_FOR_STATE",
    ])
      assert.ok(names.has(n), `${n} missing from Prometheus's output`);
    const slots = window(
      theirs.get(
        JSON.stringify([
          ["__name__", "job:http_requests:sum"],
          ["job", "api"],
        ]),
      ) ?? new Map(),
    );
    assert.ok(slots.length >= 20, `only ${slots.length} evaluations compared`);
    assert.ok(compared > 100, `only ${compared} samples compared`);
  });

  it("sends the firing alerts to Alertmanager with labels and expanded annotations", async () => {
    const alerts = await waitFor(
      "the alerts in Alertmanager",
      async () => {
        const r = spawnSync(
          "amtool",
          ["alert", "query", "-o", "json", `--alertmanager.url=${amUrl}`, "alertname=ErrorsSeen"],
          { encoding: "utf8" },
        );
        if (r.status !== 0) return undefined;
        const list = JSON.parse(r.stdout) as {
          labels: Record<string, string>;
          annotations: Record<string, string>;
        }[];
        return list.length > 0 ? list : undefined;
      },
      15_000,
      500,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n${mimir.output()}`);
    });
    assert.equal(alerts[0].labels.severity, "ticket");
    assert.equal(alerts[0].labels.job, "api");
    assert.equal(alerts[0].labels.code, "500");
    // HighTemperature fires again at the end of the comparison.
    const r = spawnSync(
      "amtool",
      ["alert", "query", "-o", "json", `--alertmanager.url=${amUrl}`, "alertname=HighTemperature"],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    const high = JSON.parse(r.stdout) as {
      labels: Record<string, string>;
      annotations: Record<string, string>;
      generatorURL: string;
    }[];
    assert.equal(high.length, 1, r.stdout);
    assert.equal(high[0].labels.instance, "a");
    assert.equal(high[0].labels.severity, "page");
    assert.match(high[0].annotations.summary, /^a is at \d+ degrees$/);
    assert.match(high[0].annotations.description, /^temperature \d+ on a$/);
    assert.match(
      high[0].generatorURL,
      /^http:\/\/mimir\.example\/graph\?g0\.expr=temperature\+%3E\+50&g0\.tab=1$/,
    );
  });
});
