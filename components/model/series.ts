/**
 * The read interface shared by the ingester head, blocks, store-gateway clients, the querier's
 * merge, the PromQL engine and the ruler. Timestamps are Unix milliseconds; time ranges are
 * closed intervals [mint, maxt] unless a function says otherwise.
 */
import type { ShardSelector } from "./query_shard.ts";
import type { FloatHistogram } from "./float_histogram.ts";
import type { Histogram } from "./histogram.ts";
import type { Labels } from "./labels.ts";
import type { Matcher } from "./matcher.ts";

/** What an iterator is positioned on (Prometheus's chunkenc.ValueType). */
export const ValNone = 0;
export const ValFloat = 1;
export const ValHistogram = 2;
export const ValFloatHistogram = 3;
export type ValueType = 0 | 1 | 2 | 3;

/**
 * Walks one series' samples in increasing timestamp order without allocating per sample:
 * after `next()` or `seek()` returns a value type other than ValNone, read `atT()` and, by the
 * value type returned, `atF()` (ValFloat), `atH()` (ValHistogram) or `atFH()` (ValHistogram,
 * ValFloatHistogram). A series may mix floats and histograms over time.
 */
export interface SampleIterator {
  /** Advances to the next sample; ValNone when exhausted. */
  next(): ValueType;
  /** Advances to the first sample with timestamp >= t; stays put if already there. */
  seek(t: number): ValueType;
  /** Timestamp of the current sample, ms. */
  atT(): number;
  /** Float value of the current sample (stale markers are the StaleNaN bit pattern). */
  atF(): number;
  /** The current sample as an integer histogram (only when positioned on ValHistogram). The
   *  returned object may be reused by the next next()/seek(); copy it to keep it. */
  atH(): Histogram;
  /** The current sample as a float histogram (ValHistogram converts, ValFloatHistogram as is).
   *  Same reuse rule. */
  atFH(): FloatHistogram;
}

/** atH()/atFH() of iterators over float-only data. */
export function notAHistogram(): never {
  throw new Error("sample iterator: the current sample is not a histogram");
}

export interface Series {
  readonly labels: Labels;
  iterator(): SampleIterator;
}

/** What the engine knows about a selection; stores may use it to prune or to push work down. */
export interface SelectHints {
  /** Inclusive start and end of the data needed, ms. */
  start: number;
  end: number;
  /** Query step, ms (0 for instant queries). */
  step?: number;
  /** Range of a range selector, ms. */
  range?: number;
  /** Name of the function that wraps the selector, when there is one. */
  func?: string;
  grouping?: string[];
  by?: boolean;
  /** Upper bound on the series wanted, 0 = no limit. */
  limit?: number;
  /**
   * Query sharding pushed down (`__query_shard__`): keep only the series of this shard
   * (model/query_shard.ts shardOf). A source that ignores it returns more; callers filter again.
   */
  shard?: ShardSelector;
}

export interface LabelHints {
  /** Upper bound on the values wanted, 0 = no limit. */
  limit?: number;
}

export interface Querier {
  /** Series that match every matcher and have samples in the querier's time range. */
  select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]>;
  /** Sorted unique values of a label among series matching the matchers (all series if none). */
  labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]>;
  /** Sorted unique label names among series matching the matchers (all series if none). */
  labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]>;
  close(): void;
}

/** Opens queriers for one tenant over [mint, maxt] (ms, inclusive). */
export interface Queryable {
  querier(tenant: string, mint: number, maxt: number): Promise<Querier>;
}

/** Stale marker: the NaN bit pattern Prometheus writes when a series disappears. */
export const STALE_NAN_BITS_HI = 0x7ff00000;
export const STALE_NAN_BITS_LO = 0x00000002;

const staleBuf = new DataView(new ArrayBuffer(8));
staleBuf.setUint32(0, STALE_NAN_BITS_HI);
staleBuf.setUint32(4, STALE_NAN_BITS_LO);
/** The stale marker as a JS number. NaN payloads survive Float64Array/DataView round trips. */
export const STALE_NAN = staleBuf.getFloat64(0);

const checkBuf = new DataView(new ArrayBuffer(8));
export function isStaleNaN(v: number): boolean {
  if (!Number.isNaN(v)) return false;
  checkBuf.setFloat64(0, v);
  return checkBuf.getUint32(0) === STALE_NAN_BITS_HI && checkBuf.getUint32(4) === STALE_NAN_BITS_LO;
}
