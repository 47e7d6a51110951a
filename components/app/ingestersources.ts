/**
 * Adapts the in-process ingester (looked up per call) to what the Prometheus API asks for besides series:
 * metadata (/api/v1/metadata) and exemplars (/api/v1/query_exemplars).
 */
import type { ExemplarSource, MetadataSource } from "../api/prometheus/plugin.ts";
import type { Ingester } from "../ingester/ingester.ts";

export function ingesterMetadataSource(ingester: () => Ingester | undefined): MetadataSource {
  return {
    async metadata(tenant, opts) {
      const out: Record<string, { type: string; help: string; unit: string }[]> = {};
      for (const [family, entries] of ingester()?.metricsMetadata(
        tenant,
        opts.metric,
        opts.limit,
        opts.limitPerMetric,
      ) ?? []) {
        out[family] = entries.map((e) => ({ type: e.type, help: e.help, unit: e.unit }));
      }
      return out;
    },
  };
}

export function ingesterExemplarSource(ingester: () => Ingester | undefined): ExemplarSource {
  return {
    async exemplars(tenant, matcherSets, start, end) {
      return (ingester()?.queryExemplars(tenant, start, end, matcherSets) ?? []).map((r) => ({
        seriesLabels: r.seriesLabels,
        exemplars: r.exemplars.map((e) => ({ labels: e.labels, value: e.value, t: e.timestamp })),
      }));
    },
  };
}
