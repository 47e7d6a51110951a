/**
 * The webhook receiver: POSTs Alertmanager's webhook message (template data plus version "4",
 * the group key and how many alerts max_alerts cut off) as JSON to `url`.
 */
import type { IntegrationConfig } from "../amconfig.ts";
import type { FlushContext, Integration } from "../notify.ts";
import { templateData } from "../tmpldata.ts";
import type { Alert } from "../types.ts";
import { postJSON } from "./http.ts";

export function webhookMessage(
  ctx: FlushContext,
  alerts: Alert[],
  externalURL: string,
  maxAlerts: number,
): Record<string, unknown> {
  const truncated = maxAlerts > 0 && alerts.length > maxAlerts ? alerts.length - maxAlerts : 0;
  const list = truncated > 0 ? alerts.slice(0, maxAlerts) : alerts;
  return {
    ...templateData(ctx.receiver, ctx.groupLabels, list, externalURL, ctx.now),
    version: "4",
    groupKey: ctx.groupKey,
    truncatedAlerts: truncated,
  };
}

export class WebhookIntegration implements Integration {
  readonly kind = "webhook";
  readonly index: number;
  readonly sendResolved: boolean;
  private readonly conf: IntegrationConfig;
  private readonly externalURL: string;

  constructor(conf: IntegrationConfig, index: number, externalURL: string) {
    this.conf = conf;
    this.index = index;
    this.sendResolved = conf.send_resolved;
    this.externalURL = externalURL;
  }

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const msg = webhookMessage(ctx, alerts, this.externalURL, Number(this.conf.max_alerts ?? 0));
    await postJSON(String(this.conf.url), msg, this.conf.http_config, signal);
  }
}
