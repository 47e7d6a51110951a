/**
 * Two rulers sharing rule groups over the ruler ring (memberlist), writing through a separate
 * write process (read back through a querier): every group runs on exactly one ruler, and when one ruler is killed its
 * groups move to the other within the ring's heartbeat timeout.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { TestCluster } from "./cluster/cluster.ts";
import { waitFor } from "./harness.ts";

const TENANT = "ring-tenant";
const GROUPS = 8;
const HEARTBEAT_TIMEOUT = 4_000;

interface RulesBody {
  data: { groups: { name: string; file: string; lastEvaluation: string }[] };
}

/** The groups a ruler evaluates itself. */
async function ownGroups(url: string): Promise<string[]> {
  const text = await (await fetch(`${url}/ruler/rule_groups`)).text();
  return [...text.matchAll(/- name: (group-\d+)/g)].map((m) => m[1]).sort();
}

/** The groups /api/v1/rules on a ruler shows (every ruler's). */
async function groupsOn(url: string): Promise<string[]> {
  const res = await fetch(`${url}/prometheus/api/v1/rules`, {
    headers: { "X-Scope-OrgID": TENANT },
  });
  const body = (await res.json()) as RulesBody;
  return body.data.groups.map((g) => g.name).sort();
}

describe("two rulers in a ring", { timeout: 180_000 }, () => {
  const cluster = new TestCluster(["-ingester.ring.replication-factor=1", "-log.level=warn"]);
  const rulesDir = join(cluster.dir, "rules-bucket");
  const ruler = (name: string) => ({
    name,
    target: "ruler",
    args: [
      `-ruler.ring.instance-id=${name}`,
      "-ruler.ring.instance-addr=127.0.0.1",
      "-ruler.ring.heartbeat-period=500ms",
      `-ruler.ring.heartbeat-timeout=${HEARTBEAT_TIMEOUT}ms`,
      "-ruler.poll-interval=1s",
      "-ruler.evaluation-delay-duration=0",
      `-ruler-storage.filesystem.dir=${rulesDir}`,
    ],
  });

  before(async () => {
    await cluster.startReady({ name: "write", target: "write" }, true);
    await Promise.all([
      cluster.startReady(ruler("ruler-1"), false),
      cluster.startReady(ruler("ruler-2"), false),
      cluster.startReady({ name: "querier", target: "querier" }, false),
    ]);
    for (let i = 0; i < GROUPS; i++) {
      const res = await fetch(
        `${cluster.node("ruler-1").url}/prometheus/config/v1/rules/ns-${i % 3}`,
        {
          method: "POST",
          headers: { "X-Scope-OrgID": TENANT, "Content-Type": "application/yaml" },
          body: `name: group-${i}\ninterval: 1s\nrules:\n  - record: ring_test\n    expr: vector(${i})\n    labels:\n      group: group-${i}\n`,
        },
      );
      assert.equal(res.status, 202, await res.text());
    }
  });

  after(() => cluster.stopAll());

  it("runs every group on exactly one ruler", async () => {
    const all = Array.from({ length: GROUPS }, (_, i) => `group-${i}`).sort();
    const [a, b] = await waitFor(
      "both rulers to share all groups",
      async () => {
        const a = await ownGroups(cluster.node("ruler-1").url);
        const b = await ownGroups(cluster.node("ruler-2").url);
        return [...a, ...b].sort().join() === all.join() ? [a, b] : undefined;
      },
      30_000,
      250,
    );
    assert.ok(a.length > 0 && b.length > 0, `one ruler has every group: ${a} | ${b}`);
    for (const g of a) assert.ok(!b.includes(g), `${g} runs on both rulers`);
    // The Prometheus API of either ruler shows every group of the tenant.
    assert.deepEqual(await groupsOn(cluster.node("ruler-1").url), all);
    assert.deepEqual(await groupsOn(cluster.node("ruler-2").url), all);
    // The recorded samples: one per group and interval (the write path accepts no duplicate
    // timestamps of different values, and each group writes its own series).
    await new Promise((r) => setTimeout(r, 3_000));
    const res = await fetch(
      `${cluster.node("querier").url}/prometheus/api/v1/query?query=${encodeURIComponent("count_over_time(ring_test[3s])")}`,
      { headers: { "X-Scope-OrgID": TENANT } },
    );
    const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
    assert.equal(body.data.result.length, GROUPS);
    for (const s of body.data.result) assert.ok(Number(s.value[1]) <= 3, JSON.stringify(s));
  });

  it("moves the groups of a killed ruler to the other within the heartbeat timeout", async () => {
    await cluster.kill("ruler-1");
    const killed = Date.now();
    await waitFor(
      "ruler-2 to run every group",
      async () =>
        (await ownGroups(cluster.node("ruler-2").url)).length === GROUPS ? true : undefined,
      HEARTBEAT_TIMEOUT + 10_000,
      200,
    );
    const took = Date.now() - killed;
    // The heartbeat timeout, plus the ring watcher's period and a sync.
    assert.ok(took <= HEARTBEAT_TIMEOUT + 2_000, `took ${took}ms`);
  });
});
