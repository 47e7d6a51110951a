/**
 * The API server's state and semantics, shared by the HTTP front end and the in-process
 * controllers: typed objects in memory, one global resourceVersion counter, a bounded event
 * history for watches (410 Gone below it), optimistic concurrency, generation, finalizers and
 * deletion timestamps, server-side apply and managed fields, CRD schemas, built-in defaulting.
 */
import { randomUUID } from "node:crypto";
import { applyBuiltinDefaults } from "./defaults.ts";
import { coreToEventsV1, eventsV1ToCore, isEventsV1 } from "./events.ts";
import {
  alreadyExists,
  badRequest,
  type Cause,
  conflict,
  gone,
  invalid,
  notFound,
  StatusError,
} from "./errors.ts";
import { ApplyConflict, apply, formatPath, type ListKeys, recordUpdate } from "./managed-fields.ts";
import { immutableViolations } from "./immutable.ts";
import { jsonPatch, mergeKeyOf, mergePatch, PatchError, strategicMergePatch } from "./patch.ts";
import {
  apiVersionOf,
  builtinResources,
  type ResourceType,
  resourceKey,
  typesFromCrd,
} from "./resources.ts";
import { applyDefaults, prune, validate } from "./schema.ts";
import { type FieldRequirement, matchFields, matchLabels, type Requirement } from "./selectors.ts";

export type EventType = "ADDED" | "MODIFIED" | "DELETED";

interface HistoryEntry {
  rv: number;
  key: string;
  type: EventType;
  obj: any;
  old: any;
}

export interface WatchFilter {
  namespace?: string;
  labels?: Requirement[];
  fields?: FieldRequirement[];
}

export interface WriteOptions {
  dryRun?: boolean;
  manager?: string;
  /** "Strict" | "Warn" | "Ignore" for unknown fields of custom resources. */
  fieldValidation?: string;
  subresource?: string;
  /** Filled with warnings for the response's Warning headers. */
  warnings?: string[];
}

export interface DeleteOptions {
  propagationPolicy?: string;
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
}

const HISTORY = 20_000;

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, "Z");
}

function isObj(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Everything but metadata and status (what bumps generation when it changes). */
function specOf(o: any): string {
  const c: Record<string, any> = {};
  for (const [k, v] of Object.entries(o))
    if (k !== "metadata" && k !== "status" && k !== "kind" && k !== "apiVersion") c[k] = v;
  return JSON.stringify(c);
}

function comparable(o: any): string {
  const c = structuredClone(o);
  delete c.metadata.resourceVersion;
  delete c.metadata.managedFields;
  return JSON.stringify(c);
}

const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export class Store {
  private rv = 1;
  private readonly types = new Map<string, ResourceType>();
  private readonly objects = new Map<string, Map<string, any>>();
  private readonly history: HistoryEntry[] = [];
  private readonly watchers = new Set<{
    key: string;
    filter: WatchFilter;
    send: (t: EventType, o: any) => void;
  }>();
  private readonly listeners = new Set<(key: string, type: EventType, obj: any) => void>();
  private readonly byUid = new Map<string, { key: string; id: string }>();
  private clusterIpNext = 10;
  /** Cluster IPs are <serviceIpBase><n>, n from 10 to 254 ("10.96.0." by default). */
  private readonly serviceIpBase: string;

  constructor(opts: { serviceIpBase?: string } = {}) {
    this.serviceIpBase = opts.serviceIpBase ?? "10.96.0.";
    for (const t of builtinResources()) this.addType(t);
  }

  private addType(t: ResourceType): void {
    this.types.set(`${t.group}/${t.version}/${t.plural}`, t);
    if (!this.objects.has(resourceKey(t))) this.objects.set(resourceKey(t), new Map());
  }

  /** Every served type, built-in and custom. */
  allTypes(): ResourceType[] {
    return [...this.types.values()];
  }

  type(group: string, version: string, plural: string): ResourceType | undefined {
    return this.types.get(`${group}/${version}/${plural}`);
  }

  /** The type for an apiVersion + kind, as objects name themselves. */
  typeOf(apiVersion: string, kind: string): ResourceType | undefined {
    for (const t of this.types.values())
      if (apiVersionOf(t) === apiVersion && t.kind === kind) return t;
    return undefined;
  }

  currentRv(): number {
    return this.rv;
  }

  /** Called for every stored change (controllers' trigger). */
  onChange(fn: (key: string, type: EventType, obj: any) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private id(ns: string | undefined, name: string): string {
    return `${ns ?? ""}/${name}`;
  }

  private emit(t: ResourceType, type: EventType, obj: any, old: any): void {
    const key = resourceKey(t);
    this.history.push({ rv: Number(obj.metadata.resourceVersion), key, type, obj, old });
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    for (const w of this.watchers) if (w.key === key) this.deliver(w, type, obj, old);
    for (const l of this.listeners) l(key, type, obj);
  }

  private matches(f: WatchFilter, o: any): boolean {
    if (!o) return false;
    if (f.namespace && o.metadata.namespace !== f.namespace) return false;
    if (f.labels && !matchLabels(f.labels, o.metadata.labels)) return false;
    if (f.fields && !matchFields(f.fields, o)) return false;
    return true;
  }

  private deliver(
    w: { filter: WatchFilter; send: (t: EventType, o: any) => void },
    type: EventType,
    obj: any,
    old: any,
  ): void {
    const now = this.matches(w.filter, obj);
    const before = type === "MODIFIED" && this.matches(w.filter, old);
    if (type === "MODIFIED") {
      if (now && before) w.send("MODIFIED", obj);
      else if (now) w.send("ADDED", obj);
      else if (before) w.send("DELETED", obj);
    } else if (now) w.send(type, obj);
  }

  get(t: ResourceType, ns: string | undefined, name: string): any {
    const o = this.objects.get(resourceKey(t))!.get(this.id(t.namespaced ? ns : undefined, name));
    if (!o) throw notFound(t.plural, t.group, name);
    return this.present(t, o);
  }

  tryGet(t: ResourceType, ns: string | undefined, name: string): any | undefined {
    const o = this.objects.get(resourceKey(t))!.get(this.id(t.namespaced ? ns : undefined, name));
    return o ? this.present(t, o) : undefined;
  }

  /** The object as served for the type's version (same storage, apiVersion rewritten). */
  private present(t: ResourceType, o: any): any {
    if (isEventsV1(t)) return coreToEventsV1(structuredClone(o));
    const c = structuredClone(o);
    c.apiVersion = apiVersionOf(t);
    c.kind = t.kind;
    return c;
  }

  list(t: ResourceType, filter: WatchFilter = {}): any[] {
    const out: any[] = [];
    for (const o of this.objects.get(resourceKey(t))!.values())
      if (this.matches(filter, o)) out.push(this.present(t, o));
    out.sort((a, b) =>
      `${a.metadata.namespace ?? ""}/${a.metadata.name}`.localeCompare(
        `${b.metadata.namespace ?? ""}/${b.metadata.name}`,
      ),
    );
    return out;
  }

  /** Finds any object by uid (for owner references). */
  byUidGet(uid: string): any | undefined {
    const r = this.byUid.get(uid);
    if (!r) return undefined;
    return this.objects.get(r.key)?.get(r.id);
  }

  /**
   * Starts a watch. `fromRv` undefined or 0: synthetic ADDED events for what exists now, then
   * changes. Otherwise changes after fromRv; throws 410 Gone when history no longer reaches it.
   */
  watch(
    t: ResourceType,
    fromRv: number | undefined,
    filter: WatchFilter,
    send: (type: EventType, o: any) => void,
  ): () => void {
    const key = resourceKey(t);
    const w = { key, filter, send: (type: EventType, o: any) => send(type, this.present(t, o)) };
    if (fromRv === undefined || fromRv === 0) {
      for (const o of this.objects.get(key)!.values())
        if (this.matches(filter, o)) w.send("ADDED", o);
    } else {
      const oldest = this.history.length ? this.history[0]!.rv : this.rv;
      if (fromRv < oldest - 1 && fromRv < this.rv)
        throw gone(`too old resource version: ${fromRv} (${oldest - 1})`);
      for (const h of this.history)
        if (h.rv > fromRv && h.key === key) this.deliver(w, h.type, h.obj, h.old);
    }
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }

  private listKeysFor(t: ResourceType): ListKeys {
    if (t.crd) {
      const schema = t.crd.schema;
      return (names) => {
        let s = schema;
        for (const n of names) {
          if (!s) return undefined;
          if (s.type === "array") s = s.items;
          s =
            s?.properties?.[n] ??
            (isObj(s?.additionalProperties) ? s.additionalProperties : undefined);
        }
        if (s?.["x-kubernetes-list-type"] === "map") return s["x-kubernetes-list-map-keys"];
        return undefined;
      };
    }
    return (names, items) => {
      const last = names[names.length - 1] ?? "";
      if (names.length === 2 && names[0] === "metadata" && last === "ownerReferences")
        return ["uid"];
      const k = mergeKeyOf(last, items);
      if (!k) return undefined;
      if (last === "ports" && k === "containerPort") return ["containerPort", "protocol"];
      if (last === "ports" && k === "port") return ["port", "protocol"];
      return [k];
    };
  }

  /** Pruning, defaulting and validation of a custom resource; built-in defaulting otherwise. */
  private admit(t: ResourceType, obj: any, old: any | undefined, opts: WriteOptions): void {
    if (t.crd) {
      const unknown = prune(obj, t.crd.schema);
      if (unknown.length && opts.fieldValidation !== "Ignore") {
        if (opts.fieldValidation === "Warn")
          for (const u of unknown) opts.warnings?.push(`unknown field "${u}"`);
        else if (opts.fieldValidation === "Strict")
          throw badRequest(
            `${t.kind} in version "${t.version}" cannot be handled as a ${t.kind}: strict decoding error: ${unknown.map((u) => `unknown field "${u}"`).join(", ")}`,
          );
      }
      applyDefaults(obj, t.crd.schema);
      const errs = validate(obj, t.crd.schema, old);
      if (errs.length) throw invalid(t.kind, t.group, obj.metadata.name, errs);
    } else {
      applyBuiltinDefaults(t.kind, obj);
      if (t.kind === "CustomResourceDefinition") this.validateCrd(obj);
      if (old) {
        const causes = immutableViolations(t.kind, old, obj);
        if (causes.length) throw invalid(t.kind, t.group, obj.metadata.name, causes);
      }
    }
  }

  private validateCrd(crd: any): void {
    const s = crd.spec ?? {};
    const causes: Cause[] = [];
    if (!s.group)
      causes.push({
        field: "spec.group",
        reason: "FieldValueRequired",
        message: "spec.group: Required value",
      });
    if (!s.names?.plural)
      causes.push({
        field: "spec.names.plural",
        reason: "FieldValueRequired",
        message: "spec.names.plural: Required value",
      });
    if (!s.names?.kind)
      causes.push({
        field: "spec.names.kind",
        reason: "FieldValueRequired",
        message: "spec.names.kind: Required value",
      });
    if (s.group && s.names?.plural && crd.metadata.name !== `${s.names.plural}.${s.group}`)
      causes.push({
        field: "metadata.name",
        message: `metadata.name: Invalid value: "${crd.metadata.name}": must be spec.names.plural+"."+spec.group`,
      });
    if (causes.length)
      throw invalid("CustomResourceDefinition", "apiextensions.k8s.io", crd.metadata.name, causes);
  }

  private checkName(t: ResourceType, obj: any): void {
    const name = obj.metadata?.name;
    if (!name)
      throw invalid(t.kind, t.group, "", [
        {
          field: "metadata.name",
          reason: "FieldValueRequired",
          message: "metadata.name: Required value: name or generateName is required",
        },
      ]);
    if (!NAME_RE.test(name) || name.length > 253)
      throw invalid(t.kind, t.group, name, [
        {
          field: "metadata.name",
          message: `metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
        },
      ]);
  }

  create(t: ResourceType, ns: string | undefined, input: any, opts: WriteOptions = {}): any {
    const obj = isEventsV1(t) ? eventsV1ToCore(structuredClone(input)) : structuredClone(input);
    if (!isObj(obj)) throw badRequest("Object 'Kind' is missing in request body");
    obj.metadata ??= {};
    if (t.namespaced) {
      ns = ns ?? obj.metadata.namespace ?? "default";
      if (obj.metadata.namespace && obj.metadata.namespace !== ns)
        throw badRequest(
          "the namespace of the provided object does not match the namespace sent on the request",
        );
      obj.metadata.namespace = ns;
      const nsObj = this.objects.get("/namespaces")!.get(`/${ns}`);
      if (!nsObj) throw notFound("namespaces", "", ns!);
      if (nsObj.metadata.deletionTimestamp)
        throw new StatusError(
          403,
          "Forbidden",
          `${t.plural} "${obj.metadata.name ?? ""}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`,
        );
    } else delete obj.metadata.namespace;
    if (!obj.metadata.name && obj.metadata.generateName)
      obj.metadata.name = obj.metadata.generateName + Math.random().toString(36).slice(2, 7);
    this.checkName(t, obj);
    const map = this.objects.get(resourceKey(t))!;
    const id = this.id(obj.metadata.namespace, obj.metadata.name);
    if (map.has(id)) throw alreadyExists(t.plural, t.group, obj.metadata.name);
    obj.apiVersion = isEventsV1(t) ? "v1" : apiVersionOf(t);
    obj.kind = t.kind;
    if (t.status && t.kind !== "Namespace" && !t.crd) delete obj.status;
    if (t.crd && t.status) delete obj.status;
    delete obj.metadata.deletionTimestamp;
    delete obj.metadata.managedFields;
    this.admit(t, obj, undefined, opts);
    if (t.kind === "Service") this.allocateClusterIp(obj);
    if (t.kind === "Pod" && t.group === "") {
      // The ServiceAccount admission plugin: the pod's ServiceAccount must exist.
      const sa = obj.spec?.serviceAccountName ?? obj.spec?.serviceAccount ?? "default";
      obj.spec.serviceAccountName = sa;
      obj.spec.serviceAccount = sa;
      if (!this.objects.get("/serviceaccounts")!.has(`${ns}/${sa}`))
        throw new StatusError(
          403,
          "Forbidden",
          `pods "${obj.metadata.name}" is forbidden: error looking up service account ${ns}/${sa}: serviceaccount "${sa}" not found`,
          {
            name: obj.metadata.name,
            kind: "pods",
          },
        );
      obj.status ??= {};
      obj.status.phase ??= "Pending";
      obj.status.qosClass ??= "BestEffort";
    }
    obj.metadata.uid = randomUUID();
    obj.metadata.creationTimestamp = nowIso();
    obj.metadata.generation = 1;
    if (!opts.manager?.endsWith("\u0000skip"))
      recordUpdate({
        oldObj: undefined,
        newObj: obj,
        manager: opts.manager ?? "unknown",
        apiVersion: apiVersionOf(t),
        listKeys: this.listKeysFor(t),
        skipStatus: t.status,
        now: nowIso(),
      });
    if (opts.dryRun) {
      obj.metadata.resourceVersion = String(this.rv);
      return obj;
    }
    obj.metadata.resourceVersion = String(++this.rv);
    map.set(id, obj);
    this.byUid.set(obj.metadata.uid, { key: resourceKey(t), id });
    if (t.kind === "CustomResourceDefinition") this.establishCrd(obj);
    this.emit(t, "ADDED", obj, undefined);
    return this.present(t, obj);
  }

  private allocateClusterIp(svc: any): void {
    const s = svc.spec;
    if (s.clusterIP === "None") {
      s.clusterIPs = ["None"];
      return;
    }
    if (!s.clusterIP) {
      const used = new Set(
        [...this.objects.get("/services")!.values()].map((o) => o.spec?.clusterIP),
      );
      let ip: string;
      do {
        if (this.clusterIpNext > 254) this.clusterIpNext = 10;
        ip = `${this.serviceIpBase}${this.clusterIpNext++}`;
      } while (used.has(ip) && used.size < 240);
      s.clusterIP = ip;
    }
    s.clusterIPs = [s.clusterIP];
  }

  /** Serves a CRD's kinds and marks it Established (as the apiextensions controller does). */
  private establishCrd(crd: any): void {
    for (const t of typesFromCrd(crd)) this.addType(t);
    const names = crd.spec.names;
    const status = {
      acceptedNames: {
        ...names,
        listKind: names.listKind ?? `${names.kind}List`,
        singular: names.singular ?? String(names.kind).toLowerCase(),
      },
      storedVersions: (crd.spec.versions ?? [])
        .filter((v: any) => v.storage)
        .map((v: any) => v.name),
      conditions: [
        {
          type: "NamesAccepted",
          status: "True",
          lastTransitionTime: nowIso(),
          reason: "NoConflicts",
          message: "no conflicts found",
        },
        {
          type: "Established",
          status: "True",
          lastTransitionTime: nowIso(),
          reason: "InitialNamesAccepted",
          message: "the initial names have been accepted",
        },
      ],
    };
    crd.status = status;
  }

  /**
   * Replaces an object (PUT). With `subresource: "status"` only status changes; otherwise status
   * is kept from the stored object when the type has a status subresource.
   */
  update(
    t: ResourceType,
    ns: string | undefined,
    name: string,
    input: any,
    opts: WriteOptions = {},
    internal = false,
  ): any {
    const map = this.objects.get(resourceKey(t))!;
    const id = this.id(t.namespaced ? ns : undefined, name);
    const old = map.get(id);
    if (!old) throw notFound(t.plural, t.group, name);
    if (!isObj(input)) throw badRequest("Object 'Kind' is missing in request body");
    if (isEventsV1(t)) input = eventsV1ToCore(input);
    const inRv = input.metadata?.resourceVersion;
    if (inRv && inRv !== old.metadata.resourceVersion)
      throw conflict(
        t.plural,
        t.group,
        name,
        "the object has been modified; please apply your changes to the latest version and try again",
      );
    if (input.metadata?.name && input.metadata.name !== name)
      throw badRequest(
        `the name of the object (${input.metadata.name}) does not match the name on the URL (${name})`,
      );
    let obj: any;
    if (opts.subresource === "status") {
      obj = structuredClone(old);
      if (input.status === undefined) delete obj.status;
      else obj.status = structuredClone(input.status);
      if (t.kind === "CustomResourceDefinition") obj.status = structuredClone(old.status);
    } else {
      obj = structuredClone(input);
      obj.metadata ??= {};
      if (t.status && !internal) {
        if (old.status === undefined) delete obj.status;
        else obj.status = structuredClone(old.status);
      }
    }
    obj.apiVersion = isEventsV1(t) ? "v1" : apiVersionOf(t);
    obj.kind = t.kind;
    const m = obj.metadata;
    m.name = old.metadata.name;
    if (t.namespaced) m.namespace = old.metadata.namespace;
    else delete m.namespace;
    m.uid = old.metadata.uid;
    m.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) {
      m.deletionTimestamp = old.metadata.deletionTimestamp;
      if (old.metadata.deletionGracePeriodSeconds !== undefined)
        m.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
    } else {
      delete m.deletionTimestamp;
      delete m.deletionGracePeriodSeconds;
    }
    m.generation = old.metadata.generation ?? 1;
    if (opts.subresource !== "status") {
      m.managedFields = old.metadata.managedFields;
      this.admit(t, obj, old, opts);
      if (t.kind === "Service") {
        obj.spec.clusterIP ??= old.spec?.clusterIP;
        this.allocateClusterIp(obj);
      }
      if (t.kind === "CustomResourceDefinition") obj.status = old.status;
    } else if (t.crd) {
      const errs = validate(obj, t.crd.schema, old);
      if (errs.length) throw invalid(t.kind, t.group, name, errs);
    }
    if (specOf(obj) !== specOf(old)) m.generation = (old.metadata.generation ?? 1) + 1;
    if (!opts.manager?.endsWith("\u0000skip"))
      recordUpdate({
        oldObj: old,
        newObj: obj,
        manager: opts.manager ?? "unknown",
        apiVersion: apiVersionOf(t),
        subresource: opts.subresource,
        listKeys: this.listKeysFor(t),
        skipStatus: t.status && opts.subresource !== "status",
        now: nowIso(),
      });
    return this.commitUpdate(t, id, old, obj, opts);
  }

  private commitUpdate(t: ResourceType, id: string, old: any, obj: any, opts: WriteOptions): any {
    const map = this.objects.get(resourceKey(t))!;
    if (comparable(obj) === comparable(old)) return this.present(t, old);
    if (opts.dryRun) return this.present(t, obj);
    obj.metadata.resourceVersion = String(++this.rv);
    if (
      obj.metadata.deletionTimestamp &&
      (obj.metadata.finalizers ?? []).length === 0 &&
      !this.gracefulPending(t, obj)
    ) {
      map.delete(id);
      this.byUid.delete(obj.metadata.uid);
      this.emit(t, "DELETED", obj, old);
      this.afterDelete(t, obj);
      return this.present(t, obj);
    }
    map.set(id, obj);
    if (t.kind === "CustomResourceDefinition") this.establishCrd(obj);
    this.emit(t, "MODIFIED", obj, old);
    return this.present(t, obj);
  }

  /** A pod being deleted gracefully stays until its kubelet confirms (deletes with grace 0). */
  private gracefulPending(t: ResourceType, obj: any): boolean {
    return (
      t.kind === "Pod" &&
      t.group === "" &&
      (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0 &&
      !!obj.spec?.nodeName
    );
  }

  patch(
    t: ResourceType,
    ns: string | undefined,
    name: string,
    contentType: string,
    body: any,
    opts: WriteOptions & { force?: boolean } = {},
  ): any {
    const ct = contentType.split(";")[0]!.trim();
    if (ct === "application/apply-patch+yaml" || ct === "application/apply-patch+cbor")
      return this.applyPatch(t, ns, name, body, opts);
    const cur = this.tryGet(t, ns, name);
    if (!cur) throw notFound(t.plural, t.group, name);
    let base = cur;
    if (opts.subresource === "scale") base = this.scaleOf(t, cur);
    let next: any;
    try {
      if (ct === "application/json-patch+json") next = jsonPatch(base, body);
      else if (ct === "application/merge-patch+json") next = mergePatch(base, body);
      else if (ct === "application/strategic-merge-patch+json") {
        if (t.crd)
          throw new StatusError(
            415,
            "UnsupportedMediaType",
            `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
          );
        next = strategicMergePatch(base, body);
      } else
        throw new StatusError(
          415,
          "UnsupportedMediaType",
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
        );
    } catch (e) {
      if (e instanceof PatchError) throw new StatusError(422, "Invalid", e.message);
      throw e;
    }
    if (opts.subresource === "scale") return this.setScale(t, ns, name, next, opts);
    if (!isObj(next?.metadata) || !body?.metadata?.resourceVersion) {
      next.metadata ??= {};
      next.metadata.resourceVersion = cur.metadata.resourceVersion;
    }
    return this.update(t, ns, name, next, opts);
  }

  private applyPatch(
    t: ResourceType,
    ns: string | undefined,
    name: string,
    body: any,
    opts: WriteOptions & { force?: boolean },
  ): any {
    if (!isObj(body)) throw badRequest("error decoding YAML: the applied object is not a map");
    if (!opts.manager)
      throw badRequest(
        "PATCH, application/apply-patch+yaml requests require fieldManager to be set",
      );
    const cur = this.tryGet(t, ns, name);
    if (body.metadata?.name && body.metadata.name !== name)
      throw badRequest(
        `the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`,
      );
    const config = structuredClone(body);
    config.metadata ??= {};
    config.metadata.name = name;
    if (t.crd) prune(config, t.crd.schema);
    const sub = opts.subresource;
    try {
      if (!cur) {
        if (sub) throw notFound(t.plural, t.group, name);
        const merged = apply({
          live: undefined,
          config,
          manager: opts.manager,
          force: !!opts.force,
          apiVersion: apiVersionOf(t),
          listKeys: this.listKeysFor(t),
          skipStatus: t.status,
          now: nowIso(),
        });
        const mf = merged.metadata.managedFields;
        const created = this.create(t, ns, merged, {
          ...opts,
          manager: `${opts.manager}\u0000skip`,
        });
        if (opts.dryRun) {
          created.metadata.managedFields = mf;
          return created;
        }
        return this.setManagedFields(t, ns, name, mf);
      }
      const live = structuredClone(cur);
      const view =
        sub === "status"
          ? {
              metadata: { name, managedFields: live.metadata.managedFields },
              status: config.status,
            }
          : config;
      if (sub !== "status" && t.status) delete view.status;
      const merged = apply({
        live,
        config: view,
        manager: opts.manager,
        force: !!opts.force,
        apiVersion: apiVersionOf(t),
        subresource: sub,
        listKeys: this.listKeysFor(t),
        skipStatus: t.status && sub !== "status",
        now: nowIso(),
      });
      const mf = merged.metadata.managedFields;
      merged.metadata.resourceVersion = cur.metadata.resourceVersion;
      const res = this.update(t, ns, name, merged, {
        ...opts,
        manager: `${opts.manager}\u0000skip`,
      });
      if (opts.dryRun) {
        res.metadata.managedFields = mf;
        return res;
      }
      return this.setManagedFields(t, ns, name, mf);
    } catch (e) {
      if (e instanceof ApplyConflict)
        throw new StatusError(409, "Conflict", e.message, {
          causes: e.conflicts.map((c) => ({
            reason: "FieldManagerConflict",
            message: `conflict with "${c.manager}" using ${c.apiVersion}`,
            field: formatPath(c.path),
          })),
        });
      throw e;
    }
  }

  /** Overwrites managedFields in place after an apply (no new resourceVersion: same write). */
  private setManagedFields(t: ResourceType, ns: string | undefined, name: string, mf: any): any {
    const o = this.objects.get(resourceKey(t))!.get(this.id(t.namespaced ? ns : undefined, name));
    if (!o) throw notFound(t.plural, t.group, name);
    if (mf) o.metadata.managedFields = mf;
    else delete o.metadata.managedFields;
    return this.present(t, o);
  }

  scaleOf(t: ResourceType, obj: any): any {
    const sc = t.scale!;
    const read = (p: string | undefined) => {
      if (!p) return undefined;
      let cur = obj;
      for (const s of p.replace(/^\./, "").split(".")) cur = cur?.[s];
      return cur;
    };
    const status: Record<string, any> = { replicas: read(sc.statusReplicasPath) ?? 0 };
    const sel = read(sc.labelSelectorPath);
    if (sel !== undefined) status.selector = sel;
    else if (!t.crd && obj.spec?.selector) {
      const parts = Object.entries(obj.spec.selector.matchLabels ?? {}).map(
        ([k, v]) => `${k}=${v}`,
      );
      status.selector = parts.join(",");
    }
    return {
      kind: "Scale",
      apiVersion: "autoscaling/v1",
      metadata: {
        name: obj.metadata.name,
        namespace: obj.metadata.namespace,
        uid: obj.metadata.uid,
        resourceVersion: obj.metadata.resourceVersion,
        creationTimestamp: obj.metadata.creationTimestamp,
      },
      spec: { replicas: read(sc.specReplicasPath) ?? 0 },
      status,
    };
  }

  setScale(
    t: ResourceType,
    ns: string | undefined,
    name: string,
    scale: any,
    opts: WriteOptions,
  ): any {
    const cur = this.get(t, ns, name);
    if (
      scale?.metadata?.resourceVersion &&
      scale.metadata.resourceVersion !== cur.metadata.resourceVersion
    )
      throw conflict(
        t.plural,
        t.group,
        name,
        "the object has been modified; please apply your changes to the latest version and try again",
      );
    const n = scale?.spec?.replicas;
    if (!Number.isInteger(n) || n < 0)
      throw invalid("Scale", "autoscaling", name, [
        {
          field: "spec.replicas",
          message: `spec.replicas: Invalid value: ${n}: must be greater than or equal to 0`,
        },
      ]);
    const next = structuredClone(cur);
    let o = next;
    const segs = t.scale!.specReplicasPath.replace(/^\./, "").split(".");
    for (const s of segs.slice(0, -1)) o = o[s] ??= {};
    o[segs[segs.length - 1]!] = n;
    const res = this.update(t, ns, name, next, { ...opts, subresource: undefined });
    return this.scaleOf(t, res);
  }

  /**
   * Deletes an object: with finalizers (or foreground/orphan propagation) only marks it with a
   * deletionTimestamp; a scheduled pod is marked for its kubelet to stop gracefully.
   */
  delete(t: ResourceType, ns: string | undefined, name: string, opts: DeleteOptions = {}): any {
    const map = this.objects.get(resourceKey(t))!;
    const id = this.id(t.namespaced ? ns : undefined, name);
    const old = map.get(id);
    if (!old) throw notFound(t.plural, t.group, name);
    if (opts.preconditions?.uid && opts.preconditions.uid !== old.metadata.uid)
      throw conflict(
        t.plural,
        t.group,
        name,
        `Precondition failed: UID in precondition: ${opts.preconditions.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    if (
      opts.preconditions?.resourceVersion &&
      opts.preconditions.resourceVersion !== old.metadata.resourceVersion
    )
      throw conflict(
        t.plural,
        t.group,
        name,
        `Precondition failed: ResourceVersion in precondition: ${opts.preconditions.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`,
      );
    const obj = structuredClone(old);
    const fin: string[] = [...(obj.metadata.finalizers ?? [])];
    const policy =
      opts.propagationPolicy ??
      (t.kind === "ReplicaSet" || t.kind === "StatefulSet" || t.kind === "Deployment"
        ? "Background"
        : "Background");
    if (!obj.metadata.deletionTimestamp) {
      if (policy === "Foreground" && !fin.includes("foregroundDeletion"))
        fin.push("foregroundDeletion");
      if (policy === "Orphan" && !fin.includes("orphan")) fin.push("orphan");
    }
    let grace = 0;
    if (t.kind === "Pod" && t.group === "" && obj.spec?.nodeName) {
      grace = opts.gracePeriodSeconds ?? obj.spec.terminationGracePeriodSeconds ?? 30;
      if (obj.status?.phase === "Succeeded" || obj.status?.phase === "Failed")
        grace = opts.gracePeriodSeconds ?? 0;
      if (obj.metadata.deletionTimestamp && opts.gracePeriodSeconds === undefined)
        grace = obj.metadata.deletionGracePeriodSeconds ?? 0;
    }
    if (t.kind === "Namespace") {
      if (!fin.includes("kubernetes")) fin.push("kubernetes");
      obj.status = { phase: "Terminating" };
    }
    if (fin.length > 0 || grace > 0) {
      obj.metadata.finalizers = fin;
      if (fin.length === 0) delete obj.metadata.finalizers;
      if (!obj.metadata.deletionTimestamp) obj.metadata.deletionTimestamp = nowIso();
      if (grace > 0 || obj.metadata.deletionGracePeriodSeconds !== undefined)
        obj.metadata.deletionGracePeriodSeconds = grace;
      if (opts.dryRun) return this.present(t, obj);
      obj.metadata.resourceVersion = String(++this.rv);
      map.set(id, obj);
      this.emit(t, "MODIFIED", obj, old);
      return this.present(t, obj);
    }
    if (opts.dryRun) return this.present(t, old);
    map.delete(id);
    this.byUid.delete(old.metadata.uid);
    obj.metadata.resourceVersion = String(++this.rv);
    this.emit(t, "DELETED", obj, old);
    this.afterDelete(t, obj);
    return this.present(t, obj);
  }

  private afterDelete(t: ResourceType, obj: any): void {
    if (t.kind === "CustomResourceDefinition") {
      for (const ct of typesFromCrd(obj)) {
        const key = resourceKey(ct);
        const objs = this.objects.get(key);
        if (objs)
          for (const o of [...objs.values()])
            this.delete(ct, o.metadata.namespace, o.metadata.name);
        this.types.delete(`${ct.group}/${ct.version}/${ct.plural}`);
      }
    }
  }

  /** Removes a finalizer as its controller would (used by the garbage collector). */
  removeFinalizer(t: ResourceType, ns: string | undefined, name: string, finalizer: string): void {
    const cur = this.tryGet(t, ns, name);
    if (!cur || !(cur.metadata.finalizers ?? []).includes(finalizer)) return;
    cur.metadata.finalizers = cur.metadata.finalizers.filter((f: string) => f !== finalizer);
    if (cur.metadata.finalizers.length === 0) delete cur.metadata.finalizers;
    this.update(t, ns, name, cur, { manager: "kube-controller-manager" }, true);
  }

  /** Writes a whole object including status (controllers' internal writes). */
  writeInternal(t: ResourceType, obj: any, manager: string): any {
    return this.update(t, obj.metadata.namespace, obj.metadata.name, obj, { manager }, true);
  }

  /** Finishes a pod's graceful deletion (the kubelet's confirmation). */
  finalizePodDeletion(t: ResourceType, ns: string, name: string): void {
    const map = this.objects.get(resourceKey(t))!;
    const id = this.id(ns, name);
    const old = map.get(id);
    if (!old) return;
    if ((old.metadata.finalizers ?? []).length > 0) {
      const obj = structuredClone(old);
      obj.metadata.deletionGracePeriodSeconds = 0;
      obj.metadata.resourceVersion = String(++this.rv);
      map.set(id, obj);
      this.emit(t, "MODIFIED", obj, old);
      return;
    }
    map.delete(id);
    this.byUid.delete(old.metadata.uid);
    const obj = structuredClone(old);
    obj.metadata.resourceVersion = String(++this.rv);
    this.emit(t, "DELETED", obj, old);
  }

  /** Every object of every type (for the garbage collector). */
  *everything(): Generator<{ t: ResourceType; obj: any }> {
    const seen = new Set<string>();
    for (const t of this.types.values()) {
      const key = resourceKey(t);
      if (seen.has(key)) continue;
      seen.add(key);
      for (const o of this.objects.get(key)!.values()) yield { t, obj: o };
    }
  }
}
