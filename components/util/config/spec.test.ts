import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultsOf, f, markNotImplemented, nonDefaultNotImplemented } from "./spec.ts";

const block = {
  a: f.int("a", 1, "A."),
  b: f.string("b", "x", "B."),
  sub: { c: f.bool("sub.c", false, "C."), d: f.list("sub.d", [], "D.") },
};

describe("not-implemented keys", () => {
  it("marks the fields at the given paths, a sub-block's path marking all of its fields", () => {
    const marked = markNotImplemented(block, ["b", "sub"]);
    assert.equal(marked.a.notImplemented, undefined);
    assert.equal(marked.b.notImplemented, true);
    assert.equal(marked.sub.c.notImplemented, true);
    assert.equal(marked.sub.d.notImplemented, true);
    assert.equal(block.b.notImplemented, undefined, "the declaration is not changed");
    assert.equal(markNotImplemented(block).a.notImplemented, true);
  });

  it("rejects a path the block does not have", () => {
    assert.throws(() => markNotImplemented(block, ["nope"]), /no key nope/);
    assert.throws(() => markNotImplemented(block, ["a.deeper"]), /a is a field/);
  });

  it("names the not-implemented keys whose value is not the default", () => {
    const marked = markNotImplemented(block, ["b", "sub.d"]);
    const cfg = defaultsOf(marked);
    assert.deepEqual(nonDefaultNotImplemented(marked, cfg), []);
    cfg.a = 5;
    cfg.b = "y";
    cfg.sub.d = ["z"];
    assert.deepEqual(nonDefaultNotImplemented(marked, cfg), ["b", "sub.d"]);
  });
});
