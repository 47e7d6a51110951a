/**
 * The head's inverted index: label name -> label value -> sorted list of series refs, plus the
 * list of all refs. Refs are handed out in increasing order, so appending a new series keeps
 * every list sorted without a sort.
 *
 * Lists are plain JS arrays of small integers: V8 stores them as packed 31-bit Smis, 4 bytes per
 * entry with pointer compression (like a Uint32Array) but with a ~16-byte header instead of a
 * typed array's ~200 bytes of ArrayBuffer and backing-store overhead; most label values (pod,
 * instance) have one or a few series, so that overhead would dominate. Set operations produce
 * Uint32Arrays.
 */
import type { Matcher } from "../model/matcher.ts";

export type Postings = ArrayLike<number>;

const EMPTY = new Uint32Array(0);

export class MemPostings {
  /** name -> value -> sorted refs. */
  readonly m = new Map<string, Map<string, number[]>>();
  /** All refs, sorted. */
  all: number[] = [];

  /** Adds a series; cheapest when its ref is larger than every ref added before. */
  add(ref: number, lset: readonly string[]): void {
    const all = this.all;
    if (all.length === 0 || all[all.length - 1] < ref) all.push(ref);
    else insertSorted(all, ref);
    for (let i = 0; i < lset.length; i += 2) {
      const name = lset[i];
      let vm = this.m.get(name);
      if (vm === undefined) {
        vm = new Map();
        this.m.set(name, vm);
      }
      const list = vm.get(lset[i + 1]);
      if (list === undefined) vm.set(lset[i + 1], [ref]);
      else if (list[list.length - 1] < ref) list.push(ref);
      else insertSorted(list, ref);
    }
  }

  /** Removes the given series. `lsets` maps each removed ref to its labels. */
  delete(refs: ReadonlySet<number>, lsets: ReadonlyMap<number, readonly string[]>): void {
    const touched = new Set<number[]>();
    for (const lset of lsets.values()) {
      for (let i = 0; i < lset.length; i += 2) {
        const list = this.m.get(lset[i])?.get(lset[i + 1]);
        if (list !== undefined) touched.add(list);
      }
    }
    for (const list of touched) {
      let k = 0;
      for (let i = 0; i < list.length; i++) if (!refs.has(list[i])) list[k++] = list[i];
      list.length = k;
    }
    for (const lset of lsets.values()) {
      for (let i = 0; i < lset.length; i += 2) {
        const vm = this.m.get(lset[i]);
        if (vm === undefined) continue;
        const list = vm.get(lset[i + 1]);
        if (list !== undefined && list.length === 0) vm.delete(lset[i + 1]);
        if (vm.size === 0) this.m.delete(lset[i]);
      }
    }
    this.all = this.all.filter((r) => !refs.has(r));
  }

  get(name: string, value: string): Postings {
    return this.m.get(name)?.get(value) ?? EMPTY;
  }

  labelNames(): string[] {
    return [...this.m.keys()].sort();
  }

  labelValues(name: string): string[] {
    const vm = this.m.get(name);
    return vm === undefined ? [] : [...vm.keys()].sort();
  }

  /**
   * Refs of the series matching every matcher, sorted. Follows Prometheus's PostingsForMatchers:
   * a matcher that accepts "" also selects series without the label, so it is applied by
   * subtracting the series whose value it rejects; other matchers contribute the union of the
   * lists of the values they accept. Regexes are run over the label's values, not the series.
   */
  select(matchers: readonly Matcher[]): Postings {
    const positives: Postings[] = [];
    const negatives: Postings[] = [];
    for (const m of matchers) {
      const vm = this.m.get(m.name);
      if (m.matches("")) {
        // Subtract series having a value that the matcher rejects.
        if (vm === undefined) continue;
        const lists: Postings[] = [];
        for (const [v, list] of vm) if (!m.matches(v)) lists.push(list);
        if (lists.length > 0) negatives.push(union(lists));
      } else {
        if (vm === undefined) return EMPTY;
        if (m.type === "=") {
          const l = vm.get(m.value);
          if (l === undefined) return EMPTY;
          positives.push(l);
          continue;
        }
        const lists: Postings[] = [];
        for (const [v, list] of vm) if (m.matches(v)) lists.push(list);
        if (lists.length === 0) return EMPTY;
        positives.push(union(lists));
      }
    }
    let res: Postings;
    if (positives.length === 0) res = this.all;
    else {
      positives.sort((a, b) => a.length - b.length);
      res = positives[0];
      for (let i = 1; i < positives.length && res.length > 0; i++) res = intersect(res, positives[i]);
    }
    for (const n of negatives) {
      if (res.length === 0) break;
      res = subtract(res, n);
    }
    return res;
  }
}

function insertSorted(list: number[], ref: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < ref) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === ref) return;
  list.splice(lo, 0, ref);
}

/** Union of sorted lists, sorted and deduplicated. */
export function union(lists: Postings[]): Postings {
  if (lists.length === 1) return lists[0];
  let total = 0;
  for (const l of lists) total += l.length;
  const out = new Uint32Array(total);
  let k = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) out[k++] = l[i];
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i];
  return out.subarray(0, w);
}

/** Intersection of two sorted lists. */
export function intersect(a: Postings, b: Postings): Postings {
  if (a.length > b.length) {
    const t = a;
    a = b;
    b = t;
  }
  const out = new Uint32Array(a.length);
  let k = 0;
  let j = 0;
  const bl = b.length;
  for (let i = 0; i < a.length && j < bl; i++) {
    const x = a[i];
    // Gallop in b when it is much longer.
    if (b[j] < x) {
      let step = 1;
      let hi = j + 1;
      while (hi < bl && b[hi] < x) {
        j = hi;
        step <<= 1;
        hi = j + step;
      }
      if (hi > bl) hi = bl;
      let lo = j;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (j < bl && b[j] === x) {
      out[k++] = x;
      j++;
    }
  }
  return out.subarray(0, k);
}

/** a minus b, both sorted. */
export function subtract(a: Postings, b: Postings): Postings {
  const out = new Uint32Array(a.length);
  let k = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    while (j < b.length && b[j] < x) j++;
    if (j < b.length && b[j] === x) continue;
    out[k++] = x;
  }
  return out.subarray(0, k);
}
