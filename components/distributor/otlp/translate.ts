/**
 * OTLP metrics → Prometheus series, following Prometheus's OTLP translator (otlptranslator and
 * storage/remote/otlptranslator/prometheusremotewrite) as Mimir configures it:
 * - metric names: invalid characters → `_`; with otel_metric_suffixes_enabled, unit and type
 *   suffixes (`_seconds`, `_bytes_per_second`, `_total` for monotonic sums, `_ratio` for unit 1
 *   gauges). Mimir's default is no suffixes (otel_metric_suffixes_enabled=false), which keeps
 *   only the series suffixes `_bucket`/`_sum`/`_count` of histograms and summaries;
 * - label names sanitised (`key_` before a digit, `key` before a single leading `_`), colliding
 *   names joined with `;`;
 * - `job` from service.namespace/service.name, `instance` from service.instance.id, the other
 *   resource attributes on a `target_info` series, promote_otel_resource_attributes copied to
 *   every series;
 * - gauges, sums (non-monotonic as gauges; delta monotonic sums rejected), explicit-bucket
 *   histograms (cumulative `_bucket{le}`, `_sum`, `_count`), summaries (`{quantile}`, `_sum`,
 *   `_count`); exponential histograms as native histograms (exponential.ts);
 * - exemplars with `trace_id`/`span_id` labels; metadata (type, HELP from description, unit).
 */
import type { Exemplar, MetricType } from "../../ingester/types.ts";
import type { Label } from "../../model/labels.ts";
import { BatchBuilder, type DecodedWrite } from "../remotewrite/batch.ts";
import {
  type ExponentialDPLike,
  explicitToCustomBucketsHistogram,
  exponentialToNativeHistogram,
} from "./exponential.ts";

// Loose shapes of the protobufjs-decoded messages (int64 fields are Long, number or string).
type Int64 = number | string | { toNumber(): number } | null | undefined;
export interface AnyValueLike {
  stringValue?: string | null;
  boolValue?: boolean | null;
  intValue?: Int64;
  doubleValue?: number | null;
  arrayValue?: { values?: AnyValueLike[] | null } | null;
  kvlistValue?: { values?: KeyValueLike[] | null } | null;
  bytesValue?: Uint8Array | null;
}
export interface KeyValueLike {
  key?: string | null;
  value?: AnyValueLike | null;
}
interface ExemplarLike {
  filteredAttributes?: KeyValueLike[] | null;
  timeUnixNano?: Int64;
  asDouble?: number | null;
  asInt?: Int64;
  spanId?: Uint8Array | null;
  traceId?: Uint8Array | null;
}
interface NumberDPLike {
  attributes?: KeyValueLike[] | null;
  timeUnixNano?: Int64;
  asDouble?: number | null;
  asInt?: Int64;
  exemplars?: ExemplarLike[] | null;
  flags?: number | null;
}
interface HistogramDPLike {
  attributes?: KeyValueLike[] | null;
  timeUnixNano?: Int64;
  count?: Int64;
  sum?: number | null;
  bucketCounts?: Int64[] | null;
  explicitBounds?: number[] | null;
  exemplars?: ExemplarLike[] | null;
  flags?: number | null;
}
interface SummaryDPLike {
  attributes?: KeyValueLike[] | null;
  timeUnixNano?: Int64;
  count?: Int64;
  sum?: number | null;
  quantileValues?: { quantile?: number | null; value?: number | null }[] | null;
  flags?: number | null;
}
interface ExponentialPointLike extends ExponentialDPLike {
  attributes?: KeyValueLike[] | null;
  timeUnixNano?: Int64;
  exemplars?: ExemplarLike[] | null;
}
interface MetricLike {
  name?: string | null;
  description?: string | null;
  unit?: string | null;
  gauge?: { dataPoints?: NumberDPLike[] | null } | null;
  sum?: {
    dataPoints?: NumberDPLike[] | null;
    aggregationTemporality?: number | null;
    isMonotonic?: boolean | null;
  } | null;
  histogram?: {
    dataPoints?: HistogramDPLike[] | null;
    aggregationTemporality?: number | null;
  } | null;
  exponentialHistogram?: {
    dataPoints?: ExponentialPointLike[] | null;
    aggregationTemporality?: number | null;
  } | null;
  summary?: { dataPoints?: SummaryDPLike[] | null } | null;
}
export interface ExportRequestLike {
  resourceMetrics?:
    | {
        resource?: { attributes?: KeyValueLike[] | null } | null;
        scopeMetrics?: { metrics?: MetricLike[] | null }[] | null;
      }[]
    | null;
}

export interface TranslateOptions {
  addSuffixes: boolean;
  promoteResourceAttributes: readonly string[];
  /** otel_convert_histograms_to_nhcb: explicit-bucket histograms as custom-bucket native histograms. */
  convertHistogramsToNHCB?: boolean;
}

export interface TranslateResult {
  decoded: DecodedWrite;
  /** Data points dropped because mimir-ts cannot convert them (none at present). */
  dropped: number;
  /** Why they were dropped (first reasons, joined), or "". */
  dropMessage: string;
  /** Conversion errors as Prometheus's translator reports them (one per rejected metric), e.g. delta sums. */
  parseErrors: string[];
}

const STALE_NAN_BITS = 0x7ff0000000000002n;
const staleNaN = (() => {
  const b = new DataView(new ArrayBuffer(8));
  b.setBigUint64(0, STALE_NAN_BITS);
  return b.getFloat64(0);
})();
const NO_RECORDED_VALUE = 1;
const TEMPORALITY_CUMULATIVE = 2;

export function toNum(v: Int64): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number(v);
  return v.toNumber();
}

/** Nanoseconds (fixed64: Long, decimal string or number) to whole milliseconds, exactly. */
export function nanosToMs(v: Int64): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return Math.floor(v / 1e6);
  try {
    if (typeof v === "string") return Number(BigInt(v.trim()) / 1_000_000n);
    if (typeof v === "object" && "high" in v && "low" in v) {
      const l = v as unknown as { high: number; low: number };
      return Number(((BigInt(l.high >>> 0) << 32n) | BigInt(l.low >>> 0)) / 1_000_000n);
    }
  } catch {
    return Math.floor(toNum(v) / 1e6);
  }
  return Math.floor(toNum(v) / 1e6);
}

const hex = (b: Uint8Array | null | undefined) =>
  b && b.length > 0 ? Buffer.from(b).toString("hex") : "";

/** An OTLP attribute value as a string, as pcommon's Value.AsString does. */
export function anyValueString(v: AnyValueLike | null | undefined): string {
  if (!v) return "";
  if (v.stringValue !== null && v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== null && v.boolValue !== undefined) return v.boolValue ? "true" : "false";
  if (v.intValue !== null && v.intValue !== undefined)
    return typeof v.intValue === "object" ? String(v.intValue) : String(v.intValue);
  if (v.doubleValue !== null && v.doubleValue !== undefined) return formatFloat(v.doubleValue);
  if (v.bytesValue) return Buffer.from(v.bytesValue).toString("base64");
  if (v.arrayValue) return JSON.stringify((v.arrayValue.values ?? []).map(anyValueJson));
  if (v.kvlistValue) return JSON.stringify(anyValueJson(v));
  return "";
}

function anyValueJson(v: AnyValueLike | null | undefined): unknown {
  if (!v) return null;
  if (v.stringValue !== null && v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== null && v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== null && v.intValue !== undefined) return toNum(v.intValue);
  if (v.doubleValue !== null && v.doubleValue !== undefined) return v.doubleValue;
  if (v.bytesValue) return Buffer.from(v.bytesValue).toString("base64");
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(anyValueJson);
  if (v.kvlistValue) {
    const o: Record<string, unknown> = {};
    for (const kv of v.kvlistValue.values ?? []) o[kv.key ?? ""] = anyValueJson(kv.value);
    return o;
  }
  return null;
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64) for the values that matter here. */
export function formatFloat(f: number): string {
  if (Number.isNaN(f)) return "NaN";
  if (f === Number.POSITIVE_INFINITY) return "+Inf";
  if (f === Number.NEGATIVE_INFINITY) return "-Inf";
  const s = String(f);
  if (!s.includes("e")) return s;
  // expand exponent notation
  const [mant, expS] = s.split("e");
  const exp = Number(expS);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const point =
    (mant.replace("-", "").indexOf(".") === -1
      ? mant.replace("-", "").length
      : mant.replace("-", "").indexOf(".")) + exp;
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return (neg ? "-" : "") + out;
}

/** Prometheus's label-bound formatting for `le` and `quantile`. */
function formatBound(f: number): string {
  return formatFloat(f);
}

/** Sanitises an OTLP attribute name into a Prometheus label name (NormalizeLabel). */
export function normalizeLabel(name: string): string {
  if (name === "") return name;
  let s = name.replace(/[^a-zA-Z0-9_]/g, "_");
  if (s[0] >= "0" && s[0] <= "9") s = "key_" + s;
  else if (s.startsWith("_") && !s.startsWith("__")) s = "key" + s;
  return s;
}

const UNIT_MAP: Record<string, string> = {
  d: "days",
  h: "hours",
  min: "minutes",
  s: "seconds",
  ms: "milliseconds",
  us: "microseconds",
  ns: "nanoseconds",
  By: "bytes",
  KiBy: "kibibytes",
  MiBy: "mebibytes",
  GiBy: "gibibytes",
  TiBy: "tibibytes",
  KBy: "kilobytes",
  MBy: "megabytes",
  GBy: "gigabytes",
  TBy: "terabytes",
  m: "meters",
  V: "volts",
  A: "amperes",
  J: "joules",
  W: "watts",
  g: "grams",
  Cel: "celsius",
  Hz: "hertz",
  "%": "percent",
};
const PER_UNIT_MAP: Record<string, string> = {
  s: "second",
  m: "minute",
  h: "hour",
  d: "day",
  w: "week",
  mo: "month",
  y: "year",
};

function unitTokens(unit: string): string[] {
  // Drop annotations in braces ({packets}/s → /s).
  const u = unit.replace(/\{[^}]*\}/g, "").trim();
  if (u === "" || u === "1") return [];
  const [main, per] = u.split("/", 2);
  const out: string[] = [];
  const m = main?.trim() ?? "";
  if (m !== "") out.push(...clean(UNIT_MAP[m] ?? m));
  const p = per?.trim() ?? "";
  if (p !== "") out.push("per", ...clean(PER_UNIT_MAP[p] ?? p));
  return out;
}

function clean(s: string): string[] {
  return s.split(/[^a-zA-Z0-9]+/).filter((t) => t !== "");
}

/** The Prometheus metric name for an OTLP metric (BuildCompliantMetricName). */
export function metricName(
  name: string,
  unit: string,
  kind: "counter" | "gauge" | "other",
  addSuffixes: boolean,
): string {
  if (!addSuffixes) {
    let n = name
      .split(/[^a-zA-Z0-9:_]+/)
      .filter((t) => t !== "")
      .join("_");
    if (n !== "" && n[0] >= "0" && n[0] <= "9") n = "_" + n;
    return n;
  }
  let tokens = name.split(/[^a-zA-Z0-9:]+/).filter((t) => t !== "");
  for (const t of unitTokens(unit)) if (!tokens.includes(t)) tokens.push(t);
  if (kind === "counter") {
    tokens = tokens.filter((t) => t !== "total");
    tokens.push("total");
  }
  if (unit === "1" && kind === "gauge") {
    tokens = tokens.filter((t) => t !== "ratio");
    tokens.push("ratio");
  }
  let n = tokens.join("_");
  if (n !== "" && n[0] >= "0" && n[0] <= "9") n = "_" + n;
  return n;
}

/** Builds a label map: promoted resource attributes, point attributes, job/instance, then extras. */
class LabelSet {
  private readonly m = new Map<string, { value: string; key: string }>();

  addAttributes(attrs: KeyValueLike[] | null | undefined): void {
    if (!attrs) return;
    // Sort by original key so that colliding names join in a stable order.
    const sorted = [...attrs].sort((a, b) =>
      (a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0,
    );
    const local = new Map<string, string>();
    for (const kv of sorted) {
      const name = normalizeLabel(kv.key ?? "");
      if (name === "") continue;
      const v = anyValueString(kv.value);
      const prev = local.get(name);
      local.set(name, prev === undefined ? v : `${prev};${v}`);
    }
    for (const [k, v] of local) this.m.set(k, { value: v, key: k });
  }

  set(name: string, value: string): void {
    this.m.set(name, { value, key: name });
  }

  has(name: string): boolean {
    return this.m.has(name);
  }

  toLabels(): Label[] {
    const out: Label[] = [];
    for (const [name, { value }] of this.m) if (value !== "") out.push({ name, value });
    out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return out;
  }

  clone(): LabelSet {
    const c = new LabelSet();
    for (const [k, v] of this.m) c.m.set(k, v);
    return c;
  }
}

function attr(attrs: KeyValueLike[] | null | undefined, key: string): string | undefined {
  for (const kv of attrs ?? []) if (kv.key === key) return anyValueString(kv.value);
  return undefined;
}

function exemplarsOf(exs: ExemplarLike[] | null | undefined): Exemplar[] | undefined {
  if (!exs || exs.length === 0) return undefined;
  const out: Exemplar[] = [];
  for (const e of exs) {
    const ls = new LabelSet();
    ls.addAttributes(e.filteredAttributes);
    const trace = hex(e.traceId);
    const span = hex(e.spanId);
    if (trace !== "") ls.set("trace_id", trace);
    if (span !== "") ls.set("span_id", span);
    const value = e.asInt !== null && e.asInt !== undefined ? toNum(e.asInt) : (e.asDouble ?? 0);
    out.push({ labels: ls.toLabels(), value, timestamp: nanosToMs(e.timeUnixNano) });
  }
  return out;
}

/** Converts an OTLP export request into a decoded write (source "otlp"). */
export function translateOtlp(req: ExportRequestLike, opts: TranslateOptions): TranslateResult {
  const b = new BatchBuilder(256);
  // Every OTLP metric type converts now; the drop report stays for the handler's partial success.
  const dropped = 0;
  const dropReasons: string[] = [];
  const parseErrors: string[] = [];
  const metadataSeen = new Set<string>();
  const addMetadata = (name: string, type: MetricType, help: string, unit: string) => {
    if (metadataSeen.has(name)) return;
    metadataSeen.add(name);
    b.metadata.push({ type, metricFamilyName: name, help, unit });
  };

  const addSeries = (
    base: LabelSet,
    name: string,
    extra: [string, string][],
    ts: number,
    value: number,
    exemplars?: Exemplar[],
  ) => {
    const ls = base.clone();
    for (const [k, v] of extra) ls.set(k, v);
    ls.set("__name__", name);
    const start = b.sampleCount;
    b.addSample(ts, value);
    b.addSeries(ls.toLabels(), start, exemplars);
  };

  for (const rm of req.resourceMetrics ?? []) {
    const rattrs = rm.resource?.attributes ?? [];
    const serviceName = attr(rattrs, "service.name");
    const serviceNamespace = attr(rattrs, "service.namespace");
    const instance = attr(rattrs, "service.instance.id");
    const job =
      serviceName !== undefined
        ? serviceNamespace
          ? `${serviceNamespace}/${serviceName}`
          : serviceName
        : undefined;
    const promoted = new Set(opts.promoteResourceAttributes);
    const promotedAttrs = rattrs.filter((kv) => promoted.has(kv.key ?? ""));
    let maxTs = Number.NEGATIVE_INFINITY;

    const baseLabels = (pointAttrs: KeyValueLike[] | null | undefined): LabelSet => {
      const ls = new LabelSet();
      ls.addAttributes(promotedAttrs);
      ls.addAttributes(pointAttrs);
      if (job !== undefined) ls.set("job", job);
      if (instance !== undefined) ls.set("instance", instance);
      return ls;
    };

    for (const sm of rm.scopeMetrics ?? []) {
      for (const m of sm.metrics ?? []) {
        const rawName = m.name ?? "";
        const unit = m.unit ?? "";
        const help = m.description ?? "";
        if (m.gauge) {
          const name = metricName(rawName, unit, "gauge", opts.addSuffixes);
          addMetadata(name, "gauge", help, unit);
          for (const dp of m.gauge.dataPoints ?? []) {
            const ts = nanosToMs(dp.timeUnixNano);
            maxTs = Math.max(maxTs, ts);
            addSeries(
              baseLabels(dp.attributes),
              name,
              [],
              ts,
              numberValue(dp),
              exemplarsOf(dp.exemplars),
            );
          }
        } else if (m.sum) {
          const monotonic = m.sum.isMonotonic === true;
          const temporality = m.sum.aggregationTemporality ?? 0;
          if (monotonic && temporality !== TEMPORALITY_CUMULATIVE) {
            parseErrors.push(`invalid temporality and type combination for metric "${rawName}"`);
            continue;
          }
          const name = metricName(rawName, unit, monotonic ? "counter" : "gauge", opts.addSuffixes);
          addMetadata(name, monotonic ? "counter" : "gauge", help, unit);
          for (const dp of m.sum.dataPoints ?? []) {
            const ts = nanosToMs(dp.timeUnixNano);
            maxTs = Math.max(maxTs, ts);
            addSeries(
              baseLabels(dp.attributes),
              name,
              [],
              ts,
              numberValue(dp),
              exemplarsOf(dp.exemplars),
            );
          }
        } else if (m.histogram) {
          if ((m.histogram.aggregationTemporality ?? 0) !== TEMPORALITY_CUMULATIVE) {
            parseErrors.push(`invalid temporality and type combination for metric "${rawName}"`);
            continue;
          }
          const name = metricName(rawName, unit, "other", opts.addSuffixes);
          addMetadata(name, "histogram", help, unit);
          if (opts.convertHistogramsToNHCB) {
            for (const dp of m.histogram.dataPoints ?? []) {
              const ts = nanosToMs(dp.timeUnixNano);
              maxTs = Math.max(maxTs, ts);
              const ls = baseLabels(dp.attributes);
              ls.set("__name__", name);
              b.addSeries(ls.toLabels(), b.sampleCount, exemplarsOf(dp.exemplars), [
                { timestamp: ts, h: explicitToCustomBucketsHistogram(dp), fh: null },
              ]);
            }
            continue;
          }
          for (const dp of m.histogram.dataPoints ?? []) {
            const ts = nanosToMs(dp.timeUnixNano);
            maxTs = Math.max(maxTs, ts);
            const stale = ((dp.flags ?? 0) & NO_RECORDED_VALUE) !== 0;
            const base = baseLabels(dp.attributes);
            if (dp.sum !== null && dp.sum !== undefined)
              addSeries(base, `${name}_sum`, [], ts, stale ? staleNaN : dp.sum);
            const count = toNum(dp.count);
            addSeries(base, `${name}_count`, [], ts, stale ? staleNaN : count);
            const bounds = dp.explicitBounds ?? [];
            const counts = dp.bucketCounts ?? [];
            const exemplars = exemplarsOf(dp.exemplars) ?? [];
            const exFor = (lo: number, hi: number) => {
              const out = exemplars.filter((e) => e.value > lo && e.value <= hi);
              return out.length > 0 ? out : undefined;
            };
            let cum = 0;
            let prev = Number.NEGATIVE_INFINITY;
            for (let i = 0; i < bounds.length; i++) {
              cum += toNum(counts[i] ?? 0);
              addSeries(
                base,
                `${name}_bucket`,
                [["le", formatBound(bounds[i])]],
                ts,
                stale ? staleNaN : cum,
                exFor(prev, bounds[i]),
              );
              prev = bounds[i];
            }
            addSeries(
              base,
              `${name}_bucket`,
              [["le", "+Inf"]],
              ts,
              stale ? staleNaN : count,
              exFor(prev, Number.POSITIVE_INFINITY),
            );
          }
        } else if (m.summary) {
          const name = metricName(rawName, unit, "other", opts.addSuffixes);
          addMetadata(name, "summary", help, unit);
          for (const dp of m.summary.dataPoints ?? []) {
            const ts = nanosToMs(dp.timeUnixNano);
            maxTs = Math.max(maxTs, ts);
            const stale = ((dp.flags ?? 0) & NO_RECORDED_VALUE) !== 0;
            const base = baseLabels(dp.attributes);
            addSeries(base, `${name}_sum`, [], ts, stale ? staleNaN : (dp.sum ?? 0));
            addSeries(base, `${name}_count`, [], ts, stale ? staleNaN : toNum(dp.count));
            for (const q of dp.quantileValues ?? []) {
              addSeries(
                base,
                name,
                [["quantile", formatBound(q.quantile ?? 0)]],
                ts,
                stale ? staleNaN : (q.value ?? 0),
              );
            }
          }
        } else if (m.exponentialHistogram) {
          if ((m.exponentialHistogram.aggregationTemporality ?? 0) !== TEMPORALITY_CUMULATIVE) {
            parseErrors.push(`invalid temporality and type combination for metric "${rawName}"`);
            continue;
          }
          // Exponential histograms are native histograms (no _bucket/_sum/_count series).
          const name = metricName(rawName, unit, "other", opts.addSuffixes);
          addMetadata(name, "histogram", help, unit);
          for (const dp of m.exponentialHistogram.dataPoints ?? []) {
            const h = exponentialToNativeHistogram(dp, false);
            if (typeof h === "string") {
              parseErrors.push(h);
              continue;
            }
            const ts = nanosToMs(dp.timeUnixNano);
            maxTs = Math.max(maxTs, ts);
            const ls = baseLabels(dp.attributes);
            ls.set("__name__", name);
            b.addSeries(ls.toLabels(), b.sampleCount, exemplarsOf(dp.exemplars), [
              { timestamp: ts, h, fh: null },
            ]);
          }
        } else {
          // A metric without data: nothing to convert.
        }
      }
    }

    // target_info: the resource attributes that are not job/instance, at the latest timestamp seen.
    const infoAttrs = rattrs.filter(
      (kv) =>
        kv.key !== "service.name" &&
        kv.key !== "service.namespace" &&
        kv.key !== "service.instance.id",
    );
    if (infoAttrs.length > 0 && maxTs !== Number.NEGATIVE_INFINITY) {
      const ls = new LabelSet();
      ls.addAttributes(infoAttrs);
      if (job !== undefined) ls.set("job", job);
      if (instance !== undefined) ls.set("instance", instance);
      ls.set("__name__", "target_info");
      const start = b.sampleCount;
      b.addSample(maxTs, 1);
      b.addSeries(ls.toLabels(), start, undefined);
      addMetadata("target_info", "gauge", "Target metadata", "");
    }
  }
  return { decoded: b.finish("otlp"), dropped, dropMessage: dropReasons.join("; "), parseErrors };
}

function numberValue(dp: NumberDPLike): number {
  if (((dp.flags ?? 0) & NO_RECORDED_VALUE) !== 0) return staleNaN;
  if (dp.asInt !== null && dp.asInt !== undefined) return toNum(dp.asInt);
  return dp.asDouble ?? 0;
}
