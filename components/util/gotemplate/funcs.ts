// How template functions are declared: a plain JS function (arguments passed as evaluated,
// Go's interface{} parameters) or a descriptor with Go parameter types, which the executor
// checks and converts like Go's reflect-based calls ("wrong type for value; expected string").

/** A Go parameter type the executor can check. */
export type GoParamType = "any" | "string" | "float64" | "int" | "bool" | "[]string" | "time";

export interface FuncDescriptor {
  fn: (...args: any[]) => unknown;
  /** Types of the fixed parameters; omitted = every argument is `any`, any count. */
  params?: readonly GoParamType[];
  /** Type of a trailing variadic parameter. */
  variadic?: GoParamType;
}

/** A template function: returns its value (or a Promise of it); throws to report an error. */
export type TemplateFunc = ((...args: any[]) => unknown) | FuncDescriptor;

export type FuncMap = Record<string, TemplateFunc>;

export function describe(f: TemplateFunc): FuncDescriptor {
  return typeof f === "function" ? { fn: f } : f;
}
