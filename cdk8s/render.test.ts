import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { loadAll } from "js-yaml";
import * as models from "kubernetes-models";
import type { MimirCluster } from "./imports/mimirts.dev.ts";
import { type KubeObject, render, renderLayout } from "./render.ts";
import { EXAMPLES, exampleInput, matches, podTemplates, ROOT, runCli } from "./testutil.ts";

const SNAPSHOT_DIR = join(ROOT, "cdk8s", "__snapshots__");

/**
 * Examples whose processes cannot serve yet: `mimir-ts render` refuses them with this text.
 * Empty while every target the examples run is implemented.
 */
const REFUSED_EXAMPLES: Record<string, RegExp> = {};
const UPDATE = process.env.UPDATE_SNAPSHOTS === "1";

/** The layout of an example, including those render() refuses (see the refusal tests). */
function examplesObjects(name: string): KubeObject[] {
  const { cluster, tenants } = exampleInput(name);
  return renderLayout(cluster, tenants);
}

// ---------------------------------------------------------------------------------------------
// Snapshots: `mimir-ts render` output of each example.

for (const [name, files] of Object.entries(EXAMPLES).filter(([n]) => !(n in REFUSED_EXAMPLES))) {
  test(`snapshot: mimir-ts render ${files.map((f) => `-f ${f}`).join(" ")}`, async () => {
    const res = await runCli(files.flatMap((f) => ["-f", join(ROOT, f)]));
    assert.equal(res.stderr, "");
    assert.equal(res.code, 0);
    const file = join(SNAPSHOT_DIR, `${name}.yaml`);
    if (UPDATE || !existsSync(file)) {
      mkdirSync(SNAPSHOT_DIR, { recursive: true });
      writeFileSync(file, res.stdout);
    }
    assert.equal(
      res.stdout,
      readFileSync(file, "utf8"),
      `${file} differs; rerun with UPDATE_SNAPSHOTS=1 if the change is intended`,
    );
  });
}

for (const [name, refusal] of Object.entries(REFUSED_EXAMPLES)) {
  test(`mimir-ts render ${EXAMPLES[name].map((f) => `-f ${f}`).join(" ")} refuses, naming what is missing`, async () => {
    const res = await runCli(EXAMPLES[name].flatMap((f) => ["-f", join(ROOT, f)]));
    assert.equal(res.code, 1);
    assert.equal(res.stdout, "");
    assert.match(res.stderr, refusal);
  });
}

test("render refuses several monolithic replicas (no hash ring to share series)", () => {
  const { cluster } = exampleInput("monolithic");
  const c = structuredClone(cluster) as any;
  c.spec.storage = { backend: "s3", s3: { bucket: "bkt" } };
  c.spec.components.all.replicas = 3;
  assert.throws(
    () => render(c, []),
    /spec\.components\.all\.replicas: 3 monolithic replicas cannot run yet: replicas share series through the hash ring, and the renderer does not emit the memberlist and ring settings for it yet/,
  );
});

test("the monolithic config sets no memberlist, ring, ruler or alertmanager keys (nothing reads them)", async () => {
  const { loadAll: la } = await import("js-yaml");
  const objs = examplesObjects("monolithic");
  const cfg = la(
    objs.find((o) => o.metadata.name === "mimir-config")!.data["mimir.yaml"],
  )[0] as any;
  for (const key of [
    "memberlist",
    "ingester",
    "store_gateway",
    "ruler_storage",
    "alertmanager_storage",
    "frontend",
  ])
    assert.equal(cfg[key], undefined, key);
});

// ---------------------------------------------------------------------------------------------
// Offline validation against the Kubernetes OpenAPI schemas (kubernetes-models).

const MODEL_GROUPS: Record<string, any> = {
  v1: (models as any).v1,
  "apps/v1": (models as any).apps.v1,
  "policy/v1": (models as any).policy.v1,
  "networking.k8s.io/v1": (models as any).networkingK8sIo.v1,
  "autoscaling/v2": (models as any).autoscaling.v2,
};

function validateWithModels(o: KubeObject): void {
  const group = MODEL_GROUPS[o.apiVersion];
  assert.ok(group, `no model for ${o.apiVersion}`);
  const Model = group[o.kind];
  assert.ok(Model, `no model for ${o.apiVersion} ${o.kind}`);
  new Model(o).validate();
}

for (const name of Object.keys(EXAMPLES)) {
  test(`every object rendered for ${name} validates against the Kubernetes API schemas`, async () => {
    const objs =
      name in REFUSED_EXAMPLES
        ? examplesObjects(name)
        : (loadAll(
            (await runCli(EXAMPLES[name].flatMap((f) => ["-f", join(ROOT, f)]))).stdout,
          ) as KubeObject[]);
    assert.ok(objs.length > 5);
    for (const o of objs) {
      try {
        validateWithModels(o);
      } catch (err) {
        assert.fail(`${o.kind}/${o.metadata.name}: ${(err as Error).message}`);
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Structural rules.

function checkStructure(cluster: MimirCluster, objs: KubeObject[]): void {
  const pods = podTemplates(objs);
  const names = new Set<string>();
  for (const o of objs) {
    const key = `${o.kind}/${o.metadata.name}`;
    assert.ok(!names.has(key), `duplicate ${key}`);
    names.add(key);
    assert.equal(o.metadata.namespace, cluster.metadata.namespace ?? "default");
  }

  // Rollout groups: OnDelete, one StatefulSet per zone, ceil(replicas / zones) pods each.
  const groups = new Map<string, KubeObject[]>();
  for (const o of objs) {
    const g = o.metadata.labels?.["rollout-group"];
    if (o.kind === "StatefulSet" && g) groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  const zones = cluster.spec.zones ?? [];
  const zoneAware = zones.length >= 2 && cluster.spec.deploymentMode !== "monolithic";
  for (const [g, stss] of groups) {
    for (const s of stss) {
      assert.equal(
        s.spec.updateStrategy.type,
        "OnDelete",
        `${s.metadata.name}: rollout groups must be OnDelete`,
      );
      assert.equal(s.spec.podManagementPolicy, "Parallel");
      assert.ok(s.metadata.annotations["rollout-max-unavailable"]);
      assert.equal(s.spec.template.metadata.labels["rollout-group"], g);
      assert.equal(s.spec.template.metadata.labels.name, s.spec.selector.matchLabels.name);
      assert.ok(s.spec.volumeClaimTemplates?.length === 1);
    }
    const key = (
      {
        ingester: "ingester",
        "store-gateway": "storeGateway",
        write: "write",
        backend: "backend",
      } as Record<string, string>
    )[g];
    const total =
      (cluster.spec.components as any)?.[key]?.replicas ??
      { ingester: 3, storeGateway: 3, write: 3, backend: 3 }[key];
    if (zoneAware) {
      assert.equal(stss.length, zones.length, `${g}: one StatefulSet per zone`);
      for (const [i, s] of stss.entries()) {
        assert.equal(
          s.spec.replicas,
          Math.ceil(total / zones.length),
          `${s.metadata.name}: ceil(replicas/zones)`,
        );
        assert.equal(s.metadata.labels.zone, zones[i].name);
        const args: string[] = s.spec.template.spec.containers[0].args;
        assert.ok(
          args.some((a) => a.endsWith(`-availability-zone=${zones[i].name}`)),
          `${s.metadata.name}: zone flag`,
        );
        for (const [k, v] of Object.entries(zones[i].nodeSelector ?? {}))
          assert.equal(s.spec.template.spec.nodeSelector[k], v);
      }
    } else {
      assert.equal(stss.length, 1);
      assert.equal(stss[0].spec.replicas, total);
    }
  }

  // Workloads: selectors match their own templates; StatefulSets name an existing headless Service.
  for (const p of pods) {
    assert.ok(
      matches(p.owner.spec.selector.matchLabels, p.labels),
      `${p.owner.metadata.name}: selector does not match its template`,
    );
    if (p.owner.kind === "StatefulSet") {
      const svc = objs.find(
        (o) => o.kind === "Service" && o.metadata.name === p.owner.spec.serviceName,
      );
      assert.ok(
        svc,
        `${p.owner.metadata.name}: serviceName ${p.owner.spec.serviceName} not rendered`,
      );
      assert.equal(svc.spec.clusterIP, "None");
    }
    for (const c of p.spec.containers) {
      if (c.name !== "exporter" && c.name !== "memcached") {
        assert.equal(c.readinessProbe.httpGet.path, "/ready");
        assert.ok(p.owner.spec.template.metadata.annotations["checksum/config"]);
      }
      assert.ok(c.resources?.requests, `${p.owner.metadata.name}/${c.name}: resources`);
    }
  }

  // Services select pods that exist, and target ports those pods declare.
  for (const svc of objs.filter((o) => o.kind === "Service")) {
    const selected = pods.filter((p) => matches(svc.spec.selector, p.labels));
    assert.ok(selected.length > 0, `Service ${svc.metadata.name} selects no pods`);
    for (const port of svc.spec.ports) {
      for (const p of selected) {
        const declared = p.spec.containers.flatMap((c: any) => c.ports ?? []);
        assert.ok(
          declared.some(
            (d: any) => d.name === port.targetPort || d.containerPort === port.targetPort,
          ),
          `Service ${svc.metadata.name} port ${port.name} targets ${port.targetPort}, not declared by ${p.owner.metadata.name}`,
        );
      }
    }
  }
  const gossip = objs.find(
    (o) => o.kind === "Service" && o.metadata.name.endsWith("-gossip-ring"),
  )!;
  assert.equal(gossip.spec.publishNotReadyAddresses, true);
  assert.equal(gossip.spec.clusterIP, "None");

  // PDBs select pods that exist.
  for (const pdb of objs.filter((o) => o.kind === "PodDisruptionBudget")) {
    assert.ok(
      pods.some((p) => matches(pdb.spec.selector.matchLabels, p.labels)),
      `PDB ${pdb.metadata.name} selects no pods`,
    );
  }

  // Every port a NetworkPolicy admits is one every selected pod listens on; peers exist.
  for (const np of objs.filter((o) => o.kind === "NetworkPolicy")) {
    const selected = pods.filter((p) => matches(np.spec.podSelector.matchLabels, p.labels));
    assert.ok(selected.length > 0, `NetworkPolicy ${np.metadata.name} selects no pods`);
    for (const rule of np.spec.ingress) {
      for (const peer of rule.from ?? []) {
        assert.ok(
          pods.some((p) => matches(peer.podSelector.matchLabels, p.labels)),
          `NetworkPolicy ${np.metadata.name}: peer selects no pods`,
        );
      }
      for (const port of rule.ports) {
        for (const p of selected) {
          const listening = p.spec.containers.flatMap((c: any) =>
            (c.ports ?? []).map((x: any) => x.containerPort),
          );
          assert.ok(
            listening.includes(port.port),
            `NetworkPolicy ${np.metadata.name} admits ${port.port}, ${p.owner.metadata.name} does not listen on it`,
          );
        }
      }
    }
  }
}

for (const name of Object.keys(EXAMPLES)) {
  test(`structural rules hold for ${name}`, () => {
    const { cluster } = exampleInput(name);
    checkStructure(cluster, examplesObjects(name));
  });
}

test("structural rules hold for generated clusters (property)", () => {
  const zoneNames = ["zone-a", "zone-b", "zone-c", "zone-d"];
  fc.assert(
    fc.property(
      fc.constantFrom("read-write", "microservices"),
      fc.constantFrom(0, 1, 3, 4),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 20 }),
      fc.boolean(),
      fc.subarray(["chunks", "index", "metadata", "results"]),
      (mode, nz, ing, sg, np, caches) => {
        const cluster: any = {
          apiVersion: "mimirts.dev/v1alpha1",
          kind: "MimirCluster",
          metadata: { name: "p", namespace: "ns" },
          spec: {
            deploymentMode: mode,
            zones: zoneNames.slice(0, nz).map((name) => ({ name, nodeSelector: { zone: name } })),
            storage: { backend: "s3", s3: { bucket: "bkt" } },
            components:
              mode === "microservices"
                ? { ingester: { replicas: ing }, storeGateway: { replicas: sg } }
                : { write: { replicas: ing }, backend: { replicas: sg } },
            caches: Object.fromEntries(caches.map((c) => [c, { enabled: true }])),
            networkPolicy: { enabled: np },
          },
        };
        checkStructure(cluster, renderLayout(cluster, []));
      },
    ),
    { numRuns: 40 },
  );
});

test("monolithic mode is one StatefulSet running -target=all", () => {
  const objs = examplesObjects("monolithic");
  const workloads = objs.filter((o) => o.kind === "StatefulSet" || o.kind === "Deployment");
  assert.equal(workloads.length, 1);
  assert.equal(workloads[0].kind, "StatefulSet");
  assert.deepEqual(workloads[0].spec.template.spec.containers[0].args.slice(0, 1), ["-target=all"]);
});

test("microservices mode renders every component with its workload kind", () => {
  const objs = examplesObjects("microservices-s3");
  const kinds = Object.fromEntries(
    objs
      .filter((o) => o.kind === "StatefulSet" || o.kind === "Deployment")
      .map((o) => [o.metadata.name, o.kind]),
  );
  for (const d of [
    "distributor",
    "querier",
    "query-frontend",
    "query-scheduler",
    "ruler",
    "overrides-exporter",
  ])
    assert.equal(kinds[`mimir-${d}`], "Deployment", d);
  for (const s of [
    "alertmanager",
    "compactor",
    "ingester-zone-a",
    "ingester-zone-c",
    "store-gateway-zone-b",
    "chunks-cache",
    "index-cache",
    "metadata-cache",
    "results-cache",
  ])
    assert.equal(kinds[`mimir-${s}`], "StatefulSet", s);
  const ing = objs.find((o) => o.metadata.name === "mimir-ingester-zone-b")!;
  assert.equal(ing.spec.replicas, 3);
  assert.equal(ing.metadata.annotations["rollout-max-unavailable"], "2");
  assert.equal(ing.spec.template.spec.terminationGracePeriodSeconds, 1200);
  const compactor = objs.find(
    (o) => o.kind === "StatefulSet" && o.metadata.name === "mimir-compactor",
  )!;
  assert.equal(compactor.spec.volumeClaimTemplates[0].spec.resources.requests.storage, "50Gi");
});

test("memcached flags and the client settings come from the cache spec", () => {
  const objs = examplesObjects("microservices-s3");
  const idx = objs.find(
    (o) => o.kind === "StatefulSet" && o.metadata.name === "mimir-index-cache",
  )!;
  assert.deepEqual(idx.spec.template.spec.containers[0].args.slice(0, 6), [
    "-m",
    "2048",
    "-o",
    "modern",
    "-I",
    "5m",
  ]);
  const cm = objs.find((o) => o.kind === "ConfigMap" && o.metadata.name === "mimir-config")!;
  const cfg = loadAll(cm.data["mimir.yaml"])[0] as any;
  assert.equal(
    cfg.blocks_storage.bucket_store.index_cache.memcached.max_item_size,
    5 * 1024 * 1024,
  );
  assert.match(
    cfg.blocks_storage.bucket_store.index_cache.memcached.addresses,
    /mimir-index-cache\.mimir\.svc\.cluster\.local\.$/,
  );
  assert.equal(cfg.frontend.results_cache.memcached.max_item_size, 5 * 1024 * 1024);
  assert.equal(cfg.frontend.cache_results, true);
  assert.equal(cfg.server.log_format, "json", "spec.config is merged last");
  assert.equal(cfg.server.http_listen_port, 8080);
});

test("runtime.yaml holds each tenant's overrides, keyed by tenant ID", () => {
  const objs = examplesObjects("microservices-s3");
  const cm = objs.find((o) => o.kind === "ConfigMap" && o.metadata.name === "mimir-runtime")!;
  const rt = loadAll(cm.data["runtime.yaml"])[0] as any;
  assert.deepEqual(Object.keys(rt.overrides), ["Batch_Jobs.prod", "team-a"]);
  assert.equal(rt.overrides["team-a"].ingestion_rate, 100000);
  assert.equal(rt.overrides["Batch_Jobs.prod"].max_global_exemplars_per_user, 100000);
});

test("rendering is deterministic, and a config change rolls the pods while a tenant change does not", () => {
  const { cluster, tenants } = exampleInput("microservices-s3");
  const a = renderLayout(cluster, tenants);
  assert.deepEqual(renderLayout(structuredClone(cluster), structuredClone(tenants).reverse()), a);
  const hash = (objs: KubeObject[]) =>
    objs.find((o) => o.metadata.name === "mimir-ingester-zone-a" && o.kind === "StatefulSet")!.spec
      .template.metadata.annotations["checksum/config"];
  const changed = structuredClone(cluster);
  changed.spec.limits!.ingestion_rate = 1;
  assert.notEqual(hash(renderLayout(changed, tenants)), hash(a));
  assert.equal(hash(renderLayout(cluster, tenants.slice(1))), hash(a));
});

test("render does not modify its input", () => {
  const { cluster, tenants } = exampleInput("monolithic");
  const before = structuredClone(cluster);
  renderLayout(cluster, tenants);
  assert.deepEqual(cluster, before);
});

test("extra args and env, scheduling, persistence and pause reach the pods", () => {
  const { cluster } = exampleInput("microservices-s3");
  const c = structuredClone(cluster);
  c.spec.paused = true;
  c.spec.zones![0].tolerations = [
    { key: "dedicated", operator: "Equal", value: "mimir", effect: "NoSchedule" },
  ];
  c.spec.components!.ingester = {
    ...c.spec.components!.ingester,
    extraArgs: { "log.level": "debug", "-ingester.max-series": "5" },
    extraEnv: [{ name: "GOGC", value: "50" }],
    scheduling: {
      nodeSelector: { pool: "ingest" },
      priorityClassName: "high",
      tolerations: [{ key: "all", operator: "Exists" }],
    },
    persistence: { size: "100Gi", storageClassName: "fast" },
  };
  const objs = renderLayout(c, []);
  const sts = objs.find(
    (o) => o.kind === "StatefulSet" && o.metadata.name === "mimir-ingester-zone-a",
  )!;
  const pod = sts.spec.template.spec;
  assert.deepEqual(pod.containers[0].args.slice(-2), [
    "-ingester.max-series=5",
    "-log.level=debug",
  ]);
  assert.ok(pod.containers[0].env.some((e: any) => e.name === "GOGC" && e.value === "50"));
  assert.ok(
    pod.containers[0].env.some(
      (e: any) => e.name === "AWS_ACCESS_KEY_ID" && e.valueFrom.secretKeyRef.name === "mimir-s3",
    ),
  );
  assert.deepEqual(pod.nodeSelector, {
    pool: "ingest",
    "topology.kubernetes.io/zone": "eu-west-1a",
  });
  assert.deepEqual(
    pod.tolerations.map((t: any) => t.key),
    ["all", "dedicated"],
  );
  assert.equal(pod.priorityClassName, "high");
  assert.deepEqual(sts.spec.volumeClaimTemplates[0].spec, {
    accessModes: ["ReadWriteOnce"],
    storageClassName: "fast",
    resources: { requests: { storage: "100Gi" } },
  });
  assert.equal(sts.metadata.annotations["grafana.com/rollout-paused"], "true");
  const zoneB = objs.find(
    (o) => o.kind === "StatefulSet" && o.metadata.name === "mimir-ingester-zone-b",
  )!;
  assert.equal(
    zoneB.spec.template.spec.tolerations.length,
    1,
    "zone tolerations stay in their zone",
  );
});

test("one zone or none: a single StatefulSet per rollout group, no zone awareness", async () => {
  const { loadAll: la } = await import("js-yaml");
  for (const zones of [[], [{ name: "only" }]]) {
    const { cluster } = exampleInput("microservices-s3");
    const c = structuredClone(cluster);
    c.spec.zones = zones;
    const objs = renderLayout(c, []);
    const ing = objs.filter(
      (o) => o.kind === "StatefulSet" && o.metadata.labels["rollout-group"] === "ingester",
    );
    assert.deepEqual(
      ing.map((o) => o.metadata.name),
      ["mimir-ingester"],
    );
    assert.equal(ing[0].spec.replicas, 9);
    assert.ok(
      !ing[0].spec.template.spec.containers[0].args.some((a: string) =>
        a.includes("availability-zone"),
      ),
    );
    const cfg = la(
      objs.find((o) => o.metadata.name === "mimir-config")!.data["mimir.yaml"],
    )[0] as any;
    assert.equal(cfg.ingester.ring.zone_awareness_enabled, false);
    assert.equal(cfg.ingester.ring.replication_factor, 3);
  }
});

test("effectiveLimits: cluster limits with the tenant's on top", async () => {
  const { effectiveLimits } = await import("./topology.ts");
  const { cluster, tenants } = exampleInput("microservices-s3");
  const eff = effectiveLimits(cluster, tenants[0]);
  assert.equal(eff.ingestion_rate, 100000);
  assert.equal(eff.out_of_order_time_window, "10m");
});

test("free-form Kubernetes pieces (affinity, topology spread, env valueFrom) come out exactly as given", () => {
  const { cluster } = exampleInput("microservices-s3");
  const c = structuredClone(cluster);
  const affinity = {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 100,
          podAffinityTerm: {
            topologyKey: "kubernetes.io/hostname",
            labelSelector: {
              matchExpressions: [
                { key: "app.kubernetes.io/component", operator: "In", values: ["querier"] },
              ],
            },
            namespaceSelector: {},
          },
        },
      ],
    },
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          {
            matchExpressions: [
              { key: "kubernetes.io/arch", operator: "In", values: ["amd64", "arm64"] },
            ],
          },
        ],
      },
    },
  };
  const topologySpreadConstraints = [
    {
      maxSkew: 1,
      topologyKey: "topology.kubernetes.io/zone",
      whenUnsatisfiable: "ScheduleAnyway",
      labelSelector: { matchLabels: { name: "querier" } },
      minDomains: 2,
    },
  ];
  const env = [
    { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP", apiVersion: "v1" } } },
    { name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
  ];
  c.spec.components!.querier = {
    replicas: 2,
    scheduling: { affinity, topologySpreadConstraints },
    extraEnv: env,
  };
  const q = renderLayout(c, []).find(
    (o) => o.kind === "Deployment" && o.metadata.name === "mimir-querier",
  )!;
  const pod = q.spec.template.spec;
  assert.deepEqual(pod.affinity, affinity);
  assert.deepEqual(pod.topologySpreadConstraints, topologySpreadConstraints);
  assert.deepEqual(pod.containers[0].env.slice(-2), env);
});

test("ports moved by spec.config move the containers, probes, policies and addresses; Services keep theirs", async () => {
  const { loadAll: la } = await import("js-yaml");
  const { cluster } = exampleInput("microservices-s3");
  const c = structuredClone(cluster);
  c.spec.config = {
    server: { http_listen_port: 9009, grpc_listen_port: 9096 },
    memberlist: { bind_port: 7947 },
  };
  const objs = renderLayout(c, []);
  checkStructure(c, objs);
  const ing = objs.find(
    (o) => o.kind === "StatefulSet" && o.metadata.name === "mimir-ingester-zone-a",
  )!;
  assert.deepEqual(
    ing.spec.template.spec.containers[0].ports.map((p: any) => p.containerPort),
    [9009, 9096, 7947],
  );
  const svc = objs.find((o) => o.kind === "Service" && o.metadata.name === "mimir-distributor")!;
  assert.deepEqual(
    svc.spec.ports.map((p: any) => [p.port, p.targetPort]),
    [
      [8080, "http-metrics"],
      [9095, "grpc"],
    ],
  );
  const cfg = la(
    objs.find((o) => o.metadata.name === "mimir-config")!.data["mimir.yaml"],
  )[0] as any;
  assert.equal(
    cfg.memberlist.join_members[0],
    "dns+mimir-gossip-ring.mimir.svc.cluster.local.:7947",
  );
  assert.match(cfg.frontend.scheduler_address, /:9096$/);
});

test("any input either renders or fails with a ValidationError, never a crash (property)", async () => {
  const { ValidationError } = await import("./validate.ts");
  const junk = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -3, max: 30 }),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constant({}),
    fc.constant([]),
  );
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, junk);
  const spec = fc.record(
    {
      deploymentMode: maybe(fc.constantFrom("monolithic", "read-write", "microservices")),
      zones: maybe(
        fc.array(
          fc.record({ name: maybe(fc.constantFrom("a", "b", "zone-c")) }, { requiredKeys: [] }),
          { maxLength: 4 },
        ),
      ),
      storage: maybe(
        fc.record(
          {
            backend: maybe(fc.constantFrom("s3", "filesystem")),
            s3: maybe(fc.record({ bucket: maybe(fc.constant("bucket")) }, { requiredKeys: [] })),
          },
          { requiredKeys: [] },
        ),
      ),
      components: maybe(
        fc.record(
          {
            ingester: maybe(fc.record({ replicas: junk }, { requiredKeys: [] })),
            all: maybe(fc.record({ replicas: junk }, { requiredKeys: [] })),
          },
          { requiredKeys: [] },
        ),
      ),
      caches: maybe(
        fc.record(
          { chunks: maybe(fc.record({ enabled: junk, memoryMiB: junk }, { requiredKeys: [] })) },
          { requiredKeys: [] },
        ),
      ),
      limits: maybe(
        fc.record({ ingestion_rate: junk, out_of_order_time_window: junk }, { requiredKeys: [] }),
      ),
      config: maybe(
        fc.record(
          { server: maybe(fc.record({ http_listen_port: junk }, { requiredKeys: [] })) },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(spec, (s) => {
      const cluster: any = {
        apiVersion: "mimirts.dev/v1alpha1",
        kind: "MimirCluster",
        metadata: { name: "f", namespace: "ns" },
        spec: s,
      };
      try {
        checkStructure(cluster, render(cluster, []));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        assert.match(err.message, /spec(\.|:)|spec\b/);
      }
    }),
    { numRuns: 300 },
  );
});
