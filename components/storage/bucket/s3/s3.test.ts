/**
 * Runs the shared bucket suite against a real S3 API (s3rver in a child process on a free
 * 127.0.0.1 port, data in a temp directory).
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { defaultsOf } from "../../../util/config/spec.ts";
import { Registry } from "prom-client";
import { MetricsBucket } from "../metrics.ts";
import { PrefixedBucket } from "../prefix.ts";
import { RetryBucket } from "../retry.ts";
import { bucketSuite } from "../testing/suite.ts";
import {
  endpointURL,
  S3Bucket,
  type S3Config,
  s3ConfigBlock,
  usePathStyle,
  validateS3Config,
} from "./s3.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
let child: ChildProcess | undefined;
let dataDir = "";
let port = 0;
let seq = 0;

before(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-s3rver-"));
  child = spawn(process.execPath, [path.join(here, "testdata", "s3rver.cjs"), dataDir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("s3rver did not start within 10s")), 10_000);
    child!.once("exit", (code) => reject(new Error(`s3rver exited with ${code}`)));
    lines.once("line", (l) => {
      clearTimeout(timer);
      resolve((JSON.parse(l) as { port: number }).port);
    });
  });
});

after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await fs.rm(dataDir, { recursive: true, force: true });
});

function config(bucket: string): S3Config {
  const cfg = defaultsOf(s3ConfigBlock("blocks-storage."));
  cfg.endpoint = `127.0.0.1:${port}`;
  cfg.insecure = true;
  cfg.bucket_name = bucket;
  cfg.access_key_id = "S3RVER";
  cfg.secret_access_key = "S3RVER";
  cfg.max_retries = 1;
  return cfg;
}

async function freshBucket(): Promise<S3Bucket> {
  const name = `test-bucket-${++seq}`;
  const admin = new S3Client({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  await admin.send(new CreateBucketCommand({ Bucket: name }));
  admin.destroy();
  return new S3Bucket(config(name));
}

bucketSuite("s3 (s3rver)", async () => ({ bucket: await freshBucket() }));
bucketSuite("s3 (s3rver) + prefix", async () => ({
  bucket: new PrefixedBucket(await freshBucket(), "pfx"),
}));
bucketSuite("s3 (s3rver) + retry + metrics", async () => ({
  bucket: new MetricsBucket(new RetryBucket(await freshBucket(), { minBackoffMs: 1 }), {
    registry: new Registry(),
    component: "test",
  }),
}));

test("s3: a missing bucket is an error, not a not-found object", async () => {
  const b = new S3Bucket(config("no-such-bucket"));
  try {
    await assert.rejects(b.get("x"), (e: unknown) => {
      assert.equal(b.isObjNotFoundErr(e), false);
      return true;
    });
  } finally {
    await b.close();
  }
});

test("s3: bucket lookup type and endpoint handling", () => {
  assert.equal(usePathStyle({ endpoint: "minio:9000", bucket_lookup_type: "auto" }), true);
  assert.equal(
    usePathStyle({ endpoint: "s3.eu-west-1.amazonaws.com", bucket_lookup_type: "auto" }),
    false,
  );
  assert.equal(usePathStyle({ endpoint: "", bucket_lookup_type: "auto" }), false);
  assert.equal(
    usePathStyle({ endpoint: "s3.eu-west-1.amazonaws.com", bucket_lookup_type: "path" }),
    true,
  );
  assert.equal(
    usePathStyle({ endpoint: "minio:9000", bucket_lookup_type: "virtual-hosted" }),
    false,
  );
  assert.equal(endpointURL({ endpoint: "minio:9000", insecure: true }), "http://minio:9000");
  assert.equal(endpointURL({ endpoint: "minio:9000", insecure: false }), "https://minio:9000");
  assert.equal(endpointURL({ endpoint: "", insecure: false }), undefined);
  assert.equal(
    validateS3Config({ endpoint: "blocks.s3.amazonaws.com", bucket_name: "blocks" }),
    "the endpoint must not prefixed with the bucket name",
  );
  assert.equal(
    validateS3Config({ endpoint: "s3.amazonaws.com", bucket_name: "blocks" }),
    undefined,
  );
});
