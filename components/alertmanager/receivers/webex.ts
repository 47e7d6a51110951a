/**
 * The Webex receiver (notify/webex): POSTs `{"markdown": message, "roomId": room_id}` as JSON to
 * `api_url` (default https://webexapis.com/v1/messages) with the bot token from
 * `http_config.authorization`. The message defaults to `{{ template "webex.default.message" . }}`
 * and is cut to 7439 bytes (Webex's limit). 5xx is retried; other non-2xx statuses are not.
 */
import type { FlushContext, Integration } from "../notify.ts";
import type { Alert } from "../types.ts";
import {
  field,
  goJSON,
  render,
  renderOrFail,
  TemplatedIntegration,
  truncateBytes,
} from "./common.ts";
import { checkStatus, httpRequest } from "./http.ts";

/** Webex's maximum message size in bytes. */
export const WEBEX_MAX_MESSAGE_BYTES = 7439;

export class WebexIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "webex";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const message = renderOrFail(
      r,
      field(c, "message", '{{ template "webex.default.message" . }}'),
    );
    const body: Record<string, string> = {
      markdown: truncateBytes(message, WEBEX_MAX_MESSAGE_BYTES),
    };
    const room = field(c, "room_id", "");
    if (room !== "") body.roomId = room;
    const res = await httpRequest(
      "POST",
      field(c, "api_url", "https://webexapis.com/v1/messages"),
      { headers: { "content-type": "application/json" }, body: goJSON(body), redact: true },
      c.http_config,
      signal,
    );
    checkStatus(res);
  }
}
