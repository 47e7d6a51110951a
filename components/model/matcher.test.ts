import assert from "node:assert/strict";
import { test } from "node:test";
import { MatcherError, matcherToString, newMatcher } from "./matcher.ts";

test("equality matchers", () => {
  assert.ok(newMatcher("=", "a", "x").matches("x"));
  assert.ok(!newMatcher("=", "a", "x").matches("xy"));
  assert.ok(newMatcher("!=", "a", "x").matches(""));
  assert.ok(!newMatcher("!=", "a", "").matches(""));
});

test("regex matchers are fully anchored, with fast paths agreeing with RE2", () => {
  const cases: [string, string, boolean][] = [
    ["foo", "foo", true],
    ["foo", "foobar", false],
    ["foo|bar", "bar", true],
    ["foo|bar", "foobar", false],
    ["foo.*", "foobar", true],
    ["foo.*", "xfoo", false],
    [".*foo", "xfoo", true],
    [".*foo", "foox", false],
    [".*foo.*", "xfoox", true],
    [".*foo.*", "fo", false],
    [".*foo.*", "a\nfoo\nb", true],
    [".*", "", true],
    [".+", "", false],
    ["a.c", "abc", true],
    ["a.c", "a\nc", true],
    ["(?i)FOO", "foo", true],
    ["[0-9]+", "123", true],
    ["[0-9]+", "12a", false],
  ];
  for (const [re, v, want] of cases) {
    assert.equal(newMatcher("=~", "l", re).matches(v), want, `${re} =~ ${JSON.stringify(v)}`);
    assert.equal(newMatcher("!~", "l", re).matches(v), !want, `${re} !~ ${JSON.stringify(v)}`);
  }
});

test("invalid regexes throw MatcherError", () => {
  assert.throws(() => newMatcher("=~", "l", "(foo"), MatcherError);
});

test("matcherToString", () => {
  assert.equal(matcherToString(newMatcher("=~", "job", "a.*")), 'job=~"a.*"');
});
