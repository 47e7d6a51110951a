/**
 * The cluster through @kubernetes/client-node, as the operator will use it: list and watch with
 * an informer (add, update, delete), server-side apply with a field manager and a conflict,
 * the status subresource, and the eviction API refusing with 429 when a PodDisruptionBudget is
 * spent.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  makeInformer,
  PatchStrategy,
  PolicyV1Api,
  setHeaderOptions,
  type V1ConfigMap,
} from "@kubernetes/client-node";
import { BUSYBOX_IMAGE, eventually, type Kube, startKube } from "./harness.ts";

describe("client-node against the cluster", { timeout: 90_000 }, () => {
  let k: Kube;
  let kc: KubeConfig;
  let core: CoreV1Api;
  before(async () => {
    k = await startKube("client");
    kc = new KubeConfig();
    kc.loadFromFile(k.kubeconfig);
    core = kc.makeApiClient(CoreV1Api);
  });
  after(async () => {
    await k?.close();
  });

  it("lists and watches ConfigMaps with an informer", async () => {
    const namespace = k.namespace;
    await core.createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: "before" }, data: { a: "1" } },
    });
    const informer = makeInformer<V1ConfigMap>(
      kc,
      `/api/v1/namespaces/${namespace}/configmaps`,
      () => core.listNamespacedConfigMap({ namespace }),
    );
    const events: string[] = [];
    informer.on("add", (o) => events.push(`add ${o.metadata?.name}`));
    informer.on("update", (o) => events.push(`update ${o.metadata?.name} ${o.data?.a}`));
    informer.on("delete", (o) => events.push(`delete ${o.metadata?.name}`));
    await informer.start();
    try {
      await eventually(async () => events.includes("add before"), 10_000, "the listed object");
      await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { name: "after" }, data: { a: "1" } },
      });
      await core.patchNamespacedConfigMap(
        { namespace, name: "after", body: { data: { a: "2" } } },
        setHeaderOptions("Content-Type", PatchStrategy.MergePatch),
      );
      await core.deleteNamespacedConfigMap({ namespace, name: "after" });
      await eventually(async () => events.includes("delete after"), 10_000, "the watch events");
      assert.deepEqual(
        events.filter((e) => e.includes("after")),
        ["add after", "update after 2", "delete after"],
      );
      assert.equal(informer.list(namespace).length, 1);
    } finally {
      await informer.stop();
    }
  });

  it("applies server-side with field managers and reports conflicts", async () => {
    const namespace = k.namespace;
    const ssa = setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply);
    const body = {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "applied", namespace, labels: { owner: "one" } },
      data: { x: "1", y: "1" },
    };
    const created = await core.patchNamespacedConfigMap(
      { namespace, name: "applied", body, fieldManager: "one" },
      ssa,
    );
    assert.equal(created.data?.x, "1");
    await assert.rejects(
      core.patchNamespacedConfigMap(
        { namespace, name: "applied", body: { ...body, data: { x: "2" } }, fieldManager: "two" },
        ssa,
      ),
      (e: any) =>
        e.code === 409 &&
        JSON.parse(e.body).message ===
          'Apply failed with 1 conflict: conflict with "one" using v1: .data.x',
    );
    const forced = await core.patchNamespacedConfigMap(
      {
        namespace,
        name: "applied",
        body: { ...body, data: { x: "2" } },
        fieldManager: "two",
        force: true,
      },
      ssa,
    );
    assert.equal(forced.data?.x, "2");
    assert.equal(forced.data?.y, "1");
    const managers = (forced.metadata?.managedFields ?? [])
      .map((m) => `${m.manager}:${m.operation}`)
      .sort();
    assert.deepEqual(managers, ["one:Apply", "two:Apply"]);
    // "one" stops applying y: y goes, since no one else owns it.
    const { data: _d, ...rest } = body;
    const dropped = await core.patchNamespacedConfigMap(
      { namespace, name: "applied", body: { ...rest, data: {} }, fieldManager: "one" },
      ssa,
    );
    assert.deepEqual(dropped.data, { x: "2" });
  });

  it("keeps status apart from spec and bumps generation only on spec changes", async () => {
    const namespace = k.namespace;
    const apps = kc.makeApiClient(AppsV1Api);
    const d = await apps.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name: "gen" },
        spec: {
          replicas: 0,
          selector: { matchLabels: { app: "gen" } },
          template: {
            metadata: { labels: { app: "gen" } },
            spec: { containers: [{ name: "c", image: BUSYBOX_IMAGE, command: ["sleep", "3600"] }] },
          },
        },
      },
    });
    assert.equal(d.metadata?.generation, 1);
    const labelled = await apps.patchNamespacedDeployment(
      { namespace, name: "gen", body: { metadata: { labels: { x: "y" } } } },
      setHeaderOptions("Content-Type", PatchStrategy.MergePatch),
    );
    assert.equal(labelled.metadata?.generation, 1);
    const scaled = await apps.patchNamespacedDeploymentScale(
      { namespace, name: "gen", body: { spec: { replicas: 1 } } },
      setHeaderOptions("Content-Type", PatchStrategy.MergePatch),
    );
    assert.equal(scaled.spec?.replicas, 1);
    const after = await apps.readNamespacedDeployment({ namespace, name: "gen" });
    assert.equal(after.metadata?.generation, 2);
    await eventually(
      async () =>
        (await apps.readNamespacedDeployment({ namespace, name: "gen" })).status
          ?.observedGeneration === 2,
      20_000,
      "observedGeneration",
    );
  });

  it("refuses an eviction a PodDisruptionBudget does not allow", async () => {
    const namespace = k.namespace;
    const policy = kc.makeApiClient(PolicyV1Api);
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: "guarded", labels: { app: "guarded" } },
        spec: {
          terminationGracePeriodSeconds: 1,
          containers: [{ name: "c", image: BUSYBOX_IMAGE, command: ["sleep", "3600"] }],
        },
      },
    });
    await policy.createNamespacedPodDisruptionBudget({
      namespace,
      body: {
        metadata: { name: "guard" },
        spec: { minAvailable: 1, selector: { matchLabels: { app: "guarded" } } },
      },
    });
    await eventually(
      async () => {
        const p = await policy.readNamespacedPodDisruptionBudget({ namespace, name: "guard" });
        return p.status?.currentHealthy === 1 && p.status?.observedGeneration === 1;
      },
      30_000,
      "the budget's status",
    );
    await assert.rejects(
      core.createNamespacedPodEviction({
        namespace,
        name: "guarded",
        body: { metadata: { name: "guarded", namespace } },
      }),
      (e: any) =>
        e.code === 429 &&
        JSON.parse(e.body).message ===
          "Cannot evict pod as it would violate the pod's disruption budget.",
    );
    await policy.patchNamespacedPodDisruptionBudget(
      { namespace, name: "guard", body: { spec: { minAvailable: 0 } } },
      setHeaderOptions("Content-Type", PatchStrategy.MergePatch),
    );
    await eventually(
      async () =>
        (await policy.readNamespacedPodDisruptionBudget({ namespace, name: "guard" })).status
          ?.disruptionsAllowed === 1,
      20_000,
      "a disruption to be allowed",
    );
    await core.createNamespacedPodEviction({
      namespace,
      name: "guarded",
      body: { metadata: { name: "guarded", namespace } },
    });
    await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace, labelSelector: "app=guarded" })).items.length ===
        0,
      20_000,
      "the evicted pod to go",
    );
  });
});
