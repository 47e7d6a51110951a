/**
 * Config declared once, next to the code that uses it: each field names its YAML key (the
 * object key it sits under), Mimir's flag, a default, help text and an optional validation.
 * The value types follow from the declaration (`ValueOf<typeof block>`), so a component's
 * config type never drifts from what the loader accepts.
 *
 * Units: durations are milliseconds, sizes are bytes.
 */

/**
 * "map": a YAML mapping of strings to scalars; on the command line JSON (`{"a":1}`) or
 * `name:value;name2:value2` (Mimir's active-series-custom-trackers flag form).
 */
export type FieldKind = "string" | "int" | "float" | "bool" | "duration" | "list" | "map" | "any";

/** Mimir's help categories: -help lists "basic" fields only, -help-all every one. */
export type FieldCategory = "basic" | "advanced" | "experimental" | "deprecated";

export interface Field<T> {
  readonly __field: true;
  readonly kind: FieldKind;
  /** Mimir's CLI flag without the leading dash, e.g. "ingester.ring.replication-factor". */
  readonly flag?: string;
  readonly default: T;
  readonly help: string;
  /** Masked in /config output. */
  readonly secret?: boolean;
  /** Allowed values for strings. */
  readonly enum?: readonly string[];
  /** Left out of -help unless -help-all. */
  readonly hidden?: boolean;
  /** Returns what is wrong with the value, or undefined when it is fine. */
  readonly validate?: (v: T) => string | undefined;
  /**
   * Parsed and accepted (so Mimir configs load) but read by nothing yet: -help says "not
   * implemented yet" and a non-default value is warned about at start.
   */
  readonly notImplemented?: boolean;
  /**
   * A filesystem path ("one") or a comma-separated list of paths ("list"): config loading
   * resolves a relative value against the working directory once (see resolvePaths).
   */
  readonly path?: "one" | "list";
  /** Mimir's help category; when absent, "advanced" if hidden, else "basic". */
  readonly category?: FieldCategory;
  /** Further flags that set this field (a flag Mimir renamed between versions). */
  readonly flagAliases?: readonly string[];
  /** Mimir's deprecation warning, logged at start when a config sets the field. */
  readonly deprecated?: string;
  /**
   * A key Mimir renamed or moved: the dotted path of the field that replaced it. The loader
   * copies a non-default value there (unless the new key is set too).
   */
  readonly renamedTo?: string;
}

export interface Block {
  readonly [key: string]: Field<any> | Block;
}

export type ValueOf<B> =
  B extends Field<infer T>
    ? T
    : B extends Block
      ? { -readonly [K in keyof B]: ValueOf<B[K]> }
      : never;

interface FieldOpts<T> {
  secret?: boolean;
  hidden?: boolean;
  enum?: readonly string[];
  validate?: (v: T) => string | undefined;
  path?: "one" | "list";
}

function mk<T>(
  kind: FieldKind,
  flag: string | undefined,
  def: T,
  help: string,
  opts?: FieldOpts<T>,
): Field<T> {
  return { __field: true, kind, flag, default: def, help, ...opts };
}

/** Field constructors. `flag` may be undefined for YAML-only keys. */
export const f = {
  string: <S extends string = string>(
    flag: string | undefined,
    def: NoInfer<S>,
    help: string,
    opts?: FieldOpts<NoInfer<S>>,
  ) => mk<S>("string", flag, def, help, opts),
  int: (flag: string | undefined, def: number, help: string, opts?: FieldOpts<number>) =>
    mk("int", flag, def, help, opts),
  float: (flag: string | undefined, def: number, help: string, opts?: FieldOpts<number>) =>
    mk("float", flag, def, help, opts),
  bool: (flag: string | undefined, def: boolean, help: string, opts?: FieldOpts<boolean>) =>
    mk("bool", flag, def, help, opts),
  /** Default in milliseconds. */
  duration: (flag: string | undefined, def: number, help: string, opts?: FieldOpts<number>) =>
    mk("duration", flag, def, help, opts),
  /** A list of strings; on the command line a comma-separated value. */
  list: (flag: string | undefined, def: string[], help: string, opts?: FieldOpts<string[]>) =>
    mk("list", flag, def, help, opts),
  /** Free-form YAML (objects, lists of objects); no flag. */
  any: <T>(def: T, help: string, opts?: FieldOpts<T>) => mk<T>("any", undefined, def, help, opts),
};

/** The field's help category: declared, else "advanced" for hidden fields and "basic" otherwise. */
export function categoryOf(field: Field<any>): FieldCategory {
  return field.category ?? (field.hidden ? "advanced" : "basic");
}

export function isField(x: Field<any> | Block): x is Field<any> {
  return (x as Field<any>).__field === true;
}

function clone<T>(v: T): T {
  return v === null || typeof v !== "object" ? v : structuredClone(v);
}

/** A fresh object holding every default of the block. */
export function defaultsOf<B extends Block>(block: B): ValueOf<B> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(block))
    out[k] = isField(v) ? clone(v.default) : defaultsOf(v);
  return out as ValueOf<B>;
}

/** Calls fn for every field with its dotted YAML path. */
export function walkFields(
  block: Block,
  fn: (path: string, field: Field<any>) => void,
  prefix = "",
): void {
  for (const [k, v] of Object.entries(block)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isField(v)) fn(path, v);
    else walkFields(v, fn, path);
  }
}

/**
 * A copy of the block whose fields at `paths` (dotted YAML paths relative to the block; a path
 * naming a sub-block marks all of its fields), or all fields when `paths` is absent, are marked
 * notImplemented. Throws on a path the block does not have, so the list cannot go stale.
 */
export function markNotImplemented<B extends Block>(block: B, paths?: readonly string[]): B {
  const mark = (b: Block): Block =>
    Object.fromEntries(
      Object.entries(b).map(([k, v]) => [k, isField(v) ? { ...v, notImplemented: true } : mark(v)]),
    );
  if (paths === undefined) return mark(block) as B;
  const out: Record<string, Field<any> | Block> = { ...block };
  const byHead = new Map<string, string[]>();
  for (const p of paths) {
    const [head, ...rest] = p.split(".");
    if (!(head in block)) throw new Error(`markNotImplemented: no key ${p}`);
    byHead.set(head, [...(byHead.get(head) ?? []), ...(rest.length > 0 ? [rest.join(".")] : [])]);
  }
  for (const [head, rest] of byHead) {
    const v = block[head];
    if (isField(v)) {
      if (rest.length > 0) throw new Error(`markNotImplemented: ${head} is a field`);
      out[head] = { ...v, notImplemented: true };
    } else out[head] = rest.length === 0 ? mark(v) : markNotImplemented(v, rest);
  }
  return out as B;
}

/**
 * The dotted paths of notImplemented fields whose value in `cfg` differs from the one in
 * `baseline` (by default the declared defaults).
 */
export function nonDefaultNotImplemented(
  block: Block,
  cfg: Record<string, unknown>,
  baseline?: Record<string, unknown>,
): string[] {
  const at = (obj: unknown, path: string) => {
    let v = obj;
    for (const k of path.split(".")) v = (v as Record<string, unknown> | undefined)?.[k];
    return v;
  };
  const out: string[] = [];
  walkFields(block, (path, field) => {
    if (!field.notImplemented) return;
    const expected = baseline === undefined ? field.default : at(baseline, path);
    if (JSON.stringify(at(cfg, path)) !== JSON.stringify(expected)) out.push(path);
  });
  return out;
}
