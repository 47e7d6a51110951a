/**
 * The typed PromQL syntax tree produced by parser.ts and walked by engine.ts.
 * Durations and timestamps are milliseconds.
 */
import type { Matcher } from "../model/matcher.ts";

export type ValueType = "scalar" | "vector" | "matrix" | "string";

/** Byte offsets into the query text, [start, end). */
export interface PosRange {
  start: number;
  end: number;
}

/** Prometheus's PositionRange.StartPosInput: "line:col" of a byte offset, both 1-based. */
export function positionString(query: string, pos: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < pos && i < query.length; i++) {
    if (query.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return `${line}:${pos - lastBreak}`;
}

/** A duration expression that depends on the query (step(), range()); values in seconds. */
export type DurNode =
  | { op: "num"; sec: number }
  | { op: "step" }
  | { op: "range" }
  | { op: "neg"; a: DurNode }
  | { op: "+" | "-" | "*" | "/" | "%" | "^" | "min_of" | "max_of"; a: DurNode; b: DurNode };

/** Evaluates a duration expression to ms, given the query's step and range (ms). */
export function evalDurNode(n: DurNode, step: number, range: number): number {
  const sec = (x: DurNode): number => {
    switch (x.op) {
      case "num":
        return x.sec;
      case "step":
        return step / 1000;
      case "range":
        return range / 1000;
      case "neg":
        return -sec(x.a);
      case "+":
        return sec(x.a) + sec(x.b);
      case "-":
        return sec(x.a) - sec(x.b);
      case "*":
        return sec(x.a) * sec(x.b);
      case "/":
        return sec(x.a) / sec(x.b);
      case "%":
        return sec(x.a) % sec(x.b);
      case "^":
        return sec(x.a) ** sec(x.b);
      case "min_of":
        return Math.min(sec(x.a), sec(x.b));
      case "max_of":
        return Math.max(sec(x.a), sec(x.b));
    }
  };
  return Math.round(sec(n) * 1000);
}

export function durNodeIsDynamic(n: DurNode): boolean {
  if (n.op === "step" || n.op === "range") return true;
  if (n.op === "num") return false;
  if (n.op === "neg") return durNodeIsDynamic(n.a);
  return durNodeIsDynamic(n.a) || durNodeIsDynamic(n.b);
}

export interface NumberLiteral {
  kind: "NumberLiteral";
  val: number;
  /** Original text when the literal was written as a duration (e.g. `5m`), for formatting. */
  durationText?: string;
  pos: PosRange;
}

export interface StringLiteral {
  kind: "StringLiteral";
  val: string;
  pos: PosRange;
}

export interface VectorSelector {
  kind: "VectorSelector";
  name: string;
  matchers: Matcher[];
  /** Offset in ms (positive means into the past). */
  offset: number;
  /** Fixed evaluation timestamp from `@`, ms; null when absent. */
  timestamp: number | null;
  startOrEnd: "start" | "end" | null;
  /** Set when the offset uses step()/range(); resolved into `offset` before evaluation. */
  offsetExpr?: DurNode;
  /** Experimental extended selectors: `anchored` (range only) or `smoothed`. */
  ext?: "anchored" | "smoothed";
  pos: PosRange;
}

export interface MatrixSelector {
  kind: "MatrixSelector";
  vs: VectorSelector;
  range: number;
  rangeExpr?: DurNode;
  pos: PosRange;
}

export interface SubqueryExpr {
  kind: "SubqueryExpr";
  expr: Expr;
  range: number;
  /** 0 means the default subquery step. */
  step: number;
  offset: number;
  timestamp: number | null;
  startOrEnd: "start" | "end" | null;
  rangeExpr?: DurNode;
  stepExpr?: DurNode;
  offsetExpr?: DurNode;
  pos: PosRange;
}

/** A function's signature (what the parser checks); functable.ts adds how it is evaluated. */
export interface FunctionDef {
  name: string;
  argTypes: ValueType[];
  /** 0: fixed arity; -1: unlimited trailing args of the last type; n > 0: up to n optional trailing args. */
  variadic: number;
  returnType: ValueType;
}

export interface Call {
  kind: "Call";
  func: FunctionDef;
  args: Expr[];
  pos: PosRange;
}

export type AggregateOp =
  | "sum"
  | "avg"
  | "count"
  | "min"
  | "max"
  | "group"
  | "stddev"
  | "stdvar"
  | "topk"
  | "bottomk"
  | "count_values"
  | "quantile"
  | "limitk"
  | "limit_ratio";

export interface AggregateExpr {
  kind: "AggregateExpr";
  op: AggregateOp;
  expr: Expr;
  param: Expr | null;
  grouping: string[];
  without: boolean;
  /** True when `by`/`without` was written (even with an empty list). */
  hasGrouping: boolean;
  pos: PosRange;
}

export type BinaryOp =
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "^"
  | "atan2"
  | "=="
  | "!="
  | ">"
  | "<"
  | ">="
  | "<="
  /** Native histogram bucket trims: keep observations below (`</`) or above (`>/`) a value. */
  | "</"
  | ">/"
  | "and"
  | "or"
  | "unless";

export type Cardinality = "one-to-one" | "many-to-one" | "one-to-many" | "many-to-many";

export interface VectorMatching {
  card: Cardinality;
  matchingLabels: string[];
  /** True for `on(...)`, false for `ignoring(...)` or no clause. */
  on: boolean;
  /** Labels of `group_left(...)`/`group_right(...)`. */
  include: string[];
  /** True when an on/ignoring clause was written. */
  explicit: boolean;
}

export interface BinaryExpr {
  kind: "BinaryExpr";
  op: BinaryOp;
  lhs: Expr;
  rhs: Expr;
  matching: VectorMatching | null;
  returnBool: boolean;
  /** Experimental fill modifiers: values for a missing left/right operand (null: none). */
  fillLeft?: number | null;
  fillRight?: number | null;
  pos: PosRange;
}

export interface UnaryExpr {
  kind: "UnaryExpr";
  op: "+" | "-";
  expr: Expr;
  pos: PosRange;
}

export interface ParenExpr {
  kind: "ParenExpr";
  expr: Expr;
  pos: PosRange;
}

export type Expr =
  | NumberLiteral
  | StringLiteral
  | VectorSelector
  | MatrixSelector
  | SubqueryExpr
  | Call
  | AggregateExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr;

export function typeOf(e: Expr): ValueType {
  switch (e.kind) {
    case "NumberLiteral":
      return "scalar";
    case "StringLiteral":
      return "string";
    case "VectorSelector":
    case "AggregateExpr":
      return "vector";
    case "MatrixSelector":
    case "SubqueryExpr":
      return "matrix";
    case "Call":
      return e.func.returnType;
    case "BinaryExpr":
      return typeOf(e.lhs) === "scalar" && typeOf(e.rhs) === "scalar" ? "scalar" : "vector";
    case "UnaryExpr":
    case "ParenExpr":
      return typeOf(e.expr);
  }
}

/** Prometheus's name for a value type in error messages. */
export function typeName(t: ValueType): string {
  switch (t) {
    case "scalar":
      return "scalar";
    case "string":
      return "string";
    case "vector":
      return "instant vector";
    case "matrix":
      return "range vector";
  }
}

/** The expression inside any parentheses. */
export function unwrapParens(e: Expr): Expr {
  while (e.kind === "ParenExpr") e = e.expr;
  return e;
}

/** The direct children of a node, in source order. */
export function children(e: Expr): Expr[] {
  switch (e.kind) {
    case "MatrixSelector":
      return [e.vs];
    case "SubqueryExpr":
    case "UnaryExpr":
    case "ParenExpr":
      return [e.expr];
    case "Call":
      return e.args;
    case "AggregateExpr":
      return e.param ? [e.expr, e.param] : [e.expr];
    case "BinaryExpr":
      return [e.lhs, e.rhs];
    default:
      return [];
  }
}

/**
 * Visits every node depth-first in source order (Prometheus's parser.Inspect): `visit` gets the
 * node and its ancestors (outermost first; the array is reused, copy it to keep it) and returns
 * false to skip the node's children.
 */
export function inspect(e: Expr, visit: (node: Expr, path: readonly Expr[]) => unknown): void {
  const path: Expr[] = [];
  const walk = (n: Expr): void => {
    if (visit(n, path) === false) return;
    path.push(n);
    for (const c of children(n)) walk(c);
    path.pop();
  };
  walk(e);
}
