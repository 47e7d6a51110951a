/**
 * The scheduler: binds each unscheduled pod to a node, honouring nodeSelector, required node
 * affinity and topologySpreadConstraints (on any node label, zone in practice), then spreading
 * by pod count.
 */
import { matchLabels, selectorMatches } from "../api/selectors.ts";
import type { Store } from "../api/store.ts";
import { isActivePod, recordEvent, setCondition, T } from "./util.ts";

function nodeTermMatches(term: any, labels: Record<string, string>): boolean {
  for (const e of term.matchExpressions ?? []) {
    const v = labels[e.key];
    const has = e.key in labels;
    switch (e.operator) {
      case "In":
        if (!has || !(e.values ?? []).includes(v)) return false;
        break;
      case "NotIn":
        if (has && (e.values ?? []).includes(v)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      case "Gt":
        if (!has || !(Number(v) > Number(e.values?.[0]))) return false;
        break;
      case "Lt":
        if (!has || !(Number(v) < Number(e.values?.[0]))) return false;
        break;
    }
  }
  return true;
}

export function syncScheduler(store: Store): void {
  const podT = T(store, "", "v1", "pods");
  const nodes = store.list(T(store, "", "v1", "nodes")).filter((n) => !n.spec?.unschedulable);
  const pods = store.list(podT);
  const count = new Map<string, number>();
  for (const p of pods)
    if (p.spec.nodeName && isActivePod(p))
      count.set(p.spec.nodeName, (count.get(p.spec.nodeName) ?? 0) + 1);
  for (const pod of pods) {
    if (pod.spec.nodeName || pod.metadata.deletionTimestamp) continue;
    let candidates = nodes.filter((n) =>
      matchLabels(
        Object.entries(pod.spec.nodeSelector ?? {}).map(([key, v]) => ({
          key,
          op: "=" as const,
          values: [String(v)],
        })),
        n.metadata.labels,
      ),
    );
    const terms =
      pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
        ?.nodeSelectorTerms;
    if (terms?.length)
      candidates = candidates.filter((n) =>
        terms.some((t: any) => nodeTermMatches(t, n.metadata.labels ?? {})),
      );
    for (const c of pod.spec.topologySpreadConstraints ?? []) {
      const key = c.topologyKey;
      const domains = new Map<string, number>();
      for (const n of nodes)
        if (n.metadata.labels?.[key] !== undefined) domains.set(n.metadata.labels[key], 0);
      for (const p of pods) {
        if (!p.spec.nodeName || !isActivePod(p) || p.metadata.namespace !== pod.metadata.namespace)
          continue;
        if (!selectorMatches(c.labelSelector, p.metadata.labels)) continue;
        const n = nodes.find((x) => x.metadata.name === p.spec.nodeName);
        const d = n?.metadata.labels?.[key];
        if (d !== undefined) domains.set(d, (domains.get(d) ?? 0) + 1);
      }
      const min = Math.min(...domains.values());
      const ok = candidates.filter((n) => {
        const d = n.metadata.labels?.[key];
        return d !== undefined && (domains.get(d) ?? 0) + 1 - min <= (c.maxSkew ?? 1);
      });
      if (ok.length > 0 || c.whenUnsatisfiable === "DoNotSchedule") candidates = ok;
      candidates.sort(
        (a, b) =>
          (domains.get(a.metadata.labels?.[key]) ?? 0) -
          (domains.get(b.metadata.labels?.[key]) ?? 0),
      );
    }
    if (candidates.length === 0) {
      const conds = setCondition(pod.status?.conditions, {
        type: "PodScheduled",
        status: "False",
        reason: "Unschedulable",
        message: `0/${nodes.length} nodes are available: ${nodes.length} node(s) didn't match Pod's node affinity/selector.`,
      });
      if (JSON.stringify(conds) !== JSON.stringify(pod.status?.conditions))
        store.writeInternal(
          podT,
          { ...pod, status: { ...pod.status, conditions: conds } },
          "default-scheduler",
        );
      continue;
    }
    // With spread constraints the candidates are already ordered by their domain's pod count.
    const pick = (pod.spec.topologySpreadConstraints ?? []).length
      ? candidates[0]!
      : [...candidates].sort(
          (a, b) => (count.get(a.metadata.name) ?? 0) - (count.get(b.metadata.name) ?? 0),
        )[0]!;
    count.set(pick.metadata.name, (count.get(pick.metadata.name) ?? 0) + 1);
    pod.spec.nodeName = pick.metadata.name;
    pod.status = {
      ...pod.status,
      conditions: setCondition(pod.status?.conditions, { type: "PodScheduled", status: "True" }),
    };
    pod.status.conditions = pod.status.conditions.map((c: any) => {
      const { lastUpdateTime: _u, ...rest } = c;
      return rest;
    });
    const bound = store.writeInternal(podT, pod, "default-scheduler");
    recordEvent(
      store,
      bound,
      "Normal",
      "Scheduled",
      `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${pick.metadata.name}`,
      "default-scheduler",
    );
  }
}
