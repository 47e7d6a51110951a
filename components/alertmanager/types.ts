/**
 * Alerts inside a tenant's Alertmanager (types.Alert) and the time formats of its APIs. Times are
 * milliseconds since the epoch; 0 is Go's zero time ("0001-01-01T00:00:00Z" on the wire).
 */
import type { LabelSet } from "./labels.ts";

export interface Alert {
  labels: LabelSet;
  annotations: LabelSet;
  startsAt: number;
  /** 0 = unknown (never set). */
  endsAt: number;
  generatorURL: string;
  updatedAt: number;
  /** endsAt was set from resolve_timeout, not by the client. */
  timeout: boolean;
  fingerprint: string;
}

/** Resolved at `now`: endsAt set and not after now. */
export function resolvedAt(a: Alert, now: number): boolean {
  return a.endsAt !== 0 && a.endsAt <= now;
}

/** types.Alert.Merge: keeps the earliest start; the later update wins otherwise. */
export function mergeAlerts(a: Alert, o: Alert, now: number): Alert {
  if (o.updatedAt < a.updatedAt) return mergeAlerts(o, a, now);
  const res: Alert = { ...o };
  if (a.startsAt < o.startsAt) res.startsAt = a.startsAt;
  if (resolvedAt(o, now)) {
    if (resolvedAt(a, now) && a.endsAt > o.endsAt) res.endsAt = a.endsAt;
  } else if (a.endsAt > o.endsAt && !a.timeout) {
    res.endsAt = a.endsAt;
  }
  return res;
}

export const GO_ZERO_TIME = "0001-01-01T00:00:00Z";

/** Go's time.Time JSON form (RFC 3339 with trailing fractional zeros trimmed), UTC. */
export function goTime(ms: number): string {
  if (ms === 0) return GO_ZERO_TIME;
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.000Z$/, "Z").replace(/(\.\d*?)0+Z$/, "$1Z");
}

/** strfmt.DateTime as the v2 API writes it (milliseconds always shown), UTC. */
export function apiTime(ms: number): string {
  if (ms === 0) return "0001-01-01T00:00:00.000Z";
  return new Date(ms).toISOString();
}

/** Parses an RFC 3339 timestamp to ms; undefined when malformed. */
export function parseTime(s: unknown): number | undefined {
  if (typeof s !== "string" || s === "") return undefined;
  if (s.startsWith("0001-01-01T00:00:00")) return 0;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s))
    return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
}
