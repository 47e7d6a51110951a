/**
 * The HTTP receivers built from templates, with the payloads Alertmanager builds (notify/slack,
 * pagerduty, opsgenie, msteams, discord, telegram): every text field is a template over the
 * notification data and defaults to the matching definition of the default templates.
 */
import type { FlushContext, Integration } from "../notify.ts";
import type { Alert } from "../types.ts";
import { field, hashKey, render, TemplatedIntegration, truncate } from "./common.ts";
import { postJSON } from "./http.ts";

type Obj = Record<string, unknown>;

const tpl = (name: string) => `{{ template "${name}" . }}`;

/** Drops the keys whose value is "", undefined or an empty list (Go's omitempty). */
function omitEmpty(o: Obj, keys: string[]): Obj {
  for (const k of keys) {
    const v = o[k];
    if (v === undefined || v === "" || v === false || (Array.isArray(v) && v.length === 0))
      delete o[k];
  }
  return o;
}

export class SlackIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "slack";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const f = (k: string, def: string) => r.text(field(c, k, def));
    const attachment: Obj = {
      title: truncate(f("title", tpl("slack.default.title")), 1024),
      title_link: f("title_link", tpl("slack.default.titlelink")),
      pretext: f("pretext", tpl("slack.default.pretext")),
      text: f("text", tpl("slack.default.text")),
      fallback: f("fallback", tpl("slack.default.fallback")),
      callback_id: f("callback_id", tpl("slack.default.callbackid")),
      fields: ((c.fields as Obj[] | undefined) ?? []).map((x) => ({
        title: r.text(x.title),
        value: r.text(x.value),
        short: x.short ?? c.short_fields ?? false,
      })),
      actions: ((c.actions as Obj[] | undefined) ?? []).map((a) => {
        const out: Obj = { ...a };
        for (const k of ["text", "url", "name", "value", "type"]) if (k in a) out[k] = r.text(a[k]);
        return out;
      }),
      image_url: f("image_url", ""),
      thumb_url: f("thumb_url", ""),
      footer: f("footer", tpl("slack.default.footer")),
      color: f("color", '{{ if eq .Status "firing" }}danger{{ else }}good{{ end }}'),
      mrkdwn_in: (c.mrkdwn_in as string[] | undefined)?.length
        ? c.mrkdwn_in
        : ["fallback", "pretext", "text"],
    };
    omitEmpty(attachment, [
      "title",
      "title_link",
      "pretext",
      "fields",
      "actions",
      "image_url",
      "thumb_url",
      "color",
      "mrkdwn_in",
    ]);
    const req = omitEmpty(
      {
        channel: f("channel", ""),
        username: f("username", tpl("slack.default.username")),
        icon_emoji: f("icon_emoji", tpl("slack.default.iconemoji")),
        icon_url: f("icon_url", tpl("slack.default.iconurl")),
        link_names: c.link_names === true,
        attachments: [attachment],
      },
      ["channel", "username", "icon_emoji", "icon_url", "link_names"],
    );
    await postJSON(String(c.api_url), req, c.http_config, signal);
  }
}

const PD_V1_URL = "https://events.pagerduty.com/generic/2010-04-15/create_event.json";

export class PagerDutyIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "pagerduty";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r, data } = render(ctx, alerts, this.b);
    const c = this.conf;
    const f = (k: string, def: string) => r.text(field(c, k, def));
    const key = hashKey(ctx.groupKey);
    const resolved = data.status === "resolved";
    const detailsT: Record<string, string> = {
      firing: '{{ template "pagerduty.default.instances" .Alerts.Firing }}',
      resolved: '{{ template "pagerduty.default.instances" .Alerts.Resolved }}',
      num_firing: "{{ .Alerts.Firing | len }}",
      num_resolved: "{{ .Alerts.Resolved | len }}",
      ...((c.details as Record<string, string> | undefined) ?? {}),
    };
    const details: Record<string, string> = {};
    for (const [k, v] of Object.entries(detailsT)) details[k] = r.text(v);
    const description = truncate(f("description", tpl("pagerduty.default.description")), 1024);
    const client = f("client", tpl("pagerduty.default.client"));
    const clientURL = f("client_url", tpl("pagerduty.default.clientURL"));
    if (c.service_key) {
      const msg = omitEmpty(
        {
          service_key: String(c.service_key),
          incident_key: key,
          event_type: resolved ? "resolve" : "trigger",
          description,
          event_action: "",
          payload: null,
          client: resolved ? "" : client,
          client_url: resolved ? "" : clientURL,
          details: resolved ? undefined : details,
        },
        ["client", "client_url", "details"],
      );
      await postJSON(
        String(c.url && c.url !== PD_V2_DEFAULT ? c.url : PD_V1_URL),
        msg,
        c.http_config,
        signal,
      );
      return;
    }
    const payload = omitEmpty(
      {
        summary: description,
        source: f("source", "") || client,
        severity: f("severity", "error"),
        class: f("class", ""),
        component: f("component", ""),
        group: f("group", ""),
        custom_details: details,
      },
      ["class", "component", "group"],
    );
    const msg = omitEmpty(
      {
        routing_key: String(c.routing_key),
        dedup_key: key,
        event_action: resolved ? "resolve" : "trigger",
        payload,
        client,
        client_url: clientURL,
        images: ((c.images as Obj[] | undefined) ?? []).map((i) => ({
          src: r.text(i.src),
          alt: r.text(i.alt),
          href: r.text(i.href),
        })),
        links: ((c.links as Obj[] | undefined) ?? []).map((l) => ({
          href: r.text(l.href),
          text: r.text(l.text),
        })),
      },
      ["client", "client_url", "images", "links"],
    );
    await postJSON(String(c.url), msg, c.http_config, signal);
  }
}

const PD_V2_DEFAULT = "https://events.pagerduty.com/v2/enqueue";

export class OpsGenieIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "opsgenie";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r, data } = render(ctx, alerts, this.b);
    const c = this.conf;
    const f = (k: string, def: string) => r.text(field(c, k, def));
    const alias = hashKey(ctx.groupKey);
    const base = String(c.api_url).replace(/\/?$/, "/");
    const headers = { authorization: `GenieKey ${r.text(c.api_key)}` };
    if (data.status === "resolved") {
      await postJSON(
        `${base}v2/alerts/${alias}/close?identifierType=alias`,
        { source: f("source", tpl("opsgenie.default.source")) },
        c.http_config,
        signal,
        headers,
      );
      return;
    }
    const details: Record<string, string> = {};
    for (const [k, v] of Object.entries((c.details as Record<string, string> | undefined) ?? {}))
      details[k] = r.text(v);
    const tags = f("tags", "")
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== "");
    const msg = omitEmpty(
      {
        alias,
        message: truncate(f("message", tpl("opsgenie.default.message")), 130),
        description: f("description", tpl("opsgenie.default.description")),
        details,
        source: f("source", tpl("opsgenie.default.source")),
        responders: ((c.responders as Obj[] | undefined) ?? []).map((x) => {
          const out: Obj = { type: r.text(x.type) };
          for (const k of ["id", "name", "username"]) if (x[k]) out[k] = r.text(x[k]);
          return out;
        }),
        tags,
        note: f("note", ""),
        priority: f("priority", ""),
        entity: f("entity", ""),
        actions: f("actions", "")
          .split(",")
          .map((t) => t.trim())
          .filter((t) => t !== ""),
      },
      ["description", "responders", "tags", "note", "priority", "entity", "actions"],
    );
    await postJSON(`${base}v2/alerts`, msg, c.http_config, signal, headers);
  }
}

export class TeamsIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "msteams";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r, data } = render(ctx, alerts, this.b);
    const c = this.conf;
    const f = (k: string, def: string) => r.text(field(c, k, def));
    const msg = {
      "@context": "http://schema.org/extensions",
      type: "MessageCard",
      title: f("title", tpl("msteams.default.title")),
      summary: f("summary", tpl("msteams.default.summary")),
      text: f("text", tpl("msteams.default.text")),
      themeColor: data.status === "firing" ? "8C1A1A" : "2DC72D",
    };
    await postJSON(String(c.webhook_url), msg, c.http_config, signal);
  }
}

export class DiscordIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "discord";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r, data } = render(ctx, alerts, this.b);
    const c = this.conf;
    const f = (k: string, def: string) => r.text(field(c, k, def));
    const msg = {
      content: "",
      embeds: [
        {
          title: truncate(f("title", tpl("discord.default.title")), 256),
          description: truncate(f("message", tpl("discord.default.message")), 4096),
          color: data.status === "firing" ? 0x992d22 : 0x2ecc71,
        },
      ],
    };
    await postJSON(String(c.webhook_url), msg, c.http_config, signal);
  }
}

function escapeHTML(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&#34;")
    .replace(/'/g, "&#39;");
}

export class TelegramIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "telegram";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const parseMode = field(c, "parse_mode", "HTML");
    let text = r.text(field(c, "message", tpl("telegram.default.message")));
    if (parseMode === "HTML") text = escapeHTML(text);
    const msg: Obj = {
      chat_id: String(c.chat_id),
      text: truncate(text, 4096),
      parse_mode: parseMode,
    };
    if (c.disable_notifications === true) msg.disable_notification = "true";
    const base = String(c.api_url).replace(/\/$/, "");
    await postJSON(`${base}/bot${c.bot_token}/sendMessage`, msg, c.http_config, signal);
  }
}
