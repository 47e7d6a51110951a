/**
 * Server-side apply: field sets per manager (stored as metadata.managedFields in the FieldsV1
 * format), apply with conflict detection and `force`, removal of fields a manager stopped
 * applying, and ownership updates for plain updates and patches.
 *
 * A field set is a Set of paths; a path is a list of elements joined with "\u0000", each element
 * "f:<field>", "k:<json of the item's keys>" (an item of a keyed list) or "." (the item itself).
 * Only leaves (scalars, atomic lists, empty maps) and item markers are members.
 */

/** Returns the key fields of the list at fieldPath (field names from the root), or undefined when atomic. */
export type ListKeys = (fieldPath: string[], items: any[]) => string[] | undefined;

const SEP = "\u0000";

function isObj(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Metadata fields that nobody manages. */
const IGNORED_META = new Set([
  "name",
  "namespace",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "managedFields",
  "selfLink",
  "generateName",
]);

function itemKey(item: any, keys: string[]): string {
  const o: Record<string, any> = {};
  for (const k of keys) if (isObj(item) && item[k] !== undefined) o[k] = item[k];
  return `k:${JSON.stringify(o)}`;
}

/** The field set of an object (what an applier of it would own). `skipStatus` for main-resource writes. */
export function fieldsOf(obj: any, listKeys: ListKeys, skipStatus: boolean): Set<string> {
  const out = new Set<string>();
  const walk = (v: any, path: string[], names: string[]) => {
    if (isObj(v)) {
      const entries = Object.entries(v);
      if (entries.length === 0 && path.length > 0) {
        out.add(path.join(SEP));
        return;
      }
      for (const [k, x] of entries) {
        if (path.length === 0 && (k === "apiVersion" || k === "kind")) continue;
        if (path.length === 0 && k === "status" && skipStatus) continue;
        if (path.length === 1 && path[0] === "f:metadata" && IGNORED_META.has(k)) continue;
        if (x === null || x === undefined) continue;
        walk(x, [...path, `f:${k}`], [...names, k]);
      }
      return;
    }
    if (Array.isArray(v)) {
      const keys = listKeys(names, v);
      if (keys && v.every(isObj)) {
        for (const item of v) {
          const p = [...path, itemKey(item, keys)];
          out.add([...p, "."].join(SEP));
          for (const [k, x] of Object.entries(item)) {
            if (x === null || x === undefined) continue;
            walk(x, [...p, `f:${k}`], [...names, k]);
          }
        }
        return;
      }
    }
    out.add(path.join(SEP));
  };
  walk(obj, [], []);
  return out;
}

/** The value at a path (undefined when absent). */
export function valueAt(obj: any, path: string): any {
  let cur = obj;
  for (const el of path.split(SEP)) {
    if (el === ".") return cur;
    if (cur === undefined || cur === null) return undefined;
    if (el.startsWith("f:")) cur = isObj(cur) ? cur[el.slice(2)] : undefined;
    else if (el.startsWith("k:")) {
      const want = JSON.parse(el.slice(2));
      cur = Array.isArray(cur)
        ? cur.find(
            (i) =>
              isObj(i) &&
              Object.entries(want).every(([k, v]) => JSON.stringify(i[k]) === JSON.stringify(v)),
          )
        : undefined;
    } else return undefined;
  }
  return cur;
}

function removeAt(obj: any, path: string): void {
  const els = path.split(SEP);
  if (els[els.length - 1] === ".") els.pop();
  const parents: any[] = [];
  let cur = obj;
  for (let i = 0; i < els.length - 1; i++) {
    parents.push(cur);
    cur = valueAt(cur, els[i]!);
    if (cur === undefined) return;
  }
  const last = els[els.length - 1]!;
  if (last.startsWith("f:") && isObj(cur)) delete cur[last.slice(2)];
  else if (last.startsWith("k:") && Array.isArray(cur)) {
    const item = valueAt(cur, last);
    const i = cur.indexOf(item);
    if (i >= 0) cur.splice(i, 1);
  }
  // Drop maps this removal emptied (never the top-level sections).
  for (let i = els.length - 2; i >= 2; i--) {
    const node = valueAt(obj, els.slice(0, i + 1).join(SEP));
    if (isObj(node) && Object.keys(node).length === 0) {
      const parent = valueAt(obj, els.slice(0, i).join(SEP));
      const el = els[i]!;
      if (isObj(parent) && el.startsWith("f:")) delete parent[el.slice(2)];
    } else break;
  }
}

/** Merges an applied configuration into the live object: maps recursively, keyed lists by key. */
export function mergeApplied(
  live: any,
  config: any,
  listKeys: ListKeys,
  names: string[] = [],
): any {
  if (isObj(config)) {
    const out: Record<string, any> = isObj(live) ? { ...live } : {};
    for (const [k, v] of Object.entries(config)) {
      if (v === null) {
        delete out[k];
        continue;
      }
      out[k] = mergeApplied(out[k], v, listKeys, [...names, k]);
    }
    return out;
  }
  if (Array.isArray(config)) {
    const keys = listKeys(names, config);
    if (keys && config.every(isObj) && Array.isArray(live)) {
      const out = [...live];
      for (const item of config) {
        const k = itemKey(item, keys);
        const i = out.findIndex((x) => itemKey(x, keys) === k);
        if (i >= 0) out[i] = mergeApplied(out[i], item, listKeys, names);
        else out.push(item);
      }
      return out;
    }
  }
  return config;
}

export function toFieldsV1(set: Set<string>): Record<string, any> {
  const root: Record<string, any> = {};
  for (const p of set) {
    let cur = root;
    for (const el of p.split(SEP)) {
      if (el === "") continue;
      cur[el] ??= {};
      cur = cur[el];
    }
  }
  return root;
}

export function fromFieldsV1(tree: any): Set<string> {
  const out = new Set<string>();
  const walk = (node: any, path: string[]) => {
    const keys = isObj(node) ? Object.keys(node) : [];
    if (keys.length === 0) {
      if (path.length) out.add(path.join(SEP));
      return;
    }
    for (const k of keys) walk(node[k], [...path, k]);
  };
  walk(tree, []);
  return out;
}

/** ".spec.template.spec.containers[name=\"x\"].image" for conflict messages. */
export function formatPath(path: string): string {
  let s = "";
  for (const el of path.split(SEP)) {
    if (el.startsWith("f:")) s += `.${el.slice(2)}`;
    else if (el.startsWith("k:")) {
      const o = JSON.parse(el.slice(2));
      s += `[${Object.entries(o)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(",")}]`;
    }
  }
  return s;
}

export interface ManagerEntry {
  manager: string;
  operation: "Apply" | "Update";
  apiVersion: string;
  time: string;
  subresource?: string;
  fields: Set<string>;
}

export function readManaged(obj: any): ManagerEntry[] {
  return (obj?.metadata?.managedFields ?? []).map((m: any) => ({
    manager: m.manager ?? "",
    operation: m.operation === "Apply" ? "Apply" : "Update",
    apiVersion: m.apiVersion ?? "",
    time: m.time ?? "",
    subresource: m.subresource || undefined,
    fields: fromFieldsV1(m.fieldsV1 ?? {}),
  }));
}

export function writeManaged(obj: any, entries: ManagerEntry[]): void {
  const list = entries
    .filter((e) => e.fields.size > 0)
    .map((e) => {
      const m: Record<string, any> = {
        manager: e.manager,
        operation: e.operation,
        apiVersion: e.apiVersion,
        time: e.time,
        fieldsType: "FieldsV1",
        fieldsV1: toFieldsV1(e.fields),
      };
      if (e.subresource) m.subresource = e.subresource;
      return m;
    });
  obj.metadata ??= {};
  if (list.length) obj.metadata.managedFields = list;
  else delete obj.metadata.managedFields;
}

export interface Conflict {
  manager: string;
  apiVersion: string;
  path: string;
}

export class ApplyConflict extends Error {
  conflicts: Conflict[];
  constructor(conflicts: Conflict[]) {
    const byMgr = new Map<string, Conflict[]>();
    for (const c of conflicts) {
      const k = `${c.manager}\u0000${c.apiVersion}`;
      if (!byMgr.has(k)) byMgr.set(k, []);
      byMgr.get(k)!.push(c);
    }
    const n = conflicts.length;
    let msg = `Apply failed with ${n} conflict${n === 1 ? "" : "s"}: `;
    const parts: string[] = [];
    for (const cs of byMgr.values()) {
      const c0 = cs[0]!;
      if (cs.length === 1)
        parts.push(`conflict with "${c0.manager}" using ${c0.apiVersion}: ${formatPath(c0.path)}`);
      else
        parts.push(
          `conflicts with "${c0.manager}" using ${c0.apiVersion}:\n${cs.map((c) => `- ${formatPath(c.path)}`).join("\n")}`,
        );
    }
    msg += parts.join("\n");
    super(msg);
    this.conflicts = conflicts;
  }
}

function sameEntry(e: ManagerEntry, manager: string, op: string, sub: string | undefined): boolean {
  return e.manager === manager && e.operation === op && (e.subresource ?? "") === (sub ?? "");
}

export interface ApplyInput {
  live: any | undefined;
  config: any;
  manager: string;
  force: boolean;
  apiVersion: string;
  subresource?: string;
  listKeys: ListKeys;
  /** Main-resource applies do not own status when the type has a status subresource. */
  skipStatus: boolean;
  now: string;
}

/** Returns the new object (managedFields written). Throws ApplyConflict. */
export function apply(input: ApplyInput): any {
  const live = structuredClone(input.live ?? {});
  const entries = readManaged(live);
  const cfgFields = fieldsOf(input.config, input.listKeys, input.skipStatus);
  const conflicts: Conflict[] = [];
  for (const e of entries) {
    if (sameEntry(e, input.manager, "Apply", input.subresource)) continue;
    if (e.manager === input.manager) continue;
    for (const p of cfgFields) {
      if (!e.fields.has(p) || p.endsWith(".")) continue;
      if (JSON.stringify(valueAt(live, p)) !== JSON.stringify(valueAt(input.config, p))) {
        if (input.force) e.fields.delete(p);
        else conflicts.push({ manager: e.manager, apiVersion: e.apiVersion, path: p });
      }
    }
  }
  if (conflicts.length) throw new ApplyConflict(conflicts);
  let mine = entries.find((e) => sameEntry(e, input.manager, "Apply", input.subresource));
  const prev = mine?.fields ?? new Set<string>();
  let out = live;
  for (const p of prev) {
    if (cfgFields.has(p)) continue;
    const others = entries.some(
      (e) =>
        e !== mine &&
        [...e.fields].some(
          (q) => q === p || q.startsWith(p.endsWith(".") ? p.slice(0, -1) : p + SEP),
        ),
    );
    if (!others) removeAt(out, p);
  }
  out = mergeApplied(out, input.config, input.listKeys);
  if (!mine) {
    mine = {
      manager: input.manager,
      operation: "Apply",
      apiVersion: input.apiVersion,
      time: input.now,
      subresource: input.subresource,
      fields: cfgFields,
    };
    entries.push(mine);
  } else {
    mine.fields = cfgFields;
    mine.time = input.now;
    mine.apiVersion = input.apiVersion;
  }
  writeManaged(out, entries);
  return out;
}

/** Records a plain update's (create, update, patch) changed fields for `manager`. */
export function recordUpdate(opts: {
  oldObj: any | undefined;
  newObj: any;
  manager: string;
  apiVersion: string;
  subresource?: string;
  listKeys: ListKeys;
  skipStatus: boolean;
  now: string;
}): void {
  const entries = readManaged(opts.oldObj ?? {});
  const newFields = fieldsOf(opts.newObj, opts.listKeys, opts.skipStatus);
  const oldFields = opts.oldObj
    ? fieldsOf(opts.oldObj, opts.listKeys, opts.skipStatus)
    : new Set<string>();
  const changed = new Set<string>();
  for (const p of newFields) {
    if (
      !oldFields.has(p) ||
      JSON.stringify(valueAt(opts.oldObj, p)) !== JSON.stringify(valueAt(opts.newObj, p))
    )
      changed.add(p);
  }
  for (const e of entries) {
    for (const p of [...e.fields])
      if (!newFields.has(p) || (changed.has(p) && e.manager !== opts.manager)) e.fields.delete(p);
  }
  if (changed.size > 0) {
    let mine = entries.find((e) => sameEntry(e, opts.manager, "Update", opts.subresource));
    if (!mine) {
      mine = {
        manager: opts.manager,
        operation: "Update",
        apiVersion: opts.apiVersion,
        time: opts.now,
        subresource: opts.subresource,
        fields: new Set(),
      };
      entries.push(mine);
    }
    for (const p of changed) mine.fields.add(p);
    mine.time = opts.now;
  }
  writeManaged(opts.newObj, entries);
}
