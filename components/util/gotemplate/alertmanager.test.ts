import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  alertmanagerTemplate,
  casesTitle,
  Data,
  executeTextString,
  goJSON,
  KV,
  queryUnescape,
} from "./alertmanager.ts";
import { ParseError } from "./errors.ts";

const data = new Data({
  receiver: "team",
  status: "firing",
  alerts: [
    {
      status: "firing",
      labels: { severity: "page", alertname: "Down", zone: "b" },
      annotations: { summary: "down" },
      startsAt: Date.UTC(2024, 0, 2, 3, 4, 5, 600),
      endsAt: Date.parse("0001-01-01T00:00:00Z"),
      generatorURL: "http://g",
      fingerprint: "f1",
    },
    {
      status: "resolved",
      labels: { alertname: "Down", zone: "a" },
      annotations: {},
      startsAt: Date.UTC(2024, 0, 2),
      endsAt: Date.UTC(2024, 0, 3),
      generatorURL: "",
      fingerprint: "f2",
    },
  ],
  groupLabels: { alertname: "Down" },
  commonLabels: { alertname: "Down", b: "2", a: "1" },
  commonAnnotations: {},
  externalURL: "http://am",
});

describe("Alertmanager templates", () => {
  const set = alertmanagerTemplate(
    [
      {
        name: "/etc/am/user.tmpl",
        content:
          '{{ define "subject" }}[{{ .Status | toUpper }}:{{ .Alerts.Firing | len }}] {{ .GroupLabels.SortedPairs.Values | join " " }}{{ end }}',
      },
    ],
    { now: () => Date.UTC(2024, 0, 2, 4, 4, 5, 600) },
  );

  it("executes user definitions and inline texts with Alertmanager's data methods", () => {
    assert.equal(executeTextString(set, '{{ template "subject" . }}', data), "[FIRING:1] Down");
    assert.equal(
      executeTextString(set, "{{ .CommonLabels.Names }} {{ .CommonLabels.Values }}", data),
      "[alertname a b] [Down 1 2]",
    );
    assert.equal(
      executeTextString(set, '{{ .CommonLabels.Remove (stringSlice "a" "b") }}', data),
      "map[alertname:Down]",
    );
    assert.equal(
      executeTextString(set, "{{ range .Alerts.Resolved }}{{ .Labels.zone }}{{ end }}", data),
      "a",
    );
    assert.equal(
      executeTextString(set, "{{ (index .Alerts 0).Labels.SortedPairs }}", data),
      "[{alertname Down} {severity page} {zone b}]",
    );
    assert.equal(executeTextString(set, "", data), "");
    assert.ok(set.has("user.tmpl") && set.has("subject"));
  });

  it("offers date, tz, since, humanizeDuration, toJson, safeUrl and urlUnescape", () => {
    const t = (s: string) => executeTextString(set, s, data);
    assert.equal(
      t('{{ (index .Alerts 0).StartsAt | date "2006-01-02 15:04:05.000 MST" }}'),
      "2024-01-02 03:04:05.600 UTC",
    );
    assert.equal(
      t('{{ (index .Alerts 0).StartsAt | tz "Asia/Kolkata" | date "15:04 -07:00" }}'),
      "08:34 +05:30",
    );
    assert.equal(t("{{ since (index .Alerts 0).StartsAt }}"), "1h0m0s");
    assert.equal(t("{{ humanizeDuration 3661 }}"), "1h 1m 1s");
    assert.equal(t("{{ toJson .CommonLabels }}"), '{"a":"1","alertname":"Down","b":"2"}');
    assert.equal(t('{{ safeUrl "http://x" }} {{ urlUnescape "a%20b+c" }}'), "http://x a b c");
    assert.match(
      t("{{ toJson (index .Alerts 0) }}"),
      /^\{"status":"firing","labels":\{"alertname":"Down",.*"startsAt":"2024-01-02T03:04:05.6Z","endsAt":"0001-01-01T00:00:00Z"/,
    );
  });

  it("title-cases words like golang.org/x/text/cases", () => {
    assert.equal(casesTitle("hello wORLD-foo_bar it's 3am"), "Hello World-Foo_bar It's 3Am");
  });

  it("reports Go's errors for bad templates and values", () => {
    assert.throws(
      () => executeTextString(set, "{{ .Nope }}", data),
      /can't evaluate field Nope in type template.Data/,
    );
    assert.throws(() => executeTextString(set, "{{ .Receiver", data), ParseError);
    assert.throws(
      () => alertmanagerTemplate([{ name: "bad.tmpl", content: '{{ define "x" }}' }]),
      /bad.tmpl:1: unexpected EOF/,
    );
    assert.throws(() => queryUnescape("%zz"), /invalid URL escape "%zz"/);
  });

  it("KV keeps alertname first and JSON-encodes sorted like Go", () => {
    const kv = new KV({ z: "1", alertname: "A", b: "<&>" });
    assert.deepEqual(kv.Names(), ["alertname", "b", "z"]);
    assert.equal(goJSON(kv), '{"alertname":"A","b":"\\u003c\\u0026\\u003e","z":"1"}');
  });
});
