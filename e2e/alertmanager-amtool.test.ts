/**
 * amtool (Debian's, 0.25) against mimir-ts's alertmanager: `--alertmanager.url` points at
 * `<mimir>/alertmanager` and the tenant header comes through `--http.config.file`. amtool 0.25's
 * HTTP config has no `http_headers` (newer versions do, and are used when installed), so the file
 * sets `proxy_url` to a proxy of the test's that adds X-Scope-OrgID. amtool creates, queries and
 * expires a silence, and a silenced alert is not notified until its silence is expired.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { freePort, type MimirProcess, tempDir, waitFor } from "./harness.ts";
import {
  AMTOOL,
  hasReferenceAlertmanager,
  postAlerts,
  type Recorder,
  setTenantConfig,
  startMimirAm,
  startRecorder,
} from "./alertmanager/helpers.ts";

const run = promisify(execFile);
const skip = hasReferenceAlertmanager()
  ? false
  : "amtool is not installed (apt-get install -y prometheus-alertmanager)";
const TENANT = "amtool-tenant";

/** A forward proxy that adds the tenant header (what amtool's proxy_url points at). */
async function startTenantProxy(tenant: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === "string" && k !== "host" && k !== "proxy-connection") headers[k] = v;
    headers["x-scope-orgid"] = tenant;
    const up = await fetch(req.url!, {
      method: req.method,
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(up.status, Object.fromEntries(up.headers));
    res.end(Buffer.from(await up.arrayBuffer()));
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}`, server };
}

describe("alertmanager: amtool", { skip }, () => {
  let rec: Recorder;
  let mimir: MimirProcess;
  let proxy: { url: string; server: Server };
  let httpConfig: string;

  const amtool = async (...args: string[]) => {
    const { stdout } = await run(AMTOOL, [
      `--alertmanager.url=${mimir.url}/alertmanager`,
      `--http.config.file=${httpConfig}`,
      ...args,
    ]);
    return stdout;
  };

  before(async () => {
    rec = await startRecorder();
    mimir = await startMimirAm();
    proxy = await startTenantProxy(TENANT);
    const dir = tempDir("mimir-ts-amtool-");
    httpConfig = join(dir, "http.yml");
    writeFileSync(httpConfig, `http_headers:\n  X-Scope-OrgID:\n    values: [${TENANT}]\n`);
    try {
      await run(AMTOOL, [`--http.config.file=${httpConfig}`, "--version"]);
      await run(AMTOOL, [
        `--http.config.file=${httpConfig}`,
        `--alertmanager.url=${mimir.url}/alertmanager`,
        "silence",
        "query",
      ]);
    } catch (e) {
      if (!String((e as { stderr?: string }).stderr).includes("http_headers")) throw e;
      writeFileSync(httpConfig, `proxy_url: ${proxy.url}\n`);
    }
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
    proxy?.server.close();
  });

  it("creates, queries and expires silences; a silenced alert is not notified", {
    timeout: 60_000,
  }, async () => {
    const id = (
      await amtool(
        "silence",
        "add",
        "alertname=Silenced",
        "--comment=maintenance",
        "--author=e2e",
        "--duration=1h",
      )
    ).trim();
    assert.match(id, /^[0-9a-f-]{36}$/);

    const listed = JSON.parse(await amtool("silence", "query", "-o", "json"));
    assert.equal(listed.length, 1);
    assert.equal(listed[0].id, id);
    assert.equal(listed[0].status.state, "active");
    assert.equal(listed[0].createdBy, "e2e");
    assert.deepEqual(listed[0].matchers, [
      { isEqual: true, isRegex: false, name: "alertname", value: "Silenced" },
    ]);
    assert.equal((await amtool("silence", "query", "-q", "alertname=Other")).trim(), "");

    const alerts = [
      { labels: { alertname: "Silenced", job: "x" } },
      { labels: { alertname: "Loud", job: "x" } },
    ];
    await postAlerts(`${mimir.url}/alertmanager`, alerts, { "X-Scope-OrgID": TENANT });
    await waitFor("the Loud notification", async () =>
      rec.received.some((r) => r.body.groupLabels?.alertname === "Loud") ? true : undefined,
    );
    await new Promise((r) => setTimeout(r, 2500));
    assert.ok(
      !rec.received.some((r) => r.body.groupLabels?.alertname === "Silenced"),
      "the silenced alert was notified",
    );

    const silencedAlerts = JSON.parse(
      await amtool("alert", "query", "-s", "-o", "json", "alertname=Silenced"),
    );
    assert.equal(silencedAlerts.length, 1);
    assert.equal(silencedAlerts[0].status.state, "suppressed");
    assert.deepEqual(silencedAlerts[0].status.silencedBy, [id]);
    const activeOnly = JSON.parse(await amtool("alert", "query", "-o", "json"));
    assert.deepEqual(
      activeOnly.map((a: { labels: { alertname: string } }) => a.labels.alertname),
      ["Loud"],
    );

    await amtool("silence", "expire", id);
    const expired = JSON.parse(await amtool("silence", "query", "--expired", "-o", "json"));
    assert.equal(expired.length, 1);
    assert.equal(expired[0].status.state, "expired");
    assert.equal(JSON.parse(await amtool("silence", "query", "-o", "json")).length, 0);
    await waitFor("the Silenced notification after expiry", async () =>
      rec.received.some((r) => r.body.groupLabels?.alertname === "Silenced") ? true : undefined,
    );
  });

  it("answers amtool's config and errors with the tenant's data", async () => {
    const routes = await amtool("config", "routes");
    assert.match(routes, /hook/);
    await assert.rejects(amtool("silence", "expire", "00000000-0000-0000-0000-000000000000"));
  });
});
