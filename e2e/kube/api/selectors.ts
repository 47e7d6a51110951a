/**
 * Label selectors (the query-string form "a=b,c!=d,e in (x,y),!f,g" and the LabelSelector object
 * form with matchLabels/matchExpressions) and field selectors ("metadata.name=x,status.phase!=Y").
 */

export interface Requirement {
  key: string;
  op: "=" | "!=" | "in" | "notin" | "exists" | "!";
  values: string[];
}

export class SelectorError extends Error {}

/** Parses the string form; throws SelectorError with Kubernetes's wording on bad input. */
export function parseLabelSelector(s: string): Requirement[] {
  const out: Requirement[] = [];
  let i = 0;
  const src = s.trim();
  while (i < src.length) {
    while (src[i] === " " || src[i] === ",") i++;
    if (i >= src.length) break;
    if (src[i] === "!") {
      i++;
      const m = /^[A-Za-z0-9._\-/]+/.exec(src.slice(i));
      if (!m)
        throw new SelectorError(
          `unable to parse requirement: found '${src.slice(i)}', expected: identifier`,
        );
      out.push({ key: m[0], op: "!", values: [] });
      i += m[0].length;
      continue;
    }
    const m = /^([A-Za-z0-9._\-/]+)\s*/.exec(src.slice(i));
    if (!m)
      throw new SelectorError(
        `unable to parse requirement: found '${src.slice(i)}', expected: identifier`,
      );
    const key = m[1]!;
    i += m[0].length;
    const rest = src.slice(i);
    let om: RegExpExecArray | null;
    if ((om = /^(==|=|!=)\s*([A-Za-z0-9._-]*)/.exec(rest))) {
      out.push({ key, op: om[1] === "!=" ? "!=" : "=", values: [om[2]!] });
      i += om[0].length;
    } else if ((om = /^(in|notin)\s*\(([^)]*)\)/.exec(rest))) {
      const values = om[2]!
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
      out.push({ key, op: om[1] as "in" | "notin", values });
      i += om[0].length;
    } else if (rest === "" || rest.startsWith(",")) {
      out.push({ key, op: "exists", values: [] });
    } else {
      throw new SelectorError(
        `unable to parse requirement: found '${rest}', expected: in, notin, =, ==, !=, gt, lt`,
      );
    }
  }
  return out;
}

/** A LabelSelector object (matchLabels + matchExpressions) as requirements. */
export function labelSelectorObject(sel: any): Requirement[] {
  const out: Requirement[] = [];
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {}))
    out.push({ key: k, op: "=", values: [String(v)] });
  for (const e of sel?.matchExpressions ?? []) {
    const op = String(e.operator);
    if (op === "In") out.push({ key: e.key, op: "in", values: e.values ?? [] });
    else if (op === "NotIn") out.push({ key: e.key, op: "notin", values: e.values ?? [] });
    else if (op === "Exists") out.push({ key: e.key, op: "exists", values: [] });
    else if (op === "DoesNotExist") out.push({ key: e.key, op: "!", values: [] });
  }
  return out;
}

/** The string form of a LabelSelector object (what a scale subresource's status.selector holds). */
export function formatSelector(sel: any): string {
  return labelSelectorObject(sel)
    .map((r) => {
      if (r.op === "=") return `${r.key}=${r.values[0]}`;
      if (r.op === "in" || r.op === "notin") return `${r.key} ${r.op} (${r.values.join(",")})`;
      if (r.op === "exists") return r.key;
      return `!${r.key}`;
    })
    .join(",");
}

export function matchLabels(
  reqs: Requirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {};
  for (const r of reqs) {
    const has = Object.hasOwn(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case "=":
        if (v !== r.values[0]) return false;
        break;
      case "!=":
        if (has && v === r.values[0]) return false;
        break;
      case "in":
        if (!has || !r.values.includes(v!)) return false;
        break;
      case "notin":
        if (has && r.values.includes(v!)) return false;
        break;
      case "exists":
        if (!has) return false;
        break;
      case "!":
        if (has) return false;
        break;
    }
  }
  return true;
}

/** An empty selector object matches everything; a missing one (null) matches nothing. */
export function selectorMatches(sel: any, labels: Record<string, string> | undefined): boolean {
  if (sel === undefined || sel === null) return false;
  return matchLabels(labelSelectorObject(sel), labels);
}

export interface FieldRequirement {
  path: string;
  op: "=" | "!=";
  value: string;
}

export function parseFieldSelector(s: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of s.split(",")) {
    const p = part.trim();
    if (p === "") continue;
    const m = /^([A-Za-z0-9._\-/]+)\s*(==|=|!=)\s*(.*)$/.exec(p);
    if (!m) throw new SelectorError(`invalid selector: '${p}'; can't understand '${p}'`);
    out.push({ path: m[1]!, op: m[2] === "!=" ? "!=" : "=", value: m[3]! });
  }
  return out;
}

function fieldValue(obj: any, path: string): string {
  let cur = obj;
  for (const seg of path.split(".")) {
    if (cur === undefined || cur === null) return "";
    cur = cur[seg];
  }
  if (cur === undefined || cur === null) return "";
  return String(cur);
}

export function matchFields(reqs: FieldRequirement[], obj: any): boolean {
  for (const r of reqs) {
    const v = fieldValue(obj, r.path);
    if (r.op === "=" && v !== r.value) return false;
    if (r.op === "!=" && v === r.value) return false;
  }
  return true;
}

/**
 * Evaluates the kubectl/CRD JSONPath subset printer columns use: ".a.b", "[0]", "[*]",
 * "[?(@.type==\"Ready\")]". Returns every match (an empty array when none).
 */
export function jsonPath(obj: any, expr: string): any[] {
  let cur: any[] = [obj];
  let s = expr.trim();
  if (s.startsWith("{") && s.endsWith("}")) s = s.slice(1, -1);
  if (s.startsWith("$")) s = s.slice(1);
  let i = 0;
  while (i < s.length) {
    if (s[i] === ".") {
      const m = /^\.([A-Za-z0-9_\-/]+)/.exec(s.slice(i));
      if (!m) break;
      cur = cur.flatMap((c) =>
        c !== null && typeof c === "object" && !Array.isArray(c) && m[1]! in c ? [c[m[1]!]] : [],
      );
      i += m[0].length;
    } else if (s[i] === "[") {
      const end = s.indexOf("]", i);
      const inner = s.slice(i + 1, end);
      i = end + 1;
      if (inner === "*")
        cur = cur.flatMap((c) =>
          Array.isArray(c) ? c : c && typeof c === "object" ? Object.values(c) : [],
        );
      else if (/^-?\d+$/.test(inner)) {
        const n = Number(inner);
        cur = cur.flatMap((c) =>
          Array.isArray(c) ? (n < 0 ? [c[c.length + n]] : n < c.length ? [c[n]] : []) : [],
        );
      } else if (inner.startsWith("?(")) {
        const m = /^\?\(@\.([A-Za-z0-9_.-]+)\s*(==|!=)\s*["']?([^"')]*)["']?\)$/.exec(inner);
        if (!m) return [];
        cur = cur.flatMap((c) =>
          (Array.isArray(c) ? c : []).filter((item) => {
            const v = fieldValue(item, m[1]!);
            return m[2] === "==" ? v === m[3] : v !== m[3];
          }),
        );
      } else if (/^'.*'$/.test(inner) || /^".*"$/.test(inner)) {
        const k = inner.slice(1, -1);
        cur = cur.flatMap((c) => (c && typeof c === "object" && k in c ? [c[k]] : []));
      } else return [];
    } else break;
  }
  return cur.filter((c) => c !== undefined);
}
