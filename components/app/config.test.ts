import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, loadConfig, unimplementedKeysSet } from "./config.ts";

describe("loadConfig", () => {
  it("uses Mimir's defaults with mimir-ts's ports and data directory", () => {
    const { config } = loadConfig({ args: [] });
    assert.deepEqual(config.target, ["all"]);
    assert.equal(config.server.http_listen_port, 9009);
    assert.equal(config.server.grpc_listen_port, 9095);
    assert.equal(config.multitenancy_enabled, true);
    assert.equal(config.limits.ingestion_rate, 10000);
    assert.equal(config.limits.max_global_series_per_user, 150000);
    assert.equal(config.limits.query_ingesters_within, 13 * 3_600_000);
    assert.equal(config.runtime_config.period, 10_000);
    assert.equal(config.blocks_storage.backend, "filesystem");
  });

  it("lets flags override YAML, in both -f=v and -f v forms", () => {
    const yamlText =
      "target: ingester\nserver:\n  http_listen_port: 1111\nlimits:\n  ingestion_rate: 5\n";
    const { config } = loadConfig({
      args: ["-server.http-listen-port", "2222", "-distributor.ingestion-rate-limit=7"],
      yamlText,
    });
    assert.deepEqual(config.target, ["ingester"]);
    assert.equal(config.server.http_listen_port, 2222);
    assert.equal(config.limits.ingestion_rate, 7);
  });

  it("accepts a comma-separated -target", () => {
    const { config } = loadConfig({ args: ["-target=distributor,ingester"] });
    assert.deepEqual(config.target, ["distributor", "ingester"]);
  });

  it("rejects an unknown target", () => {
    assert.throws(
      () => loadConfig({ args: ["-target=nope"] }),
      /target: unrecognised module name: nope/,
    );
  });

  it("expands environment variables only when asked", () => {
    const yamlText =
      "server:\n  http_listen_port: ${PORT:3333}\nlimits:\n  ingestion_rate: ${RATE}\n";
    const { config } = loadConfig({
      args: ["-config.expand-env=true"],
      yamlText,
      env: { RATE: "12" },
    });
    assert.equal(config.server.http_listen_port, 3333);
    assert.equal(config.limits.ingestion_rate, 12);
    assert.throws(
      () => loadConfig({ args: [], yamlText }),
      /server.http_listen_port: cannot unmarshal !!str/,
    );
  });

  it("fails with one line naming the key for an unknown key, a wrong type and a bad duration", () => {
    const cases: [string, RegExp][] = [
      ["ingester:\n  not_a_field: 1\n", /ingester\.not_a_field: field not_a_field not found/],
      [
        "server:\n  http_listen_port: lots\n",
        /server\.http_listen_port: cannot unmarshal !!str "lots" into int/,
      ],
      [
        "querier:\n  query_store_after: 12 hours\n",
        /querier\.query_store_after: invalid duration "12 hours"/,
      ],
      ["server:\n  log_level: loud\n", /server\.log_level: invalid value "loud", must be one of/],
    ];
    for (const [yamlText, re] of cases) {
      try {
        loadConfig({ args: [], yamlText });
        assert.fail(`expected an error for ${yamlText}`);
      } catch (e) {
        assert.ok(e instanceof ConfigError, String(e));
        assert.match(e.message, re);
        assert.ok(!e.message.includes("\n"), `one line: ${e.message}`);
      }
    }
  });

  it("names the file when reading a config file fails", () => {
    assert.throws(
      () => loadConfig({ args: ["-config.file=/nonexistent/mimir.yaml"] }),
      /error loading config from \/nonexistent\/mimir.yaml: no such file/,
    );
  });

  it("applies common.storage to every storage block, below their own settings", () => {
    const yamlText = [
      "common:",
      "  storage:",
      "    backend: s3",
      "    s3:",
      "      bucket_name: shared",
      "      endpoint: s3.example:9000",
      "ruler_storage:",
      "  backend: filesystem",
    ].join("\n");
    const { config } = loadConfig({ args: [], yamlText });
    assert.equal(config.blocks_storage.backend, "s3");
    assert.equal(config.blocks_storage.s3.bucket_name, "shared");
    assert.equal(config.alertmanager_storage.backend, "s3");
    assert.equal(config.ruler_storage.backend, "filesystem");
  });

  it("applies -common.storage.* flags below specific flags", () => {
    const { config } = loadConfig({
      args: ["-common.storage.backend=s3", "-blocks-storage.backend=filesystem"],
    });
    assert.equal(config.blocks_storage.backend, "filesystem");
    assert.equal(config.ruler_storage.backend, "s3");
  });

  it("reports command flags separately", () => {
    const { commandFlags } = loadConfig({ args: ["-modules"] });
    assert.ok(commandFlags.has("modules"));
  });

  it("names the keys set that nothing reads yet, not counting what common.storage spreads", () => {
    assert.deepEqual(unimplementedKeysSet(loadConfig({ args: [] }).config), []);
    const common = loadConfig({
      args: [],
      yamlText: "common:\n  storage:\n    backend: s3\n    s3:\n      bucket_name: b\n",
    }).config;
    assert.deepEqual(unimplementedKeysSet(common), []);
    const set = loadConfig({
      args: ["-activity-tracker.max-entries=5"],
      yamlText:
        "memberlist:\n  join_members: [x:7946]\n  compression_enabled: false\nusage_stats:\n  installation_mode: helm\n",
    }).config;
    assert.deepEqual(unimplementedKeysSet(set).sort(), [
      "activity_tracker.max_entries",
      "memberlist.compression_enabled",
      "usage_stats.installation_mode",
    ]);
  });
});
