import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkAlertTemplate,
  expandAlertTemplate,
  humanize,
  humanize1024,
  humanizeDuration,
  humanizePercentage,
  humanizeTimestamp,
  parsePromDuration,
  prometheusFuncs,
  stripDomain,
  stripPort,
  tmplFunc,
} from "./prometheus.ts";
import { Template } from "./template.ts";

const base = {
  ruleName: "HighLoad",
  labels: { instance: "host-1.example.com:9100", job: "node" },
  value: 1234567,
  timestampMs: 1_700_000_000_000,
};

describe("Prometheus template functions", () => {
  it("humanize* format numbers like Prometheus", () => {
    assert.equal(humanize(1234567), "1.235M");
    assert.equal(humanize(0.000123), "123u");
    assert.equal(humanize(0), "0");
    assert.equal(humanize("2.5e6"), "2.5M");
    assert.equal(humanize(12345n), "12.35k");
    assert.equal(humanize1024(1048576), "1Mi");
    assert.equal(humanize1024(1), "1");
    assert.equal(humanizeDuration(899.99), "14m 59s");
    assert.equal(humanizeDuration(90061.5), "1d 1h 1m 1s");
    assert.equal(humanizeDuration(0.0012), "1.2ms");
    assert.equal(humanizeDuration(0), "0s");
    assert.equal(humanizePercentage(0.1234567), "12.35%");
    assert.equal(humanizeTimestamp(1435065584.128), "2015-06-23 13:19:44.128 +0000 UTC");
    assert.equal(humanize(Number.NaN), "NaN");
    assert.throws(() => humanize(true), /can't convert bool to float/);
    assert.throws(() => humanize("x"), /strconv.ParseFloat: parsing "x": invalid syntax/);
  });

  it("parses durations and strips ports and domains", () => {
    assert.equal(parsePromDuration("1h30m"), 5400);
    assert.equal(parsePromDuration("1w2d"), 9 * 86400);
    assert.equal(parsePromDuration("250ms"), 0.25);
    assert.throws(() => parsePromDuration("1x"), /not a valid duration string: "1x"/);
    assert.equal(stripPort("a.example:80"), "a.example");
    assert.equal(stripPort("[::1]:80"), "::1");
    assert.equal(stripPort("noport"), "noport");
    assert.equal(stripDomain("host-1.example.com:9100"), "host-1:9100");
    assert.equal(stripDomain("host-1.example.com"), "host-1");
    assert.equal(stripDomain("10.0.0.1:9100"), "10.0.0.1:9100");
  });

  it("offers now, externalURL, pathPrefix, toTime, toDuration, args and links", () => {
    const funcs = prometheusFuncs({
      timestampMs: 90_500,
      externalURL: "https://prom.example/sub/p",
    });
    const t = new Template("x", { funcs }).parse(
      '{{ now }}|{{ externalURL }}|{{ pathPrefix }}|{{ (toTime 90.5).Unix }}|{{ toDuration 90.5 }}|{{ (args 1 "a").arg1 }}|{{ graphLink "up == 0" }}|{{ tableLink "x" }}',
    );
    assert.equal(
      t.executeSync({}),
      "90.5|https://prom.example/sub/p|/sub/p|90|1m30.5s|a|/graph?g0.expr=up+%3D%3D+0&g0.tab=0|/graph?g0.expr=x&g0.tab=1",
    );
  });
});

describe("console templates", () => {
  it("tmpl executes another template of the set as trusted HTML", async () => {
    const t = new Template("page", { funcs: prometheusFuncs({ timestampMs: 0 }), html: true });
    t.addFuncs({ tmpl: tmplFunc(t) });
    t.parse('{{ define "head" }}<b>{{ . }}</b>{{ end }}<div>{{ tmpl "head" "a<b" }}</div>');
    assert.equal(await t.execute({}), "<div><b>a&lt;b</b></div>");
    const loop = new Template("loop", { funcs: prometheusFuncs({ timestampMs: 0 }) });
    loop.addFuncs({ tmpl: tmplFunc(loop) });
    loop.parse('{{ tmpl "loop" . }}');
    await assert.rejects(loop.execute({}), /exceeded maximum tmpl nesting/);
  });
});

describe("alert template expansion", () => {
  it("defines $labels, $value, $externalLabels and $externalURL like Prometheus", async () => {
    const out = await expandAlertTemplate({
      ...base,
      text: "{{ $labels.instance }} {{ $value | humanize }} {{ $externalLabels.cluster }} {{ $externalURL }} [{{ $labels.nope }}]",
      externalLabels: { cluster: "eu-1" },
      externalURL: "http://prom",
    });
    assert.equal(out, "host-1.example.com:9100 1.235M eu-1 http://prom []");
  });

  it("awaits an asynchronous query callback at the evaluation time", async () => {
    const seen: [string, number][] = [];
    const out = await expandAlertTemplate({
      ...base,
      text: '{{ range query "disk_free" | sortByLabel "dev" }}{{ .Labels.dev }}={{ .Value | humanize1024 }} {{ end }}{{ with query "up" }}{{ . | first | value }}{{ end }}',
      query: async (q, ts) => {
        seen.push([q, ts]);
        await new Promise((r) => setTimeout(r, 1));
        if (q === "up") return [{ labels: {}, value: 1 }];
        return [
          { labels: { dev: "sdb" }, value: 2048 },
          { labels: { dev: "sda" }, value: 1024 },
        ];
      },
    });
    assert.equal(out, "sda=1ki sdb=2ki 1");
    assert.deepEqual(seen, [
      ["disk_free", base.timestampMs],
      ["up", base.timestampMs],
    ]);
  });

  it("turns failures into Prometheus's <error expanding template: ...> text", async () => {
    assert.equal(
      await expandAlertTemplate({ ...base, text: "{{ gt $value 10 }}" }),
      '<error expanding template: error executing template __alert_HighLoad: template: __alert_HighLoad:1:115: executing "__alert_HighLoad" at <gt $value 10>: error calling gt: incompatible types for comparison>',
    );
    assert.equal(
      await expandAlertTemplate({ ...base, text: "{{ nosuch }}" }),
      '<error expanding template: error parsing template __alert_HighLoad: template: __alert_HighLoad:1: function "nosuch" not defined>',
    );
    assert.equal(
      await expandAlertTemplate({
        ...base,
        text: '{{ query "x" }}',
        query: async () => {
          throw new Error("query timed out");
        },
      }),
      '<error expanding template: error executing template __alert_HighLoad: template: __alert_HighLoad:1:115: executing "__alert_HighLoad" at <query "x">: error calling query: query timed out>',
    );
  });

  it("validates templates for the rules API like Prometheus's rule checks", () => {
    assert.equal(checkAlertTemplate("A", "{{ $labels.x }} {{ humanize $value }}"), undefined);
    assert.equal(
      checkAlertTemplate("A", "{{ nosuch }}"),
      'template: __alert_A:1: function "nosuch" not defined',
    );
    assert.equal(
      checkAlertTemplate("A", "{{ $x }}"),
      'template: __alert_A:1: undefined variable "$x"',
    );
  });
});
