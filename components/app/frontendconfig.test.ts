import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig } from "./config.ts";

describe("query-frontend config", () => {
  it("accepts results cache compression '' and snappy", () => {
    assert.equal(loadConfig({ args: [] }).config.frontend.results_cache.compression, "");
    const { config } = loadConfig({ args: ["-query-frontend.results-cache.compression=snappy"] });
    assert.equal(config.frontend.results_cache.compression, "snappy");
  });

  it("refuses any other compression with Mimir's message", () => {
    assert.throws(
      () => loadConfig({ args: ["-query-frontend.results-cache.compression=gzip"] }),
      /invalid query-frontend config: query-frontend results cache: unsupported compression/,
    );
    assert.throws(
      () =>
        loadConfig({ args: [], yamlText: "frontend:\n  results_cache:\n    compression: lz4\n" }),
      /unsupported compression/,
    );
  });
});
