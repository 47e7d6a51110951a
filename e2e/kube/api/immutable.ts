/**
 * Update validation of the built-in kinds' immutable fields, with the real API server's
 * messages: StatefulSet spec beyond the updatable fields, Deployment/ReplicaSet selectors,
 * PVC spec beyond storage requests (expansion only), Service clusterIP, ConfigMap/Secret with
 * immutable: true, and a CRD's group, names and scope.
 */
import type { Cause } from "./errors.ts";

const STS_UPDATABLE = new Set([
  "replicas",
  "ordinals",
  "template",
  "updateStrategy",
  "persistentVolumeClaimRetentionPolicy",
  "minReadySeconds",
  "revisionHistoryLimit",
]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function fmt(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : `v1.LabelSelector${JSON.stringify(v)}`;
}

/** Returns the causes an update violates (empty when allowed). */
export function immutableViolations(kind: string, old: any, next: any): Cause[] {
  switch (kind) {
    case "StatefulSet": {
      const a = old.spec ?? {};
      const b = next.spec ?? {};
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys)
        if (!STS_UPDATABLE.has(k) && !same(a[k], b[k]))
          return [
            {
              field: "spec",
              reason: "FieldValueForbidden",
              message:
                "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
            },
          ];
      return [];
    }
    case "Deployment":
    case "ReplicaSet":
      if (!same(old.spec?.selector, next.spec?.selector))
        return [
          {
            field: "spec.selector",
            message: `spec.selector: Invalid value: ${fmt(next.spec?.selector)}: field is immutable`,
          },
        ];
      return [];
    case "PersistentVolumeClaim": {
      // The binder may set volumeName (and a default class) once; storage requests may grow.
      const strip = (s: any) => {
        const c = structuredClone(s ?? {});
        if (c.resources?.requests) delete c.resources.requests.storage;
        delete c.volumeAttributesClassName;
        if (!old.spec?.volumeName) delete c.volumeName;
        if (!old.spec?.storageClassName) delete c.storageClassName;
        return c;
      };
      if (!same(strip(old.spec), strip(next.spec)))
        return [
          {
            field: "spec",
            reason: "FieldValueForbidden",
            message:
              "spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims",
          },
        ];
      return [];
    }
    case "Service":
      if (old.spec?.clusterIP && next.spec?.clusterIP && old.spec.clusterIP !== next.spec.clusterIP)
        return [
          {
            field: "spec.clusterIPs[0]",
            message: `spec.clusterIPs[0]: Invalid value: []string{${JSON.stringify(next.spec.clusterIP)}}: may not change once set`,
          },
        ];
      return [];
    case "ConfigMap":
    case "Secret":
      if (
        old.immutable === true &&
        (!same(old.data, next.data) ||
          !same(old.binaryData, next.binaryData) ||
          next.immutable !== true)
      )
        return [
          {
            field: "data",
            reason: "FieldValueForbidden",
            message: "data: Forbidden: field is immutable when `immutable` is set",
          },
        ];
      return [];
    case "CustomResourceDefinition":
      if (old.spec?.group !== next.spec?.group)
        return [
          {
            field: "spec.group",
            message: `spec.group: Invalid value: ${JSON.stringify(next.spec?.group)}: field is immutable`,
          },
        ];
      if (old.spec?.scope !== next.spec?.scope)
        return [
          {
            field: "spec.scope",
            message: `spec.scope: Invalid value: ${JSON.stringify(next.spec?.scope)}: field is immutable`,
          },
        ];
      return [];
    default:
      return [];
  }
}
