/**
 * The three patch formats kubectl sends: JSON patch (RFC 6902), JSON merge patch (RFC 7386) and
 * strategic merge patch (merge-keyed lists for the built-in kinds, plus the $patch,
 * $setElementOrder, $retainKeys and $deleteFromPrimitiveList directives).
 */

export class PatchError extends Error {}

function isObj(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

function pointer(path: string): string[] {
  if (path === "") return [];
  if (!path.startsWith("/")) throw new PatchError(`invalid JSON pointer: "${path}"`);
  return path.slice(1).split("/").map(unescapePointer);
}

function getAt(doc: any, segs: string[]): any {
  let cur = doc;
  for (const s of segs) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isObj(cur)) cur = cur[s];
    else return undefined;
  }
  return cur;
}

/** Applies an RFC 6902 patch to a copy of doc. */
export function jsonPatch(doc: any, ops: any[]): any {
  if (!Array.isArray(ops))
    throw new PatchError("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  let root = structuredClone(doc);
  for (const op of ops) {
    const segs = pointer(String(op.path ?? ""));
    const parentSegs = segs.slice(0, -1);
    const last = segs[segs.length - 1];
    const remove = (p: string[]): any => {
      const parent = getAt(root, p.slice(0, -1));
      const k = p[p.length - 1]!;
      if (Array.isArray(parent)) {
        const i = Number(k);
        if (!(i >= 0 && i < parent.length))
          throw new PatchError(
            `remove operation does not apply: doc is missing path: "${op.path}"`,
          );
        return parent.splice(i, 1)[0];
      }
      if (!isObj(parent) || !(k in parent))
        throw new PatchError(`remove operation does not apply: doc is missing path: "${op.path}"`);
      const v = parent[k];
      delete parent[k];
      return v;
    };
    const add = (p: string[], value: any, replace: boolean) => {
      if (p.length === 0) {
        root = value;
        return;
      }
      const parent = getAt(root, p.slice(0, -1));
      const k = p[p.length - 1]!;
      if (Array.isArray(parent)) {
        const i = k === "-" ? parent.length : Number(k);
        if (!(i >= 0 && i <= parent.length))
          throw new PatchError(`add operation does not apply: doc is missing path: "${op.path}"`);
        if (replace) parent[i] = value;
        else parent.splice(i, 0, value);
      } else if (isObj(parent)) {
        if (replace && !(k in parent))
          throw new PatchError(`replace operation does not apply: doc is missing key: ${op.path}`);
        parent[k] = value;
      } else
        throw new PatchError(`add operation does not apply: doc is missing path: "${op.path}"`);
    };
    switch (op.op) {
      case "add":
        add(segs, structuredClone(op.value), false);
        break;
      case "remove":
        remove(segs);
        break;
      case "replace":
        add(segs, structuredClone(op.value), true);
        break;
      case "move": {
        const v = remove(pointer(op.from));
        add(segs, v, false);
        break;
      }
      case "copy":
        add(segs, structuredClone(getAt(root, pointer(op.from))), false);
        break;
      case "test": {
        const v = getAt(root, segs);
        if (JSON.stringify(v) !== JSON.stringify(op.value))
          throw new PatchError(`testing value ${op.path} failed`);
        break;
      }
      default:
        throw new PatchError(`Unexpected kind: ${op.op}`);
    }
    void parentSegs;
    void last;
  }
  return root;
}

/** RFC 7386: objects merge recursively, null deletes, everything else replaces. */
export function mergePatch(doc: any, patch: any): any {
  if (!isObj(patch)) return structuredClone(patch);
  const out: Record<string, any> = isObj(doc) ? structuredClone(doc) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * The merge key of a built-in list field, chosen by field name (and, for "ports", by whether the
 * items are container ports). Lists without a key are replaced atomically; `primitiveMerge` lists
 * (finalizers) merge as sets.
 */
export function mergeKeyOf(field: string, items: any[]): string | undefined {
  switch (field) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "volumeClaimTemplates":
    case "hostAliases":
      return field === "hostAliases" ? "ip" : "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "ports":
      return items.some((i) => isObj(i) && "containerPort" in i) ? "containerPort" : "port";
    case "conditions":
      return "type";
    case "ownerReferences":
      return "uid";
    case "topologySpreadConstraints":
      return "topologyKey";
    default:
      return undefined;
  }
}

const PRIMITIVE_MERGE = new Set(["finalizers"]);

function keyOf(item: any, key: string): string {
  return isObj(item) ? JSON.stringify(item[key]) : JSON.stringify(item);
}

/** Strategic merge patch for the built-in kinds. */
export function strategicMergePatch(doc: any, patch: any): any {
  if (!isObj(patch)) return structuredClone(patch);
  if (patch.$patch === "replace") {
    const p = { ...patch };
    delete p.$patch;
    return stripDirectives(p);
  }
  if (patch.$patch === "delete") return undefined;
  const out: Record<string, any> = isObj(doc) ? structuredClone(doc) : {};
  if (Array.isArray(patch.$retainKeys)) {
    for (const k of Object.keys(out)) if (!patch.$retainKeys.includes(k)) delete out[k];
  }
  for (const [k, v] of Object.entries(patch)) {
    if (k === "$patch" || k === "$retainKeys") continue;
    if (k.startsWith("$setElementOrder/")) continue;
    if (k.startsWith("$deleteFromPrimitiveList/")) {
      const f = k.slice("$deleteFromPrimitiveList/".length);
      if (Array.isArray(out[f])) out[f] = out[f].filter((x: any) => !(v as any[]).includes(x));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      out[k] = mergeList(k, out[k], v, patch[`$setElementOrder/${k}`]);
      continue;
    }
    if (isObj(v)) {
      const merged = strategicMergePatch(out[k], v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
      continue;
    }
    out[k] = v;
  }
  return out;
}

function stripDirectives(v: any): any {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObj(v)) return v;
  const out: Record<string, any> = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith("$")) out[k] = stripDirectives(x);
  return out;
}

function mergeList(field: string, cur: any, patch: any[], order: any[] | undefined): any[] {
  const live: any[] = Array.isArray(cur) ? cur : [];
  if (patch.length === 1 && isObj(patch[0]) && patch[0].$patch === "replace") return [];
  if (PRIMITIVE_MERGE.has(field)) {
    const out = [...live];
    for (const x of patch) if (!out.includes(x)) out.push(x);
    return out;
  }
  const key = mergeKeyOf(field, [...live, ...patch]);
  if (!key || patch.some((p) => !isObj(p))) return stripDirectives(patch);
  const out = live.map((x) => structuredClone(x));
  for (const p of patch) {
    const k = keyOf(p, key);
    const i = out.findIndex((x) => keyOf(x, key) === k);
    if (p.$patch === "delete") {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = strategicMergePatch(out[i], p);
    else out.push(stripDirectives(p));
  }
  if (Array.isArray(order)) {
    const pos = new Map(order.map((o, i) => [keyOf(o, key), i]));
    out.sort((a, b) => (pos.get(keyOf(a, key)) ?? 1e9) - (pos.get(keyOf(b, key)) ?? 1e9));
  }
  return out;
}
