/**
 * The orchestrator against the Kubernetes API on hand-written zoned StatefulSets of one
 * MimirCluster (ingesters and store-gateways in two zones): a template change rolls every
 * ingester zone before any store-gateway zone, one zone at a time, and status phases and Events
 * say so; lowering ingester replicas runs the read-only downscale (pod calls recorded by a
 * stand-in, as the pods are busybox) before the group is Idle again.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { KubeConfig } from "@kubernetes/client-node";
import type { KubeObject } from "../cdk8s/index.ts";
import type { PodCaller } from "../operator/downscale.ts";
import { Orchestrator, type RolloutStatus } from "../operator/orchestrate.ts";
import { BUSYBOX_IMAGE, eventually, type Kube, startKube } from "./kube/harness.ts";

function statefulSet(group: string, zone: string, replicas: number, mark: string): KubeObject {
  const name = `mimir-${group}-${zone}`;
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: {
      name,
      labels: { "rollout-group": group, zone, name, "app.kubernetes.io/instance": "mimir" },
      annotations: { "rollout-max-unavailable": "1" },
    },
    spec: {
      replicas,
      serviceName: `mimir-${group}-headless`,
      podManagementPolicy: "Parallel",
      updateStrategy: { type: "OnDelete" },
      selector: { matchLabels: { name } },
      template: {
        metadata: { labels: { name } },
        spec: {
          terminationGracePeriodSeconds: 1,
          containers: [
            {
              name: "main",
              image: BUSYBOX_IMAGE,
              command: ["sh", "-c", "exec sleep 3600"],
              env: [{ name: "MARK", value: mark }],
              readinessProbe: { exec: { command: ["true"] }, periodSeconds: 1 },
            },
          ],
        },
      },
    },
  };
}

const render = (ingesters: number, mark: string) =>
  ["zone-a", "zone-b"].flatMap((z) => [
    statefulSet("store-gateway", z, 1, mark),
    statefulSet("ingester", z, ingesters, mark),
  ]);

describe("orchestrator", { timeout: 180_000 }, () => {
  let k: Kube;
  let kc: KubeConfig;
  before(async () => {
    k = await startKube("orchestrate");
    kc = new KubeConfig();
    kc.loadFromFile(k.kubeconfig);
  });
  after(async () => {
    await k?.close();
  });

  const calls: string[] = [];
  const caller = (): PodCaller => async (method, pod, path) => {
    calls.push(`${method} ${pod} ${path}`);
    return 200;
  };
  const events: string[] = [];
  const phases: RolloutStatus[] = [];
  /** Steps until Idle, as reconciles would. */
  const run = async (objs: KubeObject[]) => {
    const o = new Orchestrator(kc, caller);
    const end = Date.now() + 90_000;
    for (;;) {
      const s = await o.step(
        k.namespace,
        "mimir",
        objs,
        { readOnlyDownscaleDelay: "1s", minTimeBetweenZoneDownscales: "1s" },
        false,
        async (_t, reason, message) => {
          events.push(`${reason}: ${message}`);
        },
      );
      phases.push(s);
      if (s.phase === "Idle") return;
      assert.ok(Date.now() < end, `not Idle: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  };

  it("rolls ingester zones before store-gateway zones", async () => {
    const apply = (objs: KubeObject[]) =>
      k.kubectl(
        ["apply", "-f", "-"],
        JSON.stringify({ apiVersion: "v1", kind: "List", items: objs }),
      );
    await apply(render(2, "1"));
    await eventually(
      async () =>
        (await k.json(["get", "pods"])).items.filter((p: any) =>
          p.status.conditions?.some((c: any) => c.type === "Ready" && c.status === "True"),
        ).length === 6,
      60_000,
      "six Ready pods",
    );
    await apply(render(2, "2"));
    await run(render(2, "2"));
    const rolled = events
      .filter((e) => e.startsWith("RollingOut"))
      .map((e) => /of (zone-\w)/.exec(e)?.[1]);
    const groups = phases
      .filter((p) => p.phase === "RollingOut")
      .map((p) => `${p.component}/${p.zone}`);
    assert.deepEqual(
      [...new Set(groups)],
      ["ingester/zone-a", "ingester/zone-b", "store-gateway/zone-a", "store-gateway/zone-b"],
    );
    assert.deepEqual(rolled, ["zone-a", "zone-a", "zone-b", "zone-b", "zone-a", "zone-b"]);
    assert.equal(events.filter((e) => e.startsWith("ZoneUpdated")).length, 4);
  });

  it("downscales ingesters read-only first, zone by zone", async () => {
    events.length = 0;
    await run(render(1, "2"));
    assert.deepEqual(calls, [
      "POST mimir-ingester-zone-a-1 /ingester/prepare-instance-ring-downscale",
      "POST mimir-ingester-zone-a-1 /ingester/prepare-shutdown",
      "POST mimir-ingester-zone-b-1 /ingester/prepare-instance-ring-downscale",
      "POST mimir-ingester-zone-b-1 /ingester/prepare-shutdown",
    ]);
    assert.ok(
      phases.some(
        (p) => p.phase === "Downscaling" && p.component === "ingester" && p.zone === "zone-b",
      ),
    );
    for (const z of ["zone-a", "zone-b"])
      assert.equal((await k.json(["get", "statefulset", `mimir-ingester-${z}`])).spec.replicas, 1);
  });
});
