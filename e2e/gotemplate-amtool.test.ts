/**
 * Differential test of the Go template engine against Alertmanager itself: `amtool template
 * render` (Debian's prometheus-alertmanager 0.25) renders Alertmanager's default.tmpl
 * definitions and templates using Alertmanager's functions over the same notification data;
 * our engine must produce the same text (and the same error messages).
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  alertmanagerTemplate,
  Data,
  type DataInput,
  executeTextString,
} from "../components/util/gotemplate/alertmanager.ts";

const DEFAULT_TMPL = "/usr/share/prometheus/alertmanager/default.tmpl";
const EMAIL_TMPL = "/usr/share/prometheus/alertmanager/email.tmpl";

function hasAmtool(): boolean {
  try {
    execFileSync("amtool", ["--version"], { stdio: "ignore" });
    return existsSync(DEFAULT_TMPL);
  } catch {
    return false;
  }
}
const skip = !hasAmtool()
  ? "amtool or default.tmpl missing (apt-get install -y prometheus-alertmanager)"
  : false;

/** The notification data in Alertmanager's webhook JSON shape (what --template.data reads). */
const DATA_JSON = {
  receiver: "team-x",
  status: "firing",
  alerts: [
    {
      status: "firing",
      labels: { alertname: "HighLatency", severity: "page", instance: "a:9090", job: "api" },
      annotations: {
        summary: "Latency is high",
        description: "p99 > 1s on a:9090",
        runbook_url: "http://rb/1",
      },
      startsAt: "2024-03-01T10:00:00.5Z",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prom:9090/graph?g0.expr=x",
      fingerprint: "1111aaaa",
    },
    {
      status: "firing",
      labels: { alertname: "HighLatency", severity: "page", instance: "b:9090", job: "api" },
      annotations: { summary: "Latency is high", description: "p99 > 1s on b:9090" },
      startsAt: "2024-03-01T10:01:00Z",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prom:9090/graph?g0.expr=y",
      fingerprint: "2222bbbb",
    },
    {
      status: "resolved",
      labels: { alertname: "HighLatency", severity: "page", instance: "c:9090", job: "api" },
      annotations: { summary: "Latency is high" },
      startsAt: "2024-03-01T09:00:00Z",
      endsAt: "2024-03-01T09:30:00Z",
      generatorURL: "",
      fingerprint: "3333cccc",
    },
  ],
  groupLabels: { alertname: "HighLatency" },
  commonLabels: { alertname: "HighLatency", severity: "page", job: "api" },
  commonAnnotations: { summary: "Latency is high" },
  externalURL: "http://alertmanager.example:9093",
};

function toDataInput(j: typeof DATA_JSON): DataInput {
  return {
    receiver: j.receiver,
    status: j.status as "firing",
    alerts: j.alerts.map((a) => ({
      status: a.status as "firing" | "resolved",
      labels: a.labels,
      annotations: a.annotations as Record<string, string>,
      startsAt: Date.parse(a.startsAt),
      endsAt: Date.parse(a.endsAt),
      generatorURL: a.generatorURL,
      fingerprint: a.fingerprint,
    })),
    groupLabels: j.groupLabels,
    commonLabels: j.commonLabels,
    commonAnnotations: j.commonAnnotations,
    externalURL: j.externalURL,
  };
}

/** Templates using Alertmanager's functions and data methods (0.25's function set). */
const CASES = [
  '{{ .Status | toUpper }} {{ .Receiver | toLower }} {{ title "hello wORLD-foo_bar it\'s 3am" }}',
  '{{ .CommonLabels.SortedPairs.Names | join ", " }} / {{ .CommonLabels.Values | join "|" }}',
  "{{ range .CommonLabels.SortedPairs }}{{ .Name }}={{ .Value }};{{ end }}",
  '{{ .CommonLabels.Remove (stringSlice "severity") }} {{ .CommonLabels.Names }}',
  "{{ len .Alerts.Firing }} {{ len .Alerts.Resolved }} {{ .Alerts.Resolved }}",
  '{{ range .Alerts }}{{ .StartsAt }}|{{ .EndsAt }}|{{ .StartsAt.Format "2006-01-02T15:04:05Z07:00 Mon Jan _2 3:04PM .000" }};{{ end }}',
  "{{ range $i, $a := .Alerts }}{{ $i }}:{{ $a.Labels.instance }}:{{ $a.Annotations.nope }}{{ end }}",
  '{{ match "^High" .GroupLabels.alertname }} {{ reReplaceAll "([a-z]):([0-9]+)" "$2@$1" "a:9090 b:1" }}',
  '{{ safeHtml "<b>x</b>" }} {{ html "<b>" }} {{ .GroupLabels }} {{ .CommonAnnotations.SortedPairs }}',
  "{{ . }}",
  "{{ .ExternalURL }}/#/alerts?receiver={{ .Receiver | urlquery }}",
  '{{ with .CommonLabels.nope }}x{{ else }}none{{ end }}{{ .CommonLabels.nope }}|{{ index .CommonLabels "severity" }}',
];

const ERROR_CASES = [
  "{{ .Nope }}",
  '{{ match "a(" "x" }}',
  '{{ reReplaceAll "a(" "x" "y" }}',
  '{{ template "nope" . }}',
  "{{ .Receiver",
  "{{ nosuch }}",
  '{{ join "," .Receiver }}',
];

function amtool(dir: string, text: string, html = false): { ok: boolean; out: string } {
  const r = spawnSync(
    "amtool",
    [
      "template",
      "render",
      ...(html ? ["--template.type=html", `--template.glob=${EMAIL_TMPL}`] : []),
      `--template.glob=${DEFAULT_TMPL}`,
      `--template.data=${join(dir, "data.json")}`,
      `--template.text=${text}`,
    ],
    { encoding: "utf8" },
  );
  if (r.status === 0) return { ok: true, out: r.stdout };
  return { ok: false, out: r.stderr.replace(/^amtool: error: /, "").trim() };
}

describe("gotemplate vs amtool template render", { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "gotemplate-amtool-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "data.json"), JSON.stringify(DATA_JSON));
  const defaultTmpl = readFileSync(DEFAULT_TMPL, "utf8");
  const set = alertmanagerTemplate([{ name: "default.tmpl", content: defaultTmpl }]);
  const data = new Data(toDataInput(DATA_JSON));

  it("renders every definition of Alertmanager's default.tmpl like amtool", () => {
    const names = [...defaultTmpl.matchAll(/\{\{ define "([^"]+)" \}\}/g)].map((m) => m[1]!);
    assert.ok(names.length > 20, `default.tmpl defines ${names.length} templates`);
    const SEP = "\n@@@@\n";
    // The alert-list helpers range over a list of alerts; the others take the whole data.
    const text = names
      .map((n) => `{{ template "${n}" ${/alert_list|instances/.test(n) ? ".Alerts" : "."} }}`)
      .join(SEP);
    // The firing group, and a resolved group of one alert without annotations or labels in
    // common beyond the group's.
    const resolved: typeof DATA_JSON = {
      ...DATA_JSON,
      status: "resolved",
      alerts: [{ ...DATA_JSON.alerts[2]!, annotations: {} as { summary: string } }],
      commonLabels: { alertname: "HighLatency" } as typeof DATA_JSON.commonLabels,
      commonAnnotations: {} as { summary: string },
      externalURL: "",
    };
    for (const [name, json] of [
      ["firing", DATA_JSON],
      ["resolved", resolved],
    ] as const) {
      writeFileSync(join(dir, "data.json"), JSON.stringify(json));
      const theirs = amtool(dir, text);
      assert.ok(theirs.ok, theirs.out);
      const ours = executeTextString(set, text, new Data(toDataInput(json)));
      const a = ours.split(SEP);
      const b = theirs.out.split(SEP);
      assert.equal(a.length, names.length);
      for (let i = 0; i < names.length; i++)
        assert.equal(a[i], b[i], `${name}: template ${names[i]}`);
    }
    writeFileSync(join(dir, "data.json"), JSON.stringify(DATA_JSON));
  });

  it("evaluates Alertmanager's functions and data methods like amtool", () => {
    for (const text of CASES) {
      const theirs = amtool(dir, text);
      assert.ok(theirs.ok, `${text}: ${theirs.out}`);
      assert.equal(executeTextString(set, text, data), theirs.out, text);
    }
  });

  it("reports the same parse and execution errors as amtool", () => {
    for (const text of ERROR_CASES) {
      const theirs = amtool(dir, text);
      assert.ok(!theirs.ok, text);
      assert.throws(
        () => executeTextString(set, text, data),
        (e: Error) => {
          assert.equal(e.message, theirs.out, text);
          return true;
        },
      );
    }
  });

  it("renders the HTML email template like amtool's html/template", {
    skip: !existsSync(EMAIL_TMPL),
  }, () => {
    const htmlSet = alertmanagerTemplate(
      [
        { name: "default.tmpl", content: defaultTmpl },
        { name: "email.tmpl", content: readFileSync(EMAIL_TMPL, "utf8") },
      ],
      { html: true },
    );
    const texts = [
      '{{ template "email.default.html" . }}',
      '<a href="{{ .ExternalURL }}/{{ "a b" }}#{{ "c d/é" }}" data-x="{{ "+" }}">{{ .Receiver | urlquery }}</a>',
      '<a href="?q={{ "a b" | urlquery }}">{{ html "<" }}{{ "<b>&\'+" }}{{ safeHtml "<i>" }}</a><!-- {{ "c" }} -->',
      '<a href="{{ "javascript:alert(1)" }}" title="{{ .CommonLabels.alertname }}">x</a>',
    ];
    for (const text of texts) {
      const theirs = amtool(dir, text, true);
      assert.ok(theirs.ok, `${text}: ${theirs.out}`);
      assert.equal(executeTextString(htmlSet, text, data), theirs.out, text);
    }
  });
});
