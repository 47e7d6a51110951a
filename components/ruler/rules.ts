/**
 * Recording and alerting rules with Prometheus's evaluation semantics (rules/recording.go,
 * rules/alerting.go). Times are Unix milliseconds. `eval` returns the samples the rule writes:
 * the recorded series, or the ALERTS and ALERTS_FOR_STATE series of active alerts.
 */
import { type Label, type Labels, labelsKey } from "../model/labels.ts";
import type { RuleDesc } from "./rulegroup.ts";

/** One output sample of a rule. */
export interface RuleSample {
  /** Sorted labels, __name__ included. */
  metric: Labels;
  t: number;
  f: number;
}

/** Runs an instant query at time t (ms); a scalar result comes back as one sample with no labels. */
export type QueryFunc = (expr: string, t: number) => Promise<RuleSample[]>;

/** What alert label and annotation templates see (Prometheus's template data). */
export interface TemplateData {
  labels: Record<string, string>;
  externalLabels: Record<string, string>;
  externalURL: string;
  value: number;
}

/**
 * Expands one label or annotation template of alert `alertName` at time t (ms). Errors are
 * returned in the text (`<error expanding template: ...>`), as Prometheus does.
 */
export type TemplateExpander = (
  alertName: string,
  text: string,
  data: TemplateData,
  t: number,
  query: QueryFunc,
) => Promise<string>;

export type RuleHealth = "unknown" | "ok" | "err";

function sortLabels(ls: Label[]): Label[] {
  return ls.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Sets (value "" deletes) label `name` in a sorted label list, returning a new sorted list. */
function setLabel(ls: readonly Label[], name: string, value: string): Label[] {
  const out = ls.filter((l) => l.name !== name);
  if (value !== "") out.push({ name, value });
  return sortLabels(out);
}

abstract class BaseRule {
  readonly desc: RuleDesc;
  health: RuleHealth = "unknown";
  lastError = "";
  /** ms; 0 = never evaluated. */
  lastEvaluation = 0;
  /** Seconds the last evaluation took. */
  evaluationTime = 0;

  constructor(desc: RuleDesc) {
    this.desc = desc;
  }

  get name(): string {
    return this.desc.alert !== "" ? this.desc.alert : this.desc.record;
  }

  abstract eval(t: number, query: QueryFunc, limit: number): Promise<RuleSample[]>;
}

export class RecordingRule extends BaseRule {
  async eval(t: number, query: QueryFunc, limit: number): Promise<RuleSample[]> {
    const vec = await query(this.desc.expr, t);
    const seen = new Set<string>();
    for (const s of vec) {
      let ls = setLabel(s.metric, "__name__", this.desc.record);
      for (const l of this.desc.labels) ls = setLabel(ls, l.name, l.value);
      s.metric = ls;
      const k = labelsKey(ls);
      if (seen.has(k))
        throw new Error(
          "vector contains metrics with the same labelset after applying rule labels",
        );
      seen.add(k);
    }
    if (limit > 0 && vec.length > limit)
      throw new Error(`exceeded limit of ${limit} with ${vec.length} series`);
    return vec;
  }
}

export type AlertState = "inactive" | "pending" | "firing";

export interface Alert {
  /** Sorted; alertname included, no __name__. */
  labels: Label[];
  annotations: Label[];
  state: AlertState;
  value: number;
  /** ms; 0 = unset. */
  activeAt: number;
  firedAt: number;
  resolvedAt: number;
  lastSentAt: number;
  validUntil: number;
  keepFiringSince: number;
}

/** How long a resolved alert is kept (and re-sent as resolved), Prometheus's resolvedRetention. */
export const RESOLVED_RETENTION_MS = 15 * 60_000;

export class AlertingRule extends BaseRule {
  /** Active alerts by label-set key. */
  readonly active = new Map<string, Alert>();
  /** False until the `for` state was restored (no ALERTS series are written before). */
  restored: boolean;
  private readonly expand: TemplateExpander;
  private readonly externalLabels: Record<string, string>;
  private readonly externalURL: string;

  constructor(
    desc: RuleDesc,
    opts: {
      expand: TemplateExpander;
      externalLabels: Record<string, string>;
      externalURL: string;
      restored: boolean;
    },
  ) {
    super(desc);
    this.expand = opts.expand;
    this.externalLabels = opts.externalLabels;
    this.externalURL = opts.externalURL;
    this.restored = opts.restored;
  }

  /** "firing" if any alert fires, else "pending" if any is pending, else "inactive". */
  state(): AlertState {
    let s: AlertState = "inactive";
    for (const a of this.active.values()) {
      if (a.state === "firing") return "firing";
      if (a.state === "pending") s = "pending";
    }
    return s;
  }

  /** The ALERTS sample of an alert. */
  alertSample(a: Alert, t: number): RuleSample {
    const ls = setLabel(setLabel(a.labels, "__name__", "ALERTS"), "alertstate", a.state);
    return { metric: ls, t, f: 1 };
  }

  /** The ALERTS_FOR_STATE sample of an alert (value: activeAt in Unix seconds). */
  forStateSample(a: Alert, t: number, v: number): RuleSample {
    return { metric: setLabel(a.labels, "__name__", "ALERTS_FOR_STATE"), t, f: v };
  }

  async eval(t: number, query: QueryFunc, limit: number): Promise<RuleSample[]> {
    const res = await query(this.desc.expr, t);
    const found = new Map<string, Alert>();
    for (const s of res) {
      const data: TemplateData = {
        labels: Object.fromEntries(s.metric.map((l) => [l.name, l.value])),
        externalLabels: this.externalLabels,
        externalURL: this.externalURL,
        value: s.f,
      };
      let ls: Label[] = setLabel(s.metric, "__name__", "");
      for (const l of this.desc.labels)
        ls = setLabel(ls, l.name, await this.expand(this.name, l.value, data, t, query));
      ls = setLabel(ls, "alertname", this.name);
      const annotations: Label[] = [];
      for (const a of this.desc.annotations)
        annotations.push({
          name: a.name,
          value: await this.expand(this.name, a.value, data, t, query),
        });
      const k = labelsKey(ls);
      if (found.has(k))
        throw new Error(
          "vector contains metrics with the same labelset after applying alert labels",
        );
      found.set(k, {
        labels: ls,
        annotations,
        state: "pending",
        value: s.f,
        activeAt: t,
        firedAt: 0,
        resolvedAt: 0,
        lastSentAt: 0,
        validUntil: 0,
        keepFiringSince: 0,
      });
    }
    for (const [k, a] of found) {
      const cur = this.active.get(k);
      if (cur && cur.state !== "inactive") {
        cur.value = a.value;
        cur.annotations = a.annotations;
        continue;
      }
      this.active.set(k, a);
    }
    const out: RuleSample[] = [];
    let activePending = 0;
    for (const [k, a] of this.active) {
      if (!found.has(k)) {
        let keepFiring = false;
        if (a.state === "firing" && this.desc.keepFiringFor > 0) {
          if (a.keepFiringSince === 0) a.keepFiringSince = t;
          if (t - a.keepFiringSince < this.desc.keepFiringFor) keepFiring = true;
        }
        // A resolved alert is kept for a while, so it is sent to Alertmanager as resolved.
        if (
          a.state === "pending" ||
          (a.resolvedAt !== 0 && t - a.resolvedAt > RESOLVED_RETENTION_MS)
        )
          this.active.delete(k);
        if (a.state !== "inactive" && !keepFiring) {
          a.state = "inactive";
          a.resolvedAt = t;
        }
        if (!keepFiring) continue;
      } else {
        a.keepFiringSince = 0;
      }
      activePending++;
      if (a.state === "pending" && t - a.activeAt >= this.desc.for) {
        a.state = "firing";
        a.firedAt = t;
      }
      if (this.restored) {
        out.push(this.alertSample(a, t));
        out.push(this.forStateSample(a, t, Math.floor(a.activeAt / 1000)));
      }
    }
    if (limit > 0 && activePending > limit) {
      this.active.clear();
      throw new Error(`exceeded limit of ${limit} with ${activePending} alerts`);
    }
    return out;
  }

  /**
   * The alerts to send now (Prometheus's needsSending): firing alerts not sent within
   * resendDelay and alerts resolved since their last send. Marks them sent at t.
   */
  alertsToSend(t: number, resendDelay: number, interval: number): Alert[] {
    const out: Alert[] = [];
    for (const a of this.active.values()) {
      if (a.state === "pending") continue;
      const needs =
        a.lastSentAt === 0 || a.resolvedAt > a.lastSentAt || a.lastSentAt + resendDelay < t;
      if (!needs) continue;
      a.lastSentAt = t;
      a.validUntil = t + 4 * Math.max(resendDelay, interval);
      out.push({ ...a, labels: [...a.labels], annotations: [...a.annotations] });
    }
    return out;
  }
}

export type Rule = RecordingRule | AlertingRule;
