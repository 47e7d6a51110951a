/**
 * A bucket wrapper for tests that injects errors and counts calls per operation.
 */
import type { Readable } from "node:stream";
import type { Bucket, IterFn, IterOptions, ObjectAttributes } from "../bucket.ts";

export type FaultOp =
  | "iter"
  | "get"
  | "getStream"
  | "getRange"
  | "exists"
  | "attributes"
  | "upload"
  | "delete";

export class FaultyBucket implements Bucket {
  readonly inner: Bucket;
  readonly calls = new Map<FaultOp, number>();
  private readonly faults = new Map<FaultOp, unknown[]>();
  /** For iter: fail after delivering this many entries (once). */
  iterFailAfter?: { n: number; err: unknown };

  constructor(inner: Bucket) {
    this.inner = inner;
  }

  /** The next `errs.length` calls of op throw these errors, in order. */
  failNext(op: FaultOp, ...errs: unknown[]): void {
    this.faults.set(op, [...(this.faults.get(op) ?? []), ...errs]);
  }

  count(op: FaultOp): number {
    return this.calls.get(op) ?? 0;
  }

  private enter(op: FaultOp): void {
    this.calls.set(op, this.count(op) + 1);
    const q = this.faults.get(op);
    if (q && q.length > 0) throw q.shift();
  }

  async iter(dir: string, fn: IterFn, opts?: IterOptions): Promise<void> {
    this.enter("iter");
    const failAfter = this.iterFailAfter;
    this.iterFailAfter = undefined;
    let n = 0;
    await this.inner.iter(
      dir,
      async (name) => {
        if (failAfter && n === failAfter.n) throw failAfter.err;
        n++;
        await fn(name);
      },
      opts,
    );
  }
  async get(name: string): Promise<Buffer> {
    this.enter("get");
    return this.inner.get(name);
  }
  async getStream(name: string, off?: number, length?: number): Promise<Readable> {
    this.enter("getStream");
    return this.inner.getStream(name, off, length);
  }
  async getRange(name: string, off: number, length: number): Promise<Buffer> {
    this.enter("getRange");
    return this.inner.getRange(name, off, length);
  }
  async exists(name: string): Promise<boolean> {
    this.enter("exists");
    return this.inner.exists(name);
  }
  async attributes(name: string): Promise<ObjectAttributes> {
    this.enter("attributes");
    return this.inner.attributes(name);
  }
  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    this.enter("upload");
    return this.inner.upload(name, body);
  }
  async delete(name: string): Promise<void> {
    this.enter("delete");
    return this.inner.delete(name);
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

/** An error shaped like a Node socket reset. */
export function connReset(): Error {
  return Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
}

/** An error shaped like an AWS SDK HTTP error with the given status. */
export function httpError(status: number, name = `Http${status}`): Error {
  return Object.assign(new Error(`status ${status}`), {
    name,
    $metadata: { httpStatusCode: status },
  });
}
