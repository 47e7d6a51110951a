/**
 * The state of running rule groups as plain data: what /api/v1/rules and /api/v1/alerts show,
 * taken from this ruler's groups or received from the other rulers of the ring (as JSON over
 * gRPC, grpc.ts). Times are Unix ms (0 = never); durations are seconds as the API shows them.
 */
import type { Label } from "../model/labels.ts";
import type { Group } from "./group.ts";
import { AlertingRule, type AlertState, type RuleHealth } from "./rules.ts";

export interface AlertStateData {
  labels: Label[];
  annotations: Label[];
  state: AlertState;
  activeAt: number;
  keepFiringSince: number;
  value: number;
}

export interface RuleStateData {
  type: "alerting" | "recording";
  name: string;
  query: string;
  labels: Label[];
  annotations: Label[];
  /** `for`, seconds */
  duration: number;
  /** seconds */
  keepFiringFor: number;
  /** "inactive" | "pending" | "firing" for alerting rules. */
  state: AlertState;
  alerts: AlertStateData[];
  health: RuleHealth;
  lastError: string;
  lastEvaluation: number;
  /** seconds */
  evaluationTime: number;
}

export interface GroupStateData {
  name: string;
  /** The namespace. */
  file: string;
  /** seconds */
  interval: number;
  lastEvaluation: number;
  /** seconds */
  evaluationTime: number;
  sourceTenants: string[];
  rules: RuleStateData[];
}

/** The state of a running group; alerts that are inactive (resolved) are left out. */
export function groupState(g: Group): GroupStateData {
  return {
    name: g.desc.name,
    file: g.desc.namespace,
    interval: g.opts.interval / 1000,
    lastEvaluation: g.lastEvaluation,
    evaluationTime: g.evaluationTime,
    sourceTenants: [...g.desc.sourceTenants],
    rules: g.rules.map((r) => {
      const alerting = r instanceof AlertingRule;
      return {
        type: alerting ? "alerting" : "recording",
        name: r.name,
        query: r.desc.expr,
        labels: r.desc.labels,
        annotations: r.desc.annotations,
        duration: r.desc.for / 1000,
        keepFiringFor: r.desc.keepFiringFor / 1000,
        state: alerting ? r.state() : "inactive",
        alerts: alerting
          ? [...r.active.values()]
              .filter((a) => a.state !== "inactive")
              .map((a) => ({
                labels: a.labels,
                annotations: a.annotations,
                state: a.state,
                activeAt: a.activeAt,
                keepFiringSince: a.keepFiringSince,
                value: a.value,
              }))
          : [],
        health: r.health,
        lastError: r.lastError,
        lastEvaluation: r.lastEvaluation,
        evaluationTime: r.evaluationTime,
      };
    }),
  };
}

/**
 * Merges the groups several rulers report: one per namespace and name (the most recently
 * evaluated, while a group moves between rulers), sorted by namespace then name.
 */
export function mergeGroupStates(lists: readonly (readonly GroupStateData[])[]): GroupStateData[] {
  const byKey = new Map<string, GroupStateData>();
  for (const list of lists)
    for (const g of list) {
      const k = `${g.file}\u0000${g.name}`;
      const cur = byKey.get(k);
      if (!cur || g.lastEvaluation > cur.lastEvaluation) byKey.set(k, g);
    }
  return [...byKey.values()].sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}
