/**
 * Label sets as the whole project passes them around: an array of name/value pairs sorted by
 * name with unique names (Prometheus's `labels.Labels`). Functions here never mutate their input.
 */

export interface Label {
  readonly name: string;
  readonly value: string;
}

export type Labels = readonly Label[];

export const METRIC_NAME = "__name__";

/** Builds a sorted label set from a plain object; empty values are dropped, as Prometheus does. */
export function labelsFromObject(obj: Record<string, string>): Labels {
  const out: Label[] = [];
  for (const name of Object.keys(obj)) {
    const value = obj[name];
    if (value !== "") out.push({ name, value });
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

export function labelsToObject(ls: Labels): Record<string, string> {
  const obj: Record<string, string> = {};
  for (const l of ls) obj[l.name] = l.value;
  return obj;
}

/** Returns the value of `name`, or "" when absent (Prometheus's `Labels.Get`). */
export function getLabel(ls: Labels, name: string): string {
  for (const l of ls) if (l.name === name) return l.value;
  return "";
}

/** Orders label sets as Prometheus's `labels.Compare` does. */
export function compareLabels(a: Labels, b: Labels): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x.name !== y.name) return x.name < y.name ? -1 : 1;
    if (x.value !== y.value) return x.value < y.value ? -1 : 1;
  }
  return a.length - b.length;
}

export function labelsEqual(a: Labels, b: Labels): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].name !== b[i].name || a[i].value !== b[i].value) return false;
  }
  return true;
}

/**
 * A string that identifies a label set exactly (names and values cannot contain \xff in UTF-8,
 * so the separator is unambiguous). Use as a Map key.
 */
export function labelsKey(ls: Labels): string {
  let s = "";
  for (const l of ls) s += l.name + "\xff" + l.value + "\xff";
  return s;
}

const LEGACY_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function quoteValue(v: string): string {
  return JSON.stringify(v);
}

/** Formats a label set the way Prometheus's `Labels.String` does: `{a="1", b="2"}`. */
export function labelsToString(ls: Labels): string {
  let s = "{";
  for (let i = 0; i < ls.length; i++) {
    if (i > 0) s += ", ";
    const n = ls[i].name;
    s += LEGACY_NAME.test(n) ? n : quoteValue(n);
    s += "=" + quoteValue(ls[i].value);
  }
  return s + "}";
}

/** Returns a copy without the named labels. */
export function withoutLabels(ls: Labels, names: ReadonlySet<string>): Labels {
  return ls.filter((l) => !names.has(l.name));
}
