/**
 * One reconcile of one MimirCluster: render it with its valid MimirTenants, apply every child
 * with server-side apply (one field manager, force) owned by the MimirCluster, prune the
 * children it no longer renders, and write the status (observedGeneration, Ready/Reconciling/
 * Stalled, replicas per component) and the tenants' statuses. Events mark transitions, prunes
 * and failures. Zoned StatefulSets are never lowered by the apply: the orchestrator (rollouts
 * zone by zone, read-only downscales) takes one step per reconcile after the apply.
 *
 * A spec that cannot render (schema, CEL, a mode this release cannot run) or that the API server
 * refuses (422) sets Stalled=True and is not retried until the spec changes; any other failure
 * throws, and the caller retries with back-off.
 */
import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  setHeaderOptions,
} from "@kubernetes/client-node";
import { createHash } from "node:crypto";
import type { Logger } from "pino";
import {
  effectiveLimits,
  type KubeObject,
  render,
  schemaProblems,
  ValidationError,
} from "../cdk8s/index.ts";
import { tenantId as tenantIdOf, tenantOverrides } from "../cdk8s/topology.ts";
import { appliedProblem, fetchRuntimeConfig } from "./applied.ts";
import {
  CLUSTER_PLURAL,
  FIELD_MANAGER,
  GROUP,
  INSTANCE_LABEL,
  MANAGED_BY_SELECTOR,
  OWNED_KINDS,
  TENANT_PLURAL,
  VERSION,
} from "./kinds.ts";
import { Orchestrator, type RolloutStatus } from "./orchestrate.ts";
import {
  type Condition,
  componentStatuses,
  conditionsFor,
  type Outcome,
  podsCannotStart,
  type WorkloadState,
  workloadState,
} from "./status.ts";

const SSA = setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply);

/**
 * The field manager that keeps a Deployment's replicas when an HPA takes it over: the operator
 * stops applying the field, and without a second owner server-side apply would remove it (the
 * Deployment would drop to 1 replica before the HPA acts).
 */
export const HPA_HANDOVER_MANAGER = "mimir-ts-operator-hpa-handover";

/**
 * Annotation on every applied child: a hash of what the operator applied. A child whose cached
 * copy carries the same hash and has not changed since the operator's own apply (same
 * generation, or same resourceVersion for kinds without one) is not applied again.
 */
export const APPLIED_HASH_ANNOTATION = "mimirts.dev/applied-hash";
/** Children of one kind applied at once. */
const APPLY_CONCURRENCY = 6;

/** Read access to the informers' caches (controller.ts): live objects without API calls. */
export interface ObjectCache {
  get(apiVersion: string, kind: string, namespace: string, name: string): any | undefined;
  /** Every cached object of a kind in a namespace; undefined when the kind is not cached. */
  list(apiVersion: string, kind: string, namespace: string): readonly any[] | undefined;
}

export function appliedHash(body: KubeObject): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}

/** What identifies a child's state after an apply: its generation, else its resourceVersion. */
function versionOf(o: any): string {
  const g = o?.metadata?.generation;
  return typeof g === "number" ? `g${g}` : `rv${o?.metadata?.resourceVersion}`;
}

/** The cached child is what this operator last applied, with nothing changed since. */
export function unchangedSinceApplied(
  cached: any,
  hash: string,
  lastApplied: string | undefined,
): boolean {
  return (
    cached?.metadata?.annotations?.[APPLIED_HASH_ANNOTATION] === hash &&
    lastApplied !== undefined &&
    versionOf(cached) === lastApplied &&
    !cached.metadata.deletionTimestamp
  );
}

export interface ReconcileResult {
  /** Ready=True after this reconcile. */
  ready: boolean;
  /** Reconcile again after this many milliseconds (while waiting for pods), if set. */
  requeueAfterMs?: number;
}

/** HTTP status of a client-node error, if it has one. */
export function statusCode(e: unknown): number | undefined {
  const c = (e as { code?: unknown })?.code;
  return typeof c === "number" ? c : undefined;
}

/** The message of a Kubernetes Status body in a client-node error, else the error's message. */
export function apiMessage(e: unknown): string {
  const body = (e as { body?: unknown })?.body;
  if (typeof body === "string") {
    try {
      const m = JSON.parse(body)?.message;
      if (typeof m === "string") return m;
    } catch {
      // not JSON: fall through
    }
  }
  return e instanceof Error ? e.message : String(e);
}

/** Only what render() reads: no status, managedFields or other server-set metadata. */
function specOnly<T>(o: any): T {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    metadata: { name: o.metadata.name, namespace: o.metadata.namespace },
    spec: o.spec ?? {},
  } as T;
}

const objKey = (o: { apiVersion: string; kind: string; metadata: { name: string } }) =>
  `${o.apiVersion}/${o.kind}/${o.metadata.name}`;

export class Reconciler {
  readonly #objects: KubernetesObjectApi;
  readonly #custom: CustomObjectsApi;
  readonly #core: CoreV1Api;
  readonly #orchestrator: Orchestrator;
  /** This replica's name in Events (reportingInstance). */
  readonly #instance: string;
  readonly #cache: ObjectCache | undefined;
  /** "namespace/apiVersion/kind/name" → versionOf() of the object this replica last applied. */
  readonly #lastApplied = new Map<string, string>();

  constructor(kc: KubeConfig, instance: string, cache?: ObjectCache) {
    this.#instance = instance;
    this.#cache = cache;
    this.#orchestrator = new Orchestrator(kc);
    this.#objects = KubernetesObjectApi.makeApiClient(kc);
    this.#custom = kc.makeApiClient(CustomObjectsApi);
    this.#core = kc.makeApiClient(CoreV1Api);
  }

  async reconcile(namespace: string, name: string, log: Logger): Promise<ReconcileResult> {
    let cluster: any;
    try {
      cluster = await this.#custom.getNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace,
        plural: CLUSTER_PLURAL,
        name,
      });
    } catch (e) {
      if (statusCode(e) === 404) {
        log.debug(
          "MimirCluster is gone; its children are garbage-collected through their owner references",
        );
        return { ready: false };
      }
      throw e;
    }
    if (cluster.metadata.deletionTimestamp) return { ready: false };
    const previous: Condition[] | undefined = cluster.status?.conditions;

    const tenantList = await this.#custom.listNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace,
      plural: TENANT_PLURAL,
    });
    const tenants = ((tenantList.items ?? []) as any[]).filter(
      (t) => t.spec?.cluster === name && !t.metadata.deletionTimestamp,
    );
    const valid: any[] = [];
    const invalid: { tenant: any; message: string }[] = [];
    const seen = new Map<string, string>();
    for (const t of tenants) {
      const problems = schemaProblems(structuredClone(specOnly<Record<string, any>>(t)));
      const id = tenantIdOf(specOnly(t));
      const other = seen.get(id);
      if (problems.length > 0) invalid.push({ tenant: t, message: problems.join("; ") });
      else if (other !== undefined)
        invalid.push({
          tenant: t,
          message: `tenant ID ${id} is already used by MimirTenant ${other}`,
        });
      else {
        seen.set(id, t.metadata.name);
        valid.push(t);
      }
    }

    if (cluster.spec?.paused) {
      await this.#writeStatus(
        cluster,
        { kind: "applied", workloads: [] },
        previous,
        { phase: "Paused", message: "spec.paused is true: nothing is applied" },
        log,
      );
      return { ready: false };
    }

    let objs: KubeObject[];
    try {
      objs = render(
        specOnly(cluster),
        valid.map((t) => specOnly(t)),
      );
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const message = e.problems.join("; ");
      await this.#stall(cluster, previous, "InvalidSpec", message, log);
      return { ready: false };
    }

    const owner = {
      apiVersion: `${GROUP}/${VERSION}`,
      kind: "MimirCluster",
      name,
      uid: cluster.metadata.uid,
      controller: true,
      blockOwnerDeletion: true,
    };
    const workloads: WorkloadState[] = [];
    let refused: string | undefined;
    const applyOne = async (o: KubeObject): Promise<void> => {
      const body: KubeObject = {
        ...o,
        metadata: { ...o.metadata, namespace, ownerReferences: [owner] },
      };
      const cached = this.#cache?.get(o.apiVersion, o.kind, namespace, o.metadata.name);
      if (o.kind === "StatefulSet" && o.metadata.labels?.["rollout-group"]) {
        // Zoned StatefulSets go down only through the downscale state machine (orchestrate.ts).
        const live =
          cached ??
          (await this.#objects
            .read({
              apiVersion: "apps/v1",
              kind: "StatefulSet",
              metadata: { name: o.metadata.name, namespace },
            })
            .catch((e) => {
              if (statusCode(e) === 404) return undefined;
              throw e;
            }));
        const liveReplicas = (live as any)?.spec?.replicas;
        if (typeof liveReplicas === "number" && liveReplicas > (o.spec?.replicas ?? 1))
          body.spec = { ...o.spec, replicas: liveReplicas };
      }
      const hash = appliedHash(body);
      body.metadata = {
        ...body.metadata,
        annotations: { ...(body.metadata.annotations ?? {}), [APPLIED_HASH_ANNOTATION]: hash },
      };
      const key = `${namespace}/${objKey(o)}`;
      let applied: any;
      if (cached && unchangedSinceApplied(cached, hash, this.#lastApplied.get(key))) {
        applied = cached;
      } else {
        if (o.kind === "Deployment" && o.spec?.replicas === undefined)
          await this.#handOverReplicas(body, log);
        try {
          applied = await this.#apply(body, log);
        } catch (e) {
          if (statusCode(e) === 422 || statusCode(e) === 400) {
            refused ??= `${o.kind} ${o.metadata.name}: ${apiMessage(e)}`;
            return;
          }
          throw e;
        }
        this.#lastApplied.set(key, versionOf(applied));
      }
      if (o.kind === "StatefulSet" || o.kind === "Deployment")
        workloads.push(workloadState(applied));
    };
    // Kind by kind in render order (ServiceAccount and ConfigMaps before the workloads that use
    // them); the objects of one kind a few at a time.
    for (let i = 0; i < objs.length; ) {
      let j = i;
      while (j < objs.length && objs[j].kind === objs[i].kind) j++;
      const sameKind = objs.slice(i, j);
      for (let b = 0; b < sameKind.length; b += APPLY_CONCURRENCY)
        await Promise.all(sameKind.slice(b, b + APPLY_CONCURRENCY).map(applyOne));
      if (refused) {
        await this.#stall(cluster, previous, "ApplyRefused", refused, log);
        return { ready: false };
      }
      i = j;
    }
    workloads.sort((a, b) => a.name.localeCompare(b.name));

    await this.#prune(cluster, new Set(objs.map(objKey)), log);
    const rollout = await this.#orchestrator.step(
      namespace,
      name,
      objs,
      cluster.spec?.rollout ?? {},
      false,
      async (type, reason, message) => {
        log.info({ reason }, message);
        await this.event(cluster, type, reason, message);
      },
    );
    // Pods that cannot start until something outside them is fixed (a missing Secret, an image
    // that does not exist): Stalled=True saying what to fix, checked again until they start.
    const stuck = await this.#podsCannotStart(cluster);
    const outcome: Outcome = stuck
      ? { kind: "stalled", reason: "PodsCannotStart", message: stuck }
      : { kind: "applied", workloads };
    const ready = await this.#writeStatus(cluster, outcome, previous, rollout, log, workloads);
    const applied = await this.#tenantStatuses(valid, invalid, cluster, log);
    if (stuck) return { ready: false, requeueAfterMs: 5_000 };
    if (rollout.phase !== "Idle") return { ready, requeueAfterMs: 2_000 };
    if (!applied) return { ready, requeueAfterMs: 3_000 };
    return ready ? { ready } : { ready, requeueAfterMs: 5_000 };
  }

  /**
   * Before the first apply of a Deployment without replicas (an HPA scales it): when the
   * operator owns the live replicas, a second field manager applies the same value, so the field
   * stays when the operator's apply drops it.
   */
  async #handOverReplicas(body: KubeObject, log: Logger): Promise<void> {
    const live: any = await this.#objects.read(body).catch((e) => {
      if (statusCode(e) === 404) return undefined;
      throw e;
    });
    const replicas = live?.spec?.replicas;
    const owned = (live?.metadata?.managedFields ?? []).some(
      (m: any) =>
        m.manager === FIELD_MANAGER && m.fieldsV1?.["f:spec"]?.["f:replicas"] !== undefined,
    );
    if (typeof replicas !== "number" || !owned) return;
    await this.#objects.patch(
      {
        apiVersion: body.apiVersion,
        kind: body.kind,
        metadata: { name: body.metadata.name, namespace: body.metadata.namespace },
        spec: { replicas },
      },
      undefined,
      undefined,
      HPA_HANDOVER_MANAGER,
      true,
      PatchStrategy.ServerSideApply,
    );
    log.info(
      { deployment: body.metadata.name, replicas },
      "an HPA scales this Deployment now: its replicas are handed over and no longer applied",
    );
  }

  /** podsCannotStart over the cluster's pods. */
  async #podsCannotStart(cluster: any): Promise<string | undefined> {
    const pods = await this.#core.listNamespacedPod({
      namespace: cluster.metadata.namespace,
      labelSelector: `${MANAGED_BY_SELECTOR},${INSTANCE_LABEL}=${cluster.metadata.name}`,
    });
    const s3 = cluster.spec?.storage?.s3?.credentialsSecret;
    return podsCannotStart(pods.items as any[], s3);
  }

  /**
   * Server-side apply of one child. A StatefulSet whose immutable fields (selector, claim
   * templates, ...) changed is refused with 422: it is deleted with orphan propagation (its pods
   * and PVCs stay) and created again, which adopts the pods.
   */
  async #apply(body: KubeObject, log: Logger): Promise<any> {
    try {
      return await this.#objects.patch(
        body,
        undefined,
        undefined,
        FIELD_MANAGER,
        true,
        PatchStrategy.ServerSideApply,
      );
    } catch (e) {
      if (
        body.kind !== "StatefulSet" ||
        statusCode(e) !== 422 ||
        !/forbidden|immutable/i.test(apiMessage(e))
      )
        throw e;
      log.info(
        { statefulset: body.metadata.name },
        "StatefulSet fields that cannot change did change: recreating it, keeping its pods (orphan)",
      );
      await this.#expandClaims(body, log);
      await this.#objects.delete(body, undefined, undefined, undefined, undefined, "Orphan");
      for (let i = 0; i < 50; i++) {
        try {
          await this.#objects.read(body);
        } catch (re) {
          if (statusCode(re) === 404) break;
          throw re;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      return await this.#objects.patch(
        body,
        undefined,
        undefined,
        FIELD_MANAGER,
        true,
        PatchStrategy.ServerSideApply,
      );
    }
  }

  /**
   * PVCs of a StatefulSet's pods (<template>-<statefulset>-<ordinal>) whose storage request is
   * below the claim template's are expanded in place (the StorageClass must allow expansion);
   * shrinking is not possible in Kubernetes, so a smaller request is left alone.
   */
  async #expandClaims(sts: KubeObject, log: Logger): Promise<void> {
    const namespace = sts.metadata.namespace as string;
    const pvcs = await this.#core.listNamespacedPersistentVolumeClaim({ namespace });
    for (const tpl of sts.spec?.volumeClaimTemplates ?? []) {
      const want: string | undefined = tpl.spec?.resources?.requests?.storage;
      if (!want) continue;
      const prefix = `${tpl.metadata.name}-${sts.metadata.name}-`;
      for (const pvc of pvcs.items) {
        const name = pvc.metadata?.name ?? "";
        if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
        const have = pvc.spec?.resources?.requests?.storage;
        if (have === undefined || quantityBytes(have) >= quantityBytes(want)) continue;
        await this.#core.patchNamespacedPersistentVolumeClaim(
          { namespace, name, body: { spec: { resources: { requests: { storage: want } } } } },
          setHeaderOptions("Content-Type", PatchStrategy.MergePatch),
        );
        log.info({ pvc: name, from: have, to: want }, "expanded a PersistentVolumeClaim in place");
      }
    }
  }

  /** Deletes children of this MimirCluster (by owner uid) that render() no longer produces. */
  async #prune(cluster: any, keep: Set<string>, log: Logger): Promise<void> {
    const { namespace, name, uid } = cluster.metadata;
    const selector = `${MANAGED_BY_SELECTOR},${INSTANCE_LABEL}=${name}`;
    for (const k of OWNED_KINDS) {
      const cached = this.#cache
        ?.list(k.apiVersion, k.kind, namespace)
        ?.filter((o) => o.metadata?.labels?.[INSTANCE_LABEL] === name);
      const items =
        cached ??
        (
          await this.#objects.list(
            k.apiVersion,
            k.kind,
            namespace,
            undefined,
            undefined,
            undefined,
            undefined,
            selector,
          )
        ).items;
      for (const item of items) {
        const o = { ...item, apiVersion: k.apiVersion, kind: k.kind } as KubeObject;
        if (!(o.metadata.ownerReferences ?? []).some((r: any) => r.uid === uid)) continue;
        if (keep.has(objKey(o))) continue;
        try {
          await this.#objects.delete(o, undefined, undefined, undefined, undefined, "Background");
        } catch (e) {
          if (statusCode(e) !== 404) throw e;
        }
        log.info({ kind: k.kind, child: o.metadata.name }, "pruned a child no longer rendered");
        await this.event(
          cluster,
          "Normal",
          "Pruned",
          `Deleted ${k.kind} ${o.metadata.name}: no longer rendered`,
        );
      }
    }
  }

  async #stall(
    cluster: any,
    previous: Condition[] | undefined,
    reason: string,
    message: string,
    log: Logger,
  ): Promise<void> {
    log.warn({ reason }, message);
    await this.#writeStatus(
      cluster,
      { kind: "stalled", reason, message },
      previous,
      { phase: "Blocked", message },
      log,
    );
  }

  /** Writes the status when it differs from the stored one; returns Ready=True. */
  async #writeStatus(
    cluster: any,
    outcome: Outcome,
    previous: Condition[] | undefined,
    rollout: RolloutStatus,
    log: Logger,
    workloads?: WorkloadState[],
  ): Promise<boolean> {
    const generation: number = cluster.metadata.generation ?? 0;
    const conditions = conditionsFor(
      outcome,
      generation,
      previous,
      new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    );
    const status: Record<string, unknown> = {
      observedGeneration: generation,
      conditions,
      components:
        outcome.kind === "applied"
          ? componentStatuses(outcome.workloads)
          : workloads
            ? componentStatuses(workloads)
            : (cluster.status?.components ?? []),
      rollout,
    };
    const ready = conditions.find((c) => c.type === "Ready")?.status === "True";
    if (JSON.stringify(canonical(status)) === JSON.stringify(canonical(cluster.status ?? {})))
      return ready;
    await this.#custom.patchNamespacedCustomObjectStatus(
      {
        group: GROUP,
        version: VERSION,
        namespace: cluster.metadata.namespace,
        plural: CLUSTER_PLURAL,
        name: cluster.metadata.name,
        body: {
          apiVersion: `${GROUP}/${VERSION}`,
          kind: "MimirCluster",
          metadata: { name: cluster.metadata.name, namespace: cluster.metadata.namespace },
          status,
        },
        fieldManager: FIELD_MANAGER,
        force: true,
      },
      SSA,
    );
    for (const c of conditions) {
      const old = previous?.find((p) => p.type === c.type);
      if (old?.status === c.status && old.reason === c.reason) continue;
      if (c.type === "Ready" && c.status === "True")
        await this.event(cluster, "Normal", "Ready", c.message);
      if (c.type === "Stalled" && c.status === "True")
        await this.event(cluster, "Warning", c.reason, c.message);
      if (c.type === "Reconciling" && c.status === "True")
        await this.event(cluster, "Normal", "Reconciling", c.message);
    }
    log.info(
      { ready, observedGeneration: generation, reason: conditions[0].reason },
      "status written",
    );
    return ready;
  }

  /**
   * Each tenant's status: Ready (accepted and written to the runtime ConfigMap, or refused with
   * the reason) and Applied (every Ready Mimir pod serves its overrides at /runtime_config).
   * Returns false while some valid tenant is not Applied yet.
   */
  async #tenantStatuses(
    valid: any[],
    invalid: { tenant: any; message: string }[],
    cluster: any,
    log: Logger,
  ): Promise<boolean> {
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const write = async (
      t: any,
      ready: [Condition["status"], string, string],
      applied: [Condition["status"], string, string],
      extra: Record<string, unknown>,
    ) => {
      const gen = t.metadata.generation ?? 0;
      const prev: Condition[] = t.status?.conditions ?? [];
      const cond = (
        type: string,
        [status, reason, message]: [Condition["status"], string, string],
      ): Condition => {
        const old = prev.find((c) => c.type === type);
        return {
          type,
          status,
          observedGeneration: gen,
          lastTransitionTime: old?.status === status ? old.lastTransitionTime : now,
          reason,
          message,
        };
      };
      const status = {
        observedGeneration: gen,
        tenantId: tenantIdOf(specOnly(t)),
        conditions: [cond("Ready", ready), cond("Applied", applied)],
        ...extra,
      };
      if (JSON.stringify(canonical(status)) === JSON.stringify(canonical(t.status ?? {}))) return;
      await this.#custom.patchNamespacedCustomObjectStatus(
        {
          group: GROUP,
          version: VERSION,
          namespace: t.metadata.namespace,
          plural: TENANT_PLURAL,
          name: t.metadata.name,
          body: {
            apiVersion: `${GROUP}/${VERSION}`,
            kind: "MimirTenant",
            metadata: { name: t.metadata.name, namespace: t.metadata.namespace },
            status,
          },
          fieldManager: FIELD_MANAGER,
          force: true,
        },
        SSA,
      );
      const oldApplied = prev.find((c) => c.type === "Applied");
      if (ready[0] === "False") await this.event(t, "Warning", ready[1], ready[2]);
      else if (applied[0] === "True" && oldApplied?.status !== "True")
        await this.event(t, "Normal", "Applied", applied[2]);
    };
    const runtimeCm = `${cluster.metadata.name}-runtime`;
    const served = valid.length > 0 ? await this.#servedRuntimeConfigs(cluster) : [];
    let allApplied = true;
    for (const t of valid) {
      const id = tenantIdOf(specOnly(t));
      let applied: [Condition["status"], string, string];
      if (served.length === 0)
        applied = ["Unknown", "NoReadyPods", "no Ready Mimir pod to read /runtime_config from"];
      else {
        const want = tenantOverrides(specOnly(t));
        const problems = served
          .map(({ pod, text, error }) =>
            error
              ? `${pod}: ${error}`
              : ((p) => (p ? `${pod}: ${p}` : undefined))(appliedProblem(id, want, text)),
          )
          .filter((p) => p !== undefined);
        applied =
          problems.length === 0
            ? ["True", "Served", `served by ${served.length} pods`]
            : ["False", "Propagating", problems.join("; ")];
      }
      if (applied[0] !== "True") allApplied = false;
      await write(
        t,
        ["True", "Accepted", `limits written to ConfigMap ${runtimeCm} under overrides`],
        applied,
        {
          effectiveLimits: effectiveLimits(specOnly(cluster), specOnly(t)),
        },
      );
    }
    for (const { tenant, message } of invalid) {
      log.warn({ mimirtenant: tenant.metadata.name }, message);
      await write(
        tenant,
        ["False", "InvalidTenant", message],
        ["False", "InvalidTenant", "not applied: the tenant is invalid"],
        {},
      );
    }
    return allApplied;
  }

  /** /runtime_config of every Ready Mimir pod of the cluster (those with an http-metrics port). */
  async #servedRuntimeConfigs(
    cluster: any,
  ): Promise<{ pod: string; text: string; error?: string }[]> {
    const pods = await this.#core.listNamespacedPod({
      namespace: cluster.metadata.namespace,
      labelSelector: `${MANAGED_BY_SELECTOR},${INSTANCE_LABEL}=${cluster.metadata.name}`,
    });
    const out: { pod: string; text: string; error?: string }[] = [];
    for (const p of pods.items) {
      const ready = (p.status?.conditions ?? []).some(
        (c) => c.type === "Ready" && c.status === "True",
      );
      const port = (p.spec?.containers ?? [])
        .flatMap((c) => c.ports ?? [])
        .find((x) => x.name === "http-metrics")?.containerPort;
      if (!ready || !port || !p.status?.podIP || p.metadata?.deletionTimestamp) continue;
      const pod = p.metadata?.name ?? "";
      try {
        out.push({ pod, text: await fetchRuntimeConfig(p.status.podIP, port) });
      } catch (e) {
        out.push({ pod, text: "", error: (e as Error).message });
      }
    }
    return out;
  }

  /** Records a core/v1 Event about obj; failures are logged by the caller's caller only. */
  async event(
    obj: any,
    type: "Normal" | "Warning",
    reason: string,
    message: string,
  ): Promise<void> {
    const now = new Date();
    await this.#core
      .createNamespacedEvent({
        namespace: obj.metadata.namespace,
        body: {
          metadata: { generateName: `${obj.metadata.name}.`, namespace: obj.metadata.namespace },
          involvedObject: {
            apiVersion: obj.apiVersion,
            kind: obj.kind,
            name: obj.metadata.name,
            namespace: obj.metadata.namespace,
            uid: obj.metadata.uid,
          },
          type,
          reason,
          message: message.slice(0, 1024),
          source: { component: FIELD_MANAGER },
          reportingComponent: FIELD_MANAGER,
          reportingInstance: this.#instance,
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
        },
      })
      .catch(() => undefined);
  }
}

/** A Kubernetes quantity ("20Gi", "500M", "1e3") in bytes. */
export function quantityBytes(q: string): number {
  const m = /^([0-9.]+(?:e[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m)?$/.exec(q.trim());
  if (!m) return Number.NaN;
  const mult: Record<string, number> = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    m: 1e-3,
  };
  return Number(m[1]) * (m[2] ? mult[m[2]] : 1);
}

/** Sorted keys, undefined dropped: for comparing a status with the stored one. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = canonical(x);
  }
  return out;
}
