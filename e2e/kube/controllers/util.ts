/** Helpers the controllers share: typed store access, hashes, pod readiness, owner references, events. */
import { createHash } from "node:crypto";
import type { ResourceType } from "../api/resources.ts";
import type { Store } from "../api/store.ts";

export const MANAGER = "kube-controller-manager";

export function T(store: Store, group: string, version: string, plural: string): ResourceType {
  const t = store.type(group, version, plural);
  if (!t) throw new Error(`no type ${group}/${version}/${plural}`);
  return t;
}

/** Kubernetes-style short hash of a JSON value (lower-case alphanumerics, like pod-template-hash). */
export function shortHash(v: unknown, len = 10): string {
  const h = createHash("sha256").update(JSON.stringify(v)).digest();
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[h[i]! % alphabet.length];
  return s;
}

export function randomSuffix(len = 5): string {
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
}

export function isPodReady(p: any): boolean {
  return (p.status?.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True");
}

/** Ready for at least minReadySeconds (by the Ready condition's lastTransitionTime). */
export function isPodAvailable(p: any, minReadySeconds = 0): boolean {
  if (!isPodReady(p)) return false;
  if (!minReadySeconds) return true;
  const c = (p.status?.conditions ?? []).find((x: any) => x.type === "Ready");
  const since = Date.parse(c?.lastTransitionTime ?? "");
  return Number.isFinite(since) && Date.now() - since >= minReadySeconds * 1000;
}

export function isTerminating(o: any): boolean {
  return !!o.metadata?.deletionTimestamp;
}

export function isActivePod(p: any): boolean {
  return !isTerminating(p) && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed";
}

export function controllerRef(o: any): any | undefined {
  return (o.metadata?.ownerReferences ?? []).find((r: any) => r.controller);
}

export function ownedBy(o: any, owner: any): boolean {
  return controllerRef(o)?.uid === owner.metadata.uid;
}

export function ownerRef(owner: any, blockOwnerDeletion = true): any {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion,
  };
}

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, "Z");
}

/** Resolves an int-or-percent against a total (percent rounded up or down as asked). */
export function intOrPercent(v: unknown, total: number, roundUp: boolean): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.endsWith("%")) {
    const x = (Number(v.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  return 0;
}

/** Sets a condition in a conditions list, keeping lastTransitionTime when the status is unchanged. */
export function setCondition(
  conds: any[] | undefined,
  c: { type: string; status: string; reason?: string; message?: string },
): any[] {
  const list = [...(conds ?? [])];
  const i = list.findIndex((x) => x.type === c.type);
  const now = nowIso();
  const prev = i >= 0 ? list[i] : undefined;
  const next = {
    ...c,
    lastTransitionTime: prev && prev.status === c.status ? prev.lastTransitionTime : now,
    lastUpdateTime:
      prev && prev.status === c.status && prev.reason === c.reason
        ? (prev.lastUpdateTime ?? now)
        : now,
  };
  if (prev && prev.status === c.status && prev.reason === c.reason && prev.message === c.message)
    return list;
  if (i >= 0) list[i] = next;
  else list.push(next);
  return list;
}

/** Records a core/v1 Event about obj (what `kubectl describe` lists). */
const recent = new WeakMap<Store, Map<string, number>>();
/** The same event about the same object is recorded at most once in this many milliseconds. */
const EVENT_REPEAT_MS = 30_000;

export function recordEvent(
  store: Store,
  obj: any,
  type: "Normal" | "Warning",
  reason: string,
  message: string,
  component = "controller-manager",
): void {
  let seen = recent.get(store);
  if (!seen) recent.set(store, (seen = new Map()));
  const key = `${obj.metadata.uid}\u0000${reason}\u0000${message}`;
  const now = Date.now();
  if ((seen.get(key) ?? 0) > now - EVENT_REPEAT_MS) return;
  seen.set(key, now);
  if (seen.size > 10_000) for (const [k, t] of seen) if (t < now - EVENT_REPEAT_MS) seen.delete(k);
  const ns = obj.metadata.namespace ?? "default";
  const t = T(store, "", "v1", "events");
  try {
    const now = new Date().toISOString();
    store.create(
      t,
      ns,
      {
        metadata: {
          name: `${obj.metadata.name}.${Date.now().toString(16)}${randomSuffix(4)}`,
          namespace: ns,
        },
        involvedObject: {
          apiVersion: obj.apiVersion,
          kind: obj.kind,
          name: obj.metadata.name,
          namespace: obj.metadata.namespace,
          uid: obj.metadata.uid,
          resourceVersion: obj.metadata.resourceVersion,
        },
        reason,
        message,
        type,
        source: { component },
        firstTimestamp: now.replace(/\.\d+Z$/, "Z"),
        lastTimestamp: now.replace(/\.\d+Z$/, "Z"),
        count: 1,
        reportingComponent: component,
        reportingInstance: "",
      },
      { manager: MANAGER },
    );
  } catch {
    // The namespace is going away; events are best effort.
  }
}

/** A pod template with the hash label removed (what two templates are compared on). */
export function templateKey(tmpl: any): string {
  const c = structuredClone(tmpl ?? {});
  delete c.$patch;
  if (c.metadata?.labels) {
    delete c.metadata.labels["pod-template-hash"];
    delete c.metadata.labels["controller-revision-hash"];
  }
  return JSON.stringify(c);
}
