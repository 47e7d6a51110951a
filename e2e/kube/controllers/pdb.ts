/**
 * PodDisruptionBudget status (currentHealthy, desiredHealthy, disruptionsAllowed, expectedPods)
 * and the eviction API's check: 429 TooManyRequests when a matching budget allows no disruption.
 */
import { StatusError } from "../api/errors.ts";
import { selectorMatches } from "../api/selectors.ts";
import type { Store } from "../api/store.ts";
import { intOrPercent, isActivePod, isPodReady, MANAGER, setCondition, T } from "./util.ts";

function budget(store: Store, pdb: any): Record<string, any> {
  const podT = T(store, "", "v1", "pods");
  const pods = store
    .list(podT, { namespace: pdb.metadata.namespace })
    .filter((p) => isActivePod(p) && selectorMatches(pdb.spec?.selector ?? {}, p.metadata.labels));
  const expected = pods.length;
  const healthy = pods.filter(isPodReady).length;
  let desired: number;
  if (pdb.spec?.minAvailable !== undefined)
    desired = intOrPercent(pdb.spec.minAvailable, expected, true);
  else if (pdb.spec?.maxUnavailable !== undefined)
    desired = Math.max(0, expected - intOrPercent(pdb.spec.maxUnavailable, expected, true));
  else desired = expected;
  const allowed = Math.max(0, healthy - desired);
  return {
    currentHealthy: healthy,
    desiredHealthy: desired,
    expectedPods: expected,
    disruptionsAllowed: allowed,
  };
}

export function syncPodDisruptionBudgets(store: Store): void {
  const pdbT = T(store, "policy", "v1", "poddisruptionbudgets");
  for (const pdb of store.list(pdbT)) {
    const b = budget(store, pdb);
    const status = {
      ...b,
      observedGeneration: pdb.metadata.generation,
      conditions: setCondition(pdb.status?.conditions, {
        type: "DisruptionAllowed",
        status: b.disruptionsAllowed > 0 ? "True" : "False",
        reason: b.disruptionsAllowed > 0 ? "SufficientPods" : "InsufficientPods",
        message: "",
      }).map((c: any) => {
        const { lastUpdateTime: _u, ...rest } = c;
        return { ...rest, observedGeneration: pdb.metadata.generation };
      }),
      disruptedPods: pdb.status?.disruptedPods,
    };
    if (!status.disruptedPods) delete status.disruptedPods;
    if (JSON.stringify(pdb.status ?? {}) !== JSON.stringify(status))
      store.writeInternal(pdbT, { ...pdb, status }, MANAGER);
  }
}

/** The eviction subresource: deletes the pod unless a matching budget allows no disruption. */
export function evictPod(store: Store, ns: string, name: string, body: any): void {
  const podT = T(store, "", "v1", "pods");
  const pdbT = T(store, "policy", "v1", "poddisruptionbudgets");
  const pod = store.get(podT, ns, name);
  if (isActivePod(pod)) {
    for (const pdb of store.list(pdbT, { namespace: ns })) {
      if (!selectorMatches(pdb.spec?.selector ?? {}, pod.metadata.labels)) continue;
      const b = budget(store, pdb);
      if (!isPodReady(pod)) continue;
      if (b.disruptionsAllowed < 1)
        throw new StatusError(
          429,
          "TooManyRequests",
          "Cannot evict pod as it would violate the pod's disruption budget.",
          {
            causes: [
              {
                reason: "DisruptionBudget",
                message: `The disruption budget ${pdb.metadata.name} needs ${b.desiredHealthy} healthy pods and has ${b.currentHealthy} currently`,
              },
            ],
          },
        );
    }
  }
  store.delete(podT, ns, name, { gracePeriodSeconds: body?.deleteOptions?.gracePeriodSeconds });
}
