/**
 * The email receiver delivers to an SMTP server the test starts (smtp-server): subject from the
 * default template, the configured and templated headers, an HTML body with the alerts, and a
 * resolved notification when send_resolved is set.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { SMTPServer } from "smtp-server";
import { freePort, type MimirProcess, waitFor } from "./harness.ts";
import { postAlerts, setTenantConfig, startMimirAm } from "./alertmanager/helpers.ts";

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** Undoes quoted-printable soft breaks and escapes, enough to search the body. */
function decodeQP(s: string): string {
  return s
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

describe("alertmanager: email receiver", () => {
  const mails: Mail[] = [];
  let smtp: SMTPServer;
  let smtpPort: number;
  let mimir: MimirProcess;

  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (d: Buffer) => {
          raw += d.toString();
        });
        stream.on("end", () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    smtpPort = await freePort();
    await new Promise<void>((r) => smtp.listen(smtpPort, "127.0.0.1", r));
    mimir = await startMimirAm();
    const res = await setTenantConfig(
      mimir.url,
      "mail-tenant",
      `global:
  smtp_smarthost: 127.0.0.1:${smtpPort}
  smtp_from: alertmanager@example.org
  smtp_require_tls: false
route:
  receiver: mail
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
receivers:
- name: mail
  email_configs:
  - to: oncall@example.org
    send_resolved: true
    headers:
      X-Team: '{{ .CommonLabels.team }}'
`,
    );
    assert.equal(res.status, 201, await res.text());
  });

  after(async () => {
    await mimir?.stop();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it("delivers firing and resolved notifications", { timeout: 30_000 }, async () => {
    const labels = { alertname: "DiskFull", team: "storage", instance: "db-1" };
    const base = `${mimir.url}/alertmanager`;
    const hdr = { "X-Scope-OrgID": "mail-tenant" };
    await postAlerts(base, [{ labels, annotations: { summary: "disk is <full>" } }], hdr);
    const first = await waitFor("the firing mail", async () => mails[0], 15_000);
    assert.equal(first.from, "alertmanager@example.org");
    assert.deepEqual(first.to, ["oncall@example.org"]);
    assert.match(first.raw, /^Subject: \[FIRING:1\] DiskFull \(db-1 storage\)\r?$/m);
    assert.match(first.raw, /^X-Team: storage\r?$/m);
    assert.match(first.raw, /^Content-Type: text\/html/m);
    const body = decodeQP(first.raw);
    assert.match(body, /instance = db-1<br>/);
    // The HTML body escapes the data (html/template), not the markup.
    assert.match(body, /summary = disk is &lt;full&gt;<br>/);

    await postAlerts(base, [{ labels, endsAt: new Date().toISOString() }], hdr);
    const second = await waitFor("the resolved mail", async () => mails[1], 15_000);
    assert.match(second.raw, /^Subject: \[RESOLVED\] DiskFull \(db-1 storage\)\r?$/m);
  });
});
