import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig, unimplementedKeysSet } from "../../app/config.ts";
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

  it("loadConfig makes every configured directory absolute against workingDir", () => {
    const { config } = loadConfig({
      args: ["-compactor.data-dir=cmp", "-ingester.ring.tokens-file-path=tokens"],
      workingDir: "/w",
    });
    assert.equal(config.blocks_storage.tsdb.dir, "/w/data/tsdb");
    assert.equal(config.blocks_storage.bucket_store.sync_dir, "/w/data/tsdb-sync");
    assert.equal(config.blocks_storage.filesystem.dir, "/w/data/blocks");
    assert.equal(config.compactor.data_dir, "/w/cmp");
    assert.equal(config.ingester.ring.tokens_file_path, "/w/tokens");
    assert.equal(config.store_gateway.sharding_ring.tokens_file_path, "");
    // Without a working directory, paths stay as given.
    assert.equal(loadConfig({ args: [] }).config.blocks_storage.tsdb.dir, "./data/tsdb/");
  });

  it("resolved defaults do not count as set keys", () => {
    assert.deepEqual(
      unimplementedKeysSet(loadConfig({ args: [], workingDir: "/w" }).config, "/w"),
      [],
    );
  });
});
