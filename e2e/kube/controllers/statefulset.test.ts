import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Store } from "../api/store.ts";
import { syncServiceAccounts } from "./serviceaccounts.ts";
import { syncStatefulSets } from "./statefulset.ts";

function setup() {
  const s = new Store();
  s.create(s.type("", "v1", "namespaces")!, undefined, { metadata: { name: "ns" } });
  syncServiceAccounts(s);
  return { s, sts: s.type("apps", "v1", "statefulsets")!, pods: s.type("", "v1", "pods")! };
}

/** Marks every pod Running and Ready (what the kubelet would do) and confirms deletions. */
function kubelet(s: Store): void {
  const t = s.type("", "v1", "pods")!;
  for (const p of s.list(t)) {
    if (p.metadata.deletionTimestamp) {
      s.finalizePodDeletion(t, p.metadata.namespace, p.metadata.name);
      continue;
    }
    if (p.status?.phase === "Running") continue;
    s.writeInternal(
      t,
      { ...p, status: { phase: "Running", conditions: [{ type: "Ready", status: "True" }] } },
      "kubelet",
    );
  }
}

function settle(s: Store): void {
  for (let i = 0; i < 10; i++) {
    syncStatefulSets(s);
    kubelet(s);
  }
}

function spec(strategy: string, mark: string, replicas = 3): any {
  return {
    metadata: { name: "web" },
    spec: {
      replicas,
      serviceName: "web",
      podManagementPolicy: "Parallel",
      updateStrategy: { type: strategy },
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" }, annotations: { mark } },
        spec: { containers: [{ name: "c", image: "busybox" }] },
      },
    },
  };
}

describe("StatefulSet controller", () => {
  it("with OnDelete updates only deleted pods and leaves currentRevision to someone else", () => {
    const { s, sts, pods } = setup();
    s.create(sts, "ns", spec("OnDelete", "1"));
    settle(s);
    const first = s.get(sts, "ns", "web");
    assert.equal(first.status.currentRevision, first.status.updateRevision);
    const cur = s.get(sts, "ns", "web");
    s.update(sts, "ns", "web", { ...cur, spec: spec("OnDelete", "2").spec });
    settle(s);
    let st = s.get(sts, "ns", "web").status;
    assert.notEqual(st.updateRevision, first.status.updateRevision);
    assert.equal(st.updatedReplicas, undefined);
    for (const p of s.list(pods)) s.delete(pods, "ns", p.metadata.name);
    settle(s);
    st = s.get(sts, "ns", "web").status;
    assert.equal(st.updatedReplicas, 3);
    assert.equal(st.readyReplicas, 3);
    assert.equal(
      st.currentRevision,
      first.status.updateRevision,
      "OnDelete never completes the rollout in status",
    );
    // An operator writes currentRevision itself; the controller keeps it.
    const now = s.get(sts, "ns", "web");
    s.update(
      sts,
      "ns",
      "web",
      { ...now, status: { ...now.status, currentRevision: st.updateRevision } },
      { subresource: "status" },
    );
    settle(s);
    st = s.get(sts, "ns", "web").status;
    assert.equal(st.currentRevision, st.updateRevision);
    assert.equal(st.currentReplicas, 3);
  });

  it("with RollingUpdate replaces pods from the highest ordinal down to the partition", () => {
    const { s, sts, pods } = setup();
    s.create(sts, "ns", spec("RollingUpdate", "1"));
    settle(s);
    const cur = s.get(sts, "ns", "web");
    const next = spec("RollingUpdate", "2");
    next.spec.updateStrategy.rollingUpdate = { partition: 1 };
    s.update(sts, "ns", "web", { ...cur, spec: next.spec });
    const deleted: string[] = [];
    s.onChange((_k, type, o) => {
      if (o.kind === "Pod" && type === "DELETED") deleted.push(o.metadata.name);
    });
    settle(s);
    const st = s.get(sts, "ns", "web").status;
    assert.deepEqual(
      deleted,
      ["web-2", "web-1"],
      "highest ordinal first, web-0 is below the partition",
    );
    const revs = Object.fromEntries(
      s.list(pods).map((p) => [p.metadata.name, p.metadata.labels["controller-revision-hash"]]),
    );
    assert.equal(revs["web-0"], st.currentRevision);
    assert.equal(revs["web-1"], st.updateRevision);
    assert.equal(revs["web-2"], st.updateRevision);
    assert.equal(st.updatedReplicas, 2);
    assert.equal(st.currentReplicas, 1);
  });

  it("creates a PVC per pod from the claim templates and keeps it when scaling down", () => {
    const { s, sts } = setup();
    const o = spec("RollingUpdate", "1", 2);
    o.spec.volumeClaimTemplates = [
      {
        metadata: { name: "data" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
      },
    ];
    s.create(sts, "ns", o);
    settle(s);
    const pvcT = s.type("", "v1", "persistentvolumeclaims")!;
    assert.deepEqual(
      s.list(pvcT).map((p) => p.metadata.name),
      ["data-web-0", "data-web-1"],
    );
    const cur = s.get(sts, "ns", "web");
    s.update(sts, "ns", "web", { ...cur, spec: { ...cur.spec, replicas: 1 } });
    settle(s);
    assert.equal(s.list(s.type("", "v1", "pods")!).length, 1);
    assert.equal(s.list(pvcT).length, 2);
  });
});
