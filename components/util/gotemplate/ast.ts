// The parse tree of a Go text/template: node types produced by parser.ts and walked by exec.ts.
// `pos` is the node's UTF-16 offset in the source of the tree it belongs to.

export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | ActionNode
  | IfNode
  | RangeNode
  | WithNode
  | TemplateNode
  | BreakNode
  | ContinueNode;

export type ArgNode =
  | FieldNode
  | VariableNode
  | IdentifierNode
  | ChainNode
  | DotNode
  | NilNode
  | BoolNode
  | NumberNode
  | StringNode
  | PipeNode;

export interface ListNode {
  type: "list";
  pos: number;
  nodes: Node[];
}
export interface TextNode {
  type: "text";
  pos: number;
  text: string;
}
export interface CommentNode {
  type: "comment";
  pos: number;
  text: string;
}
export interface ActionNode {
  type: "action";
  pos: number;
  line: number;
  pipe: PipeNode;
}
export interface PipeNode {
  type: "pipe";
  pos: number;
  line: number;
  /** True for `=`, false for `:=`. */
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface CommandNode {
  type: "command";
  pos: number;
  args: ArgNode[];
}
export interface IfNode {
  type: "if";
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}
export interface RangeNode {
  type: "range";
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}
export interface WithNode {
  type: "with";
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}
export interface TemplateNode {
  type: "template";
  pos: number;
  line: number;
  name: string;
  pipe: PipeNode | undefined;
}
export interface BreakNode {
  type: "break";
  pos: number;
  line: number;
}
export interface ContinueNode {
  type: "continue";
  pos: number;
  line: number;
}
/** `.A.B`: a field chain starting at dot. */
export interface FieldNode {
  type: "field";
  pos: number;
  ident: string[];
}
/** `$x.A.B`: ident[0] is the variable name including `$`. */
export interface VariableNode {
  type: "variable";
  pos: number;
  ident: string[];
}
/** A function name. */
export interface IdentifierNode {
  type: "identifier";
  pos: number;
  ident: string;
}
/** `(pipeline).A.B` or `fn.A`. */
export interface ChainNode {
  type: "chain";
  pos: number;
  node: ArgNode;
  field: string[];
}
export interface DotNode {
  type: "dot";
  pos: number;
}
export interface NilNode {
  type: "nil";
  pos: number;
}
export interface BoolNode {
  type: "bool";
  pos: number;
  value: boolean;
}
/** A numeric constant with Go's "ideal constant" interpretations. */
export interface NumberNode {
  type: "number";
  pos: number;
  text: string;
  isInt: boolean;
  isFloat: boolean;
  int: bigint;
  float: number;
}
export interface StringNode {
  type: "string";
  pos: number;
  quoted: string;
  text: string;
}

/** One parsed template: its name, the name of the source it came from, and its body. */
export interface Tree {
  name: string;
  parseName: string;
  source: string;
  root: ListNode;
}

/** Go's Node.String() for error contexts. */
export function nodeString(n: Node | ArgNode | CommandNode): string {
  switch (n.type) {
    case "list":
      return n.nodes.map(nodeString).join("");
    case "text":
      return JSON.stringify(n.text);
    case "comment":
      return `{{${n.text}}}`;
    case "action":
      return `{{${nodeString(n.pipe)}}}`;
    case "pipe": {
      let s = "";
      if (n.decl.length > 0) {
        s = n.decl.map(nodeString).join(", ") + (n.isAssign ? " = " : " := ");
      }
      return s + n.cmds.map(nodeString).join(" | ");
    }
    case "command":
      return n.args
        .map((a) => (a.type === "pipe" ? `(${nodeString(a)})` : nodeString(a)))
        .join(" ");
    case "if":
    case "range":
    case "with": {
      const else_ = n.elseList ? `{{else}}${nodeString(n.elseList)}` : "";
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${else_}{{end}}`;
    }
    case "template":
      return n.pipe
        ? `{{template ${JSON.stringify(n.name)} ${nodeString(n.pipe)}}}`
        : `{{template ${JSON.stringify(n.name)}}}`;
    case "break":
      return "{{break}}";
    case "continue":
      return "{{continue}}";
    case "field":
      return n.ident.map((f) => `.${f}`).join("");
    case "variable":
      return n.ident.join(".");
    case "identifier":
      return n.ident;
    case "chain": {
      const inner = n.node.type === "pipe" ? `(${nodeString(n.node)})` : nodeString(n.node);
      return inner + n.field.map((f) => `.${f}`).join("");
    }
    case "dot":
      return ".";
    case "nil":
      return "nil";
    case "bool":
      return n.value ? "true" : "false";
    case "number":
      return n.text;
    case "string":
      return n.quoted;
  }
}
