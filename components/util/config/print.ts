/**
 * Renders a loaded config back to YAML for /config and /runtime_config: durations as
 * Prometheus-style strings, secrets masked, and `diff` mode keeping only values that differ
 * from the defaults.
 */
import * as yaml from "js-yaml";
import { formatDuration } from "./duration.ts";
import { type Block, type Field, isField, walkFields } from "./spec.ts";

export type PrintMode = "values" | "defaults" | "diff";

const SECRET_MASK = "********";

function render(field: Field<any>, v: unknown): unknown {
  if (field.secret && typeof v === "string" && v !== "") return SECRET_MASK;
  if (field.kind === "duration" && typeof v === "number") return formatDuration(v);
  return v;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The block's values as a plain object ready for YAML; undefined when diff leaves nothing. */
export function configToObject(
  block: Block,
  values: Record<string, any>,
  mode: PrintMode,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(block)) {
    if (isField(spec)) {
      const v = mode === "defaults" ? spec.default : values?.[k];
      if (mode === "diff" && same(v, spec.default)) continue;
      out[k] = render(spec, v);
    } else {
      const sub = configToObject(spec, values?.[k] ?? {}, mode);
      if (sub !== undefined) out[k] = sub;
    }
  }
  if (mode === "diff" && Object.keys(out).length === 0) return undefined;
  return out;
}

export interface ConfigYamlOptions {
  /** Appends `# not implemented in mimir-ts` to the line of each field marked notImplemented. */
  markNotImplemented?: boolean;
}

export const NOT_IMPLEMENTED_COMMENT = "# not implemented in mimir-ts";

export function configToYaml(
  block: Block,
  values: Record<string, any>,
  mode: PrintMode,
  opts: ConfigYamlOptions = {},
): string {
  const obj = configToObject(block, values, mode) ?? {};
  const text = yaml.dump(obj, { lineWidth: -1, noRefs: true, sortKeys: false });
  return opts.markNotImplemented ? markNotImplementedLines(block, text) : text;
}

/**
 * Comments the lines of not-implemented fields in YAML that yaml.dump wrote (two-space indent,
 * one key per line): a key's path is rebuilt from the keys above it at smaller indents.
 */
function markNotImplementedLines(block: Block, text: string): string {
  const paths = new Set<string>();
  walkFields(block, (path, field) => {
    if (field.notImplemented) paths.add(path);
  });
  const stack: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)([A-Za-z0-9_]+):(?: |$)/.exec(lines[i]);
    if (!m || m[1].length % 2 !== 0) continue;
    const depth = m[1].length / 2;
    stack.length = depth;
    stack.push(m[2]);
    if (paths.has(stack.join("."))) lines[i] += ` ${NOT_IMPLEMENTED_COMMENT}`;
  }
  return lines.join("\n");
}
