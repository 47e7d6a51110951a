/**
 * What the template-driven receivers share: the notification's template data and a renderer of
 * the receiver's template fields over it, and Alertmanager's helpers (key hashing, truncation).
 */
import { createHash } from "node:crypto";
import type { IntegrationConfig } from "../amconfig.ts";
import type { FlushContext } from "../notify.ts";
import { Renderer } from "../templates.ts";
import { type TemplateData, templateData } from "../tmpldata.ts";
import type { Alert } from "../types.ts";
import type { BuildContext } from "./context.ts";

export interface Rendered {
  data: TemplateData;
  r: Renderer;
}

export function render(ctx: FlushContext, alerts: Alert[], b: BuildContext): Rendered {
  const data = templateData(ctx.receiver, ctx.groupLabels, alerts, b.externalURL, ctx.now);
  return { data, r: new Renderer(b.template, data, b.htmlTemplate) };
}

/** A field of the config, or its Alertmanager default when unset. */
export function field(conf: IntegrationConfig, key: string, def: string): string {
  const v = conf[key];
  return v === undefined || v === null ? def : String(v);
}

/** notify.Hash-style key: sha256 hex of the group key. */
export function hashKey(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** notify.TruncateInRunes: at most n characters, the last one "…" when cut. */
export function truncate(s: string, n: number): string {
  const chars = [...s];
  if (chars.length <= n) return s;
  return `${chars.slice(0, n - 1).join("")}…`;
}

export abstract class TemplatedIntegration {
  readonly index: number;
  readonly sendResolved: boolean;
  protected readonly conf: IntegrationConfig;
  protected readonly b: BuildContext;

  constructor(conf: IntegrationConfig, index: number, b: BuildContext) {
    this.conf = conf;
    this.index = index;
    this.sendResolved = conf.send_resolved;
    this.b = b;
  }
}
