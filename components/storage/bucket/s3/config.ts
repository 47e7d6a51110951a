/**
 * The S3 config block and its checks, apart from the client so that loading the config does not
 * load the AWS SDK (it is imported only when an S3 bucket is created).
 */
import { f, type ValueOf } from "../../../util/config/spec.ts";

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
    region: f.string<string>(
      `${p}region`,
      "",
      "S3 region. If unset, the client will issue a S3 GetBucketLocation API call to autodetect it.",
    ),
    bucket_name: f.string<string>(`${p}bucket-name`, "", "S3 bucket name"),
    secret_access_key: f.string<string>(`${p}secret-access-key`, "", "S3 secret access key", {
      secret: true,
    }),
    access_key_id: f.string<string>(`${p}access-key-id`, "", "S3 access key ID"),
    session_token: f.string<string>(`${p}session-token`, "", "S3 session token", {
      secret: true,
      hidden: true,
    }),
    insecure: f.bool(
      `${p}insecure`,
      false,
      "If enabled, use http:// for the S3 endpoint instead of https://. This could be useful in local dev/test environments while using an S3-compatible backend storage, like Minio.",
    ),
    signature_version: f.string<string>(
      `${p}signature-version`,
      "v4",
      "The signature version to use for authenticating against S3. Supported values are: v4.",
      {
        enum: ["v4"],
      },
    ),
    list_objects_version: f.string<string>(
      `${p}list-objects-version`,
      "",
      "Use a specific version of the S3 list object API. Supported values are v1 or v2. Default is unset.",
      {
        enum: ["", "v1", "v2"],
      },
    ),
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
    storage_class: f.string<string>(
      `${p}storage-class`,
      "",
      "The S3 storage class to use, not set by default.",
    ),
    native_aws_auth_enabled: f.bool(
      `${p}native-aws-auth-enabled`,
      false,
      "If enabled, it will use the default authentication methods of the AWS SDK based on known environment variables and known AWS config files.",
    ),
    part_size: f.int(
      `${p}part-size`,
      0,
      "The minimum file size in bytes used for multipart uploads. If 0, the value is optimally computed for each object.",
    ),
    send_content_md5: f.bool(
      `${p}send-content-md5`,
      false,
      "If enabled, a Content-MD5 header is sent with S3 Put Object requests.",
    ),
    sts_endpoint: f.string<string>(
      `${p}sts-endpoint`,
      "",
      "Accessing S3 resources using temporary, secure credentials provided by AWS Security Token Service.",
    ),
    max_retries: f.int(
      `${p}max-retries`,
      10,
      "The maximum number of retries for S3 requests that are retryable.",
      { hidden: true },
    ),
    sse: {
      type: f.string<string>(
        `${p}sse.type`,
        "",
        "Enable AWS Server Side Encryption. Supported values: SSE-KMS, SSE-S3.",
        { enum: SSE_TYPES },
      ),
      kms_key_id: f.string<string>(
        `${p}sse.kms-key-id`,
        "",
        "KMS Key ID used to encrypt objects in S3",
      ),
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
      idle_conn_timeout: f.duration(
        `${p}http.idle-conn-timeout`,
        90_000,
        "The time an idle connection will remain idle before closing.",
      ),
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
      tls_handshake_timeout: f.duration(
        `${p}tls-handshake-timeout`,
        10_000,
        "Maximum time to wait for a TLS handshake. 0 means no limit.",
      ),
      expect_continue_timeout: f.duration(
        `${p}expect-continue-timeout`,
        1_000,
        "The time to wait for a server's first response headers after fully writing the request headers if the request has an Expect header. 0 to send the request body immediately.",
      ),
      max_idle_connections: f.int(
        `${p}max-idle-connections`,
        100,
        "Maximum number of idle (keep-alive) connections across all hosts. 0 means no limit.",
      ),
      max_idle_connections_per_host: f.int(
        `${p}max-idle-connections-per-host`,
        100,
        "Maximum number of idle (keep-alive) connections to keep per-host. If 0, a built-in default value is used.",
      ),
      max_connections_per_host: f.int(
        `${p}max-connections-per-host`,
        0,
        "Maximum number of connections per host. 0 means no limit.",
      ),
      tls_ca_path: f.string<string>(
        `${p}http.tls-ca-path`,
        "",
        "Path to the CA certificates to validate server certificate against. If not set, the host's root CA certificates are used.",
        { path: "one" },
      ),
      tls_cert_path: f.string<string>(
        `${p}http.tls-cert-path`,
        "",
        "Path to the client certificate, which will be used for authenticating with the server.",
        { path: "one" },
      ),
      tls_key_path: f.string<string>(
        `${p}http.tls-key-path`,
        "",
        "Path to the key for the client certificate.",
        { path: "one" },
      ),
      tls_server_name: f.string<string>(
        `${p}http.tls-server-name`,
        "",
        "Override the expected name on the server certificate.",
      ),
    },
    trace: {
      enable: f.bool(
        `${p}trace.enable`,
        false,
        "If enabled, low-level S3 HTTP operation info will be logged.",
      ),
    },
  };
}
export type S3Config = ValueOf<ReturnType<typeof s3ConfigBlock>>;

/** Problems with an S3 config that the field validations cannot see (Mimir's wording). */
export function validateS3Config(
  cfg: Pick<S3Config, "endpoint" | "bucket_name">,
): string | undefined {
  if (cfg.endpoint !== "" && cfg.bucket_name !== "") {
    const first = cfg.endpoint.replace(/^https?:\/\//, "").split(".")[0];
    if (first !== "" && first === cfg.bucket_name)
      return "the endpoint must not prefixed with the bucket name";
  }
  return undefined;
}
