/**
 * The operator's zone-aware rollout driver against the Kubernetes API, on hand-written OnDelete
 * StatefulSets (one per zone, as the renderer's zoned components; microservices rendering is
 * refused in this release): after a template change it updates zone after zone, deleting pods in
 * batches, and records each zone's currentRevision; an informer on the pods proves that pods of
 * two zones are never down at once.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CoreV1Api, KubeConfig, makeInformer, type V1Pod } from "@kubernetes/client-node";
import { decide, RolloutDriver } from "../operator/rollout.ts";
import { BUSYBOX_IMAGE, eventually, type Kube, startKube } from "./kube/harness.ts";

const ZONES = ["zone-a", "zone-b", "zone-c"];

function statefulSet(zone: string, mark: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ingester-${zone}
  labels: {rollout-group: ingester, zone: ${zone}, name: ingester-${zone}}
spec:
  replicas: 2
  serviceName: ingester
  podManagementPolicy: Parallel
  updateStrategy: {type: OnDelete}
  selector: {matchLabels: {name: ingester-${zone}}}
  template:
    metadata: {labels: {name: ingester-${zone}, rollout-group: ingester, zone: ${zone}}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: main
        image: ${BUSYBOX_IMAGE}
        command: ["sh", "-c", "exec sleep 3600"]
        env: [{name: MARK, value: "${mark}"}]
        readinessProbe: {exec: {command: ["true"]}, periodSeconds: 1}
`;
}

describe("zone-aware rollout driver", { timeout: 180_000 }, () => {
  let k: Kube;
  let kc: KubeConfig;
  before(async () => {
    k = await startKube("rollout");
    kc = new KubeConfig();
    kc.loadFromFile(k.kubeconfig);
  });
  after(async () => {
    await k?.close();
  });

  it("updates one zone at a time and never has pods of two zones down", async () => {
    const namespace = k.namespace;
    await k.kubectl(["apply", "-f", "-"], ZONES.map((z) => statefulSet(z, "1")).join("---\n"));
    const readyPods = async () => {
      const pods = await k.json(["get", "pods", "-l", "rollout-group=ingester"]);
      return (
        pods.items.filter((p: any) =>
          p.status.conditions?.some((c: any) => c.type === "Ready" && c.status === "True"),
        ).length === 6
      );
    };
    await eventually(readyPods, 60_000, "six Ready pods");

    // Watch pods: per zone, which are down (not Ready, terminating, or gone).
    const core = kc.makeApiClient(CoreV1Api);
    const informer = makeInformer<V1Pod>(kc, `/api/v1/namespaces/${namespace}/pods`, () =>
      core.listNamespacedPod({ namespace }),
    );
    let worst = 0;
    let synced = false;
    const check = () => {
      if (!synced) return;
      const pods = informer.list(namespace);
      const down = ZONES.filter((z) => {
        const mine = pods.filter((p) => p.metadata?.labels?.zone === z);
        const up = mine.filter(
          (p) =>
            !p.metadata?.deletionTimestamp &&
            p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True"),
        );
        return up.length < 2;
      });
      worst = Math.max(worst, down.length);
    };
    for (const ev of ["add", "update", "delete"] as const) informer.on(ev, check);
    await informer.start();
    await eventually(
      async () => informer.list(namespace).length === 6,
      10_000,
      "the informer's list",
    );
    synced = true;
    check();
    assert.equal(worst, 0);
    try {
      await k.kubectl(["apply", "-f", "-"], ZONES.map((z) => statefulSet(z, "2")).join("---\n"));
      // The StatefulSet controller has seen the new template in every zone.
      await eventually(
        async () => {
          const sets = await k.json(["get", "statefulsets", "-l", "rollout-group=ingester"]);
          return (
            sets.items.length === 3 &&
            sets.items.every(
              (s: any) =>
                s.status?.observedGeneration === s.metadata.generation &&
                s.status?.updateRevision &&
                s.status.updateRevision !== s.status.currentRevision,
            )
          );
        },
        30_000,
        "the new revision in every zone",
      );
      const driver = new RolloutDriver(kc);
      const deletedIn: string[] = [];
      const recorded: string[] = [];
      const end = Date.now() + 120_000;
      for (;;) {
        const { zones } = await driver.observe(namespace, "ingester");
        const d = decide(zones, 1, false);
        if (d.kind === "idle" && zones.length === 3) break;
        if (d.kind === "delete") deletedIn.push(d.zone);
        if (d.kind === "record") recorded.push(d.zone);
        await driver.act(namespace, d);
        assert.ok(Date.now() < end, `rollout did not finish: last decision ${JSON.stringify(d)}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      // Zones in order, two single-pod batches each (maxUnavailablePerZone 1), each recorded.
      assert.deepEqual(deletedIn, ["zone-a", "zone-a", "zone-b", "zone-b", "zone-c", "zone-c"]);
      assert.deepEqual(recorded, ZONES);
      assert.equal(worst, 1, "pods of two zones were down at once");
      for (const z of ZONES) {
        const s = await k.json(["get", "statefulset", `ingester-${z}`]);
        assert.equal(s.status.currentRevision, s.status.updateRevision);
        const pods = await k.json(["get", "pods", "-l", `name=ingester-${z}`]);
        assert.deepEqual(
          pods.items.map((p: any) => p.metadata.labels["controller-revision-hash"]),
          [s.status.updateRevision, s.status.updateRevision],
        );
        assert.deepEqual(
          pods.items.map((p: any) => p.spec.containers[0].env[0].value),
          ["2", "2"],
        );
      }
    } finally {
      await informer.stop();
    }
  });
});
