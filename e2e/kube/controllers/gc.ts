/**
 * The garbage collector: deletes objects whose owners are all gone (background), deletes the
 * dependents of owners in foreground deletion and then releases the owner, orphans dependents
 * of owners deleted with the orphan policy, and empties terminating namespaces.
 */
import type { Store } from "../api/store.ts";
import { T } from "./util.ts";

export function syncGarbageCollector(store: Store): void {
  const all = [...store.everything()];
  const dependents = new Map<string, { t: any; obj: any }[]>();
  for (const e of all) {
    for (const r of e.obj.metadata.ownerReferences ?? []) {
      if (!dependents.has(r.uid)) dependents.set(r.uid, []);
      dependents.get(r.uid)!.push(e);
    }
  }
  // Dependents whose owners are all gone, or whose owner is being deleted in the foreground.
  for (const { t, obj } of all) {
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0 || obj.metadata.deletionTimestamp) continue;
    const owners = refs.map((r: any) => store.byUidGet(r.uid));
    const live = owners.filter((o: any) => o !== undefined);
    const foreground = live.some(
      (o: any) =>
        o.metadata.deletionTimestamp &&
        (o.metadata.finalizers ?? []).includes("foregroundDeletion"),
    );
    if (live.length === 0 || (foreground && live.every((o: any) => o.metadata.deletionTimestamp))) {
      try {
        store.delete(t, obj.metadata.namespace, obj.metadata.name, {
          propagationPolicy: foreground ? "Foreground" : "Background",
        });
      } catch {
        // Already gone.
      }
    }
  }
  for (const { t, obj } of all) {
    if (!obj.metadata.deletionTimestamp) continue;
    const fin: string[] = obj.metadata.finalizers ?? [];
    const deps = (dependents.get(obj.metadata.uid) ?? []).filter((d) =>
      store.byUidGet(d.obj.metadata.uid),
    );
    if (fin.includes("orphan")) {
      for (const d of deps) {
        const cur = store.tryGet(d.t, d.obj.metadata.namespace, d.obj.metadata.name);
        if (!cur) continue;
        cur.metadata.ownerReferences = (cur.metadata.ownerReferences ?? []).filter(
          (r: any) => r.uid !== obj.metadata.uid,
        );
        if (cur.metadata.ownerReferences.length === 0) delete cur.metadata.ownerReferences;
        store.writeInternal(d.t, cur, "garbage-collector");
      }
      store.removeFinalizer(t, obj.metadata.namespace, obj.metadata.name, "orphan");
    } else if (fin.includes("foregroundDeletion")) {
      const blocking = deps.filter((d) =>
        (d.obj.metadata.ownerReferences ?? []).some(
          (r: any) => r.uid === obj.metadata.uid && r.blockOwnerDeletion,
        ),
      );
      if (blocking.length === 0)
        store.removeFinalizer(t, obj.metadata.namespace, obj.metadata.name, "foregroundDeletion");
    }
    if (t.kind === "Namespace" && fin.includes("kubernetes")) {
      let left = 0;
      for (const e of all) {
        if (!e.t.namespaced || e.obj.metadata.namespace !== obj.metadata.name) continue;
        left++;
        if (!e.obj.metadata.deletionTimestamp) {
          try {
            store.delete(e.t, e.obj.metadata.namespace, e.obj.metadata.name, {
              gracePeriodSeconds: e.t.kind === "Pod" ? undefined : 0,
            });
          } catch {
            // Gone meanwhile.
          }
        }
      }
      if (left === 0)
        store.removeFinalizer(
          T(store, "", "v1", "namespaces"),
          undefined,
          obj.metadata.name,
          "kubernetes",
        );
    }
  }
  // Events live an hour, as with the API server's default --event-ttl (swept once a minute).
  if ((lastSweep.get(store) ?? 0) > Date.now() - 60_000) return;
  lastSweep.set(store, Date.now());
  const evT = T(store, "", "v1", "events");
  const cutoff = Date.now() - EVENT_TTL_MS;
  for (const e of store.list(evT)) {
    const ts = Date.parse(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp);
    if (ts < cutoff) store.delete(evT, e.metadata.namespace, e.metadata.name);
  }
}

const EVENT_TTL_MS = 60 * 60 * 1000;
const lastSweep = new WeakMap<Store, number>();
