/**
 * The root configuration: every block under Mimir's top-level YAML key, loaded from defaults,
 * then `-config.file` YAML (with `${VAR}` expansion when `-config.expand-env=true`), then
 * command-line flags. `common.storage` is applied to the three storage blocks before their own
 * settings, as Mimir's common config does.
 */
import { readFileSync } from "node:fs";
import {
  applyFlags,
  applyYamlObject,
  ConfigError,
  expandEnv,
  flagIndex,
  parseYamlDocument,
  splitArgs,
} from "../util/config/load.ts";
import { absolutePath, resolvePaths } from "../util/config/paths.ts";
import {
  defaultsOf,
  type Field,
  nonDefaultNotImplemented,
  walkFields,
} from "../util/config/spec.ts";
import { MODULES } from "./modules.ts";
import { type Config, rootBlock } from "./rootblock.ts";

/** The names -target accepts. */
export const ALL_TARGETS: readonly string[] = MODULES.filter((d) => d.targetable).map(
  (d) => d.name,
);

/** Flags that are not config fields. */
export const COMMAND_FLAGS: Record<string, { bool: boolean; help: string }> = {
  "config.file": { bool: false, help: "Configuration file to load." },
  "config.expand-env": {
    bool: true,
    help: "Expands ${var} or $var in config according to the values of the environment variables.",
  },
  help: { bool: true, help: "Print basic help." },
  h: { bool: true, help: "Print basic help." },
  "help-all": {
    bool: true,
    help: "Print help, also including advanced and experimental parameters.",
  },
  version: { bool: true, help: "Print application version and exit." },
  modules: { bool: true, help: "List available values that can be used as target." },
};

const FLAGS = flagIndex(rootBlock);
/** Every field by its dotted YAML path. */
const FIELDS_BY_PATH = new Map<string, Field<any>>();
walkFields(rootBlock, (path, field) => FIELDS_BY_PATH.set(path, field));

export interface LoadOptions {
  args: readonly string[];
  /** YAML text; when absent and `-config.file` is given, the file is read. */
  yamlText?: string;
  env?: Record<string, string | undefined>;
  /**
   * Absolute directory that relative paths (the config file, every `path` field) are resolved
   * against once, here. Absent: paths are left as given (tests).
   */
  workingDir?: string;
}

export interface LoadedConfig {
  config: Config;
  /** The flags given, for -help/-version/-modules handling by the caller. */
  commandFlags: Map<string, string[]>;
  configFile?: string;
  positional: string[];
}

/** Propagates common.storage's fields to each storage block that has a field of that name. */
function applyCommonStorage(cfg: Config, yamlCommon: unknown): void {
  const targets = [cfg.blocks_storage, cfg.ruler_storage, cfg.alertmanager_storage] as Record<
    string,
    any
  >[];
  const copyInto = (src: Record<string, any>, dst: Record<string, any>) => {
    for (const [k, v] of Object.entries(src)) {
      if (!(k in dst)) continue;
      if (v !== null && typeof v === "object" && !Array.isArray(v) && typeof dst[k] === "object")
        copyInto(v, dst[k]);
      else dst[k] = structuredClone(v);
    }
  };
  if (yamlCommon) for (const t of targets) copyInto(yamlCommon as Record<string, any>, t);
}

/**
 * Loads the configuration. Throws ConfigError with a one-line message naming the key or flag.
 * Order: defaults, common.storage, YAML, flags (with -common.storage.* flags applied first).
 */
export function loadConfig(opts: LoadOptions): LoadedConfig {
  const isKnown = (n: string) => FLAGS.has(n) || n in COMMAND_FLAGS;
  const isBool = (n: string) =>
    (COMMAND_FLAGS[n]?.bool ?? false) || FLAGS.get(n)?.field.kind === "bool";
  const { flags, positional } = splitArgs(opts.args, isKnown, isBool);
  const commandFlags = new Map<string, string[]>();
  for (const [k, v] of flags) if (k in COMMAND_FLAGS) commandFlags.set(k, v);

  const cfg = defaultsOf(rootBlock) as Config;
  const configFile = flags.get("config.file")?.at(-1);
  let text = opts.yamlText;
  if (text === undefined && configFile) {
    try {
      text = readFileSync(
        opts.workingDir === undefined ? configFile : absolutePath(configFile, opts.workingDir),
        "utf8",
      );
    } catch (e) {
      throw new ConfigError(
        `error loading config from ${configFile}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (e as Error).message}`,
      );
    }
  }
  const source = configFile ? `error loading config from ${configFile}` : "error loading config";
  if (text !== undefined) {
    const expand = flags.get("config.expand-env")?.at(-1);
    if (expand !== undefined && ["1", "t", "true", "TRUE", "True"].includes(expand))
      text = expandEnv(text, opts.env ?? {});
    try {
      const doc = parseYamlDocument(text, "config");
      const common = (doc as Record<string, any> | null)?.common;
      if (common !== undefined) {
        // Validate common first so its errors name common.*, then spread it.
        applyYamlObject({ common: rootBlock.common }, { common: cfg.common }, { common }, "");
        applyCommonStorage(cfg, (common as Record<string, unknown> | null)?.storage);
      }
      applyYamlObject(rootBlock, cfg as Record<string, any>, doc, "");
    } catch (e) {
      if (e instanceof ConfigError)
        throw new ConfigError(`${source}: ${e.message.replace(/^config: /, "")}`);
      throw e;
    }
  }
  // -common.storage.* flags first, so specific storage flags win.
  const commonFlags = new Map([...flags].filter(([k]) => k.startsWith("common.storage.")));
  if (commonFlags.size > 0) {
    applyFlags(FLAGS, cfg as Record<string, any>, commonFlags);
    const spread: Record<string, any> = {};
    for (const name of commonFlags.keys()) {
      // common.storage.<rest>: copy the value to <rest> of each storage block that has it.
      const rel = FLAGS.get(name)!.path.slice(2);
      let value: any = cfg.common.storage;
      for (const p of rel) value = value[p];
      let obj = spread;
      for (const p of rel.slice(0, -1)) obj = obj[p] ??= {};
      obj[rel[rel.length - 1]] = value;
    }
    applyCommonStorage(cfg, spread);
  }
  applyFlags(
    FLAGS,
    cfg as Record<string, any>,
    new Map([...flags].filter(([k]) => !k.startsWith("common.storage."))),
  );
  moveDeprecatedCustomTrackers(cfg);
  applyRenamedKeys(cfg);
  validateConfig(cfg);
  if (opts.workingDir !== undefined)
    resolvePaths(rootBlock, cfg as Record<string, any>, opts.workingDir);
  return { config: cfg, commandFlags, configFile, positional };
}

/**
 * Mimir's deprecated `ingester.active_series_custom_trackers` moves to
 * `limits.active_series_custom_trackers`; setting both is an error, as in Mimir.
 */
function moveDeprecatedCustomTrackers(cfg: Config): void {
  const ingester = cfg.ingester as Record<string, any>;
  const limits = cfg.limits as Record<string, any>;
  const old = ingester.active_series_custom_trackers as Record<string, unknown> | undefined;
  if (!old || Object.keys(old).length === 0) return;
  if (Object.keys(limits.active_series_custom_trackers ?? {}).length > 0) {
    throw new ConfigError(
      "can't define active series custom trackers in both ingester and limits config, please define them only in the limits",
    );
  }
  limits.active_series_custom_trackers = structuredClone(old);
}

/** Renamed keys (Field.renamedTo) with their field and the field that replaced them. */
const RENAMED: { from: string; to: string; field: Field<any>; target: Field<any> }[] = [];
walkFields(rootBlock, (path, field) => {
  if (field.renamedTo === undefined) return;
  const target = FIELDS_BY_PATH.get(field.renamedTo);
  if (target === undefined)
    throw new Error(`${path}: renamed to ${field.renamedTo}, which is not declared`);
  RENAMED.push({ from: path, to: field.renamedTo, field, target });
});

/** Copies each renamed key the config sets to the key that replaced it, unless that one is set too. */
function applyRenamedKeys(cfg: Config): void {
  for (const { from, to, field, target } of RENAMED) {
    const v = valueAt(cfg, from);
    if (JSON.stringify(v) === JSON.stringify(field.default)) continue;
    if (JSON.stringify(valueAt(cfg, to)) !== JSON.stringify(target.default)) continue;
    const parts = to.split(".");
    let obj = cfg as Record<string, any>;
    for (const p of parts.slice(0, -1)) obj = obj[p];
    obj[parts[parts.length - 1]] = structuredClone(v);
  }
}

function valueAt(cfg: unknown, path: string): unknown {
  let v = cfg;
  for (const k of path.split(".")) v = (v as Record<string, unknown> | undefined)?.[k];
  return v;
}

/** Mimir's deprecation warning for each deprecated field the config sets to a non-default value. */
export function deprecationWarnings(cfg: Config): string[] {
  const out: string[] = [];
  walkFields(rootBlock, (path, field) => {
    if (field.deprecated === undefined) return;
    if (JSON.stringify(valueAt(cfg, path)) !== JSON.stringify(field.default))
      out.push(field.deprecated);
  });
  return out;
}

/** Cross-field checks that a single field's validate() cannot make. */
export function validateConfig(cfg: Config): void {
  for (const t of cfg.target) {
    if (!ALL_TARGETS.includes(t)) {
      throw new ConfigError(`target: unrecognised module name: ${t} (see -modules for the list)`);
    }
  }
  if (cfg.target.length === 0) throw new ConfigError("target: at least one target is required");
}

/**
 * The keys nothing reads yet (NOT_IMPLEMENTED_KEYS) that the config sets: those whose value is
 * not the default, where what common.storage spreads into ruler_storage and
 * alertmanager_storage counts as default (it was set for blocks_storage). `workingDir` is the one
 * the config was loaded with (its paths were resolved against it, so the defaults' are too).
 */
export function unimplementedKeysSet(cfg: Config, workingDir?: string): string[] {
  const baseline = defaultsOf(rootBlock) as Config;
  if (workingDir !== undefined)
    resolvePaths(rootBlock, baseline as Record<string, any>, workingDir);
  const commonDefaults = defaultsOf(rootBlock.common.storage) as Record<string, any>;
  if (workingDir !== undefined) resolvePaths(rootBlock.common.storage, commonDefaults, workingDir);
  const changed = (
    value: Record<string, any>,
    dflt: Record<string, any>,
  ): Record<string, any> | undefined => {
    const out: Record<string, any> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && typeof v === "object" && !Array.isArray(v)) {
        const sub = changed(v, dflt[k] ?? {});
        if (sub !== undefined) out[k] = sub;
      } else if (JSON.stringify(v) !== JSON.stringify(dflt[k])) out[k] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  applyCommonStorage(baseline, changed(cfg.common.storage as Record<string, any>, commonDefaults));
  return nonDefaultNotImplemented(
    rootBlock,
    cfg as unknown as Record<string, unknown>,
    baseline as unknown as Record<string, unknown>,
  );
}

/** Every declared flag with its field, sorted by name (for -help). */
export function allFlags(): { name: string; field: Field<any> }[] {
  return [...FLAGS.entries()]
    .map(([name, info]) => ({ name, field: info.field }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export { ConfigError };
