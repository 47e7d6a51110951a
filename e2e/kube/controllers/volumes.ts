/**
 * The volume binder: every PersistentVolumeClaim is bound at once to a local directory volume of
 * the requested size (status Bound, capacity, access modes; spec.volumeName "pvc-<uid>"). The
 * kubelet keeps each claim's directory until the claim is deleted.
 */
import type { Store } from "../api/store.ts";
import { MANAGER, T } from "./util.ts";

export function syncVolumeBinder(store: Store): void {
  const pvcT = T(store, "", "v1", "persistentvolumeclaims");
  for (const pvc of store.list(pvcT)) {
    if (pvc.metadata.deletionTimestamp || pvc.status?.phase === "Bound") continue;
    const next = structuredClone(pvc);
    next.spec.volumeName = `pvc-${pvc.metadata.uid}`;
    next.spec.storageClassName ??= "local";
    next.status = {
      phase: "Bound",
      accessModes: pvc.spec.accessModes ?? ["ReadWriteOnce"],
      capacity: { storage: pvc.spec.resources?.requests?.storage ?? "1Gi" },
    };
    store.writeInternal(pvcT, next, MANAGER);
  }
}
