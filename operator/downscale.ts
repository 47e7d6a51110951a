/**
 * Read-only downscale of zoned ingesters as a persisted state machine. The state of a zone in
 * progress lives in its StatefulSet's annotation `mimirts.dev/downscale` (JSON DownscaleState),
 * and the time of the last finished zone downscale in `mimirts.dev/last-downscale` (RFC 3339) on
 * every StatefulSet of the group, so a restarted operator resumes from the API alone:
 *
 *   desired < live, no zone in progress, min time between zone downscales passed
 *     -> POST /ingester/prepare-instance-ring-downscale to the pods that will go (highest
 *        ordinals; they turn read-only and keep serving queries), record {target, since, pods}
 *   in progress, readOnlyDownscaleDelay passed
 *     -> POST /ingester/prepare-shutdown to them, lower replicas, clear the state, stamp
 *        last-downscale; the next zone waits minTimeBetweenZoneDownscales
 *   in progress, desired back up to live (or above) -> DELETE /ingester/prepare-instance-ring-
 *     downscale on those pods (writable again) and clear the state
 *   desired > live -> raised at once (upscales are immediate)
 *
 * decideDownscale() is pure; DownscaleDriver carries a decision out.
 */
import {
  AppsV1Api,
  type KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  type V1StatefulSet,
} from "@kubernetes/client-node";

export const STATE_ANNOTATION = "mimirts.dev/downscale";
export const LAST_ANNOTATION = "mimirts.dev/last-downscale";

export interface DownscaleState {
  /** Replicas the zone goes down to. */
  target: number;
  /** When the pods were made read-only, RFC 3339. */
  since: string;
  /** The pods made read-only. */
  pods: string[];
}

export interface DownscaleZone {
  statefulSet: string;
  zone: string;
  /** spec.replicas of the live StatefulSet. */
  live: number;
  /** Replicas the MimirCluster asks for. */
  desired: number;
  state?: DownscaleState;
}

export type DownscaleDecision =
  | { kind: "idle" }
  | { kind: "upscale"; statefulSet: string; replicas: number; undoPods: string[] }
  /** undoPods: pods an earlier prepare made read-only that now stay. */
  | {
      kind: "prepare";
      statefulSet: string;
      zone: string;
      pods: string[];
      target: number;
      undoPods: string[];
    }
  | { kind: "cancel"; statefulSet: string; zone: string; pods: string[] }
  | { kind: "shutdown"; statefulSet: string; zone: string; pods: string[]; target: number }
  | { kind: "wait"; zone: string; reason: string };

const podNames = (sts: string, from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => `${sts}-${from + i}`);

/**
 * One step for a rollout group. Times in milliseconds since the epoch; delays in milliseconds.
 * lastDownscale: when the group's last zone downscale finished (0 if never).
 */
export function decideDownscale(
  zones: DownscaleZone[],
  now: number,
  delayMs: number,
  minBetweenMs: number,
  lastDownscale: number,
): DownscaleDecision {
  const sorted = [...zones].sort((a, b) => a.statefulSet.localeCompare(b.statefulSet));
  for (const z of sorted) {
    if (z.desired > z.live)
      return {
        kind: "upscale",
        statefulSet: z.statefulSet,
        replicas: z.desired,
        undoPods: z.state?.pods ?? [],
      };
  }
  const busy = sorted.find((z) => z.state);
  if (busy?.state) {
    const s = busy.state;
    if (busy.desired >= busy.live)
      return { kind: "cancel", statefulSet: busy.statefulSet, zone: busy.zone, pods: s.pods };
    if (busy.desired !== s.target) {
      // Asked to go further down (or less far): prepare exactly the pods that now go.
      const pods = podNames(busy.statefulSet, busy.desired, busy.live);
      return {
        kind: "prepare",
        statefulSet: busy.statefulSet,
        zone: busy.zone,
        pods,
        target: busy.desired,
        undoPods: s.pods.filter((p) => !pods.includes(p)),
      };
    }
    const ready = Date.parse(s.since) + delayMs;
    if (now < ready)
      return {
        kind: "wait",
        zone: busy.zone,
        reason: `${s.pods.length} pods of ${busy.zone} read-only until ${new Date(ready).toISOString()}`,
      };
    return {
      kind: "shutdown",
      statefulSet: busy.statefulSet,
      zone: busy.zone,
      pods: s.pods,
      target: s.target,
    };
  }
  const next = sorted.find((z) => z.desired < z.live);
  if (!next) return { kind: "idle" };
  if (lastDownscale > 0 && now < lastDownscale + minBetweenMs) {
    return {
      kind: "wait",
      zone: next.zone,
      reason: `min time between zone downscales: ${next.zone} starts at ${new Date(lastDownscale + minBetweenMs).toISOString()}`,
    };
  }
  return {
    kind: "prepare",
    statefulSet: next.statefulSet,
    zone: next.zone,
    pods: podNames(next.statefulSet, next.desired, next.live),
    target: next.desired,
    undoPods: [],
  };
}

/** Reads the persisted state of a StatefulSet; a broken annotation counts as none. */
export function stateOf(s: V1StatefulSet): DownscaleState | undefined {
  const raw = s.metadata?.annotations?.[STATE_ANNOTATION];
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw);
    return typeof v?.target === "number" && typeof v?.since === "string" && Array.isArray(v?.pods)
      ? v
      : undefined;
  } catch {
    return undefined;
  }
}

/** Calls an ingester endpoint on a pod: method, pod name, path -> HTTP status. */
export type PodCaller = (method: "POST" | "DELETE", pod: string, path: string) => Promise<number>;

/** The pod's stable DNS name through the StatefulSet's headless Service, port 8080. */
export function dnsCaller(
  namespace: string,
  serviceName: string,
  port = 8080,
  timeoutMs = 5_000,
): PodCaller {
  return async (method, pod, path) => {
    const res = await fetch(`http://${pod}.${serviceName}.${namespace}.svc:${port}${path}`, {
      method,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer();
    return res.status;
  };
}

const MERGE = setHeaderOptions("Content-Type", PatchStrategy.MergePatch);

export class DownscaleDriver {
  readonly #apps: AppsV1Api;

  constructor(kc: KubeConfig) {
    this.#apps = kc.makeApiClient(AppsV1Api);
  }

  async #annotate(
    namespace: string,
    name: string,
    annotations: Record<string, string | null>,
    replicas?: number,
  ): Promise<void> {
    await this.#apps.patchNamespacedStatefulSet(
      {
        namespace,
        name,
        body: {
          metadata: { annotations },
          ...(replicas !== undefined ? { spec: { replicas } } : {}),
        },
      },
      MERGE,
    );
  }

  /**
   * The group's StatefulSets (by label selector, e.g. "rollout-group=ingester") as
   * DownscaleZones (desired replicas by StatefulSet name; missing names keep their live
   * replicas) and when its last zone downscale finished (ms, 0 if never).
   */
  async observe(
    namespace: string,
    selector: string,
    desired: Map<string, number>,
  ): Promise<{ zones: DownscaleZone[]; lastDownscale: number }> {
    const list = await this.#apps.listNamespacedStatefulSet({ namespace, labelSelector: selector });
    let lastDownscale = 0;
    const zones = list.items.map((s): DownscaleZone => {
      const name = s.metadata?.name ?? "";
      const last = Date.parse(s.metadata?.annotations?.[LAST_ANNOTATION] ?? "");
      if (Number.isFinite(last)) lastDownscale = Math.max(lastDownscale, last);
      const live = s.spec?.replicas ?? 1;
      const state = stateOf(s);
      return {
        statefulSet: name,
        zone: s.metadata?.labels?.zone ?? name,
        live,
        desired: desired.get(name) ?? live,
        ...(state ? { state } : {}),
      };
    });
    return { zones, lastDownscale };
  }

  /** Carries out a decision; throws when a pod endpoint fails (the caller retries). */
  async act(
    namespace: string,
    d: DownscaleDecision,
    call: PodCaller,
    group: string[],
    now: Date,
  ): Promise<void> {
    const all = async (method: "POST" | "DELETE", pods: string[], path: string) => {
      for (const pod of pods) {
        const status = await call(method, pod, path);
        if (status < 200 || status > 299)
          throw new Error(`${method} ${path} on ${pod} answered ${status}`);
      }
    };
    if (d.kind === "upscale") {
      if (d.undoPods.length > 0)
        await all("DELETE", d.undoPods, "/ingester/prepare-instance-ring-downscale");
      await this.#annotate(namespace, d.statefulSet, { [STATE_ANNOTATION]: null }, d.replicas);
    } else if (d.kind === "prepare") {
      if (d.undoPods.length > 0)
        await all("DELETE", d.undoPods, "/ingester/prepare-instance-ring-downscale");
      await all("POST", d.pods, "/ingester/prepare-instance-ring-downscale");
      const state: DownscaleState = { target: d.target, since: now.toISOString(), pods: d.pods };
      await this.#annotate(namespace, d.statefulSet, { [STATE_ANNOTATION]: JSON.stringify(state) });
    } else if (d.kind === "cancel") {
      await all("DELETE", d.pods, "/ingester/prepare-instance-ring-downscale");
      await this.#annotate(namespace, d.statefulSet, { [STATE_ANNOTATION]: null });
    } else if (d.kind === "shutdown") {
      await all("POST", d.pods, "/ingester/prepare-shutdown");
      await this.#annotate(namespace, d.statefulSet, { [STATE_ANNOTATION]: null }, d.target);
      for (const name of group)
        await this.#annotate(namespace, name, { [LAST_ANNOTATION]: now.toISOString() });
    }
  }
}
