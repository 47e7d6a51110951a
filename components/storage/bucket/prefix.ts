/**
 * Prefix decorator (`storage_prefix`): every object name gets `<prefix>/` in front; iter strips
 * it again, so callers see the same names as without a prefix.
 */
import type { Readable } from "node:stream";
import {
  type Bucket,
  type IterFn,
  type IterOptions,
  normalizeDir,
  type ObjectAttributes,
  validateObjectName,
} from "./bucket.ts";

/** Mimir allows only digits and English letters in `storage_prefix`. */
export function validateStoragePrefix(prefix: string): string | undefined {
  if (prefix !== "" && !/^[\da-zA-Z]+$/.test(prefix)) {
    return "storage prefix contains invalid characters, it may only contain digits and English alphabet letters";
  }
  return undefined;
}

export class PrefixedBucket implements Bucket {
  private readonly inner: Bucket;
  private readonly prefix: string;

  constructor(inner: Bucket, prefix: string) {
    const p = prefix.replace(/^\/+|\/+$/g, "");
    if (p === "") throw new Error("prefixed bucket: empty prefix");
    validateObjectName(p);
    this.inner = inner;
    this.prefix = `${p}/`;
  }

  private full(name: string): string {
    validateObjectName(name);
    return this.prefix + name;
  }

  async iter(dir: string, fn: IterFn, opts?: IterOptions): Promise<void> {
    const d = normalizeDir(dir);
    await this.inner.iter(this.prefix + d, (n) => fn(n.slice(this.prefix.length)), opts);
  }
  async get(name: string): Promise<Buffer> {
    return this.inner.get(this.full(name));
  }
  async getStream(name: string, off?: number, length?: number): Promise<Readable> {
    return this.inner.getStream(this.full(name), off, length);
  }
  async getRange(name: string, off: number, length: number): Promise<Buffer> {
    return this.inner.getRange(this.full(name), off, length);
  }
  async exists(name: string): Promise<boolean> {
    return this.inner.exists(this.full(name));
  }
  async attributes(name: string): Promise<ObjectAttributes> {
    return this.inner.attributes(this.full(name));
  }
  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    return this.inner.upload(this.full(name), body);
  }
  async delete(name: string): Promise<void> {
    return this.inner.delete(this.full(name));
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
