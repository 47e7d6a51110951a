/**
 * Real-world configurations, written in the shapes Mimir's documentation shows (monolithic,
 * microservices over memberlist or consul, read-write with a common storage block and memcached
 * caches, S3 with every option), load without an unknown-key error; what mimir-ts does not do
 * is named by the start-up warning or, for choices that can never work, by the load error.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { loadConfig, unimplementedKeysSet } from "./config.ts";

function fixture(name: string): string {
  return readFileSync(new URL(`./testdata/real-world/${name}.yaml`, import.meta.url), "utf8");
}

const env = { AWS_ACCESS_KEY_ID: "AKIAEXAMPLE", AWS_SECRET_ACCESS_KEY: "example-secret" };

describe("real-world Mimir configurations", () => {
  it("loads a monolithic config and names the keys it sets that are not implemented", () => {
    const { config } = loadConfig({ args: [], yamlText: fixture("monolithic") });
    assert.equal(config.multitenancy_enabled, false);
    assert.equal(config.ingester.ring.replication_factor, 1);
    assert.equal(config.blocks_storage.tsdb.retention_period, 24 * 3_600_000);
    assert.deepEqual(config.blocks_storage.tsdb.block_ranges_period, ["2h"]);
    const ignored = unimplementedKeysSet(config);
    // frontend.align_queries_with_step is Mimir's older name of limits.align_queries_with_step.
    assert.equal(config.limits.align_queries_with_step, true);
    assert.ok(!ignored.includes("frontend.align_queries_with_step"));
    assert.ok(!ignored.includes("limits.align_queries_with_step"));
    for (const key of ["ruler.rule_path", "ingester_client.grpc_client_config.grpc_compression"]) {
      assert.ok(ignored.includes(key), `${key} not warned about: ${ignored.join(", ")}`);
    }
    assert.ok(!ignored.includes("ingester.ring.replication_factor"));
  });

  it("loads a microservices config over memberlist with S3, memcached and a query-scheduler", () => {
    const { config } = loadConfig({
      args: ["-target=ingester"],
      yamlText: fixture("microservices-memberlist"),
    });
    assert.deepEqual(config.target, ["ingester"]);
    assert.equal(config.blocks_storage.backend, "s3");
    assert.equal(config.blocks_storage.s3.bucket_name, "mimir-tsdb");
    assert.deepEqual(config.blocks_storage.bucket_store.chunks_cache.memcached.addresses, [
      "dns+memcached:11211",
    ]);
    assert.deepEqual(config.memberlist.join_members, [
      "distributor:7946",
      "ingester-1:7946",
      "ingester-2:7946",
    ]);
    const ignored = unimplementedKeysSet(config);
    for (const key of [
      "ruler_storage.cache.backend",
      "query_scheduler.grpc_client_config.grpc_compression",
    ]) {
      assert.ok(ignored.includes(key), `${key} not warned about`);
    }
    assert.ok(!ignored.includes("frontend.results_cache.backend"));
  });

  it("says that consul cannot work, and loads every consul key once the store is memberlist", () => {
    const text = fixture("microservices-consul");
    assert.throws(
      () => loadConfig({ args: [], yamlText: text }),
      /distributor\.ring\.kvstore\.store: the consul KV store is not supported; use memberlist or etcd/,
    );
    const { config } = loadConfig({
      args: ["-distributor.ring.store=memberlist", "-ingester.ring.store=memberlist"],
      yamlText: text.replaceAll("store: consul", "store: memberlist"),
    });
    const ignored = unimplementedKeysSet(config);
    for (const key of [
      "ingester.ring.kvstore.consul.host",
      "distributor.ha_tracker.kvstore.consul.host",
      "blocks_storage.tsdb.forced_head_compaction_min_in_memory_series",
    ]) {
      assert.ok(ignored.includes(key), `${key} not warned about: ${ignored.join(", ")}`);
    }
  });

  it("loads a read-write config whose common storage block fills the three stores", () => {
    const { config } = loadConfig({
      args: ["-config.expand-env=true", "-target=backend"],
      yamlText: fixture("read-write"),
      env,
    });
    for (const store of [
      config.blocks_storage,
      config.ruler_storage,
      config.alertmanager_storage,
    ]) {
      assert.equal(store.backend, "s3");
      assert.equal(store.s3.region, "eu-west-1");
      assert.equal(store.s3.access_key_id, "AKIAEXAMPLE");
    }
    assert.equal(config.blocks_storage.s3.bucket_name, "mimir-blocks");
    assert.equal(config.ruler_storage.s3.bucket_name, "mimir-ruler");
    assert.equal(config.blocks_storage.bucket_store.index_cache.memcached.max_item_size, 5242880);
    const ignored = unimplementedKeysSet(config);
    assert.ok(ignored.includes("server.grpc_server_max_connection_age"));
    assert.ok(!ignored.includes("blocks_storage.s3.region"));
  });

  it("loads the mimir.yaml the Helm chart renders", () => {
    const { config } = loadConfig({
      args: ["-target=store-gateway"],
      yamlText: fixture("helm-rendered"),
    });
    assert.equal(config.store_gateway.sharding_ring.zone_awareness_enabled, true);
    assert.equal(config.ingester.ring.kvstore.prefix, "multi-zone/");
    assert.equal(config.blocks_storage.bucket_store.chunks_cache.memcached.timeout, 750);
    const ignored = unimplementedKeysSet(config);
    for (const key of ["usage_stats.installation_mode", "ruler_storage.cache.backend"]) {
      assert.ok(ignored.includes(key), `${key} not warned about`);
    }
    assert.ok(!ignored.includes("blocks_storage.bucket_store.chunks_cache.memcached.addresses"));
    // Acted on since sharding follows cardinality estimates.
    assert.ok(!ignored.includes("frontend.query_sharding_target_series_per_shard"));
  });

  it("loads S3 with every option", () => {
    const { config } = loadConfig({ args: [], yamlText: fixture("s3-every-option") });
    assert.equal(config.blocks_storage.s3.sse.type, "SSE-KMS");
    assert.equal(config.blocks_storage.s3.http.response_header_timeout, 120_000);
    assert.equal(config.blocks_storage.s3.http.max_idle_connections_per_host, 100);
  });

  it("says that a storage backend that can never work here is not supported", () => {
    assert.throws(
      () =>
        loadConfig({
          args: [],
          yamlText: "blocks_storage:\n  backend: gcs\n  gcs:\n    bucket_name: b\n",
        }),
      /blocks_storage\.backend: unsupported storage backend/,
    );
  });
});
