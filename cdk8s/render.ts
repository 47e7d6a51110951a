/**
 * The renderer: `render(cluster, tenants)` turns a MimirCluster and its MimirTenants into the
 * Kubernetes objects that run it, in a deterministic order. Pure: no I/O, no clock, no
 * randomness. The operator applies exactly these objects; `mimir-ts render` prints them.
 *
 * One construct per component (MimirStatefulSetComponent, ZonedComponent, DeploymentComponent,
 * MemcachedCache), plus ClusterResources for what the components share (ServiceAccount,
 * ConfigMaps, the gossip-ring Service, NetworkPolicies). Objects are the typed L1 classes of
 * cdk8s-plus-28 (`k8s.KubeStatefulSet`, ...), so every field is checked against the Kubernetes
 * 1.28 API at compile time.
 */
import { createHash } from "node:crypto";
import { type ApiObject, App, Chart, JsonPatch } from "cdk8s";
import { k8s } from "cdk8s-plus-28";
import { Construct } from "constructs";
import { dump } from "js-yaml";
import type { MimirCluster, MimirTenant } from "./imports/mimirts.dev.ts";
import {
  CONFIG_DIR,
  type CachePlan,
  type ComponentPlan,
  DATA_DIR,
  defaultMemoryLimit,
  GOSSIP_PORT,
  GRPC_PORT,
  HTTP_PORT,
  heapMiBFor,
  MEMCACHED_EXPORTER_PORT,
  MEMCACHED_PORT,
  mimirConfig,
  NOT_IMPLEMENTED_TARGETS,
  type Plan,
  plan,
  RUNTIME_DIR,
  runtimeConfig,
  type Zone,
} from "./topology.ts";
import { schemaProblems, ValidationError } from "./validate.ts";

export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [k: string]: any };
  [k: string]: any;
};

export const MEMCACHED_IMAGE = "memcached:1.6.38-alpine";
export const MEMCACHED_EXPORTER_IMAGE = "prom/memcached-exporter:v0.15.2";
export const MANAGED_BY = "mimir-ts";

const KIND_ORDER = [
  "ServiceAccount",
  "ConfigMap",
  "Service",
  "Deployment",
  "StatefulSet",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "NetworkPolicy",
];

const { IntOrString, Quantity } = k8s;
const ios = (v: string | number) =>
  typeof v === "number" ? IntOrString.fromNumber(v) : IntOrString.fromString(v);
const qty = (v: string | number) =>
  typeof v === "number" ? Quantity.fromNumber(v) : Quantity.fromString(v);
function qtyMap(
  m: Record<string, string | number> | undefined,
): Record<string, k8s.Quantity> | undefined {
  if (!m) return undefined;
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, qty(v)]));
}
function resourcesFrom(r: {
  requests?: Record<string, string | number>;
  limits?: Record<string, string | number>;
}): k8s.ResourceRequirements {
  return { requests: qtyMap(r.requests), limits: qtyMap(r.limits) };
}

export function yamlText(v: unknown): string {
  return dump(v, { lineWidth: -1, noRefs: true, sortKeys: false });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function labelsFor(p: Plan, component: string, appName = "mimir"): Record<string, string> {
  return {
    "app.kubernetes.io/name": appName,
    "app.kubernetes.io/instance": p.name,
    "app.kubernetes.io/component": component,
  };
}

function commonLabels(p: Plan, component: string, appName = "mimir"): Record<string, string> {
  return {
    ...labelsFor(p, component, appName),
    "app.kubernetes.io/managed-by": MANAGED_BY,
    "app.kubernetes.io/version": p.cluster.spec.version ?? "0.1.0",
  };
}

interface Ctx {
  plan: Plan;
  configHash: string;
  serviceAccount: string;
  configMap: string;
  runtimeConfigMap: string;
}

function meta(
  ctx: Ctx,
  name: string,
  labels: Record<string, string>,
  annotations?: Record<string, string>,
): k8s.ObjectMeta {
  return { name, namespace: ctx.plan.namespace, labels, ...(annotations ? { annotations } : {}) };
}

const podSecurityContext: k8s.PodSecurityContext = {
  runAsNonRoot: true,
  runAsUser: 10001,
  runAsGroup: 10001,
  fsGroup: 10001,
  seccompProfile: { type: "RuntimeDefault" },
};
const containerSecurityContext: k8s.SecurityContext = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ["ALL"] },
  readOnlyRootFilesystem: true,
};

/** Writable scratch space under a read-only root filesystem (Node's compile cache, temp files). */
const TMP_DIR = "/tmp";

// ---------------------------------------------------------------------------------------------
// Mimir pods.

function mimirArgs(c: ComponentPlan, zone: Zone | undefined, zoneAware: boolean): string[] {
  const args = [`-target=${c.def.target}`, `-config.file=${CONFIG_DIR}/mimir.yaml`];
  if (zoneAware && zone) for (const f of c.def.zoneFlags) args.push(`-${f}=${zone.name}`);
  const extra = c.settings.extraArgs ?? {};
  const given = new Set(Object.keys(extra).map((k) => k.replace(/^-+/, "")));
  if (c.def.shutdownDelay && !given.has("shutdown-delay"))
    args.push(`-shutdown-delay=${c.def.shutdownDelay}`);
  for (const [k, v] of Object.entries(extra).sort(([a], [b]) => (a < b ? -1 : 1))) {
    args.push(`-${k.replace(/^-+/, "")}=${v}`);
  }
  return args;
}

function mimirEnv(ctx: Ctx, c: ComponentPlan): unknown[] {
  const env: unknown[] = [];
  const s3 = ctx.plan.cluster.spec.storage?.s3;
  if (ctx.plan.cluster.spec.storage?.backend === "s3" && s3?.credentialsSecret) {
    const sec = s3.credentialsSecret;
    env.push(
      {
        name: "AWS_ACCESS_KEY_ID",
        valueFrom: {
          secretKeyRef: { name: sec.name, key: sec.accessKeyIdKey ?? "AWS_ACCESS_KEY_ID" },
        },
      },
      {
        name: "AWS_SECRET_ACCESS_KEY",
        valueFrom: {
          secretKeyRef: { name: sec.name, key: sec.secretAccessKeyKey ?? "AWS_SECRET_ACCESS_KEY" },
        },
      },
    );
  }
  const extraEnv = c.settings.extraEnv ?? [];
  const heap = heapMiBFor(resourcesOf(c).limits?.memory?.value as string | number | undefined);
  if (heap !== undefined && !extraEnv.some((e) => e.name === "NODE_OPTIONS"))
    env.push({ name: "NODE_OPTIONS", value: `--max-old-space-size=${heap}` });
  for (const e of extraEnv) env.push(structuredClone(e));
  return env;
}

function mimirPorts(p: Plan, c: ComponentPlan): k8s.ContainerPort[] {
  const ports: k8s.ContainerPort[] = [
    { name: "http-metrics", containerPort: p.ports.http, protocol: "TCP" },
    { name: "grpc", containerPort: p.ports.grpc, protocol: "TCP" },
  ];
  if (c.def.memberlist)
    ports.push({ name: "memberlist", containerPort: p.ports.gossip, protocol: "TCP" });
  return ports;
}

/**
 * The spec's resources, else the component's default requests; a memory limit always (1.5 times
 * the memory request when the spec sets none), from which the heap size is derived (mimirEnv).
 */
function resourcesOf(c: ComponentPlan): k8s.ResourceRequirements {
  const given = c.settings.resources;
  const r =
    given && (given.requests || given.limits)
      ? { requests: given.requests, limits: given.limits }
      : { requests: c.def.defaultRequests as Record<string, string | number> };
  if (r.limits?.memory === undefined) {
    const limit = defaultMemoryLimit(r.requests?.memory ?? c.def.defaultRequests.memory);
    if (limit) r.limits = { ...(r.limits ?? {}), memory: limit };
  }
  return resourcesFrom(r);
}

type Scheduling = {
  -readonly [K in "nodeSelector" | "tolerations" | "priorityClassName"]?: k8s.PodSpec[K];
};

function schedulingOf(
  c: { settings: { scheduling?: ComponentPlan["settings"]["scheduling"] } },
  zone: Zone | undefined,
): Scheduling {
  const s = c.settings.scheduling ?? {};
  const out: Scheduling = {};
  const nodeSelector = { ...(s.nodeSelector ?? {}), ...(zone?.nodeSelector ?? {}) };
  if (Object.keys(nodeSelector).length > 0) out.nodeSelector = nodeSelector;
  const tolerations = [...(s.tolerations ?? []), ...(zone?.tolerations ?? [])];
  if (tolerations.length > 0) out.tolerations = structuredClone(tolerations) as k8s.Toleration[];
  if (s.priorityClassName) out.priorityClassName = s.priorityClassName;
  return out;
}

/**
 * The free-form pieces of a pod (affinity, topology spread constraints, environment) go in
 * as JSON patches: the typed L1 props would drop what they cannot map (a Quantity given as a
 * string, say), and these must come out exactly as the user wrote them.
 */
function podPatches(
  c: { settings: { scheduling?: ComponentPlan["settings"]["scheduling"] } },
  env: unknown[] = [],
  defaults: Spread = {},
): JsonPatch[] {
  const s = c.settings.scheduling ?? {};
  const patches: JsonPatch[] = [];
  const affinity = s.affinity ?? defaults.affinity;
  if (affinity)
    patches.push(JsonPatch.add("/spec/template/spec/affinity", structuredClone(affinity)));
  const spread = s.topologySpreadConstraints ?? defaults.topologySpreadConstraints;
  if (spread)
    patches.push(
      JsonPatch.add("/spec/template/spec/topologySpreadConstraints", structuredClone(spread)),
    );
  if (env.length > 0)
    patches.push(JsonPatch.add("/spec/template/spec/containers/0/env", structuredClone(env)));
  return patches;
}

/** Default placement of a workload's pods, used where the spec's scheduling sets none. */
interface Spread {
  affinity?: unknown;
  topologySpreadConstraints?: unknown[];
}

/**
 * Pods of one workload spread over nodes (soft: ScheduleAnyway), as Mimir's Helm chart does.
 * Zone StatefulSets also keep off nodes that run the same group's pods of another zone (hard:
 * losing one node must never take down two zones).
 */
function spreadOf(selector: Record<string, string>, group?: string, zone?: string): Spread {
  const out: Spread = {
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: "kubernetes.io/hostname",
        whenUnsatisfiable: "ScheduleAnyway",
        labelSelector: { matchLabels: selector },
      },
    ],
  };
  if (group && zone)
    out.affinity = {
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [
          {
            labelSelector: {
              matchExpressions: [
                { key: "rollout-group", operator: "In", values: [group] },
                { key: "zone", operator: "NotIn", values: [zone] },
              ],
            },
            topologyKey: "kubernetes.io/hostname",
          },
        ],
      },
    };
  return out;
}

/**
 * Registers patches applied to the object's final JSON. (ApiObject.addJsonPatch is not enough:
 * the L1 classes map their JSON through the typed props again after patching.)
 */
function withPatches(obj: ApiObject, patches: JsonPatch[]): void {
  if (patches.length === 0) return;
  const registry = RAW_PATCHES.get(Chart.of(obj));
  registry?.set(`${obj.kind}/${obj.name}`, patches);
}

const RAW_PATCHES = new WeakMap<Chart, Map<string, JsonPatch[]>>();

function mimirPodTemplate(
  ctx: Ctx,
  c: ComponentPlan,
  labels: Record<string, string>,
  zone: Zone | undefined,
  dataFromClaim: boolean,
): k8s.PodTemplateSpec {
  const p = ctx.plan;
  const volumes: k8s.Volume[] = [
    { name: "config", configMap: { name: ctx.configMap } },
    { name: "runtime-config", configMap: { name: ctx.runtimeConfigMap } },
    { name: "tmp", emptyDir: {} },
  ];
  if (!dataFromClaim) volumes.push({ name: "storage", emptyDir: {} });
  return {
    metadata: { labels, annotations: { "checksum/config": ctx.configHash } },
    spec: {
      serviceAccountName: ctx.serviceAccount,
      securityContext: podSecurityContext,
      terminationGracePeriodSeconds: c.def.terminationGracePeriodSeconds,
      ...schedulingOf(c, zone),
      containers: [
        {
          name: c.def.name,
          image: p.image,
          imagePullPolicy: p.cluster.spec.image?.pullPolicy ?? "IfNotPresent",
          args: mimirArgs(c, zone, p.zoneAware),
          ports: mimirPorts(p, c),
          readinessProbe: {
            httpGet: { path: "/ready", port: ios("http-metrics") },
            initialDelaySeconds: 15,
            periodSeconds: 10,
            timeoutSeconds: 1,
          },
          resources: resourcesOf(c),
          securityContext: containerSecurityContext,
          volumeMounts: [
            { name: "config", mountPath: CONFIG_DIR },
            { name: "runtime-config", mountPath: RUNTIME_DIR },
            { name: "storage", mountPath: DATA_DIR },
            { name: "tmp", mountPath: TMP_DIR },
          ],
        },
      ],
      volumes,
    },
  };
}

function claimTemplate(
  persistence: NonNullable<ComponentPlan["persistence"]>,
): k8s.KubePersistentVolumeClaimProps {
  return {
    metadata: { name: "storage" },
    spec: {
      accessModes: ["ReadWriteOnce"],
      ...(persistence.storageClassName ? { storageClassName: persistence.storageClassName } : {}),
      resources: { requests: { storage: qty(String(persistence.size)) } },
    },
  };
}

/** ClusterIP and headless Services of a component, selecting all its pods (every zone). */
function componentServices(scope: Construct, ctx: Ctx, c: ComponentPlan): void {
  const p = ctx.plan;
  const ports: k8s.ServicePort[] = [
    { name: "http-metrics", port: HTTP_PORT, targetPort: ios("http-metrics"), protocol: "TCP" },
    { name: "grpc", port: GRPC_PORT, targetPort: ios("grpc"), protocol: "TCP" },
  ];
  const selector = labelsFor(p, c.def.name);
  new k8s.KubeService(scope, "service", {
    metadata: meta(ctx, p.objectName(c.def.name), commonLabels(p, c.def.name)),
    spec: { type: "ClusterIP", ports, selector },
  });
  new k8s.KubeService(scope, "service-headless", {
    metadata: meta(ctx, p.objectName(`${c.def.name}-headless`), commonLabels(p, c.def.name)),
    spec: { clusterIp: "None", ports, selector },
  });
}

function componentPdb(scope: Construct, ctx: Ctx, c: ComponentPlan): void {
  const p = ctx.plan;
  new k8s.KubePodDisruptionBudget(scope, "pdb", {
    metadata: meta(ctx, p.objectName(c.def.name), commonLabels(p, c.def.name)),
    spec: { maxUnavailable: ios(1), selector: { matchLabels: labelsFor(p, c.def.name) } },
  });
}

function podLabels(
  p: Plan,
  c: ComponentPlan,
  extra: Record<string, string>,
): Record<string, string> {
  return {
    ...commonLabels(p, c.def.name),
    ...(c.def.memberlist ? { "app.kubernetes.io/part-of": "memberlist" } : {}),
    ...extra,
  };
}

/** Ingesters, store-gateways, and the write/backend groups: one OnDelete StatefulSet per zone. */
export class ZonedComponent extends Construct {
  constructor(scope: Construct, ctx: Ctx, c: ComponentPlan) {
    super(scope, c.def.name);
    const p = ctx.plan;
    const group = c.def.name;
    for (const { zone, replicas } of c.zones) {
      const zoned = p.zoneAware && zone !== undefined;
      const nameLabel = zoned ? `${group}-${zone.name}` : group;
      const selector = { ...labelsFor(p, group), name: nameLabel };
      const groupLabels: Record<string, string> = {
        "rollout-group": group,
        name: nameLabel,
        ...(zoned ? { zone: zone.name } : {}),
      };
      // The rollout settings also in the form grafana/rollout-operator reads, so the rendered
      // manifests work with it when the mimir-ts operator is not the one rolling them out.
      const rollout = p.cluster.spec.rollout ?? {};
      const labels = {
        ...commonLabels(p, group),
        ...groupLabels,
        "grafana.com/min-time-between-zones-downscale":
          rollout.minTimeBetweenZoneDownscales ?? "12h",
      };
      const annotations: Record<string, string> = {
        "rollout-max-unavailable": String(c.maxUnavailable),
      };
      if (p.cluster.spec.paused) annotations["grafana.com/rollout-paused"] = "true";
      const workload = new k8s.KubeStatefulSet(this, `sts-${nameLabel}`, {
        metadata: meta(ctx, p.objectName(nameLabel), labels, annotations),
        spec: {
          replicas,
          serviceName: p.objectName(`${group}-headless`),
          podManagementPolicy: "Parallel",
          updateStrategy: { type: "OnDelete" },
          selector: { matchLabels: selector },
          template: mimirPodTemplate(ctx, c, podLabels(p, c, groupLabels), zone, true),
          volumeClaimTemplates: [claimTemplate(c.persistence!)],
        },
      });
      withPatches(
        workload,
        podPatches(c, mimirEnv(ctx, c), spreadOf(selector, group, zoned ? zone.name : undefined)),
      );
    }
    componentServices(this, ctx, c);
    componentPdb(this, ctx, c);
  }
}

/** The compactor, the alertmanager and the monolithic `-target=all`: one StatefulSet. */
export class MimirStatefulSetComponent extends Construct {
  constructor(scope: Construct, ctx: Ctx, c: ComponentPlan) {
    super(scope, c.def.name);
    const p = ctx.plan;
    const labels = { ...commonLabels(p, c.def.name), name: c.def.name };
    const workload = new k8s.KubeStatefulSet(this, "sts", {
      metadata: meta(ctx, p.objectName(c.def.name), labels),
      spec: {
        replicas: c.replicas,
        serviceName: p.objectName(`${c.def.name}-headless`),
        podManagementPolicy: c.def.key === "all" ? "Parallel" : "OrderedReady",
        updateStrategy: { type: "RollingUpdate" },
        selector: { matchLabels: { ...labelsFor(p, c.def.name), name: c.def.name } },
        template: mimirPodTemplate(ctx, c, podLabels(p, c, { name: c.def.name }), undefined, true),
        volumeClaimTemplates: [claimTemplate(c.persistence!)],
      },
    });
    const selector = { ...labelsFor(p, c.def.name), name: c.def.name };
    withPatches(workload, podPatches(c, mimirEnv(ctx, c), spreadOf(selector)));
    componentServices(this, ctx, c);
    componentPdb(this, ctx, c);
  }
}

/** Stateless components: distributor, querier, query-frontend, query-scheduler, ruler, overrides-exporter, read. */
export class DeploymentComponent extends Construct {
  constructor(scope: Construct, ctx: Ctx, c: ComponentPlan) {
    super(scope, c.def.name);
    const p = ctx.plan;
    const labels = { ...commonLabels(p, c.def.name), name: c.def.name };
    const selector = { ...labelsFor(p, c.def.name), name: c.def.name };
    const hpa = c.settings.autoscaling?.enabled ? c.settings.autoscaling : undefined;
    const workload = new k8s.KubeDeployment(this, "deployment", {
      metadata: meta(ctx, p.objectName(c.def.name), labels),
      spec: {
        // Left out when an HPA scales the Deployment: the operator's server-side apply then
        // does not own the field and never resets what the HPA set.
        ...(hpa ? {} : { replicas: c.replicas }),
        strategy: {
          type: "RollingUpdate",
          rollingUpdate: { maxSurge: ios("15%"), maxUnavailable: ios(0) },
        },
        selector: { matchLabels: { ...labelsFor(p, c.def.name), name: c.def.name } },
        template: mimirPodTemplate(ctx, c, podLabels(p, c, { name: c.def.name }), undefined, false),
      },
    });
    withPatches(workload, podPatches(c, mimirEnv(ctx, c), spreadOf(selector)));
    if (hpa) {
      const metrics: k8s.MetricSpecV2[] = [];
      const target = (name: string, pct: number): k8s.MetricSpecV2 => ({
        type: "Resource",
        resource: { name, target: { type: "Utilization", averageUtilization: pct } },
      });
      if (hpa.targetCPUUtilizationPercentage !== undefined)
        metrics.push(target("cpu", hpa.targetCPUUtilizationPercentage));
      if (hpa.targetMemoryUtilizationPercentage !== undefined)
        metrics.push(target("memory", hpa.targetMemoryUtilizationPercentage));
      if (metrics.length === 0) metrics.push(target("cpu", 80));
      new k8s.KubeHorizontalPodAutoscalerV2(this, "hpa", {
        metadata: meta(ctx, p.objectName(c.def.name), commonLabels(p, c.def.name)),
        spec: {
          scaleTargetRef: {
            apiVersion: "apps/v1",
            kind: "Deployment",
            name: p.objectName(c.def.name),
          },
          minReplicas: hpa.minReplicas ?? 1,
          maxReplicas: hpa.maxReplicas ?? 10,
          metrics,
        },
      });
    }
    componentServices(this, ctx, c);
    componentPdb(this, ctx, c);
  }
}

// ---------------------------------------------------------------------------------------------
// Caches.

export function memcachedArgs(c: CachePlan): string[] {
  return [
    "-m",
    String(c.memoryMiB),
    "-o",
    "modern",
    "-I",
    `${c.maxItemSizeMiB}m`,
    "-c",
    "16384",
    "-v",
  ];
}

/** One memcached StatefulSet with its exporter sidecar, a headless Service and a PDB. */
export class MemcachedCache extends Construct {
  constructor(scope: Construct, ctx: Ctx, c: CachePlan) {
    super(scope, `${c.name}-cache`);
    const p = ctx.plan;
    const component = `${c.name}-cache`;
    const selector = labelsFor(p, component, "memcached");
    const labels = { ...commonLabels(p, component, "memcached"), name: component };
    // memcached's own bookkeeping needs room above -m (the Helm chart uses 1.2x).
    const memory = `${Math.ceil(c.memoryMiB * 1.2)}Mi`;
    const resources =
      c.settings.resources?.requests || c.settings.resources?.limits
        ? resourcesFrom(c.settings.resources)
        : resourcesFrom({ requests: { cpu: "500m", memory }, limits: { memory } });
    const workload = new k8s.KubeStatefulSet(this, "sts", {
      metadata: meta(ctx, c.objectName, labels),
      spec: {
        replicas: c.replicas,
        serviceName: c.objectName,
        podManagementPolicy: "Parallel",
        updateStrategy: { type: "RollingUpdate" },
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: { ...labels } },
          spec: {
            serviceAccountName: ctx.serviceAccount,
            securityContext: podSecurityContext,
            terminationGracePeriodSeconds: 60,
            ...schedulingOf(c, undefined),
            containers: [
              {
                name: "memcached",
                image: MEMCACHED_IMAGE,
                imagePullPolicy: "IfNotPresent",
                args: memcachedArgs(c),
                ports: [{ name: "client", containerPort: MEMCACHED_PORT, protocol: "TCP" }],
                resources,
                securityContext: { ...containerSecurityContext, readOnlyRootFilesystem: true },
              },
              {
                name: "exporter",
                image: MEMCACHED_EXPORTER_IMAGE,
                imagePullPolicy: "IfNotPresent",
                args: [
                  `--memcached.address=localhost:${MEMCACHED_PORT}`,
                  `--web.listen-address=0.0.0.0:${MEMCACHED_EXPORTER_PORT}`,
                ],
                ports: [
                  { name: "http-metrics", containerPort: MEMCACHED_EXPORTER_PORT, protocol: "TCP" },
                ],
                readinessProbe: {
                  httpGet: { path: "/metrics", port: ios("http-metrics") },
                  initialDelaySeconds: 5,
                  timeoutSeconds: 1,
                },
                resources: resourcesFrom({
                  requests: { cpu: "50m", memory: "64Mi" },
                  limits: { memory: "128Mi" },
                }),
                securityContext: { ...containerSecurityContext, readOnlyRootFilesystem: true },
              },
            ],
          },
        },
      },
    });
    withPatches(workload, podPatches(c));
    new k8s.KubeService(this, "service", {
      metadata: meta(ctx, c.objectName, commonLabels(p, component, "memcached")),
      spec: {
        clusterIp: "None",
        ports: [
          {
            name: "memcached-client",
            port: MEMCACHED_PORT,
            targetPort: ios("client"),
            protocol: "TCP",
          },
          {
            name: "http-metrics",
            port: MEMCACHED_EXPORTER_PORT,
            targetPort: ios("http-metrics"),
            protocol: "TCP",
          },
        ],
        selector,
      },
    });
    new k8s.KubePodDisruptionBudget(this, "pdb", {
      metadata: meta(ctx, c.objectName, commonLabels(p, component, "memcached")),
      spec: { maxUnavailable: ios(1), selector: { matchLabels: selector } },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Shared objects.

export class ClusterResources extends Construct {
  constructor(scope: Construct, ctx: Ctx, mimirYaml: string, runtimeYaml: string) {
    super(scope, "cluster");
    const p = ctx.plan;
    const labels = commonLabels(p, "mimir");
    new k8s.KubeServiceAccount(this, "service-account", {
      metadata: meta(ctx, ctx.serviceAccount, labels),
      automountServiceAccountToken: false,
    });
    new k8s.KubeConfigMap(this, "config", {
      metadata: meta(ctx, ctx.configMap, labels),
      data: { "mimir.yaml": mimirYaml },
    });
    new k8s.KubeConfigMap(this, "runtime-config", {
      metadata: meta(ctx, ctx.runtimeConfigMap, labels),
      data: { "runtime.yaml": runtimeYaml },
    });
    new k8s.KubeService(this, "gossip-ring", {
      metadata: meta(ctx, p.objectName("gossip-ring"), commonLabels(p, "gossip-ring")),
      spec: {
        clusterIp: "None",
        publishNotReadyAddresses: true,
        ports: [
          {
            name: "gossip-ring",
            port: GOSSIP_PORT,
            targetPort: ios("memberlist"),
            protocol: "TCP",
          },
        ],
        selector: {
          "app.kubernetes.io/instance": p.name,
          "app.kubernetes.io/part-of": "memberlist",
        },
      },
    });
    if (p.cluster.spec.networkPolicy?.enabled) this.networkPolicies(ctx);
  }

  /**
   * Ingress only: HTTP (API, remote write, /metrics) from anywhere; gRPC only between the
   * cluster's Mimir pods; gossip only between ring members; memcached only from Mimir pods;
   * the exporter's metrics from anywhere.
   */
  private networkPolicies(ctx: Ctx): void {
    const p = ctx.plan;
    const mimirPods = { "app.kubernetes.io/name": "mimir", "app.kubernetes.io/instance": p.name };
    const ringPods = {
      "app.kubernetes.io/instance": p.name,
      "app.kubernetes.io/part-of": "memberlist",
    };
    const tcp = (port: number): k8s.NetworkPolicyPort => ({ protocol: "TCP", port: ios(port) });
    const np = (
      id: string,
      name: string,
      podSelector: Record<string, string>,
      ingress: k8s.NetworkPolicyIngressRule[],
    ) =>
      new k8s.KubeNetworkPolicy(this, id, {
        metadata: meta(ctx, p.objectName(name), commonLabels(p, "network-policy")),
        spec: { podSelector: { matchLabels: podSelector }, policyTypes: ["Ingress"], ingress },
      });
    np("np-mimir", "mimir", mimirPods, [
      { ports: [tcp(p.ports.http)] },
      { from: [{ podSelector: { matchLabels: mimirPods } }], ports: [tcp(p.ports.grpc)] },
    ]);
    np("np-gossip", "gossip-ring", ringPods, [
      { from: [{ podSelector: { matchLabels: ringPods } }], ports: [tcp(p.ports.gossip)] },
    ]);
    if (p.caches.length > 0) {
      const cachePods = {
        "app.kubernetes.io/name": "memcached",
        "app.kubernetes.io/instance": p.name,
      };
      np("np-memcached", "memcached", cachePods, [
        { from: [{ podSelector: { matchLabels: mimirPods } }], ports: [tcp(MEMCACHED_PORT)] },
        { ports: [tcp(MEMCACHED_EXPORTER_PORT)] },
      ]);
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** Applies the CRD defaults to a copy and checks it; throws ValidationError when invalid. */
function checked<T extends { kind: string; metadata: { name: string } }>(obj: T): T {
  const copy = structuredClone(obj) as T;
  const problems = schemaProblems(copy as unknown as Record<string, any>);
  if (problems.length > 0) throw new ValidationError(`${obj.kind}/${obj.metadata?.name}`, problems);
  return copy;
}

function sortKeysDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeysDeep);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeysDeep((v as Record<string, unknown>)[k]);
  return out;
}

function sortObjects(objs: KubeObject[]): KubeObject[] {
  const rank = (k: string) => {
    const i = KIND_ORDER.indexOf(k);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return objs.sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0),
  );
}

/** The rendered config files, for tests and the operator's status. */
export function renderConfigFiles(
  cluster: MimirCluster,
  tenants: MimirTenant[],
): { mimirYaml: string; runtimeYaml: string } {
  const p = plan(checked(cluster));
  return {
    mimirYaml: yamlText(mimirConfig(p)),
    runtimeYaml: yamlText(runtimeConfig(tenants.map(checked))),
  };
}

/**
 * Why the planned processes could not serve with this release (as ValidationError problems), or
 * an empty list: pods of a component whose target is not implemented yet (a process given it as
 * -target exits; in read-write mode the groups run such modules idle), and monolithic mode with
 * more than one replica (the renderer gives the single process no ring settings).
 */
export function cannotRunProblems(p: Plan): string[] {
  const problems: string[] = [];
  for (const c of p.components) {
    if (c.replicas > 0 && NOT_IMPLEMENTED_TARGETS.includes(c.def.target))
      problems.push(
        `spec.components.${c.def.key}.replicas: ${c.replicas}: the ${c.def.target} is not implemented in this release; set replicas: 0${c.def.key === "queryFrontend" ? " (queries go to the querier Service)" : ""}`,
      );
  }
  const replicas = p.components.find((c) => c.def.key === "all")?.replicas ?? 1;
  if (replicas > 1) {
    problems.push(
      `spec.components.all.replicas: ${replicas} monolithic replicas cannot run yet: replicas share series through the hash ring, and the renderer does not emit the memberlist and ring settings for it yet; use 1`,
    );
  }
  return problems;
}

/**
 * Renders a MimirCluster and its MimirTenants into Kubernetes objects, sorted by kind
 * (ServiceAccount, ConfigMap, Service, Deployment, StatefulSet, PodDisruptionBudget,
 * HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy) then name. Defaults from the CRD schema are applied; invalid input, and a
 * cluster whose processes could not serve yet (cannotRunProblems), throw a ValidationError
 * naming the fields.
 */
export function render(cluster: MimirCluster, tenants: MimirTenant[] = []): KubeObject[] {
  const problems = cannotRunProblems(plan(checked(cluster)));
  if (problems.length > 0)
    throw new ValidationError(`${cluster.kind}/${cluster.metadata?.name}`, problems);
  return renderLayout(cluster, tenants);
}

/**
 * render() without the check that the processes can serve: the layout of every component, also
 * those not implemented yet (kept and tested for when they land).
 */
export function renderLayout(cluster: MimirCluster, tenants: MimirTenant[] = []): KubeObject[] {
  const c = checked(cluster);
  const ts = tenants.map(checked);
  const p = plan(c);
  const mimirYaml = yamlText(mimirConfig(p));
  const runtimeYaml = yamlText(runtimeConfig(ts));
  const ctx: Ctx = {
    plan: p,
    configHash: sha256(mimirYaml),
    serviceAccount: p.name,
    configMap: p.objectName("config"),
    runtimeConfigMap: p.objectName("runtime"),
  };
  const app = new App({ outdir: "/nonexistent" });
  const chart = new Chart(app, p.name, { disableResourceNameHashes: true });
  const patches = new Map<string, JsonPatch[]>();
  RAW_PATCHES.set(chart, patches);
  new ClusterResources(chart, ctx, mimirYaml, runtimeYaml);
  for (const comp of p.components) {
    if (comp.def.workload === "zoned") new ZonedComponent(chart, ctx, comp);
    else if (comp.def.workload === "statefulset") new MimirStatefulSetComponent(chart, ctx, comp);
    else new DeploymentComponent(chart, ctx, comp);
  }
  for (const cache of p.caches) new MemcachedCache(chart, ctx, cache);
  const objs = (chart.toJson() as KubeObject[]).map((o) => {
    const ps = patches.get(`${o.kind}/${o.metadata.name}`);
    // Sorted keys, as cdk8s sorts them, so patched parts read like the rest.
    return ps ? (sortKeysDeep(JsonPatch.apply(o, ...ps)) as KubeObject) : o;
  });
  return sortObjects(objs);
}

/** Objects as a multi-document YAML stream. */
export function toYamlStream(objs: KubeObject[]): string {
  return objs.map((o) => `---\n${yamlText(o)}`).join("");
}
