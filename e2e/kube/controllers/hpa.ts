/**
 * The HorizontalPodAutoscaler controller without a metrics API: it keeps the target's replicas
 * within [minReplicas, maxReplicas] through the target's scale subresource (so the field is
 * owned by "horizontal-pod-autoscaler", as in Kubernetes), and reports ScalingActive=False
 * because no metrics can be read.
 */
import type { ResourceType } from "../api/resources.ts";
import type { Store } from "../api/store.ts";
import { nowIso, setCondition, T } from "./util.ts";

const MANAGER = "horizontal-pod-autoscaler";

function targetType(store: Store, ref: any): ResourceType | undefined {
  const [group, version] = String(ref?.apiVersion ?? "").includes("/")
    ? String(ref.apiVersion).split("/")
    : ["", ref?.apiVersion ?? "v1"];
  return store
    .allTypes()
    .find((t) => t.group === group && t.version === version && t.kind === ref?.kind && t.scale);
}

export function syncHorizontalPodAutoscalers(store: Store): void {
  const hpaT = T(store, "autoscaling", "v2", "horizontalpodautoscalers");
  for (const hpa of store.list(hpaT)) {
    const ns = hpa.metadata.namespace;
    const ref = hpa.spec?.scaleTargetRef ?? {};
    const t = targetType(store, ref);
    const target = t ? store.tryGet(t, ns, ref.name) : undefined;
    let conds = hpa.status?.conditions ?? [];
    const status: Record<string, any> = { ...(hpa.status ?? {}) };
    if (!t || !target) {
      conds = setCondition(conds, {
        type: "AbleToScale",
        status: "False",
        reason: "FailedGetScale",
        message: `the HPA controller was unable to get the target's current scale: ${String(ref.kind).toLowerCase()}s "${ref.name}" not found`,
      });
    } else {
      const scale = store.scaleOf(t, target);
      const current = scale.spec.replicas ?? 0;
      const min = hpa.spec.minReplicas ?? 1;
      const max = hpa.spec.maxReplicas ?? current;
      const desired = Math.min(max, Math.max(min, current));
      if (desired !== current && current !== 0) {
        store.setScale(
          t,
          ns,
          ref.name,
          { ...scale, spec: { replicas: desired } },
          { manager: MANAGER, subresource: "scale" },
        );
        status.lastScaleTime = nowIso();
      }
      status.currentReplicas = scale.status.replicas ?? current;
      status.desiredReplicas = desired;
      conds = setCondition(conds, {
        type: "AbleToScale",
        status: "True",
        reason: "SucceededGetScale",
        message: "the HPA controller was able to get the target's current scale",
      });
      conds = setCondition(conds, {
        type: "ScalingActive",
        status: "False",
        reason: "FailedGetResourceMetric",
        message:
          "the HPA was unable to compute the replica count: no metrics API in the local cluster",
      });
    }
    status.conditions = conds.map((c: any) => {
      const { lastUpdateTime: _u, ...rest } = c;
      return rest;
    });
    if (JSON.stringify(hpa.status ?? {}) !== JSON.stringify(status))
      store.writeInternal(hpaT, { ...hpa, status }, MANAGER);
  }
}
