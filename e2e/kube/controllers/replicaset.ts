/**
 * The ReplicaSet controller: keeps `spec.replicas` pods matching the selector (creating from the
 * template, deleting not-ready and newest pods first) and writes status counts.
 */
import { selectorMatches } from "../api/selectors.ts";
import type { Store } from "../api/store.ts";
import {
  isActivePod,
  isPodAvailable,
  isPodReady,
  MANAGER,
  ownedBy,
  ownerRef,
  randomSuffix,
  recordEvent,
  T,
} from "./util.ts";

export function syncReplicaSets(store: Store): void {
  const rsT = T(store, "apps", "v1", "replicasets");
  for (const rs of store.list(rsT)) {
    try {
      syncReplicaSet(store, rs);
    } catch (e) {
      // One object's failure (a refused pod, say) must not stall the others; retried next pass.
      recordEvent(
        store,
        rs,
        "Warning",
        "FailedCreate",
        (e as Error).message,
        "replicaset-controller",
      );
    }
  }
}

function syncReplicaSet(store: Store, rs: any): void {
  const rsT = T(store, "apps", "v1", "replicasets");
  const podT = T(store, "", "v1", "pods");
  if (rs.metadata.deletionTimestamp) return;
  const ns = rs.metadata.namespace;
  const pods = store.list(podT, { namespace: ns }).filter((p) => ownedBy(p, rs));
  const active = pods.filter(isActivePod);
  const want = rs.spec.replicas ?? 1;
  if (active.length < want) {
    for (let i = active.length; i < want; i++) {
      const tmpl = structuredClone(rs.spec.template ?? {});
      const pod = {
        metadata: {
          ...(tmpl.metadata ?? {}),
          name: `${rs.metadata.name}-${randomSuffix()}`,
          namespace: ns,
          ownerReferences: [ownerRef(rs)],
        },
        spec: tmpl.spec,
      };
      delete (pod.metadata as any).creationTimestamp;
      const created = store.create(podT, ns, pod, { manager: MANAGER });
      recordEvent(
        store,
        rs,
        "Normal",
        "SuccessfulCreate",
        `Created pod: ${created.metadata.name}`,
        "replicaset-controller",
      );
    }
  } else if (active.length > want) {
    const order = [...active].sort((a, b) => {
      const score = (p: any) =>
        (p.spec.nodeName ? 0 : -4) +
        (p.status?.phase === "Running" ? 0 : -2) +
        (isPodReady(p) ? 0 : -1);
      const d = score(a) - score(b);
      if (d !== 0) return d;
      return String(b.metadata.creationTimestamp).localeCompare(
        String(a.metadata.creationTimestamp),
      );
    });
    for (const p of order.slice(0, active.length - want)) {
      store.delete(podT, ns, p.metadata.name);
      recordEvent(
        store,
        rs,
        "Normal",
        "SuccessfulDelete",
        `Deleted pod: ${p.metadata.name}`,
        "replicaset-controller",
      );
    }
  }
  const fresh = store.list(podT, { namespace: ns }).filter((p) => ownedBy(p, rs) && isActivePod(p));
  const ready = fresh.filter(isPodReady).length;
  const status = {
    replicas: fresh.length,
    fullyLabeledReplicas: fresh.filter((p) => selectorMatches(rs.spec.selector, p.metadata.labels))
      .length,
    readyReplicas: ready,
    availableReplicas: fresh.filter((p) => isPodAvailable(p, rs.spec.minReadySeconds)).length,
    observedGeneration: rs.metadata.generation,
  };
  const cur = store.tryGet(rsT, ns, rs.metadata.name);
  if (cur && JSON.stringify(cur.status ?? {}) !== JSON.stringify(status))
    store.writeInternal(rsT, { ...cur, status }, MANAGER);
}
