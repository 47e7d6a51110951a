import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { Registry } from "prom-client";
import { metricValue } from "../../util/metrics.ts";
import { listAll, readAll } from "./bucket.ts";
import { FilesystemBucket } from "./filesystem/filesystem.ts";
import { MetricsBucket } from "./metrics.ts";
import { isTransientError, RetryBucket } from "./retry.ts";
import { connReset, FaultyBucket, httpError } from "./testing/faulty.ts";
import { bucketSuite } from "./testing/suite.ts";

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-decorators-"));
}

async function fsBucket() {
  const dir = await tempDir();
  return {
    bucket: new FilesystemBucket({ dir }),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

bucketSuite("metrics(retry(filesystem))", async () => {
  const fx = await fsBucket();
  return {
    bucket: new MetricsBucket(new RetryBucket(fx.bucket, { minBackoffMs: 1 }), {
      registry: new Registry(),
      component: "test",
    }),
    cleanup: fx.cleanup,
  };
});

const OPS = "thanos_objstore_bucket_operations_total";
const FAILS = "thanos_objstore_bucket_operation_failures_total";
const DUR = "thanos_objstore_bucket_operation_duration_seconds";

test("metrics: operations, failures (not-found is expected), durations and bytes", async () => {
  const fx = await fsBucket();
  try {
    const reg = new Registry();
    const faulty = new FaultyBucket(fx.bucket);
    const b = new MetricsBucket(faulty, { registry: reg, component: "ingester" });
    await b.upload("t/a", Buffer.from("hello"));
    await b.upload("t/s", Readable.from([Buffer.from("abc"), Buffer.from("de")]));
    assert.equal((await b.get("t/a")).toString(), "hello");
    assert.equal((await b.getRange("t/a", 1, 2)).toString(), "el");
    assert.equal((await readAll(await b.getStream("t/s"))).toString(), "abcde");
    await assert.rejects(b.get("t/missing"));
    faulty.failNext("get", connReset());
    await assert.rejects(b.get("t/a"), /ECONNRESET/);
    await assert.rejects(
      b.iter("t", () => {
        throw new Error("caller error");
      }),
      /caller error/,
    );
    assert.equal(await b.exists("t/a"), true);

    const ing = { component: "ingester" };
    assert.equal(await metricValue(reg, OPS, { ...ing, operation: "upload" }), 2);
    assert.equal(await metricValue(reg, OPS, { ...ing, operation: "get" }), 4);
    assert.equal(await metricValue(reg, OPS, { ...ing, operation: "get_range" }), 1);
    assert.equal(await metricValue(reg, OPS, { ...ing, operation: "iter" }), 1);
    assert.equal(
      await metricValue(reg, FAILS, { ...ing, operation: "get" }),
      1,
      "only the connection reset is a failure",
    );
    assert.equal(
      await metricValue(reg, FAILS, { ...ing, operation: "iter" }),
      0,
      "caller errors are not bucket failures",
    );
    assert.equal(
      await metricValue(reg, DUR, { ...ing, operation: "get" }, `${DUR}_count`),
      2,
      "durations of successful gets only",
    );
    assert.equal(
      await metricValue(reg, "thanos_objstore_bucket_operation_fetched_bytes_total", {
        ...ing,
        operation: "get",
      }),
      10,
    );
    assert.ok(
      (await metricValue(reg, "thanos_objstore_bucket_last_successful_upload_time", ing)) >
        1_600_000_000,
    );

    // A view that expects nothing counts not-found as a failure, on the same series.
    await assert.rejects(b.withExpectedErrs(() => false).get("t/missing"));
    assert.equal(await metricValue(reg, FAILS, { ...ing, operation: "get" }), 2);

    // A second bucket of another component shares the registry.
    const other = new MetricsBucket(fx.bucket, { registry: reg, component: "compactor" });
    await other.exists("t/a");
    assert.equal(await metricValue(reg, OPS, { component: "compactor", operation: "exists" }), 1);
    assert.equal(await metricValue(reg, OPS, { component: "ingester", operation: "exists" }), 1);
    const text = await reg.metrics();
    assert.match(
      text,
      /thanos_objstore_bucket_operations_total\{bucket="",component="ingester",operation="get"\} 5/,
    );
  } finally {
    await fx.cleanup();
  }
});

test("retry: transient errors are retried, with backoff", async () => {
  const fx = await fsBucket();
  try {
    const faulty = new FaultyBucket(fx.bucket);
    const retries: number[] = [];
    const b = new RetryBucket(faulty, {
      minBackoffMs: 1,
      maxBackoffMs: 4,
      onRetry: (_op, n) => retries.push(n),
    });
    await fx.bucket.upload("x", Buffer.from("data"));
    faulty.failNext("get", connReset(), httpError(503, "SlowDown"));
    assert.equal((await b.get("x")).toString(), "data");
    assert.equal(faulty.count("get"), 3);
    assert.deepEqual(retries, [1, 2]);

    faulty.failNext("upload", httpError(500));
    await b.upload("y", Buffer.from("buffered"));
    assert.equal((await fx.bucket.get("y")).toString(), "buffered");
    assert.equal(faulty.count("upload"), 2);
  } finally {
    await fx.cleanup();
  }
});

test("retry: gives up after maxRetries and never retries not-found, 4xx or consumed streams", async () => {
  const fx = await fsBucket();
  try {
    const faulty = new FaultyBucket(fx.bucket);
    const b = new RetryBucket(faulty, { maxRetries: 2, minBackoffMs: 1 });
    faulty.failNext("exists", connReset(), connReset(), connReset(), connReset());
    await assert.rejects(b.exists("x"), /ECONNRESET/);
    assert.equal(faulty.count("exists"), 3);

    await assert.rejects(b.get("missing"), (e) => b.isObjNotFoundErr(e));
    assert.equal(faulty.count("get"), 1);

    faulty.failNext("attributes", httpError(403, "AccessDenied"));
    await assert.rejects(b.attributes("x"), /status 403/);
    assert.equal(faulty.count("attributes"), 1);

    faulty.failNext("upload", connReset());
    await assert.rejects(b.upload("s", Readable.from([Buffer.from("once")])), /ECONNRESET/);
    assert.equal(faulty.count("upload"), 1);
  } finally {
    await fx.cleanup();
  }
});

test("retry: iter is retried only before it delivered entries", async () => {
  const fx = await fsBucket();
  try {
    for (const n of ["d/a", "d/b", "d/c"]) await fx.bucket.upload(n, Buffer.from(n));
    const faulty = new FaultyBucket(fx.bucket);
    const b = new RetryBucket(faulty, { minBackoffMs: 1 });
    faulty.failNext("iter", connReset());
    assert.deepEqual(await listAll(b, "d"), ["d/a", "d/b", "d/c"]);
    assert.equal(faulty.count("iter"), 2);

    faulty.iterFailAfter = { n: 1, err: connReset() };
    const seen: string[] = [];
    await assert.rejects(
      b.iter("d", (n) => {
        seen.push(n);
      }),
      /ECONNRESET/,
    );
    assert.deepEqual(seen, ["d/a"]);
    assert.equal(faulty.count("iter"), 3);
  } finally {
    await fx.cleanup();
  }
});

test("retry: backoff grows exponentially up to the cap, with full jitter", () => {
  const inner = new FilesystemBucket({ dir: os.tmpdir() });
  const top = new RetryBucket(inner, {
    minBackoffMs: 100,
    maxBackoffMs: 1000,
    random: () => 0.999,
  });
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((a) => top.backoffMs(a)),
    [99, 199, 399, 799, 999, 999],
  );
  const zero = new RetryBucket(inner, { minBackoffMs: 100, random: () => 0 });
  assert.equal(zero.backoffMs(3), 0);
});

test("isTransientError classification", () => {
  assert.equal(isTransientError(connReset()), true);
  assert.equal(isTransientError(httpError(500)), true);
  assert.equal(isTransientError(httpError(429)), true);
  assert.equal(isTransientError(httpError(404)), false);
  assert.equal(isTransientError(httpError(400)), false);
  assert.equal(isTransientError(new Error("wrapped", { cause: connReset() })), true);
  assert.equal(isTransientError(new Error("plain")), false);
  assert.equal(isTransientError("string"), false);
});
