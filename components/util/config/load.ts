/**
 * Loads a declared config: defaults, then a YAML document, then command-line flags, with
 * strict checks. Every problem is a ConfigError whose message is one line naming the YAML
 * path or the flag and what is wrong with it.
 */
import * as yaml from "js-yaml";
import { parseDuration } from "./duration.ts";
import { type Block, defaultsOf, type Field, isField, type ValueOf, walkFields } from "./spec.ts";

export class ConfigError extends Error {}

function kindOfYaml(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "!!seq";
  switch (typeof v) {
    case "string":
      return `!!str ${JSON.stringify(v).slice(0, 60)}`;
    case "number":
      return Number.isInteger(v) ? `!!int ${v}` : `!!float ${v}`;
    case "boolean":
      return `!!bool ${v}`;
    case "object":
      return "!!map";
    default:
      return typeof v;
  }
}

const TYPE_NAME: Record<string, string> = {
  string: "string",
  int: "int",
  float: "float64",
  bool: "bool",
  duration: "duration",
  list: "list of strings",
  map: "map",
};

/** Converts one YAML value for a field; throws ConfigError naming the path. */
export function coerceYaml(path: string, field: Field<any>, v: unknown): unknown {
  const bad = () =>
    new ConfigError(
      `${path}: cannot unmarshal ${kindOfYaml(v)} into ${TYPE_NAME[field.kind] ?? field.kind}`,
    );
  let out: unknown;
  switch (field.kind) {
    case "string":
      if (typeof v === "string") out = v;
      else if (typeof v === "number" || typeof v === "boolean") out = String(v);
      else throw bad();
      break;
    case "int":
      if (typeof v !== "number" || !Number.isInteger(v)) throw bad();
      out = v;
      break;
    case "float":
      if (typeof v !== "number") throw bad();
      out = v;
      break;
    case "bool":
      if (typeof v !== "boolean") throw bad();
      out = v;
      break;
    case "duration": {
      if (v === 0) {
        out = 0;
        break;
      }
      if (typeof v !== "string") throw bad();
      const d = parseDuration(v);
      if (d === undefined) throw new ConfigError(`${path}: invalid duration ${JSON.stringify(v)}`);
      out = d;
      break;
    }
    case "list":
      if (typeof v === "string") out = v === "" ? [] : v.split(",").map((s) => s.trim());
      else if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number"))
        out = v.map(String);
      else throw bad();
      break;
    case "map":
      if (v === null || typeof v !== "object" || Array.isArray(v)) throw bad();
      out = v;
      break;
    case "any":
      out = v;
      break;
  }
  checkField(path, field, out);
  return out;
}

function checkField(where: string, field: Field<any>, v: unknown): void {
  if (field.enum && !field.enum.includes(v as string)) {
    throw new ConfigError(
      `${where}: invalid value ${JSON.stringify(v)}, must be one of: ${field.enum.join(", ")}`,
    );
  }
  const problem = field.validate?.(v);
  if (problem) throw new ConfigError(`${where}: ${problem}`);
}

/** Merges a parsed YAML mapping into `target` (which has the block's shape), strictly. */
export function applyYamlObject(
  block: Block,
  target: Record<string, any>,
  obj: unknown,
  prefix: string,
): void {
  if (obj === null || obj === undefined) return;
  if (typeof obj !== "object" || Array.isArray(obj)) {
    throw new ConfigError(
      `${prefix || "config"}: cannot unmarshal ${kindOfYaml(obj)} into a mapping`,
    );
  }
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const spec = Object.hasOwn(block, key) ? block[key] : undefined;
    if (!spec) throw new ConfigError(`${path}: field ${key} not found in the configuration`);
    if (isField(spec)) {
      if (value === null) continue;
      target[key] = coerceYaml(path, spec, value);
    } else {
      applyYamlObject(spec, target[key], value, path);
    }
  }
}

/** Expands ${VAR} and ${VAR:default} from env, as -config.expand-env does. */
export function expandEnv(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g,
    (_m, name: string, def: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== "") return v;
      return def ?? "";
    },
  );
}

/** Parses YAML text as one document; an empty document is an empty mapping. */
export function parseYamlDocument(text: string, source: string): unknown {
  let docs: unknown[];
  try {
    docs = yaml.loadAll(text) as unknown[];
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0];
    throw new ConfigError(`${source}: yaml: ${msg}`, { cause: e });
  }
  const nonEmpty = docs.filter((d) => d !== null && d !== undefined);
  if (nonEmpty.length > 1)
    throw new ConfigError(`${source}: the provided configuration contains multiple documents`);
  return nonEmpty[0] ?? {};
}

export interface FlagInfo {
  path: string[];
  field: Field<any>;
}

/** Index of every declared flag of the block. */
export function flagIndex(block: Block): Map<string, FlagInfo> {
  const out = new Map<string, FlagInfo>();
  walkFields(block, (path, field) => {
    if (field.flag) out.set(field.flag, { path: path.split("."), field });
    for (const alias of field.flagAliases ?? []) out.set(alias, { path: path.split("."), field });
  });
  return out;
}

/** Converts a flag's text value; throws ConfigError in Go's flag package wording. */
export function coerceFlag(name: string, field: Field<any>, text: string): unknown {
  const bad = (why = "parse error") =>
    new ConfigError(`invalid value ${JSON.stringify(text)} for flag -${name}: ${why}`);
  let out: unknown;
  switch (field.kind) {
    case "string":
      out = text;
      break;
    case "int": {
      if (!/^[-+]?\d+$/.test(text.trim())) throw bad();
      out = Number.parseInt(text, 10);
      break;
    }
    case "float": {
      const n = Number(text);
      if (text.trim() === "" || Number.isNaN(n)) throw bad();
      out = n;
      break;
    }
    case "bool": {
      const t = text.toLowerCase();
      if (["1", "t", "true"].includes(t)) out = true;
      else if (["0", "f", "false"].includes(t)) out = false;
      else throw bad();
      break;
    }
    case "duration": {
      const d = parseDuration(text);
      if (d === undefined) throw bad();
      out = d;
      break;
    }
    case "list":
      out = text === "" ? [] : text.split(",").map((s) => s.trim());
      break;
    case "map":
      out = parseMapFlag(text);
      if (out === undefined) throw bad();
      break;
    case "any":
      throw bad("not settable from the command line");
  }
  checkField(`-${name}`, field, out);
  return out;
}

/**
 * A map flag's value: a JSON object, or `name:value;name2:value2` (the form of Mimir's
 * -ingester.active-series-custom-trackers). Undefined when it is neither.
 */
export function parseMapFlag(text: string): Record<string, unknown> | undefined {
  const t = text.trim();
  if (t === "") return {};
  if (t.startsWith("{")) {
    try {
      const v = JSON.parse(t) as unknown;
      return v !== null && typeof v === "object" && !Array.isArray(v)
        ? (v as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }
  const out: Record<string, unknown> = {};
  for (const pair of t.split(";")) {
    const colon = pair.indexOf(":");
    if (colon <= 0) return undefined;
    out[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  return out;
}

export interface ParsedArgs {
  /** Flag name (no dash) -> raw text values in order given. */
  flags: Map<string, string[]>;
  positional: string[];
}

/**
 * Splits Go-style arguments: `-name=value`, `--name=value`, `-name value`, and `-name` alone
 * for booleans. `isBool(name)` says which flags take no separate value; `isKnown(name)` which
 * exist (an unknown flag is an error, as in Go).
 */
export function splitArgs(
  argv: readonly string[],
  isKnown: (n: string) => boolean,
  isBool: (n: string) => boolean,
): ParsedArgs {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    const body = a.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    if (!isKnown(name))
      throw new ConfigError(`flag provided but not defined: -${name} (see -help)`);
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (isBool(name)) value = "true";
    else {
      if (i + 1 >= argv.length) throw new ConfigError(`flag needs an argument: -${name}`);
      value = argv[++i];
    }
    const list = flags.get(name);
    if (list) list.push(value);
    else flags.set(name, [value]);
  }
  return { flags, positional };
}

/** Sets the flag values (last one wins) into a config object of the block's shape. */
export function applyFlags(
  index: Map<string, FlagInfo>,
  target: Record<string, any>,
  flags: Map<string, string[]>,
): void {
  for (const [name, values] of flags) {
    const info = index.get(name);
    if (!info) continue;
    const v = coerceFlag(name, info.field, values[values.length - 1]);
    let obj = target;
    for (const p of info.path.slice(0, -1)) obj = obj[p];
    obj[info.path[info.path.length - 1]] = v;
  }
}

/** Loads defaults + YAML (already parsed) for a block; used by the root loader and by tests. */
export function loadBlock<B extends Block>(
  block: B,
  yamlObj: unknown,
  source = "config",
): ValueOf<B> {
  const cfg = defaultsOf(block) as Record<string, any>;
  try {
    applyYamlObject(block, cfg, yamlObj, "");
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`${source}: ${e.message}`);
    throw e;
  }
  return cfg as ValueOf<B>;
}
