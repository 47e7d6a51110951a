/**
 * A bucket whose backend is created on first use, so that a process that never touches the
 * backend (or uses another) does not load its client library.
 */
import type { Readable } from "node:stream";
import {
  type Bucket,
  type IterFn,
  type IterOptions,
  isObjectNotFoundError,
  type ObjectAttributes,
} from "./bucket.ts";

export class LazyBucket implements Bucket {
  private readonly bucketName: string;
  private readonly create: () => Promise<Bucket>;
  private inner: Promise<Bucket> | undefined;

  constructor(bucketName: string, create: () => Promise<Bucket>) {
    this.bucketName = bucketName;
    this.create = create;
  }

  private backend(): Promise<Bucket> {
    this.inner ??= this.create();
    return this.inner;
  }

  async iter(dir: string, fn: IterFn, opts?: IterOptions): Promise<void> {
    return (await this.backend()).iter(dir, fn, opts);
  }
  async get(name: string): Promise<Buffer> {
    return (await this.backend()).get(name);
  }
  async getStream(name: string, off?: number, length?: number): Promise<Readable> {
    return (await this.backend()).getStream(name, off, length);
  }
  async getRange(name: string, off: number, length: number): Promise<Buffer> {
    return (await this.backend()).getRange(name, off, length);
  }
  async exists(name: string): Promise<boolean> {
    return (await this.backend()).exists(name);
  }
  async attributes(name: string): Promise<ObjectAttributes> {
    return (await this.backend()).attributes(name);
  }
  isObjNotFoundErr(e: unknown): boolean {
    return isObjectNotFoundError(e);
  }
  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    return (await this.backend()).upload(name, body);
  }
  async delete(name: string): Promise<void> {
    return (await this.backend()).delete(name);
  }
  name(): string {
    return this.bucketName;
  }
  async close(): Promise<void> {
    if (this.inner) await (await this.inner).close();
  }
}
