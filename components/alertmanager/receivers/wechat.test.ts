import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { FIRING, integrationFrom, notify, RESOLVED, Recorder } from "./testrecorder.ts";

const TOKEN = '{"errcode":0,"access_token":"AT-1","expires_in":7200}';
const OK = '{"errcode":0,"errmsg":"ok"}';

describe("wechat receiver", () => {
  const rec = new Recorder();
  before(() => rec.start());
  after(() => rec.stop());

  const integ = (extra = "") =>
    integrationFrom(
      `  wechat_configs:\n  - api_url: ${rec.base}/cgi-bin\n    corp_id: corp 1\n    api_secret: s&cret\n    agent_id: "1000002"\n    send_resolved: true\n${extra}`,
    );

  it("fetches a token once, then sends text messages with it", async () => {
    const i = integ("    to_user: '@all'\n");
    rec.answers.push(
      { status: 200, body: TOKEN },
      { status: 200, body: OK },
      { status: 200, body: OK },
    );
    const n = rec.requests.length;
    await notify(i, FIRING);
    await notify(i, RESOLVED);
    const [tok, f, r] = rec.requests.slice(n);
    assert.equal(rec.requests.length, n + 3);
    assert.equal(tok.method, "GET");
    // Go's url.Values.Encode: keys sorted, query escaping.
    assert.equal(tok.url, "/cgi-bin/gettoken?corpid=corp+1&corpsecret=s%26cret");
    assert.equal(f.method, "POST");
    assert.equal(f.url, "/cgi-bin/message/send?access_token=AT-1");
    assert.equal(f.headers["content-type"], "application/json");
    assert.equal(
      f.body,
      '{"text":{"content":"[FIRING:1] Down (a)\\na down\\nAlerts Firing:\\nLabels:\\n - alertname = Down\\n - instance = a\\nAnnotations:\\n - summary = a down\\nSource: http://prom/graph?g0.expr=up\\u0026g0.tab=1\\n\\n\\nAlertmanagerUrl:\\nhttp://am.example/#/alerts?receiver=team"},"touser":"@all","agentid":"1000002","safe":"0","msgtype":"text","markdown":{"content":""}}\n',
    );
    assert.match(JSON.parse(r.body).text.content, /^\[RESOLVED\] Down \(a\)/);
  });

  it("sends markdown under markdown, empty fields omitted", async () => {
    const i = integ("    message_type: markdown\n    message: '**{{ .Status }}**'\n");
    rec.answers.push({ status: 200, body: TOKEN }, { status: 200, body: OK });
    await notify(i, FIRING);
    assert.equal(
      rec.requests.at(-1)!.body,
      '{"text":{"content":""},"agentid":"1000002","safe":"0","msgtype":"markdown","markdown":{"content":"**firing**"}}\n',
    );
  });

  it("drops the token on errcode 42001 (retried) and fetches a new one", async () => {
    const i = integ();
    rec.answers.push(
      { status: 200, body: TOKEN },
      { status: 200, body: '{"errcode":42001,"errmsg":"access_token expired"}' },
      { status: 200, body: '{"errcode":0,"access_token":"AT-2"}' },
      { status: 200, body: OK },
    );
    await assert.rejects(notify(i, FIRING), { message: "access_token expired", retry: true });
    await notify(i, FIRING);
    assert.match(rec.requests.at(-2)!.url, /^\/cgi-bin\/gettoken\?/);
    assert.equal(rec.requests.at(-1)!.url, "/cgi-bin/message/send?access_token=AT-2");
  });

  it("fails for good on another errcode, a missing token or a bad answer; retries non-200", async () => {
    const i = integ();
    rec.answers.push({ status: 200, body: '{"errcode":40013,"errmsg":"invalid corpid"}' });
    await assert.rejects(notify(i, FIRING), {
      message: "invalid APISecret for CorpID: corp 1",
      retry: false,
    });
    rec.answers.push({ status: 200, body: "<html>" });
    await assert.rejects(notify(i, FIRING), { retry: false });
    rec.answers.push(
      { status: 200, body: TOKEN },
      { status: 502, body: "" },
      { status: 200, body: '{"errcode":60020,"errmsg":"not allow to access from your ip"}' },
    );
    await assert.rejects(notify(i, FIRING), { message: "unexpected status code 502", retry: true });
    await assert.rejects(notify(i, FIRING), {
      message: "not allow to access from your ip",
      retry: false,
    });
  });
});
