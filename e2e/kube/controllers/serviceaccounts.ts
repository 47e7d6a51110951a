/**
 * The ServiceAccount controller: every active namespace gets a "default" ServiceAccount, as
 * Kubernetes creates one (pods without serviceAccountName use it, and admission requires it).
 */
import type { Store } from "../api/store.ts";
import { MANAGER, T } from "./util.ts";

export function syncServiceAccounts(store: Store): void {
  const saT = T(store, "", "v1", "serviceaccounts");
  for (const ns of store.list(T(store, "", "v1", "namespaces"))) {
    if (ns.metadata.deletionTimestamp) continue;
    if (!store.tryGet(saT, ns.metadata.name, "default"))
      store.create(saT, ns.metadata.name, { metadata: { name: "default" } }, { manager: MANAGER });
  }
}
