/**
 * Rollouts and downscales of a MimirCluster's zoned StatefulSets (label rollout-group,
 * updateStrategy OnDelete), one step per reconcile, in Mimir's safe order: the stateful write
 * path first (ingesters, the write group), then store-gateways and the backend group. A group
 * that is not done holds back the groups after it. Downscales go before rollouts within a group.
 * Every step that changes something records an Event.
 *
 * Ingesters (and the write group) get the read-only downscale with the HTTP calls to the pods;
 * other groups scale down zone by zone with the same timing and no calls.
 */
import type { KubeConfig } from "@kubernetes/client-node";
import type { KubeObject } from "../cdk8s/index.ts";
import { DownscaleDriver, decideDownscale, dnsCaller, type PodCaller } from "./downscale.ts";
import { parseDuration } from "./duration.ts";
import { INSTANCE_LABEL } from "./kinds.ts";
import { decide, RolloutDriver } from "./rollout.ts";

export const GROUP_ORDER = ["ingester", "write", "store-gateway", "backend"];
const READ_ONLY_GROUPS = new Set(["ingester", "write"]);

export interface RolloutStatus {
  phase: "Idle" | "RollingOut" | "Downscaling" | "Paused" | "Blocked";
  component?: string;
  zone?: string;
  message?: string;
}

export interface RolloutSettings {
  maxUnavailablePerZone?: number;
  minTimeBetweenZoneDownscales?: string;
  readOnlyDownscaleDelay?: string;
}

export type Emit = (type: "Normal" | "Warning", reason: string, message: string) => Promise<void>;

/** The rollout groups among rendered objects, in Mimir's safe order. */
export function rolloutGroups(objs: KubeObject[]): string[] {
  const groups = new Set<string>();
  for (const o of objs) {
    const g = o.metadata.labels?.["rollout-group"];
    if (o.kind === "StatefulSet" && g && o.spec?.updateStrategy?.type === "OnDelete") groups.add(g);
  }
  const rank = (g: string) =>
    GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length;
  return [...groups].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export class Orchestrator {
  readonly #rollout: RolloutDriver;
  readonly #downscale: DownscaleDriver;
  readonly #caller: ((namespace: string, serviceName: string) => PodCaller) | undefined;

  /** caller: how pod endpoints are reached (default: the pods' DNS names). */
  constructor(kc: KubeConfig, caller?: (namespace: string, serviceName: string) => PodCaller) {
    this.#rollout = new RolloutDriver(kc);
    this.#downscale = new DownscaleDriver(kc);
    this.#caller = caller;
  }

  async step(
    namespace: string,
    cluster: string,
    objs: KubeObject[],
    settings: RolloutSettings,
    paused: boolean,
    emit: Emit,
  ): Promise<RolloutStatus> {
    const delayMs = parseDuration(settings.readOnlyDownscaleDelay ?? "13h");
    const minBetweenMs = parseDuration(settings.minTimeBetweenZoneDownscales ?? "12h");
    for (const group of rolloutGroups(objs)) {
      const selector = `rollout-group=${group},${INSTANCE_LABEL}=${cluster}`;
      const mine = objs.filter(
        (o) => o.kind === "StatefulSet" && o.metadata.labels?.["rollout-group"] === group,
      );
      const desired = new Map(mine.map((o) => [o.metadata.name, o.spec.replicas as number]));
      const maxUnavailable = Number(
        mine[0]?.metadata.annotations?.["rollout-max-unavailable"] ??
          settings.maxUnavailablePerZone ??
          1,
      );

      const { zones, lastDownscale } = await this.#downscale.observe(namespace, selector, desired);
      const dd = decideDownscale(
        zones,
        Date.now(),
        READ_ONLY_GROUPS.has(group) ? delayMs : 0,
        minBetweenMs,
        lastDownscale,
      );
      if (dd.kind !== "idle") {
        if (paused)
          return {
            phase: "Paused",
            component: group,
            message: "spec.paused is true: the downscale waits",
          };
        if (dd.kind === "wait")
          return { phase: "Downscaling", component: group, zone: dd.zone, message: dd.reason };
        const serviceName = mine[0]?.spec?.serviceName ?? "";
        const caller: PodCaller = READ_ONLY_GROUPS.has(group)
          ? (this.#caller?.(namespace, serviceName) ?? dnsCaller(namespace, serviceName))
          : async () => 200;
        await this.#downscale.act(
          namespace,
          dd,
          caller,
          zones.map((z) => z.statefulSet),
          new Date(),
        );
        const what =
          dd.kind === "upscale"
            ? `${dd.statefulSet} scaled up to ${dd.replicas}`
            : dd.kind === "prepare"
              ? `${dd.pods.join(", ")} made read-only before ${dd.statefulSet} goes down to ${dd.target}`
              : dd.kind === "cancel"
                ? `${dd.pods.join(", ")} writable again: replicas went back up`
                : `${dd.pods.join(", ")} prepared for shutdown; ${dd.statefulSet} down to ${dd.target}`;
        await emit("Normal", dd.kind === "upscale" ? "ScaledUp" : "Downscale", what);
        if (dd.kind !== "upscale")
          return {
            phase: "Downscaling",
            component: group,
            ...("zone" in dd ? { zone: dd.zone } : {}),
            message: what,
          };
      }

      const { zones: rz } = await this.#rollout.observe(
        namespace,
        group,
        `${INSTANCE_LABEL}=${cluster}`,
      );
      const d = decide(rz, maxUnavailable, paused);
      if (d.kind === "idle") continue;
      if (d.kind === "wait") {
        const phase = paused
          ? "Paused"
          : d.reason.startsWith("budget") || d.reason.startsWith("zones ")
            ? "Blocked"
            : "RollingOut";
        return {
          phase,
          component: group,
          ...(d.zone ? { zone: d.zone } : {}),
          message: `${d.reason}; ${d.left} pods left`,
        };
      }
      await this.#rollout.act(namespace, d);
      if (d.kind === "delete") {
        const message = `deleting outdated pods ${d.pods.join(", ")} of ${d.zone}; ${d.left} pods left`;
        await emit("Normal", "RollingOut", message);
        return { phase: "RollingOut", component: group, zone: d.zone, message };
      }
      await emit("Normal", "ZoneUpdated", `${d.statefulSet} is at revision ${d.revision}`);
      return { phase: "RollingOut", component: group, zone: d.zone, message: `${d.zone} updated` };
    }
    return { phase: "Idle" };
  }
}
