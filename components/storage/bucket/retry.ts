/**
 * Retry decorator: retries transient failures (network errors, timeouts, HTTP 5xx, 429 /
 * throttling) with exponential backoff and full jitter. Never retries not-found or other
 * client errors, uploads from a stream (it is consumed), or an iteration that has already
 * passed entries to the caller (they would be passed twice).
 */
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import type { Bucket, IterFn, IterOptions, ObjectAttributes } from "./bucket.ts";

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries?: number;
  /** First backoff in ms (default 100). */
  minBackoffMs?: number;
  /** Backoff cap in ms (default 5000). */
  maxBackoffMs?: number;
  /** Overrides the transient-error test. */
  isRetryable?: (e: unknown) => boolean;
  /** Called before each retry (logging). */
  onRetry?: (op: string, attempt: number, e: unknown) => void;
  /** Random source in [0,1) (tests). */
  random?: () => number;
}

const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const TRANSIENT_NAMES = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ThrottlingException",
  "Throttling",
  "SlowDown",
  "ServiceUnavailable",
  "InternalError",
  "TransientError",
]);

/** An error a backend marks as worth retrying. */
export class TransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TransientError";
  }
}

/** Whether an error looks transient (worth retrying). */
export function isTransientError(e: unknown): boolean {
  if (e === null || typeof e !== "object") return false;
  const err = e as {
    code?: string;
    name?: string;
    $metadata?: { httpStatusCode?: number };
    $retryable?: unknown;
    cause?: unknown;
  };
  if (err.code && TRANSIENT_CODES.has(err.code)) return true;
  if (err.name && TRANSIENT_NAMES.has(err.name)) return true;
  if (err.$retryable) return true;
  const status = err.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (err.cause && err.cause !== e) return isTransientError(err.cause);
  return false;
}

export class RetryBucket implements Bucket {
  private readonly inner: Bucket;
  private readonly maxRetries: number;
  private readonly minBackoff: number;
  private readonly maxBackoff: number;
  private readonly retryable: (e: unknown) => boolean;
  private readonly onRetry?: (op: string, attempt: number, e: unknown) => void;
  private readonly random: () => number;

  constructor(inner: Bucket, opts: RetryOptions = {}) {
    this.inner = inner;
    this.maxRetries = opts.maxRetries ?? 3;
    this.minBackoff = opts.minBackoffMs ?? 100;
    this.maxBackoff = opts.maxBackoffMs ?? 5000;
    this.retryable = opts.isRetryable ?? isTransientError;
    this.onRetry = opts.onRetry;
    this.random = opts.random ?? Math.random;
  }

  /** Backoff before retry number `attempt` (1-based): uniform in [0, min(max, min*2^(attempt-1))]. */
  backoffMs(attempt: number): number {
    const cap = Math.min(this.maxBackoff, this.minBackoff * 2 ** (attempt - 1));
    return Math.floor(this.random() * cap);
  }

  private async run<T>(
    op: string,
    fn: () => Promise<T>,
    canRetry: () => boolean = () => true,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (
          attempt >= this.maxRetries ||
          this.inner.isObjNotFoundErr(e) ||
          !this.retryable(e) ||
          !canRetry()
        )
          throw e;
        this.onRetry?.(op, attempt + 1, e);
        await sleep(this.backoffMs(attempt + 1));
      }
    }
  }

  iter(dir: string, fn: IterFn, opts?: IterOptions): Promise<void> {
    let delivered = false;
    let callerErr: { e: unknown } | undefined;
    return this.run(
      "iter",
      () =>
        this.inner.iter(
          dir,
          async (n) => {
            delivered = true;
            try {
              await fn(n);
            } catch (e) {
              callerErr = { e };
              throw e;
            }
          },
          opts,
        ),
      () => !delivered && callerErr === undefined,
    );
  }
  get(name: string): Promise<Buffer> {
    return this.run("get", () => this.inner.get(name));
  }
  getStream(name: string, off?: number, length?: number): Promise<Readable> {
    return this.run("get", () => this.inner.getStream(name, off, length));
  }
  getRange(name: string, off: number, length: number): Promise<Buffer> {
    return this.run("get_range", () => this.inner.getRange(name, off, length));
  }
  exists(name: string): Promise<boolean> {
    return this.run("exists", () => this.inner.exists(name));
  }
  attributes(name: string): Promise<ObjectAttributes> {
    return this.run("attributes", () => this.inner.attributes(name));
  }
  upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    const replayable = !(body instanceof Readable);
    return this.run(
      "upload",
      () => this.inner.upload(name, body),
      () => replayable,
    );
  }
  delete(name: string): Promise<void> {
    return this.run("delete", () => this.inner.delete(name));
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
