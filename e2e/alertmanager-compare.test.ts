/**
 * The same alert stream (firing, re-firing, resolving; several routes and groups, inhibition,
 * max_alerts, send_resolved false) goes to Debian's Alertmanager 0.25 and to mimir-ts with the
 * same configuration; webhook receivers point at one recorder. The notifications must agree:
 * the same sequence per receiver and group key, the same payloads (but externalURL), sent at
 * the same times within a tolerance.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { MimirProcess } from "./harness.ts";
import {
  hasReferenceAlertmanager,
  postAlerts,
  type Recorded,
  type Recorder,
  type ReferenceAm,
  setTenantConfig,
  startMimirAm,
  startRecorder,
  startReferenceAm,
} from "./alertmanager/helpers.ts";

const skip = hasReferenceAlertmanager()
  ? false
  : "prometheus-alertmanager is not installed (apt-get install -y prometheus-alertmanager)";

const TENANT = "team-a";
const TOLERANCE_MS = 1200;

function config(base: string): string {
  return `global:
  resolve_timeout: 1m
route:
  receiver: default
  group_by: [alertname]
  group_wait: 2s
  group_interval: 3s
  repeat_interval: 8s
  routes:
  - matchers: ['team="db"']
    receiver: db
    group_by: [alertname, instance]
    continue: true
  - matchers: ['severity="page"']
    receiver: pager
receivers:
- name: default
  webhook_configs:
  - url: ${base}/default
- name: db
  webhook_configs:
  - url: ${base}/db
    send_resolved: false
- name: pager
  webhook_configs:
  - url: ${base}/pager
    max_alerts: 1
inhibit_rules:
- source_matchers: ['severity="critical"']
  target_matchers: ['severity="warning"']
  equal: [alertname]
`;
}

interface Stream {
  at: number;
  alerts: {
    labels: Record<string, string>;
    annotations?: Record<string, string>;
    resolve?: boolean;
  }[];
}

const A1 = { alertname: "A", instance: "i1", team: "db" };
const A2 = { alertname: "A", instance: "i2" };
const A3 = { alertname: "A", instance: "i3" };
const B1 = { alertname: "B", severity: "page", instance: "b1" };
const B2 = { alertname: "B", severity: "page", instance: "b2" };
const C1 = { alertname: "C", severity: "critical" };
const C2 = { alertname: "C", severity: "warning" };

// Events fall between group ticks (groups flush at 2s, 5s, 8s, 11s, 14s, ...).
const STREAM: Stream[] = [
  {
    at: 0,
    alerts: [
      { labels: A1, annotations: { summary: "db down" } },
      { labels: A2, annotations: { summary: "db down" } },
      { labels: B1 },
      { labels: B2 },
      { labels: C1 },
      { labels: C2 },
    ],
  },
  { at: 3500, alerts: [{ labels: A1, annotations: { summary: "db down" } }, { labels: A3 }] },
  { at: 6500, alerts: [{ labels: A2, annotations: { summary: "db down" }, resolve: true }] },
  {
    at: 12500,
    alerts: [A1, A3, B1, B2, C1, C2].map((labels) => ({ labels, resolve: true })),
  },
];
const END_MS = 19_000;

function normalise(r: Recorded) {
  const b = r.body;
  return {
    receiver: b.receiver,
    status: b.status,
    groupKey: b.groupKey,
    groupLabels: b.groupLabels,
    commonLabels: b.commonLabels,
    commonAnnotations: b.commonAnnotations,
    version: b.version,
    truncatedAlerts: b.truncatedAlerts,
    alerts: b.alerts.map((a: any) => ({
      status: a.status,
      labels: a.labels,
      annotations: a.annotations,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      generatorURL: a.generatorURL,
      fingerprint: a.fingerprint,
    })),
  };
}

function byStream(list: Recorded[], prefix: string): Map<string, Recorded[]> {
  const out = new Map<string, Recorded[]>();
  for (const r of list) {
    if (!r.path.startsWith(prefix)) continue;
    const key = `${r.path.slice(prefix.length)} ${r.body.groupKey}`;
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}

describe("alertmanager: differential against Debian's Alertmanager", { skip }, () => {
  let rec: Recorder;
  let ref: ReferenceAm;
  let ours: MimirProcess;

  before(async () => {
    rec = await startRecorder();
    ref = await startReferenceAm(config(`${rec.url}/ref`));
    ours = await startMimirAm();
    const res = await setTenantConfig(ours.url, TENANT, config(`${rec.url}/ours`));
    assert.equal(res.status, 201, await res.text());
  });

  after(async () => {
    await ours?.stop();
    await ref?.stop();
    await rec?.close();
  });

  it("sends the same notifications at the same times", { timeout: 60_000 }, async () => {
    const t0 = Date.now();
    const base = Date.now() - 1000;
    for (const step of STREAM) {
      const wait = t0 + step.at - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const now = Date.now();
      const alerts = step.alerts.map((a) => ({
        labels: a.labels,
        annotations: a.annotations ?? {},
        startsAt: new Date(base).toISOString(),
        endsAt: new Date(a.resolve ? now : now + 60_000).toISOString(),
        generatorURL: "http://prometheus/graph",
      }));
      await Promise.all([
        postAlerts(`${ref.url}/api/v2`.replace(/\/api\/v2$/, ""), alerts),
        postAlerts(`${ours.url}/alertmanager`, alerts, { "X-Scope-OrgID": TENANT }),
      ]);
    }
    await new Promise((r) => setTimeout(r, t0 + END_MS - Date.now()));

    const theirs = byStream(rec.received, "/ref");
    const mine = byStream(rec.received, "/ours");
    assert.ok(theirs.size >= 4, `reference sent to ${theirs.size} streams`);
    const total = [...theirs.values()].reduce((n, l) => n + l.length, 0);
    // Firing, updates, repeats and resolutions: the stream exercises every kind of flush.
    assert.ok(total >= 10, `reference sent ${total} notifications`);
    for (const [key, list] of theirs)
      console.log(`${key}: ${list.map((r) => `${r.body.status}@${r.at}`).join(" ")}`);
    assert.deepEqual(
      [...mine.keys()].sort(),
      [...theirs.keys()].sort(),
      "receivers and group keys",
    );
    for (const [key, list] of theirs) {
      const got = mine.get(key)!;
      assert.deepEqual(
        got.map(normalise),
        list.map(normalise),
        `${key}: notifications\nours at ${got.map((r) => r.at)}\nref at ${list.map((r) => r.at)}`,
      );
      for (let i = 0; i < list.length; i++)
        assert.ok(
          Math.abs(got[i].at - list[i].at) <= TOLERANCE_MS,
          `${key} #${i}: sent at ${got[i].at} ms, reference at ${list[i].at} ms`,
        );
    }
  });

  it("answers bad API requests with the same status and body", async () => {
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const silence = (extra: Record<string, unknown>) =>
      JSON.stringify({
        matchers: [{ name: "a", value: "b", isRegex: false, isEqual: true }],
        startsAt: iso(now),
        endsAt: iso(now + 3_600_000),
        createdBy: "e2e",
        comment: "c",
        ...extra,
      });
    const cases: [string, string, string | undefined][] = [
      ["POST", "silences", silence({ matchers: [] })],
      [
        "POST",
        "silences",
        silence({ matchers: [{ name: "a", value: "", isRegex: false, isEqual: true }] }),
      ],
      [
        "POST",
        "silences",
        silence({ startsAt: iso(now - 7_200_000), endsAt: iso(now - 3_600_000) }),
      ],
      ["POST", "silences", silence({ id: "nope" })],
      ["POST", "silences", silence({ comment: undefined })],
      ["POST", "alerts", JSON.stringify([{ labels: {} }])],
      ["POST", "alerts", JSON.stringify([{ labels: { "a-b": "c" } }])],
      ["POST", "alerts", "[{"],
      ["GET", "silence/00000000-0000-0000-0000-000000000000", undefined],
      ["DELETE", "silence/00000000-0000-0000-0000-000000000000", undefined],
      ["GET", "alerts?filter=a~b", undefined],
    ];
    for (const [method, path, body] of cases) {
      const call = async (base: string, headers: Record<string, string>) => {
        const res = await fetch(`${base}/api/v2/${path}`, {
          method,
          headers: { "content-type": "application/json", ...headers },
          body,
        });
        return { status: res.status, body: (await res.text()).trim() };
      };
      const theirs = await call(ref.url, {});
      const mine = await call(`${ours.url}/alertmanager`, { "X-Scope-OrgID": TENANT });
      assert.deepEqual(mine, theirs, `${method} ${path} ${body ?? ""}`);
    }
  });
});
