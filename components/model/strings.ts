/**
 * String and label ordering by UTF-8 bytes, which is how Go compares strings and therefore the
 * order Prometheus's index requires (symbols, postings offset table, series). JavaScript's `<`
 * compares UTF-16 code units, which differs only when one string has a surrogate pair (code
 * points above U+FFFF) where the other has a code unit in U+E000..U+FFFF.
 */
import type { Labels } from "./labels.ts";

function fixup(c: number): number {
  if (c >= 0xd800) return c <= 0xdfff ? c + 0x2000 : c - 0x800;
  return c;
}

/** Compares as Go compares strings (by UTF-8 bytes): negative, zero or positive. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x < 0xd800 && y < 0xd800) return x - y;
      return fixup(x) - fixup(y);
    }
  }
  return a.length - b.length;
}

/** Prometheus's labels.Compare with Go string order. */
export function compareLabelsBytes(a: Labels, b: Labels): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x.name !== y.name) return compareStrings(x.name, y.name);
    if (x.value !== y.value) return compareStrings(x.value, y.value);
  }
  return a.length - b.length;
}
