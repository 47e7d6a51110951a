/**
 * Validation of a rule group before it is stored, with Mimir's messages
 * (DefaultMultiTenantManager.ValidateRuleGroup, Prometheus's rulefmt.Rule.Validate): group-level
 * problems are prefixed `invalid rules configuration:`, rule problems read
 * `group "<g>", rule <i>, "<name>": <problem>` (i counts from 0, as Mimir passes it), and the
 * API joins every problem with ", ".
 */
import { parseExpr, ParseError } from "../promql/parser.ts";
import type { RuleDesc, RuleGroupDesc } from "./rulegroup.ts";

const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Checks one template text of alerting rule `alertName`; returns the problem or undefined. */
export type TemplateCheck = (name: string, text: string) => string | undefined;

export interface ValidateOptions {
  /** -ruler.tenant-federation.enabled */
  federationEnabled: boolean;
  /** Parses label and annotation templates of alerting rules (Prometheus checks them too). */
  checkTemplate?: TemplateCheck;
}

/** The expression's parse error as Prometheus prints it, or undefined. */
export function exprError(expr: string): string | undefined {
  try {
    parseExpr(expr);
    return undefined;
  } catch (e) {
    if (e instanceof ParseError)
      return e.plain ? e.message : `${e.position()}: parse error: ${e.message}`;
    return (e as Error).message;
  }
}

function ruleProblems(r: RuleDesc, opts: ValidateOptions): string[] {
  const out: string[] = [];
  if (r.record !== "" && r.alert !== "") out.push("only one of 'record' and 'alert' must be set");
  if (r.record === "" && r.alert === "") out.push("one of 'record' or 'alert' must be set");
  if (r.expr === "") out.push("field 'expr' must be set in rule");
  else {
    const err = exprError(r.expr);
    if (err !== undefined) out.push(`could not parse expression: ${err}`);
  }
  if (r.record !== "") {
    if (r.annotations.length > 0) out.push("invalid field 'annotations' in recording rule");
    if (r.for > 0) out.push("invalid field 'for' in recording rule");
    if (r.keepFiringFor > 0) out.push("invalid field 'keep_firing_for' in recording rule");
    if (!METRIC_NAME_RE.test(r.record)) out.push(`invalid recording rule name: ${r.record}`);
  }
  for (const l of r.labels) {
    if (!LABEL_NAME_RE.test(l.name) || l.name === "__name__")
      out.push(`invalid label name: ${l.name}`);
  }
  for (const a of r.annotations) {
    if (!LABEL_NAME_RE.test(a.name)) out.push(`invalid annotation name: ${a.name}`);
  }
  if (r.alert !== "" && opts.checkTemplate) {
    for (const l of [...r.labels, ...r.annotations]) {
      const err = opts.checkTemplate(r.alert, l.value);
      if (err !== undefined) out.push(err);
    }
  }
  return out;
}

/** Every problem of the group, as Mimir words them; empty when the group is valid. */
export function validateRuleGroup(g: RuleGroupDesc, opts: ValidateOptions): string[] {
  if (g.name === "") return ["invalid rules configuration: rule group name must not be empty"];
  if (g.rules.length === 0)
    return [`invalid rules configuration: rule group '${g.name}' has no rules`];
  const errs: string[] = [];
  if (!opts.federationEnabled && g.sourceTenants.length > 0)
    errs.push(
      `invalid rules configuration: rule group '${g.name}' is a federated rule group, but rules federation is disabled; please contact your service administrator to have it enabled`,
    );
  if (g.evaluationDelay > 0 && g.queryOffset > 0 && g.evaluationDelay !== g.queryOffset)
    errs.push(
      `invalid rules configuration: rule group '${g.name}' has both query_offset and (deprecated) evaluation_delay set, but to different values; please remove the deprecated evaluation_delay and use query_offset instead`,
    );
  g.rules.forEach((r, i) => {
    const name = r.alert !== "" ? r.alert : r.record;
    for (const p of ruleProblems(r, opts))
      errs.push(
        name !== ""
          ? `group ${JSON.stringify(g.name)}, rule ${i}, ${JSON.stringify(name)}: ${p}`
          : `group ${JSON.stringify(g.name)}, rule ${i}: ${p}`,
      );
  });
  return errs;
}
