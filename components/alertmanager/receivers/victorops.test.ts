import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { NotifyError } from "../notify.ts";
import { hashKey } from "./common.ts";
import { FIRING, FLUSH, integrationFrom, notify, RESOLVED, Recorder } from "./testrecorder.ts";
import { VICTOROPS_MAX_MESSAGE_RUNES } from "./victorops.ts";

describe("victorops receiver", () => {
  const rec = new Recorder();
  before(() => rec.start());
  after(() => rec.stop());

  const integ = (extra = "") =>
    integrationFrom(
      `  victorops_configs:\n  - api_url: ${rec.base}/alert\n    api_key: key-1\n    routing_key: '{{ .GroupLabels.alertname }}'\n${extra}`,
    );

  it("POSTs CRITICAL then RECOVERY to api_url/api_key/routing_key", async () => {
    const i = integ("    custom_fields:\n      team: 'ops-{{ .Status }}'\n      a_b: '<&>'\n");
    await notify(i, FIRING);
    await notify(i, RESOLVED);
    const [f, r] = rec.requests.slice(-2);
    assert.equal(f.method, "POST");
    assert.equal(f.url, "/alert/key-1/Down");
    assert.equal(f.headers["content-type"], "application/json");
    // Go's map encoding: keys sorted, HTML characters escaped.
    assert.equal(
      f.body,
      `{"a_b":"\\u003c\\u0026\\u003e","entity_display_name":"[FIRING:1] Down (a)","entity_id":"${hashKey(FLUSH.groupKey)}","message_type":"CRITICAL","monitoring_tool":"Alertmanager","state_message":"a down\\nAlerts Firing:\\nLabels:\\n - alertname = Down\\n - instance = a\\nAnnotations:\\n - summary = a down\\nSource: http://prom/graph?g0.expr=up\\u0026g0.tab=1\\n\\n","team":"ops-firing"}\n`,
    );
    const rb = JSON.parse(r.body);
    assert.equal(rb.message_type, "RECOVERY");
    assert.equal(rb.entity_display_name, "[RESOLVED] Down (a)");
    assert.equal(rb.team, "ops-resolved");
  });

  it("keeps INFO and WARNING, replaces other firing types by CRITICAL", async () => {
    await notify(integ("    message_type: WARNING\n"), FIRING);
    assert.equal(JSON.parse(rec.requests.at(-1)!.body).message_type, "WARNING");
    await notify(integ("    message_type: LOUD\n"), FIRING);
    assert.equal(JSON.parse(rec.requests.at(-1)!.body).message_type, "CRITICAL");
  });

  it("cuts state_message to 20480 characters", async () => {
    await notify(integ(`    state_message: "${"ü".repeat(30000)}"\n`), FIRING);
    const sm: string = JSON.parse(rec.requests.at(-1)!.body).state_message;
    assert.equal([...sm].length, VICTOROPS_MAX_MESSAGE_RUNES);
    assert.ok(sm.endsWith("ü…"));
  });

  it("retries 5xx, not 4xx, with the URL (it holds the key) redacted", async () => {
    rec.answers.push({ status: 500, body: "" }, { status: 404, body: "no route" });
    await assert.rejects(notify(integ(), FIRING), {
      message: "unexpected status code 500",
      retry: true,
    });
    await assert.rejects(notify(integ(), FIRING), {
      message: "unexpected status code 404: no route",
      retry: false,
    });
    const down = integrationFrom(
      "  victorops_configs:\n  - api_url: http://127.0.0.1:1/\n    api_key: secret-key\n    routing_key: r\n",
    );
    await assert.rejects(notify(down, FIRING), (e: NotifyError) => {
      assert.equal(e.retry, true);
      assert.match(e.message, /^Post "<redacted>": /);
      assert.ok(!e.message.includes("secret-key"));
      return true;
    });
  });
});
