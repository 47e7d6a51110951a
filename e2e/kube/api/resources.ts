/**
 * The resource types the local API server serves: the built-in kinds (a fixed table) and the
 * kinds CustomResourceDefinitions add at runtime. A type names its group/version, kind, plural,
 * scope, short names, categories and subresources, which discovery, routing and storage read.
 */

export interface ScaleSpec {
  /** JSON paths (".spec.replicas" style) of the scale subresource's fields. */
  specReplicasPath: string;
  statusReplicasPath: string;
  labelSelectorPath?: string;
}

export interface PrinterColumn {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
  jsonPath: string;
}

export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Has a /status subresource: the main resource ignores status, /status ignores the rest. */
  status: boolean;
  scale?: ScaleSpec;
  /** Extra subresources served for discovery only (log, eviction, ...). */
  extraSubresources: string[];
  /** Set for kinds served from a CRD: its version's schema and printer columns. */
  crd?: { schema: any; printerColumns: PrinterColumn[]; crdName: string };
}

/** "apps/v1" or "v1" for the core group. */
export function apiVersionOf(t: ResourceType): string {
  return t.group === "" ? t.version : `${t.group}/${t.version}`;
}

/**
 * The key objects of a type are stored under: "<group>/<plural>". events.k8s.io Events share the
 * core Events' storage (see events.ts).
 */
export function resourceKey(t: { group: string; plural: string }): string {
  if (t.group === "events.k8s.io" && t.plural === "events") return "/events";
  return `${t.group}/${t.plural}`;
}

const replicasScale: ScaleSpec = {
  specReplicasPath: ".spec.replicas",
  statusReplicasPath: ".status.replicas",
  labelSelectorPath: ".status.selector",
};

function bi(
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  opts: Partial<
    Pick<ResourceType, "shortNames" | "categories" | "status" | "scale" | "extraSubresources">
  > = {},
): ResourceType {
  return {
    group,
    version,
    kind,
    listKind: `${kind}List`,
    plural,
    singular: kind.toLowerCase(),
    namespaced,
    shortNames: opts.shortNames ?? [],
    categories: opts.categories ?? [],
    status: opts.status ?? false,
    scale: opts.scale,
    extraSubresources: opts.extraSubresources ?? [],
  };
}

/** The built-in kinds the operator, our manifests and kubectl touch. */
export function builtinResources(): ResourceType[] {
  return [
    bi("", "v1", "Namespace", "namespaces", false, {
      shortNames: ["ns"],
      status: true,
      extraSubresources: ["finalize"],
    }),
    bi("", "v1", "Node", "nodes", false, { shortNames: ["no"], status: true }),
    bi("", "v1", "Pod", "pods", true, {
      shortNames: ["po"],
      categories: ["all"],
      status: true,
      extraSubresources: ["log", "eviction", "binding"],
    }),
    bi("", "v1", "Service", "services", true, {
      shortNames: ["svc"],
      categories: ["all"],
      status: true,
    }),
    bi("", "v1", "Endpoints", "endpoints", true, { shortNames: ["ep"] }),
    bi("", "v1", "ConfigMap", "configmaps", true, { shortNames: ["cm"] }),
    bi("", "v1", "Secret", "secrets", true),
    bi("", "v1", "ServiceAccount", "serviceaccounts", true, { shortNames: ["sa"] }),
    bi("", "v1", "Event", "events", true, { shortNames: ["ev"] }),
    bi("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true, {
      shortNames: ["pvc"],
      status: true,
    }),
    bi("", "v1", "PersistentVolume", "persistentvolumes", false, {
      shortNames: ["pv"],
      status: true,
    }),
    bi("apps", "v1", "Deployment", "deployments", true, {
      shortNames: ["deploy"],
      categories: ["all"],
      status: true,
      scale: replicasScale,
    }),
    bi("apps", "v1", "ReplicaSet", "replicasets", true, {
      shortNames: ["rs"],
      categories: ["all"],
      status: true,
      scale: replicasScale,
    }),
    bi("apps", "v1", "StatefulSet", "statefulsets", true, {
      shortNames: ["sts"],
      categories: ["all"],
      status: true,
      scale: replicasScale,
    }),
    bi("apps", "v1", "ControllerRevision", "controllerrevisions", true),
    bi("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true),
    bi("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true, {
      shortNames: ["pdb"],
      status: true,
    }),
    bi("coordination.k8s.io", "v1", "Lease", "leases", true),
    bi("events.k8s.io", "v1", "Event", "events", true, { shortNames: ["ev"] }),
    bi("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true, {
      shortNames: ["netpol"],
    }),
    bi("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, {
      shortNames: ["hpa"],
      categories: ["all"],
      status: true,
    }),
    bi("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
    bi("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true),
    bi("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false),
    bi("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false),
    bi("authorization.k8s.io", "v1", "SelfSubjectAccessReview", "selfsubjectaccessreviews", false),
    bi("authorization.k8s.io", "v1", "SubjectAccessReview", "subjectaccessreviews", false),
    bi("authorization.k8s.io", "v1", "LocalSubjectAccessReview", "localsubjectaccessreviews", true),
    bi(
      "apiextensions.k8s.io",
      "v1",
      "CustomResourceDefinition",
      "customresourcedefinitions",
      false,
      {
        shortNames: ["crd", "crds"],
        status: true,
      },
    ),
  ];
}

/** Types a served CRD adds (one per served version). */
export function typesFromCrd(crd: any): ResourceType[] {
  const spec = crd.spec ?? {};
  const names = spec.names ?? {};
  const out: ResourceType[] = [];
  for (const v of spec.versions ?? []) {
    if (v.served === false) continue;
    const sub = v.subresources ?? {};
    out.push({
      group: spec.group,
      version: v.name,
      kind: names.kind,
      listKind: names.listKind ?? `${names.kind}List`,
      plural: names.plural,
      singular: names.singular ?? String(names.kind).toLowerCase(),
      namespaced: spec.scope !== "Cluster",
      shortNames: names.shortNames ?? [],
      categories: names.categories ?? [],
      status: sub.status !== undefined,
      scale: sub.scale
        ? {
            specReplicasPath: sub.scale.specReplicasPath,
            statusReplicasPath: sub.scale.statusReplicasPath,
            labelSelectorPath: sub.scale.labelSelectorPath,
          }
        : undefined,
      extraSubresources: [],
      crd: {
        schema: v.schema?.openAPIV3Schema ?? {
          type: "object",
          "x-kubernetes-preserve-unknown-fields": true,
        },
        printerColumns: v.additionalPrinterColumns ?? [],
        crdName: crd.metadata?.name,
      },
    });
  }
  return out;
}
