/**
 * AWS Signature Version 4 for the receivers that call AWS APIs (SNS): the signer of
 * @smithy/signature-v4 over a SHA-256 / HMAC-SHA-256 hash of node:crypto.
 */
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";

type Data = string | ArrayBuffer | ArrayBufferView;

function bytes(d: Data): Buffer | string {
  if (typeof d === "string") return d;
  if (ArrayBuffer.isView(d)) return Buffer.from(d.buffer, d.byteOffset, d.byteLength);
  return Buffer.from(d);
}

/** The smithy Checksum contract: a plain SHA-256, or HMAC-SHA-256 when given a secret. */
export class NodeSha256 {
  private readonly secret: Data | undefined;
  private h: Hash | Hmac;

  constructor(secret?: Data) {
    this.secret = secret;
    this.h = this.fresh();
  }

  private fresh(): Hash | Hmac {
    return this.secret === undefined
      ? createHash("sha256")
      : createHmac("sha256", bytes(this.secret));
  }

  update(data: Data): void {
    this.h.update(bytes(data));
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }

  reset(): void {
    this.h = this.fresh();
  }
}

export interface AWSCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * Signs a request to `url` for `service` in `region`; returns the headers to send with it
 * (the given ones plus x-amz-date, x-amz-security-token and authorization). Host and
 * content-length are signed as the HTTP client sends them.
 */
export async function signRequest(opts: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Buffer;
  service: string;
  region: string;
  credentials: AWSCredentials;
  date?: Date;
}): Promise<Record<string, string>> {
  const u = new URL(opts.url);
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of u.searchParams) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const signer = new SignatureV4({
    service: opts.service,
    region: opts.region,
    credentials: opts.credentials,
    sha256: NodeSha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: opts.method,
      protocol: u.protocol,
      hostname: u.hostname,
      port: u.port === "" ? undefined : Number(u.port),
      path: u.pathname,
      query,
      headers: {
        ...opts.headers,
        host: u.host,
        "content-length": String(Buffer.byteLength(opts.body)),
      },
      body: opts.body,
    },
    { signingDate: opts.date },
  );
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers as Record<string, string>))
    if (k !== "host" && k !== "content-length") out[k] = v;
  return out;
}
