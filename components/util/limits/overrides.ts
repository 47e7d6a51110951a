/**
 * The one object every component asks for a tenant's limits: the `limits` block as defaults,
 * each tenant's runtime `overrides:` entry on top (already merged over the defaults when the
 * runtime config was loaded). Reads are a map lookup; a runtime config reload swaps the map.
 */
import type { Limits } from "./limits.ts";

export class Overrides {
  private readonly defaultLimits: Limits;
  private perTenant: ReadonlyMap<string, Limits> = new Map();

  constructor(defaults: Limits) {
    this.defaultLimits = defaults;
  }

  /** The limits of `tenant`: its override if it has one, else the defaults. */
  get(tenant: string): Limits {
    return this.perTenant.get(tenant) ?? this.defaultLimits;
  }

  defaults(): Limits {
    return this.defaultLimits;
  }

  /** Tenants that have an entry in the runtime config. */
  tenantsWithOverrides(): string[] {
    return [...this.perTenant.keys()].sort();
  }

  /** Replaces every tenant's override; called by the runtime config manager on reload. */
  setTenantLimits(limits: ReadonlyMap<string, Limits>): void {
    this.perTenant = limits;
  }
}
