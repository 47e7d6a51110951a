import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { NotifyError } from "../notify.ts";
import { FIRING, integrationFrom, notify, RESOLVED, Recorder } from "./testrecorder.ts";
import { WEBEX_MAX_MESSAGE_BYTES } from "./webex.ts";

describe("webex receiver", () => {
  const rec = new Recorder();
  before(() => rec.start());
  after(() => rec.stop());

  const integ = (extra = "") =>
    integrationFrom(
      `  webex_configs:\n  - api_url: ${rec.base}/v1/messages\n    room_id: room-1\n    http_config:\n      authorization:\n        credentials: tok\n${extra}`,
    );

  it("POSTs the markdown message and room with the bearer token", async () => {
    const i = integ();
    await notify(i, FIRING);
    await notify(i, RESOLVED);
    const [f, r] = rec.requests.slice(-2);
    assert.equal(f.method, "POST");
    assert.equal(f.url, "/v1/messages");
    assert.equal(f.headers.authorization, "Bearer tok");
    assert.equal(f.headers["content-type"], "application/json");
    assert.equal(f.headers["user-agent"], "Alertmanager/0.25.0");
    assert.equal(
      f.body,
      '{"markdown":"a down\\n\\nAlerts Firing:\\nLabels:\\n - alertname = Down\\n - instance = a\\nAnnotations:\\n - summary = a down\\nSource: http://prom/graph?g0.expr=up\\u0026g0.tab=1\\n\\n\\n\\n","roomId":"room-1"}\n',
    );
    assert.match(JSON.parse(r.body).markdown, /^a down\n\n\nAlerts Resolved:/);
  });

  it("cuts the message to Webex's byte limit", async () => {
    await notify(integ(`    message: "x${"é".repeat(5000)}"\n`), FIRING);
    const md: string = JSON.parse(rec.requests.at(-1)!.body).markdown;
    // 1 + 2×3717 bytes of whole characters (≤ limit - 3), then "…" (3 bytes).
    assert.equal(Buffer.byteLength(md), WEBEX_MAX_MESSAGE_BYTES - 1);
    assert.equal(md, `x${"é".repeat(3717)}…`);
  });

  it("retries 5xx, not 4xx", async () => {
    rec.answers.push({ status: 503, body: "busy" }, { status: 400, body: "bad room" });
    await assert.rejects(notify(integ(), FIRING), (e: NotifyError) => {
      assert.equal(e.retry, true);
      assert.equal(e.message, "unexpected status code 503: busy");
      return true;
    });
    await assert.rejects(notify(integ(), FIRING), (e: NotifyError) => {
      assert.equal(e.retry, false);
      assert.equal(e.message, "unexpected status code 400: bad room");
      return true;
    });
  });
});
