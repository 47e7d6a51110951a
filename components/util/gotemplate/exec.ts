// Executor for parsed Go templates. It is written as generators that yield the Promises
// returned by asynchronous template functions (e.g. Prometheus's `query`): the async driver
// awaits them, the sync driver rejects them. Semantics follow Go's text/template exec.go.

import {
  type ArgNode,
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type Node,
  nodeString,
  type NumberNode,
  type PipeNode,
  type RangeNode,
  type Tree,
  type VariableNode,
} from "./ast.ts";
import { ExecError } from "./errors.ts";
import { formatValue } from "./fmt.ts";
import { HtmlContext } from "./html.ts";
import type { FuncDescriptor, GoParamType } from "./funcs.ts";
import {
  byteLength,
  isMap,
  isExported,
  isTrue,
  mapGet,
  mapHas,
  mapZero,
  methodOf,
  sortedKeys,
  typeName,
} from "./values.ts";

/** Generator type of the executor: yields Promises to await, returns T. */
export type Step<T> = Generator<Promise<unknown>, T, unknown>;

export type MissingKey = "default" | "zero" | "error";

export interface ExecLimits {
  /** Maximum nesting of {{template}} calls (Go: 100000). */
  maxDepth: number;
  /** Maximum evaluation steps (commands + range iterations) before giving up. */
  maxSteps: number;
  /** Maximum output size in UTF-16 units. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: ExecLimits = {
  maxDepth: 1000,
  maxSteps: 10_000_000,
  maxOutput: 64 * 1024 * 1024,
};

export interface ExecContext {
  trees: Map<string, Tree>;
  funcs: Map<string, FuncDescriptor>;
  /** Per-execution replacements, looked up before `funcs`. */
  overrides: Map<string, FuncDescriptor> | undefined;
  /** Names of functions whose entry is the builtin (and/or evaluate lazily). */
  builtinAndOr: { and: boolean; or: boolean };
  missingKey: MissingKey;
  limits: ExecLimits;
  /** Escape action output for HTML like html/template (see html.ts). */
  html: boolean;
}

const MISSING: unique symbol = Symbol("missing"); // no final (piped) value
type Final = unknown | typeof MISSING;

const BREAK = { kind: "break" } as const;
const CONTINUE = { kind: "continue" } as const;

interface Variable {
  name: string;
  value: unknown;
}

/** One template's execution: output buffer, variable stack and error context. */
export class ExecState {
  private readonly ctx: ExecContext;
  private tree: Tree;
  private vars: Variable[];
  private node: { pos: number; str: () => string } | undefined;
  private depth: number;
  private readonly counters: { steps: number; outLen: number };
  private readonly htmlCtx: HtmlContext | undefined;
  readonly out: string[];

  constructor(ctx: ExecContext, tree: Tree, dot: unknown) {
    this.ctx = ctx;
    this.tree = tree;
    this.vars = [{ name: "$", value: dot }];
    this.depth = 0;
    this.counters = { steps: 0, outLen: 0 };
    this.htmlCtx = ctx.html ? new HtmlContext() : undefined;
    this.out = [];
  }

  *run(dot: unknown): Step<void> {
    yield* this.walk(dot, this.tree.root);
  }

  // ---- errors ----
  private at(n: { pos: number } & (Node | ArgNode | CommandNode)): void {
    this.node = { pos: n.pos, str: () => nodeString(n) };
  }

  errorf(msg: string): never {
    const name = this.tree.name;
    if (!this.node) throw new ExecError(`template: ${name}: ${msg}`);
    const { line, col } = location(this.tree.source, this.node.pos);
    const context = this.node.str();
    throw new ExecError(
      `template: ${this.tree.parseName}:${line}:${col}: executing "${name}" at <${context}>: ${msg}`,
    );
  }

  private step(): void {
    if (++this.counters.steps > this.ctx.limits.maxSteps)
      this.errorf(`exceeded maximum number of evaluation steps (${this.ctx.limits.maxSteps})`);
  }

  private write(s: string): void {
    this.counters.outLen += s.length;
    if (this.counters.outLen > this.ctx.limits.maxOutput)
      this.errorf(`output exceeds the limit of ${this.ctx.limits.maxOutput} characters`);
    this.out.push(s);
  }

  private func(name: string): FuncDescriptor | undefined {
    return this.ctx.overrides?.get(name) ?? this.ctx.funcs.get(name);
  }

  // ---- variables ----
  private mark(): number {
    return this.vars.length;
  }
  private pop(mark: number): void {
    this.vars.length = mark;
  }
  private push(name: string, value: unknown): void {
    this.vars.push({ name, value });
  }
  private setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  private varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) return this.vars[i]!.value;
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // ---- statements ----
  private *walk(dot: unknown, node: Node): Step<void> {
    switch (node.type) {
      case "action": {
        this.at(node);
        const val = yield* this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case "break":
        throw BREAK;
      case "continue":
        throw CONTINUE;
      case "comment":
        return;
      case "if":
      case "with": {
        this.at(node);
        const mark = this.mark();
        const val = yield* this.evalPipeline(dot, node.pipe);
        if (isTrue(val)) {
          yield* this.walk(node.type === "with" ? val : dot, node.list);
        } else if (node.elseList) {
          yield* this.walk(dot, node.elseList);
        }
        this.pop(mark);
        return;
      }
      case "list":
        for (const n of node.nodes) yield* this.walk(dot, n);
        return;
      case "range":
        yield* this.walkRange(dot, node);
        return;
      case "template":
        yield* this.walkTemplate(dot, node);
        return;
      case "text":
        this.write(this.htmlCtx ? this.htmlCtx.literal(node.text) : node.text);
        return;
    }
  }

  private *walkRange(dot: unknown, r: RangeNode): Step<void> {
    this.at(r);
    const mark = this.mark();
    const val = yield* this.evalPipelineValue(dot, r.pipe);
    const decl = r.pipe.decl;
    const bodyMark = this.mark();
    // Declared variables live for the whole range; assigned ones are outer variables.
    if (!r.pipe.isAssign) for (const d of decl) this.push(d.ident[0]!, undefined);
    const varsMark = this.mark();
    let broke = false;
    const one = function* (this: ExecState, index: unknown, elem: unknown): Step<void> {
      this.step();
      if (decl.length > 0) {
        if (r.pipe.isAssign) {
          if (decl.length > 1) {
            this.setVar(decl[0]!.ident[0]!, index);
            this.setVar(decl[1]!.ident[0]!, elem);
          } else this.setVar(decl[0]!.ident[0]!, elem);
        } else if (decl.length > 1) {
          this.vars[varsMark - 2]!.value = index;
          this.vars[varsMark - 1]!.value = elem;
        } else {
          this.vars[varsMark - 1]!.value = elem;
        }
      }
      try {
        yield* this.walk(elem, r.list);
      } catch (e) {
        if (e === BREAK) broke = true;
        else if (e !== CONTINUE) throw e;
      } finally {
        this.pop(varsMark);
      }
    };
    let n = 0;
    if (Array.isArray(val)) {
      for (let i = 0; i < val.length && !broke; i++, n++) yield* one.call(this, BigInt(i), val[i]);
    } else if (isMap(val)) {
      for (const k of sortedKeys(val)) {
        if (broke) break;
        n++;
        yield* one.call(this, k, mapGet(val, k));
      }
    } else if (typeof val === "bigint") {
      if (decl.length > 1) this.errorf(`can't use ${val} to iterate over more than one variable`);
      for (let i = 0n; i < val && !broke; i++, n++) yield* one.call(this, i, i);
    } else if (val === undefined || val === null) {
      // Go: ranging over an invalid or nil value runs no iterations.
    } else {
      this.errorf(`range can't iterate over ${formatValue(val, "v", NO_FLAGS, 0)}`);
    }
    this.pop(bodyMark);
    if (n === 0 && r.elseList) yield* this.walk(dot, r.elseList);
    this.pop(mark);
  }

  private *walkTemplate(dot: unknown, t: Node & { type: "template" }): Step<void> {
    this.at(t);
    const tree = this.ctx.trees.get(t.name);
    if (!tree) this.errorf(`template "${t.name}" not defined`);
    const newDot = t.pipe ? yield* this.evalPipeline(dot, t.pipe) : undefined;
    if (this.depth + 1 >= this.ctx.limits.maxDepth)
      this.errorf(`exceeded maximum template depth (${this.ctx.limits.maxDepth})`);
    const saved = { tree: this.tree, vars: this.vars, depth: this.depth };
    this.tree = tree;
    this.vars = [{ name: "$", value: newDot }];
    this.depth++;
    try {
      yield* this.walk(newDot, tree.root);
    } finally {
      this.tree = saved.tree;
      this.vars = saved.vars;
      this.depth = saved.depth;
    }
  }

  // ---- pipelines and commands ----

  /** Evaluates a pipeline without handling its declarations (range does that itself). */
  private *evalPipelineValue(dot: unknown, pipe: PipeNode): Step<unknown> {
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) value = yield* this.evalCommand(dot, cmd, value);
    return value === MISSING ? undefined : value;
  }

  private *evalPipeline(dot: unknown, pipe: PipeNode): Step<unknown> {
    this.at(pipe);
    const value = yield* this.evalPipelineValue(dot, pipe);
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0]!, value);
      else this.push(v.ident[0]!, value);
    }
    return value;
  }

  private *evalCommand(dot: unknown, cmd: CommandNode, final: Final): Step<unknown> {
    this.step();
    const first = cmd.args[0]!;
    switch (first.type) {
      case "field":
        return yield* this.evalFieldNode(dot, first, cmd.args, final);
      case "chain":
        return yield* this.evalChainNode(dot, first, cmd.args, final);
      case "identifier":
        return yield* this.evalFunction(dot, first, cmd, cmd.args, final);
      case "pipe":
        this.notAFunction(cmd.args, final);
        return yield* this.evalPipeline(dot, first);
      case "variable":
        return yield* this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case "bool":
        return first.value;
      case "dot":
        return dot;
      case "nil":
        return this.errorf("nil is not a command");
      case "number":
        return this.idealConstant(first);
      case "string":
        return first.text;
    }
    this.errorf(`can't evaluate command ${nodeString(first)}`);
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING)
      this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  private idealConstant(n: NumberNode): unknown {
    this.at(n);
    if (
      n.isFloat &&
      !/^[+-]?0[xX]/.test(n.text) &&
      !n.text.startsWith("'") &&
      /[.eEpP]/.test(n.text)
    )
      return n.float;
    if (n.isInt) return n.int;
    if (n.isFloat) this.errorf(`${n.text} overflows int`);
    return undefined;
  }

  private *evalFieldNode(
    dot: unknown,
    field: FieldNode,
    args: ArgNode[],
    final: Final,
  ): Step<unknown> {
    this.at(field);
    return yield* this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private *evalChainNode(
    dot: unknown,
    chain: ChainNode,
    args: ArgNode[],
    final: Final,
  ): Step<unknown> {
    this.at(chain);
    if (chain.node.type === "nil")
      this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = yield* this.evalArg(dot, "any", chain.node);
    return yield* this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private *evalVariableNode(
    dot: unknown,
    v: VariableNode,
    args: ArgNode[],
    final: Final,
  ): Step<unknown> {
    this.at(v);
    const value = this.varValue(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return yield* this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private *evalFieldChain(
    dot: unknown,
    receiver: unknown,
    node: ArgNode,
    ident: string[],
    args: ArgNode[],
    final: Final,
  ): Step<unknown> {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) {
      receiver = yield* this.evalField(dot, ident[i]!, node, [], MISSING, receiver);
    }
    return yield* this.evalField(dot, ident[n - 1]!, node, args, final, receiver);
  }

  private *evalField(
    dot: unknown,
    fieldName: string,
    node: ArgNode,
    args: ArgNode[],
    final: Final,
    receiver: unknown,
  ): Step<unknown> {
    if (receiver === undefined) {
      if (this.ctx.missingKey === "error") this.errorf(`nil data; no entry for key "${fieldName}"`);
      return undefined;
    }
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
    if (typeof receiver === "object" || typeof receiver === "function") {
      const method = methodOf(receiver as object, fieldName);
      if (method) {
        return yield* this.evalCall(
          dot,
          { fn: method.bind(receiver) },
          false,
          node,
          fieldName,
          args,
          final,
        );
      }
      const hasArgs = args.length > 1 || final !== MISSING;
      if (isMap(receiver)) {
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
        if (mapHas(receiver, fieldName)) return mapGet(receiver, fieldName);
        if (this.ctx.missingKey === "error") this.errorf(`map has no entry for key "${fieldName}"`);
        return mapZero(receiver);
      }
      if (!Array.isArray(receiver) && typeof receiver === "object" && fieldName in receiver) {
        if (
          !isExported(fieldName) ||
          typeof Object.getPrototypeOf(receiver)?.[fieldName] === "function"
        )
          this.errorf(`${fieldName} is an unexported field of struct type ${typeName(receiver)}`);
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return (receiver as Record<string, unknown>)[fieldName];
      }
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typeName(receiver)}`);
  }

  private *evalFunction(
    dot: unknown,
    node: IdentifierNode,
    cmd: CommandNode,
    args: ArgNode[],
    final: Final,
  ): Step<unknown> {
    this.at(node);
    const name = node.ident;
    const f = this.func(name);
    if (!f) this.errorf(`"${name}" is not a defined function`);
    if ((name === "and" || name === "or") && this.ctx.builtinAndOr[name]) {
      if (args.length < 2 && final === MISSING)
        this.errorf(`wrong number of args for ${name}: want at least 1 got 0`);
      let v: unknown;
      for (let i = 1; i < args.length; i++) {
        v = yield* this.evalArg(dot, "any", args[i]!);
        if (isTrue(v) === (name === "or")) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    return yield* this.evalCall(dot, f, true, cmd, name, args, final);
  }

  private *evalCall(
    dot: unknown,
    f: FuncDescriptor,
    isBuiltin: boolean,
    node: ArgNode | CommandNode,
    name: string,
    args: ArgNode[],
    final: Final,
  ): Step<unknown> {
    void isBuiltin;
    const argNodes = args.slice(1);
    const numIn = argNodes.length + (final !== MISSING ? 1 : 0);
    const params = f.params;
    if (params) {
      const fixed = params.length;
      if (f.variadic !== undefined) {
        if (numIn < fixed) {
          this.errorf(`wrong number of args for ${name}: want at least ${fixed} got ${numIn}`);
        }
      } else if (numIn !== fixed) {
        this.errorf(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
      }
    }
    const argv: unknown[] = [];
    for (let i = 0; i < argNodes.length; i++) {
      const t = paramType(f, i);
      argv.push(yield* this.evalArg(dot, t, argNodes[i]!));
    }
    if (final !== MISSING) argv.push(this.validateType(final, paramType(f, argv.length)));
    this.at(node);
    let result: unknown;
    try {
      result = f.fn(...argv);
      if (result instanceof Promise) result = yield result;
    } catch (e) {
      if (e instanceof ExecError) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      this.at(node);
      this.errorf(`error calling ${name}: ${msg}`);
    }
    return result;
  }

  private *evalArg(dot: unknown, t: GoParamType, n: ArgNode): Step<unknown> {
    this.at(n);
    switch (n.type) {
      case "dot":
        return this.validateType(dot, t);
      case "nil":
        if (t === "any") return null;
        return this.errorf(`cannot assign nil to ${goTypeName(t)}`);
      case "field":
        return this.validateType(yield* this.evalFieldNode(dot, n, [n], MISSING), t);
      case "variable":
        return this.validateType(yield* this.evalVariableNode(dot, n, [], MISSING), t);
      case "pipe":
        return this.validateType(yield* this.evalPipeline(dot, n), t);
      case "identifier": {
        const f = this.func(n.ident)!;
        return this.validateType(yield* this.evalCall(dot, f, true, n, n.ident, [n], MISSING), t);
      }
      case "chain":
        return this.validateType(yield* this.evalChainNode(dot, n, [], MISSING), t);
      case "bool":
        if (t === "bool" || t === "any") return n.value;
        break;
      case "string":
        if (t === "string" || t === "any") return n.text;
        break;
      case "number":
        if (t === "any") return this.idealConstant(n);
        if (t === "int") {
          if (!n.isInt) this.errorf(`expected integer; found ${n.text}`);
          return n.int;
        }
        if (t === "float64") {
          if (!n.isFloat) this.errorf(`expected float; found ${n.text}`);
          return n.float;
        }
        break;
    }
    switch (t) {
      case "string":
        return this.errorf(`expected string; found ${nodeString(n)}`);
      case "bool":
        return this.errorf(`expected bool; found ${nodeString(n)}`);
      case "int":
        return this.errorf(`expected integer; found ${nodeString(n)}`);
      case "float64":
        return this.errorf(`expected float; found ${nodeString(n)}`);
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${goTypeName(t)}`);
  }

  private validateType(value: unknown, t: GoParamType): unknown {
    if (t === "any") return value;
    if (value === undefined) {
      if (t === "[]string" || t === "time") return null;
      this.errorf(`invalid value; expected ${goTypeName(t)}`);
    }
    let ok: boolean;
    switch (t) {
      case "string":
        ok = typeof value === "string";
        break;
      case "float64":
        ok = typeof value === "number";
        break;
      case "int":
        ok = typeof value === "bigint";
        break;
      case "bool":
        ok = typeof value === "boolean";
        break;
      case "[]string":
        ok = value === null || (Array.isArray(value) && value.every((x) => typeof x === "string"));
        break;
      default:
        ok = true;
    }
    if (!ok) this.errorf(`wrong type for value; expected ${goTypeName(t)}; got ${typeName(value)}`);
    return value;
  }

  private printValue(n: Node & { type: "action" }, v: unknown): void {
    this.at(n);
    if (typeof v === "function") this.errorf(`can't print ${nodeString(n)} of type ${typeName(v)}`);
    if (this.htmlCtx) {
      const printed =
        v === undefined || v === null
          ? ""
          : typeof v === "string"
            ? v
            : formatValue(v, "v", NO_FLAGS, 0);
      const cmds = n.pipe.cmds;
      const first = cmds[cmds.length - 1]?.args[0];
      const lastFunc = first?.type === "identifier" ? first.ident : undefined;
      this.write(this.htmlCtx.action(v, printed, lastFunc));
      return;
    }
    if (v === undefined) {
      this.write("<no value>");
      return;
    }
    this.write(typeof v === "string" ? v : formatValue(v, "v", NO_FLAGS, 0));
  }
}

const NO_FLAGS = {
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

function paramType(f: FuncDescriptor, i: number): GoParamType {
  if (!f.params) return "any";
  if (i < f.params.length) return f.params[i]!;
  return f.variadic ?? "any";
}

function goTypeName(t: GoParamType): string {
  switch (t) {
    case "any":
      return "interface {}";
    case "time":
      return "time.Time";
    default:
      return t;
  }
}

/** Go's ErrorContext location: 1-based line, 0-based byte column. */
function location(source: string, pos: number): { line: number; col: number } {
  const before = source.slice(0, pos);
  const nl = before.lastIndexOf("\n");
  let line = 1;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) line++;
  const col = nl < 0 ? byteLength(before) : byteLength(before.slice(nl + 1));
  return { line, col };
}

/** Runs a step generator to completion synchronously; a yielded Promise is an error. */
export function runSync<T>(gen: Step<T>, onAsync: () => never): T {
  const r = gen.next();
  if (!r.done) {
    void r.value.catch(() => {});
    gen.return(undefined as T);
    onAsync();
  }
  return r.value as T;
}

/** Runs a step generator to completion, awaiting every yielded Promise. */
export async function runAsync<T>(gen: Step<T>): Promise<T> {
  let r = gen.next();
  while (!r.done) {
    let sent: unknown;
    try {
      sent = await r.value;
    } catch (e) {
      r = gen.throw(e);
      continue;
    }
    r = gen.next(sent);
  }
  return r.value;
}
