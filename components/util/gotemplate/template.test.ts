import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ExecError, ParseError } from "./errors.ts";
import { Template } from "./template.ts";

function run(
  src: string,
  data: unknown = {},
  opts: ConstructorParameters<typeof Template>[1] = {},
): string {
  return new Template("t", opts).parse(src).executeSync(data);
}

function execError(src: string, data: unknown = {}): string {
  try {
    run(src, data);
  } catch (e) {
    assert.ok(e instanceof ExecError, `expected ExecError, got ${e}`);
    return e.message;
  }
  assert.fail(`expected ${src} to fail`);
}

function parseError(src: string, funcs = {}): string {
  try {
    new Template("t", { funcs }).parse(src);
  } catch (e) {
    assert.ok(e instanceof ParseError, `expected ParseError, got ${e}`);
    return e.message;
  }
  assert.fail(`expected ${src} not to parse`);
}

describe("Go text/template semantics", () => {
  it("prints text, fields, map keys and missing values like Go", () => {
    assert.equal(run("a {{.x}} b", { x: "y" }), "a y b");
    assert.equal(run("{{.a.b.c}}", { a: { b: { c: 1.5 } } }), "1.5");
    assert.equal(run("{{.missing}}|{{.missing.deeper}}", {}), "<no value>|<no value>");
    assert.equal(run("{{.l.nope}}", { l: { job: "x" } }), "", "string maps yield the zero string");
    assert.equal(run("{{ . }}", null), "<nil>");
    assert.equal(
      run("{{ .m }}", {
        m: new Map([
          ["b", 2n],
          ["a", 1n],
        ]),
      }),
      "map[a:1 b:2]",
    );
    assert.equal(run("{{ .s }}", { s: ["a", 1n, true] }), "[a 1 true]");
  });

  it("trims spaces around {{- and -}} and skips comments", () => {
    assert.equal(run("a  \n {{- 1 -}} \n  b"), "a1b");
    assert.equal(run("a {{/* c */}} b"), "a  b");
    assert.equal(run("a {{- /* c */ -}} b"), "ab");
    assert.equal(run("{{-3}}"), "-3", "{{-3 is a number, not a trim marker");
  });

  it("evaluates pipelines, variables, assignment and parenthesized arguments", () => {
    assert.equal(run('{{ "abc" | printf "%s-%s" "x" }}'), "x-abc");
    assert.equal(run("{{ $x := 1 }}{{ $x }}{{ $x = 2 }}{{ $x }}"), "12");
    assert.equal(run("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}"), "2");
    assert.equal(run("{{ $ := 5 }}{{ $ }}", {}), "5");
    assert.equal(run("{{ len (print .a .b) }}", { a: "xy", b: "z" }), "3");
    assert.equal(run("{{ (index .l 0).n }}", { l: [{ n: "v" }] }), "v");
    assert.equal(run("{{ with $x := .a }}{{ $x }}{{ end }}", { a: "q" }), "q");
  });

  it("runs if / else if / else, with / else, and range with else, break and continue", () => {
    const t = "{{ if eq .n 1.0 }}one{{ else if eq .n 2.0 }}two{{ else }}many{{ end }}";
    assert.equal(run(t, { n: 1 }), "one");
    assert.equal(run(t, { n: 2 }), "two");
    assert.equal(run(t, { n: 3 }), "many");
    assert.equal(run("{{ with .x }}[{{ . }}]{{ else }}none{{ end }}", { x: "" }), "none");
    assert.equal(run("{{ with .x }}[{{ . }}]{{ else with .y }}y={{.}}{{ end }}", { y: 2n }), "y=2");
    assert.equal(run("{{ range .l }}{{ . }},{{ else }}empty{{ end }}", { l: [] }), "empty");
    assert.equal(
      run("{{ range $i, $v := .l }}{{ $i }}={{ $v }};{{ end }}", { l: ["a", "b"] }),
      "0=a;1=b;",
    );
    assert.equal(
      run("{{ range $k, $v := . }}{{ $k }}:{{ $v }} {{ end }}", { b: 1n, a: 2n, c: 3n }),
      "a:2 b:1 c:3 ",
    );
    assert.equal(
      run(
        "{{ range .l }}{{ if eq . 2 }}{{ continue }}{{ end }}{{ if eq . 4 }}{{ break }}{{ end }}{{ . }}{{ end }}",
        {
          l: [1n, 2n, 3n, 4n, 5n],
        },
      ),
      "13",
    );
    assert.equal(run("{{ range 3 }}{{ . }}{{ end }}"), "012");
    assert.equal(run("{{ range .nil }}x{{ else }}none{{ end }}", { nil: null }), "none");
  });

  it("defines, calls and overrides templates; block provides a default", () => {
    assert.equal(
      run('{{ define "a" }}A{{ . }}{{ end }}{{ template "a" 1 }}{{ template "a" }}'),
      "A1A<no value>",
    );
    const t = new Template("page").parse('<{{ block "body" . }}default {{ . }}{{ end }}>');
    assert.equal(t.executeSync("x"), "<default x>");
    t.parseNamed("override", '{{ define "body" }}custom {{ . }}{{ end }}');
    assert.equal(t.executeSync("x"), "<custom x>");
    assert.deepEqual(t.templateNames(), ["body", "override", "page"]);
    // A body of only definitions and spaces does not replace an existing body.
    t.parse('  {{ define "other" }}o{{ end }}  ');
    assert.equal(t.executeSync("y"), "<custom y>");
  });

  it("calls methods and functions found in the data", () => {
    class Alerts {
      readonly list = ["a", "b"];
      Firing(): string[] {
        return this.list;
      }
      Join(sep: string): string {
        return this.list.join(sep);
      }
    }
    const data = { alerts: new Alerts(), fn: (a: string) => `<${a}>` };
    assert.equal(run('{{ len .alerts.Firing }} {{ .alerts.Join "+" }}', data), "2 a+b");
    assert.equal(run('{{ call .fn "x" }}', data), "<x>");
    assert.match(execError("{{ .alerts.Nope }}", data), /can't evaluate field Nope in type Alerts/);
  });

  it("implements and/or short-circuit and Go's truthiness", () => {
    assert.equal(run('{{ and 1 0 2 }} {{ and 1 2 }} {{ or 0 "" }} {{ or 0 3 }}'), "0 2  3");
    // The right operand of `or` is not evaluated once the left is true.
    assert.equal(run("{{ or true .x.y.z }}", {}), "true");
    assert.equal(
      run("{{ not 0 }} {{ not .l }} {{ not .m }}", { l: [1], m: {} }),
      "true false true",
    );
  });

  it("compares like Go: kinds must match, strings and numbers order", () => {
    assert.equal(
      run('{{ eq 1 1 }} {{ eq 1.5 1.5 }} {{ eq "a" "b" "a" }} {{ ne 1 2 }}'),
      "true true true true",
    );
    assert.equal(
      run('{{ lt 1 2 }} {{ le 2 2 }} {{ gt "b" "a" }} {{ ge 1.0 2.0 }}'),
      "true true true false",
    );
    assert.match(
      execError("{{ eq 1 1.0 }}"),
      /error calling eq: incompatible types for comparison/,
    );
    assert.match(execError("{{ lt true false }}"), /error calling lt: invalid type for comparison/);
    assert.equal(run('{{ eq .missing "x" }}', {}), "false");
  });

  it("len, index and slice count bytes, check bounds and index maps", () => {
    assert.equal(run('{{ len "héllo" }} {{ index "abc" 1 }} {{ slice "abcdef" 1 3 }}'), "6 98 bc");
    assert.equal(
      run('{{ index .l 1 }} {{ index .m "k" }} {{ slice .l 1 }}', {
        l: [1n, 2n, 3n],
        m: { k: "v" },
      }),
      "2 v [2 3]",
    );
    assert.equal(run("{{ index .n 0 1 }}", { n: [[1n, 2n]] }), "2");
    assert.match(
      execError("{{ index .l 5 }}", { l: [1n] }),
      /error calling index: index out of range: 5/,
    );
    assert.match(execError("{{ len 3 }}"), /error calling len: len of type int/);
  });

  it("escapes with html, js and urlquery", () => {
    assert.equal(run(`{{ html "<a href='x'>&\\"" }}`), "&lt;a href=&#39;x&#39;&gt;&amp;&#34;");
    assert.equal(run(`{{ js "it's <b>=" }}`), "it\\'s \\u003Cb\\u003E\\u003D");
    assert.equal(run('{{ urlquery "a b&c/é" }}'), "a+b%26c%2F%C3%A9");
    assert.equal(run('{{ print 1 2 "a" "b" 3 }}|{{ println 1 "x" }}'), "1 2ab3|1 x\n");
  });

  it("reports execution errors with Go's location and context", () => {
    assert.equal(
      execError("line1\n  {{ .a.b }}", { a: 5n }),
      // Go positions a field chain at its second field.
      'template: t:2:7: executing "t" at <.a.b>: can\'t evaluate field b in type int',
    );
    assert.equal(
      execError('{{ define "x" }}{{ .Foo 1 }}{{ end }}{{ template "x" . }}', { Foo: "s" }),
      'template: t:1:19: executing "x" at <.Foo>: Foo is not a method but has arguments',
    );
    assert.equal(
      execError("{{ nil }}"),
      'template: t:1:3: executing "t" at <nil>: nil is not a command',
    );
    assert.match(execError('{{ template "nope" }}'), /template "nope" not defined/);
    assert.match(execError("{{ 1 | printf }}"), /wrong type for value; expected string; got int$/);
    assert.match(
      execError("{{ printf }}"),
      /wrong number of args for printf: want at least 1 got 0$/,
    );
  });

  it("reports parse errors at parse time with Go's messages", () => {
    assert.equal(parseError("{{ nosuch 1 }}"), 'template: t:1: function "nosuch" not defined');
    assert.equal(parseError("a\n{{ $x }}"), 'template: t:2: undefined variable "$x"');
    assert.equal(parseError("{{ if 1 }}"), "template: t:1: unexpected EOF");
    assert.equal(parseError("{{ end }}"), "template: t:1: unexpected {{end}}");
    assert.equal(parseError("{{ .a"), "template: t:1: unclosed action");
    assert.equal(parseError("{{ break }}"), "template: t:1: {{break}} outside {{range}}");
    assert.equal(parseError("{{ if }}{{ end }}"), "template: t:1: missing value for if");
    assert.equal(
      parseError('{{ "a" | "b" }}'),
      "template: t:1: non executable command in pipeline stage 2",
    );
    assert.equal(parseError("{{ 1 2 3 ) }}"), 'template: t:1: unexpected ")" in command');
    assert.equal(parseError("{{ (1 }}"), "template: t:1: unclosed left paren");
    assert.equal(
      parseError("{{ .a.b.c 'xx' }}"),
      "template: t:1: malformed character constant: 'xx'",
    );
    assert.ok(new Template("ok", { funcs: { nosuch: () => 1 } }).parse("{{ nosuch }}"));
  });

  it("awaits asynchronous functions in execute() and rejects them in executeSync()", async () => {
    const funcs = {
      fetch: async (k: string) => {
        await new Promise((r) => setTimeout(r, 1));
        return `v-${k}`;
      },
      fail: async () => {
        throw new Error("boom");
      },
    };
    const t = new Template("a", { funcs }).parse(
      '{{ range .keys }}{{ fetch . }} {{ end }}{{ fetch "z" | len }}',
    );
    assert.equal(await t.execute({ keys: ["x", "y"] }), "v-x v-y 3");
    assert.throws(() => t.executeSync({ keys: ["x"] }), ExecError);
    await assert.rejects(
      new Template("b", { funcs }).parse("{{ fail }}").execute({}),
      (e: Error) => e instanceof ExecError && e.message.endsWith("error calling fail: boom"),
    );
    // Per-execution overrides replace a function for one run only.
    const o = new Template("c", { funcs: { q: () => "static" } }).parse("{{ q }}");
    assert.equal(await o.execute({}, { q: async () => "dynamic" }), "dynamic");
    assert.equal(await o.execute({}), "static");
  });

  it("bounds recursion, steps and output instead of hanging or crashing", () => {
    assert.match(
      execError('{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}'),
      /exceeded maximum template depth/,
    );
    const spin = new Template("s", { limits: { maxSteps: 1000 } }).parse(
      "{{ range 1000000000 }}{{ end }}",
    );
    assert.throws(() => spin.executeSync({}), /exceeded maximum number of evaluation steps/);
    const big = new Template("b", { limits: { maxOutput: 100 } }).parse(
      "{{ range 1000 }}xxxxxxxxxx{{ end }}",
    );
    assert.throws(() => big.executeSync({}), /output exceeds the limit/);
    assert.throws(
      () => new Template("p").parse("{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}"),
      ParseError,
    );
  });

  it("honours missingkey=error and zero", () => {
    const t = new Template("m", { missingKey: "error" }).parse("{{ .a }}");
    assert.throws(() => t.executeSync({}), /map has no entry for key "a"/);
    assert.equal(
      new Template("z", { missingKey: "zero" }).parse("{{ .l.a }}").executeSync({ l: { b: "x" } }),
      "",
    );
  });
});

describe("template sandbox", () => {
  it("exposes only exported fields and methods of objects, never JS internals", () => {
    class Thing {
      readonly Name = "n";
      readonly secret = "s";
      Hello(): string {
        return "hi";
      }
      hidden(): string {
        return "no";
      }
    }
    const data = { t: new Thing(), f: () => 1, l: [1n] };
    assert.equal(run("{{ .t.Name }} {{ .t.Hello }}", data), "n hi");
    assert.match(
      execError("{{ .t.secret }}", data),
      /secret is an unexported field of struct type Thing/,
    );
    assert.match(
      execError("{{ .t.hidden }}", data),
      /hidden is an unexported field of struct type Thing/,
    );
    assert.match(execError("{{ .t.constructor }}", data), /constructor is an unexported field/);
    assert.match(
      execError('{{ call (.f.constructor "return 1") }}', data),
      /can't evaluate field constructor/,
    );
    assert.match(execError("{{ .l.constructor }}", data), /can't evaluate field constructor/);
    assert.equal(
      run("{{ .m.constructor }}|{{ .m.__proto__ }}|{{ .m.toString }}", { m: { a: "x" } }),
      "||",
    );
  });
});
