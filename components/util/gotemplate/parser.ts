// Parser for Go's text/template: turns source into named trees (the main one plus every
// {{define}}/{{block}}), checking function names and variable scopes at parse time like Go.

import type {
  ArgNode,
  CommandNode,
  IfNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  RangeNode,
  StringNode,
  TemplateNode,
  Tree,
  VariableNode,
  WithNode,
} from "./ast.ts";
import { ParseError } from "./errors.ts";
import { lex, type Token } from "./lexer.ts";
import { unquoteChar, unquoteString } from "./quote.ts";

/** Maximum nesting of control structures and parentheses, guarding the recursion depth. */
const MAX_PARSE_DEPTH = 10000 / 10;

export interface ParseOptions {
  /** Whether a function name is defined (builtins plus the template's FuncMap). */
  hasFunc: (name: string) => boolean;
  leftDelim?: string;
  rightDelim?: string;
}

/**
 * Parses `source` under the template name `name`. Returns the trees by name: `name` itself
 * plus every {{define}}d and {{block}} template. Throws ParseError.
 */
export function parse(name: string, source: string, opts: ParseOptions): Map<string, Tree> {
  const p = new Parser(name, source, opts);
  return p.parseAll();
}

type TokenItem = Token;

class Parser {
  private readonly name: string;
  private readonly source: string;
  private readonly opts: ParseOptions;
  private readonly tokens: TokenItem[];
  private i = 0;
  private vars: string[] = ["$"];
  private rangeDepth = 0;
  private depth = 0;
  private readonly trees = new Map<string, Tree>();
  /** Name of the tree being parsed now (for error messages Go uses the source's name). */
  private current: string;

  constructor(name: string, source: string, opts: ParseOptions) {
    this.name = name;
    this.current = name;
    this.source = source;
    this.opts = opts;
    this.tokens = lex(source, opts.leftDelim, opts.rightDelim);
  }

  parseAll(): Map<string, Tree> {
    const root: ListNode = { type: "list", pos: 0, nodes: [] };
    for (;;) {
      const t = this.peek();
      if (t.kind === "eof") break;
      if (t.kind === "leftDelim") {
        const save = this.i;
        this.next();
        if (this.peekNonSpace().kind === "keyword" && this.peekNonSpace().value === "define") {
          this.nextNonSpace();
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n.type === "end" || n.type === "else") this.errorf(`unexpected ${n.str}`);
      if (n.type !== "comment") root.nodes.push(n as Node);
    }
    this.add({ name: this.name, parseName: this.name, source: this.source, root });
    return this.trees;
  }

  // ---- token helpers ----
  private peek(): TokenItem {
    return this.tokens[this.i]!;
  }
  private next(): TokenItem {
    const t = this.tokens[this.i]!;
    if (t.kind === "error") this.errorAt(t.line, t.value);
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  private backup(): void {
    this.i--;
  }
  private nextNonSpace(): TokenItem {
    let t = this.next();
    while (t.kind === "space") t = this.next();
    return t;
  }
  private peekNonSpace(): TokenItem {
    let j = this.i;
    while (this.tokens[j]!.kind === "space") j++;
    const t = this.tokens[j]!;
    if (t.kind === "error") this.errorAt(t.line, t.value);
    return t;
  }

  private errorAt(line: number, msg: string): never {
    throw new ParseError(`template: ${this.name}:${line}: ${msg}`);
  }
  private errorf(msg: string): never {
    const t = this.tokens[Math.max(0, this.i - 1)]!;
    this.errorAt(t.line, msg);
  }
  private unexpected(t: TokenItem, context: string): never {
    if (t.kind === "error") this.errorAt(t.line, t.value);
    this.errorAt(t.line, `unexpected ${tokenString(t)} in ${context}`);
  }
  private expect(kind: Token["kind"], context: string): TokenItem {
    const t = this.nextNonSpace();
    if (t.kind !== kind) this.unexpected(t, context);
    return t;
  }

  private add(tree: Tree): void {
    const existing = this.trees.get(tree.name);
    if (existing && !isEmptyList(existing.root)) {
      if (isEmptyList(tree.root)) return;
      this.errorf(`template: multiple definition of template "${tree.name}"`);
    }
    this.trees.set(tree.name, tree);
  }

  private enter(): void {
    if (++this.depth > MAX_PARSE_DEPTH) this.errorf(`max depth exceeded`);
  }
  private leave(): void {
    this.depth--;
  }

  // ---- definitions ----
  private parseDefinition(): void {
    const nameTok = this.nextNonSpace();
    if (nameTok.kind !== "string" && nameTok.kind !== "rawString")
      this.unexpected(nameTok, "define clause");
    const name = this.unquote(nameTok);
    this.expect("rightDelim", "define clause");
    const saveVars = this.vars;
    const saveCurrent = this.current;
    this.vars = ["$"];
    this.current = name;
    const { list, end } = this.itemList();
    if (end.type !== "end") this.errorf(`unexpected ${end.str} in define clause`);
    this.vars = saveVars;
    this.current = saveCurrent;
    this.add({ name, parseName: this.name, source: this.source, root: list });
  }

  /** Parses nodes up to {{end}} or {{else}}, which is returned as `end`. */
  private itemList(): { list: ListNode; end: { type: "end" | "else"; str: string; pos: number } } {
    const list: ListNode = { type: "list", pos: this.peek().pos, nodes: [] };
    for (;;) {
      if (this.peekNonSpace().kind === "eof") this.errorf("unexpected EOF");
      const n = this.textOrAction();
      if (n.type === "end" || n.type === "else") {
        return { list, end: n as { type: "end" | "else"; str: string; pos: number } };
      }
      if (n.type !== "comment") list.nodes.push(n as Node);
    }
  }

  private textOrAction(): Node | { type: "end" | "else"; str: string; pos: number } {
    const t = this.nextNonSpace();
    switch (t.kind) {
      case "text":
        return { type: "text", pos: t.pos, text: t.value };
      case "leftDelim":
        return this.action();
      case "comment":
        return { type: "comment", pos: t.pos, text: t.value };
      default:
        this.unexpected(t, "input");
    }
  }

  private action(): Node | { type: "end" | "else"; str: string; pos: number } {
    const t = this.nextNonSpace();
    if (t.kind === "keyword") {
      switch (t.value) {
        case "block":
          return this.blockControl();
        case "break":
        case "continue": {
          const close = this.nextNonSpace();
          if (close.kind !== "rightDelim") this.unexpected(close, `{{${t.value}}}`);
          if (this.rangeDepth === 0) this.errorf(`{{${t.value}}} outside {{range}}`);
          return { type: t.value, pos: t.pos, line: t.line };
        }
        case "else":
          return this.elseControl(t);
        case "end": {
          this.expect("rightDelim", "end");
          return { type: "end", str: "{{end}}", pos: t.pos };
        }
        case "if":
          return this.control("if", t) as IfNode;
        case "range":
          return this.control("range", t) as RangeNode;
        case "template":
          return this.templateControl();
        case "with":
          return this.control("with", t) as WithNode;
      }
    }
    this.backup();
    const start = this.peek();
    const pipe = this.pipeline("command", "rightDelim");
    return { type: "action", pos: start.pos, line: start.line, pipe };
  }

  private elseControl(t: TokenItem): { type: "else"; str: string; pos: number; chained?: string } {
    // {{else if ...}} and {{else with ...}} are handled by control(); here plain {{else}}.
    const peek = this.peekNonSpace();
    if (peek.kind === "keyword" && (peek.value === "if" || peek.value === "with")) {
      return { type: "else", str: "{{else}}", pos: t.pos, chained: peek.value };
    }
    this.expect("rightDelim", "else");
    return { type: "else", str: "{{else}}", pos: t.pos };
  }

  private control(context: "if" | "range" | "with", t: TokenItem): IfNode | RangeNode | WithNode {
    this.enter();
    const saveVars = this.vars.length;
    const pipe = this.pipeline(context, "rightDelim");
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    if (context === "range") this.rangeDepth++;
    const { list, end } = this.itemList();
    if (context === "range") this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (end.type === "else") {
      const chained = (end as { chained?: string }).chained;
      if (chained !== undefined && chained === context) {
        // {{else if}} / {{else with}}: a nested control that consumes the final {{end}}.
        const kw = this.nextNonSpace();
        elseList = { type: "list", pos: kw.pos, nodes: [this.control(context, kw)] };
      } else {
        const r = this.itemList();
        if (r.end.type !== "end") this.errorf(`expected end; found ${r.end.str}`);
        elseList = r.list;
      }
    }
    this.vars.length = saveVars;
    this.leave();
    return { type: context, pos: t.pos, line: t.line, pipe, list, elseList } as
      | IfNode
      | RangeNode
      | WithNode;
  }

  private blockControl(): TemplateNode {
    const context = "block clause";
    const nameTok = this.nextNonSpace();
    if (nameTok.kind !== "string" && nameTok.kind !== "rawString")
      this.unexpected(nameTok, context);
    const name = this.unquote(nameTok);
    const pipe = this.pipeline(context, "rightDelim");
    const saveVars = this.vars;
    this.vars = ["$"];
    const saveRange = this.rangeDepth;
    this.rangeDepth = 0;
    this.enter();
    const { list, end } = this.itemList();
    this.leave();
    if (end.type !== "end") this.errorf(`unexpected ${end.str} in ${context}`);
    this.vars = saveVars;
    this.rangeDepth = saveRange;
    this.add({ name, parseName: this.name, source: this.source, root: list });
    return { type: "template", pos: nameTok.pos, line: nameTok.line, name, pipe };
  }

  private templateControl(): TemplateNode {
    const context = "template clause";
    const nameTok = this.nextNonSpace();
    if (nameTok.kind !== "string" && nameTok.kind !== "rawString")
      this.unexpected(nameTok, context);
    const name = this.unquote(nameTok);
    let pipe: PipeNode | undefined;
    if (this.peekNonSpace().kind !== "rightDelim") {
      pipe = this.pipeline(context, "rightDelim");
    } else {
      this.nextNonSpace();
    }
    return { type: "template", pos: nameTok.pos, line: nameTok.line, name, pipe };
  }

  // ---- pipelines ----
  private pipeline(context: string, end: "rightDelim" | "rightParen"): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = {
      type: "pipe",
      pos: start.pos,
      line: start.line,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    // Declarations: $x := / $x = / $i, $v :=
    for (;;) {
      const v = this.peekNonSpace();
      if (v.kind !== "variable") break;
      const save = this.i;
      this.nextNonSpace();
      const after = this.peek(); // no space skipping yet
      const nxt = this.peekNonSpace();
      if (
        (nxt.kind === "declare" || nxt.kind === "assign") &&
        (after.kind === "space" || after === nxt)
      ) {
        this.nextNonSpace();
        pipe.isAssign = nxt.kind === "assign";
        const node: VariableNode = { type: "variable", pos: v.pos, ident: [v.value] };
        pipe.decl.push(node);
        this.vars.push(v.value);
        break;
      }
      if (nxt.kind === "comma") {
        this.nextNonSpace();
        pipe.decl.push({ type: "variable", pos: v.pos, ident: [v.value] });
        this.vars.push(v.value);
        if (context === "range" && pipe.decl.length < 2) {
          const n2 = this.peekNonSpace();
          if (n2.kind !== "variable" && n2.kind !== "rightDelim" && n2.kind !== "rightParen")
            this.errorf(`range can only initialize variables`);
          continue;
        }
        this.errorf(`too many declarations in ${context}`);
      }
      this.i = save;
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.kind === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.kind) {
        case "bool":
        case "char":
        case "dot":
        case "field":
        case "identifier":
        case "number":
        case "nil":
        case "rawString":
        case "string":
        case "variable":
        case "leftParen": {
          this.backup();
          pipe.cmds.push(this.command());
          break;
        }
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    for (let i = 1; i < pipe.cmds.length; i++) {
      const a = pipe.cmds[i]!.args[0]!;
      if (
        a.type === "bool" ||
        a.type === "dot" ||
        a.type === "nil" ||
        a.type === "number" ||
        a.type === "string"
      )
        this.errorf(`non executable command in pipeline stage ${i + 1}`);
    }
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: "command", pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      switch (t.kind) {
        case "space":
          continue;
        case "rightDelim":
        case "rightParen":
          this.backup();
          break;
        case "pipe":
          break;
        default:
          this.unexpected(t, "operand");
      }
      break;
    }
    if (cmd.args.length === 0) this.errorf("empty command");
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().kind !== "field") return node;
    const fields: string[] = [];
    // Go positions a chained node at its first chained field.
    const pos = this.peek().pos;
    while (this.peek().kind === "field") fields.push(this.next().value.slice(1));
    switch (node.type) {
      case "field":
        return { type: "field", pos, ident: [...node.ident, ...fields] };
      case "variable":
        return { type: "variable", pos, ident: [...node.ident, ...fields] };
      case "bool":
      case "string":
      case "number":
      case "nil":
      case "dot":
        return this.errorf(`unexpected . after term "${nodeText(node)}"`);
      default:
        return { type: "chain", pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.kind) {
      case "identifier":
        if (!this.opts.hasFunc(t.value)) this.errorAt(t.line, `function "${t.value}" not defined`);
        return { type: "identifier", pos: t.pos, ident: t.value };
      case "dot":
        return { type: "dot", pos: t.pos };
      case "nil":
        return { type: "nil", pos: t.pos };
      case "variable":
        if (!this.vars.includes(t.value)) this.errorAt(t.line, `undefined variable "${t.value}"`);
        return { type: "variable", pos: t.pos, ident: [t.value] };
      case "field":
        return { type: "field", pos: t.pos, ident: [t.value.slice(1)] };
      case "bool":
        return { type: "bool", pos: t.pos, value: t.value === "true" };
      case "char":
      case "number":
        return this.number(t);
      case "leftParen": {
        this.enter();
        const pipe = this.pipeline("parenthesized pipeline", "rightParen");
        this.leave();
        return pipe;
      }
      case "string":
      case "rawString": {
        const s: StringNode = {
          type: "string",
          pos: t.pos,
          quoted: t.value,
          text: this.unquote(t),
        };
        return s;
      }
    }
    this.backup();
    return undefined;
  }

  private number(t: TokenItem): NumberNode {
    const n: NumberNode = {
      type: "number",
      pos: t.pos,
      text: t.value,
      isInt: false,
      isFloat: false,
      int: 0n,
      float: 0,
    };
    if (t.kind === "char") {
      const r = unquoteChar(t.value);
      if (r === undefined) this.errorAt(t.line, `malformed character constant: ${t.value}`);
      n.isInt = true;
      n.isFloat = true;
      n.int = BigInt(r);
      n.float = r;
      return n;
    }
    const text = t.value;
    if (text.endsWith("i")) this.errorAt(t.line, `complex numbers are not supported: ${text}`);
    const clean = text.replace(/_/g, "");
    const neg = clean.startsWith("-");
    const body = clean.replace(/^[+-]/, "");
    let asInt: bigint | undefined;
    if (/^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|[0-9]+)$/.test(body)) {
      let b = body;
      if (/^0[0-7]+$/.test(b)) b = `0o${b.slice(1)}`;
      asInt = BigInt(b);
      if (neg) asInt = -asInt;
    }
    if (asInt !== undefined) {
      if (asInt > 0x7fffffffffffffffn || asInt < -0x8000000000000000n) {
        if (asInt > 0xffffffffffffffffn) this.errorAt(t.line, `integer overflow: "${text}"`);
      } else {
        n.isInt = true;
        n.int = asInt;
      }
      n.isFloat = true;
      n.float = Number(asInt);
      return n;
    }
    const f = parseGoFloat(clean);
    if (f === undefined) this.errorAt(t.line, `illegal number syntax: "${text}"`);
    n.isFloat = true;
    n.float = f;
    if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
      n.isInt = true;
      n.int = BigInt(f);
    }
    return n;
  }

  private unquote(t: TokenItem): string {
    if (t.kind === "rawString") return t.value.slice(1, -1).replace(/\r/g, "");
    const s = unquoteString(t.value);
    if (s === undefined) this.errorAt(t.line, `invalid syntax`);
    return s;
  }
}

function parseGoFloat(s: string): number | undefined {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
  if (hex) {
    const mant = Number.parseInt((hex[2] || "0") + (hex[3] || ""), 16);
    const v = mant * 2 ** (Number(hex[4]) - 4 * (hex[3] ?? "").length);
    return hex[1] === "-" ? -v : v;
  }
  return undefined;
}

function nodeText(n: ArgNode): string {
  switch (n.type) {
    case "bool":
      return String(n.value);
    case "string":
      return n.quoted;
    case "number":
      return n.text;
    case "nil":
      return "nil";
    default:
      return ".";
  }
}

function isEmptyList(l: ListNode): boolean {
  for (const n of l.nodes) {
    if (n.type === "text") {
      if (n.text.trim() !== "") return false;
    } else if (n.type !== "comment") {
      return false;
    }
  }
  return true;
}

/** Go's item.String(): how a token is named in "unexpected ..." messages. */
function tokenString(t: Token): string {
  if (t.kind === "eof") return "EOF";
  if (t.kind === "error") return t.value;
  if (t.kind === "keyword") return `<${t.value}>`;
  if (t.kind === "space") return `space`;
  const q = JSON.stringify(t.value);
  if (t.value.length > 10) return `${JSON.stringify(t.value.slice(0, 10))}...`;
  return q;
}
