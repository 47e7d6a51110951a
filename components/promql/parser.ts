/**
 * PromQL parser: lezer-promql's concrete syntax tree turned into the typed AST of ast.ts, with
 * Prometheus's type checks. `parseExpr` throws ParseError; `formatExpr` prints the canonical form.
 */
import type { SyntaxNode } from "@lezer/common";
import { parser as lezer } from "@prometheus-io/lezer-promql";
import { type Matcher, MatcherError, type MatchType, newMatcher } from "../model/matcher.ts";
import type {
  AggregateExpr,
  AggregateOp,
  BinaryExpr,
  BinaryOp,
  Call,
  Expr,
  MatrixSelector,
  PosRange,
  SubqueryExpr,
  ValueType,
  VectorMatching,
  VectorSelector,
} from "./ast.ts";
import {
  type DurNode,
  durNodeIsDynamic,
  evalDurNode,
  positionString,
  typeName,
  typeOf,
} from "./ast.ts";
import { FUNCTIONS } from "./functable.ts";

export class ParseError extends Error {
  readonly pos: PosRange;
  readonly query: string;
  /** Prometheus reports some checks without the "line:col: parse error:" prefix. */
  plain = false;
  constructor(message: string, pos: PosRange, query: string) {
    super(message);
    this.pos = pos;
    this.query = query;
  }
  /** "line:col" (1-based) of the error start. */
  position(): string {
    return positionString(this.query, this.pos.start);
  }
}

const COMPARISON_OPS = new Set<BinaryOp>(["==", "!=", ">", "<", ">=", "<="]);
const SET_OPS = new Set<BinaryOp>(["and", "or", "unless"]);
export function isComparisonOp(op: BinaryOp): boolean {
  return COMPARISON_OPS.has(op);
}
export function isSetOp(op: BinaryOp): boolean {
  return SET_OPS.has(op);
}

const OP_NODES: Record<string, BinaryOp> = {
  Pow: "^",
  Mul: "*",
  Div: "/",
  Mod: "%",
  Atan2: "atan2",
  Add: "+",
  Sub: "-",
  Eql: "==",
  Neq: "!=",
  Gte: ">=",
  Gtr: ">",
  Lte: "<=",
  Lss: "<",
  And: "and",
  Or: "or",
  Unless: "unless",
};

const DURATION_RE =
  /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNIT_MS = [365 * 86400000, 7 * 86400000, 86400000, 3600000, 60000, 1000, 1];

/** Parses a Prometheus duration like `1h30m`; returns ms or null when the text is not one. */
export function parseDuration(s: string): number | null {
  if (s === "" || s === "0") return s === "0" ? 0 : null;
  const m = DURATION_RE.exec(s);
  if (!m) return null;
  let ms = 0;
  for (let i = 0; i < 7; i++) if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * UNIT_MS[i];
  return ms;
}

/** Formats ms like Prometheus's model.Duration.String. */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0s";
  let s = "";
  if (ms < 0) {
    s = "-";
    ms = -ms;
  }
  const units = ["y", "w", "d", "h", "m", "s", "ms"];
  for (let i = 0; i < 7; i++) {
    const n = Math.floor(ms / UNIT_MS[i]);
    if (n > 0) {
      s += n + units[i];
      ms -= n * UNIT_MS[i];
    }
  }
  return s;
}

function parseNumberText(text: string): number {
  const t = text.toLowerCase();
  let sign = 1;
  let body = t;
  if (body.startsWith("+")) body = body.slice(1).trim();
  else if (body.startsWith("-")) {
    sign = -1;
    body = body.slice(1).trim();
  }
  if (body === "inf") return sign * Infinity;
  if (body === "nan") return Number.NaN;
  if (/^0x[0-9a-f]+$/.test(body)) return sign * Number.parseInt(body.slice(2), 16);
  if (/^0[0-7]+$/.test(body)) return sign * Number.parseInt(body.slice(1), 8);
  const d = parseDuration(body);
  if (d !== null && /[a-z]/.test(body)) return (sign * d) / 1000;
  const n = Number(body.replace(/_/g, ""));
  return sign * n;
}

/** Unquotes a PromQL string literal (Go escapes for '…' and "…", raw for `…`). */
export function unquoteString(text: string): string {
  const q = text[0];
  if (text.length < 2 || text[text.length - 1] !== q) throw new Error("unterminated quoted string");
  const body = text.slice(1, -1);
  if (q === "`") return body;
  if (!body.includes("\\")) return body;
  const bytes: number[] = [];
  const enc = new TextEncoder();
  const pushStr = (s: string) => {
    for (const b of enc.encode(s)) bytes.push(b);
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      const cp = body.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      pushStr(ch);
      i += ch.length - 1;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case "n":
        bytes.push(10);
        break;
      case "t":
        bytes.push(9);
        break;
      case "r":
        bytes.push(13);
        break;
      case "a":
        bytes.push(7);
        break;
      case "b":
        bytes.push(8);
        break;
      case "f":
        bytes.push(12);
        break;
      case "v":
        bytes.push(11);
        break;
      case "\\":
      case '"':
      case "'":
        bytes.push(e.charCodeAt(0));
        break;
      case "x": {
        const h = body.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new Error("invalid escape sequence");
        bytes.push(Number.parseInt(h, 16));
        i += 2;
        break;
      }
      case "u":
      case "U": {
        const n = e === "u" ? 4 : 8;
        const h = body.slice(i + 1, i + 1 + n);
        if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) throw new Error("invalid escape sequence");
        pushStr(String.fromCodePoint(Number.parseInt(h, 16)));
        i += n;
        break;
      }
      default: {
        if (e !== undefined && e >= "0" && e <= "7") {
          const o = body.slice(i, i + 3);
          if (!/^[0-7]{3}$/.test(o)) throw new Error("invalid escape sequence");
          bytes.push(Number.parseInt(o, 8));
          i += 2;
          break;
        }
        throw new Error("unknown escape sequence");
      }
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Binding strength of binary operators, as in Prometheus's grammar. */
function precedence(op: BinaryOp): number {
  switch (op) {
    case "or":
      return 1;
    case "and":
    case "unless":
      return 2;
    case "==":
    case "!=":
    case ">":
    case "<":
    case ">=":
    case "<=":
    case "</":
    case ">/":
      return 3;
    case "+":
    case "-":
      return 4;
    case "^":
      return 6;
    default:
      return 5;
  }
}

class Converter {
  readonly input: string;
  /** Binary expressions whose rhs received a postfix modifier lezer had attached to the whole. */
  readonly reassociated = new WeakSet<BinaryExpr>();
  allowEmptySelector = false;
  /** Trim operators (`</`, `>/`) by offset, given to lezer as `<=`/`>=` (see trimOps). */
  trims: ReadonlyMap<number, BinaryOp> = new Map();
  constructor(input: string) {
    this.input = input;
  }

  text(n: SyntaxNode): string {
    return this.input.slice(n.from, n.to);
  }

  fail(msg: string, n: { from: number; to: number } | PosRange): never {
    const pos = "from" in n ? { start: n.from, end: n.to } : n;
    throw new ParseError(msg, pos, this.input);
  }

  pos(n: SyntaxNode): PosRange {
    return { start: n.from, end: n.to };
  }

  children(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }

  expr(n: SyntaxNode): Expr {
    const ch = this.children(n);
    switch (n.name) {
      case "NumberDurationLiteral": {
        const t = this.text(n).replace(/\s+/g, "");
        const v = parseNumberText(t);
        const isDur = /[a-zA-Z]/.test(t) && !/inf|nan|0x/i.test(t);
        return {
          kind: "NumberLiteral",
          val: v,
          durationText: isDur ? t : undefined,
          pos: this.pos(n),
        };
      }
      case "StringLiteral":
        return { kind: "StringLiteral", val: this.unquote(n), pos: this.pos(n) };
      case "ParenExpr":
        return { kind: "ParenExpr", expr: this.expr(ch[0]), pos: this.pos(n) };
      case "UnaryExpr": {
        const op = this.text(ch[0]) as "+" | "-";
        const e = this.expr(ch[1]);
        this.checkUnary(e, n);
        if (e.kind === "NumberLiteral" && e.durationText === undefined) {
          return { kind: "NumberLiteral", val: op === "-" ? -e.val : e.val, pos: this.pos(n) };
        }
        return { kind: "UnaryExpr", op, expr: e, pos: this.pos(n) };
      }
      case "VectorSelector":
        return this.vectorSelector(n, ch);
      case "MatrixSelector": {
        const [range, rangeExpr] = this.dynDuration(ch[1]);
        return this.postfix(this.expr(ch[0]), n, (inner) => {
          if (inner.kind !== "VectorSelector")
            this.fail("ranges only allowed for vector selectors", n);
          if (inner.offset !== 0) this.fail("no offset modifiers allowed before range", n);
          if (inner.timestamp !== null || inner.startOrEnd !== null)
            this.fail("no @ modifiers allowed before range", n);
          if (!rangeExpr && range <= 0) this.fail(`range duration must be greater than 0`, ch[1]);
          const ms: MatrixSelector = {
            kind: "MatrixSelector",
            vs: inner,
            range,
            pos: { start: inner.pos.start, end: n.to },
          };
          if (rangeExpr) ms.rangeExpr = rangeExpr;
          return ms;
        });
      }
      case "SubqueryExpr": {
        const [range, rangeExpr] = this.dynDuration(ch[1]);
        const [step, stepExpr] = ch[2] ? this.dynDuration(ch[2]) : [0, undefined];
        return this.postfix(this.expr(ch[0]), n, (inner) => {
          const t = typeOf(inner);
          if (t !== "vector")
            this.fail(`subquery is only allowed on instant vector, got ${typeName(t)} instead`, n);
          if (!rangeExpr && range <= 0) this.fail("range duration must be greater than 0", ch[1]);
          if (ch[2] && !stepExpr && step <= 0)
            this.fail("step duration must be greater than 0", ch[2]);
          const sq: SubqueryExpr = {
            kind: "SubqueryExpr",
            expr: inner,
            range,
            step,
            offset: 0,
            timestamp: null,
            startOrEnd: null,
            pos: { start: inner.pos.start, end: n.to },
          };
          if (rangeExpr) sq.rangeExpr = rangeExpr;
          if (stepExpr) sq.stepExpr = stepExpr;
          return sq;
        });
      }
      case "OffsetExpr": {
        const [off, offExpr] = this.dynDuration(ch[2]);
        return this.postfix(this.expr(ch[0]), n, (inner) => {
          const target = this.modifierTarget(
            inner,
            "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery",
            n,
          );
          if (target.offset !== 0 || target.offsetExpr)
            this.fail("offset may not be set multiple times", n);
          target.offset = off;
          if (offExpr) target.offsetExpr = offExpr;
          this.extendPos(inner, n);
          return inner;
        });
      }
      case "StepInvariantExpr": {
        return this.postfix(this.expr(ch[0]), n, (inner) => {
          const target = this.modifierTarget(
            inner,
            "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery",
            n,
          );
          if (target.timestamp !== null || target.startOrEnd !== null)
            this.fail("@ <timestamp> may not be set multiple times", n);
          const arg = ch[2];
          if (arg.name === "AtModifierPreprocessors") {
            target.startOrEnd = this.text(arg).startsWith("start") ? "start" : "end";
          } else {
            const v = parseNumberText(this.text(arg).replace(/\s+/g, ""));
            if (!Number.isFinite(v))
              this.fail(`timestamp out of bounds for @ modifier: ${formatGoFloat(v)}`, arg);
            target.timestamp = Math.round(v * 1000);
          }
          this.extendPos(inner, n);
          return inner;
        });
      }
      case "FunctionCall":
        return this.call(n, ch);
      case "AggregateExpr":
        return this.aggregate(n, ch);
      case "BinaryExpr":
        return this.binary(n, ch);
      case "AnchoredExpr":
      case "SmoothedExpr": {
        const kind = n.name === "AnchoredExpr" ? "anchored" : "smoothed";
        return this.postfix(this.expr(ch[0]), n, (inner) => {
          const vs =
            inner.kind === "VectorSelector"
              ? inner
              : inner.kind === "MatrixSelector"
                ? inner.vs
                : null;
          if (!vs || (kind === "anchored" && inner.kind !== "MatrixSelector"))
            this.fail(
              `${kind} modifier must be preceded by a ${kind === "anchored" ? "range" : "vector or range"} selector`,
              n,
            );
          if (vs.ext) this.fail(`${vs.ext} modifier may not be set multiple times`, n);
          vs.ext = kind;
          this.extendPos(inner, n);
          return inner;
        });
      }
      case "⚠":
        this.syntaxError(n);
    }
    return this.fail(`unexpected ${n.name}`, n);
  }

  /**
   * lezer attaches postfix modifiers (offset, @, [range], [range:step]) to a whole binary or unary
   * expression; Prometheus binds them to the rightmost operand. Applies `f` there and re-checks.
   */
  postfix(inner: Expr, n: SyntaxNode, f: (e: Expr) => Expr): Expr {
    if (inner.kind === "BinaryExpr") {
      this.reassociated.add(inner);
      inner.rhs = this.postfix(inner.rhs, n, f);
      inner.pos = { start: inner.pos.start, end: n.to };
      this.checkBinary(inner, n);
      return inner;
    }
    if (inner.kind === "UnaryExpr") {
      inner.expr = this.postfix(inner.expr, n, f);
      inner.pos = { start: inner.pos.start, end: n.to };
      this.checkUnary(inner.expr, n);
      return inner;
    }
    return f(inner);
  }

  checkUnary(e: Expr, n: SyntaxNode): void {
    const t = typeOf(e);
    if (t !== "scalar" && t !== "vector")
      this.fail(
        `unary expression only allowed on expressions of type scalar or instant vector, got "${typeName(t)}"`,
        n,
      );
  }

  extendPos(e: Expr, n: SyntaxNode): void {
    e.pos = { start: e.pos.start, end: n.to };
  }

  modifierTarget(e: Expr, msg: string, n: SyntaxNode): VectorSelector | SubqueryExpr {
    if (e.kind === "VectorSelector" || e.kind === "SubqueryExpr") return e;
    if (e.kind === "MatrixSelector") return e.vs;
    return this.fail(msg, n);
  }

  syntaxError(n: SyntaxNode): never {
    if (n.from >= this.input.length) this.fail("unexpected end of input", n);
    const before = /([a-zA-Z_:][a-zA-Z0-9_:]*)\s*$/.exec(this.input.slice(0, n.from));
    if (
      before &&
      this.input.slice(n.from).trimStart().startsWith("(") &&
      !FUNCTIONS.has(before[1])
    ) {
      const kw = before[1].toLowerCase();
      if (
        ![
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "offset",
        ].includes(kw)
      )
        this.fail(`unknown function with name ${JSON.stringify(before[1])}`, {
          start: before.index,
          end: n.from,
        });
    }
    const rest = this.input.slice(n.from, Math.max(n.to, n.from + 1));
    return this.fail(`unexpected character: ${JSON.stringify(rest)}`, n);
  }

  unquote(n: SyntaxNode): string {
    try {
      return unquoteString(this.text(n));
    } catch (e) {
      return this.fail((e as Error).message, n);
    }
  }

  /** A DurationExpr / OffsetDurationExpr / number-in-duration-context, in ms (static only). */
  durationExpr(n: SyntaxNode): number {
    const d = this.durNode(n);
    if (durNodeIsDynamic(d))
      this.fail(
        "step() and range() are only allowed in durations of range, subquery and offset",
        n,
      );
    return this.staticDuration(d, n);
  }

  staticDuration(d: DurNode, n: SyntaxNode): number {
    const check = (x: DurNode): void => {
      if (x.op === "num" || x.op === "step" || x.op === "range") return;
      if (x.op === "neg") {
        check(x.a);
        return;
      }
      check(x.a);
      check(x.b);
      if ((x.op === "/" || x.op === "%") && evalDurNode(x.b, 0, 0) === 0)
        this.fail(x.op === "/" ? "division by zero" : "modulo by zero", n);
    };
    check(d);
    const v = evalDurNode(d, 0, 0);
    if (!Number.isFinite(v)) this.fail("duration must be finite", n);
    return v;
  }

  durNode(n: SyntaxNode): DurNode {
    const ch = this.children(n);
    switch (n.name) {
      case "NumberDurationLiteralInDurationContext":
      case "NumberDurationLiteral": {
        const t = this.text(n).replace(/\s+/g, "");
        const d = parseDuration(t);
        if (d !== null && /[a-z]/.test(t)) return { op: "num", sec: d / 1000 };
        return { op: "num", sec: parseNumberText(t) };
      }
      case "DurationExpr":
      case "OffsetDurationExpr": {
        if (ch.some((c) => c.name === "⚠")) this.syntaxError(ch.find((c) => c.name === "⚠")!);
        if (ch.length === 1) {
          if (ch[0].name === "DurationStep") return { op: "step" };
          if (ch[0].name === "DurationRange") return { op: "range" };
          return this.durNode(ch[0]);
        }
        if (ch.length === 2 && ch[0].name === "UnaryOp") {
          const v = this.durNode(ch[1]);
          return this.text(ch[0]) === "-" ? { op: "neg", a: v } : v;
        }
        if (ch.length === 3 && (ch[0].name === "DurationMinOf" || ch[0].name === "DurationMaxOf")) {
          return {
            op: ch[0].name === "DurationMinOf" ? "min_of" : "max_of",
            a: this.durNode(ch[1]),
            b: this.durNode(ch[2]),
          };
        }
        if (ch.length === 3 && OP_NODES[ch[1].name]) {
          const op = OP_NODES[ch[1].name];
          if (op === "+" || op === "-" || op === "*" || op === "/" || op === "%" || op === "^")
            return { op, a: this.durNode(ch[0]), b: this.durNode(ch[2]) };
        }
        return this.fail("unexpected duration expression", n);
      }
      case "⚠":
        this.syntaxError(n);
    }
    return this.fail("unexpected duration expression", n);
  }

  /** A duration that may depend on step()/range(): [static ms, or 0 and the node]. */
  dynDuration(n: SyntaxNode): [number, DurNode | undefined] {
    const d = this.durNode(n);
    if (durNodeIsDynamic(d)) return [0, d];
    return [this.staticDuration(d, n), undefined];
  }

  vectorSelector(n: SyntaxNode, ch: SyntaxNode[]): VectorSelector {
    let name = "";
    const matchers: Matcher[] = [];
    for (const c of ch) {
      if (c.name === "Identifier") {
        name = this.text(c);
      } else if (c.name === "LabelMatchers") {
        for (const m of this.children(c)) {
          if (m.name === "⚠") this.syntaxError(m);
          const mc = this.children(m);
          if (m.name === "QuotedLabelName") {
            // A bare quoted name: the metric name.
            const v = this.unquote(mc[0]);
            if (name !== "")
              this.fail(
                `metric name must not be set twice: ${JSON.stringify(name)} or ${JSON.stringify(v)}`,
                m,
              );
            name = v;
            continue;
          }
          let lname: string;
          if (m.name === "QuotedLabelMatcher") lname = this.unquote(this.children(mc[0])[0]);
          else lname = this.text(mc[0]);
          const op = this.text(mc[1]) as MatchType;
          if (mc[2]?.name !== "StringLiteral") this.fail("unexpected end of label matcher", m);
          const val = this.unquote(mc[2]);
          try {
            matchers.push(newMatcher(op, lname, val));
          } catch (e) {
            if (e instanceof MatcherError) this.fail(e.message, m);
            throw e;
          }
        }
      } else if (c.name === "⚠") this.syntaxError(c);
    }
    if (name !== "") {
      for (const m of matchers) {
        if (m.name === "__name__" && m.type === "=") {
          this.fail(
            `metric name must not be set twice: ${JSON.stringify(name)} or ${JSON.stringify(m.value)}`,
            n,
          );
        }
      }
      matchers.unshift(newMatcher("=", "__name__", name));
    }
    if (!this.allowEmptySelector && !matchers.some((m) => !m.matches("")))
      this.fail("vector selector must contain at least one non-empty matcher", n);
    return {
      kind: "VectorSelector",
      name,
      matchers,
      offset: 0,
      timestamp: null,
      startOrEnd: null,
      pos: this.pos(n),
    };
  }

  args(body: SyntaxNode): Expr[] {
    const out: Expr[] = [];
    for (const c of this.children(body)) {
      if (c.name === "⚠") this.syntaxError(c);
      out.push(this.expr(c));
    }
    return out;
  }

  call(n: SyntaxNode, ch: SyntaxNode[]): Call {
    const name = this.text(ch[0]);
    const fn = FUNCTIONS.get(name);
    if (!fn) this.fail(`unknown function with name ${JSON.stringify(name)}`, ch[0]);
    let args: Expr[];
    if (name === "info" && ch[1]) {
      // info()'s label selector may match the empty string everywhere.
      const nodes = this.children(ch[1]);
      args = nodes.map((c, i) => {
        if (c.name === "⚠") this.syntaxError(c);
        this.allowEmptySelector = i === 1;
        try {
          return this.expr(c);
        } finally {
          this.allowEmptySelector = false;
        }
      });
    } else args = ch[1] ? this.args(ch[1]) : [];
    const nargs = args.length;
    if (fn.variadic === 0) {
      if (nargs !== fn.argTypes.length)
        this.fail(
          `expected ${fn.argTypes.length} argument(s) in call to ${JSON.stringify(name)}, got ${nargs}`,
          n,
        );
    } else {
      const na = fn.argTypes.length - 1;
      if (na > nargs)
        this.fail(
          `expected at least ${na} argument(s) in call to ${JSON.stringify(name)}, got ${nargs}`,
          n,
        );
      const nMax = na + fn.variadic;
      if (fn.variadic > 0 && nMax < nargs)
        this.fail(
          `expected at most ${nMax} argument(s) in call to ${JSON.stringify(name)}, got ${nargs}`,
          n,
        );
    }
    for (const a of args) {
      if (a.kind !== "MatrixSelector" || !a.vs.ext) continue;
      const ext = a.vs.ext;
      if (!fn.rangeModifiers.includes(ext)) {
        const allowed = [...FUNCTIONS.values()]
          .filter((f) => f.rangeModifiers.includes(ext))
          .map((f) => f.name);
        allowed.sort();
        const err = new ParseError(
          `${a.vs.ext} modifier can only be used with: ${allowed.join(", ")} - not with ${name}`,
          this.pos(n),
          this.input,
        );
        err.plain = true;
        throw err;
      }
    }
    for (let i = 0; i < nargs; i++) {
      const want = i >= fn.argTypes.length ? fn.argTypes[fn.argTypes.length - 1] : fn.argTypes[i];
      this.expectType(args[i], want, `call to function ${JSON.stringify(name)}`);
    }
    return { kind: "Call", func: fn, args, pos: this.pos(n) };
  }

  expectType(e: Expr, want: ValueType, context: string): void {
    const t = typeOf(e);
    if (t !== want)
      this.fail(`expected type ${typeName(want)} in ${context}, got ${typeName(t)}`, e.pos);
  }

  grouping(n: SyntaxNode): string[] {
    const out: string[] = [];
    for (const c of this.children(n)) {
      if (c.name === "LabelName") out.push(this.text(c));
      else if (c.name === "QuotedLabelName") out.push(this.unquote(this.children(c)[0]));
      else if (c.name === "⚠") this.syntaxError(c);
    }
    return out;
  }

  aggregate(n: SyntaxNode, ch: SyntaxNode[]): AggregateExpr {
    const op = this.text(ch[0]).toLowerCase() as AggregateOp;
    let grouping: string[] = [];
    let without = false;
    let hasGrouping = false;
    let body: SyntaxNode | null = null;
    for (const c of ch.slice(1)) {
      if (c.name === "AggregateModifier") {
        const mc = this.children(c);
        without = mc[0].name === "Without";
        grouping = mc[1] ? this.grouping(mc[1]) : [];
        hasGrouping = true;
      } else if (c.name === "FunctionCallBody") body = c;
      else if (c.name === "⚠") this.syntaxError(c);
    }
    const args = body ? this.args(body) : [];
    const hasParam =
      op === "topk" ||
      op === "bottomk" ||
      op === "quantile" ||
      op === "count_values" ||
      op === "limitk" ||
      op === "limit_ratio";
    const want = hasParam ? 2 : 1;
    if (args.length !== want)
      this.fail(
        `wrong number of arguments for aggregate expression provided, expected ${want}, got ${args.length}`,
        n,
      );
    const expr = args[want - 1];
    const param = hasParam ? args[0] : null;
    if (op === "limitk" || op === "limit_ratio") {
      // Experimental in Prometheus but exercised by the scripts; accepted here.
    }
    this.expectType(expr, "vector", "aggregation expression");
    if (param) {
      if (op === "count_values") this.expectType(param, "string", "aggregation parameter");
      else this.expectType(param, "scalar", "aggregation parameter");
    }
    return {
      kind: "AggregateExpr",
      op,
      expr,
      param,
      grouping,
      without,
      hasGrouping,
      pos: this.pos(n),
    };
  }

  binary(n: SyntaxNode, ch: SyntaxNode[]): Expr {
    const lhs = this.expr(ch[0]);
    const opNode = ch[1];
    const op = this.trims.get(opNode.from) ?? OP_NODES[opNode.name];
    if (!op) this.fail(`unexpected operator ${JSON.stringify(this.text(opNode))}`, opNode);
    let returnBool = false;
    let matching: VectorMatching | null = null;
    let rhsNode: SyntaxNode | null = null;
    let fillLeft: number | null = null;
    let fillRight: number | null = null;
    for (const c of ch.slice(2)) {
      if (c.name === "BoolModifier") returnBool = true;
      else if (c.name === "MatchingModifierClause") {
        const mc = this.children(c);
        const on = mc[0].name === "On";
        const labels = mc[1] ? this.grouping(mc[1]) : [];
        matching = { card: "one-to-one", matchingLabels: labels, on, include: [], explicit: true };
        if (mc[2]) {
          matching.card = mc[2].name === "GroupLeft" ? "many-to-one" : "one-to-many";
          if (mc[3]) matching.include = this.grouping(mc[3]);
        }
      } else if (c.name === "FillModifier") {
        for (const fc of this.children(c)) {
          const lit = this.children(fc).find((x) => x.name === "NumberDurationLiteral");
          if (!lit) this.fail("unexpected fill modifier", fc);
          const v = parseNumberText(this.text(lit).replace(/\s+/g, ""));
          if (fc.name === "FillClause") {
            fillLeft = v;
            fillRight = v;
          } else if (fc.name === "FillLeftClause") fillLeft = v;
          else if (fc.name === "FillRightClause") fillRight = v;
        }
      } else if (c.name === "⚠") this.syntaxError(c);
      else rhsNode = c;
    }
    if (!rhsNode) return this.fail("unexpected end of input", { from: n.to, to: n.to });
    const rhs = this.expr(rhsNode);
    if (
      op === "^" &&
      ch[0].name === "NumberDurationLiteral" &&
      /^[-+]/.test(this.text(ch[0])) &&
      lhs.kind === "NumberLiteral"
    ) {
      // lezer reads `-2 ^ 2` as (-2) ^ 2; in PromQL the unary minus binds looser than `^`.
      const abs: Expr = { kind: "NumberLiteral", val: Math.abs(lhs.val), pos: lhs.pos };
      const pow: BinaryExpr = {
        kind: "BinaryExpr",
        op,
        lhs: abs,
        rhs,
        matching,
        returnBool,
        pos: this.pos(n),
      };
      this.checkBinary(pow, n);
      if (this.text(ch[0]).startsWith("+")) return pow;
      return { kind: "UnaryExpr", op: "-", expr: pow, pos: this.pos(n) };
    }
    if (lhs.kind === "BinaryExpr" && this.reassociated.has(lhs)) {
      const p = precedence(op);
      const q = precedence(lhs.op);
      if (p > q || (p === q && op === "^")) {
        // `a + b @ t * c`: lezer grouped (a + b @ t) * c; Prometheus means a + (b @ t * c).
        const inner: BinaryExpr = {
          kind: "BinaryExpr",
          op,
          lhs: lhs.rhs,
          rhs,
          matching,
          returnBool,
          pos: { start: lhs.rhs.pos.start, end: n.to },
        };
        this.checkBinary(inner, n);
        lhs.rhs = inner;
        lhs.pos = { start: lhs.pos.start, end: n.to };
        this.checkBinary(lhs, n);
        return lhs;
      }
    }
    const e: BinaryExpr = {
      kind: "BinaryExpr",
      op,
      lhs,
      rhs,
      matching,
      returnBool,
      pos: this.pos(n),
    };
    if (fillLeft !== null || fillRight !== null) {
      e.fillLeft = fillLeft;
      e.fillRight = fillRight;
    }
    this.checkBinary(e, n);
    if (
      (fillLeft !== null || fillRight !== null) &&
      (typeOf(lhs) !== "vector" || typeOf(rhs) !== "vector" || isSetOp(op))
    )
      this.fail(
        "fill modifiers are only allowed for binary operations between instant vectors that are not set operations",
        n,
      );
    return e;
  }

  checkBinary(e: BinaryExpr, n: SyntaxNode): void {
    const { op, lhs, rhs, returnBool } = e;
    let matching = e.matching;
    const lt = typeOf(lhs);
    const rt = typeOf(rhs);
    const isCmp = isComparisonOp(op);
    if (returnBool && !isCmp)
      this.fail("bool modifier can only be used on comparison operators", n);
    if (isCmp && lt === "scalar" && rt === "scalar" && !returnBool)
      this.fail("comparisons between scalars must use BOOL modifier", n);
    if (isSetOp(op) && (lt === "scalar" || rt === "scalar"))
      this.fail(`set operator ${JSON.stringify(op)} not allowed in binary scalar expression`, n);
    if ((lt !== "scalar" && lt !== "vector") || (rt !== "scalar" && rt !== "vector"))
      this.fail("binary expression must contain only scalar and instant vector types", n);
    if (matching && (lt !== "vector" || rt !== "vector")) {
      if (matching.explicit || matching.card !== "one-to-one")
        this.fail("vector matching only allowed between instant vectors", n);
    }
    if (lt === "vector" && rt === "vector") {
      if (!matching)
        matching = {
          card: "one-to-one",
          matchingLabels: [],
          on: false,
          include: [],
          explicit: false,
        };
      if (isSetOp(op)) {
        if (matching.card === "many-to-one" || matching.card === "one-to-many")
          this.fail(`no grouping allowed for ${JSON.stringify(op)} operation`, n);
        matching.card = "many-to-many";
      }
      if (matching.on) {
        for (const l of matching.include) {
          if (matching.matchingLabels.includes(l))
            this.fail(
              `label ${JSON.stringify(l)} must not occur in ON and GROUP clause at once`,
              n,
            );
        }
      }
    }
    e.matching = matching;
  }
}

function firstError(node: SyntaxNode): SyntaxNode | null {
  if (node.type.isError) return node;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    const e = firstError(c);
    if (e) return e;
  }
  return null;
}

/**
 * lezer-promql does not know the trim operators `</` and `>/` (which bind like comparisons):
 * outside strings and comments they are given to it as `<=` and `>=`, remembered by offset.
 */
function trimOps(input: string): { text: string; ops: Map<number, BinaryOp> } {
  const ops = new Map<number, BinaryOp>();
  if (!input.includes("</") && !input.includes(">/")) return { text: input, ops };
  let out = "";
  let quote = "";
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quote !== "") {
      out += c;
      if (c === "\\" && quote !== "`" && i + 1 < input.length) out += input[++i];
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "#") {
      const nl = input.indexOf("\n", i);
      const end = nl < 0 ? input.length : nl;
      out += input.slice(i, end);
      i = end - 1;
      continue;
    } else if ((c === "<" || c === ">") && input[i + 1] === "/") {
      ops.set(i, c === "<" ? "</" : ">/");
      out += `${c}=`;
      i++;
      continue;
    }
    out += c;
  }
  return { text: out, ops };
}

/**
 * lezer-promql does not accept numbers with a trailing dot (`2.`), which Prometheus does: turn
 * such a dot (outside strings) into a space, keeping every offset unchanged.
 */
function fixTrailingDots(input: string): string {
  if (/(step|range)\s*\(\s*\)/i.test(input)) {
    input = input.replace(
      /\b(step|range)(\s*\(\s*\))/gi,
      (_m, a: string, b: string) => a.toLowerCase() + b,
    );
  }
  const hasMinMax = /\b(min|max)_of\s*\(/.test(input);
  if (!input.includes(".") && !hasMinMax) return input;
  let out = "";
  let i = 0;
  let brackets = 0;
  let parens = 0;
  let durParens = -1;
  while (i < input.length) {
    const c = input[i];
    if (c === "[") brackets++;
    else if (c === "]") brackets--;
    else if (c === "(") parens++;
    else if (c === ")") {
      parens--;
      if (durParens >= 0 && parens <= durParens) durParens = -1;
    }
    // min_of()/max_of() outside durations: lezer only knows them inside `[...]`. Spell them as a
    // function it knows (same length); the converter reads the name from the original text.
    const isMinMax =
      hasMinMax &&
      /^(min|max)_of\s*\(/.test(input.slice(i, i + 40)) &&
      !/[a-zA-Z0-9_:]/.test(input[i - 1] ?? "");
    if (isMinMax && durParens < 0 && /offset[\s(+-]*$/i.test(input.slice(Math.max(0, i - 40), i))) {
      // An offset duration: everything up to the matching parenthesis stays as written.
      durParens = parens;
    }
    if (isMinMax && brackets === 0 && durParens < 0) {
      out += "minute";
      i += 6;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < input.length && input[j] !== c) j += c !== "`" && input[j] === "\\" ? 2 : 1;
      out += input.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "." && i > 0 && /[0-9]/.test(input[i - 1]) && !/[0-9eE]/.test(input[i + 1] ?? "")) {
      // Only when the digits before form a number (not part of an identifier).
      let k = i - 1;
      while (k >= 0 && /[0-9]/.test(input[k])) k--;
      if (k < 0 || !/[a-zA-Z_:.]/.test(input[k])) {
        out += " ";
        i++;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** Parses a PromQL expression; throws ParseError. */
export function parseExpr(input: string): Expr {
  const trims = trimOps(input);
  const tree = lezer.parse(fixTrailingDots(trims.text));
  const top = tree.topNode;
  const conv = new Converter(input);
  conv.trims = trims.ops;
  const err = firstError(top);
  if (input.trim() === "")
    throw new ParseError("no expression found in input", { start: 0, end: 0 }, input);
  if (err) {
    // Try converting first: semantic errors found before the syntax error read better.
    conv.syntaxError(err);
  }
  const body = top.firstChild;
  if (!body) throw new ParseError("no expression found in input", { start: 0, end: 0 }, input);
  return conv.expr(body);
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64)-like formatting as Prometheus prints numbers. */
export function formatGoFloat(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

function formatLabelName(n: string): string {
  return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(n) ? n : JSON.stringify(n);
}

function formatGrouping(ls: string[]): string {
  return ls.map(formatLabelName).join(", ");
}

/** Formats a duration expression that uses step()/range(). */
function formatDurNode(d: DurNode): string {
  switch (d.op) {
    case "num":
      return Number.isInteger(d.sec * 1000) && d.sec >= 0
        ? formatDuration(d.sec * 1000)
        : formatGoFloat(d.sec);
    case "step":
    case "range":
      return `${d.op}()`;
    case "neg":
      return `-${formatDurNode(d.a)}`;
    case "min_of":
    case "max_of":
      return `${d.op}(${formatDurNode(d.a)}, ${formatDurNode(d.b)})`;
    default:
      return `(${formatDurNode(d.a)} ${d.op} ${formatDurNode(d.b)})`;
  }
}

function atOffsetString(e: {
  offset: number;
  timestamp: number | null;
  startOrEnd: "start" | "end" | null;
  ext?: string;
  offsetExpr?: DurNode;
}): string {
  let s = "";
  if (e.startOrEnd) s += ` @ ${e.startOrEnd}()`;
  else if (e.timestamp !== null) s += ` @ ${(e.timestamp / 1000).toFixed(3)}`;
  if (e.offsetExpr) s += ` offset ${formatDurNode(e.offsetExpr)}`;
  else if (e.offset > 0) s += ` offset ${formatDuration(e.offset)}`;
  else if (e.offset < 0) s += ` offset -${formatDuration(-e.offset)}`;
  if (e.ext) s += ` ${e.ext}`;
  return s;
}

function selectorBody(vs: VectorSelector): string {
  const ms = vs.matchers.filter(
    (m) => !(vs.name !== "" && m.name === "__name__" && m.type === "=" && m.value === vs.name),
  );
  const name = vs.name !== "" && /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(vs.name) ? vs.name : "";
  const parts = ms.map((m) => `${formatLabelName(m.name)}${m.type}${JSON.stringify(m.value)}`);
  if (vs.name !== "" && name === "") parts.unshift(JSON.stringify(vs.name));
  if (parts.length === 0) return name;
  return `${name}{${parts.join(", ")}}`;
}

/** Prometheus's canonical String() of an expression. */
export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case "NumberLiteral":
      return e.durationText ?? formatGoFloat(e.val);
    case "StringLiteral":
      return JSON.stringify(e.val);
    case "VectorSelector":
      return selectorBody(e) + atOffsetString(e);
    case "MatrixSelector":
      return `${selectorBody(e.vs)}[${e.rangeExpr ? formatDurNode(e.rangeExpr) : formatDuration(e.range)}]${atOffsetString(e.vs)}`;
    case "SubqueryExpr": {
      const range = e.rangeExpr ? formatDurNode(e.rangeExpr) : formatDuration(e.range);
      const step = e.stepExpr ? formatDurNode(e.stepExpr) : e.step ? formatDuration(e.step) : "";
      return `${formatExpr(e.expr)}[${range}:${step}]${atOffsetString(e)}`;
    }
    case "Call":
      return `${e.func.name}(${e.args.map(formatExpr).join(", ")})`;
    case "AggregateExpr": {
      let s = e.op;
      if (e.without) s += ` without (${formatGrouping(e.grouping)}) `;
      else if (e.grouping.length > 0) s += ` by (${formatGrouping(e.grouping)}) `;
      s += "(";
      if (e.param) s += `${formatExpr(e.param)}, `;
      return `${s}${formatExpr(e.expr)})`;
    }
    case "BinaryExpr": {
      let m = "";
      const vm = e.matching;
      if (vm && (vm.matchingLabels.length > 0 || vm.on)) {
        m = ` ${vm.on ? "on" : "ignoring"} (${formatGrouping(vm.matchingLabels)})`;
        if (vm.card === "many-to-one" || vm.card === "one-to-many") {
          m += ` group_${vm.card === "many-to-one" ? "left" : "right"} (${formatGrouping(vm.include)})`;
        }
      }
      let fill = "";
      if (e.fillLeft != null && e.fillRight != null && Object.is(e.fillLeft, e.fillRight))
        fill = ` fill(${formatGoFloat(e.fillLeft)})`;
      else {
        if (e.fillLeft != null) fill += ` fill_left(${formatGoFloat(e.fillLeft)})`;
        if (e.fillRight != null) fill += ` fill_right(${formatGoFloat(e.fillRight)})`;
      }
      return `${formatExpr(e.lhs)} ${e.op}${e.returnBool ? " bool" : ""}${m}${fill} ${formatExpr(e.rhs)}`;
    }
    case "UnaryExpr":
      return `${e.op}${formatExpr(e.expr)}`;
    case "ParenExpr":
      return `(${formatExpr(e.expr)})`;
  }
}
