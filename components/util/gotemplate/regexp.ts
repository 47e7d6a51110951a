// Go (RE2) regular expressions on JS RegExp: translates the RE2 syntax JS lacks (named groups
// (?P<n>), leading flag groups (?i), POSIX classes [[:alpha:]], \A \z, \Q...\E) and implements
// regexp.ReplaceAllString's $-expansion ($1, ${1}, $name, $$).

const POSIX: Record<string, string> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-/:-@[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f",
};

const cache = new Map<string, { re: RegExp; names: string[] }>();
const CACHE_MAX = 256;

/** Compiles a Go regexp; throws Error("error parsing regexp: ...") for invalid syntax. */
export function compileGoRegexp(pattern: string): { re: RegExp; names: string[] } {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let src = pattern;
  let flags = "u";
  // Leading flag groups: (?i) (?s) (?m) (?U is unsupported).
  for (;;) {
    const m = /^\(\?([imsU]+)\)/.exec(src);
    if (!m) break;
    for (const f of m[1]!) {
      if (f === "U")
        throw new Error(`error parsing regexp: ungreedy flag is not supported: \`${pattern}\``);
      if (!flags.includes(f)) flags += f;
    }
    src = src.slice(m[0].length);
  }
  const names: string[] = [];
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") {
      const n = src[i + 1];
      if (n === "Q") {
        const end = src.indexOf("\\E", i + 2);
        const lit = end < 0 ? src.slice(i + 2) : src.slice(i + 2, end);
        out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      if (n === "A" && !inClass) {
        out += "(?<![\\s\\S])";
        i++;
        continue;
      }
      if (n === "z" && !inClass) {
        out += "(?![\\s\\S])";
        i++;
        continue;
      }
      if (n !== undefined && /[!-/:-@[-`{-~]/.test(n) && !/[\\^$.*+?()[\]{}|/]/.test(n)) {
        // Go allows escaping any ASCII punctuation; JS's u-mode does not.
        out += `\\x${n.charCodeAt(0).toString(16).padStart(2, "0")}`;
        i++;
        continue;
      }
      out += c + (n ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" && src[i + 1] === ":") {
        const end = src.indexOf(":]", i + 2);
        if (end > 0) {
          let name = src.slice(i + 2, end);
          const neg = name.startsWith("^");
          if (neg) name = name.slice(1);
          const cls = POSIX[name];
          if (cls === undefined)
            throw new Error(`error parsing regexp: invalid character class range: \`[:${name}:]\``);
          if (neg)
            throw new Error(
              `error parsing regexp: negated POSIX classes are not supported: \`${pattern}\``,
            );
          out += cls;
          i = end + 1;
          continue;
        }
      }
      if (c === "]") inClass = false;
      else if (c === "[") {
        out += "\\[";
        continue;
      }
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (src[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (src[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && src.startsWith("(?P<", i)) {
      const end = src.indexOf(">", i);
      const name = src.slice(i + 4, end);
      names.push(name);
      out += `(?<${name}>`;
      i = end;
      continue;
    }
    if (c === "(" && src[i + 1] !== "?") names.push("");
    if (c === "(" && src.startsWith("(?<", i) && src[i + 3] !== "=" && src[i + 3] !== "!") {
      const end = src.indexOf(">", i);
      names.push(src.slice(i + 3, end));
    }
    if (c === "(" && /^\(\?[imsU-]+[:)]/.test(src.slice(i, i + 10)) && !src.startsWith("(?:", i)) {
      throw new Error(
        `error parsing regexp: inline flag groups are only supported at the start: \`${pattern}\``,
      );
    }
    out += c;
  }
  let re: RegExp;
  try {
    re = new RegExp(out, `${flags}g`);
  } catch (e) {
    throw new Error(`error parsing regexp: ${goRegexpError((e as Error).message, pattern)}`);
  }
  const entry = { re, names };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(pattern, entry);
  return entry;
}

/** strconv.Quote, or a `backquoted` string when possible (Go's regexp error quoting). */
export function goQuoteBackquote(s: string): string {
  if (!s.includes("`") && !/[\x00-\x08\x0a-\x1f\x7f]/.test(s)) return `\`${s}\``;
  return JSON.stringify(s);
}

/** Go's regexp/syntax wording for the common JS RegExp syntax errors. */
function goRegexpError(jsMessage: string, pattern: string): string {
  const q = goQuoteBackquote(pattern);
  const m = jsMessage.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "");
  if (/Unterminated group/.test(m)) return `missing closing ): ${q}`;
  if (/Unmatched '\)'/.test(m)) return `unexpected ): ${q}`;
  if (/Unterminated character class/.test(m)) return `missing closing ]: ${q}`;
  if (/Nothing to repeat/.test(m)) return `missing argument to repetition operator: ${q}`;
  if (/\\ at end of pattern/.test(m)) return `trailing backslash at end of expression: \`\``;
  if (/Invalid escape/.test(m)) return `invalid escape sequence: ${q}`;
  return `${m}: ${q}`;
}

/** regexp.MatchString: whether `s` contains a match of `pattern`. */
export function goMatchString(pattern: string, s: string): boolean {
  const { re } = compileGoRegexp(pattern);
  re.lastIndex = 0;
  return re.test(s);
}

/** regexp.MustCompile(pattern).ReplaceAllString(src, repl) with Go's $-expansion. */
export function goReplaceAllString(pattern: string, repl: string, src: string): string {
  const { re, names } = compileGoRegexp(pattern);
  re.lastIndex = 0;
  let out = "";
  let last = 0;
  let lastMatchEnd = -1;
  for (const m of src.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    // Go does not replace an empty match directly after a previous match.
    if (m[0].length === 0 && start === lastMatchEnd) continue;
    out += src.slice(last, start);
    out += expand(repl, m, names);
    last = end;
    lastMatchEnd = end;
  }
  return out + src.slice(last);
}

function expand(template: string, m: RegExpMatchArray, names: string[]): string {
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
      out += "$";
      continue;
    }
    if (/^[0-9]+$/.test(name)) {
      const n = Number(name);
      if (n < m.length) out += m[n] ?? "";
    } else {
      const idx = names.indexOf(name);
      if (idx >= 0) out += m[idx + 1] ?? "";
    }
  }
  return out;
}
