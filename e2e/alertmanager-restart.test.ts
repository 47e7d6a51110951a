/**
 * State survives a restart: after SIGTERM and a start on the same directories, the silence is
 * still there and an alert that was already notified is not notified again when the ruler sends
 * it anew (the notification log was restored), while a new alert is.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type MimirProcess, tempDir, waitFor } from "./harness.ts";
import {
  postAlerts,
  type Recorder,
  setTenantConfig,
  startMimirAm,
  startRecorder,
} from "./alertmanager/helpers.ts";

const TENANT = "restarted";
const HDR = { "X-Scope-OrgID": TENANT };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("alertmanager: restart", () => {
  let rec: Recorder;
  let mimir: MimirProcess;
  const dir = tempDir("mimir-ts-am-restart-");
  const count = (alertname: string) =>
    rec.received.filter((r) => r.body.groupLabels?.alertname === alertname).length;

  before(async () => {
    rec = await startRecorder();
    mimir = await startMimirAm([], { cwd: dir });
    const res = await setTenantConfig(
      mimir.url,
      TENANT,
      `route:
  receiver: hook
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
- name: hook
  webhook_configs:
  - url: ${rec.url}/hook
`,
    );
    assert.equal(res.status, 201, await res.text());
  });

  after(async () => {
    await mimir?.stop();
    await rec?.close();
  });

  it("keeps silences and the notification log", { timeout: 60_000 }, async () => {
    const base = () => `${mimir.url}/alertmanager`;
    const sil = await fetch(`${base()}/api/v2/silences`, {
      method: "POST",
      headers: { ...HDR, "content-type": "application/json" },
      body: JSON.stringify({
        matchers: [{ name: "alertname", value: "Quiet", isRegex: false, isEqual: true }],
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        createdBy: "e2e",
        comment: "kept across restarts",
      }),
    });
    const { silenceID } = (await sil.json()) as { silenceID: string };
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    await postAlerts(base(), [{ labels: { alertname: "Old" }, startsAt }], HDR);
    await waitFor("the Old notification", async () => (count("Old") > 0 ? true : undefined));

    assert.equal(await mimir.stop(), 0);
    mimir = await startMimirAm([], { cwd: dir });
    const list = (await (await fetch(`${base()}/api/v2/silences`, { headers: HDR })).json()) as {
      id: string;
    }[];
    assert.deepEqual(
      list.map((s) => s.id),
      [silenceID],
    );
    await postAlerts(
      base(),
      [{ labels: { alertname: "Old" }, startsAt }, { labels: { alertname: "New" } }],
      HDR,
    );
    await waitFor("the New notification", async () => (count("New") > 0 ? true : undefined));
    await sleep(2500);
    assert.equal(count("Old"), 1, "Old was notified again after the restart");
  });
});
