/**
 * Label matchers with Prometheus semantics: `=`, `!=`, `=~`, `!~`. Regexes are RE2 (re2js) and
 * fully anchored. A matcher on a missing label sees the value "".
 */
import { RE2JS } from "re2js";

export type MatchType = "=" | "!=" | "=~" | "!~";

export interface Matcher {
  readonly type: MatchType;
  readonly name: string;
  readonly value: string;
  matches(value: string): boolean;
}

/** Thrown for a regex that RE2 does not accept; the message is what users see. */
export class MatcherError extends Error {}

function compileAnchored(pattern: string): (s: string) => boolean {
  // Fast paths for the common shapes: literal, `.*`, `.+`, and alternations of literals.
  if (pattern === ".*") return () => true;
  if (pattern === ".+") return (s) => s.length > 0;
  if (/^[A-Za-z0-9_:\-/ ]*$/.test(pattern)) return (s) => s === pattern;
  if (/^[A-Za-z0-9_:\-/ ]+(\|[A-Za-z0-9_:\-/ ]+)+$/.test(pattern)) {
    const set = new Set(pattern.split("|"));
    return (s) => set.has(s);
  }
  // `lit.*`, `.*lit` and `.*lit.*` (with `.` matching newlines too, as in Prometheus's (?s)).
  const m = /^(\.\*)?([A-Za-z0-9_:\-/ ]+)(\.\*)?$/.exec(pattern);
  if (m && (m[1] || m[3])) {
    const lit = m[2];
    if (m[1] && m[3]) return (s) => s.includes(lit);
    if (m[1]) return (s) => s.endsWith(lit);
    return (s) => s.startsWith(lit);
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, RE2JS.DOTALL);
  } catch (e) {
    throw new MatcherError(`error parsing regexp: ${(e as Error).message}`, { cause: e });
  }
  return (s) => re.matches(s);
}

export function newMatcher(type: MatchType, name: string, value: string): Matcher {
  switch (type) {
    case "=":
      return { type, name, value, matches: (v) => v === value };
    case "!=":
      return { type, name, value, matches: (v) => v !== value };
    case "=~": {
      const m = compileAnchored(value);
      return { type, name, value, matches: m };
    }
    case "!~": {
      const m = compileAnchored(value);
      return { type, name, value, matches: (v) => !m(v) };
    }
  }
}

/** Formats a matcher as PromQL writes it: name="value". */
export function matcherToString(m: Matcher): string {
  return `${m.name}${m.type}${JSON.stringify(m.value)}`;
}
