// The template API: a set of named templates sharing one function map, like Go's
// *template.Template. Parse adds templates (the body under the template's name plus every
// {{define}}); execute runs one of them and returns its output.
//
//   const t = new Template("x", { funcs: prometheusFuncs({...}) }).parse(src); // throws ParseError
//   const out = await t.execute(data);          // awaits async functions such as `query`
//   const out2 = t.executeSync(data);           // when no function returns a Promise
//
// Execution errors are ExecError with Go's message.

import type { Tree } from "./ast.ts";
import { BUILTINS } from "./builtins.ts";
import { ExecError, ParseError } from "./errors.ts";
import {
  DEFAULT_LIMITS,
  type ExecContext,
  type ExecLimits,
  ExecState,
  type MissingKey,
  runAsync,
  runSync,
} from "./exec.ts";
import { describe, type FuncDescriptor, type FuncMap } from "./funcs.ts";
import { parse } from "./parser.ts";

export interface TemplateOptions {
  funcs?: FuncMap;
  /** Go's Option("missingkey=..."): what a missing map key yields. Default "default". */
  missingKey?: MissingKey;
  limits?: Partial<ExecLimits>;
  leftDelim?: string;
  rightDelim?: string;
  /** Escape action output for HTML like Go's html/template (approximation, see html.ts). */
  html?: boolean;
}

export class Template {
  readonly name: string;
  private readonly trees: Map<string, Tree>;
  private readonly funcs: Map<string, FuncDescriptor>;
  private readonly builtinAndOr = { and: true, or: true };
  private missingKey: MissingKey;
  private limits: ExecLimits;
  private leftDelim: string | undefined;
  private rightDelim: string | undefined;
  private readonly html: boolean;

  constructor(name: string, opts: TemplateOptions = {}) {
    this.name = name;
    this.trees = new Map();
    this.funcs = new Map();
    for (const [k, f] of Object.entries(BUILTINS)) this.funcs.set(k, describe(f));
    this.missingKey = opts.missingKey ?? "default";
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.leftDelim = opts.leftDelim;
    this.rightDelim = opts.rightDelim;
    this.html = opts.html ?? false;
    if (opts.funcs) this.addFuncs(opts.funcs);
  }

  /** Adds functions (Go's Funcs); later entries override earlier ones and builtins. */
  addFuncs(funcs: FuncMap): this {
    for (const [k, f] of Object.entries(funcs)) {
      if (!/^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(k))
        throw new Error(`function name "${k}" is not a valid identifier`);
      this.funcs.set(k, describe(f));
      if (k === "and" || k === "or") this.builtinAndOr[k] = false;
    }
    return this;
  }

  /** Go's Option("missingkey=..."). */
  option(missingKey: MissingKey): this {
    this.missingKey = missingKey;
    return this;
  }

  /**
   * Parses `source` as the body of this template (and its {{define}}s), adding to the set.
   * Throws ParseError with Go's message ("template: <name>:<line>: ...").
   */
  parse(source: string): this {
    return this.parseNamed(this.name, source);
  }

  /** Parses `source` as the template `name` in this set (Go's t.New(name).Parse(source)). */
  parseNamed(name: string, source: string): this {
    let trees: Map<string, Tree>;
    try {
      trees = parse(name, source, {
        hasFunc: (f) => this.funcs.has(f),
        leftDelim: this.leftDelim,
        rightDelim: this.rightDelim,
      });
    } catch (e) {
      if (e instanceof ParseError) throw e;
      if (e instanceof RangeError) throw new ParseError(`template: ${name}: max depth exceeded`);
      throw e;
    }
    for (const [n, tree] of trees) {
      const existing = this.trees.get(n);
      // Go's AddParseTree: an empty (whitespace-only) body does not replace a defined one.
      if (existing && isEmptyTree(tree) && !isEmptyTree(existing)) continue;
      this.trees.set(n, tree);
    }
    return this;
  }

  /** Whether a template of this name is defined. */
  has(name: string): boolean {
    return this.trees.has(name);
  }

  /** Names of the defined templates, sorted. */
  templateNames(): string[] {
    return [...this.trees.keys()].sort();
  }

  /** A new set with the same templates and functions; later parses do not affect this one. */
  clone(): Template {
    const t = new Template(this.name, {
      missingKey: this.missingKey,
      limits: this.limits,
      leftDelim: this.leftDelim,
      rightDelim: this.rightDelim,
      html: this.html,
    });
    for (const [k, f] of this.funcs) t.funcs.set(k, f);
    t.builtinAndOr.and = this.builtinAndOr.and;
    t.builtinAndOr.or = this.builtinAndOr.or;
    for (const [k, v] of this.trees) t.trees.set(k, v);
    return t;
  }

  /**
   * Executes this template with `data` as dot; awaits async functions. `funcs` replaces
   * functions of the same names for this execution only (e.g. a per-evaluation `query`).
   */
  execute(data: unknown, funcs?: FuncMap): Promise<string> {
    return this.executeTemplate(this.name, data, funcs);
  }

  /** Executes the named template of this set. */
  async executeTemplate(name: string, data: unknown, funcs?: FuncMap): Promise<string> {
    const state = this.state(name, data, funcs);
    try {
      await runAsync(state.run(data));
    } catch (e) {
      throw convertError(e, state);
    }
    return state.out.join("");
  }

  /** Executes synchronously; an ExecError if a function returns a Promise. */
  executeSync(data: unknown, name = this.name, funcs?: FuncMap): string {
    const state = this.state(name, data, funcs);
    try {
      runSync(state.run(data), () =>
        state.errorf("a template function returned a Promise; use execute() instead"),
      );
    } catch (e) {
      throw convertError(e, state);
    }
    return state.out.join("");
  }

  private state(name: string, data: unknown, overrides: FuncMap | undefined): ExecState {
    const tree = this.trees.get(name);
    if (!tree) {
      if (name === this.name && this.trees.size === 0)
        throw new ExecError(`template: ${name}: "${name}" is an incomplete or empty template`);
      throw new ExecError(
        `template: no template "${name}" associated with template "${this.name}"`,
      );
    }
    let replaced: Map<string, FuncDescriptor> | undefined;
    if (overrides) {
      replaced = new Map();
      for (const k in overrides) {
        if (!this.funcs.has(k)) throw new Error(`function "${k}" was not defined at parse time`);
        replaced.set(k, describe(overrides[k]!));
      }
    }
    const ctx: ExecContext = {
      trees: this.trees,
      funcs: this.funcs,
      overrides: replaced,
      builtinAndOr: this.builtinAndOr,
      missingKey: this.missingKey,
      limits: this.limits,
      html: this.html,
    };
    return new ExecState(ctx, tree, data);
  }
}

function convertError(e: unknown, state: ExecState): unknown {
  if (e instanceof ExecError) return e;
  if (e instanceof RangeError) {
    try {
      state.errorf("exceeded maximum template depth (call stack)");
    } catch (x) {
      return x;
    }
  }
  if (typeof e === "object" && e !== null && "kind" in e) {
    return new ExecError("template: {{break}} or {{continue}} outside {{range}}");
  }
  return e;
}

function isEmptyTree(t: Tree): boolean {
  for (const n of t.root.nodes) {
    if (n.type === "text") {
      if (n.text.trim() !== "") return false;
    } else if (n.type !== "comment") return false;
  }
  return true;
}
