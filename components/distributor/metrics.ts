/**
 * The discard counters the distributor shares with the ingester (cortex_discarded_*_total are
 * registered by both, through util/metrics.ts's get-or-create).
 */
import type { Counter, Registry } from "prom-client";
import { counter } from "../util/metrics.ts";

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
  const s = counter(
    registry,
    "cortex_discarded_samples_total",
    "The total number of samples that were discarded.",
    ["reason", "user", "group"],
  );
  const e = counter(
    registry,
    "cortex_discarded_exemplars_total",
    "The total number of exemplars that were discarded.",
    ["reason", "user"],
  );
  const m = counter(
    registry,
    "cortex_discarded_metadata_total",
    "The total number of metadata that were discarded.",
    ["reason", "user"],
  );
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
