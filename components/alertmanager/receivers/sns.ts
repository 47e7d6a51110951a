/**
 * The Amazon SNS receiver (notify/sns): SNS's query API `Publish`, a form-encoded POST signed with
 * SigV4 (service "sns") to `api_url` (templated) or https://sns.<region>.amazonaws.com/.
 * Parameters: TopicArn (a ".fifo" topic also gets MessageGroupId and MessageDeduplicationId, the
 * sha256 of the group key), PhoneNumber, TargetArn, Subject (when the subject template is not
 * empty), Message (cut to 256 KiB, or 1600 bytes for a phone number; a cut message gets the
 * attribute truncated=true) and the templated `attributes` as String message attributes.
 * Credentials are sigv4.access_key/secret_key and the region sigv4.region (the process's AWS
 * environment is not used for tenants' receivers); role_arn (STS) and profile are refused. An AWS error
 * answer fails with `unexpected status code N: <its Message>`, retried for 5xx.
 */
import { type FlushContext, type Integration, NotifyError } from "../notify.ts";
import type { Alert } from "../types.ts";
import {
  field,
  goFormEncode,
  hashKey,
  render,
  renderOrFail,
  TemplatedIntegration,
} from "./common.ts";
import { checkStatus, httpRequest } from "./http.ts";
import { type AWSCredentials, signRequest } from "./sigv4.ts";

/** SNS's largest message (bytes), and an SMS's. */
export const SNS_MAX_MESSAGE_BYTES = 256 * 1024;
export const SNS_MAX_SMS_BYTES = 1600;
const API_VERSION = "2010-03-31";

type Obj = Record<string, unknown>;

/** The <Message> of an AWS XML error answer, or the whole body. */
function awsErrorMessage(body: string): string {
  const m = /<Message>([\s\S]*?)<\/Message>/.exec(body);
  if (!m) return body;
  return m[1]
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export class SNSIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "sns";

  private credentials(sigv4: Obj): AWSCredentials {
    if (sigv4.role_arn)
      throw new NotifyError(
        "sigv4.role_arn needs an STS AssumeRole, which mimir-ts does not support: set sigv4.access_key and sigv4.secret_key",
        false,
      );
    const ak = String(sigv4.access_key ?? "");
    const sk = String(sigv4.secret_key ?? "");
    if (ak !== "" && sk !== "") return { accessKeyId: ak, secretAccessKey: sk };
    if (sigv4.profile)
      throw new NotifyError(
        "sigv4.profile (the AWS shared credentials file) is not supported by mimir-ts: set sigv4.access_key and sigv4.secret_key",
        false,
      );
    throw new NotifyError(
      "no AWS credentials: set sigv4.access_key and sigv4.secret_key (mimir-ts does not use the process's AWS credentials for tenants' receivers)",
      false,
    );
  }

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const t = (v: unknown) => renderOrFail(r, v);
    const sigv4 = (c.sigv4 ?? {}) as Obj;
    const region = String(sigv4.region ?? "");
    if (region === "")
      throw new NotifyError(
        "region not configured in sns.sigv4.region or in default credentials chain",
        true,
      );
    const creds = this.credentials(sigv4);
    let endpoint = t(field(c, "api_url", ""));
    if (endpoint === "") endpoint = `https://sns.${region}.amazonaws.com`;
    else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint)) endpoint = `https://${endpoint}`;
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new NotifyError(`invalid SNS endpoint ${JSON.stringify(endpoint)}`, false);
    }

    const params: [string, string | Buffer][] = [
      ["Action", "Publish"],
      ["Version", API_VERSION],
    ];
    const attributes = new Map<string, string>();
    for (const [k, v] of Object.entries((c.attributes ?? {}) as Obj)) attributes.set(t(k), t(v));
    let limit = SNS_MAX_MESSAGE_BYTES;
    const topic = field(c, "topic_arn", "");
    if (topic !== "") {
      const arn = t(topic);
      params.push(["TopicArn", arn]);
      if (arn.endsWith(".fifo")) {
        const key = hashKey(ctx.groupKey);
        params.push(["MessageDeduplicationId", key], ["MessageGroupId", key]);
      }
    }
    const phone = field(c, "phone_number", "");
    if (phone !== "") {
      params.push(["PhoneNumber", t(phone)]);
      limit = SNS_MAX_SMS_BYTES;
    }
    const target = field(c, "target_arn", "");
    if (target !== "") params.push(["TargetArn", t(target)]);

    const message = t(field(c, "message", '{{ template "sns.default.message" . }}'));
    if (!message.isWellFormed()) throw new NotifyError("non utf8 encoded message string", true);
    let body: string | Buffer = message;
    const size = Buffer.byteLength(message);
    if (size > limit) {
      // A byte cut, as Alertmanager's (it may split a character).
      body = Buffer.from(message).subarray(0, limit);
      attributes.set("truncated", "true");
    }
    params.push(["Message", body]);
    [...attributes.keys()].sort().forEach((name, i) => {
      const p = `MessageAttributes.entry.${i + 1}`;
      params.push(
        [`${p}.Name`, name],
        [`${p}.Value.DataType`, "String"],
        [`${p}.Value.StringValue`, attributes.get(name) ?? ""],
      );
    });
    const subject = field(c, "subject", '{{ template "sns.default.subject" . }}');
    if (subject !== "") params.push(["Subject", t(subject)]);

    const form = goFormEncode(params);
    const headers = await signRequest({
      method: "POST",
      url: url.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: form,
      service: "sns",
      region,
      credentials: creds,
    });
    const res = await httpRequest(
      "POST",
      url.toString(),
      { headers, body: form },
      c.http_config,
      signal,
    );
    if (Math.floor(res.status / 100) !== 2)
      checkStatus({ status: res.status, body: awsErrorMessage(res.body) });
  }
}
