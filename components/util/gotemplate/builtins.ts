// Go text/template's predefined functions (and or not len index slice print printf println
// html js urlquery call eq ne lt le gt ge) over the value model of values.ts. `and`/`or` are
// short-circuited by the executor; the entries here are used when called via `call` etc.

import { sprint, sprintf, sprintln } from "./fmt.ts";
import { FuncError } from "./errors.ts";
import type { FuncMap } from "./funcs.ts";
import { byteLength, isMap, isTrue, mapGet, mapHas, mapSize, mapZero, typeName } from "./values.ts";

const ERR_BAD_COMPARISON_TYPE = "invalid type for comparison";
const ERR_BAD_COMPARISON = "incompatible types for comparison";
const ERR_NO_COMPARISON = "missing argument for comparison";

type Kind = "bool" | "int" | "float" | "string" | "complex" | "other" | "invalid";

function basicKind(v: unknown): Kind {
  switch (typeof v) {
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "number":
      return "float";
    case "string":
      return "string";
    case "undefined":
      return "invalid";
  }
  return "other";
}

function isComparable(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "function") return false;
  if (Array.isArray(v) || isMap(v)) return false;
  return true;
}

/** Go's "non-comparable type <value>: <type>". */
function nonComparable(v: unknown): FuncError {
  return new FuncError(`non-comparable type ${sprint([v])}: ${typeName(v)}`);
}

/** Go's eq: arg1 == arg2 || arg1 == arg3 ... with Go's comparison rules. */
export function eq(arg1: unknown, ...args: unknown[]): boolean {
  const k1 = basicKind(arg1);
  if (args.length === 0) throw new FuncError(ERR_NO_COMPARISON);
  for (const arg of args) {
    const k2 = basicKind(arg);
    let truth: boolean;
    if (k1 !== k2) {
      if (k1 === "other" || k2 === "other" || k1 === "invalid" || k2 === "invalid") {
        // Non-basic values compare by identity when comparable (Go 1.18+ semantics).
        if (arg1 === null || arg === null || arg1 === undefined || arg === undefined) {
          truth = (arg1 ?? null) === (arg ?? null);
        } else if (!isComparable(arg1) || !isComparable(arg)) {
          throw nonComparable(isComparable(arg1) ? arg : arg1);
        } else throw new FuncError(ERR_BAD_COMPARISON);
      } else throw new FuncError(ERR_BAD_COMPARISON);
    } else if (k1 === "other") {
      if (!isComparable(arg1)) throw nonComparable(arg1);
      if (!isComparable(arg)) throw nonComparable(arg);
      truth = arg1 === arg;
    } else {
      truth = arg1 === arg;
    }
    if (truth) return true;
  }
  return false;
}

export function ne(a: unknown, b: unknown): boolean {
  return !eq(a, b);
}

/** Go's lt over basic kinds. */
export function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === "other" || k1 === "invalid" || k1 === "bool")
    throw new FuncError(ERR_BAD_COMPARISON_TYPE);
  if (k2 === "other" || k2 === "invalid" || k2 === "bool")
    throw new FuncError(ERR_BAD_COMPARISON_TYPE);
  if (k1 !== k2) throw new FuncError(ERR_BAD_COMPARISON);
  return (a as number | string | bigint) < (b as number | string | bigint);
}

export function le(a: unknown, b: unknown): boolean {
  return lt(a, b) || eq(a, b);
}
export function gt(a: unknown, b: unknown): boolean {
  return !le(a, b);
}
export function ge(a: unknown, b: unknown): boolean {
  return !lt(a, b);
}

export function length(v: unknown): bigint {
  if (typeof v === "string") return BigInt(byteLength(v));
  if (Array.isArray(v)) return BigInt(v.length);
  if (v instanceof Uint8Array) return BigInt(v.length);
  if (isMap(v)) return BigInt(mapSize(v));
  if (v === undefined || v === null) throw new FuncError("len of nil pointer");
  throw new FuncError(`len of type ${typeName(v)}`);
}

function indexArg(i: unknown, cap: number): number {
  if (typeof i !== "bigint") {
    if (typeof i === "number") throw new FuncError(`cannot index slice/array with type float64`);
    throw new FuncError(`cannot index slice/array with type ${typeName(i)}`);
  }
  if (i < 0n || i >= BigInt(cap)) throw new FuncError(`index out of range: ${i}`);
  return Number(i);
}

export function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new FuncError("index of untyped nil");
  let v: unknown = item;
  for (const i of indexes) {
    if (typeof v === "string") {
      const bytes = Buffer.from(v, "utf8");
      v = BigInt(bytes[indexArg(i, bytes.length)]!);
    } else if (Array.isArray(v)) {
      v = v[indexArg(i, v.length)];
    } else if (isMap(v)) {
      if (!(v instanceof Map) && typeof i !== "string")
        throw new FuncError(`value has type ${typeName(i)}; should be string`);
      v = mapHas(v, i) ? mapGet(v, i) : mapZero(v);
    } else if (v === undefined || v === null) {
      throw new FuncError("index of untyped nil");
    } else {
      throw new FuncError(`can't index item of type ${typeName(v)}`);
    }
  }
  return v;
}

export function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new FuncError("slice of untyped nil");
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (typeof item === "string") {
    if (indexes.length === 3) throw new FuncError("cannot 3-index slice a string");
    len = Buffer.byteLength(item);
  } else if (Array.isArray(item)) len = item.length;
  else throw new FuncError(`can't slice item of type ${typeName(item)}`);
  const idx = [0, len];
  for (let i = 0; i < indexes.length; i++) {
    const x = indexes[i];
    if (typeof x !== "bigint")
      throw new FuncError(`cannot index slice/array with type ${typeName(x)}`);
    if (x < 0n || x > BigInt(len)) throw new FuncError(`index out of range: ${x}`);
    idx[i] = Number(x);
  }
  if (idx[0]! > idx[1]!) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (typeof item === "string")
    return Buffer.from(item, "utf8").subarray(idx[0], idx[1]).toString("utf8");
  return item.slice(idx[0], idx[1]);
}

/** The string a text-escaping builtin works on: a lone string argument, else fmt.Sprint. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args);
}

/** Go's template.HTMLEscapeString. */
export function htmlEscape(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) => {
    switch (c) {
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "&":
        return "&amp;";
      case "'":
        return "&#39;";
      case '"':
        return "&#34;";
      default:
        return "\uFFFD";
    }
  });
}

/** Go's template.JSEscapeString. */
export function jsEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case "\\":
        out += "\\\\";
        continue;
      case "'":
        out += "\\'";
        continue;
      case '"':
        out += '\\"';
        continue;
      case "<":
        out += "\\u003C";
        continue;
      case ">":
        out += "\\u003E";
        continue;
      case "&":
        out += "\\u0026";
        continue;
      case "=":
        out += "\\u003D";
        continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && !/[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u.test(ch))) {
      out += `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    } else out += ch;
  }
  return out;
}

/** Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export function call(fn: unknown, ...args: unknown[]): unknown {
  if (fn === undefined || fn === null) throw new FuncError("call of nil");
  if (typeof fn !== "function") throw new FuncError(`non-function of type ${typeName(fn)}`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

/** The builtin functions, keyed by name. */
export const BUILTINS: FuncMap = {
  and: (...args: unknown[]) => {
    for (const a of args) if (!isTrue(a)) return a;
    return args[args.length - 1];
  },
  or: (...args: unknown[]) => {
    for (const a of args) if (isTrue(a)) return a;
    return args[args.length - 1];
  },
  not: { fn: (a: unknown) => !isTrue(a), params: ["any"] },
  len: { fn: length, params: ["any"] },
  index: { fn: index, params: ["any"], variadic: "any" },
  slice: { fn: slice, params: ["any"], variadic: "any" },
  print: (...args: unknown[]) => sprint(args),
  printf: {
    fn: (format: string, ...args: unknown[]) => sprintf(format, args),
    params: ["string"],
    variadic: "any",
  },
  println: (...args: unknown[]) => sprintln(args),
  html: (...args: unknown[]) => htmlEscape(evalArgs(args)),
  js: (...args: unknown[]) => jsEscape(evalArgs(args)),
  urlquery: (...args: unknown[]) => queryEscape(evalArgs(args)),
  call: { fn: call, params: ["any"], variadic: "any" },
  eq: { fn: eq, params: ["any"], variadic: "any" },
  ne: { fn: ne, params: ["any", "any"] },
  lt: { fn: lt, params: ["any", "any"] },
  le: { fn: le, params: ["any", "any"] },
  gt: { fn: gt, params: ["any", "any"] },
  ge: { fn: ge, params: ["any", "any"] },
};
