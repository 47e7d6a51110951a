/**
 * What the split modes need to run and roll out safely, checked on rendered objects: ring
 * settings in mimir.yaml (memberlist stores, RF 3 over three zones, tokens files, ring entries
 * kept on shutdown), per-component shutdown delays and grace periods, memory limits and the heap
 * derived from them, the read-only root filesystem, pod spreading, HorizontalPodAutoscalers that
 * own their Deployment's replicas, the CEL rules on zones, and the refusal of targets this
 * release does not implement (kept equal to the binary's module table).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadAll } from "js-yaml";
import type { MimirCluster } from "./imports/mimirts.dev.ts";
import { type KubeObject, render, renderLayout } from "./render.ts";
import { heapMiBFor, NOT_IMPLEMENTED_TARGETS, quantityMiB } from "./topology.ts";
import { exampleInput } from "./testutil.ts";
import { schemaProblems } from "./validate.ts";

/** The microservices example with the components this release cannot run set to 0 pods. */
function microservices(edit: (spec: any) => void = () => {}): MimirCluster {
  const { cluster } = exampleInput("microservices-s3");
  const c = structuredClone(cluster) as any;
  for (const k of ["queryFrontend", "queryScheduler", "ruler", "alertmanager", "overridesExporter"])
    c.spec.components[k].replicas = 0;
  edit(c.spec);
  return c;
}

const mimirYaml = (objs: KubeObject[]): any =>
  loadAll(
    objs.find((o) => o.kind === "ConfigMap" && o.metadata.name.endsWith("-config"))!.data[
      "mimir.yaml"
    ],
  )[0];
const byName = (objs: KubeObject[], kind: string, name: string): KubeObject => {
  const o = objs.find((x) => x.kind === kind && x.metadata.name === name);
  assert.ok(o, `${kind}/${name} rendered`);
  return o;
};
const container = (o: KubeObject) => o.spec.template.spec.containers[0];

test("the microservices-s3 example renders every component it names", () => {
  const objs = render(microservices(), []);
  assert.ok(objs.length > 20);
  const { cluster } = exampleInput("microservices-s3");
  const rendered = render(cluster, []);
  const workloads = rendered
    .filter((o) => o.kind === "StatefulSet" || o.kind === "Deployment")
    .map((o) => o.metadata.name);
  for (const part of [
    "distributor",
    "ingester-zone-a",
    "querier",
    "query-frontend",
    "query-scheduler",
    "store-gateway-zone-a",
    "compactor",
    "ruler",
    "alertmanager",
    "overrides-exporter",
  ])
    assert.ok(
      workloads.some((n) => n.endsWith(part)),
      `${part} missing from ${workloads.join(", ")}`,
    );
});

test("the refused targets are exactly the binary's targetable modules not implemented (besides the flusher)", async () => {
  const { MODULES } = await import("../components/app/modules.ts");
  const notImplemented = MODULES.filter((d) => d.targetable && d.notImplemented && !d.group)
    .map((d) => d.name)
    .filter((n) => n !== "flusher")
    .sort();
  assert.deepEqual(
    [...NOT_IMPLEMENTED_TARGETS].sort(),
    notImplemented,
    "update NOT_IMPLEMENTED_TARGETS in cdk8s/topology.ts to match components/app/modules.ts",
  );
});

test("the split modes get memberlist stores for every ring, RF 3 over the zones, tokens files kept across restarts", () => {
  const cfg = mimirYaml(render(microservices(), []));
  assert.deepEqual(cfg.memberlist.join_members, [
    "dns+mimir-gossip-ring.mimir.svc.cluster.local.:7946",
  ]);
  for (const ring of [
    cfg.distributor.ring,
    cfg.ingester.ring,
    cfg.store_gateway.sharding_ring,
    cfg.compactor.sharding_ring,
  ])
    assert.equal(ring.kvstore.store, "memberlist");
  for (const ring of [cfg.ingester.ring, cfg.store_gateway.sharding_ring]) {
    assert.equal(ring.replication_factor, 3);
    assert.equal(ring.zone_awareness_enabled, true);
    assert.equal(ring.tokens_file_path, "/data/tokens");
    assert.equal(ring.unregister_on_shutdown, false);
  }
  assert.equal(
    cfg.ruler.alertmanager_url,
    "dnssrvnoa+http://_http-metrics._tcp.mimir-alertmanager-headless.mimir.svc.cluster.local/alertmanager",
  );
  // No scheduler pods: the queriers serve queries themselves, with no scheduler to pull from.
  assert.equal(cfg.frontend_worker, undefined);
  const withScheduler = mimirYaml(
    renderLayout(
      microservices((s) => (s.components.queryScheduler.replicas = 2)),
      [],
    ),
  );
  assert.equal(
    withScheduler.frontend_worker.scheduler_address,
    "mimir-query-scheduler-headless.mimir.svc.cluster.local:9095",
  );
  assert.equal(
    withScheduler.frontend.scheduler_address,
    withScheduler.frontend_worker.scheduler_address,
  );
});

test("query-frontends without a scheduler get their queue drained by queriers pulling from every frontend", () => {
  const cfg = mimirYaml(
    renderLayout(
      microservices((s) => (s.components.queryFrontend.replicas = 2)),
      [],
    ),
  );
  assert.deepEqual(cfg.frontend_worker, {
    frontend_address: "mimir-query-frontend-headless.mimir.svc.cluster.local:9095",
  });
  assert.equal(cfg.frontend?.scheduler_address, undefined);
});

test("without zones the replication factor is 3, or the number of instances when fewer, and rings unregister on shutdown", () => {
  const one = mimirYaml(
    render(
      microservices((s) => {
        s.zones = [];
        s.components.ingester.replicas = 1;
      }),
      [],
    ),
  );
  assert.equal(one.ingester.ring.replication_factor, 1);
  assert.equal(one.ingester.ring.zone_awareness_enabled, false);
  assert.equal(one.ingester.ring.unregister_on_shutdown, undefined);
  assert.equal(one.store_gateway.sharding_ring.replication_factor, 3);
});

test("zone awareness needs three zones (or at most one); the CRD says so", () => {
  const two = microservices((s) => (s.zones = s.zones.slice(0, 2)));
  assert.deepEqual(schemaProblems(structuredClone(two) as any), [
    "spec.zones: Invalid value: zone-aware replication keeps 3 copies, one per zone, so it needs at least 3 zones: list 3 zones, or at most one",
  ]);
  assert.throws(() => render(two, []), /needs at least 3 zones/);
});

test("zone StatefulSets carry their zone flag, tokens on their volume, and keep off the other zones' nodes", () => {
  const objs = render(microservices(), []);
  for (const name of ["mimir-ingester-zone-b", "mimir-store-gateway-zone-b"]) {
    const sts = byName(objs, "StatefulSet", name);
    assert.ok(container(sts).args.some((a: string) => a.endsWith("-availability-zone=zone-b")));
    const anti =
      sts.spec.template.spec.affinity.podAntiAffinity
        .requiredDuringSchedulingIgnoredDuringExecution[0];
    assert.equal(anti.topologyKey, "kubernetes.io/hostname");
    assert.deepEqual(anti.labelSelector.matchExpressions, [
      {
        key: "rollout-group",
        operator: "In",
        values: [name.includes("ingester") ? "ingester" : "store-gateway"],
      },
      { key: "zone", operator: "NotIn", values: ["zone-b"] },
    ]);
  }
  // Every Mimir workload spreads its pods over nodes (softly).
  for (const o of objs.filter((x) => x.kind === "Deployment" || x.kind === "StatefulSet")) {
    if (o.metadata.name.endsWith("-cache")) continue;
    const [spread] = o.spec.template.spec.topologySpreadConstraints;
    assert.equal(spread.whenUnsatisfiable, "ScheduleAnyway", o.metadata.name);
    assert.deepEqual(
      spread.labelSelector.matchLabels,
      o.spec.selector.matchLabels,
      o.metadata.name,
    );
  }
  // The user's own placement wins.
  const own = render(
    microservices((s) => (s.components.ingester.scheduling = { affinity: { nodeAffinity: {} } })),
    [],
  );
  assert.deepEqual(
    byName(own, "StatefulSet", "mimir-ingester-zone-a").spec.template.spec.affinity,
    {
      nodeAffinity: {},
    },
  );
});

test("Mimir's shutdown delays and grace periods per component", () => {
  const objs = renderLayout(exampleInput("microservices-s3").cluster, []);
  const want: Record<string, [string | undefined, number]> = {
    "Deployment/mimir-distributor": ["90s", 100],
    "Deployment/mimir-query-frontend": ["90s", 390],
    "StatefulSet/mimir-ingester-zone-a": [undefined, 1200],
    "StatefulSet/mimir-alertmanager": [undefined, 900],
  };
  for (const [key, [delay, grace]] of Object.entries(want)) {
    const [kind, name] = key.split("/");
    const o = byName(objs, kind, name);
    const arg = container(o).args.find((a: string) => a.startsWith("-shutdown-delay="));
    assert.equal(arg, delay ? `-shutdown-delay=${delay}` : undefined, key);
    assert.equal(o.spec.template.spec.terminationGracePeriodSeconds, grace, key);
  }
  // extraArgs overrides the delay instead of repeating the flag.
  const own = renderLayout(
    microservices((s) => (s.components.distributor.extraArgs = { "shutdown-delay": "5s" })),
    [],
  );
  assert.deepEqual(
    container(byName(own, "Deployment", "mimir-distributor")).args.filter((a: string) =>
      a.startsWith("-shutdown-delay"),
    ),
    ["-shutdown-delay=5s"],
  );
});

test("every Mimir container has a memory limit, the heap sized from it, and a read-only root with /tmp", () => {
  assert.equal(heapMiBFor("12Gi"), 9216);
  assert.equal(heapMiBFor(undefined), undefined);
  assert.equal(quantityMiB("1e9"), 1e9 / 2 ** 20);
  const objs = render(microservices(), []);
  const ingester = container(byName(objs, "StatefulSet", "mimir-ingester-zone-a"));
  assert.equal(ingester.resources.limits.memory, "12Gi");
  assert.deepEqual(
    ingester.env.find((e: any) => e.name === "NODE_OPTIONS"),
    { name: "NODE_OPTIONS", value: "--max-old-space-size=9216" },
  );
  // No resources in the spec: the default request, and 1.5 times it as the limit.
  const querier = container(byName(objs, "Deployment", "mimir-querier"));
  assert.equal(querier.resources.requests.memory, "1Gi");
  assert.equal(querier.resources.limits.memory, "1536Mi");
  assert.deepEqual(
    querier.env.find((e: any) => e.name === "NODE_OPTIONS"),
    { name: "NODE_OPTIONS", value: "--max-old-space-size=1152" },
  );
  for (const o of objs.filter((x) => x.kind === "Deployment" || x.kind === "StatefulSet")) {
    for (const c of o.spec.template.spec.containers) {
      assert.ok(c.resources.limits?.memory, `${o.metadata.name}/${c.name}: memory limit`);
      assert.equal(c.securityContext.readOnlyRootFilesystem, true, `${o.metadata.name}/${c.name}`);
    }
    if (o.metadata.name.endsWith("-cache")) continue;
    assert.ok(
      container(o).volumeMounts.some((m: any) => m.mountPath === "/tmp" && m.name === "tmp"),
    );
    assert.ok(o.spec.template.spec.volumes.some((v: any) => v.name === "tmp" && v.emptyDir));
  }
  // The user's NODE_OPTIONS wins.
  const own = render(
    microservices(
      (s) => (s.components.querier.extraEnv = [{ name: "NODE_OPTIONS", value: "--x" }]),
    ),
    [],
  );
  assert.deepEqual(
    container(byName(own, "Deployment", "mimir-querier")).env.filter(
      (e: any) => e.name === "NODE_OPTIONS",
    ),
    [{ name: "NODE_OPTIONS", value: "--x" }],
  );
});

test("autoscaling renders an autoscaling/v2 HPA and leaves the Deployment's replicas to it", () => {
  const objs = render(
    microservices((s) => {
      s.components.querier.autoscaling = {
        enabled: true,
        minReplicas: 2,
        maxReplicas: 6,
        targetMemoryUtilizationPercentage: 70,
      };
      s.components.distributor.autoscaling = { enabled: true, maxReplicas: 4 };
    }),
    [],
  );
  const q = byName(objs, "Deployment", "mimir-querier");
  assert.equal("replicas" in q.spec, false);
  const hpa = byName(objs, "HorizontalPodAutoscaler", "mimir-querier");
  assert.equal(hpa.apiVersion, "autoscaling/v2");
  assert.deepEqual(hpa.spec.scaleTargetRef, {
    apiVersion: "apps/v1",
    kind: "Deployment",
    name: "mimir-querier",
  });
  assert.equal(hpa.spec.minReplicas, 2);
  assert.equal(hpa.spec.maxReplicas, 6);
  assert.deepEqual(hpa.spec.metrics, [
    {
      type: "Resource",
      resource: { name: "memory", target: { type: "Utilization", averageUtilization: 70 } },
    },
  ]);
  const d = byName(objs, "HorizontalPodAutoscaler", "mimir-distributor");
  assert.equal(d.spec.minReplicas, 1);
  assert.equal(d.spec.metrics[0].resource.name, "cpu");
  assert.equal(d.spec.metrics[0].resource.target.averageUtilization, 80);
  // Without autoscaling: replicas set, no HPA.
  const plain = render(microservices(), []);
  assert.equal(byName(plain, "Deployment", "mimir-querier").spec.replicas, 3);
  assert.equal(
    plain.some((o) => o.kind === "HorizontalPodAutoscaler"),
    false,
  );
  // Bounds are checked by the CRD.
  const bad = microservices(
    (s) => (s.components.querier.autoscaling = { enabled: true, minReplicas: 5, maxReplicas: 2 }),
  );
  assert.match(
    schemaProblems(structuredClone(bad) as any).join("\n"),
    /spec\.components\.querier\.autoscaling: Invalid value: minReplicas must not be above maxReplicas/,
  );
});

test("a MimirTenant named with more than 150 characters needs spec.tenantId (Mimir's limit)", () => {
  const t = (name: string, tenantId?: string) => ({
    apiVersion: "mimirts.dev/v1alpha1",
    kind: "MimirTenant",
    metadata: { name },
    spec: { cluster: "mimir", ...(tenantId ? { tenantId } : {}) },
  });
  assert.deepEqual(schemaProblems(t("a".repeat(150))), []);
  assert.deepEqual(schemaProblems(t("a".repeat(151), "short")), []);
  assert.deepEqual(schemaProblems(t("a".repeat(151))), [
    "metadata.name: Invalid value: the tenant ID is the name when spec.tenantId is unset, and tenant IDs have at most 150 characters (this one has 151): set spec.tenantId",
  ]);
});
