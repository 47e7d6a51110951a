/**
 * Merging samples and series from several sources (Prometheus storage/merge.go): the head's
 * in-order and out-of-order data, overlapping chunks of a block, blocks being compacted
 * together, and ingesters and store-gateways answering one query. Samples are merged in time
 * order and a timestamp present in more than one source is kept once, with the value of the
 * first source in argument order (Prometheus's chained series merge).
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import type { Histogram } from "../model/histogram.ts";
import { type Labels, labelsKey } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import {
  notAHistogram,
  type LabelHints,
  type Querier,
  type SampleIterator,
  type SelectHints,
  type Series,
  ValFloat,
  ValNone,
  type ValueType,
} from "../model/series.ts";
import { compareLabelsBytes, compareStrings } from "../model/strings.ts";

/** Iterates samples held in two parallel arrays (sorted by timestamp). */
export class ArraySampleIterator implements SampleIterator {
  private readonly ts: ArrayLike<number>;
  private readonly vs: ArrayLike<number>;
  private i = -1;

  constructor(ts: ArrayLike<number>, vs: ArrayLike<number>) {
    this.ts = ts;
    this.vs = vs;
  }

  next(): ValueType {
    if (this.i < this.ts.length) this.i++;
    return this.i < this.ts.length ? ValFloat : ValNone;
  }

  seek(t: number): ValueType {
    if (this.i < 0) this.i = 0;
    while (this.i < this.ts.length && this.ts[this.i] < t) this.i++;
    return this.i < this.ts.length ? ValFloat : ValNone;
  }

  atT(): number {
    return this.ts[this.i];
  }

  atF(): number {
    return this.vs[this.i];
  }

  /** Float samples only. */
  atH(): Histogram {
    return notAHistogram();
  }

  /** Float samples only. */
  atFH(): FloatHistogram {
    return notAHistogram();
  }
}

/**
 * Merges sorted sample iterators; on equal timestamps the first iterator (in argument order)
 * wins and the others skip that timestamp. Allocates nothing per sample. Histogram samples are
 * read from the winning iterator, which stays positioned on them until the next move.
 */
export class MergeSampleIterator implements SampleIterator {
  private readonly its: SampleIterator[];
  /** Current timestamp of each iterator; +Inf when exhausted. */
  private readonly heads: Float64Array;
  /** Value type each iterator is positioned on. */
  private readonly types: Uint8Array;
  private started = false;
  private t = 0;
  private v = 0;
  private cur = -1;
  private vt: ValueType = ValNone;
  private done = false;

  constructor(its: SampleIterator[]) {
    this.its = its;
    this.heads = new Float64Array(its.length);
    this.types = new Uint8Array(its.length);
  }

  private pick(): ValueType {
    const heads = this.heads;
    let best = -1;
    let bt = Number.POSITIVE_INFINITY;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] < bt) {
        bt = heads[i];
        best = i;
      }
    }
    if (best < 0) {
      this.done = true;
      this.vt = ValNone;
      return ValNone;
    }
    this.t = bt;
    this.cur = best;
    this.vt = this.types[best] as ValueType;
    this.v = this.vt === ValFloat ? this.its[best].atF() : Number.NaN;
    return this.vt;
  }

  private set(i: number, vt: ValueType): void {
    this.types[i] = vt;
    this.heads[i] = vt === ValNone ? Number.POSITIVE_INFINITY : this.its[i].atT();
  }

  next(): ValueType {
    if (this.done) return ValNone;
    const heads = this.heads;
    if (!this.started) {
      this.started = true;
      for (let i = 0; i < heads.length; i++) this.set(i, this.its[i].next());
    } else {
      // Advance every iterator at or before the emitted timestamp (drops duplicates).
      const t = this.t;
      for (let i = 0; i < heads.length; i++) while (heads[i] <= t) this.set(i, this.its[i].next());
    }
    return this.pick();
  }

  seek(t: number): ValueType {
    if (this.done) return ValNone;
    if (this.started && this.t >= t) return this.vt;
    const heads = this.heads;
    for (let i = 0; i < heads.length; i++) {
      if (!this.started || heads[i] < t) this.set(i, this.its[i].seek(t));
    }
    this.started = true;
    return this.pick();
  }

  atT(): number {
    return this.t;
  }

  atF(): number {
    return this.v;
  }

  atH(): Histogram {
    return this.its[this.cur].atH();
  }

  atFH(): FloatHistogram {
    return this.its[this.cur].atFH();
  }
}

/** Merges series lists (each may hold several entries with equal labels); output sorted by labels. */
export function mergeSeriesLists(lists: readonly (readonly Series[])[]): Series[] {
  const byKey = new Map<string, { labels: Labels; parts: Series[] }>();
  for (const list of lists) {
    for (const s of list) {
      const k = labelsKey(s.labels);
      const e = byKey.get(k);
      if (e) e.parts.push(s);
      else byKey.set(k, { labels: s.labels, parts: [s] });
    }
  }
  const out: Series[] = [];
  for (const e of byKey.values()) {
    if (e.parts.length === 1) out.push(e.parts[0]);
    else {
      const parts = e.parts;
      out.push({
        labels: e.labels,
        iterator: () => new MergeSampleIterator(parts.map((p) => p.iterator())),
      });
    }
  }
  return out.sort((a, b) => compareLabelsBytes(a.labels, b.labels));
}

/** Sorted union of sorted string lists. */
export function mergeStringLists(lists: readonly (readonly string[])[], limit = 0): string[] {
  const set = new Set<string>();
  for (const l of lists) for (const v of l) set.add(v);
  const out = [...set].sort(compareStrings);
  return limit > 0 ? out.slice(0, limit) : out;
}

/**
 * Merges several queriers' answers (Prometheus's NewMergeQuerier): series by labels with
 * mergeSeriesLists, label names and values as sorted unions.
 */
export class MergeQuerier implements Querier {
  private readonly queriers: Querier[];

  constructor(queriers: Querier[]) {
    this.queriers = queriers;
  }

  async select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    if (this.queriers.length === 1) return this.queriers[0].select(sortSeries, hints, matchers);
    const parts = await Promise.all(this.queriers.map((q) => q.select(true, hints, matchers)));
    const merged = mergeSeriesLists(parts);
    const limit = hints?.limit ?? 0;
    return limit > 0 ? merged.slice(0, limit) : merged;
  }

  async labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]> {
    const parts = await Promise.all(this.queriers.map((q) => q.labelValues(name, hints, matchers)));
    return mergeStringLists(parts, hints?.limit ?? 0);
  }

  async labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    const parts = await Promise.all(this.queriers.map((q) => q.labelNames(hints, matchers)));
    return mergeStringLists(parts, hints?.limit ?? 0);
  }

  close(): void {
    for (const q of this.queriers) q.close();
  }
}
