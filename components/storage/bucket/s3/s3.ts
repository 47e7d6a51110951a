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
import { f, type ValueOf } from "../../../util/config/spec.ts";
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

export const BUCKET_LOOKUP_TYPES = ["auto", "path", "virtual-hosted"] as const;
export type BucketLookupType = (typeof BUCKET_LOOKUP_TYPES)[number];
const SSE_TYPES = ["", "SSE-KMS", "SSE-S3"] as const;

/** Config block under `<yaml>.s3`, flags `<flagPrefix>s3.*` (flagPrefix e.g. "blocks-storage."). */
export function s3ConfigBlock(flagPrefix: string) {
  const p = `${flagPrefix}s3.`;
  return {
    endpoint: f.string<string>(
      `${p}endpoint`,
      "",
      "The S3 bucket endpoint. It could be an AWS S3 endpoint listed at https://docs.aws.amazon.com/general/latest/gr/s3.html or the address of an S3-compatible service in hostname:port format.",
    ),
    region: f.string<string>(`${p}region`, "", "S3 region. If unset, the client will issue a S3 GetBucketLocation API call to autodetect it."),
    bucket_name: f.string<string>(`${p}bucket-name`, "", "S3 bucket name"),
    secret_access_key: f.string<string>(`${p}secret-access-key`, "", "S3 secret access key", { secret: true }),
    access_key_id: f.string<string>(`${p}access-key-id`, "", "S3 access key ID"),
    session_token: f.string<string>(`${p}session-token`, "", "S3 session token", { secret: true, hidden: true }),
    insecure: f.bool(
      `${p}insecure`,
      false,
      "If enabled, use http:// for the S3 endpoint instead of https://. This could be useful in local dev/test environments while using an S3-compatible backend storage, like Minio.",
    ),
    signature_version: f.string<string>(`${p}signature-version`, "v4", "The signature version to use for authenticating against S3. Supported values are: v4.", {
      enum: ["v4"],
    }),
    list_objects_version: f.string<string>(`${p}list-objects-version`, "", "Use a specific version of the S3 list object API. Supported values are v1 or v2. Default is unset.", {
      enum: ["", "v1", "v2"],
    }),
    bucket_lookup_type: f.string<BucketLookupType>(
      `${p}bucket-lookup-type`,
      "auto",
      "Bucket lookup style type, used to access bucket in S3-compatible service. Default is auto. Supported values are: auto, path, virtual-hosted.",
      { enum: BUCKET_LOOKUP_TYPES },
    ),
    dualstack_enabled: f.bool(
      `${p}dualstack-enabled`,
      true,
      "When enabled, direct all AWS S3 requests to the dual-stack IPv4/IPv6 endpoint for the configured region.",
    ),
    storage_class: f.string<string>(`${p}storage-class`, "", "The S3 storage class to use, not set by default."),
    native_aws_auth_enabled: f.bool(
      `${p}native-aws-auth-enabled`,
      false,
      "If enabled, it will use the default authentication methods of the AWS SDK based on known environment variables and known AWS config files.",
    ),
    part_size: f.int(`${p}part-size`, 0, "The minimum file size in bytes used for multipart uploads. If 0, the value is optimally computed for each object."),
    send_content_md5: f.bool(`${p}send-content-md5`, false, "If enabled, a Content-MD5 header is sent with S3 Put Object requests."),
    sts_endpoint: f.string<string>(`${p}sts-endpoint`, "", "Accessing S3 resources using temporary, secure credentials provided by AWS Security Token Service."),
    max_retries: f.int(`${p}max-retries`, 10, "The maximum number of retries for S3 requests that are retryable.", { hidden: true }),
    sse: {
      type: f.string<string>(`${p}sse.type`, "", "Enable AWS Server Side Encryption. Supported values: SSE-KMS, SSE-S3.", { enum: SSE_TYPES }),
      kms_key_id: f.string<string>(`${p}sse.kms-key-id`, "", "KMS Key ID used to encrypt objects in S3"),
      kms_encryption_context: f.string<string>(
        `${p}sse.kms-encryption-context`,
        "",
        "KMS Encryption Context used for object encryption. It expects JSON formatted string.",
        {
          validate: (v) => {
            if (v === "") return undefined;
            try {
              JSON.parse(v);
              return undefined;
            } catch {
              return "invalid S3 SSE encryption context";
            }
          },
        },
      ),
    },
    http: {
      idle_conn_timeout: f.duration(`${p}http.idle-conn-timeout`, 90_000, "The time an idle connection will remain idle before closing."),
      response_header_timeout: f.duration(
        `${p}http.response-header-timeout`,
        120_000,
        "The amount of time the client will wait for a servers response headers.",
      ),
      insecure_skip_verify: f.bool(
        `${p}http.insecure-skip-verify`,
        false,
        "If the client connects to S3 via HTTPS and this option is enabled, the client will accept any certificate and hostname.",
      ),
      tls_handshake_timeout: f.duration(`${p}tls-handshake-timeout`, 10_000, "Maximum time to wait for a TLS handshake. 0 means no limit."),
      expect_continue_timeout: f.duration(
        `${p}expect-continue-timeout`,
        1_000,
        "The time to wait for a server's first response headers after fully writing the request headers if the request has an Expect header. 0 to send the request body immediately.",
      ),
      max_idle_connections: f.int(`${p}max-idle-connections`, 100, "Maximum number of idle (keep-alive) connections across all hosts. 0 means no limit."),
      max_idle_connections_per_host: f.int(
        `${p}max-idle-connections-per-host`,
        100,
        "Maximum number of idle (keep-alive) connections to keep per-host. If 0, a built-in default value is used.",
      ),
      max_connections_per_host: f.int(`${p}max-connections-per-host`, 0, "Maximum number of connections per host. 0 means no limit."),
      tls_ca_path: f.string<string>(
        `${p}http.tls-ca-path`,
        "",
        "Path to the CA certificates to validate server certificate against. If not set, the host's root CA certificates are used.",
      ),
      tls_cert_path: f.string<string>(`${p}http.tls-cert-path`, "", "Path to the client certificate, which will be used for authenticating with the server."),
      tls_key_path: f.string<string>(`${p}http.tls-key-path`, "", "Path to the key for the client certificate."),
      tls_server_name: f.string<string>(`${p}http.tls-server-name`, "", "Override the expected name on the server certificate."),
    },
    trace: {
      enable: f.bool(`${p}trace.enable`, false, "If enabled, low-level S3 HTTP operation info will be logged."),
    },
  };
}
export type S3Config = ValueOf<ReturnType<typeof s3ConfigBlock>>;

/** Problems with an S3 config that the field validations cannot see (Mimir's wording). */
export function validateS3Config(cfg: Pick<S3Config, "endpoint" | "bucket_name">): string | undefined {
  if (cfg.endpoint !== "" && cfg.bucket_name !== "") {
    const first = cfg.endpoint.replace(/^https?:\/\//, "").split(".")[0];
    if (first !== "" && first === cfg.bucket_name) return "the endpoint must not prefixed with the bucket name";
  }
  return undefined;
}

/** Whether requests use path-style URLs, per bucket_lookup_type. */
export function usePathStyle(cfg: Pick<S3Config, "endpoint" | "bucket_lookup_type">): boolean {
  if (cfg.bucket_lookup_type === "path") return true;
  if (cfg.bucket_lookup_type === "virtual-hosted") return false;
  if (cfg.endpoint === "") return false;
  const host = cfg.endpoint.replace(/^https?:\/\//, "").split("/")[0].split(":")[0];
  return !(/(^|\.)amazonaws\.com(\.cn)?$/.test(host) || /(^|\.)storage\.googleapis\.com$/.test(host));
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
      maxSockets: cfg.http.max_connections_per_host > 0 ? cfg.http.max_connections_per_host : Infinity,
      maxFreeSockets: cfg.http.max_idle_connections_per_host > 0 ? cfg.http.max_idle_connections_per_host : 256,
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
        requestTimeout: cfg.http.response_header_timeout > 0 ? cfg.http.response_header_timeout : undefined,
        connectionTimeout: cfg.http.tls_handshake_timeout > 0 ? cfg.http.tls_handshake_timeout : undefined,
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
    if (off > 0 || length > 0) range = length < 0 ? `bytes=${off}-` : `bytes=${off}-${off + length - 1}`;
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: name, Range: range }));
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
    if (this.cfg.storage_class) input.StorageClass = this.cfg.storage_class as PutObjectCommandInput["StorageClass"];
    if (this.cfg.sse.type === "SSE-S3") input.ServerSideEncryption = "AES256";
    else if (this.cfg.sse.type === "SSE-KMS") {
      input.ServerSideEncryption = "aws:kms";
      if (this.cfg.sse.kms_key_id) input.SSEKMSKeyId = this.cfg.sse.kms_key_id;
      if (this.cfg.sse.kms_encryption_context) {
        input.SSEKMSEncryptionContext = Buffer.from(this.cfg.sse.kms_encryption_context).toString("base64");
      }
    }
    return input;
  }

  async upload(name: string, body: Buffer | Uint8Array | Readable): Promise<void> {
    validateObjectName(name);
    if (!(body instanceof Readable)) {
      await this.client.send(new PutObjectCommand({ ...this.putInput(name), Body: body, ContentLength: body.length }));
      return;
    }
    // S3 needs the length up front. A fresh stream of a whole file has it; spool anything else
    // to a temp file.
    const range = body as unknown as { start?: number; end?: number };
    if (body instanceof ReadStream && typeof body.path === "string" && body.bytesRead === 0 && range.start === undefined && range.end === Infinity) {
      const { size } = await fs.stat(body.path);
      await this.client.send(new PutObjectCommand({ ...this.putInput(name), Body: body, ContentLength: size }));
      return;
    }
    // S3 needs the length up front: spool streams of unknown length to a temp file.
    await fs.mkdir(this.tmpDir, { recursive: true });
    const dir = await fs.mkdtemp(path.join(this.tmpDir, "mimir-ts-s3-upload-"));
    const tmp = path.join(dir, "body");
    try {
      await pipeline(body, createWriteStream(tmp));
      const { size } = await fs.stat(tmp);
      await this.client.send(new PutObjectCommand({ ...this.putInput(name), Body: createReadStream(tmp), ContentLength: size }));
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
