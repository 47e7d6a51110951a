/**
 * The runtime config: YAML files (comma-separated, merged left to right) re-read every reload
 * period. Each tenant entry under `overrides:` is strictly parsed over the `limits` block's
 * values and handed to Overrides. A file that fails to load or parse keeps the previous config,
 * is logged, and sets cortex_runtime_config_last_reload_successful to 0.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Logger } from "pino";
import { Gauge, type Registry } from "prom-client";
import { applyYamlObject, ConfigError, parseYamlDocument } from "../config/load.ts";
import type { ValueOf } from "../config/spec.ts";
import { allLimitsBlock, type Limits } from "../limits/limits.ts";
import type { Overrides } from "../limits/overrides.ts";
import { BasicService } from "../services/service.ts";
import { validateTenantID } from "../tenant.ts";
import type { runtimeConfigBlock } from "./config.ts";

export type RuntimeConfigSettings = ValueOf<typeof runtimeConfigBlock>;

const TOP_LEVEL_KEYS = new Set([
  "overrides",
  "multi_kv_config",
  "ingester_stream_chunks_when_using_blocks",
  "ingester_limits",
  "distributor_limits",
]);

export interface RuntimeConfigValues {
  /** The merged document as loaded (for /runtime_config). */
  raw: Record<string, unknown>;
  /** Tenant -> complete limits (defaults with the tenant's overrides applied). */
  overrides: Map<string, Limits>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Deep-merges `b` over `a` (maps merge key by key; anything else replaces). */
export function mergeDocs(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] =
      isPlainObject(out[k]) && isPlainObject(v)
        ? mergeDocs(out[k] as Record<string, unknown>, v)
        : v;
  }
  return out;
}

/** Parses and checks runtime config texts (already read) into values; throws ConfigError. */
export function parseRuntimeConfig(
  files: { name: string; text: string }[],
  defaults: Limits,
): RuntimeConfigValues {
  let merged: Record<string, unknown> = {};
  for (const { name, text } of files) {
    let doc: unknown;
    try {
      doc = parseYamlDocument(text, name);
    } catch (e) {
      if (e instanceof ConfigError && e.message.includes("multiple documents")) {
        throw new ConfigError(
          `${name}: the provided runtime configuration contains multiple documents`,
        );
      }
      throw e;
    }
    if (doc === null || doc === undefined) continue;
    if (!isPlainObject(doc))
      throw new ConfigError(`${name}: runtime configuration must be a mapping`);
    for (const k of Object.keys(doc)) {
      if (!TOP_LEVEL_KEYS.has(k))
        throw new ConfigError(`${name}: ${k}: field ${k} not found in the runtime configuration`);
    }
    merged = mergeDocs(merged, doc);
  }
  const overrides = new Map<string, Limits>();
  const rawOverrides = merged.overrides ?? {};
  if (!isPlainObject(rawOverrides))
    throw new ConfigError("overrides: must be a mapping of tenant ID to limits");
  for (const [tenant, lim] of Object.entries(rawOverrides)) {
    const problem = validateTenantID(tenant);
    if (problem) throw new ConfigError(`overrides.${tenant}: ${problem}`);
    const limits = structuredClone(defaults) as Record<string, any>;
    applyYamlObject(allLimitsBlock, limits, lim, `overrides.${tenant}`);
    overrides.set(tenant, limits as Limits);
  }
  return { raw: merged, overrides };
}

export interface RuntimeConfigDeps {
  logger: Logger;
  registry: Registry;
  overrides: Overrides;
  /** Reads a file; injectable for tests. */
  readFile?: (path: string) => Promise<string>;
}

export class RuntimeConfigManager extends BasicService {
  private readonly cfg: RuntimeConfigSettings;
  private readonly deps: RuntimeConfigDeps;
  private readonly files: string[];
  private current: RuntimeConfigValues = { raw: {}, overrides: new Map() };
  private lastHash = "";
  private readonly lastReloadSuccessful: Gauge;
  private readonly configHash: Gauge;
  private readonly lastReloadTimestamp: Gauge;
  private readonly reloadListeners: ((v: RuntimeConfigValues) => void)[] = [];

  constructor(cfg: RuntimeConfigSettings, deps: RuntimeConfigDeps) {
    super("runtime-config");
    this.cfg = cfg;
    this.deps = deps;
    this.files = cfg.file
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    this.lastReloadSuccessful = new Gauge({
      name: "cortex_runtime_config_last_reload_successful",
      help: "Whether the last runtime-config reload attempt was successful.",
      registers: [deps.registry],
    });
    this.configHash = new Gauge({
      name: "cortex_runtime_config_hash",
      help: "Hash of the currently active runtime configuration, merged from all configured files.",
      labelNames: ["sha256"],
      registers: [deps.registry],
    });
    this.lastReloadTimestamp = new Gauge({
      name: "cortex_runtime_config_last_reload_successful_timestamp_seconds",
      help: "Timestamp of the last successful runtime-config reload.",
      registers: [deps.registry],
    });
  }

  /** True when at least one runtime config file is configured. */
  enabled(): boolean {
    return this.files.length > 0;
  }

  values(): RuntimeConfigValues {
    return this.current;
  }

  onReload(fn: (v: RuntimeConfigValues) => void): void {
    this.reloadListeners.push(fn);
  }

  protected override async starting(): Promise<void> {
    if (!this.enabled()) {
      this.lastReloadSuccessful.set(1);
      return;
    }
    // As in Mimir, a runtime config that cannot be loaded at startup stops the process.
    await this.reload(true);
  }

  protected override running(signal: AbortSignal): Promise<void> {
    if (!this.enabled()) return super.running(signal);
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        this.reload(false).catch(() => {});
      }, this.cfg.period);
      signal.addEventListener(
        "abort",
        () => {
          clearInterval(timer);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Reads and applies the files. At startup a failure throws; later it keeps the old config. */
  async reload(failHard: boolean): Promise<boolean> {
    const read = this.deps.readFile ?? ((p: string) => readFile(p, "utf8"));
    try {
      const texts = await Promise.all(
        this.files.map(async (name) => ({ name, text: await read(name) })),
      );
      const hash = createHash("sha256");
      for (const t of texts) hash.update(t.text);
      const digest = hash.digest("hex");
      if (digest !== this.lastHash) {
        const values = parseRuntimeConfig(texts, this.deps.overrides.defaults());
        this.current = values;
        this.deps.overrides.setTenantLimits(values.overrides);
        this.lastHash = digest;
        this.configHash.reset();
        this.configHash.set({ sha256: digest }, 1);
        for (const l of this.reloadListeners) l(values);
        this.deps.logger.info(
          { files: this.files.join(","), tenants: values.overrides.size },
          "runtime config loaded",
        );
      }
      this.lastReloadSuccessful.set(1);
      this.lastReloadTimestamp.set(Date.now() / 1000);
      return true;
    } catch (e) {
      this.lastReloadSuccessful.set(0);
      const msg = (e as Error).message;
      if (failHard) throw new ConfigError(`failed to load runtime config: ${msg}`, { cause: e });
      this.deps.logger.error(
        { err: msg },
        "failed to load runtime config, keeping the previous one",
      );
      return false;
    }
  }
}
