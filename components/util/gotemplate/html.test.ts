import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alertmanagerFuncs } from "./alertmanager.ts";
import { ExecError } from "./errors.ts";
import { Template } from "./template.ts";

function html(src: string, data: unknown = {}): string {
  return new Template("h", { funcs: alertmanagerFuncs(), html: true }).parse(src).executeSync(data);
}

describe("html/template-style escaping", () => {
  it("escapes action output in text and attributes, trusting literal text", () => {
    assert.equal(
      html('<p class="x">{{ . }}</p>', "<b>&'\"+"),
      '<p class="x">&lt;b&gt;&amp;&#39;&#34;&#43;</p>',
    );
    assert.equal(html('<p title="{{ . }}">', 'a"b'), '<p title="a&#34;b">');
    assert.equal(html("<p title={{ . }}>", "a b"), "<p title=a&#32;b>");
    assert.equal(html("{{ safeHtml . }}", "<i>x</i>"), "<i>x</i>");
    assert.equal(html("{{ html .s }}|{{ .missing }}|", { s: "<" }), "&lt;||");
  });

  it("filters, normalizes and escapes URLs by their part", () => {
    assert.equal(html('<a href="{{ . }}">', "javascript:alert(1)"), '<a href="#ZgotmplZ">');
    assert.equal(
      html('<a href="{{ . }}">', "http://h/a b?x=1&y=é"),
      '<a href="http://h/a%20b?x=1&amp;y=%c3%a9">',
    );
    assert.equal(html('<a href="/x?q={{ . }}">', "a b&c"), '<a href="/x?q=a%20b%26c">');
    assert.equal(html('<a href="/x?q={{ . | urlquery }}">', "a b"), '<a href="/x?q=a&#43;b">');
    // Trusted URLs skip the scheme filter but are still normalized (parens are encoded).
    assert.equal(
      html('<a href="{{ safeUrl . }}">', "javascript:x()"),
      '<a href="javascript:x%28%29">',
    );
  });

  it("drops HTML comments with their actions", () => {
    assert.equal(html("a<!-- {{ . }} -->b", "x"), "ab");
  });

  it("keeps trusted values typed like Go: safeHtml is not a string", () => {
    const t = new Template("t", { funcs: alertmanagerFuncs() }).parse(
      '{{ safeHtml "<b>" }}|{{ safeHtml "x" | toUpper }}',
    );
    assert.throws(
      () => t.executeSync({}),
      (e: Error) => e instanceof ExecError && /expected string; got template.HTML/.test(e.message),
    );
    assert.equal(
      new Template("t", { funcs: alertmanagerFuncs() })
        .parse('{{ safeHtml "<b>" }}')
        .executeSync({}),
      "<b>",
    );
  });
});
