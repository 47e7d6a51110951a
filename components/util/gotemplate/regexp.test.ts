import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { goMatchString, goReplaceAllString } from "./regexp.ts";

describe("Go regexp on JS", () => {
  it("matches RE2 syntax, in linear time", () => {
    assert.ok(goMatchString("(?i)^abc$", "ABC"));
    assert.ok(goMatchString("^[[:digit:]]+\\z", "123"));
    assert.ok(!goMatchString("^[[:digit:]]+\\z", "123\n"));
    assert.ok(goMatchString("(?P<host>[a-z]+):\\d+", "x host:80"));
    assert.ok(goMatchString("a\\-b", "a-b"));
    assert.ok(goMatchString("\\Qa.b\\E", "a.b") && !goMatchString("\\Qa.b\\E", "axb"));
    const t0 = performance.now();
    assert.ok(goMatchString("(a*)*$", `${"a".repeat(5000)}b`));
    assert.ok(performance.now() - t0 < 2000, "no catastrophic backtracking");
  });
  it("expands replacements like Go ($1x is the group named 1x)", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Go's ${1} replacement syntax
    assert.equal(goReplaceAllString("(\\w+):(\\d+)", "$2/${1}", "host:80"), "80/host");
    assert.equal(goReplaceAllString("(\\w+):(\\d+)", "$1x", "host:80"), "");
    assert.equal(goReplaceAllString("(?P<h>\\w+):\\d+", "<$h> $$", "a:1 b:2"), "<a> $ <b> $");
    assert.equal(goReplaceAllString("a*", "-", "baaac"), "-b-c-");
  });
  it("reports syntax errors with Go's wording", () => {
    assert.throws(
      () => goMatchString("a(", "x"),
      /error parsing regexp: missing closing \): `a\(`/,
    );
  });
});
