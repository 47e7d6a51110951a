/**
 * S3 bucket on @aws-sdk/client-s3: AWS S3 or any S3-compatible store (MinIO, Ceph, R2...).
 * Config keys and flags are Mimir's (`<prefix>s3.endpoint`, `region`, `bucket_name`,
 * `access_key_id`, `secret_access_key`, `insecure`, `bucket_lookup_type`, ...).
 *
 * - `endpoint` is `host[:port]` as in Mimir (a scheme is also accepted); `insecure` = http.
 * - `bucket_lookup_type`: `path` = path-style URLs, `virtual-hosted` = bucket in the host name,
 *   `auto` = virtual-hosted for AWS and Google endpoints, path-style for anything else.
 * - Without an access key the SDK's default credential chain is used (env, profile, IRSA...).
 * - Checksums are computed only when S3 requires them, so S3-compatible stores that do not
 *   understand the newer checksum headers keep working.
 */
import { createReadStream, createWriteStream, ReadStream } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import {
  type Bucket,
  type IterFn,
  type IterOptions,
  isObjectNotFoundError,
  normalizeDir,
  type ObjectAttributes,
  ObjectNotFoundError,
  readAll,
  validateObjectName,
} from "../bucket.ts";

export {
  BUCKET_LOOKUP_TYPES,
  type BucketLookupType,
  s3ConfigBlock,
  type S3Config,
  validateS3Config,
} from "./config.ts";
import { type S3Config, validateS3Config } from "./config.ts";

/** Whether requests use path-style URLs, per bucket_lookup_type. */
export function usePathStyle(cfg: Pick<S3Config, "endpoint" | "bucket_lookup_type">): boolean {
  if (cfg.bucket_lookup_type === "path") return true;
  if (cfg.bucket_lookup_type === "virtual-hosted") return false;
  if (cfg.endpoint === "") return false;
  const host = cfg.endpoint
    .replace(/^https?:\/\//, "")
    .split("/")[0]
    .split(":")[0];
  return !(
    /(^|\.)amazonaws\.com(\.cn)?$/.test(host) || /(^|\.)storage\.googleapis\.com$/.test(host)
  );
}

/** The endpoint URL for the SDK, or undefined for AWS' default. */
export function endpointURL(cfg: Pick<S3Config, "endpoint" | "insecure">): string | undefined {
  if (cfg.endpoint === "") return undefined;
  if (/^https?:\/\//.test(cfg.endpoint)) return cfg.endpoint;
  return `${cfg.insecure ? "http" : "https"}://${cfg.endpoint}`;
}

function httpStatus(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function isS3NotFound(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  if (name === "NoSuchBucket") return false;
  return name === "NoSuchKey" || name === "NotFound" || httpStatus(e) === 404;
}

export interface S3BucketOptions {
  /** Extra SDK client settings (tests). */
  clientConfig?: Partial<S3ClientConfig>;
  /** Directory for spooling streamed uploads of unknown length (default os.tmpdir()). */
  tmpDir?: string;
}

export class S3Bucket implements Bucket {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly cfg: S3Config;
  private readonly tmpDir: string;

  constructor(cfg: S3Config, opts: S3BucketOptions = {}) {
    if (!cfg.bucket_name) throw new Error("s3 bucket: bucket_name is empty");
    const problem = validateS3Config(cfg);
    if (problem) throw new Error(`s3 bucket: ${problem}`);
    this.cfg = cfg;
    this.bucket = cfg.bucket_name;
    this.tmpDir = opts.tmpDir ?? os.tmpdir();
    const endpoint = endpointURL(cfg);
    const agentOpts = {
      keepAlive: true,
      maxSockets:
        cfg.http.max_connections_per_host > 0 ? cfg.http.max_connections_per_host : Infinity,
      maxFreeSockets:
        cfg.http.max_idle_connections_per_host > 0 ? cfg.http.max_idle_connections_per_host : 256,
      timeout: cfg.http.idle_conn_timeout > 0 ? cfg.http.idle_conn_timeout : undefined,
    };
    const conf: S3ClientConfig = {
      region: cfg.region || "us-east-1",
      endpoint,
      forcePathStyle: usePathStyle(cfg),
      useDualstackEndpoint: endpoint === undefined ? cfg.dualstack_enabled : undefined,
      maxAttempts: Math.max(1, cfg.max_retries + 1),
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      requestHandler: {
        httpAgent: new http.Agent(agentOpts),
        httpsAgent: new https.Agent({
          ...agentOpts,
          rejectUnauthorized: !cfg.http.insecure_skip_verify,
          servername: cfg.http.tls_server_name || undefined,
        }),
        requestTimeout:
          cfg.http.response_header_timeout > 0 ? cfg.http.response_header_timeout : undefined,
        connectionTimeout:
          cfg.http.tls_handshake_timeout > 0 ? cfg.http.tls_handshake_timeout : undefined,
      },
      ...opts.clientConfig,
    };
    if (cfg.access_key_id !== "" && !cfg.native_aws_auth_enabled) {
      conf.credentials = {
        accessKeyId: cfg.access_key_id,
        secretAccessKey: cfg.secret_access_key,
        sessionToken: cfg.session_token || undefined,
      };
    }
    this.client = new S3Client(conf);
  }

  name(): string {
    return this.bucket;
  }

  private mapErr(name: string, e: unknown): unknown {
    return isS3NotFound(e) ? new ObjectNotFoundError(name, { cause: e }) : e;
  }

  async iter(dir: string, fn: IterFn, opts: IterOptions = {}): Promise<void> {
    const prefix = normalizeDir(dir);
    let token: string | undefined;
    do {
      const out = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix === "" ? undefined : prefix,
          Delimiter: opts.recursive ? undefined : "/",
          ContinuationToken: token,
        }),
      );
      const names: string[] = [];
      for (const c of out.Contents ?? []) {
        // Skip the directory marker object some tools create ("dir/").
        if (c.Key !== undefined && c.Key !== prefix && !c.Key.endsWith("/")) names.push(c.Key);
      }
      for (const p of out.CommonPrefixes ?? []) if (p.Prefix !== undefined) names.push(p.Prefix);
      names.sort();
      for (const n of names) await fn(n);
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  async getStream(name: string, off = 0, length = -1): Promise<Readable> {
    validateObjectName(name);
    if (off < 0) throw new Error(`invalid range offset ${off}`);
    if (length === 0) {
      await this.attributes(name);
      return Readable.from([]);
    }
    let range: string | undefined;
    if (off > 0 || length > 0)
      range = length < 0 ? `bytes=${off}-` : `bytes=${off}-${off + length - 1}`;
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: name, Range: range }),
      );
      return out.Body as Readable;
    } catch (e) {
      if (httpStatus(e) === 416 || (e as { name?: string }).name === "InvalidRange") {
        await this.attributes(name); // throws not-found if the object is missing
        return Readable.from([]);
      }
      throw this.mapErr(name, e);
    }
  }

  async get(name: string): Promise<Buffer> {
    const s = await this.getStream(name);
    try {
      return await readAll(s);
    } catch (e) {
      throw this.mapErr(name, e);
    }
  }

  async getRange(name: string, off: number, length: number): Promise<Buffer> {
    return readAll(await this.getStream(name, off, length));
  }

  async exists(name: string): Promise<boolean> {
    try {
      await this.attributes(name);
      return true;
    } catch (e) {
      if (isObjectNotFoundError(e)) return false;
      throw e;
    }
  }

  async attributes(name: string): Promise<ObjectAttributes> {
    validateObjectName(name);
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: name }));
      return { size: out.ContentLength ?? 0, lastModified: out.LastModified ?? new Date(0) };
    } catch (e) {
      throw this.mapErr(name, e);
    }
  }

  private putInput(name: string): PutObjectCommandInput {
    const input: PutObjectCommandInput = { Bucket: this.bucket, Key: name };
    if (this.cfg.storage_class)
      input.StorageClass = this.cfg.storage_class as PutObjectCommandInput["StorageClass"];
    if (this.cfg.sse.type === "SSE-S3") input.ServerSideEncryption = "AES256";
    else if (this.cfg.sse.type === "SSE-KMS") {
      input.ServerSideEncryption = "aws:kms";
      if (this.cfg.sse.kms_key_id) input.SSEKMSKeyId = this.cfg.sse.kms_key_id;
      if (this.cfg.sse.kms_encryption_context) {
        input.SSEKMSEncryptionContext = Buffer.from(this.cfg.sse.kms_encryption_context).toString(
          "base64",
        );
      }
    }
    return input;
  }

  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    validateObjectName(name);
    if (!(body instanceof Readable)) {
      await this.client.send(
        new PutObjectCommand({ ...this.putInput(name), Body: body, ContentLength: body.length }),
      );
      return;
    }
    // S3 needs the length up front. A fresh stream of a whole file has it; spool anything else
    // to a temp file.
    const range = body as unknown as { start?: number; end?: number };
    if (
      body instanceof ReadStream &&
      typeof body.path === "string" &&
      body.bytesRead === 0 &&
      range.start === undefined &&
      range.end === Infinity
    ) {
      const { size } = await fs.stat(body.path);
      await this.client.send(
        new PutObjectCommand({ ...this.putInput(name), Body: body, ContentLength: size }),
      );
      return;
    }
    // S3 needs the length up front: spool streams of unknown length to a temp file.
    await fs.mkdir(this.tmpDir, { recursive: true });
    const dir = await fs.mkdtemp(path.join(this.tmpDir, "mimir-ts-s3-upload-"));
    const tmp = path.join(dir, "body");
    try {
      await pipeline(body, createWriteStream(tmp));
      const { size } = await fs.stat(tmp);
      await this.client.send(
        new PutObjectCommand({
          ...this.putInput(name),
          Body: createReadStream(tmp),
          ContentLength: size,
        }),
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  async delete(name: string): Promise<void> {
    // S3 deletes of missing keys succeed; the Bucket contract says not-found.
    await this.attributes(name);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: name }));
  }

  isObjNotFoundErr(e: unknown): boolean {
    return isObjectNotFoundError(e) || isS3NotFound(e);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
