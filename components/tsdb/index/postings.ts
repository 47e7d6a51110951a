/**
 * Postings: sorted, duplicate-free lists of series references. The one implementation of the
 * set operations on them and of Prometheus's PostingsForMatchers, used by the head's index and
 * by persisted block indexes alike (Prometheus tsdb/index/postings.go, tsdb/querier.go).
 *
 * A list is a Uint32Array (block indexes, results of set operations) or a plain array of small
 * integers (the head's lists, which V8 stores as packed Smis). Results never alias a mutable
 * head list except when an operation returns one of its inputs unchanged, which the callers
 * read before the head next changes (queries copy what they keep).
 */
import type { Matcher } from "../../model/matcher.ts";

export type Postings = Uint32Array | readonly number[];

export const EMPTY_POSTINGS: Uint32Array = new Uint32Array(0);

/** What postingsForMatchers needs from an index (a block's IndexReader or the head's). */
export interface PostingsIndex {
  /** Every series reference. */
  allPostings(): Postings;
  /** Series that have label name=value. */
  postings(name: string, value: string): Postings;
  /** Union of the postings of name=v over the values v for which `match` holds. */
  postingsForLabelMatching(name: string, match: (value: string) => boolean): Postings;
}

/**
 * Series matching every matcher (Prometheus's PostingsForMatchers): a matcher that accepts ""
 * also selects series without the label, so it is applied by subtracting the series whose
 * value it rejects; other matchers contribute the union of the lists of the values they accept,
 * and those are intersected. No matcher selects every series.
 */
export function postingsForMatchers(ix: PostingsIndex, matchers: readonly Matcher[]): Postings {
  const its: Postings[] = [];
  const notIts: Postings[] = [];
  for (const m of matchers) {
    if (m.matches("")) {
      // l="", l=~"|a", l!="foo", l!~"bar": remove series whose value the matcher rejects.
      const p = ix.postingsForLabelMatching(m.name, (v) => !m.matches(v));
      if (p.length > 0) notIts.push(p);
    } else {
      const p =
        m.type === "="
          ? ix.postings(m.name, m.value)
          : ix.postingsForLabelMatching(m.name, (v) => m.matches(v));
      if (p.length === 0) return EMPTY_POSTINGS;
      its.push(p);
    }
  }
  let p = its.length === 0 ? ix.allPostings() : intersectPostings(its);
  for (const n of notIts) {
    if (p.length === 0) break;
    p = withoutPostings(p, n);
  }
  return p;
}

/** Intersection of sorted lists. */
export function intersectPostings(lists: readonly Postings[]): Postings {
  if (lists.length === 0) return EMPTY_POSTINGS;
  if (lists.length === 1) return lists[0];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = sorted[0];
  for (let k = 1; k < sorted.length && acc.length > 0; k++) acc = intersect2(acc, sorted[k]);
  return acc;
}

function intersect2(a: Postings, b: Postings): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) {
      // Gallop in a when b is far ahead.
      i = seek(a, i + 1, y);
    } else {
      j = seek(b, j + 1, x);
    }
  }
  return out.subarray(0, n);
}

/** First index >= from with list[index] >= v (exponential then binary search). */
function seek(list: Postings, from: number, v: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < list.length && list[hi] < v) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > list.length) hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Union of sorted lists. */
export function mergePostings(lists: readonly Postings[]): Postings {
  let nonEmpty = 0;
  let total = 0;
  let last: Postings = EMPTY_POSTINGS;
  for (const l of lists) {
    if (l.length === 0) continue;
    nonEmpty++;
    total += l.length;
    last = l;
  }
  if (nonEmpty <= 1) return last;
  if (nonEmpty === 2) {
    let a: Postings | undefined;
    for (const l of lists) {
      if (l.length === 0) continue;
      if (a === undefined) a = l;
      else return merge2(a, l);
    }
  }
  const all = new Uint32Array(total);
  let p = 0;
  for (const l of lists) {
    if (l instanceof Uint32Array) all.set(l, p);
    else for (let i = 0; i < l.length; i++) all[p + i] = l[i];
    p += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  return all.subarray(0, n);
}

function merge2(a: Postings, b: Postings): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) {
      out[n++] = x;
      i++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out.subarray(0, n);
}

/** Elements of `a` not in `b`. */
export function withoutPostings(a: Postings, b: Postings): Postings {
  if (a.length === 0 || b.length === 0) return a;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (j < b.length && b[j] < x) j = seek(b, j + 1, x);
    if (j < b.length && b[j] === x) continue;
    out[n++] = x;
  }
  return out.subarray(0, n);
}
