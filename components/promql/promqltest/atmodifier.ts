/**
 * The `@` re-runs of upstream's promqltest (atModifierTestCases in test.go): every vector
 * selector, matrix selector and subquery outside a subquery gets `@ <eval time>` unless it has
 * one; selectors inside subqueries are left alone; expressions calling a function whose result
 * depends on the evaluation time are skipped. Implemented as text insertion guided by the
 * official lezer grammar, so it does not depend on the engine's AST.
 */
import type { SyntaxNode } from "@lezer/common";
import { parser } from "@prometheus-io/lezer-promql";
import { METRIC_NAME } from "../../model/labels.ts";
import { FUNCTIONS } from "../functable.ts";
import { readQuoted } from "./script.ts";

export interface RawMatcher {
  name: string;
  type: "=" | "!=" | "=~" | "!~";
  value: string;
}

/** The label matchers of every vector selector in expr (undefined if it does not parse). */
export function selectorMatchers(expr: string): RawMatcher[][] | undefined {
  const top = parser.parse(expr).topNode;
  if (hasParseError(top)) return undefined;
  const out: RawMatcher[][] = [];
  const str = (n: SyntaxNode | null): string => (n === null ? "" : readQuoted(expr, n.from).value);
  const visit = (node: SyntaxNode): void => {
    if (node.name === "VectorSelector") {
      const ms: RawMatcher[] = [];
      const id = node.getChild("Identifier");
      if (id !== null) ms.push({ name: METRIC_NAME, type: "=", value: expr.slice(id.from, id.to) });
      const lm = node.getChild("LabelMatchers");
      for (let c = lm?.firstChild ?? null; c !== null; c = c.nextSibling) {
        if (c.name === "QuotedLabelName") {
          ms.push({ name: METRIC_NAME, type: "=", value: str(c.firstChild) });
        } else if (c.name === "UnquotedLabelMatcher" || c.name === "QuotedLabelMatcher") {
          const ln = c.firstChild;
          const op = c.getChild("MatchOp");
          const val = c.getChild("StringLiteral");
          if (ln === null || op === null) continue;
          const name = ln.name === "LabelName" ? expr.slice(ln.from, ln.to) : str(ln.firstChild);
          ms.push({
            name,
            type: expr.slice(op.from, op.to) as RawMatcher["type"],
            value: str(val),
          });
        }
      }
      out.push(ms);
      return;
    }
    for (let c = node.firstChild; c !== null; c = c.nextSibling) visit(c);
  };
  try {
    visit(top);
  } catch {
    return undefined;
  }
  return out;
}

/**
 * promql.AtModifierUnsafeFunctions: the functions whose result depends on the evaluation time
 * (from the function table). start() and end() are among them: in an instant query they are the
 * evaluation time.
 */
export const AT_MODIFIER_UNSAFE_FUNCTIONS: ReadonlySet<string> = new Set(
  [...FUNCTIONS.values()].filter((f) => !f.atModifierSafe).map((f) => f.name),
);

interface Edit {
  from: number;
  to: number;
  text: string;
}

function hasParseError(node: SyntaxNode): boolean {
  let bad = false;
  node.toTree().iterate({
    enter: (n) => {
      if (n.type.isError) bad = true;
      return !bad;
    },
  });
  return bad;
}

/** Formats ms as the `@` argument Prometheus prints: seconds with 3 decimals. */
export function formatAtTime(ms: number): string {
  const neg = ms < 0;
  const abs = Math.abs(ms);
  const s = `${Math.trunc(abs / 1000)}.${String(abs % 1000).padStart(3, "0")}`;
  return neg ? `-${s}` : s;
}

const POSTFIX = new Set([
  "OffsetExpr",
  "StepInvariantExpr",
  "MatrixSelector",
  "SubqueryExpr",
  "AnchoredExpr",
  "SmoothedExpr",
]);
const PRIMARY = new Set([
  "VectorSelector",
  "ParenExpr",
  "FunctionCall",
  "AggregateExpr",
  "NumberDurationLiteral",
  "StringLiteral",
]);

function sameNode(a: SyntaxNode | null, b: SyntaxNode): boolean {
  return a !== null && a.from === b.from && a.to === b.to && a.name === b.name;
}

/**
 * The postfix operators (range, subquery, offset, @, anchored/smoothed) that apply to a primary
 * expression, innermost first. The lezer grammar attaches postfix operators to whole binary or
 * unary expressions (`a + b @ 5` parses as `(a + b) @ 5`); in PromQL they bind to the rightmost
 * primary (`a + (b @ 5)`), so the chain is collected by walking up through such parents.
 */
export function postfixChain(primary: SyntaxNode): SyntaxNode[] {
  const chain: SyntaxNode[] = [];
  let cur = primary;
  for (;;) {
    const p = cur.parent;
    if (p === null) break;
    if (POSTFIX.has(p.name) && sameNode(p.firstChild, cur)) chain.push(p);
    else if ((p.name === "BinaryExpr" || p.name === "UnaryExpr") && sameNode(p.lastChild, cur)) {
      // transparent: the postfix operators above apply to the rightmost operand
    } else break;
    cur = p;
  }
  return chain;
}

/**
 * Returns `expr` with `@ <ts>` added as upstream does, or undefined when upstream would not
 * re-run it (time-dependent functions) or the expression does not parse.
 */
export function addAtModifiers(expr: string, ts: number): string | undefined {
  const tree = parser.parse(expr);
  const top = tree.topNode;
  if (hasParseError(top)) return undefined;
  const at = `@ ${formatAtTime(ts)}`;
  const edits: Edit[] = [];
  let unsafe = false;

  /** Adds `@` after `target` unless one of the later postfix operators is an `@`. */
  const setAt = (target: SyntaxNode, later: SyntaxNode[]): void => {
    for (const w of later) {
      if (w.name !== "StepInvariantExpr") continue;
      if (w.getChild("AtModifierPreprocessors") !== null) {
        // `@ start()`/`@ end()`: upstream sets the timestamp, which then wins.
        const atTok = w.getChild("At");
        if (atTok !== null) edits.push({ from: atTok.from, to: w.to, text: at });
      }
      return;
    }
    edits.push({ from: target.to, to: target.to, text: ` ${at}` });
  };

  const visit = (node: SyntaxNode, inSubquery: boolean): void => {
    if (PRIMARY.has(node.name)) {
      const chain = postfixChain(node);
      const sq = chain.findIndex((w) => w.name === "SubqueryExpr");
      if (sq >= 0) {
        if (!inSubquery) setAt(chain[sq], chain.slice(sq + 1));
        inSubquery = true;
      } else if (node.name === "VectorSelector") {
        if (!inSubquery) {
          const ms = chain.findIndex((w) => w.name === "MatrixSelector");
          if (ms >= 0) setAt(chain[ms], chain.slice(ms + 1));
          else setAt(node, chain);
        }
        return;
      }
      if (node.name === "FunctionCall" && !inSubquery) {
        const id = node.getChild("FunctionIdentifier");
        if (id !== null && AT_MODIFIER_UNSAFE_FUNCTIONS.has(expr.slice(id.from, id.to)))
          unsafe = true;
      }
    }
    for (let c = node.firstChild; c !== null; c = c.nextSibling) visit(c, inSubquery);
  };
  visit(top, false);
  if (unsafe) return undefined;
  edits.sort((a, b) => b.from - a.from);
  let out = expr;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** The evaluation times upstream uses for the `@` re-runs of an instant eval at `ts` (ms). */
export function atModifierEvalTimes(ts: number): number[] {
  if (ts === 0) return [-1000, 0, 1000];
  return [-10 * ts, 0, Math.trunc(ts / 5), ts, 10 * ts];
}
