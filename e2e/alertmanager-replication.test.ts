/**
 * Three alertmanager replicas (RF 3) over memberlist share a tenant: a silence created on one
 * reaches the others, alerts posted to one are notified once (the replicas after the first wait
 * their position × peer timeout and find its notification-log entry), and after one replica is
 * killed no silence is lost and nothing is notified twice.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { TestCluster } from "./cluster/cluster.ts";
import { waitFor } from "./harness.ts";
import {
  postAlerts,
  type Recorder,
  setTenantConfig,
  startRecorder,
} from "./alertmanager/helpers.ts";

const TENANT = "replicated";
const NODES = ["am-1", "am-2", "am-3"];
const HDR = { "X-Scope-OrgID": TENANT };

async function silences(url: string): Promise<{ id: string; status: { state: string } }[]> {
  const res = await fetch(`${url}/alertmanager/api/v2/silences`, { headers: HDR });
  return (await res.json()) as { id: string; status: { state: string } }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("alertmanager: three replicas", { timeout: 180_000 }, () => {
  let cluster: TestCluster;
  let rec: Recorder;
  const count = (alertname: string) =>
    rec.received.filter((r) => r.body.groupLabels?.alertname === alertname).length;

  before(async () => {
    rec = await startRecorder();
    cluster = new TestCluster([
      "-alertmanager-storage.filesystem.dir=am-bucket",
      "-alertmanager.configs.poll-interval=1s",
      "-alertmanager.peer-timeout=2s",
      "-alertmanager.sharding-ring.heartbeat-period=1s",
      "-alertmanager.sharding-ring.replication-factor=3",
      "-alertmanager.sharding-ring.instance-addr=127.0.0.1",
    ]);
    await cluster.startAll(
      NODES.map((name) => ({
        name,
        target: "alertmanager",
        args: [
          `-alertmanager.sharding-ring.instance-id=${name}`,
          `-alertmanager.storage.path=${name}/am-data`,
        ],
      })),
    );
    const res = await setTenantConfig(
      cluster.node("am-1").url,
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
    // Every replica owns the tenant once the ring has all three and the config was polled.
    for (const n of NODES)
      await waitFor(
        `${n} runs the tenant`,
        async () => {
          const page = await (
            await fetch(`${cluster.node(n).url}/multitenant_alertmanager/status`)
          ).text();
          return page.includes(`<td>${TENANT}</td>`) ? true : undefined;
        },
        30_000,
        250,
      );
  });

  after(async () => {
    await cluster?.stopAll();
    await rec?.close();
  });

  it("replicates silences and notifies once; losing a replica loses no silence and sends no duplicate", async () => {
    const created = await fetch(`${cluster.node("am-2").url}/alertmanager/api/v2/silences`, {
      method: "POST",
      headers: { ...HDR, "content-type": "application/json" },
      body: JSON.stringify({
        matchers: [{ name: "alertname", value: "Silenced", isRegex: false, isEqual: true }],
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        createdBy: "e2e",
        comment: "replicated silence",
      }),
    });
    const createdText = await created.text();
    assert.equal(created.status, 200, createdText);
    const { silenceID } = JSON.parse(createdText) as { silenceID: string };
    for (const n of NODES)
      await waitFor(`${n} has the silence`, async () =>
        (await silences(cluster.node(n).url)).some((s) => s.id === silenceID) ? true : undefined,
      );

    await postAlerts(
      `${cluster.node("am-3").url}/alertmanager`,
      [{ labels: { alertname: "Silenced" } }, { labels: { alertname: "Loud" } }],
      HDR,
    );
    await waitFor(
      "the Loud notification",
      async () => (count("Loud") > 0 ? true : undefined),
      20_000,
    );
    // Long enough for the other replicas' waits (2 s and 4 s) and several group intervals.
    await sleep(7000);
    assert.equal(count("Loud"), 1, "Loud notified once");
    assert.equal(count("Silenced"), 0, "the silenced alert was not notified");

    await cluster.kill("am-1");
    for (const n of ["am-2", "am-3"]) {
      const list = await silences(cluster.node(n).url);
      assert.ok(
        list.some((s) => s.id === silenceID && s.status.state === "active"),
        `${n} kept the silence`,
      );
    }
    await postAlerts(
      `${cluster.node("am-2").url}/alertmanager`,
      [{ labels: { alertname: "Second" } }],
      HDR,
    );
    await waitFor(
      "the Second notification",
      async () => (count("Second") > 0 ? true : undefined),
      30_000,
    );
    await sleep(7000);
    assert.equal(count("Second"), 1, "Second notified once");
    assert.equal(count("Loud"), 1, "Loud was not notified again after the replica was lost");
    assert.equal(count("Silenced"), 0);
  });
});
