/**
 * The head's inverted index: label name -> label value -> sorted list of series refs, plus the
 * list of all refs. Refs are handed out in increasing order, so appending a new series keeps
 * every list sorted without a sort.
 *
 * Lists are plain JS arrays of small integers: V8 stores them as packed 31-bit Smis, 4 bytes per
 * entry with pointer compression (like a Uint32Array) but with a ~16-byte header instead of a
 * typed array's ~200 bytes of ArrayBuffer and backing-store overhead; most label values (pod,
 * instance) have one or a few series, so that overhead would dominate. Matchers are resolved by
 * the shared postingsForMatchers (index/postings.ts), whose set operations produce Uint32Arrays.
 */
import {
  EMPTY_POSTINGS,
  mergePostings,
  type Postings,
  type PostingsIndex,
} from "./index/postings.ts";

export class MemPostings implements PostingsIndex {
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
    return this.m.get(name)?.get(value) ?? EMPTY_POSTINGS;
  }

  labelNames(): string[] {
    return [...this.m.keys()].sort();
  }

  labelValues(name: string): string[] {
    const vm = this.m.get(name);
    return vm === undefined ? [] : [...vm.keys()].sort();
  }

  allPostings(): Postings {
    return this.all;
  }

  postings(name: string, value: string): Postings {
    return this.get(name, value);
  }

  postingsForLabelMatching(name: string, match: (value: string) => boolean): Postings {
    const vm = this.m.get(name);
    if (vm === undefined) return EMPTY_POSTINGS;
    const lists: Postings[] = [];
    for (const [v, list] of vm) if (match(v)) lists.push(list);
    return mergePostings(lists);
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
