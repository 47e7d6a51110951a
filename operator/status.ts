/**
 * The MimirCluster status the operator writes: observedGeneration, the conditions Ready,
 * Reconciling and Stalled (metav1.Condition, True/False/Unknown, each with reason, message and
 * observedGeneration; lastTransitionTime kept while the status value stays the same), and
 * replicas per component (and per zone, with the zone's current and update revisions), read from
 * the live StatefulSets and Deployments.
 */
export interface Condition {
  type: string;
  status: "True" | "False" | "Unknown";
  observedGeneration: number;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

/** What the reconcile learned, before it becomes conditions. */
export type Outcome =
  /** Render or apply failed in a way that needs a spec change: Stalled=True. */
  | { kind: "stalled"; reason: string; message: string }
  /** A transient failure (API error): Ready Unknown, Reconciling True. */
  | { kind: "error"; reason: string; message: string }
  /** Applied; workloads as found. */
  | { kind: "applied"; workloads: WorkloadState[] };

/** One StatefulSet or Deployment as read back from the API. */
export interface WorkloadState {
  kind: string;
  name: string;
  /** app.kubernetes.io/component */
  component: string;
  /** The zone label, if zoned. */
  zone?: string;
  generation: number;
  observedGeneration: number;
  replicas: number;
  readyReplicas: number;
  updatedReplicas: number;
  currentRevision?: string;
  updateRevision?: string;
}

export interface ComponentStatus {
  name: string;
  replicas: number;
  readyReplicas: number;
  updatedReplicas: number;
  zones?: {
    name: string;
    replicas: number;
    readyReplicas: number;
    updatedReplicas: number;
    currentRevision?: string;
    updateRevision?: string;
  }[];
}

/** Why a workload is not done yet, or undefined when it is. */
export function notDone(w: WorkloadState): string | undefined {
  if (w.observedGeneration < w.generation)
    return `${w.kind} ${w.name}: controller has not observed generation ${w.generation} yet`;
  if (w.updatedReplicas < w.replicas)
    return `${w.kind} ${w.name}: ${w.updatedReplicas}/${w.replicas} replicas updated`;
  if (w.readyReplicas < w.replicas)
    return `${w.kind} ${w.name}: ${w.readyReplicas}/${w.replicas} replicas ready`;
  return undefined;
}

function cond(
  type: string,
  status: Condition["status"],
  reason: string,
  message: string,
  generation: number,
  now: string,
): Condition {
  return { type, status, observedGeneration: generation, lastTransitionTime: now, reason, message };
}

/** Conditions for an outcome; lastTransitionTime carried over from previous when unchanged. */
export function conditionsFor(
  outcome: Outcome,
  generation: number,
  previous: Condition[] | undefined,
  now: string,
): Condition[] {
  let next: Condition[];
  if (outcome.kind === "stalled") {
    next = [
      cond("Ready", "False", outcome.reason, outcome.message, generation, now),
      cond(
        "Reconciling",
        "False",
        outcome.reason,
        outcome.reason === "PodsCannotStart"
          ? "the pods are checked again until they start"
          : "reconciling stopped until the spec is fixed",
        generation,
        now,
      ),
      cond("Stalled", "True", outcome.reason, outcome.message, generation, now),
    ];
  } else if (outcome.kind === "error") {
    next = [
      cond("Ready", "Unknown", outcome.reason, outcome.message, generation, now),
      cond("Reconciling", "True", outcome.reason, `retrying: ${outcome.message}`, generation, now),
      cond("Stalled", "False", outcome.reason, "retrying with back-off", generation, now),
    ];
  } else {
    const waiting = outcome.workloads.map(notDone).filter((m): m is string => m !== undefined);
    if (waiting.length > 0) {
      const msg = waiting.join("; ");
      next = [
        cond("Ready", "False", "Progressing", msg, generation, now),
        cond("Reconciling", "True", "Progressing", msg, generation, now),
        cond("Stalled", "False", "Progressing", "no problem found", generation, now),
      ];
    } else {
      const msg = `${outcome.workloads.length} workloads ready at generation ${generation}`;
      next = [
        cond("Ready", "True", "Reconciled", msg, generation, now),
        cond("Reconciling", "False", "Reconciled", msg, generation, now),
        cond("Stalled", "False", "Reconciled", "no problem found", generation, now),
      ];
    }
  }
  for (const c of next) {
    const old = previous?.find((p) => p.type === c.type);
    if (old && old.status === c.status && old.lastTransitionTime)
      c.lastTransitionTime = old.lastTransitionTime;
  }
  return next;
}

/** Replicas per component, and per zone for zoned components, sorted by name. */
export function componentStatuses(workloads: WorkloadState[]): ComponentStatus[] {
  const byComponent = new Map<string, WorkloadState[]>();
  for (const w of workloads) {
    const list = byComponent.get(w.component) ?? [];
    list.push(w);
    byComponent.set(w.component, list);
  }
  const out: ComponentStatus[] = [];
  for (const [name, ws] of [...byComponent].sort(([a], [b]) => a.localeCompare(b))) {
    const sum = (f: (w: WorkloadState) => number) => ws.reduce((n, w) => n + f(w), 0);
    const c: ComponentStatus = {
      name,
      replicas: sum((w) => w.replicas),
      readyReplicas: sum((w) => w.readyReplicas),
      updatedReplicas: sum((w) => w.updatedReplicas),
    };
    const zoned = ws.filter((w) => w.zone);
    if (zoned.length > 0) {
      c.zones = zoned
        .map((w) => ({
          name: w.zone as string,
          replicas: w.replicas,
          readyReplicas: w.readyReplicas,
          updatedReplicas: w.updatedReplicas,
          ...(w.currentRevision ? { currentRevision: w.currentRevision } : {}),
          ...(w.updateRevision ? { updateRevision: w.updateRevision } : {}),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    }
    out.push(c);
  }
  return out;
}

/** A StatefulSet or Deployment object from the API as a WorkloadState. */
export function workloadState(o: any): WorkloadState {
  const labels = o.metadata?.labels ?? {};
  return {
    kind: o.kind,
    name: o.metadata?.name,
    component: labels["app.kubernetes.io/component"] ?? o.metadata?.name,
    ...(labels.zone ? { zone: labels.zone } : {}),
    generation: o.metadata?.generation ?? 0,
    observedGeneration: o.status?.observedGeneration ?? 0,
    replicas: o.spec?.replicas ?? 1,
    readyReplicas: o.status?.readyReplicas ?? 0,
    updatedReplicas: o.status?.updatedReplicas ?? 0,
    ...(o.status?.currentRevision ? { currentRevision: o.status.currentRevision } : {}),
    ...(o.status?.updateRevision ? { updateRevision: o.status.updateRevision } : {}),
  };
}

/** Container waiting reasons that only a change outside the pod (spec, Secret, image) fixes. */
const STUCK_REASONS = new Set([
  "CreateContainerConfigError",
  "CreateContainerError",
  "ErrImagePull",
  "ImagePullBackOff",
  "InvalidImageName",
]);

/**
 * Why pods of the cluster cannot start, as one message saying what to fix, or undefined: each
 * distinct reason once, with the pods it holds back. A missing S3 credentials Secret names the
 * keys to create.
 */
export function podsCannotStart(
  pods: {
    metadata?: { name?: string; deletionTimestamp?: unknown };
    status?: {
      containerStatuses?: { state?: { waiting?: { reason?: string; message?: string } } }[];
    };
  }[],
  s3Secret?: { name: string; accessKeyIdKey?: string; secretAccessKeyKey?: string },
): string | undefined {
  const byMessage = new Map<string, string[]>();
  for (const p of pods) {
    if (p.metadata?.deletionTimestamp) continue;
    for (const c of p.status?.containerStatuses ?? []) {
      const w = c.state?.waiting;
      if (!w?.reason || !STUCK_REASONS.has(w.reason)) continue;
      const text = `${w.reason}: ${w.message ?? ""}`.trim();
      const list = byMessage.get(text) ?? [];
      list.push(p.metadata?.name ?? "");
      byMessage.set(text, list);
    }
  }
  if (byMessage.size === 0) return undefined;
  const parts: string[] = [];
  for (const [text, names] of [...byMessage].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = names.sort();
    const shown =
      sorted.slice(0, 3).join(", ") + (sorted.length > 3 ? ` and ${sorted.length - 3} more` : "");
    let hint = "";
    if (s3Secret && text.includes(`"${s3Secret.name}"`))
      hint = `: create Secret ${s3Secret.name} with the keys ${s3Secret.accessKeyIdKey ?? "AWS_ACCESS_KEY_ID"} and ${s3Secret.secretAccessKeyKey ?? "AWS_SECRET_ACCESS_KEY"} (spec.storage.s3.credentialsSecret)`;
    else if (s3Secret && text.includes(`Secret`) && text.includes(s3Secret.name))
      hint = `: add the key to Secret ${s3Secret.name} (spec.storage.s3.credentialsSecret)`;
    parts.push(`pods cannot start (${shown}): ${text}${hint}`);
  }
  return parts.join("; ");
}
