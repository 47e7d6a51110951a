/**
 * Label sets of alerts as Alertmanager handles them (prometheus/common model.LabelSet): the
 * fingerprint (FNV-1a 64 over the sorted names and values, each followed by 0xff), its 16-digit
 * hex form, the `{a="b", c="d"}` string form used in group keys, and the alert ordering of
 * notifications (by `job`, then `instance`, then the label sets).
 */

export type LabelSet = Record<string, string>;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const SEP = 0xff;

function fnvAdd(h: bigint, bytes: Uint8Array): bigint {
  for (const b of bytes) h = ((h ^ BigInt(b)) * FNV_PRIME) & MASK;
  return h;
}

const encoder = new TextEncoder();

/** The model.Fingerprint of a label set as 16 lowercase hex digits. */
export function fingerprint(ls: LabelSet): string {
  const names = Object.keys(ls).sort();
  if (names.length === 0) return FNV_OFFSET.toString(16).padStart(16, "0");
  let h = FNV_OFFSET;
  const sep = new Uint8Array([SEP]);
  for (const n of names) {
    h = fnvAdd(h, encoder.encode(n));
    h = fnvAdd(h, sep);
    h = fnvAdd(h, encoder.encode(ls[n]));
    h = fnvAdd(h, sep);
  }
  return h.toString(16).padStart(16, "0");
}

/** Go's %q of a string (the common cases: quotes, backslashes and control characters escaped). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u007f/g, "\\x7f");
}

/** model.LabelSet.String(): `{a="b", c="d"}` sorted by name. */
export function labelSetString(ls: LabelSet): string {
  const names = Object.keys(ls).sort();
  return `{${names.map((n) => `${n}=${goQuote(ls[n])}`).join(", ")}}`;
}

/** model.LabelSet.Before: shorter sets first, then by the sorted union of names and values. */
export function labelSetBefore(a: LabelSet, b: LabelSet): boolean {
  const an = Object.keys(a);
  const bn = Object.keys(b);
  if (an.length < bn.length) return true;
  if (an.length > bn.length) return false;
  const names = [...new Set([...an, ...bn])].sort();
  for (const n of names) {
    const av = a[n];
    if (av === undefined) return true;
    const bv = b[n];
    if (bv === undefined) return false;
    if (av < bv) return true;
    if (av > bv) return false;
  }
  return false;
}

/** types.AlertSlice's order: by the `job` label, then `instance`, then labelSetBefore. */
export function compareAlertLabels(a: LabelSet, b: LabelSet): number {
  for (const key of ["job", "instance"]) {
    const av = a[key];
    const bv = b[key];
    if (av === undefined && bv === undefined) continue;
    if (av === undefined) return 1;
    if (bv === undefined) return -1;
    if (av !== bv) return av < bv ? -1 : 1;
  }
  if (labelSetBefore(a, b)) return -1;
  if (labelSetBefore(b, a)) return 1;
  return 0;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** model.LabelName.IsValid (legacy validation, as Alertmanager 0.25). */
export function isValidLabelName(name: string): boolean {
  return LABEL_NAME.test(name);
}
