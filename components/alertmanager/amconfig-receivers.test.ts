import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { goDuration, INTEGRATION_KINDS, loadConfig } from "./amconfig.ts";
import { buildReceivers } from "./receivers/build.ts";
import { tenantTemplate } from "./templates.ts";

const cfg = (receiver: string, global = "") =>
  `${global}route:\n  receiver: x\nreceivers:\n- name: x\n${receiver}`;

describe("Alertmanager config: wechat, victorops, pushover, sns and webex", () => {
  // Messages as Debian's amtool check-config (Alertmanager 0.25) prints them, plus Mimir's
  // refusals of *_file secrets.
  for (const [name, text, msg] of [
    ["wechat secret", cfg("  wechat_configs:\n  - corp_id: c\n"), "no global Wechat ApiSecret set"],
    ["wechat corp", cfg("  wechat_configs:\n  - api_secret: s\n"), "no global Wechat CorpID set"],
    [
      "wechat type",
      cfg("  wechat_configs:\n  - api_secret: s\n    corp_id: c\n    message_type: html\n"),
      'weChat message type "html" does not match valid options ^(text|markdown)$',
    ],
    [
      "victorops routing key",
      cfg("  victorops_configs:\n  - api_key: k\n"),
      "missing Routing key in VictorOps config",
    ],
    [
      "victorops api key",
      cfg("  victorops_configs:\n  - routing_key: k\n"),
      "no global VictorOps API Key set",
    ],
    [
      "victorops reserved field",
      cfg(
        "  victorops_configs:\n  - routing_key: k\n    api_key: k\n    custom_fields:\n      entity_id: x\n",
      ),
      "victorOps config contains custom field entity_id which cannot be used as it conflicts with the fixed/static fields",
    ],
    [
      "victorops key file",
      cfg("  victorops_configs:\n  - routing_key: k\n    api_key_file: /k\n"),
      "setting VictorOps api_key_file is not allowed",
    ],
    [
      "pushover user",
      cfg("  pushover_configs:\n  - token: t\n"),
      "missing user key in Pushover config",
    ],
    [
      "pushover token",
      cfg("  pushover_configs:\n  - user_key: u\n"),
      "missing token in Pushover config",
    ],
    [
      "pushover token file",
      cfg("  pushover_configs:\n  - user_key: u\n    token_file: /t\n"),
      "setting Pushover token_file is not allowed",
    ],
    [
      "pushover duration",
      cfg("  pushover_configs:\n  - user_key: u\n    token: t\n    retry: 1x\n"),
      'time: unknown unit "x" in duration "1x"',
    ],
    [
      "sns none",
      cfg("  sns_configs:\n  - subject: s\n"),
      "must provide either a Target ARN, Topic ARN, or Phone Number for SNS config",
    ],
    [
      "sns two",
      cfg("  sns_configs:\n  - topic_arn: a\n    phone_number: p\n"),
      "must provide either a Target ARN, Topic ARN, or Phone Number for SNS config",
    ],
    [
      "sns half credentials",
      cfg("  sns_configs:\n  - topic_arn: a\n    sigv4:\n      access_key: a\n"),
      "must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config",
    ],
    [
      "sns sigv4 field",
      cfg("  sns_configs:\n  - topic_arn: a\n    sigv4:\n      foo: a\n"),
      "yaml: unmarshal errors:\n  line 8: field foo not found in type sigv4.plain",
    ],
    [
      "webex room",
      cfg("  webex_configs:\n  - api_url: http://x\n"),
      "missing room_id on webex_config",
    ],
    [
      "webex auth",
      cfg("  webex_configs:\n  - room_id: r\n"),
      "missing webex_configs.http_config.authorization",
    ],
    [
      "webex scheme",
      cfg(
        "  webex_configs:\n  - room_id: r\n    api_url: ftp://x\n    http_config:\n      authorization:\n        credentials: c\n",
      ),
      'unsupported scheme "ftp" for URL',
    ],
  ] as const) {
    it(`rejects: ${name}`, () => {
      assert.throws(() => loadConfig(text), { message: msg });
    });
  }

  it("applies the globals and defaults", () => {
    const c = loadConfig(
      cfg(
        "  wechat_configs:\n  - api_url: http://wx/cgi\n  victorops_configs:\n  - routing_key: r\n  webex_configs:\n  - room_id: r\n    http_config:\n      authorization:\n        credentials: c\n  pushover_configs:\n  - user_key: u\n    token: t\n    retry: 1m30s\n    ttl: 1.5h\n  sns_configs:\n  - target_arn: a\n",
        "global:\n  wechat_api_secret: s\n  wechat_api_corp_id: c\n  victorops_api_key: vk\n",
      ),
    );
    const [wechat, victorops, pushover, sns, webex] = c.receivers[0].integrations;
    assert.equal(wechat.conf.api_url, "http://wx/cgi/");
    assert.equal(wechat.conf.api_secret, "s");
    assert.equal(wechat.conf.corp_id, "c");
    assert.equal(wechat.conf.message_type, "text");
    assert.equal(wechat.conf.send_resolved, false);
    assert.equal(
      victorops.conf.api_url,
      "https://alert.victorops.com/integrations/generic/20131114/alert/",
    );
    assert.equal(victorops.conf.api_key, "vk");
    assert.equal(victorops.conf.send_resolved, true);
    assert.equal(pushover.conf.retry, 90_000);
    assert.equal(pushover.conf.ttl, 5_400_000);
    assert.equal(sns.conf.send_resolved, true);
    assert.equal(webex.conf.api_url, "https://webexapis.com/v1/messages");
  });

  it("parses Go durations", () => {
    assert.equal(goDuration("0"), 0);
    assert.equal(goDuration("300ms"), 300);
    assert.equal(goDuration("1h2m3s"), 3_723_000);
    assert.throws(() => goDuration("1"), { message: 'time: missing unit in duration "1"' });
    assert.throws(() => goDuration("h"), { message: 'time: invalid duration "h"' });
  });
});

describe("receivers: every integration kind has a sender", () => {
  it("builds no unsupported integration", () => {
    const receivers = INTEGRATION_KINDS.map((kind) => ({
      name: kind,
      integrations: [{ kind, index: 0, conf: { send_resolved: true } }],
    }));
    const config = { ...loadConfig(cfg("")), receivers };
    const built = buildReceivers(config, {
      externalURL: "http://am",
      templates: [],
      templateNames: [],
      tenant: "t",
      template: tenantTemplate([], []),
    });
    for (const kind of INTEGRATION_KINDS)
      assert.notEqual(built.get(kind)?.[0].constructor.name, "UnsupportedIntegration", kind);
  });
});
