import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { absolutePath, resolvePaths } from "./paths.ts";
import { f } from "./spec.ts";

describe("configured paths", () => {
  it("resolves relative paths against the base, keeps absolute and empty ones", () => {
    assert.equal(absolutePath("./data/tsdb/", "/srv/mimir"), "/srv/mimir/data/tsdb");
    assert.equal(absolutePath("/var/x/../y", "/srv/mimir"), "/var/y");
    assert.equal(absolutePath("", "/srv/mimir"), "");
  });

  it("rewrites only path fields, lists element by element", () => {
    const block = {
      a: { dir: f.string("a.dir", "", "", { path: "one" }), name: f.string("a.name", "", "") },
      files: f.string("files", "", "", { path: "list" }),
    };
    const cfg = { a: { dir: "d", name: "n" }, files: "x.yaml, /etc/y.yaml" };
    resolvePaths(block, cfg, "/base");
    assert.deepEqual(cfg, { a: { dir: "/base/d", name: "n" }, files: "/base/x.yaml,/etc/y.yaml" });
    assert.throws(() => resolvePaths(block, cfg, "rel"), /not absolute/);
  });
});
