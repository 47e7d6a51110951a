/**
 * Built-in kinds' defaulting as the real API server does it for the fields our controllers,
 * kubectl and the operator read (replicas, strategies, protocols, restart policy, grace periods).
 */

function podSpecDefaults(spec: any): void {
  if (!spec) return;
  spec.restartPolicy ??= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.schedulerName ??= "default-scheduler";
  spec.securityContext ??= {};
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    c.imagePullPolicy ??=
      String(c.image ?? "").endsWith(":latest") || !String(c.image ?? "").includes(":")
        ? "Always"
        : "IfNotPresent";
    c.terminationMessagePath ??= "/dev/termination-log";
    c.terminationMessagePolicy ??= "File";
    c.resources ??= {};
    for (const p of c.ports ?? []) p.protocol ??= "TCP";
    for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe]) {
      if (!probe) continue;
      probe.timeoutSeconds ??= 1;
      probe.periodSeconds ??= 10;
      probe.successThreshold ??= 1;
      probe.failureThreshold ??= 3;
      if (probe.httpGet) probe.httpGet.scheme ??= "HTTP";
    }
  }
}

function templateDefaults(obj: any): void {
  podSpecDefaults(obj.spec?.template?.spec);
  obj.spec.template.metadata ??= {};
}

/** Mutates obj with the defaults of its kind (called on create and update). */
export function applyBuiltinDefaults(kind: string, obj: any): void {
  obj.spec ??= kind === "Namespace" || kind === "Pod" || kind === "Service" ? {} : obj.spec;
  switch (kind) {
    case "Pod":
      podSpecDefaults(obj.spec);
      break;
    case "Deployment": {
      const s = obj.spec;
      s.replicas ??= 1;
      s.revisionHistoryLimit ??= 10;
      s.progressDeadlineSeconds ??= 600;
      s.strategy ??= { type: "RollingUpdate" };
      if (s.strategy.type === "RollingUpdate")
        s.strategy.rollingUpdate ??= { maxSurge: "25%", maxUnavailable: "25%" };
      templateDefaults(obj);
      break;
    }
    case "ReplicaSet":
      obj.spec.replicas ??= 1;
      templateDefaults(obj);
      break;
    case "StatefulSet": {
      const s = obj.spec;
      s.replicas ??= 1;
      s.podManagementPolicy ??= "OrderedReady";
      s.revisionHistoryLimit ??= 10;
      s.updateStrategy ??= { type: "RollingUpdate" };
      if (s.updateStrategy.type === "RollingUpdate")
        s.updateStrategy.rollingUpdate ??= { partition: 0 };
      s.persistentVolumeClaimRetentionPolicy ??= { whenDeleted: "Retain", whenScaled: "Retain" };
      for (const t of s.volumeClaimTemplates ?? []) {
        t.apiVersion ??= "v1";
        t.kind ??= "PersistentVolumeClaim";
        t.spec ??= {};
        t.spec.volumeMode ??= "Filesystem";
      }
      templateDefaults(obj);
      break;
    }
    case "Service": {
      const s = obj.spec;
      s.type ??= "ClusterIP";
      s.sessionAffinity ??= "None";
      s.ipFamilies ??= ["IPv4"];
      s.ipFamilyPolicy ??= "SingleStack";
      s.internalTrafficPolicy ??= "Cluster";
      for (const p of s.ports ?? []) {
        p.protocol ??= "TCP";
        p.targetPort ??= p.port;
      }
      break;
    }
    case "PersistentVolumeClaim":
      obj.spec.volumeMode ??= "Filesystem";
      break;
    case "Namespace":
      obj.status = { phase: obj.metadata?.deletionTimestamp ? "Terminating" : "Active" };
      obj.metadata.labels = {
        ...(obj.metadata.labels ?? {}),
        "kubernetes.io/metadata.name": obj.metadata.name,
      };
      break;
    case "PodDisruptionBudget":
      break;
    default:
      break;
  }
  if (obj.spec === undefined) delete obj.spec;
}
