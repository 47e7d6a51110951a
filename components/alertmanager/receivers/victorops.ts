/**
 * The VictorOps (Splunk On-Call) receiver (notify/victorops): POSTs a JSON object to
 * `api_url` + api_key + "/" + routing_key (templated) with message_type (CRITICAL for firing
 * unless the templated type is INFO, WARNING or CRITICAL; RECOVERY when resolved), entity_id
 * (sha256 of the group key), entity_display_name, state_message (cut to 20480 characters),
 * monitoring_tool and the templated custom_fields. 5xx is retried; other non-2xx are not.
 */
import type { FlushContext, Integration } from "../notify.ts";
import type { Alert } from "../types.ts";
import {
  field,
  goJSON,
  hashKey,
  render,
  renderOrFail,
  TemplatedIntegration,
  truncate,
} from "./common.ts";
import { checkStatus, httpRequest } from "./http.ts";

/** Longest state_message VictorOps takes, in characters. */
export const VICTOROPS_MAX_MESSAGE_RUNES = 20480;
const ALLOWED_FIRING_TYPES = new Set(["INFO", "WARNING", "CRITICAL"]);

export class VictorOpsIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "victorops";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r, data } = render(ctx, alerts, this.b);
    const c = this.conf;
    const t = (k: string, def: string) => renderOrFail(r, field(c, k, def));
    const base = field(c, "api_url", "");
    const url = `${base}${field(c, "api_key", "")}/${t("routing_key", "")}`;
    let messageType = t("message_type", "CRITICAL");
    if (data.status === "firing" && !ALLOWED_FIRING_TYPES.has(messageType))
      messageType = "CRITICAL";
    if (data.status === "resolved") messageType = "RECOVERY";
    const msg: Record<string, string> = {
      message_type: messageType,
      entity_id: hashKey(ctx.groupKey),
      entity_display_name: t(
        "entity_display_name",
        '{{ template "victorops.default.entity_display_name" . }}',
      ),
      state_message: truncate(
        t("state_message", '{{ template "victorops.default.state_message" . }}'),
        VICTOROPS_MAX_MESSAGE_RUNES,
      ),
      monitoring_tool: t("monitoring_tool", '{{ template "victorops.default.monitoring_tool" . }}'),
    };
    const custom = (c.custom_fields ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(custom)) msg[k] = renderOrFail(r, v);
    // Go encodes a map[string]string with its keys sorted.
    const sorted: Record<string, string> = {};
    for (const k of Object.keys(msg).sort()) sorted[k] = msg[k];
    const res = await httpRequest(
      "POST",
      url,
      {
        headers: { "content-type": "application/json" },
        body: goJSON(sorted),
        redact: true,
      },
      c.http_config,
      signal,
    );
    checkStatus(res);
  }
}
