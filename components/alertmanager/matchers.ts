/**
 * Alertmanager's label matchers (pkg/labels): `name="value"`, `!=`, `=~`, `!~`, in lists such as
 * `{a="b", c=~"d.*"}` or `a=b,c!=d` (values may be unquoted). Regexes are anchored. A matcher on a
 * missing label sees "". Matchers print as `name="value"` and sort by name, then value.
 */
import { RE2JS } from "re2js";
import { type MatchType, newMatcher } from "../model/matcher.ts";
import type { LabelSet } from "./labels.ts";

export interface AmMatcher {
  readonly type: MatchType;
  readonly name: string;
  readonly value: string;
  matches(value: string): boolean;
}

export class MatcherParseError extends Error {}

/** One matcher; the regex is checked (compile errors become MatcherParseError). */
export function amMatcher(type: MatchType, name: string, value: string): AmMatcher {
  if (type === "=~" || type === "!~") {
    try {
      RE2JS.compile(`^(?:${value})$`);
    } catch (e) {
      throw new MatcherParseError((e as Error).message);
    }
  }
  try {
    return newMatcher(type, name, value);
  } catch (e) {
    throw new MatcherParseError((e as Error).message);
  }
}

export function matcherString(m: AmMatcher): string {
  const v = m.value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
  return `${m.name}${m.type}"${v}"`;
}

/** labels.Matchers.String(): `{a="b",c=~"d"}`. */
export function matchersString(ms: readonly AmMatcher[]): string {
  return `{${ms.map(matcherString).join(",")}}`;
}

/** labels.Matchers sort order: by name, then value, then type. */
export function sortMatchers(ms: AmMatcher[]): AmMatcher[] {
  return ms.sort((a, b) => {
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    if (a.value !== b.value) return a.value < b.value ? -1 : 1;
    return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
}

/** True when every matcher matches the label set. */
export function matchesAll(ms: readonly AmMatcher[], ls: LabelSet): boolean {
  for (const m of ms) if (!m.matches(ls[m.name] ?? "")) return false;
  return true;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

function unquote(s: string, whole: string): string {
  try {
    return JSON.parse(s) as string;
  } catch {
    throw new MatcherParseError(`bad matcher format: ${whole}`);
  }
}

/** Splits on commas outside double quotes. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inQuote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inQuote) {
      cur += c;
      if (c === "\\" && i + 1 < s.length) cur += s[++i];
      else if (c === '"') inQuote = false;
    } else if (c === '"') {
      inQuote = true;
      cur += c;
    } else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (inQuote) throw new MatcherParseError(`bad matcher format: ${s}`);
  out.push(cur);
  return out;
}

/** Parses one matcher such as `foo="bar"` or `foo=~bar.*`. */
export function parseMatcher(text: string): AmMatcher {
  const s = text.trim();
  const nm = NAME.exec(s);
  if (!nm) throw new MatcherParseError(`bad matcher format: ${text}`);
  const rest = s.slice(nm[0].length).trimStart();
  let type: MatchType;
  if (rest.startsWith("=~")) type = "=~";
  else if (rest.startsWith("!~")) type = "!~";
  else if (rest.startsWith("!=")) type = "!=";
  else if (rest.startsWith("=")) type = "=";
  else throw new MatcherParseError(`bad matcher format: ${text}`);
  let raw = rest.slice(type.length).trim();
  if (raw.startsWith('"')) {
    if (!raw.endsWith('"') || raw.length < 2)
      throw new MatcherParseError(`bad matcher format: ${text}`);
    raw = unquote(raw, text);
  }
  return amMatcher(type, nm[0], raw);
}

/** Parses a list of matchers, with or without the surrounding braces. */
export function parseMatchers(text: string): AmMatcher[] {
  let s = text.trim();
  if (s.startsWith("{")) {
    if (!s.endsWith("}")) throw new MatcherParseError(`bad matcher format: ${text}`);
    s = s.slice(1, -1);
  }
  const out: AmMatcher[] = [];
  for (const part of splitTopLevel(s)) {
    if (part.trim() === "") continue;
    out.push(parseMatcher(part));
  }
  return out;
}
