import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { signRequest } from "./sigv4.ts";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const hmac = (k: Buffer | string, s: string) => createHmac("sha256", k).update(s).digest();

describe("SigV4 signing", () => {
  it("signs as the SigV4 specification computes it", async () => {
    const body = "Action=Publish&Message=hi&Version=2010-03-31";
    const headers = await signRequest({
      method: "POST",
      url: "http://127.0.0.1:8080/",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body,
      service: "sns",
      region: "eu-west-1",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRET" },
      date: new Date(Date.UTC(2026, 11, 7, 6, 0, 0)),
    });
    assert.equal(headers["x-amz-date"], "20261207T060000Z");
    // The canonical request, string to sign and key derivation, written out by hand.
    const canonical = [
      "POST",
      "/",
      "",
      `content-length:${body.length}`,
      "content-type:application/x-www-form-urlencoded; charset=utf-8",
      "host:127.0.0.1:8080",
      "x-amz-date:20261207T060000Z",
      "",
      "content-length;content-type;host;x-amz-date",
      sha(body),
    ].join("\n");
    const scope = "20261207/eu-west-1/sns/aws4_request";
    const toSign = ["AWS4-HMAC-SHA256", "20261207T060000Z", scope, sha(canonical)].join("\n");
    let key = hmac("AWS4SECRET", "20261207");
    for (const part of ["eu-west-1", "sns", "aws4_request"]) key = hmac(key, part);
    const signature = createHmac("sha256", key).update(toSign).digest("hex");
    assert.equal(
      headers.authorization,
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${scope}, SignedHeaders=content-length;content-type;host;x-amz-date, Signature=${signature}`,
    );
    assert.equal(headers["content-type"], "application/x-www-form-urlencoded; charset=utf-8");
    assert.equal(headers.host, undefined); // the HTTP client sends it
  });

  it("adds the session token", async () => {
    const headers = await signRequest({
      method: "POST",
      url: "https://sns.us-east-1.amazonaws.com/",
      headers: {},
      body: "",
      service: "sns",
      region: "us-east-1",
      credentials: { accessKeyId: "A", secretAccessKey: "S", sessionToken: "TOK" },
    });
    assert.equal(headers["x-amz-security-token"], "TOK");
    assert.match(
      headers.authorization,
      /SignedHeaders=content-length;host;x-amz-date;x-amz-security-token,/,
    );
  });
});
