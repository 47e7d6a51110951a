/**
 * The volume binder: every PersistentVolumeClaim is bound at once to a local directory volume of
 * the requested size (status Bound, capacity, access modes; spec.volumeName "pvc-<uid>"). The
 * kubelet keeps each claim's directory until the claim is deleted. A larger request is granted
 * in place (status.capacity follows spec.resources.requests.storage).
 */
import type { Store } from "../api/store.ts";
import { MANAGER, T } from "./util.ts";

export function syncVolumeBinder(store: Store): void {
  const pvcT = T(store, "", "v1", "persistentvolumeclaims");
  for (const pvc of store.list(pvcT)) {
    if (pvc.metadata.deletionTimestamp) continue;
    const want = pvc.spec.resources?.requests?.storage ?? "1Gi";
    if (pvc.status?.phase === "Bound") {
      // Expansion happens at once: the directory has no size to grow.
      if (pvc.status.capacity?.storage !== want)
        store.writeInternal(
          pvcT,
          { ...pvc, status: { ...pvc.status, capacity: { storage: want } } },
          MANAGER,
        );
      continue;
    }
    const next = structuredClone(pvc);
    next.spec.volumeName = `pvc-${pvc.metadata.uid}`;
    next.spec.storageClassName ??= "local";
    next.status = {
      phase: "Bound",
      accessModes: pvc.spec.accessModes ?? ["ReadWriteOnce"],
      capacity: { storage: want },
    };
    store.writeInternal(pvcT, next, MANAGER);
  }
}
