/**
 * A network partition between machines: ingester-c runs in a network namespace of its own
 * (joined to the host by a veth pair on a bridge), the distributor, querier and the ingesters of
 * zones a and b on the host side, bound to the bridge's address. A writer pushes continuously
 * while ingester-c's link is cut: no push fails (RF 3 across zones, quorum 2), the distributor's
 * ring page marks ingester-c UNHEALTHY once its heartbeat is older than the 5s timeout, and after
 * the link is restored it is ACTIVE again and receives writes. Every acknowledged sample is
 * returned. A run killed with SIGKILL leaves its namespace, links and the processes in them
 * behind; the next run removes them. Needs root; skipped otherwise.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { assertAllAcked, ringState, SERIES, sleep, waitIngesterRing } from "./cluster/checks.ts";
import { TestCluster } from "./cluster/cluster.ts";
import {
  cleanupNetnsLeftovers,
  IsolatedHosts,
  NETNS_PREFIX,
  netnsUnavailable,
} from "./cluster/netns.ts";
import { ContinuousWriter } from "./cluster/writer.ts";
import { NODE, waitFor } from "./harness.ts";
import { run } from "./kube/node/exec.ts";

const skip = await netnsUnavailable();
const HEARTBEAT_TIMEOUT_MS = 5_000;

describe("an ingester cut off by a network partition", { skip, timeout: 110_000 }, () => {
  let hosts: IsolatedHosts | undefined;
  let cluster: TestCluster | undefined;
  const writers: ContinuousWriter[] = [];
  before(async () => {
    hosts = await IsolatedHosts.create();
    const netns = await hosts.add("ingester-c");
    cluster = new TestCluster(
      [
        "-ingester.ring.replication-factor=3",
        "-ingester.ring.zone-awareness-enabled=true",
        `-ingester.ring.heartbeat-timeout=${HEARTBEAT_TIMEOUT_MS / 1000}s`,
      ],
      { hostAddr: hosts.hostAddr },
    );
    await cluster.startAll([
      { name: "distributor", target: "distributor" },
      { name: "ingester-a", target: "ingester", zone: "a" },
      { name: "ingester-b", target: "ingester", zone: "b" },
      { name: "ingester-c", target: "ingester", zone: "c", netns },
      { name: "querier", target: "querier" },
    ]);
    await waitIngesterRing(cluster, ["distributor", "querier"]);
  });
  after(async () => {
    await Promise.all(writers.map((w) => w.stop()));
    await cluster?.stopAll();
    await hosts?.teardown();
  });

  it("keeps writing, marks the ingester unhealthy after the heartbeat timeout, and takes it back when the link returns", async (t) => {
    const c = cluster!;
    const distributor = c.node("distributor").url;
    const ingesterC = c.node("ingester-c");
    assert.equal(
      new URL(ingesterC.url).hostname,
      ingesterC.spec.netns?.ip,
      "ingester-c serves on its namespace's address",
    );
    const stateOf = async (id: string) =>
      (await ringState(distributor, "/ingester/ring")).find((s) => s.id === id)?.state;
    // Series in ingester-c's head for t1 (0 before its TSDB exists).
    const headSeries = async () => {
      const res = await fetch(`${ingesterC.url}/ingester/tsdb/t1`);
      if (res.status !== 200) return 0;
      return ((await res.json()) as { head: { numSeries: number } }).head.numSeries;
    };

    const w = new ContinuousWriter({
      tenant: "t1",
      metric: "partition_test",
      series: SERIES,
      intervalMs: 100,
      targets: () => [distributor],
    });
    writers.push(w);
    w.start();
    await waitFor(
      "ingester-c receives the writes",
      async () => ((await headSeries()) === SERIES ? true : undefined),
      10_000,
    );

    await hosts!.cut("ingester-c");
    const cutAt = Date.now();
    await waitFor(
      "ingester-c UNHEALTHY in the distributor's ring",
      async () => ((await stateOf("ingester-c")) === "UNHEALTHY" ? true : undefined),
      20_000,
    );
    const unhealthyAfter = Date.now() - cutAt;
    // The last heartbeat before the cut is at most one period (1s) old.
    assert.ok(
      unhealthyAfter >= HEARTBEAT_TIMEOUT_MS - 1_500,
      `marked unhealthy ${unhealthyAfter}ms after the cut, before the heartbeat timeout`,
    );
    assert.equal(await stateOf("ingester-a"), "ACTIVE");
    assert.equal(await stateOf("ingester-b"), "ACTIVE");
    const ackedWhileCut = w.acked.length;
    await sleep(1_000);
    assert.ok(
      w.acked.length > ackedWhileCut,
      "pushes are acknowledged while ingester-c is unhealthy",
    );

    await hosts!.restore("ingester-c");
    const restoredAt = Date.now();
    await waitFor(
      "ingester-c ACTIVE again in the distributor's ring",
      async () => ((await stateOf("ingester-c")) === "ACTIVE" ? true : undefined),
      30_000,
    );
    t.diagnostic(
      `UNHEALTHY ${unhealthyAfter}ms after the cut, ACTIVE ${Date.now() - restoredAt}ms after the link returned`,
    );
    // Writes reach it again: a new series shows up in its head.
    const before = await headSeries();
    const w2 = new ContinuousWriter({
      tenant: "t1",
      metric: "after_partition",
      series: SERIES,
      intervalMs: 100,
      targets: () => [distributor],
    });
    await waitFor(
      "a push after the partition reaches ingester-c",
      async () => {
        await w2.pushOnce();
        return (await headSeries()) === before + SERIES ? true : undefined;
      },
      15_000,
      200,
    );
    await w.stop();
    assert.deepEqual(w.failures, [], "no push failed");
    assert.deepEqual(w2.failures, [], "no push failed after the partition");
    assert.ok(w.acked.length > 50, `pushes acknowledged: ${w.acked.length}`);
    await assertAllAcked(c.node("querier").url, w, "partition_test", "after the partition");
  });
});

/** Namespaces and links of the network `id`. */
async function traces(id: string): Promise<string[]> {
  const ns = (await run("ip", ["netns", "list"]))
    .split("\n")
    .filter((l) => l.startsWith(`${NETNS_PREFIX}-${id}-`));
  const links = (await run("ip", ["-o", "link", "show"]))
    .split("\n")
    .filter((l) => l.includes(`${NETNS_PREFIX}${id}`));
  return [...ns, ...links];
}

describe("network namespaces left by a crashed run", { skip, timeout: 60_000 }, () => {
  it("are removed with the processes in them by the next run", async () => {
    // A run that creates an isolated host, starts a process in it, and is then SIGKILLed.
    const script = `
      import { spawn } from "node:child_process";
      import { IsolatedHosts } from ${JSON.stringify(new URL("./cluster/netns.ts", import.meta.url).pathname)};
      const hosts = await IsolatedHosts.create();
      const ns = await hosts.add("victim");
      const p = spawn("ip", ["netns", "exec", ns.name, "sleep", "300"], { stdio: "ignore", detached: true });
      process.stdout.write(JSON.stringify({ id: hosts.net.id, pid: p.pid }) + "\\n");
      setInterval(() => {}, 1000);
    `;
    const child = spawn(NODE, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    const { id, pid } = await waitFor(
      "the crashing run's network",
      async () =>
        out.includes("\n") ? (JSON.parse(out) as { id: string; pid: number }) : undefined,
      30_000,
    );
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    assert.ok(
      (await traces(id)).length >= 3,
      "the crashed run left its namespace, bridge and veth",
    );
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    assert.ok(alive(), "the process in the namespace outlived its run");
    const removed = await cleanupNetnsLeftovers();
    assert.ok(removed.includes(`process ${pid}`), `removed: ${removed.join(", ")}`);
    assert.deepEqual(await traces(id), []);
    await waitFor(
      "the process in the namespace killed",
      async () => (alive() ? undefined : true),
      5_000,
    );
  });
});
