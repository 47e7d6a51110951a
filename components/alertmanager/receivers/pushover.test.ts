import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadConfig } from "../amconfig.ts";
import type { Alert } from "../types.ts";
import {
  PUSHOVER_MAX_MESSAGE_RUNES,
  PUSHOVER_MAX_TITLE_RUNES,
  PUSHOVER_MAX_URL_RUNES,
  PushoverIntegration,
} from "./pushover.ts";
import { buildContext, FIRING, FLUSH, RESOLVED, Recorder } from "./testrecorder.ts";

describe("pushover receiver", () => {
  const rec = new Recorder();
  before(() => rec.start());
  after(() => rec.stop());

  const integ = (extra = "") => {
    const cfg = loadConfig(
      `route:\n  receiver: team\nreceivers:\n- name: team\n  pushover_configs:\n  - user_key: u-1\n    token: t/1\n${extra}`,
    );
    const { conf, index } = cfg.receivers[0].integrations[0];
    return new PushoverIntegration(conf, index, buildContext(), `${rec.base}/1/messages.json`);
  };
  const send = (i: PushoverIntegration, alerts: Alert[]) =>
    i.notify(FLUSH, alerts, AbortSignal.timeout(5000));
  const params = () => new URL(rec.requests.at(-1)!.url, "http://x").searchParams;

  it("POSTs the parameters in the query string, empty body", async () => {
    const i = integ();
    await send(i, FIRING);
    const f = rec.requests.at(-1)!;
    assert.equal(f.method, "POST");
    assert.equal(f.headers["content-type"], "text/plain");
    assert.equal(f.body, "");
    // Go's url.Values.Encode: keys sorted, query escaping.
    assert.equal(
      f.url,
      "/1/messages.json?device=&expire=3600&message=a+down%0A%0AAlerts+Firing%3A%0ALabels%3A%0A+-+alertname+%3D+Down%0A+-+instance+%3D+a%0AAnnotations%3A%0A+-+summary+%3D+a+down%0ASource%3A+http%3A%2F%2Fprom%2Fgraph%3Fg0.expr%3Dup%26g0.tab%3D1&priority=2&retry=60&sound=&title=%5BFIRING%3A1%5D+Down+%28a%29&token=t%2F1&url=http%3A%2F%2Fam.example%2F%23%2Falerts%3Freceiver%3Dteam&url_title=&user=u-1",
    );
    await send(i, RESOLVED);
    assert.equal(params().get("priority"), "0");
    assert.equal(params().get("title"), "[RESOLVED] Down (a)");
  });

  it("sends html, sound, device, ttl and the durations in seconds", async () => {
    await send(
      integ(
        "    html: true\n    message: '<b>{{ .CommonLabels.instance }}</b> {{ \"<i>\" }}'\n    sound: siren\n    device: phone\n    retry: 90s\n    expire: 2h\n    ttl: 10m\n    priority: '1'\n    url_title: Open\n",
      ),
      FIRING,
    );
    const p = params();
    assert.equal(p.get("html"), "1");
    assert.equal(p.get("message"), "<b>a</b> &lt;i&gt;"); // data escaped, the template text not
    assert.equal(p.get("sound"), "siren");
    assert.equal(p.get("device"), "phone");
    assert.equal(p.get("retry"), "90");
    assert.equal(p.get("expire"), "7200");
    assert.equal(p.get("ttl"), "600");
    assert.equal(p.get("priority"), "1");
    assert.equal(p.get("url_title"), "Open");
    await send(integ(), FIRING);
    assert.equal(params().has("ttl"), false);
    assert.equal(params().has("html"), false);
  });

  it("cuts title, message and url to Pushover's limits; an empty message is (no details)", async () => {
    const long = (ch: string) => ch.repeat(3000);
    await send(
      integ(`    title: "${long("t")}"\n    message: "${long("m")}"\n    url: "${long("u")}"\n`),
      FIRING,
    );
    const p = params();
    assert.equal(p.get("title"), `${"t".repeat(PUSHOVER_MAX_TITLE_RUNES - 1)}…`);
    assert.equal(p.get("message"), `${"m".repeat(PUSHOVER_MAX_MESSAGE_RUNES - 1)}…`);
    assert.equal(p.get("url"), `${"u".repeat(PUSHOVER_MAX_URL_RUNES - 1)}…`);
    await send(integ("    message: '  '\n"), FIRING);
    assert.equal(params().get("message"), "(no details)");
  });

  it("retries 5xx, not 4xx; the URL (it holds the token) is redacted", async () => {
    rec.answers.push(
      { status: 500, body: '{"status":0}' },
      { status: 400, body: '{"user":"invalid","status":0}' },
    );
    await assert.rejects(send(integ(), FIRING), {
      message: 'unexpected status code 500: {"status":0}',
      retry: true,
    });
    await assert.rejects(send(integ(), FIRING), {
      message: 'unexpected status code 400: {"user":"invalid","status":0}',
      retry: false,
    });
    const cfg = loadConfig(
      "route:\n  receiver: team\nreceivers:\n- name: team\n  pushover_configs:\n  - user_key: u\n    token: secret-token\n",
    );
    const { conf } = cfg.receivers[0].integrations[0];
    const down = new PushoverIntegration(
      conf,
      0,
      buildContext(),
      "http://127.0.0.1:1/1/messages.json",
    );
    await assert.rejects(send(down, FIRING), (e: Error & { retry: boolean }) => {
      assert.equal(e.retry, true);
      assert.match(e.message, /^Post "<redacted>": /);
      assert.ok(!e.message.includes("secret-token"));
      return true;
    });
  });
});
