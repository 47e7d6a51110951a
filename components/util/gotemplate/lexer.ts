// Lexer for Go's text/template language: splits template source into text and action tokens.
// Positions are UTF-16 offsets into the source; errors carry the 1-based line.

export type TokenKind =
  | "text"
  | "leftDelim"
  | "rightDelim"
  | "comment"
  | "space"
  | "identifier"
  | "keyword"
  | "field"
  | "variable"
  | "number"
  | "string"
  | "rawString"
  | "char"
  | "bool"
  | "nil"
  | "dot"
  | "pipe"
  | "leftParen"
  | "rightParen"
  | "comma"
  | "asciiChar"
  | "declare"
  | "assign"
  | "eof"
  | "error";

export interface Token {
  kind: TokenKind;
  value: string;
  pos: number;
  line: number;
}

export const KEYWORDS = new Set([
  "block",
  "break",
  "continue",
  "define",
  "else",
  "end",
  "if",
  "range",
  "template",
  "with",
]);

const TRIM_MARKER_LEN = 2; // "- " or " -"

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\r" || c === "\n";
}

function isAlphaNumeric(c: string): boolean {
  return c === "_" || /[\p{L}\p{Nd}]/u.test(c);
}

/** Tokenizes the whole source eagerly; the last token is "eof" or "error". */
export function lex(input: string, leftDelim = "{{", rightDelim = "}}"): Token[] {
  const tokens: Token[] = [];
  let pos = 0; // current position
  let start = 0; // start of the current token
  let line = 1; // line at `start`
  let parenDepth = 0;
  let insideAction = false;

  const emit = (kind: TokenKind, value = input.slice(start, pos)): void => {
    tokens.push({ kind, value, pos: start, line });
    line += countNewlines(input, start, pos);
    start = pos;
  };
  const ignore = (): void => {
    line += countNewlines(input, start, pos);
    start = pos;
  };
  const fail = (message: string): Token[] => {
    tokens.push({ kind: "error", value: message, pos: start, line });
    return tokens;
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (
      isSpace(input[pos] ?? "") &&
      input[pos + 1] === "-" &&
      input.startsWith(rightDelim, pos + TRIM_MARKER_LEN)
    )
      return { delim: true, trim: true };
    if (input.startsWith(rightDelim, pos)) return { delim: true, trim: false };
    return { delim: false, trim: false };
  };

  for (;;) {
    if (!insideAction) {
      const x = input.indexOf(leftDelim, pos);
      if (x < 0) {
        pos = input.length;
        if (pos > start) emit("text");
        emit("eof", "");
        return tokens;
      }
      pos = x;
      let trimLeft = false;
      const after = x + leftDelim.length;
      if (input[after] === "-" && isSpace(input[after + 1] ?? "")) trimLeft = true;
      let textEnd = pos;
      if (trimLeft) while (textEnd > start && isSpace(input[textEnd - 1]!)) textEnd--;
      if (textEnd > start) {
        tokens.push({ kind: "text", value: input.slice(start, textEnd), pos: start, line });
      }
      line += countNewlines(input, start, pos);
      start = pos;
      pos = after;
      if (trimLeft) pos += TRIM_MARKER_LEN;
      // A comment: /* ... */ directly after the delimiter (and trim marker).
      if (input.startsWith("/*", pos)) {
        const end = input.indexOf("*/", pos + 2);
        if (end < 0) return fail("unclosed comment");
        pos = end + 2;
        let trimRight = false;
        if (
          isSpace(input[pos] ?? "") &&
          input[pos + 1] === "-" &&
          input.startsWith(rightDelim, pos + 2)
        ) {
          trimRight = true;
          pos += 2;
        }
        if (!input.startsWith(rightDelim, pos))
          return fail("comment ends before closing delimiter");
        const text = input.slice(start, pos + rightDelim.length);
        tokens.push({ kind: "comment", value: text, pos: start, line });
        pos += rightDelim.length;
        line += countNewlines(input, start, pos);
        start = pos;
        if (trimRight) {
          while (pos < input.length && isSpace(input[pos]!)) pos++;
          ignore();
        }
        continue;
      }
      tokens.push({ kind: "leftDelim", value: leftDelim, pos: start, line });
      start = pos;
      insideAction = true;
      parenDepth = 0;
      continue;
    }
    // Inside an action.
    const rd = atRightDelim();
    if (rd.delim && parenDepth > 0) return fail("unclosed left paren");
    if (rd.delim) {
      if (rd.trim) pos += TRIM_MARKER_LEN;
      ignore();
      pos += rightDelim.length;
      emit("rightDelim");
      if (rd.trim) {
        while (pos < input.length && isSpace(input[pos]!)) pos++;
        ignore();
      }
      insideAction = false;
      continue;
    }
    if (pos >= input.length) return fail("unclosed action");
    const c = input[pos]!;
    if (isSpace(c)) {
      while (pos < input.length && isSpace(input[pos]!) && !atRightDelim().delim) pos++;
      emit("space");
      continue;
    }
    if (c === "=") {
      pos++;
      emit("assign");
      continue;
    }
    if (c === ":") {
      if (input[pos + 1] !== "=") return fail("expected :=");
      pos += 2;
      emit("declare");
      continue;
    }
    if (c === "|") {
      pos++;
      emit("pipe");
      continue;
    }
    if (c === '"') {
      pos++;
      for (;;) {
        const ch = input[pos];
        if (ch === "\\") {
          pos++;
          if (input[pos] === undefined || input[pos] === "\n")
            return fail("unterminated quoted string");
        } else if (ch === undefined || ch === "\n") {
          return fail("unterminated quoted string");
        } else if (ch === '"') {
          break;
        }
        pos++;
      }
      pos++;
      emit("string");
      continue;
    }
    if (c === "`") {
      const end = input.indexOf("`", pos + 1);
      if (end < 0) return fail("unterminated raw quoted string");
      pos = end + 1;
      emit("rawString");
      continue;
    }
    if (c === "'") {
      pos++;
      for (;;) {
        const ch = input[pos];
        if (ch === "\\") {
          pos++;
          if (input[pos] === undefined || input[pos] === "\n")
            return fail("unterminated character constant");
        } else if (ch === undefined || ch === "\n") {
          return fail("unterminated character constant");
        } else if (ch === "'") {
          break;
        }
        pos++;
      }
      pos++;
      emit("char");
      continue;
    }
    if (c === "$") {
      pos++;
      while (pos < input.length && isAlphaNumeric(input[pos]!)) pos++;
      emit("variable");
      continue;
    }
    if (c === "." && !/[0-9]/.test(input[pos + 1] ?? "")) {
      pos++;
      if (pos < input.length && isAlphaNumeric(input[pos]!)) {
        while (pos < input.length && isAlphaNumeric(input[pos]!)) pos++;
        emit("field");
      } else {
        emit("dot");
      }
      continue;
    }
    if (c === "+" || c === "-" || c === "." || /[0-9]/.test(c)) {
      const m =
        /^[+-]?(?:0[xX][0-9a-fA-F_]*\.?[0-9a-fA-F_]*(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|[0-9_]*\.?[0-9_]*(?:[eE][+-]?[0-9_]*)?)i?/.exec(
          input.slice(pos, pos + 200),
        );
      const len = m ? m[0].length : 0;
      if (len === 0 || !/[0-9]/.test(m![0]))
        return fail(`bad number syntax: "${input.slice(start, pos + 1)}"`);
      pos += len;
      if (pos < input.length && isAlphaNumeric(input[pos]!)) {
        pos++;
        return fail(`bad number syntax: "${input.slice(start, pos)}"`);
      }
      emit("number");
      continue;
    }
    if (isAlphaNumeric(c)) {
      while (pos < input.length && isAlphaNumeric(input[pos]!)) pos++;
      const word = input.slice(start, pos);
      if (KEYWORDS.has(word)) emit("keyword");
      else if (word === "true" || word === "false") emit("bool");
      else if (word === "nil") emit("nil");
      else emit("identifier");
      // A field chain directly after an identifier is lexed as fields by the "." branch.
      continue;
    }
    if (c === "(") {
      pos++;
      parenDepth++;
      emit("leftParen");
      continue;
    }
    if (c === ")") {
      pos++;
      // A stray ")" reaches the parser, which reports it in context.
      parenDepth--;
      emit("rightParen");
      continue;
    }
    if (c === ",") {
      pos++;
      emit("comma");
      continue;
    }
    const cp = input.codePointAt(pos)!;
    if (cp >= 0x20 && cp < 0x7f) {
      // Go emits other printable ASCII as a single-character item the parser rejects.
      pos++;
      emit("asciiChar");
      continue;
    }
    return fail(`unrecognized character in action: ${goQuoteRune(cp)}`);
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function goQuoteRune(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "U+0027 '\\''";
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")} '${ch}'`;
}
