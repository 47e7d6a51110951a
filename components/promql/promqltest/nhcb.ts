/**
 * `load_with_nhcb`: classic histogram series (`<name>_bucket{le=...}`, `<name>_count`,
 * `<name>_sum`) loaded as they are and also converted into native histograms with custom
 * buckets (schema -53) named `<name>`, one per timestamp, as Prometheus's promqltest does with
 * util/convertnhcb. Bucket counts are cumulative in the input and become per-bucket counts; a
 * missing +Inf bucket is the count (or the highest bucket's count).
 */
import { FloatHistogram } from "../../model/float_histogram.ts";
import { CUSTOM_BUCKETS_SCHEMA } from "../../model/histogram_schema.ts";
import { getLabel, type Labels, labelsKey, METRIC_NAME } from "../../model/labels.ts";

interface Temp {
  buckets: { le: number; count: number }[];
  count: number;
  hasCount: boolean;
  sum: number;
  err: boolean;
}

export interface NhcbSeries {
  labels: Labels;
  samples: { t: number; h: FloatHistogram }[];
}

/** Collects classic histogram samples by base series and timestamp. */
export class NhcbCollector {
  private readonly series = new Map<string, { labels: Labels; byT: Map<number, Temp> }>();

  /** Adds one loaded series' float samples (t in ms). Ignores series that are not classic histogram parts. */
  add(labels: Labels, samples: { t: number; f: number }[]): void {
    const name = getLabel(labels, METRIC_NAME);
    let base: string;
    let kind: "bucket" | "sum" | "count";
    if (name.endsWith("_bucket")) {
      base = name.slice(0, -7);
      kind = "bucket";
    } else if (name.endsWith("_sum")) {
      base = name.slice(0, -4);
      kind = "sum";
    } else if (name.endsWith("_count")) {
      base = name.slice(0, -6);
      kind = "count";
    } else return;
    let le = 0;
    if (kind === "bucket") {
      le = parseLe(getLabel(labels, "le"));
      if (Number.isNaN(le)) return;
    }
    const baseLabels = labels
      .filter((l) => l.name !== "le")
      .map((l) => (l.name === METRIC_NAME ? { name: l.name, value: base } : l));
    const key = labelsKey(baseLabels);
    let s = this.series.get(key);
    if (s === undefined) {
      s = { labels: baseLabels, byT: new Map() };
      this.series.set(key, s);
    }
    for (const { t, f } of samples) {
      let h = s.byT.get(t);
      if (h === undefined) {
        h = { buckets: [], count: 0, hasCount: false, sum: 0, err: false };
        s.byT.set(t, h);
      }
      if (kind === "bucket") setBucket(h, le, f);
      else if (kind === "count") {
        if (f < 0) h.err = true;
        h.count = f;
        h.hasCount = true;
      } else h.sum = f;
    }
  }

  /** The converted series, samples in time order; conversions that fail are left out. */
  result(): NhcbSeries[] {
    const out: NhcbSeries[] = [];
    for (const s of this.series.values()) {
      const samples: { t: number; h: FloatHistogram }[] = [];
      for (const [t, tmp] of s.byT) {
        const h = convert(tmp);
        if (h !== null) samples.push({ t, h });
      }
      samples.sort((a, b) => a.t - b.t);
      out.push({ labels: s.labels, samples });
    }
    return out;
  }
}

function parseLe(s: string): number {
  const t = s.trim().toLowerCase();
  if (t === "+inf" || t === "inf") return Number.POSITIVE_INFINITY;
  if (t === "-inf") return Number.NEGATIVE_INFINITY;
  if (t === "") return Number.NaN;
  return Number(t);
}

function setBucket(h: Temp, le: number, count: number): void {
  if (h.err) return;
  if (count < 0) {
    h.err = true;
    return;
  }
  const b = h.buckets;
  const n = b.length;
  if (n === 0 || b[n - 1].le < le) {
    if (n > 0 && count < b[n - 1].count) {
      h.err = true;
      return;
    }
    b.push({ le, count });
    return;
  }
  let i = 0;
  while (b[i].le < le) i++;
  if (b[i].le === le) return;
  if ((i > 0 && count < b[i - 1].count) || count > b[i].count) {
    h.err = true;
    return;
  }
  b.splice(i, 0, { le, count });
}

function convert(tmp: Temp): FloatHistogram | null {
  if (tmp.err) return null;
  const b = tmp.buckets.slice();
  let count = tmp.count;
  if (!tmp.hasCount && b.length > 0) count = b[b.length - 1].count;
  if (b.length === 0 || b[b.length - 1].le !== Number.POSITIVE_INFINITY)
    b.push({ le: Number.POSITIVE_INFINITY, count });
  if (count !== b[b.length - 1].count) return null;
  const h = new FloatHistogram();
  h.schema = CUSTOM_BUCKETS_SCHEMA;
  h.count = count;
  h.sum = tmp.sum;
  h.positiveSpans = Int32Array.from([0, b.length]);
  const buckets = new Float64Array(b.length);
  let prev = 0;
  for (let i = 0; i < b.length; i++) {
    buckets[i] = b[i].count - prev;
    prev = b[i].count;
  }
  h.positiveBuckets = buckets;
  h.customValues = b.length > 1 ? Float64Array.from(b.slice(0, -1), (x) => x.le) : null;
  // Integer-valued histograms are stored as integer histograms (compacted keeping runs of up
  // to two empty buckets), the others as float histograms (fully compacted).
  const integral = b.every((x) => Number.isInteger(x.count)) && Number.isInteger(count);
  return h.compact(integral ? 2 : 0);
}
