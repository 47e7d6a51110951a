/**
 * Metrics decorator with Thanos objstore's metric names and Mimir's `thanos_` prefix and
 * `component` label (M:pkg/storage/bucket/client.go bucketWithMetrics):
 *
 *   thanos_objstore_bucket_operations_total{bucket,component,operation}
 *   thanos_objstore_bucket_operation_failures_total{bucket,component,operation}
 *   thanos_objstore_bucket_operation_duration_seconds{bucket,component,operation}  (successful ops)
 *   thanos_objstore_bucket_operation_fetched_bytes_total{bucket,component,operation}
 *   thanos_objstore_bucket_operation_transferred_bytes{bucket,component,operation}
 *   thanos_objstore_bucket_last_successful_upload_time{bucket,component}
 *
 * operation is one of iter, get, get_range, exists, upload, delete, attributes. Failures the
 * caller expects (by default: object not found) are not counted as failures. Errors thrown by
 * an iter callback are the caller's and are not counted either.
 */
import { ReadStream } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import type { Counter, Gauge, Histogram, Registry } from "prom-client";
import { counter, gauge, histogram } from "../../util/metrics.ts";
import type { Bucket, IterFn, IterOptions, ObjectAttributes } from "./bucket.ts";

export const OPS = [
  "iter",
  "get",
  "get_range",
  "exists",
  "upload",
  "delete",
  "attributes",
] as const;
export type Op = (typeof OPS)[number];

type L = "bucket" | "component" | "operation";

interface BucketMetrics {
  ops: Counter<L>;
  failures: Counter<L>;
  duration: Histogram<L>;
  fetched: Counter<L>;
  transferred: Histogram<L>;
  lastUpload: Gauge<"bucket" | "component">;
}

function exponentialBuckets(start: number, factor: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0, v = start; i < count; i++, v *= factor) out.push(v);
  return out;
}

function metricsFor(reg: Registry, prefix: string): BucketMetrics {
  const labels = ["bucket", "component", "operation"] as const;
  return {
    ops: counter(
      reg,
      `${prefix}objstore_bucket_operations_total`,
      "Total number of all attempted operations against a bucket.",
      labels,
    ),
    failures: counter(
      reg,
      `${prefix}objstore_bucket_operation_failures_total`,
      "Total number of operations against a bucket that failed, but were not expected to fail in certain way from caller perspective. Those errors have to be investigated.",
      labels,
    ),
    duration: histogram(
      reg,
      `${prefix}objstore_bucket_operation_duration_seconds`,
      "Duration of successful operations against the bucket",
      labels,
      [0.001, 0.01, 0.1, 0.3, 0.6, 1, 3, 6, 9, 20, 30, 60, 90, 120],
    ),
    fetched: counter(
      reg,
      `${prefix}objstore_bucket_operation_fetched_bytes_total`,
      "Total number of bytes fetched from bucket, per operation.",
      labels,
    ),
    transferred: histogram(
      reg,
      `${prefix}objstore_bucket_operation_transferred_bytes`,
      "Number of bytes transferred from/to bucket per operation.",
      labels,
      exponentialBuckets(32 * 1024, 2, 16),
    ),
    lastUpload: gauge(
      reg,
      `${prefix}objstore_bucket_last_successful_upload_time`,
      "Second timestamp of the last successful upload to the bucket.",
      ["bucket", "component"],
    ),
  };
}

export interface MetricsBucketOptions {
  registry: Registry;
  /** Mimir's `component` label (e.g. "ingester", "store-gateway", "compactor"). */
  component: string;
  /** The `bucket` label; Mimir leaves it empty. */
  bucketLabel?: string;
  /** Metric name prefix; Mimir uses "thanos_". */
  prefix?: string;
  /** Errors that are not failures from the caller's point of view; default: not-found. */
  isOpFailureExpected?: (e: unknown) => boolean;
}

export class MetricsBucket implements Bucket {
  private readonly inner: Bucket;
  private readonly m: BucketMetrics;
  private readonly bucketLabel: string;
  private readonly component: string;
  private readonly expected: (e: unknown) => boolean;
  private readonly opts: MetricsBucketOptions;

  constructor(inner: Bucket, opts: MetricsBucketOptions, shared?: BucketMetrics) {
    this.inner = inner;
    this.m = shared ?? metricsFor(opts.registry, opts.prefix ?? "thanos_");
    this.bucketLabel = opts.bucketLabel ?? "";
    this.component = opts.component;
    this.expected = opts.isOpFailureExpected ?? ((e) => inner.isObjNotFoundErr(e));
    this.opts = opts;
    for (const op of OPS) {
      const l = this.labels(op);
      this.m.ops.inc(l, 0);
      this.m.failures.inc(l, 0);
      this.m.fetched.inc(l, 0);
    }
    this.m.lastUpload.set({ bucket: this.bucketLabel, component: this.component }, 0);
  }

  /** A view of the same bucket and metrics with another expected-failure filter. */
  withExpectedErrs(isOpFailureExpected: (e: unknown) => boolean): MetricsBucket {
    return new MetricsBucket(this.inner, { ...this.opts, isOpFailureExpected }, this.m);
  }

  private labels(op: Op) {
    return { bucket: this.bucketLabel, component: this.component, operation: op };
  }

  private async track<T>(op: Op, fn: () => Promise<T>, size?: (v: T) => number): Promise<T> {
    const l = this.labels(op);
    this.m.ops.inc(l);
    const start = performance.now();
    try {
      const v = await fn();
      this.m.duration.observe(l, (performance.now() - start) / 1000);
      if (size) {
        const n = size(v);
        this.m.fetched.inc(l, n);
        this.m.transferred.observe(l, n);
      }
      return v;
    } catch (e) {
      if (!this.expected(e)) this.m.failures.inc(l);
      throw e;
    }
  }

  async iter(dir: string, fn: IterFn, opts?: IterOptions): Promise<void> {
    let callerErr: { e: unknown } | undefined;
    const l = this.labels("iter");
    this.m.ops.inc(l);
    const start = performance.now();
    try {
      await this.inner.iter(
        dir,
        async (n) => {
          try {
            await fn(n);
          } catch (e) {
            callerErr = { e };
            throw e;
          }
        },
        opts,
      );
      this.m.duration.observe(l, (performance.now() - start) / 1000);
    } catch (e) {
      if (!(callerErr && callerErr.e === e) && !this.expected(e)) this.m.failures.inc(l);
      throw e;
    }
  }

  get(name: string): Promise<Buffer> {
    return this.track(
      "get",
      () => this.inner.get(name),
      (b) => b.length,
    );
  }

  async getStream(name: string, off?: number, length?: number): Promise<Readable> {
    const op: Op = off === undefined && length === undefined ? "get" : "get_range";
    const l = this.labels(op);
    this.m.ops.inc(l);
    const start = performance.now();
    let src: Readable;
    try {
      src = await this.inner.getStream(name, off, length);
    } catch (e) {
      if (!this.expected(e)) this.m.failures.inc(l);
      throw e;
    }
    let bytes = 0;
    const counting = new PassThrough({
      transform: (chunk: Buffer, _enc, cb) => {
        bytes += chunk.length;
        cb(null, chunk);
      },
    });
    src.on("error", (e) => {
      if (!this.expected(e)) this.m.failures.inc(l);
      counting.destroy(e);
    });
    counting.on("end", () => {
      this.m.duration.observe(l, (performance.now() - start) / 1000);
      this.m.fetched.inc(l, bytes);
      this.m.transferred.observe(l, bytes);
    });
    counting.on("close", () => {
      if (!src.destroyed) src.destroy();
    });
    return src.pipe(counting);
  }

  getRange(name: string, off: number, length: number): Promise<Buffer> {
    return this.track(
      "get_range",
      () => this.inner.getRange(name, off, length),
      (b) => b.length,
    );
  }

  exists(name: string): Promise<boolean> {
    return this.track("exists", () => this.inner.exists(name));
  }

  attributes(name: string): Promise<ObjectAttributes> {
    return this.track("attributes", () => this.inner.attributes(name));
  }

  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    let bytes = 0;
    let src = body;
    if (body instanceof ReadStream) {
      // Passed through untouched so backends can see it is a file (S3 then skips spooling).
      await this.track("upload", () => this.inner.upload(name, body));
      this.m.transferred.observe(this.labels("upload"), body.bytesRead);
      this.m.lastUpload.set(
        { bucket: this.bucketLabel, component: this.component },
        Math.floor(Date.now() / 1000),
      );
      return;
    }
    if (body instanceof Readable) {
      const counting = new PassThrough({
        transform: (chunk: Buffer, _enc, cb) => {
          bytes += chunk.length;
          cb(null, chunk);
        },
      });
      body.on("error", (e) => counting.destroy(e));
      src = body.pipe(counting);
    } else bytes = body.length;
    await this.track("upload", () => this.inner.upload(name, src));
    this.m.transferred.observe(this.labels("upload"), bytes);
    this.m.lastUpload.set(
      { bucket: this.bucketLabel, component: this.component },
      Math.floor(Date.now() / 1000),
    );
  }

  delete(name: string): Promise<void> {
    return this.track("delete", () => this.inner.delete(name));
  }

  isObjNotFoundErr(e: unknown): boolean {
    return this.inner.isObjNotFoundErr(e);
  }
  name(): string {
    return this.inner.name();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
