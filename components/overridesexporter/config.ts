import { f } from "../util/config/spec.ts";
import { basicRingBlock } from "../ring/config.ts";

export const DEFAULT_ENABLED_METRICS = [
  "ingestion_rate",
  "ingestion_burst_size",
  "max_global_series_per_user",
  "max_global_series_per_metric",
  "max_global_exemplars_per_user",
  "max_fetched_chunks_per_query",
  "max_fetched_series_per_query",
  "max_fetched_chunk_bytes_per_query",
  "ruler_max_rules_per_rule_group",
  "ruler_max_rule_groups_per_tenant",
];

/** The `overrides_exporter` block. */
export const overridesExporterBlock = {
  ring: {
    enabled: f.bool(
      "overrides-exporter.ring.enabled",
      false,
      "Enable the ring used by override-exporters to deduplicate exported limit metrics.",
    ),
    ...basicRingBlock("overrides-exporter.ring"),
  },
  enabled_metrics: f.list(
    "overrides-exporter.enabled-metrics",
    DEFAULT_ENABLED_METRICS,
    "Comma-separated list of metrics to include in the exporter. Metric names can be found among the per-tenant limits.",
  ),
};
