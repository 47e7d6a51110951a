/**
 * Builds the overrides-exporter module: the exporter on the process registry and, in cluster
 * mode with -overrides-exporter.ring.enabled, its ring so that one replica exports (the owner
 * of the ring's key, the first ACTIVE healthy instance clockwise from token 0).
 */
import { newLifecycler, newRingClient, serviceGroup } from "./cluster.ts";
import type { ModuleInit } from "./wiring.ts";
import { ownerOfToken } from "../ruler/sharding.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { OverridesExporter } from "../overridesexporter/exporter.ts";

export const OVERRIDES_EXPORTER_RING_KEY = "overrides-exporter";

function durationLimits(): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(limitsBlock))
    if ((v as { kind?: string }).kind === "duration") out.add(k);
  return out;
}

export const initOverridesExporter: ModuleInit = (app) => {
  const cfg = app.cfg.overrides_exporter;
  const cluster = app.cluster;
  if (!cfg.ring.enabled || !cluster) {
    new OverridesExporter(
      { registry: app.registry, overrides: app.overrides, enabledMetrics: cfg.enabled_metrics },
      durationLimits(),
    );
    return undefined;
  }
  const values = cfg.ring as never;
  const ring = newRingClient(app, cluster, {
    name: "overrides-exporter",
    key: OVERRIDES_EXPORTER_RING_KEY,
    values,
    pages: ["/overrides-exporter/ring"],
    replicationFactor: 1,
  });
  const lifecycler = newLifecycler(app, cluster, {
    name: "overrides-exporter",
    key: OVERRIDES_EXPORTER_RING_KEY,
    values,
    numTokens: 1,
    autoForget: 4,
  });
  const id = lifecycler.cfg.id;
  new OverridesExporter(
    {
      registry: app.registry,
      overrides: app.overrides,
      enabledMetrics: cfg.enabled_metrics,
      isLeader: () => ownerOfToken(ring.ring, 0) === id,
    },
    durationLimits(),
  );
  app.addLinks("Overrides-exporter", [
    { href: "/overrides-exporter/ring", title: "Overrides-exporter ring status" },
  ]);
  return serviceGroup("overrides-exporter", [ring, lifecycler]);
};
