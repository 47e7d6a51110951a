/**
 * Alert label and annotation templates in Prometheus's template language, through the Go
 * text/template engine of components/util/gotemplate (its Prometheus functions and the
 * `$labels`/`$value`/`$externalLabels`/`$externalURL` prelude). The `query` function runs
 * through the rule group's query path at the evaluation time.
 */
import { checkAlertTemplate, expandAlertTemplate } from "../util/gotemplate/prometheus.ts";
import type { TemplateExpander } from "./rules.ts";
import type { TemplateCheck } from "./validate.ts";

export const expandTemplate: TemplateExpander = (alertName, text, data, t, query) => {
  // Most labels and annotations are plain text: no engine needed.
  if (!text.includes("{{")) return Promise.resolve(text);
  return expandAlertTemplate({
    ruleName: alertName,
    text,
    labels: data.labels,
    externalLabels: data.externalLabels,
    externalURL: data.externalURL,
    value: data.value,
    timestampMs: t,
    query: async (q, ts) =>
      (await query(q, ts)).map((s) => ({
        labels: Object.fromEntries(s.metric.map((l) => [l.name, l.value])),
        value: s.f,
      })),
  });
};

/** Prometheus's rule-file check of a template: `msg=<parse error>` or undefined. */
export const checkTemplate: TemplateCheck = (alertName, text) => {
  const err = checkAlertTemplate(alertName, text);
  return err === undefined ? undefined : `msg=${err}`;
};
