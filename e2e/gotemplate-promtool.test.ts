/**
 * Differential test of the Go template engine against Prometheus itself: every case becomes an
 * alerting rule whose annotation is the template; `promtool test rules` (Debian's prometheus)
 * evaluates it and compares it with the expansion mimir-ts computes with the same labels,
 * value, evaluation time and query results. On a mismatch the test reports promtool's
 * expansion next to ours.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  checkAlertTemplate,
  expandAlertTemplate,
} from "../components/util/gotemplate/prometheus.ts";
import { unquoteString } from "../components/util/gotemplate/quote.ts";

function hasPromtool(): boolean {
  try {
    execFileSync("promtool", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const skip = !hasPromtool() ? "promtool is not installed (apt-get install -y prometheus)" : false;

interface Case {
  text: string;
  /** The alert's value (the expression is `up * 0 + value`). */
  value?: string;
}

/** Series the rules and `query` see; the alerting series is up{job="node"} (value 1). */
const SERIES: { labels: Record<string, string>; value: number }[] = [
  { labels: { __name__: "up", job: "node", instance: "host-1.example.com:9100" }, value: 1 },
  { labels: { __name__: "disk_free", instance: "b:1", dev: "sda" }, value: 2.5e9 },
  { labels: { __name__: "disk_free", instance: "a:1", dev: "sdb" }, value: 1234.5678 },
  { labels: { __name__: "disk_free", instance: "c:1", dev: "sdc" }, value: 0.000123 },
];
const EVAL_MS = 10 * 60_000;
const ALERT_LABELS = { job: "node", instance: "host-1.example.com:9100" };

const CASES: Case[] = [
  { text: "{{ $value }} {{ .Value }} {{ $labels.instance }} {{ .Labels.job }}" },
  { text: "{{ humanize $value }}", value: "1234567" },
  { text: "{{ humanize 0 }} {{ humanize 0.000123 }} {{ humanize 1e-30 }} {{ humanize 12345 }}" },
  { text: '{{ humanize 999.95 }} {{ humanize 1e27 }} {{ humanize -1234 }} {{ humanize "2.5e6" }}' },
  {
    text: "{{ humanize1024 1 }} {{ humanize1024 1023 }} {{ humanize1024 1048576 }} {{ humanize1024 -5000 }}",
  },
  {
    text: "{{ humanizeDuration 0 }} {{ humanizeDuration 0.000123 }} {{ humanizeDuration 59.99 }} {{ humanizeDuration 61 }}",
  },
  {
    text: "{{ humanizeDuration 3661 }} {{ humanizeDuration 90061.5 }} {{ humanizeDuration -3700 }} {{ humanizeDuration 1 }}",
  },
  {
    text: "{{ humanizePercentage 0.1234567 }} {{ humanizePercentage 1 }} {{ humanizePercentage 0 }}",
  },
  {
    text: "{{ humanizeTimestamp 1435065584.128 }} {{ humanizeTimestamp 0 }} {{ humanizeTimestamp 1e9 }}",
  },
  { text: "{{ humanize $value }} {{ humanizeDuration $value }}", value: "NaN" },
  { text: "{{ humanize $value }} {{ humanize1024 $value }}", value: "+Inf" },
  {
    text: '{{ printf "%.2f" $value }} {{ printf "%d" 42 }} {{ printf "%5.1f|%-6s|%q" 3.14159 "ab" "x\\"y" }}',
  },
  { text: '{{ printf "%v %v %v %v" 1e6 123456.0 0.0001 0.00001 }} {{ 1e21 }} {{ 1.5 }}' },
  { text: '{{ printf "%x %X %o %b %e %E %g" 255 255 8 5 1234.5678 0.000123 100000000.0 }}' },
  { text: '{{ printf "%08.3f|%+d|% d|%t|%%|%c|%U" 3.14159 5 7 true 65 9731 }}' },
  { text: '{{ printf "%d %s" 1.5 3 }} {{ printf "%d" }} {{ printf "x" 1 }}' },
  { text: '{{ printf "%.3g|%.10g|%.0f|%.1f|%.2f" 2.5 0.1 2.5 0.25 1.005 }}' },
  {
    text: "{{ if gt $value 10.0 }}big{{ else if gt $value 1.0 }}medium{{ else }}small{{ end }}",
    value: "5",
  },
  {
    text: '{{ if and (eq $labels.job "node") (ne $value 0.0) }}yes{{ end }}{{ if or false 0 "" }}x{{ else }}none{{ end }}',
  },
  {
    text: "{{ with $labels.missing }}has{{ else }}no {{ $labels.missing }}|{{ end }}{{ with $labels.job }}{{ . }}{{ end }}",
  },
  {
    text: '{{ range query "disk_free" | sortByLabel "dev" }}{{ .Labels.instance }}={{ .Value | humanize }};{{ end }}',
  },
  {
    text: '{{ range $i, $s := query "disk_free" | sortByLabel "instance" }}{{ $i }}:{{ label "dev" $s }} {{ end }}',
  },
  { text: '{{ with query "sum(disk_free)" }}{{ . | first | value | humanize }}{{ end }}' },
  { text: "{{ with query \"disk_free{dev='none'}\" }}has{{ else }}empty{{ end }}" },
  { text: '{{ query "scalar(up)" | first | value }} {{ (query "vector(3)" | first).Value }}' },
  { text: "{{ range $k, $v := $labels }}{{ $k }}={{ $v }},{{ end }} {{ len $labels }}" },
  { text: '{{ title "hello wORLD-foo_bar" }} {{ toUpper "abc" }} {{ toLower "ABC" }}' },
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Go's ${1} replacement syntax
    text: '{{ match "^host-[0-9]+" $labels.instance }} {{ reReplaceAll "(.*)-([0-9]+)\\\\..*" "$2/${1}x" $labels.instance }}',
  },
  { text: '{{ stripPort $labels.instance }} {{ stripPort "[::1]:80" }} {{ stripPort "noport" }}' },
  { text: '{{ graphLink "rate(x[5m]) > 1" }} {{ tableLink "up" }}' },
  { text: '{{ parseDuration "1h30m" }} {{ parseDuration "1d" }} {{ parseDuration "250ms" }}' },
  {
    text: '{{ define "x" }}[{{ . }}]{{ end }}{{ template "x" $labels.job }}{{ template "x" 1.5 }}',
  },
  {
    text: '{{ $x := 1 }}{{ range $labels }}{{ $x = 2 }}{{ end }}{{ $x }} {{ len "héllo" }} {{ index $labels "job" }}',
  },
  { text: '{{ slice "abcdef" 1 4 }} {{ print 1 2 "a" "b" 3 }} {{ println 1 2 }}' },
  { text: '{{ html "<a href=\'x\'>&</a>" }} {{ js "it\'s <b>" }} {{ urlquery "a b&c=d/é" }}' },
  { text: '{{- /* comment */ -}}   trimmed   {{- " x " -}}   end' },
  { text: '{{ $labels.job | printf "%s-%s" "a" }} {{ "abc" | len }} {{ not true }} {{ not "" }}' },
  { text: '{{ args 1 "a" }} {{ (args 1 2).arg1 }}' },
  { text: "{{ range $i, $e := args 5 6 }}{{ $i }}{{ $e }}{{ end }}" },
  { text: "{{ gt $value 10 }}", value: "5" },
  { text: "{{ .Nope }}" },
  { text: '{{ humanize "abc" }}' },
  { text: "{{ first (query \"disk_free{dev='none'}\") }}" },
  { text: "{{ range $labels }}{{ break }}{{ end }}x" },
  { text: "{{ index $labels 1 }}" },
  { text: '{{ template "nope" }}' },
  { text: "{{ $labels.job.foo }}" },
  { text: "{{ eq 1 1.0 }}" },
  { text: '{{ lt "a" "b" }} {{ le 2 2 }} {{ ge 1.5 2.5 }} {{ eq "a" "b" "a" }} {{ ne 1 2 }}' },
  { text: "{{ 'a' }} {{ 0x1F }} {{ 1_000 }} {{ -5 }} {{ 0o17 }} {{ 1e3 }}" },
  { text: '{{ "\\u00e9\\t\\x41" }} {{ `raw\\n` }}' },
  { text: "{{ toTime 1435065584.128 }} {{ (toTime 60).Unix }}" },
  { text: "{{ $labels }} {{ . }}" },
  { text: '{{ printf "%v|%s|%d|%q|%x" $labels $labels 1 \'x\' "hi" }}' },
  { text: '{{ printf "%s %d %q %c %U %v" 1 $value 65 65 65 (len $labels) }}', value: "2.5" },
  {
    text: '{{ 1 | printf "%d %d" 2 }} {{ printf "%5.2f%%|%-8.3e|%+.1f|%x" 99.555 12345.678 -0.05 1.5 }}',
  },
  {
    text: '{{ $value := 3 }}{{ $value }} {{ with $x := $labels.job }}{{ $x }}{{ $x = "y" }}{{ $x }}{{ end }}',
  },
  {
    text: '{{ define "inner" }}<{{ . }}|{{ $ }}>{{ end }}{{ template "inner" }}{{ template "inner" $labels.job }}',
  },
  {
    text: '{{ range $k, $v := $labels }}{{ if eq $k "job" }}{{ continue }}{{ end }}{{ $k }}{{ end }}|{{ range $labels }}{{ . }}{{ break }}{{ end }}',
  },
  {
    text: '{{ index $labels "nope" }}|{{ len (index $labels "job") }}|{{ slice $labels.job 1 }}|{{ js "a\'b\\"c<>=&" }}',
  },
  { text: "{{ and }}" },
  { text: '{{ or 0 .Value }} {{ and 1 "x" }} {{ not .Labels }} {{ or }}' },
  {
    text: '{{ lt "abc" "abd" }} {{ gt 2.5 2.25 }} {{ le 3 2 }} {{ eq .ExternalURL "" }} {{ ne $labels.job "node" }}',
  },
  { text: "{{ eq $labels $labels }}" },
  { text: '{{ lt 1 "a" }}' },
  { text: "{{ index 1 2 }}" },
  { text: '{{ slice "abc" 2 1 }}' },
  { text: "{{ len 3 }}" },
  { text: "{{ .Labels.job.x.y }}" },
  { text: "{{ $labels.job 1 }}" },
  { text: "{{ humanize true }}" },
  { text: "{{ printf 1 }}" },
  { text: "{{ title 1 }}" },
  { text: '{{ label "x" }}' },
  { text: '{{ reReplaceAll "(" "x" "y" }}' },
  { text: '{{ match "[" "y" }}' },
  { text: '{{ parseDuration "x" }}' },
  {
    text: '{{ query "up" | first | label "job" }} {{ (query "up" | first).Labels.job }} {{ query "up" | len }}',
  },
  {
    text: "{{ humanize 1e-40 }} {{ humanize 5e28 }} {{ humanize -0.0005 }} {{ humanizeDuration 86400 }} {{ humanizeDuration -0.5 }}",
  },
  { text: "{{ humanizeTimestamp -1 }} {{ humanizeTimestamp 1e20 }}" },
  { text: '{{ printf "%.3v|%10.4v|%-10v|%#v" 3.14159 2.0 "s" "q" }}' },
  {
    text: '{{ printf "%t %t" true 1 }} {{ printf "%!" }} {{ printf "%z" 1 }} {{ printf "%[2]d %[1]d" 1 2 }}',
  },
  { text: "{{ print nil }} {{ print 1 nil }} {{ println }} {{ print }}" },
  {
    text: "{{ 1.0 }} {{ 1e2 }} {{ 0.1 }} {{ 100000000000000000000.0 }} {{ 1e-7 }} {{ 123456789 }}",
  },
  { text: "{{ \"a\\tb\" }} {{ 'a' }} {{ '\\n' }} {{ '\\u00e9' }} {{ 0b101 }}" },
];

/** Templates for the parse-time validation table: Prometheus rejects most of them. */
const PARSE_CASES = [
  "{{ if }}{{ end }}",
  "{{ .a | 1 }}",
  "{{ range $i, $v, $w := . }}{{ end }}",
  "x\n{{ end }}",
  '{{ "abc }}',
  "{{ .a.b.c 'xx' }}",
  '{{ define "x" }}{{ end }}{{ define "x" }}a{{ end }}',
  "{{ template .x }}",
  "{{ 3 | . }}",
  "{{ else }}",
  "{{ $x := 1 }}{{ $y = 2 }}",
  "{{ range .x }}{{ else if .y }}{{ end }}",
  "{{ 1e }} {{ 0x }}",
  "{{ ( }}",
  "{{ # }}",
  '{{ .a.b | printf "%d" | }}',
  "{{ nosuch 1 }}",
  "{{ $undefined }}",
  "{{ range .x }}{{ end }}{{ break }}",
  "{{ .x\n}}",
  "{{ /* unterminated }}",
  "{{ `raw }}",
  "{{ 'a }}",
  "{{ 1 2 ) }}",
  "{{ if 1 }}{{ else }}{{ else }}{{ end }}",
  "{{ with }}{{ end }}",
  "{{ block }}{{ end }}",
  '{{ template "x" | }}',
  "{{ .A.B.C.D }}{{ $.x }}{{ $ }}",
  "{{ 99999999999999999999 }}",
  "{{ -.5 }} {{ +1 }} {{ 1_0 }}",
];

interface Got {
  annotations: Map<string, string>;
}

/** Parses promtool's "got:" alert list: alertname -> annotations. */
function parsePromtoolFailures(out: string): Map<string, Got> {
  const res = new Map<string, Got>();
  const blocks = out.split(/alertname: /).slice(1);
  for (const b of blocks) {
    const name = /^(\w+)/.exec(b)![1]!;
    const gotIdx = b.indexOf("got:[");
    if (gotIdx < 0) continue;
    const got = b.slice(gotIdx);
    const annIdx = got.indexOf("Annotations:{");
    const annotations = new Map<string, string>();
    if (annIdx >= 0) {
      const re = /(\w+)=("(?:[^"\\]|\\.)*")/gy;
      let i = annIdx + "Annotations:{".length;
      for (;;) {
        re.lastIndex = i;
        const m = re.exec(got);
        if (!m) break;
        annotations.set(m[1]!, unquoteString(m[2]!) ?? m[2]!);
        i = re.lastIndex;
        if (got.startsWith(", ", i)) i += 2;
      }
    }
    res.set(name, { annotations });
  }
  return res;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

describe("gotemplate vs promtool test rules", { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "gotemplate-promtool-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("expands every alert annotation template exactly like Prometheus", async () => {
    // Our expansions: the query callback evaluates the few PromQL expressions the cases use
    // over SERIES at the evaluation time.
    const query = (q: string): { labels: Record<string, string>; value: number }[] => {
      const strip = (l: Record<string, string>): Record<string, string> => l;
      switch (q) {
        case "disk_free":
          return SERIES.filter((s) => s.labels.__name__ === "disk_free").map((s) => ({
            labels: strip(s.labels),
            value: s.value,
          }));
        case "sum(disk_free)":
          return [{ labels: {}, value: 2.5e9 + 1234.5678 + 0.000123 }];
        case "disk_free{dev='none'}":
          return [];
        case "up":
          return [{ labels: { __name__: "up", ...ALERT_LABELS }, value: 1 }];
        case "scalar(up)":
          return [{ labels: {}, value: 1 }];
        case "vector(3)":
          return [{ labels: {}, value: 3 }];
      }
      throw new Error(`unexpected query ${q}`);
    };
    const ours: string[] = [];
    for (let i = 0; i < CASES.length; i++) {
      const c = CASES[i]!;
      const v = c.value ?? "1";
      const value = v === "+Inf" ? Infinity : v === "-Inf" ? -Infinity : Number(v);
      ours.push(
        await expandAlertTemplate({
          ruleName: `C${i}`,
          text: c.text,
          labels: ALERT_LABELS,
          value,
          timestampMs: EVAL_MS,
          // promtool runs rules without an external URL
          externalURL: "",
          query: async (q) => query(q),
        }),
      );
    }
    const rules = [
      "groups:",
      "- name: templates",
      "  rules:",
      ...CASES.flatMap((c, i) => [
        `  - alert: C${i}`,
        `    expr: up * 0 + ${c.value ?? "1"}`,
        "    annotations:",
        `      t: ${yamlString(c.text)}`,
      ]),
    ].join("\n");
    const series = SERIES.map((s) => {
      const { __name__, ...rest } = s.labels;
      const labels = Object.entries(rest)
        .map(([k, v]) => `${k}="${v}"`)
        .join(",");
      return `  - series: '${__name__}{${labels}}'\n    values: '${s.value}x20'`;
    });
    const test = [
      "rule_files: [rules.yml]",
      "evaluation_interval: 1m",
      "tests:",
      "- interval: 1m",
      "  external_labels: {}",
      "  input_series:",
      ...series,
      "  alert_rule_test:",
      ...CASES.flatMap((_, i) => [
        "  - eval_time: 10m",
        `    alertname: C${i}`,
        "    exp_alerts:",
        `    - exp_labels: {job: node, instance: "host-1.example.com:9100"}`,
        `      exp_annotations: {t: ${yamlString(ours[i]!)}}`,
      ]),
    ].join("\n");
    writeFileSync(join(dir, "rules.yml"), rules);
    writeFileSync(join(dir, "test.yml"), test);
    const r = spawnSync("promtool", ["test", "rules", "test.yml"], { cwd: dir, encoding: "utf8" });
    const out = r.stdout + r.stderr;
    if (r.status !== 0) {
      const failures = parsePromtoolFailures(out);
      const diffs: string[] = [];
      for (const [name, got] of failures) {
        const i = Number(name.slice(1));
        diffs.push(
          `case ${i}: ${CASES[i]?.text}\n  ours:     ${JSON.stringify(ours[i])}\n  promtool: ${JSON.stringify(got.annotations.get("t"))}`,
        );
      }
      assert.fail(`promtool disagrees:\n${diffs.join("\n") || out}`);
    }
    assert.match(out, /SUCCESS/);
  });

  it("rejects the templates Prometheus rejects, with the same message", () => {
    const rules = [
      "groups:",
      "- name: parse",
      "  rules:",
      ...PARSE_CASES.flatMap((t, i) => [
        `  - alert: P${i}`,
        "    expr: up",
        "    annotations:",
        `      t: ${yamlString(t)}`,
      ]),
    ].join("\n");
    writeFileSync(join(dir, "parse.yml"), rules);
    const r = spawnSync("promtool", ["check", "rules", "parse.yml"], {
      cwd: dir,
      encoding: "utf8",
    });
    const theirs = new Map<string, string>();
    for (const line of (r.stdout + r.stderr).split("\n")) {
      const m = /"(P\d+)": annotation "t": (.*)$/.exec(line);
      if (m) theirs.set(m[1]!, m[2]!);
    }
    assert.ok(theirs.size > 10, r.stdout + r.stderr);
    const diffs: string[] = [];
    PARSE_CASES.forEach((t, i) => {
      const ours = checkAlertTemplate(`P${i}`, t);
      const want = theirs.get(`P${i}`);
      if (ours !== want)
        diffs.push(`${JSON.stringify(t)}\n  ours:     ${ours}\n  promtool: ${want}`);
    });
    assert.equal(diffs.length, 0, diffs.join("\n"));
  });
});
