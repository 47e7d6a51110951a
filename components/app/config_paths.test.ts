import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig, unimplementedKeysSet } from "./config.ts";

describe("configured paths at load", () => {
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
