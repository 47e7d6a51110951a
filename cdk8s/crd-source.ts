/**
 * The two CustomResourceDefinitions of mimir-ts (API group mimirts.dev, v1alpha1), built as
 * plain objects. `node cdk8s/gen.ts` writes them to `crds/*.yaml` (the checked-in source of
 * truth that `kubectl apply`, Argo CD and Flux consume) and generates the TypeScript types in
 * `cdk8s/imports/mimirts.dev.ts` from those YAML files; `crds.test.ts` fails when either drifts.
 *
 * Per-tenant limits are generated from the component's own declaration (`limitsBlock`), so the
 * MimirTenant schema carries Mimir's key names, units, defaults and flags.
 */
import { type Block, type Field, isField } from "../components/util/config/spec.ts";
import { limitsBlock } from "../components/util/limits/limits.ts";

export const GROUP = "mimirts.dev";
export const VERSION = "v1alpha1";

export type Schema = Record<string, any>;

/** Go/Prometheus duration syntax, as Mimir's config accepts it ("10m", "1h30m", "0"). */
export const DURATION_PATTERN = "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h|d|w|y))+)$";
/** Kubernetes resource.Quantity syntax. */
export const QUANTITY_PATTERN =
  "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";
/** Tenant IDs as Mimir validates them (dskit tenant.ValidTenantID): at most 150 of [a-zA-Z0-9!-_.*'()]. */
export const TENANT_ID_PATTERN = "^[a-zA-Z0-9!_.*'()-]+$";
export const ZONE_NAME_PATTERN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

const str = (description: string, extra: Schema = {}): Schema => ({
  type: "string",
  description,
  ...extra,
});
const int = (description: string, extra: Schema = {}): Schema => ({
  type: "integer",
  format: "int32",
  description,
  ...extra,
});
const bool = (description: string, extra: Schema = {}): Schema => ({
  type: "boolean",
  description,
  ...extra,
});
const obj = (
  description: string,
  properties: Record<string, Schema>,
  extra: Schema = {},
): Schema => ({
  type: "object",
  description,
  properties,
  ...extra,
});
const stringMap = (description: string): Schema => ({
  type: "object",
  description,
  additionalProperties: { type: "string" },
});
const quantity = (description: string, extra: Schema = {}): Schema => ({
  description,
  "x-kubernetes-int-or-string": true,
  anyOf: [{ type: "integer" }, { type: "string" }],
  pattern: QUANTITY_PATTERN,
  ...extra,
});
const freeForm = (description: string): Schema => ({
  type: "object",
  description,
  "x-kubernetes-preserve-unknown-fields": true,
});
const freeList = (description: string): Schema => ({
  type: "array",
  description,
  items: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
});

const tolerations = (): Schema => ({
  type: "array",
  description: "Tolerations added to the pods (core/v1 Toleration).",
  items: obj("A toleration (core/v1 Toleration).", {
    key: str("The taint key the toleration applies to."),
    operator: str("Exists or Equal.", { enum: ["Exists", "Equal"] }),
    value: str("The taint value the toleration matches."),
    effect: str("The taint effect to match.", {
      enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"],
    }),
    tolerationSeconds: {
      type: "integer",
      format: "int64",
      description: "How long a NoExecute toleration tolerates the taint.",
    },
  }),
});

const resources = (): Schema =>
  obj(
    "Compute resources of the main container (core/v1 ResourceRequirements). Mimir containers always get a memory limit (1.5 times the memory request when unset), and Node's heap is sized from it: NODE_OPTIONS=--max-old-space-size of 75% of the limit (unless extraEnv sets NODE_OPTIONS), since Node otherwise caps its heap near 4 GiB whatever the limit.",
    {
      requests: {
        type: "object",
        description: "Minimum resources, e.g. cpu: 500m, memory: 1Gi.",
        additionalProperties: quantity("A quantity."),
      },
      limits: {
        type: "object",
        description: "Maximum resources.",
        additionalProperties: quantity("A quantity."),
      },
    },
  );

const scheduling = (): Schema =>
  obj("Where the pods run.", {
    nodeSelector: stringMap("Node labels the pods require."),
    tolerations: tolerations(),
    affinity: freeForm("Pod affinity (core/v1 Affinity), copied as is."),
    topologySpreadConstraints: freeList("Topology spread constraints (core/v1), copied as is."),
    priorityClassName: str("Priority class of the pods."),
  });

const persistence = (defaultSize: string): Schema =>
  obj("The persistent volume of each pod (a volumeClaimTemplate).", {
    size: quantity(`Size of the volume. Default ${defaultSize}.`, { default: defaultSize }),
    storageClassName: str("Storage class of the volume; the cluster default when unset."),
  });

const env = (): Schema => ({
  type: "array",
  description: "Extra environment variables of the main container (core/v1 EnvVar).",
  items: {
    type: "object",
    description: "An environment variable.",
    required: ["name"],
    properties: {
      name: str("Variable name.", { minLength: 1 }),
      value: str("Literal value."),
      valueFrom: freeForm("Source of the value (core/v1 EnvVarSource), copied as is."),
    },
  },
});

/** A HorizontalPodAutoscaler (autoscaling/v2) for a stateless component. */
const autoscaling = (name: string): Schema =>
  obj(
    `Scales the ${name} Deployment with a HorizontalPodAutoscaler (autoscaling/v2); the operator then leaves the Deployment's replicas to it, and replicas above is ignored.`,
    {
      enabled: bool("Render the HorizontalPodAutoscaler. Default false.", { default: false }),
      minReplicas: int("Fewest pods. Default 1.", { minimum: 1, default: 1 }),
      maxReplicas: int("Most pods. Default 10.", { minimum: 1, default: 10 }),
      targetCPUUtilizationPercentage: int(
        "Average CPU use across the pods, in percent of their CPU requests, the autoscaler aims at. Default 80 (when no memory target is set either).",
        { minimum: 1 },
      ),
      targetMemoryUtilizationPercentage: int(
        "Average memory use across the pods, in percent of their memory requests, the autoscaler aims at.",
        { minimum: 1 },
      ),
    },
    { "x-kubernetes-validations": CLUSTER_RULES.autoscaling },
  );

/** Settings shared by every Mimir component. */
function componentSpec(
  name: string,
  opts: {
    replicas: number;
    zoned?: boolean;
    persistent?: string;
    maxUnavailable?: number;
    autoscaling?: boolean;
  },
): Schema {
  const props: Record<string, Schema> = {
    replicas: int(
      opts.zoned
        ? `Total number of ${name} pods across all zones; each zone gets ceil(replicas / zones). Default ${opts.replicas}.`
        : `Number of ${name} pods. Default ${opts.replicas}.`,
      { minimum: 0, default: opts.replicas },
    ),
    resources: resources(),
    extraArgs: {
      type: "object",
      description:
        'Extra command-line flags, without the leading dash: {"log.level": "debug"} becomes -log.level=debug.',
      additionalProperties: { type: "string" },
    },
    extraEnv: env(),
    scheduling: scheduling(),
  };
  if (opts.persistent) props.persistence = persistence(opts.persistent);
  if (opts.autoscaling) props.autoscaling = autoscaling(name);
  if (opts.zoned)
    props.maxUnavailable = int(
      `Pods of one zone that a rollout may take down at once (the rollout-max-unavailable annotation). Default: spec.rollout.maxUnavailablePerZone.`,
      { minimum: 1 },
    );
  return obj(`Settings of the ${name} pods.`, props);
}

function cacheSpec(name: string, memoryMiB: number): Schema {
  return obj(`The ${name} cache: a memcached StatefulSet with a headless Service.`, {
    enabled: bool(`Runs the ${name} cache and points Mimir at it. Default false.`, {
      default: false,
    }),
    replicas: int("Number of memcached pods. Default 1.", { minimum: 0, default: 1 }),
    memoryMiB: int(
      `Memory memcached may use for items, in MiB (memcached -m). Default ${memoryMiB}.`,
      {
        minimum: 64,
        default: memoryMiB,
      },
    ),
    maxItemSizeMiB: int(
      "Largest item memcached stores, in MiB (memcached -I, and the client's max_item_size). Default 1.",
      {
        minimum: 1,
        maximum: 1024,
        default: 1,
      },
    ),
    resources: resources(),
    scheduling: scheduling(),
  });
}

// ---------------------------------------------------------------------------------------------
// Limits, generated from limitsBlock.

function unitOf(key: string, field: Field<any>): string {
  if (field.kind === "duration") return "a duration such as 30s, 10m, 1h, 7d";
  if (/_bytes$|_size_bytes/.test(key)) return "bytes";
  if (key === "ingestion_rate") return "samples per second";
  if (key === "request_rate") return "requests per second";
  if (key.includes("rate_limit")) return "per second";
  return "";
}

function defaultText(field: Field<any>): string {
  const d = field.default;
  if (field.kind === "duration") {
    if (d === 0) return "0s";
    const units: [string, number][] = [
      ["w", 604_800_000],
      ["d", 86_400_000],
      ["h", 3_600_000],
      ["m", 60_000],
      ["s", 1000],
    ];
    for (const [u, n] of units) if (d % n === 0) return `${d / n}${u}`;
    return `${d}ms`;
  }
  return JSON.stringify(d);
}

function fieldSchema(key: string, field: Field<any>): Schema {
  const unit = unitOf(key, field);
  const parts = [field.help.trim()];
  if (unit) parts.push(`Unit: ${unit}.`);
  if (field.flag) parts.push(`Flag: -${field.flag}.`);
  parts.push(`Mimir default: ${defaultText(field)}.`);
  const description = parts.join(" ");
  const nonNegative = field.validate?.(-1) !== undefined;
  switch (field.kind) {
    case "int":
      return {
        type: "integer",
        format: "int64",
        description,
        ...(nonNegative ? { minimum: 0 } : {}),
      };
    case "float":
      return { type: "number", description, ...(nonNegative ? { minimum: 0 } : {}) };
    case "bool":
      return { type: "boolean", description };
    case "duration":
      return {
        type: "string",
        description,
        pattern: nonNegative ? DURATION_PATTERN : DURATION_PATTERN.replace("^", "^-?"),
      };
    case "list":
      return { type: "array", description, items: { type: "string" } };
    case "string":
      return { type: "string", description, ...(field.enum ? { enum: [...field.enum] } : {}) };
    default: {
      const d = field.default;
      if (Array.isArray(d))
        return {
          type: "array",
          description,
          items: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
        };
      if (key.includes("rate_limit"))
        return { type: "object", description, additionalProperties: { type: "number" } };
      return { type: "object", description, additionalProperties: { type: "string" } };
    }
  }
}

export function limitsSchema(description: string, block: Block = limitsBlock): Schema {
  const properties: Record<string, Schema> = {};
  for (const [k, v] of Object.entries(block)) {
    properties[k] = isField(v) ? fieldSchema(k, v) : limitsSchema(`The ${k} block.`, v);
  }
  return { type: "object", description, properties };
}

// ---------------------------------------------------------------------------------------------
// Status pieces.

const condition = (): Schema => ({
  type: "object",
  description: "A metav1.Condition.",
  required: ["type", "status", "lastTransitionTime", "reason", "message"],
  properties: {
    type: str("Condition type.", { maxLength: 316 }),
    status: str("True, False or Unknown.", { enum: ["True", "False", "Unknown"] }),
    observedGeneration: {
      type: "integer",
      format: "int64",
      minimum: 0,
      description: "Generation the condition was set for.",
    },
    lastTransitionTime: str("When the status last changed.", { format: "date-time" }),
    reason: str("CamelCase reason.", { maxLength: 1024 }),
    message: str("Human-readable message.", { maxLength: 32768 }),
  },
});

const conditions = (types: string[]): Schema => ({
  type: "array",
  description: `Conditions: ${types.join(", ")}.`,
  items: condition(),
  "x-kubernetes-list-type": "map",
  "x-kubernetes-list-map-keys": ["type"],
});

const replicaCounts = (description: string, extra: Record<string, Schema> = {}): Schema =>
  obj(description, {
    ...extra,
    replicas: int("Desired pods."),
    readyReplicas: int("Ready pods."),
    updatedReplicas: int("Pods at the current revision."),
  });

// ---------------------------------------------------------------------------------------------
// MimirCluster.

export const CLUSTER_RULES = {
  storage: [
    {
      rule: "self.backend != 's3' || has(self.s3)",
      message: "s3 storage needs spec.storage.s3 with a bucket",
      fieldPath: ".s3",
    },
  ],
  spec: [
    {
      rule: "!has(self.storage) || self.storage.backend != 'filesystem' || self.deploymentMode == 'monolithic'",
      message: "filesystem storage is only for deploymentMode monolithic with one replica; use s3",
      fieldPath: ".storage.backend",
    },
    {
      rule: "!has(self.storage) || self.storage.backend != 'filesystem' || !has(self.components) || !has(self.components.all) || self.components.all.replicas <= 1",
      message: "filesystem storage is only for a single replica; use s3",
      fieldPath: ".components.all.replicas",
    },
  ],
  zones: [
    {
      rule: "self.all(z, self.exists_one(y, y.name == z.name))",
      message: "zone names must be unique",
    },
    {
      rule: "size(self) <= 1 || size(self) >= 3",
      message:
        "zone-aware replication keeps 3 copies, one per zone, so it needs at least 3 zones: list 3 zones, or at most one",
    },
    {
      rule: "self.map(z, z.name) == oldSelf.map(z, z.name)",
      message:
        "zone names cannot change: they name the zone StatefulSets and the ring's zones; create a new MimirCluster to move zones",
    },
  ],
  deploymentMode: [
    {
      rule: "self == oldSelf",
      message:
        "deploymentMode cannot change: the modes run different workloads and rings; create a new MimirCluster and migrate",
    },
  ],
  autoscaling: [
    {
      rule: "self.minReplicas <= self.maxReplicas",
      message: "minReplicas must not be above maxReplicas",
    },
  ],
};

function clusterSpecSchema(): Schema {
  const zone = {
    type: "object",
    description: "An availability zone.",
    required: ["name"],
    properties: {
      name: str(
        "Zone name, used in object names (ingester-zone-a) and as the ring's availability zone.",
        {
          minLength: 1,
          maxLength: 24,
          pattern: ZONE_NAME_PATTERN,
        },
      ),
      nodeSelector: stringMap(
        "Node labels the pods of this zone require, e.g. topology.kubernetes.io/zone: eu-west-1a.",
      ),
      tolerations: tolerations(),
    },
  };
  return obj(
    "Desired state of a Mimir cluster.",
    {
      deploymentMode: str(
        "How the components are grouped: monolithic (one StatefulSet running -target=all), read-write (read, write and backend groups), microservices (one workload per component).",
        {
          enum: ["monolithic", "read-write", "microservices"],
          default: "monolithic",
          "x-kubernetes-validations": CLUSTER_RULES.deploymentMode,
        },
      ),
      version: str("Version of mimir-ts; the image tag when image.tag is unset.", {
        default: "0.1.0",
        minLength: 1,
      }),
      image: obj(
        "The component image.",
        {
          repository: str("Image repository.", {
            default: "ghcr.io/mimir-ts/mimir-ts",
            minLength: 1,
          }),
          tag: str("Image tag; spec.version when unset."),
          pullPolicy: str("Image pull policy.", {
            enum: ["Always", "IfNotPresent", "Never"],
            default: "IfNotPresent",
          }),
        },
        { default: {} },
      ),
      clusterDomain: str("DNS domain of the Kubernetes cluster.", { default: "cluster.local" }),
      zones: {
        type: "array",
        description:
          "Availability zones: none, one (its nodeSelector and tolerations apply to the zoned components), or three or more, when ingesters and store-gateways (write and backend in read-write mode) get one StatefulSet per zone and zone-aware replication (replication factor 3, one copy per zone). Names cannot change. Monolithic mode ignores zones.",
        maxItems: 5,
        items: zone,
        "x-kubernetes-validations": CLUSTER_RULES.zones,
      },
      storage: obj(
        "Object storage for blocks, rules and Alertmanager state.",
        {
          backend: str(
            "filesystem (a persistent volume; monolithic with one replica only) or s3.",
            {
              enum: ["filesystem", "s3"],
              default: "filesystem",
            },
          ),
          s3: obj(
            "S3 or S3-compatible storage. Blocks, rules and Alertmanager state use the prefixes blocks/, ruler/ and alertmanager/ of the bucket.",
            {
              bucket: str("Bucket name.", { minLength: 3, maxLength: 63 }),
              endpoint: str(
                "S3 endpoint host[:port], e.g. s3.eu-west-1.amazonaws.com or minio.minio:9000.",
              ),
              region: str("Bucket region."),
              insecure: bool("Use http instead of https.", { default: false }),
              credentialsSecret: obj(
                "A Secret holding the access keys; without it the pods use their ambient credentials (IRSA, instance profile).",
                {
                  name: str("Secret name, in the cluster's namespace.", { minLength: 1 }),
                  accessKeyIdKey: str("Key of the access key ID.", {
                    default: "AWS_ACCESS_KEY_ID",
                  }),
                  secretAccessKeyKey: str("Key of the secret access key.", {
                    default: "AWS_SECRET_ACCESS_KEY",
                  }),
                },
                { required: ["name"] },
              ),
            },
            { required: ["bucket"] },
          ),
        },
        { default: {}, "x-kubernetes-validations": CLUSTER_RULES.storage },
      ),
      components: obj(
        "Per-component settings. Which ones apply depends on deploymentMode.",
        {
          all: componentSpec("monolithic (-target=all)", { replicas: 1, persistent: "10Gi" }),
          write: componentSpec("write (distributor + ingester, read-write mode)", {
            replicas: 3,
            zoned: true,
            persistent: "50Gi",
          }),
          read: componentSpec("read (query-frontend + querier, read-write mode)", {
            replicas: 2,
            autoscaling: true,
          }),
          backend: componentSpec(
            "backend (store-gateway, compactor, ruler, query-scheduler, alertmanager, overrides-exporter; read-write mode)",
            {
              replicas: 3,
              zoned: true,
              persistent: "50Gi",
            },
          ),
          distributor: componentSpec("distributor", { replicas: 2, autoscaling: true }),
          ingester: componentSpec("ingester", { replicas: 3, zoned: true, persistent: "50Gi" }),
          querier: componentSpec("querier", { replicas: 2, autoscaling: true }),
          queryFrontend: componentSpec("query-frontend", { replicas: 1, autoscaling: true }),
          queryScheduler: componentSpec("query-scheduler", { replicas: 2 }),
          storeGateway: componentSpec("store-gateway", {
            replicas: 3,
            zoned: true,
            persistent: "10Gi",
          }),
          compactor: componentSpec("compactor", { replicas: 1, persistent: "20Gi" }),
          ruler: componentSpec("ruler", { replicas: 1, autoscaling: true }),
          alertmanager: componentSpec("alertmanager", { replicas: 1, persistent: "1Gi" }),
          overridesExporter: componentSpec("overrides-exporter", { replicas: 1 }),
        },
        { default: {} },
      ),
      caches: obj(
        "The four memcached caches.",
        {
          chunks: cacheSpec("chunks", 2048),
          index: cacheSpec("index", 1024),
          metadata: cacheSpec("metadata", 512),
          results: cacheSpec("results", 1024),
        },
        { default: {} },
      ),
      limits: limitsSchema(
        "Global per-tenant limits: the limits block of mimir.yaml, the defaults for every tenant. Mimir's keys and units.",
      ),
      config: freeForm(
        "Free-form Mimir configuration, merged into mimir.yaml last (it wins over everything rendered).",
      ),
      rollout: obj(
        "How rollouts and downscales proceed.",
        {
          maxUnavailablePerZone: int(
            "Pods of one zone that may be down at once during a rollout. Default 1.",
            { minimum: 1, default: 1 },
          ),
          minTimeBetweenZoneDownscales: str(
            "Minimum time between downscales of two zones. Default 12h.",
            {
              pattern: DURATION_PATTERN,
              default: "12h",
            },
          ),
          readOnlyDownscaleDelay: str(
            "How long an ingester stays read-only (prepare-instance-ring-downscale) before it is removed. Default 13h.",
            { pattern: DURATION_PATTERN, default: "13h" },
          ),
        },
        { default: {} },
      ),
      paused: bool("Stops reconciling and rolling out the cluster. Default false.", {
        default: false,
      }),
      networkPolicy: obj(
        "NetworkPolicies admitting only the documented ports between components and from clients.",
        { enabled: bool("Render NetworkPolicies. Default false.", { default: false }) },
        { default: {} },
      ),
      logLevel: str("Log level of the components.", {
        enum: ["debug", "info", "warn", "error"],
        default: "info",
      }),
    },
    { "x-kubernetes-validations": CLUSTER_RULES.spec },
  );
}

function clusterStatusSchema(): Schema {
  return obj("Observed state, written by the operator.", {
    observedGeneration: {
      type: "integer",
      format: "int64",
      description: "The generation of the spec the status describes.",
    },
    conditions: conditions(["Ready", "Reconciling", "Stalled"]),
    components: {
      type: "array",
      description: "Replicas per component, and per zone for zone-aware components.",
      "x-kubernetes-list-type": "map",
      "x-kubernetes-list-map-keys": ["name"],
      items: {
        ...replicaCounts("One component.", {
          name: str("Component name, e.g. ingester."),
          zones: {
            type: "array",
            description: "Per zone.",
            "x-kubernetes-list-type": "map",
            "x-kubernetes-list-map-keys": ["name"],
            items: {
              ...replicaCounts("One zone.", {
                name: str("Zone name."),
                currentRevision: str(
                  "The StatefulSet revision every pod of the zone ran when its last rollout finished.",
                ),
                updateRevision: str("The StatefulSet revision pods of the zone are updated to."),
              }),
              required: ["name"],
            },
          },
        }),
        required: ["name"],
      },
    },
    rollout: obj("Progress of the current rollout or downscale.", {
      phase: str("Idle, RollingOut, Downscaling, Paused or Blocked.", {
        enum: ["Idle", "RollingOut", "Downscaling", "Paused", "Blocked"],
      }),
      component: str("Component being rolled out."),
      zone: str("Zone being rolled out."),
      message: str("What the rollout is doing or waiting for."),
    }),
  });
}

function crd(
  kind: string,
  plural: string,
  shortNames: string[],
  spec: Schema,
  status: Schema,
  columns: Schema[],
  description: string,
): Schema {
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: `${plural}.${GROUP}`, labels: { "app.kubernetes.io/part-of": "mimir-ts" } },
    spec: {
      group: GROUP,
      names: {
        kind,
        listKind: `${kind}List`,
        plural,
        singular: kind.toLowerCase(),
        shortNames,
        categories: ["mimir"],
      },
      scope: "Namespaced",
      versions: [
        {
          name: VERSION,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: columns,
          schema: {
            openAPIV3Schema: {
              type: "object",
              description,
              required: ["spec"],
              properties: {
                apiVersion: { type: "string", description: "API version." },
                kind: { type: "string", description: "Kind." },
                metadata: { type: "object" },
                spec,
                status,
              },
            },
          },
        },
      ],
    },
  };
}

export function mimirClusterCRD(): Schema {
  return crd(
    "MimirCluster",
    "mimirclusters",
    ["mc", "mimirs"],
    clusterSpecSchema(),
    clusterStatusSchema(),
    [
      { name: "Mode", type: "string", jsonPath: ".spec.deploymentMode" },
      { name: "Version", type: "string", jsonPath: ".spec.version" },
      { name: "Ready", type: "string", jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
      { name: "Phase", type: "string", jsonPath: ".status.rollout.phase" },
      { name: "Paused", type: "boolean", jsonPath: ".spec.paused", priority: 1 },
      { name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" },
    ],
    "A Mimir cluster: its deployment mode, zones, storage, components, caches and global limits.",
  );
}

export const TENANT_RULES = {
  tenantId: [{ rule: "self != '.' && self != '..'", message: "tenant ID must not be '.' or '..'" }],
};

export function mimirTenantCRD(): Schema {
  const spec = obj(
    "A tenant of a MimirCluster and its limits.",
    {
      cluster: str("Name of the MimirCluster, in the same namespace, this tenant belongs to.", {
        minLength: 1,
      }),
      tenantId: str(
        "The tenant ID (X-Scope-OrgID); metadata.name when unset. At most 150 characters of a-z A-Z 0-9 ! - _ . * ' ( ), not '.' or '..'.",
        {
          minLength: 1,
          maxLength: 150,
          pattern: TENANT_ID_PATTERN,
          "x-kubernetes-validations": TENANT_RULES.tenantId,
        },
      ),
      limits: limitsSchema(
        "Per-tenant limits: this tenant's entry under overrides in runtime.yaml. Unset keys inherit the cluster's limits.",
      ),
      extraOverrides: freeForm(
        "Other runtime overrides keys for this tenant, merged under the typed limits.",
      ),
    },
    { required: ["cluster"] },
  );
  const status = obj("Observed state, written by the operator.", {
    observedGeneration: {
      type: "integer",
      format: "int64",
      description: "The generation of the spec the status describes.",
    },
    conditions: conditions(["Ready", "Applied"]),
    tenantId: str("The tenant ID in effect."),
    effectiveLimits: freeForm(
      "The limits in effect for the tenant: cluster limits with this tenant's overrides on top.",
    ),
  });
  return crd(
    "MimirTenant",
    "mimirtenants",
    ["mt"],
    spec,
    status,
    [
      { name: "Cluster", type: "string", jsonPath: ".spec.cluster" },
      { name: "Tenant", type: "string", jsonPath: ".status.tenantId" },
      { name: "Ready", type: "string", jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
      { name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" },
    ],
    "A Mimir tenant and its per-tenant limits, rendered into the cluster's runtime.yaml.",
  );
}
