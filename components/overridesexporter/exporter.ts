/**
 * The overrides-exporter (Mimir's OverridesExporter): exports the per-tenant limits of the
 * runtime config as `cortex_limits_overrides{limit_name, user}` and the `limits` block's values
 * as `cortex_limits_defaults{limit_name}`, for the limits in -overrides-exporter.enabled-metrics.
 * Values are read when /metrics is scraped, so they follow each runtime-config reload. With its
 * ring enabled, only the replica that owns the ring's key exports (the others export nothing).
 */
import { Gauge, type Registry } from "prom-client";
import type { Limits } from "../util/limits/limits.ts";
import type { Overrides } from "../util/limits/overrides.ts";

export interface OverridesExporterDeps {
  registry: Registry;
  overrides: Overrides;
  enabledMetrics: readonly string[];
  /** False on replicas that must not export (ring enabled and not the leader). */
  isLeader?: () => boolean;
}

/** A limit as a number (booleans 0/1, durations in seconds); undefined for other kinds. */
export function limitValue(
  limits: Limits,
  name: string,
  durationLimits: ReadonlySet<string>,
): number | undefined {
  const v = (limits as unknown as Record<string, unknown>)[name];
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "number") return undefined;
  return durationLimits.has(name) ? v / 1000 : v;
}

export class OverridesExporter {
  private readonly deps: OverridesExporterDeps;

  constructor(deps: OverridesExporterDeps, durationLimits: ReadonlySet<string> = new Set()) {
    this.deps = deps;
    const self = this;
    const leader = () => deps.isLeader?.() ?? true;
    new Gauge({
      name: "cortex_limits_overrides",
      help: "Resource limit overrides applied to tenants",
      labelNames: ["limit_name", "user"],
      registers: [deps.registry],
      collect() {
        this.reset();
        if (!leader()) return;
        for (const user of self.deps.overrides.tenantsWithOverrides()) {
          const lim = self.deps.overrides.get(user);
          for (const name of self.deps.enabledMetrics) {
            const v = limitValue(lim, name, durationLimits);
            if (v !== undefined) this.set({ limit_name: name, user }, v);
          }
        }
      },
    });
    new Gauge({
      name: "cortex_limits_defaults",
      help: "Resource limit defaults for tenants without overrides",
      labelNames: ["limit_name"],
      registers: [deps.registry],
      collect() {
        this.reset();
        if (!leader()) return;
        const lim = self.deps.overrides.defaults();
        for (const name of self.deps.enabledMetrics) {
          const v = limitValue(lim, name, durationLimits);
          if (v !== undefined) this.set({ limit_name: name }, v);
        }
      },
    });
  }
}
