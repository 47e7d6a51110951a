/**
 * Zone-aware rollouts of one rollout group (the OnDelete StatefulSets sharing the label
 * `rollout-group`, one per zone), decided from observed state only, so a restarted operator
 * resumes where the last one stopped:
 *
 * - zones are taken in name order; a zone with pods not Ready (or missing) goes first, and while
 *   two or more zones have pods not Ready nothing is deleted;
 * - in the zone being worked on, outdated pods (label controller-revision-hash differing from the
 *   StatefulSet's status.updateRevision) are deleted in batches of maxUnavailablePerZone (an
 *   integer, or a percentage of the zone's replicas rounded down, at least 1) minus the pods
 *   already not Ready;
 * - the next zone starts only when every pod of this one is Ready at the update revision; the
 *   StatefulSet's status.currentRevision is then set to its updateRevision (Kubernetes leaves it
 *   to whoever deletes the pods of an OnDelete StatefulSet).
 *
 * decide() is pure; RolloutDriver applies one decision through the API.
 */
import {
  AppsV1Api,
  CoreV1Api,
  type KubeConfig,
  type V1Pod,
  type V1StatefulSet,
} from "@kubernetes/client-node";

export interface PodState {
  name: string;
  /** The pod's controller-revision-hash label. */
  revision: string;
  ready: boolean;
  /** deletionTimestamp set. */
  terminating: boolean;
}

export interface ZoneState {
  /** StatefulSet name. */
  statefulSet: string;
  zone: string;
  replicas: number;
  updateRevision: string;
  currentRevision: string;
  pods: PodState[];
}

export type Decision =
  | { kind: "idle" }
  /** Delete these pods of the zone (outdated, batch within budget). */
  | { kind: "delete"; statefulSet: string; zone: string; pods: string[]; left: number }
  /** Every pod of the zone is Ready at the update revision: record currentRevision. */
  | { kind: "record"; statefulSet: string; zone: string; revision: string }
  | { kind: "wait"; zone?: string; reason: string; left: number };

/** maxUnavailablePerZone as a pod count for a zone of `replicas` pods: at least 1. */
export function budget(maxUnavailable: number | string, replicas: number): number {
  if (typeof maxUnavailable === "number") return Math.max(1, Math.floor(maxUnavailable));
  const m = /^(\d+)%$/.exec(maxUnavailable.trim());
  if (m) return Math.max(1, Math.floor((Number(m[1]) * replicas) / 100));
  const n = Number(maxUnavailable);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

const ordinal = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 0);

function disrupted(z: ZoneState): boolean {
  return z.pods.length < z.replicas || z.pods.some((p) => !p.ready || p.terminating);
}

export function decide(
  zones: ZoneState[],
  maxUnavailable: number | string,
  paused: boolean,
): Decision {
  const sorted = [...zones].sort((a, b) => a.statefulSet.localeCompare(b.statefulSet));
  const outdated = (z: ZoneState) => z.pods.filter((p) => p.revision !== z.updateRevision);
  const left = sorted.reduce((n, z) => n + outdated(z).length, 0);
  const down = sorted.filter(disrupted);
  if (down.length >= 2)
    return {
      kind: "wait",
      reason: `zones ${down.map((z) => z.zone).join(", ")} have pods not Ready; waiting until at most one has`,
      left,
    };
  const target =
    down[0] ?? sorted.find((z) => outdated(z).length > 0 || z.currentRevision !== z.updateRevision);
  if (!target) return { kind: "idle" };
  const old = outdated(target);
  if (old.length === 0) {
    if (disrupted(target))
      return {
        kind: "wait",
        zone: target.zone,
        reason: `waiting for the pods of ${target.zone} to be Ready`,
        left,
      };
    if (target.currentRevision !== target.updateRevision)
      return {
        kind: "record",
        statefulSet: target.statefulSet,
        zone: target.zone,
        revision: target.updateRevision,
      };
    return { kind: "idle" };
  }
  if (paused) return { kind: "wait", zone: target.zone, reason: "paused (spec.paused)", left };
  const notReady =
    target.pods.filter((p) => !p.ready || p.terminating).length +
    Math.max(0, target.replicas - target.pods.length);
  const room = budget(maxUnavailable, target.replicas) - notReady;
  // Outdated pods not Ready go first: deleting them costs no extra availability.
  const candidates = old
    .filter((p) => !p.terminating)
    .sort((a, b) => Number(a.ready) - Number(b.ready) || ordinal(a.name) - ordinal(b.name));
  const free = candidates.filter((p) => !p.ready);
  const pick = [...free, ...candidates.filter((p) => p.ready).slice(0, Math.max(0, room))];
  if (pick.length === 0)
    return {
      kind: "wait",
      zone: target.zone,
      reason: `budget of ${target.zone} spent: ${notReady} pods not Ready`,
      left,
    };
  return {
    kind: "delete",
    statefulSet: target.statefulSet,
    zone: target.zone,
    pods: pick.map((p) => p.name),
    left,
  };
}

/** A pod as PodState. */
export function podState(p: V1Pod): PodState {
  return {
    name: p.metadata?.name ?? "",
    revision: p.metadata?.labels?.["controller-revision-hash"] ?? "",
    ready: (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
    terminating:
      p.metadata?.deletionTimestamp !== undefined && p.metadata?.deletionTimestamp !== null,
  };
}

/** Reads a rollout group and carries out one decision. */
export class RolloutDriver {
  readonly #apps: AppsV1Api;
  readonly #core: CoreV1Api;

  constructor(kc: KubeConfig) {
    this.#apps = kc.makeApiClient(AppsV1Api);
    this.#core = kc.makeApiClient(CoreV1Api);
  }

  async observe(
    namespace: string,
    group: string,
    instanceSelector = "",
  ): Promise<{ zones: ZoneState[]; statefulSets: V1StatefulSet[] }> {
    const selector = [`rollout-group=${group}`, instanceSelector].filter((s) => s !== "").join(",");
    const list = await this.#apps.listNamespacedStatefulSet({ namespace, labelSelector: selector });
    const zones: ZoneState[] = [];
    for (const s of list.items) {
      if (s.spec?.updateStrategy?.type !== "OnDelete") continue;
      const match = s.spec.selector.matchLabels ?? {};
      const pods = await this.#core.listNamespacedPod({
        namespace,
        labelSelector: Object.entries(match)
          .map(([k, v]) => `${k}=${v}`)
          .join(","),
      });
      const name = s.metadata?.name ?? "";
      zones.push({
        statefulSet: name,
        zone: s.metadata?.labels?.zone ?? name,
        replicas: s.spec.replicas ?? 1,
        // Until the controller has observed the latest spec, its updateRevision is stale: then
        // treat every pod as up to date (nothing is deleted on old information).
        updateRevision:
          (s.status?.observedGeneration ?? 0) >= (s.metadata?.generation ?? 0)
            ? (s.status?.updateRevision ?? "")
            : "",
        currentRevision: s.status?.currentRevision ?? "",
        pods: pods.items
          .filter((p) => (p.metadata?.ownerReferences ?? []).some((r) => r.uid === s.metadata?.uid))
          .map(podState),
      });
      const z = zones[zones.length - 1];
      if (z.updateRevision === "") {
        z.updateRevision = "unobserved";
        z.currentRevision = "unobserved";
        for (const p of z.pods) p.revision = "unobserved";
      }
    }
    return { zones, statefulSets: list.items };
  }

  /** Carries out a delete or record decision; other decisions do nothing. */
  async act(namespace: string, d: Decision): Promise<void> {
    if (d.kind === "delete") {
      for (const pod of d.pods) {
        await this.#core.deleteNamespacedPod({ namespace, name: pod }).catch((e) => {
          if ((e as { code?: number }).code !== 404) throw e;
        });
      }
    } else if (d.kind === "record") {
      // Read-modify-write of the status; the StatefulSet controller writes it too, so a 409
      // means reading again.
      for (let attempt = 0; ; attempt++) {
        const s = await this.#apps.readNamespacedStatefulSetStatus({
          namespace,
          name: d.statefulSet,
        });
        if (s.status?.updateRevision !== d.revision) return;
        s.status.currentRevision = d.revision;
        s.status.currentReplicas = s.status.updatedReplicas ?? s.status.currentReplicas;
        try {
          await this.#apps.replaceNamespacedStatefulSetStatus({
            namespace,
            name: d.statefulSet,
            body: s,
          });
          return;
        } catch (e) {
          if ((e as { code?: number }).code !== 409 || attempt >= 4) throw e;
        }
      }
    }
  }
}
