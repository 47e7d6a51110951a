/**
 * The WeChat Work receiver (notify/wechat). An access token is fetched with
 * GET `api_url`gettoken?corpid=..&corpsecret=.. and cached for 2 hours (dropped when the send
 * answers errcode 42001); the message is POSTed as JSON to `api_url`message/send?access_token=..
 * with touser/toparty/totag/agentid (templated, omitted when empty), safe "0", msgtype
 * (text or markdown) and the templated message under `text` or `markdown`. A non-200 answer or
 * an expired token is retried; another errcode fails for good.
 */
import type { FlushContext, Integration } from "../notify.ts";
import { NotifyError } from "../notify.ts";
import type { Alert } from "../types.ts";
import {
  field,
  goFormEncode,
  goJSON,
  render,
  renderOrFail,
  TemplatedIntegration,
} from "./common.ts";
import { httpRequest } from "./http.ts";

/** How long a fetched access token is used (ms). */
export const WECHAT_TOKEN_TTL_MS = 2 * 3600_000;
/** The errcode WeChat answers for an expired access token. */
const TOKEN_EXPIRED = 42001;

type Obj = Record<string, unknown>;

function parseJSON(s: string): Obj | undefined {
  try {
    const v = JSON.parse(s);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined;
  } catch {
    return undefined;
  }
}

export class WeChatIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "wechat";
  private accessToken = "";
  private accessTokenAt = 0;

  private url(suffix: string, query: [string, string][], keepQuery: boolean): string {
    const u = new URL(field(this.conf, "api_url", ""));
    u.pathname += suffix;
    const params: [string, string][] = keepQuery
      ? [...u.searchParams.entries()].filter(([k]) => !query.some(([q]) => q === k))
      : [];
    u.search = goFormEncode([...params, ...query]);
    return u.toString();
  }

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const t = (k: string, def: string) => renderOrFail(r, field(c, k, def));
    if (this.accessToken === "" || Date.now() - this.accessTokenAt > WECHAT_TOKEN_TTL_MS) {
      const u = this.url(
        "gettoken",
        [
          ["corpsecret", t("api_secret", "")],
          ["corpid", t("corp_id", "")],
        ],
        false,
      );
      const res = await httpRequest("GET", u, { redact: true }, c.http_config, signal);
      const tok = parseJSON(res.body);
      if (tok === undefined)
        throw new NotifyError(`decode WeChat token response: ${res.body.slice(0, 256)}`, false);
      const token = typeof tok.access_token === "string" ? tok.access_token : "";
      if (token === "")
        throw new NotifyError(`invalid APISecret for CorpID: ${field(c, "corp_id", "")}`, false);
      this.accessToken = token;
      this.accessTokenAt = Date.now();
    }
    const type = field(c, "message_type", "text");
    const content = { content: t("message", '{{ template "wechat.default.message" . }}') };
    const msg: Obj = {
      text: type === "markdown" ? { content: "" } : content,
      touser: t("to_user", '{{ template "wechat.default.to_user" . }}'),
      toparty: t("to_party", '{{ template "wechat.default.to_party" . }}'),
      totag: t("to_tag", '{{ template "wechat.default.to_tag" . }}'),
      agentid: t("agent_id", '{{ template "wechat.default.agent_id" . }}'),
      safe: "0",
      msgtype: type,
      markdown: type === "markdown" ? content : { content: "" },
    };
    // omitempty drops the empty strings (not the content structs, which Go never omits).
    for (const k of ["touser", "toparty", "totag", "agentid", "msgtype"])
      if (msg[k] === "") delete msg[k];
    const res = await httpRequest(
      "POST",
      this.url("message/send", [["access_token", this.accessToken]], true),
      { headers: { "content-type": "application/json" }, body: goJSON(msg), redact: true },
      c.http_config,
      signal,
    );
    if (res.status !== 200) throw new NotifyError(`unexpected status code ${res.status}`, true);
    const answer = parseJSON(res.body);
    if (answer === undefined)
      throw new NotifyError(`decode WeChat response: ${res.body.slice(0, 256)}`, true);
    const code = Number(answer.errcode ?? 0);
    if (code === 0) return;
    const text = String(answer.errmsg ?? "");
    if (code === TOKEN_EXPIRED) {
      this.accessToken = "";
      throw new NotifyError(text, true);
    }
    throw new NotifyError(text, false);
  }
}
