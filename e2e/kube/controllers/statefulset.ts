/**
 * The StatefulSet controller, following the documented semantics: pods <name>-<ordinal> with
 * stable hostnames under spec.serviceName; OrderedReady (one at a time, each Running and Ready
 * before the next; scale-down from the highest ordinal) or Parallel; PVCs from
 * volumeClaimTemplates that outlive their pods; ControllerRevisions and the
 * controller-revision-hash label; RollingUpdate (highest ordinal first, down to `partition`)
 * or OnDelete; status with current/update revisions and counts (with OnDelete, currentRevision
 * does not advance by itself, as in Kubernetes).
 */
import type { Store } from "../api/store.ts";
import {
  isPodAvailable,
  isPodReady,
  MANAGER,
  ownedBy,
  ownerRef,
  recordEvent,
  shortHash,
  T,
  templateKey,
} from "./util.ts";

function ordinalOf(setName: string, podName: string): number {
  const m = new RegExp(`^${setName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)$`).exec(podName);
  return m ? Number(m[1]) : -1;
}

function revisionOf(pod: any): string | undefined {
  return pod.metadata.labels?.["controller-revision-hash"];
}

export function syncStatefulSets(store: Store): void {
  const stsT = T(store, "apps", "v1", "statefulsets");
  for (const set of store.list(stsT)) {
    try {
      syncStatefulSet(store, set);
    } catch (e) {
      // One object's failure (a refused pod, say) must not stall the others; retried next pass.
      recordEvent(
        store,
        set,
        "Warning",
        "FailedCreate",
        (e as Error).message,
        "statefulset-controller",
      );
    }
  }
}

function syncStatefulSet(store: Store, set: any): void {
  const stsT = T(store, "apps", "v1", "statefulsets");
  const podT = T(store, "", "v1", "pods");
  const crT = T(store, "apps", "v1", "controllerrevisions");
  const pvcT = T(store, "", "v1", "persistentvolumeclaims");
  if (set.metadata.deletionTimestamp) return;
  const ns = set.metadata.namespace;
  const name = set.metadata.name;
  // Revisions: one ControllerRevision per distinct template.
  const revs = store.list(crT, { namespace: ns }).filter((r) => ownedBy(r, set));
  const key = templateKey(set.spec.template);
  let updateRev = revs.find((r) => templateKey(r.data?.spec?.template) === key);
  const maxRevNo = Math.max(0, ...revs.map((r) => r.revision ?? 0));
  if (!updateRev) {
    const hash = shortHash(JSON.parse(key));
    updateRev = store.create(
      crT,
      ns,
      {
        metadata: {
          name: `${name}-${hash}`,
          namespace: ns,
          labels: {
            ...(set.spec.selector?.matchLabels ?? {}),
            "controller.kubernetes.io/hash": hash,
          },
          ownerReferences: [ownerRef(set)],
        },
        data: { spec: { template: { ...structuredClone(set.spec.template), $patch: "replace" } } },
        revision: maxRevNo + 1,
      },
      { manager: MANAGER },
    );
  } else if ((updateRev.revision ?? 0) < maxRevNo) {
    updateRev.revision = maxRevNo + 1;
    updateRev = store.writeInternal(crT, updateRev, MANAGER);
  }
  const updateName: string = updateRev.metadata.name;
  const currentName: string = set.status?.currentRevision ?? updateName;
  const currentRev = store.tryGet(crT, ns, currentName) ?? updateRev;
  const replicas = set.spec.replicas ?? 1;
  const parallel = set.spec.podManagementPolicy === "Parallel";
  const strategy = set.spec.updateStrategy?.type ?? "RollingUpdate";
  const partition =
    strategy === "RollingUpdate" ? (set.spec.updateStrategy?.rollingUpdate?.partition ?? 0) : 0;
  const allPods = store.list(podT, { namespace: ns }).filter((p) => ownedBy(p, set));
  const byOrd = new Map<number, any>();
  for (const p of allPods) {
    const o = ordinalOf(name, p.metadata.name);
    if (o >= 0) byOrd.set(o, p);
  }
  const currentReplicasBefore = [...byOrd.values()].filter(
    (p) => !p.metadata.deletionTimestamp && revisionOf(p) === currentName,
  ).length;
  const revisionFor = (ord: number) => {
    if (strategy === "OnDelete") return updateRev;
    if (partition > 0) return ord < partition ? currentRev : updateRev;
    return ord < currentReplicasBefore && currentRev.metadata.name !== updateName
      ? currentRev
      : updateRev;
  };
  const makePod = (ord: number) => {
    const rev = revisionFor(ord);
    const tmpl = structuredClone(rev.data.spec.template);
    delete tmpl.$patch;
    const podName = `${name}-${ord}`;
    const spec = tmpl.spec ?? {};
    spec.hostname = podName;
    if (set.spec.serviceName) spec.subdomain = set.spec.serviceName;
    spec.volumes = [...(spec.volumes ?? [])];
    for (const vct of set.spec.volumeClaimTemplates ?? []) {
      const claim = `${vct.metadata.name}-${podName}`;
      if (!store.tryGet(pvcT, ns, claim)) {
        store.create(
          pvcT,
          ns,
          {
            metadata: {
              name: claim,
              namespace: ns,
              labels: { ...(set.spec.selector?.matchLabels ?? {}), ...(vct.metadata.labels ?? {}) },
            },
            spec: structuredClone(vct.spec),
          },
          { manager: MANAGER },
        );
        recordEvent(
          store,
          set,
          "Normal",
          "SuccessfulCreate",
          `create Claim ${claim} Pod ${podName} in StatefulSet ${name} success`,
          "statefulset-controller",
        );
      }
      spec.volumes = spec.volumes.filter((v: any) => v.name !== vct.metadata.name);
      spec.volumes.push({ name: vct.metadata.name, persistentVolumeClaim: { claimName: claim } });
    }
    const pod = {
      metadata: {
        ...(tmpl.metadata ?? {}),
        name: podName,
        namespace: ns,
        labels: {
          ...(tmpl.metadata?.labels ?? {}),
          "controller-revision-hash": rev.metadata.name,
          "statefulset.kubernetes.io/pod-name": podName,
          "apps.kubernetes.io/pod-index": String(ord),
        },
        ownerReferences: [ownerRef(set)],
      },
      spec,
    };
    store.create(podT, ns, pod, { manager: MANAGER });
    recordEvent(
      store,
      set,
      "Normal",
      "SuccessfulCreate",
      `create Pod ${podName} in StatefulSet ${name} successful`,
      "statefulset-controller",
    );
  };
  const healthy = (p: any) =>
    p && !p.metadata.deletionTimestamp && p.status?.phase === "Running" && isPodReady(p);
  // Failed or succeeded pods are replaced.
  for (const [ord, p] of byOrd) {
    if (
      !p.metadata.deletionTimestamp &&
      (p.status?.phase === "Failed" || p.status?.phase === "Succeeded")
    ) {
      store.delete(podT, ns, p.metadata.name, { gracePeriodSeconds: 0 });
      byOrd.delete(ord);
    }
  }
  let blocked = false;
  for (let ord = 0; ord < replicas; ord++) {
    const p = byOrd.get(ord);
    if (!p) {
      if (!blocked) {
        makePod(ord);
        if (!parallel) blocked = true;
      }
      continue;
    }
    if (!parallel && !healthy(p)) blocked = true;
  }
  // Scale down: highest ordinal first; OrderedReady waits for the rest to be healthy.
  const extra = [...byOrd.keys()].filter((o) => o >= replicas).sort((a, b) => b - a);
  if (extra.length) {
    const lowerHealthy = [...byOrd].filter(([o]) => o < replicas).every(([, p]) => healthy(p));
    const terminating = [...byOrd.values()].some((p) => p.metadata.deletionTimestamp);
    for (const o of extra) {
      const p = byOrd.get(o);
      if (p.metadata.deletionTimestamp) continue;
      if (!parallel && (!lowerHealthy || terminating)) break;
      store.delete(podT, ns, p.metadata.name);
      recordEvent(
        store,
        set,
        "Normal",
        "SuccessfulDelete",
        `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`,
        "statefulset-controller",
      );
      if (!parallel) break;
    }
  }
  // Rolling update: highest ordinal first down to the partition, one pod at a time.
  if (strategy === "RollingUpdate" && !blocked && extra.length === 0) {
    const pods = [...byOrd].filter(([o]) => o < replicas);
    const allHealthy = pods.length === replicas && pods.every(([, p]) => healthy(p));
    if (allHealthy) {
      for (let ord = replicas - 1; ord >= partition; ord--) {
        const p = byOrd.get(ord);
        if (p && revisionOf(p) !== updateName) {
          store.delete(podT, ns, p.metadata.name);
          recordEvent(
            store,
            set,
            "Normal",
            "SuccessfulDelete",
            `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`,
            "statefulset-controller",
          );
          break;
        }
      }
    }
  }
  // Status.
  const fresh = store
    .list(podT, { namespace: ns })
    .filter((p) => ownedBy(p, set) && ordinalOf(name, p.metadata.name) >= 0);
  const counted = fresh.filter(
    (p) => p.status?.phase !== "Failed" && p.status?.phase !== "Succeeded",
  );
  const ready = counted.filter((p) => isPodReady(p) && !p.metadata.deletionTimestamp).length;
  const live = counted.filter((p) => !p.metadata.deletionTimestamp);
  const updated = live.filter((p) => revisionOf(p) === updateName).length;
  let current = live.filter((p) => revisionOf(p) === currentName).length;
  let currentRevision = currentName;
  // As in Kubernetes, only RollingUpdate completes a rollout in status; with OnDelete
  // currentRevision stays until someone (an operator) writes it.
  if (
    strategy === "RollingUpdate" &&
    updated === replicas &&
    counted.length === replicas &&
    ready === replicas &&
    counted.every((p) => revisionOf(p) === updateName)
  ) {
    currentRevision = updateName;
    current = updated;
  }
  const status: Record<string, any> = {
    observedGeneration: set.metadata.generation,
    replicas: counted.length,
    readyReplicas: ready,
    currentReplicas: current,
    updatedReplicas: updated,
    currentRevision,
    updateRevision: updateName,
    collisionCount: 0,
    availableReplicas: counted.filter(
      (p) => !p.metadata.deletionTimestamp && isPodAvailable(p, set.spec.minReadySeconds),
    ).length,
  };
  for (const k of ["readyReplicas", "currentReplicas", "updatedReplicas"])
    if (status[k] === 0) delete status[k];
  const cur = store.tryGet(stsT, ns, name);
  if (cur && JSON.stringify(cur.status ?? {}) !== JSON.stringify(status))
    store.writeInternal(stsT, { ...cur, status }, MANAGER);
  // Revision history: keep revisionHistoryLimit besides the current and update revisions.
  const keep = new Set([currentRevision, updateName, ...fresh.map(revisionOf)]);
  const old = store
    .list(crT, { namespace: ns })
    .filter((r) => ownedBy(r, set) && !keep.has(r.metadata.name))
    .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  const limit = set.spec.revisionHistoryLimit ?? 10;
  for (const r of old.slice(0, Math.max(0, old.length - limit)))
    store.delete(crT, ns, r.metadata.name);
}
