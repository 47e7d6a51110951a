import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { alertmanagerFuncs, Data } from "./alertmanager.ts";
import { ExecError, ParseError } from "./errors.ts";
import { prometheusFuncs } from "./prometheus.ts";
import { Template } from "./template.ts";

/** Fragments that template sources are assembled from, so most inputs get past the lexer. */
const FRAGMENTS = [
  "{{",
  "}}",
  "{{- ",
  " -}}",
  "{{/* c */}}",
  " ",
  "\n",
  "text",
  ".",
  ".a",
  ".b",
  ".l",
  ".m",
  ".f",
  ".Alerts",
  ".Firing",
  ".CommonLabels",
  ".SortedPairs",
  ".Names",
  ".Remove",
  ".constructor",
  ".__proto__",
  ".StartsAt",
  ".Format",
  "$",
  "$x",
  "$i",
  ":=",
  "=",
  ",",
  "|",
  "(",
  ")",
  "if",
  "else",
  "end",
  "range",
  "with",
  "define",
  "template",
  "block",
  "break",
  "continue",
  '"s"',
  '"%d %s %v %.2f %q %x"',
  "`raw`",
  "1",
  "-2",
  "1.5",
  "1e300",
  "0x10",
  "'c'",
  "nil",
  "true",
  "false",
  "printf",
  "print",
  "println",
  "len",
  "index",
  "slice",
  "eq",
  "ne",
  "lt",
  "gt",
  "and",
  "or",
  "not",
  "call",
  "html",
  "js",
  "urlquery",
  "humanize",
  "humanizeDuration",
  "toUpper",
  "title",
  "match",
  "reReplaceAll",
  "query",
  "first",
  "value",
  "label",
  "args",
  "stringSlice",
  "join",
  "toJson",
  "date",
];

const source = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(" ")),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join("")),
  fc.string({ maxLength: 60 }),
);

const amData = new Data({
  receiver: "r",
  status: "firing",
  alerts: [
    {
      status: "firing",
      labels: { alertname: "A" },
      annotations: {},
      startsAt: 0,
      endsAt: 0,
      generatorURL: "",
      fingerprint: "f",
    },
  ],
  groupLabels: { alertname: "A" },
  commonLabels: { alertname: "A" },
  commonAnnotations: {},
  externalURL: "",
});

const DATA = {
  a: "str",
  b: 2.5,
  l: [1n, "two", { a: null }, [3n]],
  m: { k: "v", n: { deep: [] } },
  f: (x: unknown) => x,
  Alerts: amData.Alerts,
  CommonLabels: amData.CommonLabels,
};

const funcs = {
  ...prometheusFuncs({
    timestampMs: 0,
    query: (q) => (q === "" ? [] : [{ labels: { q }, value: q.length }]),
  }),
  ...alertmanagerFuncs({ now: () => 0 }),
};

const LIMITS = { maxSteps: 5_000, maxDepth: 50, maxOutput: 100_000 };

function check(src: string): void {
  let t: Template;
  try {
    t = new Template("fuzz", { funcs, limits: LIMITS }).parse(src);
  } catch (e) {
    assert.ok(e instanceof ParseError, `parse of ${JSON.stringify(src)} threw ${e}`);
    return;
  }
  for (const dot of [DATA, undefined, amData]) {
    try {
      const out = t.executeSync(dot);
      assert.equal(typeof out, "string");
    } catch (e) {
      assert.ok(
        e instanceof ExecError,
        `execution of ${JSON.stringify(src)} threw ${(e as Error).stack}`,
      );
    }
  }
}

describe("template engine robustness", () => {
  it("only ever throws ParseError or ExecError, and terminates, for random sources", () => {
    fc.assert(fc.property(source, check), { numRuns: 3000 });
  });

  it("survives the classic hostile inputs", () => {
    const hostile = [
      `{{ ${"(".repeat(3000)} }}`,
      `${"{{ if 1 }}".repeat(3000)}`,
      '{{ define "a" }}{{ template "a" . }}{{ template "a" . }}{{ end }}{{ template "a" . }}',
      "{{ range $i, $v := .l }}{{ range $.l }}{{ range $.l }}{{ range $.l }}{{ . }}{{ end }}{{ end }}{{ end }}{{ end }}",
      "{{ range 100000000 }}x{{ end }}",
      '{{ printf "%*d" 1000000000 1 }}',
      '{{ printf "%.1000000000f" 1.5 }}',
      "{{ slice .l 3 1 }}{{ index .l -1 }}",
      "{{ .f.x }}{{ call .a }}{{ len .f }}",
      '{{ reReplaceAll "(a*)*$" "x" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" }}',
    ];
    for (const h of hostile) check(h);
  });
});
