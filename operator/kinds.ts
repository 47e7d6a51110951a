/**
 * The kinds the operator reads and writes: the two CRDs and every kind render() produces.
 * OWNED_KINDS is also the list the informers watch and the prune step lists, so a kind the
 * renderer starts producing must be added here (and to install/clusterrole.yaml).
 */
export const GROUP = "mimirts.dev";
export const VERSION = "v1alpha1";
export const CLUSTER_PLURAL = "mimirclusters";
export const TENANT_PLURAL = "mimirtenants";
/** The server-side apply field manager of every write the operator makes. */
export const FIELD_MANAGER = "mimir-ts-operator";
/** Label every rendered object carries (value MANAGED_BY of cdk8s/render.ts). */
export const MANAGED_BY_SELECTOR = "app.kubernetes.io/managed-by=mimir-ts";
export const INSTANCE_LABEL = "app.kubernetes.io/instance";

export interface OwnedKind {
  apiVersion: string;
  kind: string;
  /** The URL path of the collection below /api or /apis, with {ns} for the namespace. */
  plural: string;
}

export const OWNED_KINDS: OwnedKind[] = [
  { apiVersion: "v1", kind: "ServiceAccount", plural: "serviceaccounts" },
  { apiVersion: "v1", kind: "ConfigMap", plural: "configmaps" },
  { apiVersion: "v1", kind: "Service", plural: "services" },
  { apiVersion: "apps/v1", kind: "Deployment", plural: "deployments" },
  { apiVersion: "apps/v1", kind: "StatefulSet", plural: "statefulsets" },
  { apiVersion: "policy/v1", kind: "PodDisruptionBudget", plural: "poddisruptionbudgets" },
  { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", plural: "networkpolicies" },
  {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    plural: "horizontalpodautoscalers",
  },
];

/** The collection path of a kind, in one namespace or (namespace undefined) in all. */
export function collectionPath(
  apiVersion: string,
  plural: string,
  namespace: string | undefined,
): string {
  const base = apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  return namespace ? `${base}/namespaces/${namespace}/${plural}` : `${base}/${plural}`;
}

/** "namespace/name", the work queue key. */
export function keyOf(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? ""}/${name ?? ""}`;
}

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf("/");
  return { namespace: key.slice(0, i), name: key.slice(i + 1) };
}
