/**
 * Inhibition (inhibit package): an alert matching a rule's target matchers is muted while a firing
 * alert matches the rule's source matchers and has the same values for the `equal` labels (a
 * missing label counts as ""). An alert never inhibits itself when it matches both sides.
 */
import type { InhibitRule } from "./amconfig.ts";
import type { LabelSet } from "./labels.ts";
import { matchesAll } from "./matchers.ts";
import type { AlertProvider } from "./provider.ts";
import { resolvedAt } from "./types.ts";

export class Inhibitor {
  private readonly rules: InhibitRule[];
  private readonly alerts: AlertProvider;
  private readonly now: () => number;

  constructor(rules: InhibitRule[], alerts: AlertProvider, now: () => number = Date.now) {
    this.rules = rules;
    this.alerts = alerts;
    this.now = now;
  }

  /** Fingerprints of the source alerts that inhibit the label set (empty = not inhibited). */
  inhibitedBy(ls: LabelSet, fp: string): string[] {
    if (this.rules.length === 0) return [];
    const now = this.now();
    for (const rule of this.rules) {
      if (!matchesAll(rule.target, ls)) continue;
      const selfIsSource = matchesAll(rule.source, ls);
      for (const src of this.alerts.list()) {
        if (resolvedAt(src, now)) continue;
        if (selfIsSource && src.fingerprint === fp) continue;
        if (!matchesAll(rule.source, src.labels)) continue;
        let eq = true;
        for (const n of rule.equal)
          if ((src.labels[n] ?? "") !== (ls[n] ?? "")) {
            eq = false;
            break;
          }
        if (eq) return [src.fingerprint];
      }
    }
    return [];
  }
}
