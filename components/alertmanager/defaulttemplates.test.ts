import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { alertmanagerTemplate, Data, executeTextString } from "../util/gotemplate/alertmanager.ts";
import { DEFAULT_TEMPLATES } from "./defaulttemplates.ts";

const DEBIAN_DEFAULT = "/usr/share/prometheus/alertmanager/default.tmpl";
const skip = existsSync(DEBIAN_DEFAULT)
  ? false
  : "Debian's prometheus-alertmanager is not installed";

const alert = (
  status: "firing" | "resolved",
  labels: Record<string, string>,
  annotations = {},
) => ({
  status,
  labels,
  annotations,
  startsAt: Date.UTC(2026, 0, 1),
  endsAt: status === "resolved" ? Date.UTC(2026, 0, 2) : Date.parse("0001-01-01T00:00:00Z"),
  generatorURL: "http://prom/graph?g0.expr=up",
  fingerprint: "0123456789abcdef",
});

const CASES = [
  new Data({
    receiver: "team x",
    status: "firing",
    alerts: [
      alert(
        "firing",
        { alertname: "Down", job: "api", zone: "a" },
        { summary: "down", runbook: "r" },
      ),
      alert("resolved", { alertname: "Down", job: "api", zone: "b" }),
    ],
    groupLabels: { alertname: "Down" },
    commonLabels: { alertname: "Down", job: "api" },
    commonAnnotations: { summary: "down" },
    externalURL: "http://am:9093",
  }),
  new Data({
    receiver: "r",
    status: "resolved",
    alerts: [alert("resolved", { alertname: "X" })],
    groupLabels: {},
    commonLabels: { alertname: "X" },
    commonAnnotations: {},
    externalURL: "",
  }),
  new Data({
    receiver: "r",
    status: "firing",
    alerts: [
      alert("firing", { alertname: "Y", a: "1" }),
      alert("firing", { alertname: "Y", a: "2" }),
    ],
    groupLabels: { alertname: "Y" },
    commonLabels: { alertname: "Y" },
    commonAnnotations: {},
    externalURL: "http://x",
  }),
];

describe("default templates", () => {
  const ours = alertmanagerTemplate([{ name: "default.tmpl", content: DEFAULT_TEMPLATES }]);

  it("render what Alertmanager's default.tmpl renders, definition by definition", { skip }, () => {
    const text = readFileSync(DEBIAN_DEFAULT, "utf8");
    const theirs = alertmanagerTemplate([{ name: "default.tmpl", content: text }]);
    const names = [...text.matchAll(/\{\{ define "([^"]+)" \}\}/g)].map((m) => m[1]);
    assert.ok(names.length >= 39, `${names.length} definitions`);
    for (const data of CASES)
      for (const n of names) {
        const arg = /alert_list|instances/.test(n) ? ".Alerts" : ".";
        const call = `{{ template "${n}" ${arg} }}`;
        assert.equal(executeTextString(ours, call, data), executeTextString(theirs, call, data), n);
      }
  });

  it("has an HTML e-mail body with the group, the alerts and the links", () => {
    const html = executeTextString(ours, '{{ template "email.default.html" . }}', CASES[0]);
    assert.match(html, /<title>\[FIRING:1\] Down \(api\)<\/title>/);
    assert.match(html, /2 alerts for alertname=Down/);
    assert.match(html, /zone = a<br>/);
    assert.match(html, /href="http:\/\/am:9093\/#\/alerts\?receiver=team\+x"/);
    assert.match(html, /\[1\] Resolved/);
  });
});
