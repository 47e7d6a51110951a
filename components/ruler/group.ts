/**
 * One running rule group (Prometheus's rules.Group): evaluates its rules in order at fixed
 * slots of its interval, writes what they produce, marks series stale when they disappear,
 * sends alerts and restores the `for` state of alerts after a restart. Times are Unix ms.
 *
 * Slots: as Prometheus, a group evaluates at `base + offset` where base is a multiple of the
 * interval and offset = hash(labels{name, file}) mod interval (xxhash64 over nanoseconds), or 0
 * with align_evaluation_time_on_interval. The same group file and name therefore evaluate at
 * the same instants in Prometheus and here.
 */
import type { Logger } from "pino";
import { labelsHash } from "../compactor/merge.ts";
import { type Label, labelsKey } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { isStaleNaN, type Queryable, STALE_NAN, ValNone } from "../model/series.ts";
import type { RulerMetrics } from "./metrics.ts";
import type { RuleGroupDesc } from "./rulegroup.ts";
import {
  type Alert,
  AlertingRule,
  type QueryFunc,
  RecordingRule,
  type Rule,
  type RuleSample,
  type TemplateExpander,
} from "./rules.ts";

export interface GroupOptions {
  /** ms, > 0 */
  interval: number;
  /** ms: queries run (and samples are written) at the slot time minus this. */
  queryOffset: number;
  /** The group's rule file path (part of the slot hash and of the API's `file`). */
  file: string;
  externalLabels: Record<string, string>;
  externalURL: string;
  /** -ruler.resend-delay, ms */
  resendDelay: number;
  /** -ruler.for-outage-tolerance, ms */
  outageTolerance: number;
  /** -ruler.for-grace-period, ms */
  forGracePeriod: number;
  /** Restore `for` state from ALERTS_FOR_STATE after the second evaluation. */
  restore: boolean;
}

export interface GroupDeps {
  query: QueryFunc;
  /** Writes samples (the tenant's, source "rule"); rejects on failure. */
  write(samples: RuleSample[]): Promise<void>;
  /** Hands alerts to the notifier. */
  notify(alerts: Alert[], rule: AlertingRule): void;
  expand: TemplateExpander;
  /** Reads ALERTS_FOR_STATE for restoring; undefined skips restoring. */
  queryable?: Queryable;
  tenant: string;
  logger: Logger;
  now?: () => number;
  metrics?: RulerMetrics;
}

/** Prometheus's Group.hash() offset within the interval, in ms (may be fractional). */
export function slotOffset(name: string, file: string, interval: number): number {
  const h = labelsHash([
    { name: "file", value: file },
    { name: "name", value: name },
  ]);
  const ns = BigInt(Math.round(interval * 1e6));
  return Number(h % ns) / 1e6;
}

/** The evaluation slot at or before `now` (Prometheus's EvalTimestamp), ms. */
export function evalTimestamp(now: number, interval: number, offset: number): number {
  // In nanoseconds, as Prometheus, then back to ms.
  const nowNs = BigInt(Math.round(now * 1e6));
  const iv = BigInt(Math.round(interval * 1e6));
  const off = BigInt(Math.round(offset * 1e6));
  const adj = nowNs - off;
  const base = adj - (((adj % iv) + iv) % iv);
  return Number(base + off) / 1e6;
}

export class Group {
  readonly desc: RuleGroupDesc;
  readonly opts: GroupOptions;
  readonly rules: Rule[];
  /** ms of the last evaluation slot; 0 = never. */
  lastEvaluation = 0;
  /** Seconds the last evaluation took. */
  evaluationTime = 0;
  private readonly deps: GroupDeps;
  private readonly offset: number;
  /** Series each rule wrote in its last successful evaluation, by label key. */
  private readonly previous: Map<string, Label[]>[];
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  private evaluations = 0;
  /** Series of removed rules, marked stale at the next evaluation. */
  private pendingStale: Label[][] = [];

  constructor(desc: RuleGroupDesc, opts: GroupOptions, deps: GroupDeps) {
    this.desc = desc;
    this.opts = opts;
    this.deps = deps;
    this.offset = desc.alignEvaluationTimeOnInterval
      ? 0
      : slotOffset(desc.name, opts.file, opts.interval);
    this.rules = desc.rules.map((r) =>
      r.alert !== ""
        ? new AlertingRule(r, {
            expand: deps.expand,
            externalLabels: opts.externalLabels,
            externalURL: opts.externalURL,
            restored: !opts.restore,
          })
        : new RecordingRule(r),
    );
    this.previous = this.rules.map(() => new Map());
  }

  /**
   * Takes over the state of the group this one replaces (Prometheus's CopyState): each rule
   * matched by name and labels keeps its series of the last evaluation (for stale markers) and
   * its active alerts; the series of old rules without a match are marked stale at the next
   * evaluation.
   */
  copyState(from: Group): void {
    this.lastEvaluation = from.lastEvaluation;
    this.evaluationTime = from.evaluationTime;
    const key = (r: Rule) =>
      `${r.name}${JSON.stringify(r.desc.labels.map((l) => [l.name, l.value]))}`;
    const byKey = new Map<string, number[]>();
    from.rules.forEach((r, i) => {
      byKey.set(key(r), [...(byKey.get(key(r)) ?? []), i]);
    });
    this.rules.forEach((r, i) => {
      const idx = byKey.get(key(r));
      if (!idx || idx.length === 0) return;
      const fi = idx.shift() as number;
      this.previous[i] = from.previous[fi];
      const old = from.rules[fi];
      if (r instanceof AlertingRule && old instanceof AlertingRule)
        for (const [k, a] of old.active) r.active.set(k, a);
    });
    for (const idx of byKey.values())
      for (const fi of idx) this.pendingStale.push(...from.previous[fi].values());
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }

  /** Starts evaluating at the next slot after now. */
  start(): void {
    let next = evalTimestamp(this.now(), this.opts.interval, this.offset) + this.opts.interval;
    const tick = () => {
      if (this.stopped) return;
      const slot = next;
      this.running = this.iteration(slot).finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        next = slot + this.opts.interval;
        const now = this.now();
        // Skip missed slots.
        if (now >= next + this.opts.interval) {
          const missed = Math.floor((now - next) / this.opts.interval);
          next += missed * this.opts.interval;
          this.deps.metrics?.iterationsMissed.inc(this.metricLabels, missed);
          this.deps.metrics?.iterations.inc(this.metricLabels, missed);
        }
        this.timer = setTimeout(tick, Math.max(0, next - now));
      });
    };
    this.timer = setTimeout(tick, Math.max(0, next - this.now()));
  }

  /**
   * Stops scheduling and waits for a running evaluation. With `staleAfter` (ms), writes stale
   * markers for every series of the last evaluation that long after the stop, timestamped at
   * the stop (minus the query offset), as Prometheus does (it waits two intervals so a renamed
   * or moved group writes first; a marker older than those samples is then refused and
   * harmless). Resolves once the markers are written.
   */
  async stop(staleAfter?: number): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.deps.metrics?.removeGroup(this.deps.tenant, this.metricLabels.rule_group);
    if (staleAfter === undefined || this.lastEvaluation === 0) return;
    const last = Math.floor(this.lastEvaluation - this.opts.queryOffset);
    const t = Math.max(last + 1, Math.floor(this.now() - this.opts.queryOffset));
    const stale: RuleSample[] = [];
    for (const prev of this.previous)
      for (const ls of prev.values()) stale.push({ metric: ls, t, f: STALE_NAN });
    if (stale.length === 0) return;
    if (staleAfter > 0) await new Promise((r) => setTimeout(r, staleAfter).unref());
    await this.deps
      .write(stale)
      .catch((err) =>
        this.deps.logger.debug({ err, group: this.desc.name }, "writing stale markers failed"),
      );
  }

  private async iteration(slot: number): Promise<void> {
    await this.eval(slot);
    this.evaluations++;
    if (this.opts.restore && this.evaluations === 2) {
      await this.restoreForState(this.now()).catch((err) =>
        this.deps.logger.warn({ err, group: this.desc.name }, "restoring alert state failed"),
      );
      for (const r of this.rules) if (r instanceof AlertingRule) r.restored = true;
    }
  }

  /** The `user` and `rule_group` labels of this group's metrics. */
  get metricLabels(): { user: string; rule_group: string } {
    return { user: this.deps.tenant, rule_group: `${this.opts.file};${this.desc.name}` };
  }

  /** Evaluates every rule once at slot t. */
  async eval(t: number): Promise<void> {
    const started = performance.now();
    const m = this.deps.metrics;
    let samples = 0;
    m?.iterations.inc(this.metricLabels);
    // Queries and samples use whole milliseconds (Prometheus's timestamp.FromTime).
    const qt = Math.floor(t - this.opts.queryOffset);
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      const rs = performance.now();
      let out: RuleSample[];
      m?.evaluations.inc(this.metricLabels);
      try {
        out = await rule.eval(qt, this.deps.query, this.desc.limit);
        rule.health = "ok";
        rule.lastError = "";
        samples += out.length;
      } catch (e) {
        m?.evaluationFailures.inc(this.metricLabels);
        rule.health = "err";
        rule.lastError = (e as Error).message;
        rule.lastEvaluation = t;
        rule.evaluationTime = (performance.now() - rs) / 1000;
        this.deps.logger.warn(
          { group: this.desc.name, rule: rule.name, err: rule.lastError },
          "evaluating rule failed",
        );
        continue;
      }
      if (rule instanceof AlertingRule) {
        const alerts = rule.alertsToSend(t, this.opts.resendDelay, this.opts.interval);
        if (alerts.length > 0) this.deps.notify(alerts, rule);
      }
      const cur = new Map<string, Label[]>();
      for (const s of out) cur.set(labelsKey(s.metric), s.metric as Label[]);
      for (const [k, ls] of this.previous[i])
        if (!cur.has(k)) out.push({ metric: ls, t: qt, f: STALE_NAN });
      this.previous[i] = cur;
      if (out.length > 0) {
        try {
          await this.deps.write(out);
        } catch (e) {
          rule.health = "err";
          rule.lastError = (e as Error).message;
          this.deps.logger.warn(
            { group: this.desc.name, rule: rule.name, err: rule.lastError },
            "writing rule samples failed",
          );
        }
      }
      rule.lastEvaluation = t;
      rule.evaluationTime = (performance.now() - rs) / 1000;
    }
    if (this.pendingStale.length > 0) {
      const stale = this.pendingStale.map((ls) => ({ metric: ls, t: qt, f: STALE_NAN }));
      this.pendingStale = [];
      await this.deps
        .write(stale)
        .catch((err) =>
          this.deps.logger.debug({ err, group: this.desc.name }, "writing stale markers failed"),
        );
    }
    this.lastEvaluation = t;
    this.evaluationTime = (performance.now() - started) / 1000;
    if (m) {
      const l = this.metricLabels;
      m.lastEvaluation.set(l, t / 1000);
      m.lastDuration.set(l, this.evaluationTime);
      m.lastSamples.set(l, samples);
      m.rules.set(l, this.rules.length);
      m.interval.set(l, this.opts.interval / 1000);
    }
  }

  /** Prometheus's RestoreForState: moves activeAt of pending alerts to where it was before. */
  async restoreForState(ts: number): Promise<void> {
    const qa = this.deps.queryable;
    if (!qa) return;
    const q = await qa.querier(this.deps.tenant, ts - this.opts.outageTolerance, ts);
    try {
      for (const rule of this.rules) {
        if (!(rule instanceof AlertingRule)) continue;
        const hold = rule.desc.for;
        if (hold < this.opts.forGracePeriod) continue;
        for (const a of rule.active.values()) {
          const ls = rule.forStateSample(a, ts, 0).metric;
          const matchers = ls.map((l) => newMatcher("=", l.name, l.value));
          const series = await q.select(false, undefined, matchers);
          const s = series.find((x) => x.labels.length === matchers.length);
          if (!s) continue;
          const it = s.iterator();
          let t = 0;
          let v = Number.NaN;
          let found = false;
          while (it.next() !== ValNone) {
            t = it.atT();
            v = it.atF();
            found = true;
          }
          if (!found || isStaleNaN(v)) continue;
          const downAt = Math.floor(t / 1000) * 1000;
          let activeAt = v * 1000;
          const remaining = hold - (downAt - activeAt);
          if (remaining <= 0) {
            // It was firing: the next evaluation sets it firing again if it still is.
          } else if (remaining < this.opts.forGracePeriod) {
            activeAt = ts + this.opts.forGracePeriod - hold;
          } else {
            activeAt += ts - downAt;
          }
          a.activeAt = activeAt;
        }
      }
    } finally {
      q.close();
    }
  }
}
