import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { hashKey } from "./common.ts";
import { SNS_MAX_MESSAGE_BYTES, SNS_MAX_SMS_BYTES } from "./sns.ts";
import { FIRING, FLUSH, integrationFrom, notify, RESOLVED, Recorder } from "./testrecorder.ts";

const ERROR = (code: string, msg: string) =>
  `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${msg}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

describe("sns receiver", () => {
  const rec = new Recorder();
  before(() => rec.start());
  after(() => rec.stop());

  const integ = (
    target: string,
    extra = "",
    sigv4 = "      access_key: AK\n      secret_key: SK\n",
  ) =>
    integrationFrom(
      `  sns_configs:\n  - api_url: ${rec.base}\n${target}    sigv4:\n      region: eu-west-1\n${sigv4}${extra}`,
    );
  const form = () => new URLSearchParams(rec.requests.at(-1)!.body);

  it("POSTs a signed Publish to the topic", async () => {
    const i = integ(
      "    topic_arn: arn:aws:sns:eu-west-1:1:alerts\n",
      "    attributes:\n      severity: '{{ .Status }}'\n      a: b\n",
    );
    await notify(i, FIRING);
    const f = rec.requests.at(-1)!;
    assert.equal(f.method, "POST");
    assert.equal(f.url, "/");
    assert.equal(f.headers["content-type"], "application/x-www-form-urlencoded; charset=utf-8");
    assert.match(
      String(f.headers.authorization),
      /^AWS4-HMAC-SHA256 Credential=AK\/\d{8}\/eu-west-1\/sns\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    assert.match(String(f.headers["x-amz-date"]), /^\d{8}T\d{6}Z$/);
    // Go's url.Values.Encode (as the AWS SDK's query protocol): keys sorted, query escaping.
    assert.equal(
      f.body,
      "Action=Publish&Message=a+down%0A%0AAlerts+Firing%3A%0ALabels%3A%0A+-+alertname+%3D+Down%0A+-+instance+%3D+a%0AAnnotations%3A%0A+-+summary+%3D+a+down%0ASource%3A+http%3A%2F%2Fprom%2Fgraph%3Fg0.expr%3Dup%26g0.tab%3D1%0A%0A%0A%0A&MessageAttributes.entry.1.Name=a&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=b&MessageAttributes.entry.2.Name=severity&MessageAttributes.entry.2.Value.DataType=String&MessageAttributes.entry.2.Value.StringValue=firing&Subject=%5BFIRING%3A1%5D+Down+%28a%29&TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A1%3Aalerts&Version=2010-03-31",
    );
    await notify(i, RESOLVED);
    assert.equal(form().get("Subject"), "[RESOLVED] Down (a)");
    assert.equal(form().get("MessageAttributes.entry.2.Value.StringValue"), "resolved");
  });

  it("gives a FIFO topic the group key hash as group and deduplication id", async () => {
    await notify(integ("    topic_arn: arn:aws:sns:eu-west-1:1:alerts.fifo\n"), FIRING);
    assert.equal(form().get("MessageGroupId"), hashKey(FLUSH.groupKey));
    assert.equal(form().get("MessageDeduplicationId"), hashKey(FLUSH.groupKey));
  });

  it("sends to a phone number or target ARN; no Subject when subject is empty", async () => {
    await notify(integ("    phone_number: '+15550100'\n", "    subject: ''\n"), FIRING);
    assert.equal(form().get("PhoneNumber"), "+15550100");
    assert.equal(form().has("Subject"), false);
    await notify(integ("    target_arn: arn:aws:sns:eu-west-1:1:endpoint/APNS/app/x\n"), FIRING);
    assert.equal(form().get("TargetArn"), "arn:aws:sns:eu-west-1:1:endpoint/APNS/app/x");
  });

  it("cuts the message to 256 KiB (1600 bytes for SMS) and marks it truncated", async () => {
    const big = "x".repeat(300 * 1024);
    await notify(integ("    topic_arn: t\n", `    message: ${big}\n`), FIRING);
    assert.equal(form().get("Message")?.length, SNS_MAX_MESSAGE_BYTES);
    assert.equal(form().get("MessageAttributes.entry.1.Name"), "truncated");
    assert.equal(form().get("MessageAttributes.entry.1.Value.StringValue"), "true");
    await notify(integ("    phone_number: '1'\n", `    message: ${big}\n`), FIRING);
    assert.equal(form().get("Message")?.length, SNS_MAX_SMS_BYTES);
    await notify(integ("    topic_arn: t\n", "    message: short\n"), FIRING);
    assert.equal(form().has("MessageAttributes.entry.1.Name"), false);
  });

  it("fails with AWS's error message: 5xx retried, 4xx not", async () => {
    rec.answers.push(
      { status: 400, body: ERROR("InvalidParameter", "Invalid parameter: TopicArn") },
      { status: 503, body: ERROR("ServiceUnavailable", "Service is unavailable") },
    );
    const i = integ("    topic_arn: t\n");
    await assert.rejects(notify(i, FIRING), {
      message: "unexpected status code 400: Invalid parameter: TopicArn",
      retry: false,
    });
    await assert.rejects(notify(i, FIRING), {
      message: "unexpected status code 503: Service is unavailable",
      retry: true,
    });
  });

  it("refuses role_arn and profile, and needs credentials", async () => {
    const n = rec.requests.length;
    await assert.rejects(
      notify(integ("    topic_arn: t\n", "", "      role_arn: arn:aws:iam::1:role/x\n"), FIRING),
      { message: /^sigv4.role_arn needs an STS AssumeRole/, retry: false },
    );
    await assert.rejects(notify(integ("    topic_arn: t\n", "", "      profile: p\n"), FIRING), {
      message: /^sigv4.profile .* is not supported/,
      retry: false,
    });
    await assert.rejects(notify(integ("    topic_arn: t\n", "", ""), FIRING), {
      message: /^no AWS credentials/,
      retry: false,
    });
    assert.equal(rec.requests.length, n);
  });
});
