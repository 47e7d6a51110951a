/**
 * Parser for Prometheus's promqltest script format (promql/promqltest/test.go): `load`,
 * `load_with_nhcb`, `clear`, `eval instant|range` with `expect ...` lines and expected results.
 * The parser is lenient: a malformed command becomes a command with `error` set so that the
 * runner can report it against its line instead of giving up on the whole file.
 * Native histogram literals (`{{...}}`) are parsed by histogram_literal.ts.
 */
import { type Label, type Labels, METRIC_NAME } from "../../model/labels.ts";
import type { FloatHistogram } from "../../model/float_histogram.ts";
import { STALE_NAN } from "../../model/series.ts";
import { expandHistogramSeries } from "./histogram_literal.ts";

/** One point of a sequence: a float, an omitted point (`_`) or a native histogram literal. */
export type SeqValue =
  | { kind: "float"; value: number }
  | { kind: "omitted" }
  | { kind: "histogram"; text: string; h: FloatHistogram; hintSet: boolean };

export interface SeriesDesc {
  labels: Labels;
  values: SeqValue[];
  /**
   * Start timestamps from the `@st` line before this one: per value, the offset (ms) of the
   * sample's start timestamp from its timestamp, or null when omitted.
   */
  st?: (number | null)[];
  /** Set on an `@st` line itself (its offsets are in `st`). */
  isST?: boolean;
  /** Set for series that this runner cannot load, e.g. `@st` start-timestamp series. */
  unsupported?: string;
}

export interface LoadCmd {
  kind: "load";
  line: number;
  intervalMs: number;
  withNhcb: boolean;
  series: { desc: SeriesDesc; line: number }[];
  error?: string;
}

export interface ClearCmd {
  kind: "clear";
  line: number;
}

/** `expect <type> [msg:<text>|regex:<pattern>]`; neither means "anything". */
export interface ExpectAnno {
  message?: string;
  regex?: RegExp;
}

export type ExpectType = "ordered" | "fail" | "warn" | "no_warn" | "info" | "no_info";

export interface ExpectedSeries {
  /** 1-based position among the expected lines (for `ordered`). */
  pos: number;
  labels: Labels;
  values: SeqValue[];
}

export interface EvalCmd {
  kind: "eval";
  /** 1-based line of the `eval` command. */
  line: number;
  expr: string;
  isRange: boolean;
  /** Range: start, end, step (ms). Instant: start = end = eval time, step 0. */
  start: number;
  end: number;
  step: number;
  /** Time of the instant query (ms). */
  evalTime: number;
  /** Old-style modifiers: eval_fail, eval_warn, eval_info, eval_ordered. */
  fail: boolean;
  warn: boolean;
  info: boolean;
  ordered: boolean;
  expectedFailMessage?: string;
  expectedFailRegexp?: RegExp;
  expects: Record<ExpectType, ExpectAnno[]>;
  expectScalar: boolean;
  /** Keyed by labelsKey-like string of the expected labels (see seriesKey). */
  expected: Map<string, ExpectedSeries>;
  expectedString: string;
  /** Set by `expect string` and `expect range vector`: no range-mode re-run. */
  excludeFromRangeQuery: boolean;
  /** A problem parsing this eval (the eval then fails). */
  error?: string;
  /** Why this runner cannot run this eval (e.g. native histograms in the expected result). */
  unsupported?: string;
}

export type Command = LoadCmd | ClearCmd | EvalCmd;

export interface Script {
  commands: Command[];
  /** Errors not attributable to an eval (invalid commands, bad load lines); 1-based lines. */
  errors: { line: number; message: string }[];
}

const DURATION_RE =
  /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const DURATION_UNITS = [365 * 86400_000, 7 * 86400_000, 86400_000, 3600_000, 60_000, 1000, 1];

/** Prometheus's model.ParseDuration, in ms. Throws on invalid input. */
export function parseDuration(s: string): number {
  if (s === "0") return 0;
  const m = s === "" ? null : DURATION_RE.exec(s);
  if (m === null) throw new Error(`not a valid duration string: ${JSON.stringify(s)}`);
  let ms = 0;
  let any = false;
  for (let i = 0; i < DURATION_UNITS.length; i++) {
    const g = m[i + 1];
    if (g !== undefined) {
      any = true;
      ms += Number(g) * DURATION_UNITS[i];
    }
  }
  if (!any) throw new Error(`not a valid duration string: ${JSON.stringify(s)}`);
  return ms;
}

const GO_FLOAT_RE = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?$/;
const GO_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Go's strconv.ParseInt(s, 0, 64) falling back to strconv.ParseFloat(s, 64) (decimal forms). */
export function parseGoNumber(s: string): number | undefined {
  const sp = GO_SPECIAL_RE.exec(s);
  if (sp !== null) {
    if (sp[2].toLowerCase() === "nan") return sp[1] === "" ? Number.NaN : undefined;
    return sp[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)$/.exec(s);
  if (hex !== null) return (hex[1] === "-" ? -1 : 1) * Number.parseInt(hex[2], 16);
  const oct = /^([+-]?)0([0-7]+)$/.exec(s);
  if (oct !== null) return (oct[1] === "-" ? -1 : 1) * Number.parseInt(oct[2], 8);
  if (!GO_FLOAT_RE.test(s)) return undefined;
  const v = Number(s.replaceAll("_", ""));
  return Number.isNaN(v) ? undefined : v;
}

const NUMBER_SRC = String.raw`(?:[+-]?(?:[Ii]nf|NaN|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))`;
const UNSIGNED_SRC = String.raw`(?:[Ii]nf|NaN|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)`;
const VALUE_TOKEN_RE = new RegExp(
  `^(${NUMBER_SRC}|stale)(?:(?:([+-])(${UNSIGNED_SRC}))?x(\\d+))?$`,
);

function parseSeqNumber(s: string): number {
  if (s === "stale") return STALE_NAN;
  const sign = s[0] === "-" ? -1 : 1;
  const body = s[0] === "+" || s[0] === "-" ? s.slice(1) : s;
  if (body === "Inf" || body === "inf") return sign * Number.POSITIVE_INFINITY;
  if (body === "NaN" || body === "nan") return Number.NaN;
  return sign * Number(body);
}

/** Expands one whitespace-free value token (`1`, `1+2x3`, `_x4`, `stale`, ...). */
export function expandValueToken(tok: string): SeqValue[] {
  if (tok === "_") return [{ kind: "omitted" }];
  const blank = /^_x(\d+)$/.exec(tok);
  if (blank !== null) {
    const n = Number(blank[1]);
    const out: SeqValue[] = [];
    for (let i = 0; i < n; i++) out.push({ kind: "omitted" });
    return out;
  }
  const m = VALUE_TOKEN_RE.exec(tok);
  if (m === null) throw new Error(`invalid value ${JSON.stringify(tok)}`);
  const base = parseSeqNumber(m[1]);
  if (m[4] === undefined) return [{ kind: "float", value: base }];
  const n = Number(m[4]);
  let step = 0;
  if (m[2] !== undefined) {
    if (m[1] === "stale")
      throw new Error(`invalid value ${JSON.stringify(tok)}: stale cannot be incremented`);
    step = parseSeqNumber(m[3]);
    if (m[2] === "-") step = -step;
  }
  const out: SeqValue[] = [];
  let v = base;
  for (let i = 0; i <= n; i++) {
    out.push({ kind: "float", value: v });
    if (step !== 0) v += step;
  }
  return out;
}

/** Reads a Go/PromQL quoted string starting at s[i]; returns the value and the index after it. */
export function readQuoted(s: string, i: number): { value: string; end: number } {
  const q = s[i];
  if (q === "`") {
    const j = s.indexOf("`", i + 1);
    if (j < 0) throw new Error("unterminated raw string");
    return { value: s.slice(i + 1, j), end: j + 1 };
  }
  if (q !== '"' && q !== "'")
    throw new Error(`expected quoted string at ${JSON.stringify(s.slice(i))}`);
  let out = "";
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === q) return { value: out, end: j + 1 };
    if (c !== "\\") {
      out += c;
      j++;
      continue;
    }
    const e = s[j + 1];
    j += 2;
    switch (e) {
      case "a":
        out += "\x07";
        break;
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "\t";
        break;
      case "v":
        out += "\v";
        break;
      case "\\":
      case "'":
      case '"':
        out += e;
        break;
      case "x": {
        // \xHH is a raw byte in Go; decode consecutive bytes as UTF-8 where possible.
        const bytes: number[] = [];
        let k = j - 2;
        while (
          s[k] === "\\" &&
          s[k + 1] === "x" &&
          /^[0-9a-fA-F]{2}$/.test(s.slice(k + 2, k + 4))
        ) {
          bytes.push(Number.parseInt(s.slice(k + 2, k + 4), 16));
          k += 4;
        }
        if (bytes.length === 0) throw new Error("invalid \\x escape");
        out += decodeBytes(bytes);
        j = k;
        break;
      }
      case "u":
      case "U": {
        const len = e === "u" ? 4 : 8;
        const hex = s.slice(j, j + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len)
          throw new Error(`invalid \\${e} escape`);
        out += String.fromCodePoint(Number.parseInt(hex, 16));
        j += len;
        break;
      }
      default: {
        if (e !== undefined && e >= "0" && e <= "7") {
          const oct = s.slice(j - 1, j + 2);
          if (!/^[0-7]{3}$/.test(oct)) throw new Error("invalid octal escape");
          out += String.fromCharCode(Number.parseInt(oct, 8));
          j += 2;
          break;
        }
        throw new Error(`unknown escape sequence \\${e ?? ""}`);
      }
    }
  }
  throw new Error("unterminated quoted string");
}

function decodeBytes(bytes: number[]): string {
  // Invalid UTF-8 bytes: keep them one char per byte (Go keeps raw bytes in strings).
  const buf = Buffer.from(bytes);
  const utf = buf.toString("utf8");
  return utf.includes("\uFFFD") ? buf.toString("latin1") : utf;
}

const NAME_START = /[a-zA-Z_:]/;
const NAME_CHAR = /[a-zA-Z0-9_:]/;

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === " " || s[i] === "\t")) i++;
  return i;
}

/** Parses `metric{a="b", "c.d"='e'}` (either part optional) at the start of s. */
export function parseLabelsPrefix(s: string): { labels: Labels; end: number } {
  const ls: Label[] = [];
  let i = 0;
  if (i < s.length && NAME_START.test(s[i])) {
    let j = i + 1;
    while (j < s.length && NAME_CHAR.test(s[j])) j++;
    ls.push({ name: METRIC_NAME, value: s.slice(i, j) });
    i = j;
  }
  if (s[i] === "{") {
    i++;
    for (;;) {
      i = skipSpaces(s, i);
      if (s[i] === "}") {
        i++;
        break;
      }
      let name: string;
      if (s[i] === '"' || s[i] === "'" || s[i] === "`") {
        const q = readQuoted(s, i);
        name = q.value;
        i = skipSpaces(s, q.end);
        if (s[i] === "," || s[i] === "}") {
          ls.push({ name: METRIC_NAME, value: name });
          if (s[i] === ",") i++;
          continue;
        }
      } else {
        let j = i;
        while (j < s.length && NAME_CHAR.test(s[j])) j++;
        if (j === i)
          throw new Error(
            `unexpected character in label set: ${JSON.stringify(s.slice(i, i + 10))}`,
          );
        name = s.slice(i, j);
        i = skipSpaces(s, j);
      }
      if (s[i] !== "=") throw new Error(`expected "=" after label name ${JSON.stringify(name)}`);
      i = skipSpaces(s, i + 1);
      const v = readQuoted(s, i);
      ls.push({ name, value: v.value });
      i = skipSpaces(s, v.end);
      if (s[i] === ",") {
        i++;
        continue;
      }
      if (s[i] === "}") {
        i++;
        break;
      }
      throw new Error(`unexpected character in label set: ${JSON.stringify(s.slice(i, i + 10))}`);
    }
  } else if (ls.length === 0) {
    throw new Error(`expected metric name or label set at ${JSON.stringify(s.slice(0, 20))}`);
  }
  const seen = new Map<string, string>();
  for (const l of ls) {
    if (seen.has(l.name)) throw new Error(`duplicate label name ${JSON.stringify(l.name)}`);
    seen.set(l.name, l.value);
  }
  const out = ls.filter((l) => l.value !== "");
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { labels: out, end: i };
}

/** Splits a value list into tokens, keeping `{{...}}` histogram literals (with suffixes) whole. */
function tokenizeValues(s: string): string[] {
  const toks: string[] = [];
  let i = 0;
  while (i < s.length) {
    i = skipSpaces(s, i);
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && s[j] !== " " && s[j] !== "\t") {
      if (s.startsWith("{{", j)) {
        const k = s.indexOf("}}", j + 2);
        if (k < 0) throw new Error("unterminated histogram literal");
        j = k + 2;
      } else {
        j++;
      }
    }
    toks.push(s.slice(i, j));
    i = j;
  }
  return toks;
}

function expandHistogramToken(tok: string): SeqValue[] {
  // {{h}}, {{h}}xN, {{h}}+{{d}}xN, {{h}}-{{d}}xN
  return expandHistogramSeries(tok).map((l) => ({
    kind: "histogram",
    text: tok,
    h: l.h,
    hintSet: l.hintSet,
  }));
}

/**
 * An `@st` line's offsets: `_`, `_xN`, `<dur>`, `<dur>xN`, `<dur>+<dur>xN`, `<dur>-<dur>xN`
 * (durations may be negative, e.g. `-30s-1mx2` is -30s, -90s, -150s); ms, null for omitted.
 */
export function parseSTSequence(input: string): (number | null)[] {
  const out: (number | null)[] = [];
  const dur = (x: string): number => {
    const neg = x.startsWith("-");
    const body = x.replace(/^[+-]/, "");
    const v = body === "0" ? 0 : parseDuration(body);
    return neg ? -v : v;
  };
  for (const item of input.split(/\s+/)) {
    if (item === "") continue;
    if (item === "_") {
      out.push(null);
      continue;
    }
    const blank = /^_x(\d+)$/.exec(item);
    if (blank !== null) {
      for (let i = 0; i < Number(blank[1]); i++) out.push(null);
      continue;
    }
    const m = /^([+-]?[0-9a-z]+?)(?:([+-])([0-9a-z]+?))?(?:x(\d+))?$/.exec(item);
    if (m === null) throw new Error(`invalid ST item ${JSON.stringify(item)}`);
    const base = dur(m[1]);
    if (m[4] === undefined) {
      if (m[2] !== undefined) throw new Error(`invalid ST item ${JSON.stringify(item)}`);
      out.push(base);
      continue;
    }
    const step = m[2] === undefined ? 0 : (m[2] === "-" ? -1 : 1) * dur(m[3]);
    for (let i = 0; i <= Number(m[4]); i++) out.push(base + i * step);
  }
  return out;
}

/** Prometheus's parser.ParseSeriesDesc: `<labels> <values...>`. */
export function parseSeriesDesc(line: string): SeriesDesc {
  const { labels, end } = parseLabelsPrefix(line);
  let rest = line.slice(end);
  if (rest.startsWith("@st")) {
    return { labels, values: [], st: parseSTSequence(rest.slice(3).trim()), isST: true };
  }
  if (rest.length > 0 && rest[0] !== " " && rest[0] !== "\t") {
    throw new Error(`unexpected ${JSON.stringify(rest.slice(0, 10))} after label set`);
  }
  rest = rest.trim();
  const values: SeqValue[] = [];
  for (const tok of tokenizeValues(rest)) {
    if (tok.startsWith("{{")) values.push(...expandHistogramToken(tok));
    else values.push(...expandValueToken(tok));
  }
  return { labels, values };
}

/** A key identifying a label set exactly (same as labelsKey in model/labels.ts). */
export function seriesKey(ls: Labels): string {
  let s = "";
  for (const l of ls) s += l.name + "\xff" + l.value + "\xff";
  return s;
}

const PAT_LOAD = /^load(?:_(with_nhcb))?\s+(.+?)$/;
const PAT_EVAL_INSTANT = /^eval(?:_(fail|warn|ordered|info))?\s+instant\s+(?:at\s+(.+?))?\s+(.+)$/;
const PAT_EVAL_RANGE =
  /^eval(?:_(fail|warn|info))?\s+range\s+from\s+(.+)\s+to\s+(.+)\s+step\s+(.+?)\s+(.+)$/;
const PAT_EXPECT = /^expect\s+(ordered|fail|warn|no_warn|info|no_info)(?:\s+(regex|msg):(.+))?$/;
const PAT_EXPECT_RANGE = /^expect range vector\s+from\s+(.+)\s+to\s+(.+)\s+step\s+(.+)$/;
const EXPECT_STRING_PREFIX = "expect string";

/** Compiles a Go regexp for `regex:` expectations; unanchored search like Go's MatchString. */
export function compileGoRegex(pattern: string): RegExp {
  // Go's RE2 syntax is close to JS for the patterns used in test files; (?s) etc. are not.
  let flags = "";
  let p = pattern;
  const inline = /^\(\?([imsU]+)\)/.exec(p);
  if (inline !== null) {
    for (const f of inline[1]) if (f !== "U" && !flags.includes(f)) flags += f;
    p = p.slice(inline[0].length);
  }
  return new RegExp(p, flags + "u");
}

function emptyExpects(): Record<ExpectType, ExpectAnno[]> {
  return { ordered: [], fail: [], warn: [], no_warn: [], info: [], no_info: [] };
}

function newEval(line: number, expr: string): EvalCmd {
  return {
    kind: "eval",
    line,
    expr,
    isRange: false,
    start: 0,
    end: 0,
    step: 0,
    evalTime: 0,
    fail: false,
    warn: false,
    info: false,
    ordered: false,
    expects: emptyExpects(),
    expectScalar: false,
    expected: new Map(),
    expectedString: "",
    excludeFromRangeQuery: false,
  };
}

function parseExpectLine(cmd: EvalCmd, defLine: string): void {
  const m = PAT_EXPECT.exec(defLine.trim());
  if (m === null)
    throw new Error(
      "invalid expect statement, must match `expect <type> <match_type>: <string>` format",
    );
  const type = m[1] as ExpectType;
  const anno: ExpectAnno = {};
  if (m[2] === "msg") anno.message = m[3].trim();
  else if (m[2] === "regex") {
    const pattern = m[3].trim();
    try {
      anno.regex = compileGoRegex(pattern);
    } catch {
      throw new Error(`invalid regex ${pattern} for ${type}`);
    }
  } else anno.regex = /^.*$/s;
  cmd.expects[type].push(anno);
  if (cmd.expects.info.length > 0 && cmd.expects.no_info.length > 0) {
    throw new Error("invalid expect lines, info and no_info cannot be used together");
  }
  if (cmd.expects.warn.length > 0 && cmd.expects.no_warn.length > 0) {
    throw new Error("invalid expect lines, warn and no_warn cannot be used together");
  }
  if (cmd.expects.fail.length > 1)
    throw new Error("invalid expect lines, multiple expect fail lines are not allowed");
}

/** Returns the index of the last line consumed. */
function parseEval(lines: string[], i: number, commands: Command[]): number {
  const line = lines[i];
  const inst = PAT_EVAL_INSTANT.exec(line);
  const rng = inst === null ? PAT_EVAL_RANGE.exec(line) : null;
  if (inst === null && rng === null) {
    const cmd = newEval(i + 1, line);
    cmd.error =
      "invalid evaluation command. Must be either 'eval[_fail|_warn|_ordered] instant [at <offset:duration>] <query>' or 'eval[_fail|_warn] range from <from> to <to> step <step> <query>'";
    commands.push(cmd);
    // Skip the block.
    while (i + 1 < lines.length && lines[i + 1] !== "") i++;
    return i;
  }
  const expr = inst !== null ? inst[3] : rng![5];
  const mod = inst !== null ? inst[1] : rng![1];
  const cmd = newEval(i + 1, expr);
  commands.push(cmd);
  const fail = (msg: string): number => {
    cmd.error = msg;
    while (i + 1 < lines.length && lines[i + 1] !== "") i++;
    return i;
  };
  try {
    if (inst !== null) {
      const at = inst[2] ?? "";
      let t: number;
      try {
        t = parseDuration(at);
      } catch (e) {
        return fail(`invalid timestamp definition ${JSON.stringify(at)}: ${(e as Error).message}`);
      }
      cmd.start = cmd.end = cmd.evalTime = t;
    } else {
      const [from, to, step] = [rng![2], rng![3], rng![4]];
      const r = parseRangeDurations(from, to, step);
      cmd.isRange = true;
      cmd.start = r.from;
      cmd.end = r.to;
      cmd.step = r.step;
      cmd.evalTime = r.from;
    }
  } catch (e) {
    return fail((e as Error).message);
  }
  if (mod === "ordered") cmd.ordered = true;
  else if (mod === "fail") cmd.fail = true;
  else if (mod === "warn") cmd.warn = true;
  else if (mod === "info") cmd.info = true;

  let expectRangeVector = false;
  for (let j = 1; i + 1 < lines.length; j++) {
    i++;
    const defLine = lines[i];
    if (defLine.length === 0) {
      i--;
      break;
    }
    try {
      if (cmd.fail && defLine.startsWith("expected_fail_message")) {
        cmd.expectedFailMessage = defLine.slice("expected_fail_message".length).trim();
        break;
      }
      if (cmd.fail && defLine.startsWith("expected_fail_regexp")) {
        const pattern = defLine.slice("expected_fail_regexp".length).trim();
        cmd.expectedFailRegexp = compileGoRegex(pattern);
        break;
      }
      if (defLine.startsWith("expect range vector")) {
        const m = PAT_EXPECT_RANGE.exec(defLine);
        if (m === null)
          throw new Error(`invalid range vector definition ${JSON.stringify(defLine)}`);
        const r = parseRangeDurations(m[1], m[2], m[3]);
        expectRangeVector = true;
        cmd.start = r.from;
        cmd.end = r.to;
        cmd.step = r.step;
        cmd.evalTime = r.to;
        cmd.excludeFromRangeQuery = true;
        continue;
      }
      if (defLine.startsWith(EXPECT_STRING_PREFIX)) {
        if (defLine === EXPECT_STRING_PREFIX) {
          throw new Error(
            "expected string literal not valid - a quoted string literal is required",
          );
        }
        const str = defLine.startsWith(EXPECT_STRING_PREFIX + " ")
          ? defLine.slice(EXPECT_STRING_PREFIX.length + 1)
          : "";
        if (str.length === 0)
          throw new Error(
            "expected string literal not valid - a quoted string literal is required",
          );
        let q: { value: string; end: number };
        try {
          q = readQuoted(str, 0);
        } catch {
          throw new Error(
            "expected string literal not valid - check that the string is correctly quoted",
          );
        }
        if (q.end !== str.length) {
          throw new Error(
            "expected string literal not valid - check that the string is correctly quoted",
          );
        }
        cmd.expectedString = q.value;
        cmd.excludeFromRangeQuery = true;
        continue;
      }
      if (defLine.split(" ")[0] === "expect") {
        parseExpectLine(cmd, defLine);
        j--;
        continue;
      }
      const f = parseGoNumber(defLine);
      if (f !== undefined) {
        cmd.expectScalar = true;
        cmd.expected.clear();
        cmd.expected.set("", { pos: 0, labels: [], values: [{ kind: "float", value: f }] });
        break;
      }
      const desc = parseSeriesDesc(defLine);
      if (desc.values.length > 1 && !cmd.isRange && !expectRangeVector) {
        throw new Error(
          "expecting multiple values in instant evaluation not allowed. consider using 'expect range vector' directive to enable a range vector result for an instant query",
        );
      }
      cmd.expectScalar = false;
      cmd.expected.set(seriesKey(desc.labels), {
        pos: j,
        labels: desc.labels,
        values: desc.values,
      });
    } catch (e) {
      cmd.error = `error in eval ${expr} (line ${cmd.line}): ${(e as Error).message}`;
    }
  }
  return i;
}

function parseRangeDurations(
  from: string,
  to: string,
  step: string,
): { from: number; to: number; step: number } {
  let f: number;
  let t: number;
  let s: number;
  try {
    f = parseDuration(from);
  } catch (e) {
    throw new Error(
      `invalid start timestamp definition ${JSON.stringify(from)}: ${(e as Error).message}`,
    );
  }
  try {
    t = parseDuration(to);
  } catch (e) {
    throw new Error(
      `invalid end timestamp definition ${JSON.stringify(to)}: ${(e as Error).message}`,
    );
  }
  if (t < f)
    throw new Error(
      `invalid test definition, end timestamp (${to}) is before start timestamp (${from})`,
    );
  try {
    s = parseDuration(step);
  } catch (e) {
    throw new Error(`invalid step definition ${JSON.stringify(step)}: ${(e as Error).message}`);
  }
  return { from: f, to: t, step: s };
}

function parseLoad(
  lines: string[],
  i: number,
  commands: Command[],
  errors: Script["errors"],
): number {
  const m = PAT_LOAD.exec(lines[i]);
  const cmd: LoadCmd = { kind: "load", line: i + 1, intervalMs: 0, withNhcb: false, series: [] };
  commands.push(cmd);
  if (m === null) {
    cmd.error = "invalid load command. (load[_with_nhcb] <step:duration>)";
  } else {
    cmd.withNhcb = m[1] === "with_nhcb";
    try {
      cmd.intervalMs = parseDuration(m[2]);
    } catch (e) {
      cmd.error = `invalid step definition ${JSON.stringify(m[2])}: ${(e as Error).message}`;
    }
  }
  if (cmd.error !== undefined) errors.push({ line: i + 1, message: cmd.error });
  let pendingST: (number | null)[] | undefined;
  while (i + 1 < lines.length) {
    i++;
    const defLine = lines[i];
    if (defLine.length === 0) {
      i--;
      break;
    }
    try {
      const desc = parseSeriesDesc(defLine);
      if (desc.isST) pendingST = desc.st;
      else {
        if (pendingST !== undefined) desc.st = pendingST;
        pendingST = undefined;
        cmd.series.push({ desc, line: i + 1 });
      }
    } catch (e) {
      const msg = `${i + 1}: ${(e as Error).message}`;
      errors.push({ line: i + 1, message: msg });
      cmd.error ??= msg;
    }
  }
  return i;
}

/** Trimmed lines with comment lines blanked (comments end blocks, as upstream). */
function getLines(input: string): string[] {
  return input.split("\n").map((l) => {
    const t = l.trim();
    return t.startsWith("#") ? "" : t;
  });
}

export function parseScript(input: string): Script {
  const lines = getLines(input);
  const commands: Command[] = [];
  const errors: Script["errors"] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length === 0) continue;
    const c = l.split(/[\t ]+/, 1)[0].toLowerCase();
    if (c === "clear") commands.push({ kind: "clear", line: i + 1 });
    else if (c.startsWith("load")) i = parseLoad(lines, i, commands, errors);
    else if (c.startsWith("eval")) i = parseEval(lines, i, commands);
    else {
      errors.push({ line: i + 1, message: `invalid command ${JSON.stringify(l)}` });
      while (i + 1 < lines.length && lines[i + 1] !== "") i++;
    }
  }
  return { commands, errors };
}
