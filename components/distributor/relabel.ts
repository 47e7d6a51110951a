/**
 * Per-tenant metric_relabel_configs, applied by the distributor before validation as Mimir does
 * (prePushRelabelMiddleware), with Prometheus's relabeling semantics: actions replace, keep,
 * drop, keepequal, dropequal, hashmod, labelmap, labeldrop, labelkeep, lowercase, uppercase;
 * regexes are RE2, fully anchored, `.` matching newlines.
 */
import { createHash } from "node:crypto";
import { RE2JS } from "re2js";
import type { Label } from "../model/labels.ts";

export interface RelabelConfig {
  source_labels?: string[];
  separator?: string;
  target_label?: string;
  regex?: string;
  modulus?: number;
  replacement?: string;
  action?: string;
}

interface Rule {
  sources: string[];
  separator: string;
  target: string;
  re: RE2JS;
  modulus: number;
  replacement: string;
  action: string;
}

const ACTIONS = new Set([
  "replace",
  "keep",
  "drop",
  "keepequal",
  "dropequal",
  "hashmod",
  "labelmap",
  "labeldrop",
  "labelkeep",
  "lowercase",
  "uppercase",
]);
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const compiledCache = new WeakMap<object, Rule[]>();

/** Compiles relabel configs; throws an Error naming the problem for an invalid one. */
export function compileRelabelConfigs(cfgs: readonly unknown[]): Rule[] {
  const cached = compiledCache.get(cfgs);
  if (cached) return cached;
  const rules: Rule[] = [];
  for (const raw of cfgs) {
    const c = (raw ?? {}) as RelabelConfig;
    const action = (c.action ?? "replace").toLowerCase();
    if (!ACTIONS.has(action)) throw new Error(`unknown relabel action "${c.action}"`);
    const regex = c.regex ?? "(.*)";
    let re: RE2JS;
    try {
      re = RE2JS.compile(`^(?:${regex})$`, RE2JS.DOTALL);
    } catch (err) {
      throw new Error(`invalid relabel regex "${regex}": ${(err as Error).message}`);
    }
    const rule: Rule = {
      sources: c.source_labels ?? [],
      separator: c.separator ?? ";",
      target: c.target_label ?? "",
      re,
      modulus: c.modulus ?? 0,
      replacement: c.replacement ?? "$1",
      action,
    };
    if (
      (action === "replace" ||
        action === "hashmod" ||
        action === "lowercase" ||
        action === "uppercase" ||
        action === "keepequal" ||
        action === "dropequal") &&
      rule.target === ""
    ) {
      throw new Error(`relabel configuration for ${action} action requires 'target_label' value`);
    }
    if (action === "hashmod" && rule.modulus === 0)
      throw new Error("relabel configuration for hashmod requires non-zero modulus");
    rules.push(rule);
  }
  compiledCache.set(cfgs, rules);
  return rules;
}

/** Expands $1, ${1}, ${name} and $$ in a template with a match's groups. */
function expand(
  template: string,
  m: ReturnType<RE2JS["matcher"]>,
  names: Record<string, number>,
): string {
  // As Go's Regexp.Expand: `$1x` names the group "1x" (use `${1}x`); unknown names expand to "".
  return template.replace(
    /\$(\$|\{([a-zA-Z0-9_]+)\}|([a-zA-Z0-9_]+))/g,
    (_all, tok: string, braced?: string, bare?: string) => {
      if (tok === "$") return "$";
      const ref = braced ?? bare ?? "";
      const idx = /^[0-9]+$/.test(ref) ? Number(ref) : names[ref];
      if (idx === undefined || idx > m.groupCount()) return "";
      return m.group(idx) ?? "";
    },
  );
}

/**
 * Applies the rules to a label set (a plain map is rebuilt into a sorted array). Returns
 * undefined when the series is dropped.
 */
export function relabel(labels: readonly Label[], rules: readonly Rule[]): Label[] | undefined {
  if (rules.length === 0) return labels as Label[];
  const m = new Map<string, string>();
  for (const l of labels) m.set(l.name, l.value);
  for (const r of rules) {
    const val = r.sources.map((s) => m.get(s) ?? "").join(r.separator);
    switch (r.action) {
      case "drop":
        if (r.re.matches(val)) return undefined;
        break;
      case "keep":
        if (!r.re.matches(val)) return undefined;
        break;
      case "dropequal":
        if ((m.get(r.target) ?? "") === val) return undefined;
        break;
      case "keepequal":
        if ((m.get(r.target) ?? "") !== val) return undefined;
        break;
      case "replace": {
        const mt = r.re.matcher(val);
        if (!mt.matches()) break;
        const names = r.re.namedGroups();
        const target = expand(r.target, mt, names);
        if (!LABEL_NAME.test(target)) break;
        const res = expand(r.replacement, mt, names);
        if (res === "") m.delete(target);
        else m.set(target, res);
        break;
      }
      case "lowercase":
        m.set(r.target, val.toLowerCase());
        break;
      case "uppercase":
        m.set(r.target, val.toUpperCase());
        break;
      case "hashmod": {
        const sum = createHash("md5").update(val).digest();
        const mod = sum.readBigUInt64BE(8) % BigInt(r.modulus);
        m.set(r.target, String(mod));
        break;
      }
      case "labelmap": {
        const names = r.re.namedGroups();
        for (const [name, value] of [...m]) {
          const mt = r.re.matcher(name);
          if (mt.matches()) m.set(expand(r.replacement, mt, names), value);
        }
        break;
      }
      case "labeldrop":
        for (const name of [...m.keys()]) if (r.re.matches(name)) m.delete(name);
        break;
      case "labelkeep":
        for (const name of [...m.keys()]) if (!r.re.matches(name)) m.delete(name);
        break;
    }
  }
  const out: Label[] = [];
  for (const [name, value] of m) if (value !== "") out.push({ name, value });
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}
