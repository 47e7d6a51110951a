// Go's fmt package over the template value model (values.ts): Sprint, Sprintln and Sprintf
// with Go's verbs, flags, widths and precisions, and Go's float formatting (shortest %v,
// exact round-half-even %e/%f/%g).

import { goQuote } from "./quote.ts";
import { byteLength, isMap, mapGet, sortedKeys, typeName } from "./values.ts";

/** Values that format themselves like a Go fmt.Stringer. */
export interface Stringer {
  String(): string;
}

function stringerOf(v: unknown): Stringer | undefined {
  if (typeof v === "object" && v !== null && !Array.isArray(v) && !isMap(v)) {
    const s = (v as { String?: unknown }).String;
    if (typeof s === "function") return v as Stringer;
    const e = (v as { Error?: unknown }).Error;
    if (typeof e === "function") return { String: () => (v as { Error(): string }).Error() };
    if (v instanceof Error) return { String: () => v.message };
  }
  return undefined;
}

// ---- floats ----

/** Exact decimal expansion of a finite positive double: digits (no leading zeros) and the
 * decimal point position: value = 0.d1d2d3... * 10^dp. */
function exactDecimal(x: number): { d: string; dp: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (exp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = exp - 1075;
  }
  let digits: string;
  let dp: number;
  if (e2 >= 0) {
    digits = (mant << BigInt(e2)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e2)).toString();
    dp = digits.length + e2;
  }
  const stripped = digits.replace(/0+$/, "");
  const lead = stripped.length - stripped.replace(/^0+/, "").length;
  return { d: stripped.slice(lead), dp: dp - lead };
}

/** Shortest round-trip decimal digits of a finite positive double. */
function shortestDecimal(x: number): { d: string; dp: number } {
  const s = x.toExponential(); // shortest digits, like Go's 'e' with precision -1
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const d = (m[1]! + (m[2] ?? "")).replace(/0+$/, "") || "0";
  return { d, dp: Number(m[3]) + 1 };
}

/** Rounds decimal digits to `nd` digits, half to even on exact ties (strconv's rule). */
function roundDigits(dec: { d: string; dp: number }, nd: number): { d: string; dp: number } {
  if (nd < 0) return { d: "", dp: dec.dp };
  if (dec.d.length <= nd) return dec;
  const next = dec.d.charCodeAt(nd) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (nd + 1 < dec.d.length) up = true;
  else up = nd > 0 && (dec.d.charCodeAt(nd - 1) - 48) % 2 === 1;
  let d = dec.d.slice(0, nd);
  let dp = dec.dp;
  if (up) {
    let i = nd - 1;
    const arr = d.split("");
    while (i >= 0 && arr[i] === "9") {
      arr[i] = "0";
      i--;
    }
    if (i < 0) {
      arr.unshift("1");
      arr.pop();
      dp++;
      if (arr.length === 0) arr.push("1");
    } else arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
    d = arr.join("");
  }
  d = d.replace(/0+$/, "");
  return { d, dp };
}

function fmtE(dec: { d: string; dp: number }, prec: number, upper: boolean): string {
  // prec = digits after the point; -1 = shortest
  const d = dec.d || "0";
  const exp = dec.d === "" ? 0 : dec.dp - 1;
  let frac = d.slice(1);
  if (prec >= 0) frac = frac.padEnd(prec, "0").slice(0, prec);
  let s = d[0]!;
  if (frac.length > 0) s += `.${frac}`;
  const ae = Math.abs(exp);
  s += `${upper ? "E" : "e"}${exp < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  return s;
}

function fmtF(dec: { d: string; dp: number }, prec: number): string {
  let intPart: string;
  let frac: string;
  if (dec.d === "") {
    intPart = "0";
    frac = "";
  } else if (dec.dp <= 0) {
    intPart = "0";
    frac = "0".repeat(-dec.dp) + dec.d;
  } else if (dec.dp >= dec.d.length) {
    intPart = dec.d + "0".repeat(dec.dp - dec.d.length);
    frac = "";
  } else {
    intPart = dec.d.slice(0, dec.dp);
    frac = dec.d.slice(dec.dp);
  }
  if (prec >= 0) frac = frac.padEnd(prec, "0").slice(0, prec);
  return frac.length > 0 ? `${intPart}.${frac}` : intPart;
}

/**
 * strconv.FormatFloat(abs(x), verb, prec, 64) for finite x >= 0 without the sign.
 * verb: e E f F g G; prec -1 = shortest.
 */
function formatAbsFloat(x: number, verb: string, prec: number): string {
  const shortest = prec < 0;
  let dec: { d: string; dp: number };
  if (x === 0) dec = { d: "", dp: 0 };
  else if (shortest) dec = shortestDecimal(x);
  else {
    const exact = exactDecimal(x);
    switch (verb) {
      case "e":
      case "E":
        dec = roundDigits(exact, prec + 1);
        break;
      case "f":
      case "F":
        dec = roundDigits(exact, exact.dp + prec);
        break;
      default:
        dec = roundDigits(exact, prec === 0 ? 1 : prec);
    }
  }
  switch (verb) {
    case "e":
    case "E":
      return fmtE(dec, shortest ? -1 : prec, verb === "E");
    case "f":
    case "F":
      return fmtF(dec, shortest ? Math.max(dec.d.length - dec.dp, 0) : prec);
  }
  // %g, following strconv: prec is the number of significant digits.
  const nd = dec.d.length;
  let p = shortest ? nd : prec === 0 ? 1 : prec;
  let eprec = p;
  if (eprec > nd && nd >= dec.dp) eprec = nd;
  if (shortest) eprec = shortestExpThreshold;
  const exp = dec.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (p > nd) p = nd;
    return fmtE(dec, Math.max(p - 1, 0), verb === "G");
  }
  if (p > dec.dp) p = nd;
  return fmtF(dec, Math.max(p - dec.dp, 0));
}

/** Exponent threshold of the shortest %g form (strconv uses 6). */
const shortestExpThreshold = 6;

interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number; // -1 = none
  prec: number; // -1 = none
  plusV: boolean;
  sharpV: boolean;
}

const NO_FLAGS: Flags = {
  plus: false,
  minus: false,
  sharp: false,
  space: false,
  zero: false,
  width: -1,
  prec: -1,
  plusV: false,
  sharpV: false,
};

function pad(s: string, f: Flags, zeroOk = true): string {
  const n = f.width - [...s].length;
  if (n <= 0) return s;
  if (f.minus) return s + " ".repeat(n);
  if (f.zero && zeroOk) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : "";
    return sign + "0".repeat(n) + s.slice(sign.length);
  }
  return " ".repeat(n) + s;
}

/** Formats a float64 for a float verb (v e E f F g G b x X). */
export function formatFloat(x: number, verb: string, f: Flags = NO_FLAGS): string {
  let body: string;
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (Number.isNaN(x)) body = "NaN";
  else if (!Number.isFinite(x)) body = "Inf";
  else {
    const v = verb === "v" ? "g" : verb;
    const prec = f.prec >= 0 ? f.prec : verb === "v" || v === "g" || v === "G" ? -1 : 6;
    body = formatAbsFloat(ax, v, prec);
  }
  let sign = "";
  if (neg && !Number.isNaN(x)) sign = "-";
  else if (f.plus || Number.isNaN(x) ? f.plus : false) sign = "+";
  else if (f.plus) sign = "+";
  else if (f.space) sign = " ";
  if (Number.isNaN(x)) sign = f.plus ? "+" : f.space ? " " : "";
  // Go always shows the sign of an infinity ("+Inf"), a space flag replaces "+".
  if (!Number.isFinite(x) && !Number.isNaN(x) && !neg) sign = f.space && !f.plus ? " " : "+";
  const s = sign + body;
  return pad(s, f, Number.isFinite(x));
}

/** %v of a float64 with no flags: Go's shortest 'g' form (1e+06, 0.0001, 1e-05). */
export function formatFloatV(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Number.POSITIVE_INFINITY) return "+Inf";
  if (x === Number.NEGATIVE_INFINITY) return "-Inf";
  const s = formatAbsFloat(Math.abs(x), "g", -1);
  return x < 0 || Object.is(x, -0) ? `-${s}` : s;
}

function formatInt(v: bigint, verb: string, f: Flags): string {
  const neg = v < 0n;
  let a = neg ? -v : v;
  let digits: string;
  let prefix = "";
  switch (verb) {
    case "b":
      digits = a.toString(2);
      if (f.sharp) prefix = "0b";
      break;
    case "o":
      digits = a.toString(8);
      if (f.sharp) prefix = "0";
      break;
    case "O":
      digits = a.toString(8);
      prefix = "0o";
      break;
    case "x":
      digits = a.toString(16);
      if (f.sharp) prefix = "0x";
      break;
    case "X":
      digits = a.toString(16).toUpperCase();
      if (f.sharp) prefix = "0X";
      break;
    case "c":
      return pad(String.fromCodePoint(Number(v)), f, false);
    case "q":
      return pad(goQuoteRune(Number(v)), f, false);
    case "U": {
      let s = `U+${a.toString(16).toUpperCase().padStart(4, "0")}`;
      if (f.sharp) s += ` '${String.fromCodePoint(Number(v))}'`;
      return pad(s, f, false);
    }
    default:
      digits = a.toString(10);
  }
  a = 0n;
  if (f.prec >= 0) {
    digits = digits.padStart(f.prec, "0");
    if (f.prec === 0 && v === 0n) digits = "";
  }
  const sign = neg ? "-" : f.plus ? "+" : f.space ? " " : "";
  if (f.zero && !f.minus && f.prec < 0 && f.width > 0) {
    const n = f.width - sign.length - prefix.length;
    digits = digits.padStart(n, "0");
    return sign + prefix + digits;
  }
  return pad(sign + prefix + digits, f, false);
}

function goQuoteRune(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  const q = goQuote(ch);
  return `'${q.slice(1, -1)}'`;
}

function formatString(s: string, verb: string, f: Flags): string {
  if (f.prec >= 0) s = [...s].slice(0, f.prec).join("");
  switch (verb) {
    case "q":
      if (f.sharp && !s.includes("`")) return pad("`" + s + "`", f, false);
      return pad(goQuote(s, f.plus), f, false);
    case "x":
    case "X": {
      const bytes = Buffer.from(s, "utf8");
      let hex = "";
      for (let i = 0; i < bytes.length; i++) {
        if (f.space && i > 0) hex += " ";
        if (f.sharp && (f.space || i === 0)) hex += verb === "x" ? "0x" : "0X";
        const h = bytes[i]!.toString(16).padStart(2, "0");
        hex += verb === "X" ? h.toUpperCase() : h;
      }
      return pad(hex, f, false);
    }
    default:
      return pad(s, f, false);
  }
}

function badVerb(verb: string, v: unknown): string {
  if (v === undefined || v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(v)}=${formatValue(v, "v", NO_FLAGS, 0)})`;
}

const MAX_FORMAT_DEPTH = 100;

/** Formats one operand for one verb (fmt's printArg). */
export function formatValue(v: unknown, verb: string, f: Flags, depth: number): string {
  if (verb === "T") return pad(typeName(v), f, false);
  if (v === undefined || v === null) {
    if (verb === "v") return pad("<nil>", f, false);
    return badVerb(verb, v);
  }
  if (depth > MAX_FORMAT_DEPTH) return "...";
  switch (typeof v) {
    case "boolean":
      if (verb === "v" || verb === "t") return pad(v ? "true" : "false", f, false);
      return badVerb(verb, v);
    case "bigint":
      if (verb === "v") return formatInt(v, "d", f);
      if ("bcdoOqxXU".includes(verb)) return formatInt(v, verb, f);
      return badVerb(verb, v);
    case "number":
      if ("veEfFgGxX".includes(verb) && verb !== "x" && verb !== "X")
        return formatFloat(v, verb, f);
      if (verb === "x" || verb === "X") return pad(hexFloat(v, verb === "X"), f, false);
      if (verb === "b") return badVerb(verb, v);
      return badVerb(verb, v);
    case "string":
      if (verb === "v" || verb === "s" || verb === "q" || verb === "x" || verb === "X")
        return formatString(v, f.sharpV ? "q" : verb, f);
      return badVerb(verb, v);
    case "function":
      if (verb === "v" || verb === "p") return pad("0x1", f, false);
      return badVerb(verb, v);
  }
  const st = stringerOf(v);
  if (st && (verb === "v" || verb === "s" || verb === "q" || verb === "x" || verb === "X")) {
    return formatString(String(st.String()), verb, f);
  }
  if (Array.isArray(v)) {
    if (
      verb === "s" ||
      verb === "v" ||
      verb === "q" ||
      verb === "d" ||
      "xXeEfFgGtbocU".includes(verb)
    ) {
      const parts = v.map((x) => formatValue(x, verb, { ...f, width: f.width }, depth + 1));
      return `[${parts.join(" ")}]`;
    }
    return badVerb(verb, v);
  }
  if (v instanceof Uint8Array) {
    return formatString(Buffer.from(v).toString("utf8"), verb, f);
  }
  if (isMap(v)) {
    const keys = sortedKeys(v);
    const parts = keys.map(
      (k) =>
        `${formatValue(k, verb, f, depth + 1)}:${formatValue(mapGet(v, k), verb, f, depth + 1)}`,
    );
    return `map[${parts.join(" ")}]`;
  }
  // struct: {field1 field2}
  const fields = Object.keys(v as object).filter(
    (k) => typeof (v as Record<string, unknown>)[k] !== "function",
  );
  const parts = fields.map((k) => {
    const s = formatValue((v as Record<string, unknown>)[k], verb, f, depth + 1);
    return f.plusV ? `${k}:${s}` : s;
  });
  return `{${parts.join(" ")}}`;
}

function hexFloat(x: number, upper: boolean): string {
  if (!Number.isFinite(x)) return formatFloatV(x);
  if (x === 0) return upper ? "0X0P+00" : "0x0p+00";
  const neg = x < 0;
  let m = Math.abs(x);
  let e = Math.floor(Math.log2(m));
  m = m / 2 ** e;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  let frac = "";
  let r = m - 1;
  while (r > 0 && frac.length < 13) {
    r *= 16;
    const d = Math.floor(r);
    frac += d.toString(16);
    r -= d;
  }
  const ae = Math.abs(e);
  let s = `${neg ? "-" : ""}0x1${frac ? `.${frac}` : ""}p${e < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  if (upper) s = s.toUpperCase();
  return s;
}

/** fmt.Sprint: operands joined, with a space between two operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== "string" && typeof args[i - 1] !== "string") out += " ";
    out += formatValue(a, "v", NO_FLAGS, 0);
  }
  return out;
}

/** fmt.Sprintln: operands always separated by spaces, newline appended. */
export function sprintln(args: readonly unknown[]): string {
  return args.map((a) => formatValue(a, "v", NO_FLAGS, 0)).join(" ") + "\n";
}

/** Go's fmt rejects widths and precisions larger than this. */
const MAX_WIDTH = 1_000_000n;

/** fmt.Sprintf with Go's verbs and error annotations (%!d(string=x), %!(EXTRA ...)). */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = "";
  let argNum = 0;
  let reordered = false;
  const n = format.length;
  let i = 0;
  while (i < n) {
    const pct = format.indexOf("%", i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const f: Flags = { ...NO_FLAGS };
    // flags
    for (; i < n; i++) {
      const c = format[i];
      if (c === "#") f.sharp = true;
      else if (c === "0") f.zero = !f.minus;
      else if (c === "+") f.plus = true;
      else if (c === "-") {
        f.minus = true;
        f.zero = false;
      } else if (c === " ") f.space = true;
      else break;
    }
    // argument index
    const argIndex = (): void => {
      if (format[i] !== "[") return;
      const close = format.indexOf("]", i);
      const idx = close > 0 ? Number(format.slice(i + 1, close)) : Number.NaN;
      reordered = true;
      if (Number.isInteger(idx) && idx >= 1 && idx <= args.length) argNum = idx - 1;
      else argNum = args.length + 1;
      i = close > 0 ? close + 1 : n;
    };
    argIndex();
    // width (Go rejects widths and precisions beyond 1e6)
    if (format[i] === "*") {
      i++;
      const w = args[argNum++];
      if (typeof w === "bigint" && w <= MAX_WIDTH && w >= -MAX_WIDTH) {
        f.width = Number(w);
        if (f.width < 0) {
          f.minus = true;
          f.zero = false;
          f.width = -f.width;
        }
      } else out += "%!(BADWIDTH)";
    } else {
      const m = /^\d+/.exec(format.slice(i, i + 20));
      if (m) {
        if (BigInt(m[0]) > MAX_WIDTH) {
          out += "%!(NOVERB)";
          break;
        }
        f.width = Number(m[0]);
        i += m[0].length;
      }
    }
    // precision
    if (format[i] === ".") {
      i++;
      argIndex();
      if (format[i] === "*") {
        i++;
        const p = args[argNum++];
        if (typeof p === "bigint" && p >= 0n && p <= MAX_WIDTH) f.prec = Number(p);
        else out += "%!(BADPREC)";
      } else {
        const m = /^\d+/.exec(format.slice(i, i + 20));
        if (m && BigInt(m[0]) > MAX_WIDTH) {
          out += "%!(NOVERB)";
          break;
        }
        f.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    argIndex();
    if (i >= n) {
      out += "%!(NOVERB)";
      break;
    }
    const cp = format.codePointAt(i)!;
    const verb = String.fromCodePoint(cp);
    i += verb.length;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argNum++];
    if (verb === "v") {
      if (f.sharp) {
        f.sharpV = true;
        f.sharp = false;
      }
      if (f.plus) {
        f.plusV = true;
        f.plus = false;
      }
    }
    if (verb === "w") {
      out += formatValue(arg, "v", f, 0);
      continue;
    }
    out += formatValue(arg, verb, f, 0);
  }
  if (!reordered && argNum < args.length) {
    out += "%!(EXTRA ";
    out += args
      .slice(argNum)
      .map((a) =>
        a === undefined || a === null
          ? "<nil>"
          : `${typeName(a)}=${formatValue(a, "v", NO_FLAGS, 0)}`,
      )
      .join(", ");
    out += ")";
  }
  return out;
}

/** Length in bytes of a formatted string; exported for callers that enforce output limits. */
export function formattedBytes(s: string): number {
  return byteLength(s);
}
