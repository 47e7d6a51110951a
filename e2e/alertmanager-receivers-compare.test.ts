/**
 * The wechat, victorops, sns and webex receivers of Debian's Alertmanager 0.25 and of mimir-ts get
 * the same configuration, each side's api_url pointing at its own recorder (same paths): one
 * alert fires, then resolves, and every request must agree (method, path, query, content type,
 * auth, body). Pushover is not here: its endpoint cannot be configured in Alertmanager.
 * Normalised, because they legitimately differ: the external URL inside the message texts (each
 * process has its own), and for SNS the User-Agent (the AWS SDK's), X-Amz-Date and the
 * signature (they depend on the send time; the credential scope and signed headers are compared).
 */
import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { MimirProcess } from "./harness.ts";
import {
  hasReferenceAlertmanager,
  postAlerts,
  type ReferenceAm,
  setTenantConfig,
  startMimirAm,
  startReferenceAm,
} from "./alertmanager/helpers.ts";

const skip = hasReferenceAlertmanager()
  ? false
  : "prometheus-alertmanager is not installed (apt-get install -y prometheus-alertmanager)";

const TENANT = "team-r";

interface Req {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const SNS_OK = `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>`;

/** Records requests and answers as the real services do (token, errcode 0, Publish result). */
async function recorder(): Promise<{ url: string; reqs: Req[]; server: Server }> {
  const reqs: Req[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (d: Buffer) => chunks.push(d));
    req.on("end", () => {
      const r = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      reqs.push(r);
      if (r.url.startsWith("/wechat/gettoken"))
        res.end('{"errcode":0,"errmsg":"ok","access_token":"AT-1","expires_in":7200}');
      else if (r.url.startsWith("/wechat/")) res.end('{"errcode":0,"errmsg":"ok"}');
      else if (r.url.startsWith("/sns")) res.end(SNS_OK);
      else res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reqs, server };
}

function config(base: string): string {
  return `route:
  receiver: all
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
- name: all
  wechat_configs:
  - api_url: ${base}/wechat/
    corp_id: corp-1
    api_secret: secret-1
    agent_id: "1000002"
    to_user: "@all"
    send_resolved: true
  - api_url: ${base}/wechat/
    corp_id: corp-1
    api_secret: secret-1
    to_party: "2"
    message_type: markdown
    message: '**{{ .Status }}** {{ .CommonLabels.alertname }} <&>'
  victorops_configs:
  - api_url: ${base}/victorops/
    api_key: vo-key
    routing_key: '{{ .CommonLabels.team }}'
    custom_fields:
      runbook: 'https://runbooks/{{ .GroupLabels.alertname }}?a=1&b=2'
  webex_configs:
  - api_url: ${base}/webex/v1/messages
    room_id: room-1
    http_config:
      authorization:
        credentials: webex-token
  sns_configs:
  - api_url: ${base}
    topic_arn: arn:aws:sns:eu-west-1:123456789012:alerts
    sigv4:
      region: eu-west-1
      access_key: AKIDEXAMPLE
      secret_key: secret
    attributes:
      severity: '{{ .CommonLabels.severity }}'
      team: ops
`;
}

/** The request with what may differ replaced by placeholders. */
function normalise(r: Req) {
  const ext = (s: string) =>
    s.replace(/http:\/\/[^\s"/]+(?:\/alertmanager)?\/#\/alerts/g, "EXTERNAL/#/alerts");
  const h = r.headers;
  const out: Record<string, unknown> = {
    method: r.method,
    path: r.url.split("?")[0],
    query: Object.fromEntries(new URL(r.url, "http://x").searchParams),
    contentType: h["content-type"],
    authorization: h.authorization,
    userAgent: h["user-agent"],
    // The bytes as sent: Go's JSON escapes (\u003c, \u0026) and form encoding must agree too.
    raw: ext(r.body),
  };
  if (out.path === "/") {
    // SNS: a signed form post.
    out.userAgent = "normalised";
    out.authorization = String(h.authorization).replace(/Signature=[0-9a-f]{64}/, "Signature=…");
    out.body = Object.fromEntries([...new URLSearchParams(r.body)].map(([k, v]) => [k, ext(v)]));
  } else if (r.body !== "") out.body = JSON.parse(ext(r.body));
  else out.body = "";
  return out;
}

describe("alertmanager receivers: differential against Debian's Alertmanager", { skip }, () => {
  let theirs: Awaited<ReturnType<typeof recorder>>;
  let mine: Awaited<ReturnType<typeof recorder>>;
  let ref: ReferenceAm;
  let ours: MimirProcess;

  before(async () => {
    theirs = await recorder();
    mine = await recorder();
    [ref, ours] = await Promise.all([startReferenceAm(config(theirs.url)), startMimirAm()]);
    const res = await setTenantConfig(ours.url, TENANT, config(mine.url));
    assert.equal(res.status, 201, await res.text());
  });

  after(async () => {
    await ours?.stop();
    await ref?.stop();
    theirs?.server.close();
    mine?.server.close();
  });

  it("sends the same firing and resolved requests", { timeout: 30_000 }, async () => {
    const labels = { alertname: "Disk", team: "ops", severity: "warning", instance: "db<1>" };
    const post = async (resolved: boolean) => {
      const now = Date.now();
      const alerts = [
        {
          labels,
          annotations: { summary: "disk & <full>", description: "95% used" },
          startsAt: new Date(now - 60_000).toISOString(),
          endsAt: new Date(resolved ? now : now + 3_600_000).toISOString(),
          generatorURL: "http://prometheus/graph?g0.expr=disk&g0.tab=1",
        },
      ];
      await Promise.all([
        postAlerts(ref.url, alerts),
        postAlerts(`${ours.url}/alertmanager`, alerts, { "X-Scope-OrgID": TENANT }),
      ]);
    };
    // wechat: token + send for each of 2 configs; victorops, webex, sns: one each (7 firing).
    const waitFor = async (n: number) => {
      const until = Date.now() + 10_000;
      while (Date.now() < until && (theirs.reqs.length < n || mine.reqs.length < n))
        await new Promise((r) => setTimeout(r, 100));
    };
    await post(false);
    await waitFor(7);
    await post(true);
    // The resolved round: the cached wechat token is reused (no gettoken) and the
    // markdown wechat config has send_resolved false (its default): 7 + 4.
    await waitFor(11);
    await new Promise((r) => setTimeout(r, 500));
    const key = (r: Req) => `${r.method} ${r.url} ${r.body}`;
    const sort = (l: Req[]) => [...l].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const a = sort(theirs.reqs).map(normalise);
    const b = sort(mine.reqs).map(normalise);
    assert.equal(a.length, 11, `reference sent ${a.length} requests`);
    assert.deepEqual(
      b.map((x) => `${x.method} ${x.path}`),
      a.map((x) => `${x.method} ${x.path}`),
    );
    for (let i = 0; i < a.length; i++) assert.deepEqual(b[i], a[i], `request ${i}`);
  });
});
