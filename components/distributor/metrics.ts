/**
 * Metric helpers. Some names (cortex_discarded_samples_total) are registered by the ingester
 * too, so registration goes through a guard that reuses an existing metric of the same name.
 */
import { Counter, Gauge, type Registry } from "prom-client";

export function counter<T extends string>(registry: Registry, name: string, help: string, labelNames: readonly T[]): Counter<T> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<T>;
  return new Counter<T>({ name, help, labelNames, registers: [registry] });
}

export function gauge<T extends string>(registry: Registry, name: string, help: string, labelNames: readonly T[]): Gauge<T> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Gauge<T>;
  return new Gauge<T>({ name, help, labelNames, registers: [registry] });
}

/** The discard counters shared by validation, rate limiting and the HA tracker. */
export interface DiscardMetrics {
  samples(reason: string, user: string, n: number): void;
  exemplars(reason: string, user: string, n: number): void;
  metadata(reason: string, user: string, n: number): void;
}

function hasLabel(c: Counter<string>, name: string): boolean {
  const names = (c as unknown as { labelNames?: string[] }).labelNames;
  return Array.isArray(names) && names.includes(name);
}

export function discardMetrics(registry: Registry): DiscardMetrics {
  const s = counter(registry, "cortex_discarded_samples_total", "The total number of samples that were discarded.", ["reason", "user", "group"]);
  const e = counter(registry, "cortex_discarded_exemplars_total", "The total number of exemplars that were discarded.", ["reason", "user"]);
  const m = counter(registry, "cortex_discarded_metadata_total", "The total number of metadata that were discarded.", ["reason", "user"]);
  const withGroup = hasLabel(s, "group");
  return {
    samples: (reason, user, n) => {
      if (n > 0) s.inc(withGroup ? { reason, user, group: "" } : { reason, user }, n);
    },
    exemplars: (reason, user, n) => {
      if (n > 0) e.inc({ reason, user }, n);
    },
    metadata: (reason, user, n) => {
      if (n > 0) m.inc({ reason, user }, n);
    },
  };
}
