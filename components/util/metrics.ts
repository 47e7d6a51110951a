/**
 * The one get-or-create helper for prom-client metrics. Several instances of the same kind
 * (caches named "index-cache" and "metadata-cache", buckets of several components, the
 * distributor and ingester sharing cortex_discarded_*_total) share one registry and tell their
 * series apart by label, as Go's client does with curried/wrapped registerers. Asking for a
 * name registered with another type or other label names throws.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

function existing<T>(
  reg: Registry,
  name: string,
  kind: new (...a: any[]) => T,
  labelNames: readonly string[],
): T | undefined {
  const m = reg.getSingleMetric(name);
  if (!m) return undefined;
  if (!(m instanceof kind))
    throw new Error(`metric ${name} is already registered with another type`);
  const have = ((m as unknown as { labelNames?: string[] }).labelNames ?? [])
    .slice()
    .sort()
    .join(",");
  const want = labelNames.slice().sort().join(",");
  if (have !== want)
    throw new Error(`metric ${name} is already registered with labels [${have}], wanted [${want}]`);
  return m;
}

export function counter<L extends string>(
  reg: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
): Counter<L> {
  return (
    existing(reg, name, Counter<L>, labelNames) ??
    new Counter<L>({ name, help, labelNames: [...labelNames], registers: [reg] })
  );
}

export function gauge<L extends string>(
  reg: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
): Gauge<L> {
  return (
    existing(reg, name, Gauge<L>, labelNames) ??
    new Gauge<L>({ name, help, labelNames: [...labelNames], registers: [reg] })
  );
}

export function histogram<L extends string>(
  reg: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  buckets: number[],
): Histogram<L> {
  return (
    existing(reg, name, Histogram<L>, labelNames) ??
    new Histogram<L>({ name, help, labelNames: [...labelNames], buckets, registers: [reg] })
  );
}

/**
 * Sum of the series of a metric matching labels (tests and status pages). For a histogram pass
 * `series` = `<name>_count` or `<name>_sum`.
 */
export async function metricValue(
  reg: Registry,
  name: string,
  labels: Record<string, string> = {},
  series?: string,
): Promise<number> {
  const m = reg.getSingleMetric(name);
  if (!m) return 0;
  const data = await m.get();
  let sum = 0;
  for (const v of data.values) {
    const l = v.labels as Record<string, string | number>;
    const metricName = (v as { metricName?: string }).metricName ?? name;
    if (metricName !== (series ?? name)) continue;
    if (Object.entries(labels).every(([k, want]) => String(l[k]) === want)) sum += v.value;
  }
  return sum;
}
