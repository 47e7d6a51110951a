/**
 * The Deployment controller: one ReplicaSet per pod template (labelled with pod-template-hash),
 * rolling updates within maxSurge/maxUnavailable or Recreate, revision annotations, history
 * limit, and status with the Available and Progressing conditions `kubectl rollout status` reads.
 */
import type { Store } from "../api/store.ts";
import {
  intOrPercent,
  MANAGER,
  ownedBy,
  ownerRef,
  recordEvent,
  setCondition,
  shortHash,
  T,
  templateKey,
} from "./util.ts";

export function syncDeployments(store: Store): void {
  const dT = T(store, "apps", "v1", "deployments");
  const rsT = T(store, "apps", "v1", "replicasets");
  for (const d of store.list(dT)) {
    try {
      if (d.metadata.deletionTimestamp) continue;
      const ns = d.metadata.namespace;
      let rss = store
        .list(rsT, { namespace: ns })
        .filter((r) => ownedBy(r, d) && !r.metadata.deletionTimestamp);
      const key = templateKey(d.spec.template);
      let newRs = rss.find((r) => templateKey(r.spec.template) === key);
      const replicas = d.spec.replicas ?? 1;
      const maxRev = Math.max(
        0,
        ...rss.map((r) =>
          Number(r.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0),
        ),
      );
      if (d.spec.paused) {
        writeStatus(store, d, rss, newRs);
        continue;
      }
      if (!newRs) {
        const hash = shortHash(JSON.parse(key));
        const tmpl = structuredClone(d.spec.template);
        tmpl.metadata ??= {};
        tmpl.metadata.labels = { ...(tmpl.metadata.labels ?? {}), "pod-template-hash": hash };
        const selector = structuredClone(d.spec.selector ?? {});
        selector.matchLabels = { ...(selector.matchLabels ?? {}), "pod-template-hash": hash };
        const hasOld = rss.some((r) => (r.spec.replicas ?? 0) > 0);
        newRs = store.create(
          rsT,
          ns,
          {
            metadata: {
              name: `${d.metadata.name}-${hash}`,
              namespace: ns,
              labels: tmpl.metadata.labels,
              annotations: {
                "deployment.kubernetes.io/revision": String(maxRev + 1),
                "deployment.kubernetes.io/desired-replicas": String(replicas),
                "deployment.kubernetes.io/max-replicas": String(replicas + maxSurge(d, replicas)),
              },
              ownerReferences: [ownerRef(d)],
            },
            spec: {
              replicas: hasOld ? 0 : replicas,
              selector,
              template: tmpl,
              minReadySeconds: d.spec.minReadySeconds ?? 0,
            },
          },
          { manager: MANAGER },
        );
        if (newRs.spec.replicas > 0)
          recordEvent(
            store,
            d,
            "Normal",
            "ScalingReplicaSet",
            `Scaled up replica set ${newRs.metadata.name} from 0 to ${newRs.spec.replicas}`,
            "deployment-controller",
          );
        rss = [...rss, newRs];
      } else if (
        Number(newRs.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0) < maxRev
      ) {
        newRs.metadata.annotations = {
          ...newRs.metadata.annotations,
          "deployment.kubernetes.io/revision": String(maxRev + 1),
        };
        newRs = store.writeInternal(rsT, newRs, MANAGER);
      }
      const olds = rss.filter((r) => r.metadata.uid !== newRs!.metadata.uid);
      const scale = (rs: any, n: number) => {
        if ((rs.spec.replicas ?? 0) === n) return;
        const cur = store.get(rsT, ns, rs.metadata.name);
        const from = cur.spec.replicas ?? 0;
        cur.spec.replicas = n;
        store.writeInternal(rsT, cur, MANAGER);
        rs.spec.replicas = n;
        recordEvent(
          store,
          d,
          "Normal",
          "ScalingReplicaSet",
          `Scaled ${n > from ? "up" : "down"} replica set ${rs.metadata.name} from ${from} to ${n}`,
          "deployment-controller",
        );
      };
      if (d.spec.strategy?.type === "Recreate") {
        for (const o of olds) scale(o, 0);
        if (olds.every((o) => (o.status?.replicas ?? 0) === 0)) scale(newRs, replicas);
      } else {
        const surge = maxSurge(d, replicas);
        let unavail = intOrPercent(
          d.spec.strategy?.rollingUpdate?.maxUnavailable ?? "25%",
          replicas,
          false,
        );
        if (surge === 0 && unavail === 0) unavail = 1;
        const total = rss.reduce((a, r) => a + (r.spec.replicas ?? 0), 0);
        if (olds.length === 0 || (newRs.spec.replicas ?? 0) > replicas) scale(newRs, replicas);
        else if (total < replicas + surge && (newRs.spec.replicas ?? 0) < replicas)
          scale(newRs, Math.min(replicas, (newRs.spec.replicas ?? 0) + replicas + surge - total));
        const minAvailable = replicas - unavail;
        const allPods = rss.reduce((a, r) => a + (r.spec.replicas ?? 0), 0);
        const newUnavailable = Math.max(
          0,
          (newRs.spec.replicas ?? 0) - (newRs.status?.availableReplicas ?? 0),
        );
        let maxScaledDown = allPods - minAvailable - newUnavailable;
        // Unhealthy old pods go first (they do not count against availability), then healthy ones.
        for (const o of olds) {
          if (maxScaledDown <= 0) break;
          const unhealthy = Math.min(
            maxScaledDown,
            (o.spec.replicas ?? 0) - (o.status?.availableReplicas ?? 0),
          );
          if (unhealthy > 0) {
            scale(o, (o.spec.replicas ?? 0) - unhealthy);
            maxScaledDown -= unhealthy;
          }
        }
        const available = rss.reduce(
          (a, r) => a + Math.min(r.spec.replicas ?? 0, r.status?.availableReplicas ?? 0),
          0,
        );
        let canRemove = available - minAvailable;
        for (const o of olds) {
          if (canRemove <= 0) break;
          const n = Math.min(canRemove, o.spec.replicas ?? 0);
          if (n > 0) {
            scale(o, (o.spec.replicas ?? 0) - n);
            canRemove -= n;
          }
        }
      }
      // History limit: oldest empty ReplicaSets beyond revisionHistoryLimit go.
      const empty = olds
        .filter((o) => (o.spec.replicas ?? 0) === 0 && (o.status?.replicas ?? 0) === 0)
        .sort(
          (a, b) =>
            Number(a.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0) -
            Number(b.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0),
        );
      const limit = d.spec.revisionHistoryLimit ?? 10;
      for (const o of empty.slice(0, Math.max(0, empty.length - limit)))
        store.delete(rsT, ns, o.metadata.name);
      writeStatus(
        store,
        d,
        store.list(rsT, { namespace: ns }).filter((r) => ownedBy(r, d)),
        store.tryGet(rsT, ns, newRs.metadata.name),
      );
    } catch (e) {
      // One object's failure must not stall the others; retried next pass.
      recordEvent(
        store,
        d,
        "Warning",
        "ReconcileError",
        (e as Error).message,
        "deployment-controller",
      );
    }
  }
}

function maxSurge(d: any, replicas: number): number {
  if (d.spec.strategy?.type === "Recreate") return 0;
  return intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? "25%", replicas, true);
}

function writeStatus(store: Store, d: any, rss: any[], newRs: any | undefined): void {
  const dT = T(store, "apps", "v1", "deployments");
  const replicas = d.spec.replicas ?? 1;
  const sum = (f: (r: any) => number) => rss.reduce((a, r) => a + f(r), 0);
  const total = sum((r) => r.status?.replicas ?? 0);
  const updated = newRs?.status?.replicas ?? 0;
  const ready = sum((r) => r.status?.readyReplicas ?? 0);
  const available = sum((r) => r.status?.availableReplicas ?? 0);
  const unavail = intOrPercent(
    d.spec.strategy?.rollingUpdate?.maxUnavailable ?? "25%",
    replicas,
    false,
  );
  const minAvailable = d.spec.strategy?.type === "Recreate" ? replicas : replicas - unavail;
  let conds = setCondition(d.status?.conditions, {
    type: "Available",
    status: available >= minAvailable ? "True" : "False",
    reason: available >= minAvailable ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
    message:
      available >= minAvailable
        ? "Deployment has minimum availability."
        : "Deployment does not have minimum availability.",
  });
  const done =
    updated === replicas &&
    total === replicas &&
    (newRs?.status?.availableReplicas ?? 0) === replicas;
  conds = setCondition(conds, {
    type: "Progressing",
    status: "True",
    reason: done ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
    message: done
      ? `ReplicaSet "${newRs?.metadata.name}" has successfully progressed.`
      : `ReplicaSet "${newRs?.metadata.name}" is progressing.`,
  });
  const status: Record<string, any> = {
    observedGeneration: d.metadata.generation,
    replicas: total,
    updatedReplicas: updated,
    readyReplicas: ready,
    availableReplicas: available,
    conditions: conds,
  };
  if (total - available > 0) status.unavailableReplicas = total - available;
  for (const k of ["readyReplicas", "availableReplicas", "updatedReplicas", "replicas"])
    if (status[k] === 0) delete status[k];
  const cur = store.tryGet(dT, d.metadata.namespace, d.metadata.name);
  if (cur && JSON.stringify(cur.status ?? {}) !== JSON.stringify(status))
    store.writeInternal(dT, { ...cur, status }, MANAGER);
}
