import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { loadConfig } from "../amconfig.ts";
import { fingerprint } from "../labels.ts";
import type { FlushContext } from "../notify.ts";
import { tenantTemplate } from "../templates.ts";
import type { Alert } from "../types.ts";
import { buildReceivers } from "./build.ts";
import { hashKey } from "./common.ts";

interface Req {
  url: string;
  headers: IncomingHttpHeaders;
  body: any;
}

const now = Date.UTC(2026, 11, 7, 6, 0, 0);
const alert = (labels: Record<string, string>, resolved = false): Alert => ({
  labels,
  annotations: { summary: `${labels.instance} down` },
  startsAt: now - 60_000,
  endsAt: resolved ? now - 1000 : 0,
  generatorURL: "http://prom/graph",
  updatedAt: now,
  timeout: false,
  fingerprint: fingerprint(labels),
});
const ctx: FlushContext = {
  receiver: "team",
  groupKey: '{}:{alertname="Down"}',
  groupLabels: { alertname: "Down" },
  now,
  repeatInterval: 3_600_000,
  muteTimeIntervals: [],
  activeTimeIntervals: [],
  deadline: now + 10_000,
};
const firing = [
  alert({ alertname: "Down", instance: "a" }),
  alert({ alertname: "Down", instance: "b" }, true),
];
const SUBJECT = "[FIRING:1] Down ";

describe("HTTP receivers", () => {
  const reqs: Req[] = [];
  let base = "";
  const server = createServer((req, res) => {
    let data = "";
    req.on("data", (d) => {
      data += d;
    });
    req.on("end", () => {
      reqs.push({ url: req.url ?? "", headers: req.headers, body: JSON.parse(data) });
      res.end(req.url?.includes("sendMessage") ? '{"ok":true}' : "ok");
    });
  });
  before(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  async function send(receiverYaml: string, alerts = firing): Promise<Req> {
    const cfg = loadConfig(`route:\n  receiver: team\nreceivers:\n- name: team\n${receiverYaml}`);
    const receivers = buildReceivers(cfg, {
      externalURL: "http://am.example",
      templates: [],
      templateNames: [],
      tenant: "t",
      template: tenantTemplate([], []),
    });
    const [integ] = receivers.get("team")!;
    const n = reqs.length;
    await integ.notify(ctx, alerts, AbortSignal.timeout(5000));
    assert.equal(reqs.length, n + 1);
    return reqs[n];
  }

  it("slack: attachment with the default title, link, colour and fallback", async () => {
    const r = await send(
      `  slack_configs:\n  - api_url: ${"BASE"}/slack\n    channel: '#ops'\n`.replace("BASE", base),
    );
    assert.equal(r.url, "/slack");
    assert.equal(r.body.channel, "#ops");
    assert.equal(r.body.username, "Alertmanager");
    const a = r.body.attachments[0];
    assert.equal(a.title, SUBJECT);
    assert.equal(a.title_link, "http://am.example/#/alerts?receiver=team");
    assert.equal(a.color, "danger");
    assert.equal(a.fallback, `${SUBJECT} | http://am.example/#/alerts?receiver=team`);
    assert.deepEqual(a.mrkdwn_in, ["fallback", "pretext", "text"]);
    assert.equal(a.text, "");
    assert.equal(a.footer, "");
    assert.ok(!("pretext" in a));
  });

  it("pagerduty v2: trigger with the dedup key of the group and the default details", async () => {
    const r = await send(`  pagerduty_configs:\n  - routing_key: rk\n    url: ${base}/pd\n`);
    assert.equal(r.body.routing_key, "rk");
    assert.equal(r.body.dedup_key, hashKey(ctx.groupKey));
    assert.equal(r.body.event_action, "trigger");
    assert.equal(r.body.payload.summary, SUBJECT);
    assert.equal(r.body.payload.source, "Alertmanager");
    assert.equal(r.body.payload.severity, "error");
    assert.equal(r.body.payload.custom_details.num_firing, "1");
    assert.equal(r.body.payload.custom_details.num_resolved, "1");
    assert.match(
      r.body.payload.custom_details.firing,
      /^Labels:\n - alertname = Down\n - instance = a\n/,
    );
    assert.equal(r.body.client_url, "http://am.example/#/alerts?receiver=team");
    const resolved = await send(
      `  pagerduty_configs:\n  - routing_key: rk\n    url: ${base}/pd\n`,
      [alert({ alertname: "Down", instance: "a" }, true)],
    );
    assert.equal(resolved.body.event_action, "resolve");
  });

  it("opsgenie: create with the alias of the group, close when resolved", async () => {
    const yaml = `  opsgenie_configs:\n  - api_key: k\n    api_url: ${base}/og/\n    tags: 'a, b'\n`;
    const r = await send(yaml);
    assert.equal(r.url, "/og/v2/alerts");
    assert.equal(r.headers.authorization, "GenieKey k");
    assert.equal(r.body.alias, hashKey(ctx.groupKey));
    assert.equal(r.body.message, SUBJECT);
    assert.deepEqual(r.body.tags, ["a", "b"]);
    assert.match(r.body.description, /^\nAlerts Firing:\nLabels:/);
    const c = await send(yaml, [alert({ alertname: "Down", instance: "a" }, true)]);
    assert.equal(c.url, `/og/v2/alerts/${hashKey(ctx.groupKey)}/close?identifierType=alias`);
    assert.deepEqual(c.body, { source: "http://am.example/#/alerts?receiver=team" });
  });

  it("msteams: a MessageCard coloured by status", async () => {
    const r = await send(`  msteams_configs:\n  - webhook_url: ${base}/teams\n`);
    assert.equal(r.body["@context"], "http://schema.org/extensions");
    assert.equal(r.body.type, "MessageCard");
    assert.equal(r.body.title, SUBJECT);
    assert.equal(r.body.themeColor, "8C1A1A");
    assert.match(r.body.text, /# Alerts Firing:/);
  });

  it("discord: one embed with title, message and colour", async () => {
    const r = await send(`  discord_configs:\n  - webhook_url: ${base}/discord\n`);
    assert.equal(r.body.embeds[0].title, SUBJECT);
    assert.equal(r.body.embeds[0].color, 0x992d22);
    assert.match(r.body.embeds[0].description, /^\n\nAlerts Firing:\nLabels:/);
  });

  it("telegram: sendMessage with the chat, HTML-escaped text and parse mode", async () => {
    const r = await send(
      `  telegram_configs:\n  - api_url: ${base}\n    bot_token: tok\n    chat_id: 42\n`,
    );
    assert.equal(r.url, "/bottok/sendMessage");
    assert.equal(r.body.chat_id, "42");
    assert.equal(r.body.parse_mode, "HTML");
    assert.match(r.body.text, /Alerts Firing:/);
  });
});
