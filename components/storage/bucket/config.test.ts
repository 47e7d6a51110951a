import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { Registry } from "prom-client";
import { metricValue } from "../../util/metrics.ts";
import {
  applyFlags,
  ConfigError,
  flagIndex,
  loadBlock,
  splitArgs,
} from "../../util/config/load.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { LazyBucket } from "./lazy.ts";
import { createBucket, storageConfigBlock, validateStorageConfig } from "./config.ts";

const block = storageConfigBlock("blocks-storage.", "blocks");

test("storage config: Mimir's defaults, YAML keys and flags", () => {
  const d = defaultsOf(block);
  assert.equal(d.backend, "filesystem");
  assert.equal(d.filesystem.dir, "blocks");
  assert.equal(d.s3.bucket_lookup_type, "auto");
  assert.equal(d.storage_prefix, "");

  const cfg = loadBlock(block, {
    backend: "s3",
    storage_prefix: "cluster1",
    s3: {
      endpoint: "minio:9000",
      bucket_name: "mimir-blocks",
      access_key_id: "key",
      secret_access_key: "secret",
      insecure: true,
      bucket_lookup_type: "path",
      sse: { type: "SSE-S3" },
      http: { insecure_skip_verify: true, idle_conn_timeout: "30s" },
    },
  });
  assert.equal(cfg.s3.endpoint, "minio:9000");
  assert.equal(cfg.s3.http.idle_conn_timeout, 30_000);
  assert.equal(validateStorageConfig(cfg), undefined);

  const idx = flagIndex(block);
  const args = splitArgs(
    ["-blocks-storage.s3.region=eu-west-1", "-blocks-storage.filesystem.dir", "/data/blocks"],
    (n) => idx.has(n),
    (n) => idx.get(n)?.field.kind === "bool",
  );
  applyFlags(idx, cfg as Record<string, any>, args.flags);
  assert.equal(cfg.s3.region, "eu-west-1");
  assert.equal(cfg.filesystem.dir, "/data/blocks");
  assert.equal(idx.get("blocks-storage.s3.secret-access-key")?.field.secret, true);
});

test("storage config: validation errors", () => {
  assert.throws(
    () => loadBlock(block, { backend: "gcs" }),
    (e: unknown) => e instanceof ConfigError && /unsupported storage backend/.test(e.message),
  );
  assert.throws(
    () => loadBlock(block, { storage_prefix: "a/b" }),
    /may only contain digits and English alphabet letters/,
  );
  assert.throws(
    () => loadBlock(block, { s3: { bucket_lookup_type: "dns" } }),
    /must be one of: auto, path, virtual-hosted/,
  );
  assert.throws(() => loadBlock(block, { s3: { unknown_key: 1 } }), /field unknown_key not found/);
  const cfg = defaultsOf(block);
  cfg.backend = "s3";
  assert.match(validateStorageConfig(cfg) ?? "", /bucket_name must be set/);
  cfg.s3.bucket_name = "blocks";
  cfg.s3.endpoint = "blocks.s3.amazonaws.com";
  assert.match(validateStorageConfig(cfg) ?? "", /must not prefixed with the bucket name/);
});

test("createBucket: filesystem with storage prefix, retry and metrics", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-createbucket-"));
  try {
    const cfg = defaultsOf(block);
    cfg.filesystem.dir = dir;
    cfg.storage_prefix = "pfx";
    const reg = new Registry();
    const b = createBucket(cfg, {
      component: "compactor",
      registry: reg,
      retry: { minBackoffMs: 1 },
    });
    await b.upload("tenant/x", Buffer.from("1"));
    assert.equal(await fs.readFile(path.join(dir, "pfx", "tenant", "x"), "utf8"), "1");
    assert.equal(
      await metricValue(reg, "thanos_objstore_bucket_operations_total", {
        component: "compactor",
        operation: "upload",
      }),
      1,
    );
    await b.close();

    cfg.backend = "s3";
    cfg.s3.bucket_name = "b";
    cfg.s3.endpoint = "127.0.0.1:1";
    cfg.storage_prefix = "";
    const s3 = createBucket(cfg, { component: "x" });
    assert.ok(s3 instanceof LazyBucket, "the AWS SDK is loaded on first use");
    assert.equal(s3.name(), "b");
    assert.throws(
      () => createBucket({ ...cfg, backend: "swift" }, { component: "x" }),
      /unsupported storage backend/,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
