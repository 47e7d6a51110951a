/**
 * Builds the integrations of each receiver of a configuration. Every kind of INTEGRATION_KINDS
 * has a sender; a kind without one (a factory removed or not yet registered) gets an integration
 * that fails without retrying, so the failure shows in logs and metrics.
 */
import type { AmConfig, IntegrationConfig, IntegrationKind } from "../amconfig.ts";
import { type Integration, NotifyError } from "../notify.ts";
import {
  DiscordIntegration,
  OpsGenieIntegration,
  PagerDutyIntegration,
  SlackIntegration,
  TeamsIntegration,
  TelegramIntegration,
} from "./chat.ts";
import { EmailIntegration } from "./email.ts";
import type { BuildContext } from "./context.ts";
import { PushoverIntegration } from "./pushover.ts";
import { SNSIntegration } from "./sns.ts";
import { VictorOpsIntegration } from "./victorops.ts";
import { WebexIntegration } from "./webex.ts";
import { WebhookIntegration } from "./webhook.ts";
import { WeChatIntegration } from "./wechat.ts";

export type { BuildContext };

export type IntegrationFactory = (
  conf: IntegrationConfig,
  index: number,
  ctx: BuildContext,
) => Integration;

const factories = new Map<IntegrationKind, IntegrationFactory>([
  ["webhook", (c, i, ctx) => new WebhookIntegration(c, i, ctx.externalURL)],
  ["email", (c, i, ctx) => new EmailIntegration(c, i, ctx)],
  ["slack", (c, i, ctx) => new SlackIntegration(c, i, ctx)],
  ["pagerduty", (c, i, ctx) => new PagerDutyIntegration(c, i, ctx)],
  ["opsgenie", (c, i, ctx) => new OpsGenieIntegration(c, i, ctx)],
  ["msteams", (c, i, ctx) => new TeamsIntegration(c, i, ctx)],
  ["discord", (c, i, ctx) => new DiscordIntegration(c, i, ctx)],
  ["telegram", (c, i, ctx) => new TelegramIntegration(c, i, ctx)],
  ["wechat", (c, i, ctx) => new WeChatIntegration(c, i, ctx)],
  ["victorops", (c, i, ctx) => new VictorOpsIntegration(c, i, ctx)],
  ["pushover", (c, i, ctx) => new PushoverIntegration(c, i, ctx)],
  ["sns", (c, i, ctx) => new SNSIntegration(c, i, ctx)],
  ["webex", (c, i, ctx) => new WebexIntegration(c, i, ctx)],
]);

/** Adds (or replaces) the sender of an integration kind. */
export function registerIntegration(kind: IntegrationKind, f: IntegrationFactory): void {
  factories.set(kind, f);
}

class UnsupportedIntegration implements Integration {
  readonly kind: string;
  readonly index: number;
  readonly sendResolved: boolean;
  constructor(kind: string, index: number, sendResolved: boolean) {
    this.kind = kind;
    this.index = index;
    this.sendResolved = sendResolved;
  }
  async notify(): Promise<void> {
    throw new NotifyError(`the ${this.kind} integration is not supported by mimir-ts`, false);
  }
}

export function buildReceivers(cfg: AmConfig, ctx: BuildContext): Map<string, Integration[]> {
  const out = new Map<string, Integration[]>();
  for (const r of cfg.receivers) {
    out.set(
      r.name,
      r.integrations.map(({ kind, index, conf }) => {
        const f = factories.get(kind);
        return f
          ? f(conf, index, ctx)
          : new UnsupportedIntegration(kind, index, conf.send_resolved);
      }),
    );
  }
  return out;
}
