/**
 * An in-memory Queryable holding float and native histogram samples per series, for the
 * promqltest runner and for tests of code above the storage interface. Samples are kept sorted
 * by timestamp in typed arrays; stale markers are kept as a separate flag so the StaleNaN bit
 * pattern survives. Histogram samples are float histograms beside the floats; their counter
 * reset hints are set as reading them back from TSDB chunks would give them (see
 * storedCounterResetHint). Queriers see only the samples within their [mint, maxt].
 */
import type { FloatHistogram } from "../../model/float_histogram.ts";
import type { Histogram } from "../../model/histogram.ts";
import {
  CounterReset,
  type CounterResetHint,
  customBucketBoundsMatch,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
} from "../../model/histogram_schema.ts";
import { compareLabels, type Labels, labelsKey } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import {
  isStaleNaN,
  type LabelHints,
  type Querier,
  type Queryable,
  type SampleIterator,
  type SelectHints,
  type Series,
  STALE_NAN,
  ValFloat,
  ValFloatHistogram,
  ValNone,
  type ValueType,
} from "../../model/series.ts";

class MemSeries {
  readonly labels: Labels;
  ts: Float64Array = new Float64Array(0);
  vs: Float64Array = new Float64Array(0);
  stale: Uint8Array = new Uint8Array(0);
  /** Histogram samples by index (undefined for floats); null while the series has none. */
  hs: (FloatHistogram | undefined)[] | null = null;
  /** Start timestamps by index (ms, 0 = unknown); null while the series has none. */
  sts: number[] | null = null;
  n = 0;

  constructor(labels: Labels) {
    this.labels = labels;
  }

  private grow(): void {
    const cap = Math.max(16, this.ts.length * 2);
    const ts = new Float64Array(cap);
    const vs = new Float64Array(cap);
    const st = new Uint8Array(cap);
    ts.set(this.ts.subarray(0, this.n));
    vs.set(this.vs.subarray(0, this.n));
    st.set(this.stale.subarray(0, this.n));
    this.ts = ts;
    this.vs = vs;
    this.stale = st;
  }

  /** Index of the first sample with timestamp >= t. */
  lowerBound(t: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds a sample (a float, or a histogram when h is given); one at an existing timestamp replaces it. */
  add(t: number, v: number, h?: FloatHistogram, st = 0): void {
    const stale = isStaleNaN(v) ? 1 : 0;
    if (h !== undefined && this.hs === null) this.hs = new Array(this.n).fill(undefined);
    if (st !== 0 && this.sts === null) this.sts = new Array(this.n).fill(0);
    if (this.n === 0 || this.ts[this.n - 1] < t) {
      if (this.n === this.ts.length) this.grow();
      this.ts[this.n] = t;
      this.vs[this.n] = v;
      this.stale[this.n] = stale;
      if (this.hs !== null) this.hs[this.n] = h;
      if (this.sts !== null) this.sts[this.n] = st;
      this.n++;
      return;
    }
    const i = this.lowerBound(t);
    if (i < this.n && this.ts[i] === t) {
      this.vs[i] = v;
      this.stale[i] = stale;
      if (this.hs !== null) this.hs[i] = h;
      if (this.sts !== null) this.sts[i] = st;
      return;
    }
    if (this.n === this.ts.length) this.grow();
    this.ts.copyWithin(i + 1, i, this.n);
    this.vs.copyWithin(i + 1, i, this.n);
    this.stale.copyWithin(i + 1, i, this.n);
    this.ts[i] = t;
    this.vs[i] = v;
    this.stale[i] = stale;
    if (this.hs !== null) this.hs.splice(i, 0, h);
    if (this.sts !== null) this.sts.splice(i, 0, st);
    this.n++;
  }

  /** The histogram sample before index i, if the sample there is a histogram. */
  histogramBefore(i: number): FloatHistogram | undefined {
    if (i <= 0 || this.hs === null || this.stale[i - 1] === 1) return undefined;
    return this.hs[i - 1];
  }

  hasSamplesIn(mint: number, maxt: number): boolean {
    const i = this.lowerBound(mint);
    return i < this.n && this.ts[i] <= maxt;
  }
}

/** Iterates one series' samples within [from, to) index bounds; allocation-free per sample. */
class MemIterator implements SampleIterator {
  private readonly s: MemSeries;
  private i: number;
  private readonly end: number;
  private started = false;

  constructor(s: MemSeries, begin: number, end: number) {
    this.s = s;
    this.i = begin;
    this.end = end;
  }

  private type(): ValueType {
    if (this.i >= this.end) return ValNone;
    const hs = this.s.hs;
    return hs !== null && hs[this.i] !== undefined ? ValFloatHistogram : ValFloat;
  }

  next(): ValueType {
    if (this.started) this.i++;
    else this.started = true;
    return this.type();
  }

  seek(t: number): ValueType {
    if (!this.started) this.started = true;
    if (this.i >= this.end) return ValNone;
    if (this.s.ts[this.i] >= t) return this.type();
    // Gallop then binary search within [i, end).
    let lo = this.i + 1;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.s.ts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    this.i = lo;
    return this.type();
  }

  atT(): number {
    return this.s.ts[this.i];
  }

  atF(): number {
    return this.s.stale[this.i] === 1 ? STALE_NAN : this.s.vs[this.i];
  }

  /** Integer histograms are not stored here (the runner loads float histograms). */
  atH(): Histogram {
    throw new Error("memstorage holds float histograms only");
  }

  /** The sample's start timestamp, ms (0 = unknown). */
  atST(): number {
    return this.s.sts === null ? 0 : this.s.sts[this.i];
  }

  /** The stored histogram; callers must not change it. */
  atFH(): FloatHistogram {
    return (this.s.hs as FloatHistogram[])[this.i];
  }
}

/**
 * The counter reset hint a histogram appended after `prev` reads back with from TSDB chunks:
 * gauge histograms keep GaugeType; a detected (or declared) reset starts a chunk with a
 * CounterReset header; a layout change that cannot share a chunk (schema, zero threshold or
 * custom bounds) starts one with an unknown header; the first histogram of a series (or after
 * a float or stale sample) is UnknownCounterReset (or CounterReset when declared); later
 * samples in a chunk are NotCounterReset.
 */
export function storedCounterResetHint(
  h: FloatHistogram,
  prev: FloatHistogram | undefined,
): CounterResetHint {
  if (h.counterResetHint === GaugeType) return GaugeType;
  if (h.counterResetHint === CounterReset) return CounterReset;
  if (prev === undefined || prev.counterResetHint === GaugeType) return UnknownCounterReset;
  const hint = h.counterResetHint;
  h.counterResetHint = UnknownCounterReset;
  const reset = h.detectReset(prev);
  h.counterResetHint = hint;
  // A detected reset starts a new chunk whose first sample reads back with an unknown hint
  // (prometheus/prometheus#15346); reset detection then finds the reset again.
  if (reset) return UnknownCounterReset;
  if (
    h.schema !== prev.schema ||
    h.zeroThreshold !== prev.zeroThreshold ||
    !customBucketBoundsMatch(h.customValues, prev.customValues)
  )
    return UnknownCounterReset;
  return NotCounterReset;
}

class MemView implements Series {
  readonly labels: Labels;
  private readonly s: MemSeries;
  private readonly begin: number;
  private readonly end: number;

  constructor(s: MemSeries, begin: number, end: number) {
    this.labels = s.labels;
    this.s = s;
    this.begin = begin;
    this.end = end;
  }

  iterator(): SampleIterator {
    return new MemIterator(this.s, this.begin, this.end);
  }
}

function matchesAll(ls: Labels, matchers: readonly Matcher[]): boolean {
  for (const m of matchers) {
    let v = "";
    for (const l of ls) {
      if (l.name === m.name) {
        v = l.value;
        break;
      }
    }
    if (!m.matches(v)) return false;
  }
  return true;
}

export interface MemStorageStats {
  /** Number of `select` calls since creation (or the last reset), to check pushdown in tests. */
  selects: number;
}

export class MemStorage implements Queryable {
  /** tenant -> series key -> series. The promqltest runner uses a single tenant. */
  private readonly tenants = new Map<string, Map<string, MemSeries>>();
  readonly stats: MemStorageStats = { selects: 0 };

  private seriesOf(tenant: string): Map<string, MemSeries> {
    let m = this.tenants.get(tenant);
    if (m === undefined) {
      m = new Map();
      this.tenants.set(tenant, m);
    }
    return m;
  }

  /**
   * Appends a float sample (ms timestamp; st its start timestamp, 0 = unknown); replaces a sample
   * at the same timestamp.
   */
  append(tenant: string, labels: Labels, t: number, v: number, st = 0): void {
    const m = this.seriesOf(tenant);
    const key = labelsKey(labels);
    let s = m.get(key);
    if (s === undefined) {
      s = new MemSeries(labels);
      m.set(key, s);
    }
    s.add(t, v, undefined, st);
  }

  /**
   * Appends a float histogram sample (ms timestamp), in time order per series; its counter reset
   * hint is replaced by the one reading it back from TSDB would give (storedCounterResetHint).
   */
  appendHistogram(tenant: string, labels: Labels, t: number, h: FloatHistogram, st = 0): void {
    const m = this.seriesOf(tenant);
    const key = labelsKey(labels);
    let s = m.get(key);
    if (s === undefined) {
      s = new MemSeries(labels);
      m.set(key, s);
    }
    const stored = h.copy();
    stored.counterResetHint = storedCounterResetHint(h, s.histogramBefore(s.lowerBound(t)));
    s.add(t, 0, stored, st);
  }

  /** Drops all data of all tenants. */
  clear(): void {
    this.tenants.clear();
  }

  /** Number of series of a tenant. */
  seriesCount(tenant: string): number {
    return this.tenants.get(tenant)?.size ?? 0;
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    const all = this.tenants.get(tenant) ?? new Map<string, MemSeries>();
    const stats = this.stats;
    const inRange = (matchers: readonly Matcher[]): MemSeries[] => {
      const out: MemSeries[] = [];
      for (const s of all.values()) {
        if (s.hasSamplesIn(mint, maxt) && matchesAll(s.labels, matchers)) out.push(s);
      }
      return out;
    };
    return {
      async select(
        sortSeries: boolean,
        _hints: SelectHints | undefined,
        matchers: readonly Matcher[],
      ): Promise<Series[]> {
        stats.selects++;
        const ss = inRange(matchers);
        if (sortSeries) ss.sort((a, b) => compareLabels(a.labels, b.labels));
        return ss.map((s) => {
          const begin = s.lowerBound(mint);
          const end = maxt === Number.POSITIVE_INFINITY ? s.n : s.lowerBound(maxt + 1);
          return new MemView(s, begin, end);
        });
      },
      async labelValues(
        name: string,
        hints: LabelHints | undefined,
        matchers: readonly Matcher[],
      ): Promise<string[]> {
        const set = new Set<string>();
        for (const s of inRange(matchers)) {
          for (const l of s.labels) if (l.name === name) set.add(l.value);
        }
        const out = [...set].sort();
        return hints?.limit ? out.slice(0, hints.limit) : out;
      },
      async labelNames(
        hints: LabelHints | undefined,
        matchers: readonly Matcher[],
      ): Promise<string[]> {
        const set = new Set<string>();
        for (const s of inRange(matchers)) for (const l of s.labels) set.add(l.name);
        const out = [...set].sort();
        return hints?.limit ? out.slice(0, hints.limit) : out;
      },
      close(): void {},
    };
  }
}
