/**
 * Merging series that come from several sources (ingesters, store-gateways, replicated or
 * overlapping blocks): series with equal labels become one, and their samples are merged in
 * time order with a timestamp that appears in more than one source kept once (Prometheus's
 * chained series merge).
 */
import { compareLabelsBytes, compareStrings } from "../tsdb/encoding/strings.ts";
import type { EncodedChunk } from "../tsdb/block/chunks.ts";
import { BlockSeriesIterator, defaultChunkDecoder } from "../tsdb/block/querier.ts";
import { type Labels, labelsKey } from "../model/labels.ts";
import { type SampleIterator, type Series, ValFloat, ValNone, type ValueType } from "../model/series.ts";

/** Iterates samples held in two parallel arrays. */
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
}

/**
 * Merges sample iterators; on equal timestamps the first iterator (in argument order) wins and
 * the others skip that timestamp.
 */
export class MergeSampleIterator implements SampleIterator {
  private readonly its: SampleIterator[];
  /** Current timestamp of each iterator, or NaN when exhausted / not started. */
  private readonly heads: number[];
  private started = false;
  private t = 0;
  private v = 0;
  private done = false;

  constructor(its: SampleIterator[]) {
    this.its = its;
    this.heads = new Array(its.length).fill(Number.NaN);
  }

  private pick(): ValueType {
    let best = -1;
    for (let i = 0; i < this.its.length; i++) {
      const h = this.heads[i];
      if (Number.isNaN(h)) continue;
      if (best < 0 || h < this.heads[best]) best = i;
    }
    if (best < 0) {
      this.done = true;
      return ValNone;
    }
    this.t = this.heads[best];
    this.v = this.its[best].atF();
    return ValFloat;
  }

  private advancePast(t: number): void {
    for (let i = 0; i < this.its.length; i++) {
      while (!Number.isNaN(this.heads[i]) && this.heads[i] <= t) {
        this.heads[i] = this.its[i].next() === ValNone ? Number.NaN : this.its[i].atT();
      }
    }
  }

  next(): ValueType {
    if (this.done) return ValNone;
    if (!this.started) {
      this.started = true;
      for (let i = 0; i < this.its.length; i++) this.heads[i] = this.its[i].next() === ValNone ? Number.NaN : this.its[i].atT();
    } else {
      this.advancePast(this.t);
    }
    return this.pick();
  }

  seek(t: number): ValueType {
    if (this.done) return ValNone;
    if (this.started && this.t >= t) return ValFloat;
    for (let i = 0; i < this.its.length; i++) {
      if (!this.started || (!Number.isNaN(this.heads[i]) && this.heads[i] < t)) {
        this.heads[i] = this.its[i].seek(t) === ValNone ? Number.NaN : this.its[i].atT();
      }
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
}

function chunksOverlap(chunks: readonly EncodedChunk[]): boolean {
  for (let i = 1; i < chunks.length; i++) if (chunks[i].mint <= chunks[i - 1].maxt) return true;
  return false;
}

/**
 * A sample iterator over chunks of one series that may overlap (replicated blocks): chunks are
 * split into runs of non-overlapping chunks and the runs are merged with deduplication.
 */
export function chunksIterator(chunks: readonly EncodedChunk[], mint: number, maxt: number): SampleIterator {
  const sorted = [...chunks].sort((a, b) => a.mint - b.mint || a.maxt - b.maxt);
  if (!chunksOverlap(sorted)) return new BlockSeriesIterator(sorted, defaultChunkDecoder, mint, maxt, undefined, sorted.map((c) => c.maxt));
  // Greedy partition into non-overlapping runs.
  const runs: EncodedChunk[][] = [];
  for (const c of sorted) {
    const run = runs.find((r) => r[r.length - 1].maxt < c.mint);
    if (run) run.push(c);
    else runs.push([c]);
  }
  return new MergeSampleIterator(
    runs.map((r) => new BlockSeriesIterator(r, defaultChunkDecoder, mint, maxt, undefined, r.map((c) => c.maxt))),
  );
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
      out.push({ labels: e.labels, iterator: () => new MergeSampleIterator(parts.map((p) => p.iterator())) });
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
