// Go's regexp for templates, on re2js (the project's RE2 port: Go's syntax, Go's error texts
// and linear-time matching, so user patterns cannot backtrack catastrophically):
// regexp.MatchString and Regexp.ReplaceAllString with Go's $-expansion ($1, ${1}, $name, $$).

import { RE2JS } from "re2js";

const cache = new Map<string, RE2JS>();
const CACHE_MAX = 256;

/** Compiles a Go regexp; throws Error("error parsing regexp: ...") for invalid syntax. */
export function compileGoRegexp(pattern: string): RE2JS {
  let re = cache.get(pattern);
  if (re) return re;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    throw new Error((e as Error).message);
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(pattern, re);
  return re;
}

/** strconv.Quote, or a `backquoted` string when possible (Go's regexp error quoting). */
export function goQuoteBackquote(s: string): string {
  if (!s.includes("`") && !/[\x00-\x08\x0a-\x1f\x7f]/.test(s)) return `\`${s}\``;
  return JSON.stringify(s);
}

/** regexp.MatchString: whether `s` contains a match of `pattern`. */
export function goMatchString(pattern: string, s: string): boolean {
  return compileGoRegexp(pattern).matcher(s).find();
}

/** regexp.MustCompile(pattern).ReplaceAllString(src, repl) with Go's $-expansion. */
export function goReplaceAllString(pattern: string, repl: string, src: string): string {
  const re = compileGoRegexp(pattern);
  const named = re.namedGroups() as Record<string, number>;
  const m = re.matcher(src);
  let out = "";
  let last = 0;
  let lastMatchEnd = -1;
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    // Go does not replace an empty match directly after the previous match.
    if (start === end && start === lastMatchEnd) continue;
    out += src.slice(last, start);
    out += expand(repl, (g) => {
      const idx = /^[0-9]+$/.test(g) ? Number(g) : named[g];
      if (idx === undefined || idx > m.groupCount()) return "";
      return m.group(idx) ?? "";
    });
    last = end;
    lastMatchEnd = end;
  }
  return out + src.slice(last);
}

/** Go's Regexp.Expand over a template: $name / ${name} from `group`, $$ is a dollar. */
function expand(template: string, group: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const d = template.indexOf("$", i);
    if (d < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, d);
    i = d + 1;
    if (template[i] === "$") {
      out += "$";
      i++;
      continue;
    }
    let name: string | undefined;
    if (template[i] === "{") {
      const end = template.indexOf("}", i);
      const n = end > 0 ? template.slice(i + 1, end) : "";
      if (end > 0 && /^[A-Za-z0-9_]+$/.test(n)) {
        name = n;
        i = end + 1;
      }
    } else {
      const mm = /^[A-Za-z0-9_]+/.exec(template.slice(i));
      if (mm) {
        name = mm[0];
        i += name.length;
      }
    }
    if (name === undefined) {
      // A malformed reference: Go copies the "$" and continues.
      out += "$";
      continue;
    }
    out += group(name);
  }
  return out;
}
