/**
 * The Pushover receiver (notify/pushover): one POST to https://api.pushover.net/1/messages.json
 * whose parameters travel in the query string (as Alertmanager sends them; the body is empty,
 * Content-Type text/plain): token, user, title (cut to 250 characters), message (cut to 1024
 * characters, trimmed, "(no details)" when empty; rendered as HTML with html=1 when `html` is
 * set), url (cut to 512 characters), url_title, priority (default 2 firing / 0 resolved),
 * retry and expire (seconds; defaults 1m and 1h), device, sound and ttl (seconds, when > 0).
 * 5xx is retried; other non-2xx statuses are not.
 */
import type { IntegrationConfig } from "../amconfig.ts";
import type { FlushContext, Integration } from "../notify.ts";
import type { Alert } from "../types.ts";
import {
  field,
  goFormEncode,
  render,
  renderOrFail,
  TemplatedIntegration,
  truncate,
} from "./common.ts";
import type { BuildContext } from "./context.ts";
import { checkStatus, httpRequest } from "./http.ts";

export const PUSHOVER_API_URL = "https://api.pushover.net/1/messages.json";
/** Pushover's limits, in characters. */
export const PUSHOVER_MAX_TITLE_RUNES = 250;
export const PUSHOVER_MAX_MESSAGE_RUNES = 1024;
export const PUSHOVER_MAX_URL_RUNES = 512;

/** Whole seconds of a duration in ms (Go's int64(d.Seconds())). */
const seconds = (ms: unknown, def: number) => String(Math.trunc(Number(ms ?? def) / 1000));

export class PushoverIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "pushover";
  private readonly apiURL: string;

  /** `apiURL` replaces Pushover's endpoint (tests). */
  constructor(conf: IntegrationConfig, index: number, b: BuildContext, apiURL = PUSHOVER_API_URL) {
    super(conf, index, b);
    this.apiURL = apiURL;
  }

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const t = (k: string, def: string) => renderOrFail(r, field(c, k, def));
    const params: [string, string][] = [
      ["token", t("token", "")],
      ["user", t("user_key", "")],
      [
        "title",
        truncate(t("title", '{{ template "pushover.default.title" . }}'), PUSHOVER_MAX_TITLE_RUNES),
      ],
    ];
    const messageT = field(c, "message", '{{ template "pushover.default.message" . }}');
    let message: string;
    if (c.html === true) {
      params.push(["html", "1"]);
      message = renderOrFail(r, messageT, true);
    } else message = renderOrFail(r, messageT);
    message = truncate(message, PUSHOVER_MAX_MESSAGE_RUNES).trim();
    params.push(
      ["message", message === "" ? "(no details)" : message],
      [
        "url",
        truncate(t("url", '{{ template "pushover.default.url" . }}'), PUSHOVER_MAX_URL_RUNES),
      ],
      ["url_title", t("url_title", "")],
      ["priority", t("priority", '{{ if eq .Status "firing" }}2{{ else }}0{{ end }}')],
      ["retry", seconds(c.retry, 60_000)],
      ["expire", seconds(c.expire, 3_600_000)],
      ["device", t("device", "")],
      ["sound", t("sound", "")],
    );
    const ttl = Math.trunc(Number(c.ttl ?? 0) / 1000);
    if (ttl > 0) params.push(["ttl", String(ttl)]);
    const u = new URL(this.apiURL);
    u.search = goFormEncode(params);
    const res = await httpRequest(
      "POST",
      u.toString(),
      { headers: { "content-type": "text/plain" }, body: "", redact: true },
      c.http_config,
      signal,
    );
    checkStatus(res);
  }
}
