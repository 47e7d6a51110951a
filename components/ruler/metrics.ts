/**
 * The ruler's metrics with Mimir's names (its per-tenant Prometheus rule managers' metrics,
 * prefixed `cortex_prometheus_`): labels `user` and `rule_group` (`<file>;<group name>`).
 */
import type { Counter, Gauge, Registry } from "prom-client";
import { counter, gauge } from "../util/metrics.ts";

type GroupLabels = "user" | "rule_group";

export class RulerMetrics {
  readonly evaluations: Counter<GroupLabels>;
  readonly evaluationFailures: Counter<GroupLabels>;
  readonly iterations: Counter<GroupLabels>;
  readonly iterationsMissed: Counter<GroupLabels>;
  readonly lastEvaluation: Gauge<GroupLabels>;
  readonly lastDuration: Gauge<GroupLabels>;
  readonly lastSamples: Gauge<GroupLabels>;
  readonly rules: Gauge<GroupLabels>;
  readonly interval: Gauge<GroupLabels>;
  readonly notificationsSent: Counter<"user">;
  readonly notificationsDropped: Counter<"user">;
  readonly notificationErrors: Counter<"user">;

  constructor(reg: Registry) {
    const g = ["user", "rule_group"] as const;
    this.evaluations = counter(
      reg,
      "cortex_prometheus_rule_evaluations_total",
      "The total number of rule evaluations.",
      g,
    );
    this.evaluationFailures = counter(
      reg,
      "cortex_prometheus_rule_evaluation_failures_total",
      "The total number of rule evaluation failures.",
      g,
    );
    this.iterations = counter(
      reg,
      "cortex_prometheus_rule_group_iterations_total",
      "The total number of scheduled rule group evaluations, whether executed or missed.",
      g,
    );
    this.iterationsMissed = counter(
      reg,
      "cortex_prometheus_rule_group_iterations_missed_total",
      "The total number of rule group evaluations missed due to slow rule group evaluation.",
      g,
    );
    this.lastEvaluation = gauge(
      reg,
      "cortex_prometheus_rule_group_last_evaluation_timestamp_seconds",
      "The timestamp of the last rule group evaluation in seconds.",
      g,
    );
    this.lastDuration = gauge(
      reg,
      "cortex_prometheus_rule_group_last_duration_seconds",
      "The duration of the last rule group evaluation.",
      g,
    );
    this.lastSamples = gauge(
      reg,
      "cortex_prometheus_last_evaluation_samples",
      "The number of samples returned during the last rule group evaluation.",
      g,
    );
    this.rules = gauge(reg, "cortex_prometheus_rule_group_rules", "The number of rules.", g);
    this.interval = gauge(
      reg,
      "cortex_prometheus_rule_group_interval_seconds",
      "The interval of a rule group.",
      g,
    );
    this.notificationsSent = counter(
      reg,
      "cortex_prometheus_notifications_sent_total",
      "Total number of alerts sent.",
      ["user"],
    );
    this.notificationsDropped = counter(
      reg,
      "cortex_prometheus_notifications_dropped_total",
      "Total number of alerts dropped due to errors when sending to Alertmanager.",
      ["user"],
    );
    this.notificationErrors = counter(
      reg,
      "cortex_prometheus_notifications_errors_total",
      "Total number of errors sending alert notifications.",
      ["user"],
    );
  }

  /** Forgets a stopped group's series. */
  removeGroup(user: string, ruleGroup: string): void {
    const l = { user, rule_group: ruleGroup };
    for (const m of [
      this.evaluations,
      this.evaluationFailures,
      this.iterations,
      this.iterationsMissed,
      this.lastEvaluation,
      this.lastDuration,
      this.lastSamples,
      this.rules,
      this.interval,
    ])
      m.remove(l);
  }
}
