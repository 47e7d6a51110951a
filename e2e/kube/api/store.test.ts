import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { StatusError } from "./errors.ts";
import { Store } from "./store.ts";

function setup() {
  const s = new Store();
  const ns = s.type("", "v1", "namespaces")!;
  s.create(ns, undefined, { metadata: { name: "default" } });
  return { s, cm: s.type("", "v1", "configmaps")!, deploy: s.type("apps", "v1", "deployments")! };
}

function code(f: () => unknown): number {
  try {
    f();
  } catch (e) {
    if (e instanceof StatusError) return e.code;
    throw e;
  }
  return 0;
}

describe("the store's API semantics", () => {
  it("uses resourceVersion for optimistic concurrency", () => {
    const { s, cm } = setup();
    const a = s.create(cm, "default", { metadata: { name: "a" }, data: { x: "1" } });
    const b = s.update(cm, "default", "a", { ...a, data: { x: "2" } });
    assert.ok(Number(b.metadata.resourceVersion) > Number(a.metadata.resourceVersion));
    assert.equal(
      code(() => s.update(cm, "default", "a", { ...a, data: { x: "3" } })),
      409,
    );
    assert.equal(
      code(() => s.create(cm, "default", { metadata: { name: "a" } })),
      409,
    );
    assert.equal(
      code(() => s.get(cm, "default", "nope")),
      404,
    );
    // A no-op update keeps the resourceVersion.
    assert.equal(
      s.update(cm, "default", "a", b).metadata.resourceVersion,
      b.metadata.resourceVersion,
    );
  });

  it("bumps generation on spec changes only, and keeps status out of main-resource writes", () => {
    const { s, deploy } = setup();
    const tmpl = {
      metadata: { labels: { a: "b" } },
      spec: { containers: [{ name: "c", image: "i" }] },
    };
    const d = s.create(deploy, "default", {
      metadata: { name: "d" },
      spec: { selector: { matchLabels: { a: "b" } }, template: tmpl },
      status: { replicas: 9 },
    });
    assert.equal(d.metadata.generation, 1);
    assert.equal(d.status, undefined);
    assert.equal(d.spec.replicas, 1, "defaulted");
    const labelled = s.update(deploy, "default", "d", {
      ...d,
      metadata: { ...d.metadata, labels: { x: "y" } },
    });
    assert.equal(labelled.metadata.generation, 1);
    const withStatus = s.update(
      deploy,
      "default",
      "d",
      { ...labelled, status: { replicas: 1 } },
      { subresource: "status" },
    );
    assert.equal(withStatus.status.replicas, 1);
    assert.equal(withStatus.metadata.generation, 1);
    const scaled = s.update(deploy, "default", "d", {
      ...withStatus,
      spec: { ...withStatus.spec, replicas: 2 },
      status: { replicas: 7 },
    });
    assert.equal(scaled.metadata.generation, 2);
    assert.equal(scaled.status.replicas, 1, "the main resource ignores status");
  });

  it("marks objects with finalizers for deletion and removes them with the last finalizer", () => {
    const { s, cm } = setup();
    s.create(cm, "default", { metadata: { name: "f", finalizers: ["x/y"] } });
    const marked = s.delete(cm, "default", "f");
    assert.ok(marked.metadata.deletionTimestamp);
    assert.ok(s.tryGet(cm, "default", "f"));
    const cur = s.get(cm, "default", "f");
    s.update(cm, "default", "f", { ...cur, metadata: { ...cur.metadata, finalizers: [] } });
    assert.equal(s.tryGet(cm, "default", "f"), undefined);
  });

  it("replays watch events after a resourceVersion and answers 410 when history is gone", () => {
    const { s, cm } = setup();
    const a = s.create(cm, "default", { metadata: { name: "w" } });
    s.update(cm, "default", "w", { ...a, data: { k: "v" } });
    s.delete(cm, "default", "w");
    const seen: string[] = [];
    const stop = s.watch(cm, Number(a.metadata.resourceVersion), {}, (t, o) =>
      seen.push(`${t} ${o.metadata.name}`),
    );
    stop();
    assert.deepEqual(seen, ["MODIFIED w", "DELETED w"]);
    for (let i = 0; i < 20_100; i++) s.create(cm, "default", { metadata: { name: `n${i}` } });
    assert.equal(
      code(() => s.watch(cm, Number(a.metadata.resourceVersion), {}, () => {})),
      410,
    );
  });

  it("sends DELETED when an object leaves a watch's label selector", () => {
    const { s, cm } = setup();
    const seen: string[] = [];
    s.watch(cm, undefined, { labels: [{ key: "app", op: "=", values: ["x"] }] }, (t, o) =>
      seen.push(`${t} ${o.metadata.name}`),
    );
    const o = s.create(cm, "default", { metadata: { name: "l", labels: { app: "x" } } });
    s.update(cm, "default", "l", { ...o, metadata: { ...o.metadata, labels: { app: "y" } } });
    assert.deepEqual(seen, ["ADDED l", "DELETED l"]);
  });

  it("refuses changes to immutable fields with the API server's messages", () => {
    const { s } = setup();
    const sts = s.type("apps", "v1", "statefulsets")!;
    const pvc = s.type("", "v1", "persistentvolumeclaims")!;
    const tmpl = {
      metadata: { labels: { a: "b" } },
      spec: { containers: [{ name: "c", image: "i" }] },
    };
    const o = s.create(sts, "default", {
      metadata: { name: "s" },
      spec: { serviceName: "s", selector: { matchLabels: { a: "b" } }, template: tmpl },
    });
    assert.throws(
      () =>
        s.update(sts, "default", "s", {
          ...o,
          spec: { ...o.spec, volumeClaimTemplates: [{ metadata: { name: "d" }, spec: {} }] },
        }),
      (e: any) =>
        e.code === 422 &&
        /^StatefulSet\.apps "s" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas'/.test(
          e.message,
        ),
    );
    assert.equal(
      s.update(sts, "default", "s", { ...o, spec: { ...o.spec, replicas: 3 } }).spec.replicas,
      3,
    );
    const c = s.create(pvc, "default", {
      metadata: { name: "p" },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
    });
    const grown = s.update(pvc, "default", "p", {
      ...c,
      spec: { ...c.spec, resources: { requests: { storage: "2Gi" } } },
    });
    assert.equal(grown.spec.resources.requests.storage, "2Gi");
    assert.throws(
      () =>
        s.update(pvc, "default", "p", {
          ...grown,
          spec: { ...grown.spec, accessModes: ["ReadWriteMany"] },
        }),
      /spec is immutable after creation/,
    );
  });

  it("admits a pod only when its ServiceAccount exists", () => {
    const { s } = setup();
    const pods = s.type("", "v1", "pods")!;
    assert.throws(
      () =>
        s.create(pods, "default", {
          metadata: { name: "p" },
          spec: { serviceAccountName: "op", containers: [{ name: "c", image: "i" }] },
        }),
      (e: any) =>
        e.code === 403 &&
        e.message ===
          'pods "p" is forbidden: error looking up service account default/op: serviceaccount "op" not found',
    );
    s.create(s.type("", "v1", "serviceaccounts")!, "default", { metadata: { name: "op" } });
    const p = s.create(pods, "default", {
      metadata: { name: "p" },
      spec: { serviceAccountName: "op", containers: [{ name: "c", image: "i" }] },
    });
    assert.equal(p.spec.serviceAccount, "op");
  });

  it("serves one Event storage through core/v1 and events.k8s.io/v1", () => {
    const { s } = setup();
    const core = s.type("", "v1", "events")!;
    const v1 = s.type("events.k8s.io", "v1", "events")!;
    s.create(v1, "default", {
      metadata: { name: "e1" },
      eventTime: "2026-01-01T00:00:00.000000Z",
      reportingController: "mimir-ts-operator",
      reportingInstance: "op-0",
      action: "Rollout",
      reason: "ZoneUpdated",
      note: "zone-a updated",
      type: "Normal",
      regarding: { kind: "MimirCluster", name: "m", namespace: "default" },
    });
    const asCore = s.get(core, "default", "e1");
    assert.equal(asCore.apiVersion, "v1");
    assert.equal(asCore.message, "zone-a updated");
    assert.equal(asCore.involvedObject.name, "m");
    assert.equal(asCore.reportingComponent, "mimir-ts-operator");
    s.create(core, "default", {
      metadata: { name: "e2" },
      involvedObject: { kind: "Pod", name: "p" },
      reason: "Started",
      message: "hi",
      type: "Normal",
      count: 2,
    });
    const asV1 = s.get(v1, "default", "e2");
    assert.equal(asV1.apiVersion, "events.k8s.io/v1");
    assert.equal(asV1.note, "hi");
    assert.equal(asV1.regarding.name, "p");
    assert.equal(asV1.deprecatedCount, 2);
    assert.deepEqual(
      s.list(v1, { namespace: "default" }).map((e) => e.metadata.name),
      ["e1", "e2"],
    );
  });
});
