/**
 * Alert state across a restart: a firing alert's `for` state is restored from its
 * ALERTS_FOR_STATE series (read back from the ingester's WAL after the restart), so the alert
 * keeps its original activeAt and fires again without waiting its `for` duration anew.
 */
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { type MimirProcess, startMimir, tempDir, waitFor, waitReady } from "./harness.ts";

const TENANT = "restore";
const ARGS = [
  "-ruler.poll-interval=1s",
  "-ruler.evaluation-delay-duration=0",
  "-ruler.for-grace-period=1s",
  "-log.level=warn",
];

interface AlertsBody {
  data: { alerts: { labels: Record<string, string>; state: string; activeAt: string }[] };
}

async function alerts(m: MimirProcess) {
  const res = await fetch(`${m.url}/prometheus/api/v1/alerts`, {
    headers: { "X-Scope-OrgID": TENANT },
  });
  return ((await res.json()) as AlertsBody).data.alerts;
}

describe("ruler restart", { timeout: 120_000 }, () => {
  const dir = tempDir("ruler-restore-");
  let m: MimirProcess | undefined;
  after(async () => {
    await m?.stop();
  });

  it("restores the activeAt of a firing alert from ALERTS_FOR_STATE", async () => {
    m = await startMimir(ARGS, { cwd: dir });
    await waitReady(m, 30_000);
    const res = await fetch(`${m.url}/prometheus/config/v1/rules/ns`, {
      method: "POST",
      headers: { "X-Scope-OrgID": TENANT, "Content-Type": "application/yaml" },
      body: "name: g\ninterval: 1s\nrules:\n  - alert: Always\n    expr: vector(1)\n    for: 3s\n",
    });
    assert.equal(res.status, 202);
    const before = await waitFor(
      "the alert to fire",
      async () => (await alerts(m as MimirProcess)).find((a) => a.state === "firing"),
      20_000,
      200,
    );
    await m.stop();
    m = await startMimir(ARGS, { cwd: dir });
    await waitReady(m, 30_000);
    const restarted = Date.now();
    const after = await waitFor(
      "the alert to fire again",
      async () => (await alerts(m as MimirProcess)).find((a) => a.state === "firing"),
      20_000,
      200,
    );
    // Restored: the same activeAt (to the second, as ALERTS_FOR_STATE keeps it), and firing
    // sooner than a new 3s `for` would allow after the restored state (third evaluation).
    assert.equal(
      Math.floor(Date.parse(after.activeAt) / 1000),
      Math.floor(Date.parse(before.activeAt) / 1000),
    );
    assert.ok(Date.parse(after.activeAt) < restarted);
  });
});
