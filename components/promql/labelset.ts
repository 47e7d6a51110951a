/** Label-set edits the engine and its functions make to result series. */
import { type Label, type Labels, METRIC_NAME } from "../model/labels.ts";

/** Removes __name__ (and the __type__/__unit__ metadata labels that describe it). */
export function dropMetricName(ls: Labels): Labels {
  for (let i = 0; i < ls.length; i++) {
    const n = ls[i].name;
    if (n === METRIC_NAME || n === "__type__" || n === "__unit__") {
      return ls.filter(
        (l) => l.name !== METRIC_NAME && l.name !== "__type__" && l.name !== "__unit__",
      );
    }
  }
  return ls;
}

/** Replaces/sets/deletes one label (value "" deletes), keeping order. */
export function setLabel(ls: Labels, name: string, value: string): Labels {
  const out: Label[] = [];
  let done = false;
  for (const l of ls) {
    if (!done && l.name >= name) {
      if (l.name === name) {
        if (value !== "") out.push({ name, value });
        done = true;
        continue;
      }
      if (value !== "") out.push({ name, value });
      done = true;
    }
    out.push(l);
  }
  if (!done && value !== "") out.push({ name, value });
  return out;
}

/** Prometheus 3 accepts any non-empty valid UTF-8 label name (invalid bytes decode to U+FFFD). */
export function isValidLabelName(n: string): boolean {
  return n.length > 0 && !n.includes("\uFFFD");
}
