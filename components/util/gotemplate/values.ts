// The Go value model over JS values, as the executor and functions see them:
//   bigint = Go int, number = float64, string, boolean, null = nil, undefined = "no value"
//   (Go's invalid reflect.Value), arrays = slices, Map and plain objects = maps (iterated in
//   sorted key order), functions = funcs, other objects = structs whose function-valued
//   properties are methods. Objects marked with GO_STRING_MAP are map[string]string: a missing
//   key yields "" instead of "<no value>".

/** Marks an object as a Go map[string]string (missing keys read as ""). */
export const GO_STRING_MAP: unique symbol = Symbol.for("mimir-ts.gotemplate.stringMap");
/** Names an object's Go type for messages and %T (e.g. "template.KV"). */
export const GO_TYPE_NAME: unique symbol = Symbol.for("mimir-ts.gotemplate.typeName");

/** Marks `obj` as a map[string]string and returns it. */
export function stringMap<T extends object>(obj: T): T {
  Object.defineProperty(obj, GO_STRING_MAP, { value: true, enumerable: false });
  return obj;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Whether `v` is a Go map (a Map, a plain object, or an object marked GO_STRING_MAP). */
export function isMap(v: unknown): v is Map<unknown, unknown> | Record<string, unknown> {
  return (
    v instanceof Map ||
    isPlainObject(v) ||
    (typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[GO_STRING_MAP] === true)
  );
}

/** Whether a missing key of map `m` reads as "" (map[string]string) rather than no value. */
export function isStringMap(m: object): boolean {
  if ((m as Record<symbol, unknown>)[GO_STRING_MAP] === true) return true;
  if (m instanceof Map) {
    if (m.size === 0) return false;
    for (const v of m.values()) if (typeof v !== "string") return false;
    return true;
  }
  const keys = Object.keys(m);
  if (keys.length === 0) return false;
  for (const k of keys) if (typeof (m as Record<string, unknown>)[k] !== "string") return false;
  return true;
}

/** Map keys in Go's sorted order (numbers numerically, strings bytewise). */
export function sortedKeys(m: Map<unknown, unknown> | Record<string, unknown>): unknown[] {
  const keys = m instanceof Map ? [...m.keys()] : Object.keys(m);
  keys.sort(compareKeys);
  return keys;
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (
    (typeof a === "number" || typeof a === "bigint") &&
    (typeof b === "number" || typeof b === "bigint")
  )
    return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function mapGet(m: Map<unknown, unknown> | Record<string, unknown>, key: unknown): unknown {
  if (m instanceof Map) return m.get(key);
  if (typeof key !== "string") return undefined;
  return Object.hasOwn(m, key) ? m[key] : undefined;
}

export function mapHas(m: Map<unknown, unknown> | Record<string, unknown>, key: unknown): boolean {
  if (m instanceof Map) return m.has(key);
  return typeof key === "string" && Object.hasOwn(m, key);
}

export function mapSize(m: Map<unknown, unknown> | Record<string, unknown>): number {
  return m instanceof Map ? m.size : Object.keys(m).length;
}

/** The zero value of a missing map entry. */
export function mapZero(m: object): unknown {
  return isStringMap(m) ? "" : undefined;
}

/** Go's template truthiness: false for zero values, empty collections, nil and no value. */
export function isTrue(v: unknown): boolean {
  switch (typeof v) {
    case "undefined":
      return false;
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "string":
      return v.length > 0;
    case "function":
      return true;
    case "object":
      if (v === null) return false;
      if (Array.isArray(v)) return v.length > 0;
      if (isMap(v)) return mapSize(v) > 0;
      return true;
    default:
      return true;
  }
}

/** Go's name for a value's type (%T, error messages). */
export function typeName(v: unknown): string {
  switch (typeof v) {
    case "undefined":
      return "<nil>";
    case "boolean":
      return "bool";
    case "number":
      return "float64";
    case "bigint":
      return "int";
    case "string":
      return "string";
    case "function":
      return "func(...interface {}) interface {}";
    case "object": {
      if (v === null) return "<nil>";
      const named = (v as Record<symbol, unknown>)[GO_TYPE_NAME];
      if (typeof named === "string") return named;
      if (Array.isArray(v)) {
        if (v.length > 0 && v.every((x) => typeof x === "string")) return "[]string";
        return "[]interface {}";
      }
      if (isMap(v)) return isStringMap(v) ? "map[string]string" : "map[string]interface {}";
      return v.constructor?.name ?? "struct";
    }
    default:
      return "interface {}";
  }
}

/** Go's byte length of a string (len in templates counts UTF-8 bytes). */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The method `name` of `obj` as Go would see it: a function on the prototype chain (class
 * methods) or a non-enumerable own function property (how Alerts.Firing is attached to an
 * array). Enumerable own function properties are func-valued fields, not methods.
 */
export function methodOf(obj: object, name: string): ((...args: unknown[]) => unknown) | undefined {
  // Like Go, only exported (upper-case) names are methods; this also keeps templates away
  // from JS internals (constructor, toString, ...), which could otherwise run arbitrary code.
  if (!isExported(name) || typeof obj === "function") return undefined;
  const own = Object.getOwnPropertyDescriptor(obj, name);
  if (own) {
    return typeof own.value === "function" && !own.enumerable ? own.value : undefined;
  }
  if (isPlainObject(obj) || obj instanceof Map || Array.isArray(obj)) return undefined;
  let p: object | null = Object.getPrototypeOf(obj);
  while (p !== null && p !== Object.prototype) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.value === "function" ? d.value : undefined;
    p = Object.getPrototypeOf(p);
  }
  return undefined;
}

/** Whether a Go identifier is exported (starts with an upper-case letter). */
export function isExported(name: string): boolean {
  const c = name.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
