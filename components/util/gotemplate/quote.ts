// Go string and character literal unquoting (strconv.Unquote / UnquoteChar) and quoting
// (strconv.Quote) for template literals and %q.

const SIMPLE_ESCAPES: Record<string, string> = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
};

/**
 * Decodes the escape at s[i] (just after the backslash). Returns the text and next index, or
 * undefined for a malformed escape. `quote` is the enclosing quote character.
 */
function decodeEscape(
  s: string,
  i: number,
  quote: string,
): { text: string; next: number } | undefined {
  const c = s[i];
  if (c === undefined) return undefined;
  if (c in SIMPLE_ESCAPES) {
    if ((c === "'" || c === '"') && c !== quote) return undefined;
    return { text: SIMPLE_ESCAPES[c]!, next: i + 1 };
  }
  if (c >= "0" && c <= "7") {
    const oct = s.slice(i, i + 3);
    if (!/^[0-7]{3}$/.test(oct)) return undefined;
    const v = Number.parseInt(oct, 8);
    if (v > 255) return undefined;
    return { text: byteChar(v), next: i + 3 };
  }
  const hexLen = c === "x" ? 2 : c === "u" ? 4 : c === "U" ? 8 : 0;
  if (hexLen === 0) return undefined;
  const hex = s.slice(i + 1, i + 1 + hexLen);
  if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const v = Number.parseInt(hex, 16);
  if (c === "x") return { text: byteChar(v), next: i + 1 + hexLen };
  if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return undefined;
  return { text: String.fromCodePoint(v), next: i + 1 + hexLen };
}

/** A \x or octal byte escape: Go strings are bytes; bytes >= 0x80 become U+FFFD-free latin1. */
function byteChar(v: number): string {
  return String.fromCharCode(v);
}

/** strconv.Unquote for a double-quoted literal; undefined when malformed. */
export function unquoteString(lit: string): string | undefined {
  if (lit.length < 2 || lit[0] !== '"' || lit[lit.length - 1] !== '"') return undefined;
  const body = lit.slice(1, -1);
  if (!body.includes("\\")) return body.includes('"') || body.includes("\n") ? undefined : body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === "\\") {
      const e = decodeEscape(body, i + 1, '"');
      if (!e) return undefined;
      out += e.text;
      i = e.next;
    } else {
      if (c === '"' || c === "\n") return undefined;
      out += c;
      i++;
    }
  }
  return out;
}

/** strconv.UnquoteChar for a 'x' literal: the code point, or undefined. */
export function unquoteChar(lit: string): number | undefined {
  if (lit.length < 3 || lit[0] !== "'" || lit[lit.length - 1] !== "'") return undefined;
  const body = lit.slice(1, -1);
  if (body[0] === "\\") {
    const e = decodeEscape(body, 1, "'");
    if (!e || e.next !== body.length) return undefined;
    return e.text.codePointAt(0);
  }
  const cp = body.codePointAt(0)!;
  if (String.fromCodePoint(cp).length !== body.length) return undefined;
  return cp;
}

/** strconv.Quote: double-quoted Go literal with Go's escapes for non-printable characters. */
export function goQuote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "\t":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) {
      out += `\\x${cp.toString(16).padStart(2, "0")}`;
    } else if (cp >= 0x80 && (asciiOnly || !isPrintable(ch))) {
      out +=
        cp <= 0xffff
          ? `\\u${cp.toString(16).padStart(4, "0")}`
          : `\\U${cp.toString(16).padStart(8, "0")}`;
    } else {
      out += ch;
    }
  }
  return out + '"';
}

function isPrintable(ch: string): boolean {
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch);
}
