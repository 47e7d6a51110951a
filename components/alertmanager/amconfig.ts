/**
 * Alertmanager's configuration file (prometheus/alertmanager config.Load, v0.25 semantics plus the
 * receivers Mimir adds): `global`, `route`, `receivers`, `inhibit_rules`, `time_intervals` /
 * `mute_time_intervals` and `templates`. Parsing applies the global defaults to each receiver and
 * rejects bad input with Alertmanager's own messages (e.g. `undefined receiver "x" used in route`,
 * `yaml: unmarshal errors:\n  line 3: field foo not found in type config.plain`). Durations are
 * milliseconds.
 */
import * as yaml from "js-yaml";
import { ConfigError } from "./configerror.ts";
import { parseDuration } from "../util/config/duration.ts";
import { isValidLabelName } from "./labels.ts";
import {
  type AmMatcher,
  amMatcher,
  MatcherParseError,
  parseMatchers,
  sortMatchers,
} from "./matchers.ts";
import { parseTimeIntervals, type TimeInterval } from "./timeinterval.ts";

export { ConfigError };

type Obj = Record<string, unknown>;

export interface GlobalConfig {
  resolve_timeout: number;
  smtp_from: string;
  smtp_hello: string;
  smtp_smarthost: string;
  smtp_auth_username: string;
  smtp_auth_password: string;
  smtp_auth_identity: string;
  smtp_auth_secret: string;
  smtp_require_tls: boolean;
  slack_api_url: string;
  pagerduty_url: string;
  opsgenie_api_url: string;
  opsgenie_api_key: string;
  telegram_api_url: string;
  webex_api_url: string;
  wechat_api_url: string;
  wechat_api_secret: string;
  wechat_api_corp_id: string;
  victorops_api_url: string;
  victorops_api_key: string;
  http_config: Obj | undefined;
}

export interface RouteConfig {
  receiver: string;
  /** undefined = inherit; `["..."]` = group by all labels. */
  group_by: string[] | undefined;
  matchers: AmMatcher[];
  continue: boolean;
  group_wait: number | undefined;
  group_interval: number | undefined;
  repeat_interval: number | undefined;
  mute_time_intervals: string[];
  active_time_intervals: string[];
  routes: RouteConfig[];
}

/** One integration's settings (global defaults applied); the keys are Alertmanager's. */
export type IntegrationConfig = Obj & { send_resolved: boolean };

export const INTEGRATION_KINDS = [
  "webhook",
  "email",
  "slack",
  "pagerduty",
  "opsgenie",
  "msteams",
  "discord",
  "telegram",
  "wechat",
  "victorops",
  "pushover",
  "sns",
  "webex",
] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

export interface ReceiverConfig {
  name: string;
  /** Integrations by kind (`webhook` = webhook_configs), in file order. */
  integrations: { kind: IntegrationKind; index: number; conf: IntegrationConfig }[];
}

export interface InhibitRule {
  source: AmMatcher[];
  target: AmMatcher[];
  equal: string[];
}

export interface AmConfig {
  global: GlobalConfig;
  route: RouteConfig;
  receivers: ReceiverConfig[];
  inhibit_rules: InhibitRule[];
  time_intervals: Map<string, TimeInterval[]>;
  templates: string[];
}

/** Finds the line of the first `key:` in the source, for yaml.v2-style unknown field errors. */
function lineOf(src: string, key: string): number {
  const lines = src.split("\n");
  const re = new RegExp(
    `^\\s*(?:- )?\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`,
  );
  for (let i = 0; i < lines.length; i++) if (re.test(lines[i])) return i + 1;
  return 1;
}

class Reader {
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  /** Rejects keys not in `allowed`, as yaml.v2's UnmarshalStrict does. */
  strict(o: Obj, allowed: readonly string[], type = "config.plain"): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) {
        throw new ConfigError(
          `yaml: unmarshal errors:\n  line ${lineOf(this.src, k)}: field ${k} not found in type ${type}`,
        );
      }
    }
  }
}

function typeError(what: string, v: unknown): ConfigError {
  const shown = typeof v === "object" ? JSON.stringify(v) : String(v);
  return new ConfigError(`yaml: unmarshal errors:\n  cannot unmarshal ${shown} into ${what}`);
}

function obj(v: unknown, what: string): Obj {
  if (v === undefined || v === null) return {};
  if (typeof v !== "object" || Array.isArray(v)) throw typeError(what, v);
  return v as Obj;
}

function list(v: unknown, what: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw typeError(what, v);
  return v;
}

function str(v: unknown, what: string, def = ""): string {
  if (v === undefined || v === null) return def;
  if (typeof v === "object") throw typeError(what, v);
  return String(v);
}

function strList(v: unknown, what: string): string[] {
  return list(v, what).map((x) => str(x, what));
}

function bool(v: unknown, what: string, def: boolean): boolean {
  if (v === undefined || v === null) return def;
  if (typeof v !== "boolean") throw typeError(what, v);
  return v;
}

export function duration(v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v);
  const ms = parseDuration(s);
  if (ms === undefined || ms < 0 || /^[+-]|\.|ns|us|µs/.test(s))
    throw new ConfigError(`not a valid duration string: ${JSON.stringify(s)}`);
  return ms;
}

function checkURL(u: string): void {
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new ConfigError(`parse ${JSON.stringify(u)}: invalid URI for request`);
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (scheme !== "http" && scheme !== "https")
    throw new ConfigError(`unsupported scheme ${JSON.stringify(scheme)} for URL`);
  if (parsed.hostname === "") throw new ConfigError(`missing host for URL`);
}

const HTTP_CONFIG_KEYS = [
  "basic_auth",
  "authorization",
  "oauth2",
  "bearer_token",
  "bearer_token_file",
  "tls_config",
  "proxy_url",
  "follow_redirects",
  "enable_http2",
  "no_proxy",
  "proxy_from_environment",
  "proxy_connect_header",
];

/** Mimir refuses file-based secrets and proxies in tenant configs (pkg/alertmanager/api.go). */
function checkHTTPConfig(r: Reader, v: unknown): Obj | undefined {
  if (v === undefined || v === null) return undefined;
  const o = obj(v, "commoncfg.HTTPClientConfig");
  r.strict(o, HTTP_CONFIG_KEYS);
  const basic = obj(o.basic_auth, "commoncfg.BasicAuth");
  const auth = obj(o.authorization, "commoncfg.Authorization");
  if (basic.password_file || auth.credentials_file || o.bearer_token_file)
    throw new ConfigError(
      "setting password_file, bearer_token_file and credentials_file is not allowed",
    );
  if (o.proxy_url) throw new ConfigError("setting proxy_url is not allowed");
  if (obj(o.oauth2, "commoncfg.OAuth2").client_secret_file)
    throw new ConfigError("setting OAuth2 client_secret_file is not allowed");
  const tls = obj(o.tls_config, "commoncfg.TLSConfig");
  if (tls.ca_file || tls.cert_file || tls.key_file)
    throw new ConfigError("setting TLS ca_file, cert_file and key_file is not allowed");
  return o;
}

const GLOBAL_KEYS = [
  "resolve_timeout",
  "http_config",
  "smtp_from",
  "smtp_hello",
  "smtp_smarthost",
  "smtp_auth_username",
  "smtp_auth_password",
  "smtp_auth_password_file",
  "smtp_auth_secret",
  "smtp_auth_identity",
  "smtp_require_tls",
  "slack_api_url",
  "slack_api_url_file",
  "pagerduty_url",
  "opsgenie_api_url",
  "opsgenie_api_key",
  "opsgenie_api_key_file",
  "wechat_api_url",
  "wechat_api_secret",
  "wechat_api_corp_id",
  "victorops_api_url",
  "victorops_api_key",
  "victorops_api_key_file",
  "telegram_api_url",
  "webex_api_url",
];

function parseGlobal(r: Reader, v: unknown): GlobalConfig {
  const o = obj(v, "config.GlobalConfig");
  r.strict(o, GLOBAL_KEYS);
  if (o.slack_api_url_file)
    throw new ConfigError(
      "setting Slack api_url_file and global slack_api_url_file is not allowed",
    );
  if (o.victorops_api_key_file)
    throw new ConfigError("setting VictorOps api_key_file is not allowed");
  const g: GlobalConfig = {
    resolve_timeout: duration(o.resolve_timeout) ?? 5 * 60_000,
    smtp_from: str(o.smtp_from, "string"),
    smtp_hello: str(o.smtp_hello, "string", "localhost"),
    smtp_smarthost: str(o.smtp_smarthost, "string"),
    smtp_auth_username: str(o.smtp_auth_username, "string"),
    smtp_auth_password: str(o.smtp_auth_password, "string"),
    smtp_auth_identity: str(o.smtp_auth_identity, "string"),
    smtp_auth_secret: str(o.smtp_auth_secret, "string"),
    smtp_require_tls: bool(o.smtp_require_tls, "bool", true),
    slack_api_url: str(o.slack_api_url, "string"),
    pagerduty_url: str(o.pagerduty_url, "string", "https://events.pagerduty.com/v2/enqueue"),
    opsgenie_api_url: str(o.opsgenie_api_url, "string", "https://api.opsgenie.com/"),
    opsgenie_api_key: str(o.opsgenie_api_key, "string"),
    telegram_api_url: str(o.telegram_api_url, "string", "https://api.telegram.org"),
    webex_api_url: str(o.webex_api_url, "string", "https://webexapis.com/v1/messages"),
    wechat_api_url: str(o.wechat_api_url, "string", "https://qyapi.weixin.qq.com/cgi-bin/"),
    wechat_api_secret: str(o.wechat_api_secret, "string"),
    wechat_api_corp_id: str(o.wechat_api_corp_id, "string"),
    victorops_api_url: str(
      o.victorops_api_url,
      "string",
      "https://alert.victorops.com/integrations/generic/20131114/alert/",
    ),
    victorops_api_key: str(o.victorops_api_key, "string"),
    http_config: checkHTTPConfig(r, o.http_config),
  };
  if (g.slack_api_url) checkURL(g.slack_api_url);
  for (const u of [g.webex_api_url, g.wechat_api_url, g.victorops_api_url]) checkURL(u);
  return g;
}

/** Allowed keys and defaults of each integration (beyond send_resolved and http_config). */
const INTEGRATION_FIELDS: Record<IntegrationKind, { keys: string[]; sendResolved: boolean }> = {
  webhook: { keys: ["url", "max_alerts"], sendResolved: true },
  email: {
    keys: [
      "to",
      "from",
      "hello",
      "smarthost",
      "auth_username",
      "auth_password",
      "auth_password_file",
      "auth_secret",
      "auth_identity",
      "headers",
      "html",
      "text",
      "require_tls",
      "tls_config",
    ],
    sendResolved: false,
  },
  slack: {
    keys: [
      "api_url",
      "api_url_file",
      "channel",
      "username",
      "color",
      "title",
      "title_link",
      "pretext",
      "text",
      "fields",
      "short_fields",
      "footer",
      "fallback",
      "callback_id",
      "icon_emoji",
      "icon_url",
      "image_url",
      "thumb_url",
      "link_names",
      "mrkdwn_in",
      "actions",
    ],
    sendResolved: false,
  },
  pagerduty: {
    keys: [
      "service_key",
      "service_key_file",
      "routing_key",
      "routing_key_file",
      "url",
      "client",
      "client_url",
      "description",
      "details",
      "images",
      "links",
      "source",
      "severity",
      "class",
      "component",
      "group",
    ],
    sendResolved: true,
  },
  opsgenie: {
    keys: [
      "api_key",
      "api_key_file",
      "api_url",
      "message",
      "description",
      "source",
      "details",
      "entity",
      "responders",
      "actions",
      "tags",
      "note",
      "priority",
      "update_alerts",
    ],
    sendResolved: true,
  },
  msteams: {
    keys: ["webhook_url", "webhook_url_file", "title", "summary", "text"],
    sendResolved: true,
  },
  discord: { keys: ["webhook_url", "webhook_url_file", "title", "message"], sendResolved: true },
  telegram: {
    keys: [
      "api_url",
      "bot_token",
      "bot_token_file",
      "chat_id",
      "message",
      "disable_notifications",
      "parse_mode",
    ],
    sendResolved: true,
  },
  wechat: {
    keys: [
      "api_secret",
      "corp_id",
      "message",
      "api_url",
      "to_user",
      "to_party",
      "to_tag",
      "agent_id",
      "message_type",
    ],
    sendResolved: false,
  },
  victorops: {
    keys: [
      "api_key",
      "api_key_file",
      "api_url",
      "routing_key",
      "message_type",
      "entity_display_name",
      "state_message",
      "monitoring_tool",
      "custom_fields",
    ],
    sendResolved: true,
  },
  pushover: {
    keys: [
      "user_key",
      "user_key_file",
      "token",
      "token_file",
      "title",
      "message",
      "url",
      "url_title",
      "sound",
      "priority",
      "retry",
      "expire",
      "ttl",
      "device",
      "html",
    ],
    sendResolved: true,
  },
  sns: {
    keys: [
      "api_url",
      "sigv4",
      "topic_arn",
      "phone_number",
      "target_arn",
      "subject",
      "message",
      "attributes",
    ],
    sendResolved: true,
  },
  webex: { keys: ["api_url", "room_id", "message"], sendResolved: true },
};

function decodeVictorOps(conf: IntegrationConfig): void {
  if (!conf.routing_key) throw new ConfigError("missing Routing key in VictorOps config");
  if (conf.api_key && conf.api_key_file)
    throw new ConfigError("at most one of api_key & api_key_file must be configured");
  if (conf.api_key_file) throw new ConfigError("setting VictorOps api_key_file is not allowed");
  const custom = obj(conf.custom_fields, "map[string]string");
  for (const f of [
    "routing_key",
    "message_type",
    "state_message",
    "entity_display_name",
    "monitoring_tool",
    "entity_id",
    "entity_state",
  ])
    if (f in custom)
      throw new ConfigError(
        `victorOps config contains custom field ${f} which cannot be used as it conflicts with the fixed/static fields`,
      );
  for (const [k, v] of Object.entries(custom)) custom[k] = str(v, "string");
  conf.custom_fields = custom;
  if (conf.api_url !== undefined) checkURL(str(conf.api_url, "string"));
}

/** Go's time.ParseDuration (ms): "1h30m", "1.5s", "300ms"; "0" alone needs no unit. */
export function goDuration(v: unknown): number {
  const s = String(v);
  const units: Record<string, number> = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
  };
  const q = JSON.stringify(s);
  const bad = () => new ConfigError(`time: invalid duration ${q}`);
  let rest = s.replace(/^[+-]/, "");
  if (rest === "0") return 0;
  if (rest === "") throw bad();
  let total = 0;
  while (rest !== "") {
    const m = /^([0-9]*(?:\.[0-9]*)?)([^0-9.]*)/.exec(rest);
    if (!m || m[1] === "" || m[1] === ".") throw bad();
    if (m[2] === "") throw new ConfigError(`time: missing unit in duration ${q}`);
    const unit = units[m[2]];
    if (unit === undefined)
      throw new ConfigError(`time: unknown unit ${JSON.stringify(m[2])} in duration ${q}`);
    total += Number(m[1]) * unit;
    rest = rest.slice(m[0].length);
  }
  return s.startsWith("-") ? -total : total;
}

function decodePushover(conf: IntegrationConfig): void {
  if (!conf.user_key && !conf.user_key_file)
    throw new ConfigError("missing user key in Pushover config");
  if (conf.user_key && conf.user_key_file)
    throw new ConfigError("at most one of user_key & user_key_file must be configured");
  if (!conf.token && !conf.token_file) throw new ConfigError("missing token in Pushover config");
  if (conf.token && conf.token_file)
    throw new ConfigError("at most one of token & token_file must be configured");
  if (conf.user_key_file) throw new ConfigError("setting Pushover user_key_file is not allowed");
  if (conf.token_file) throw new ConfigError("setting Pushover token_file is not allowed");
  for (const k of ["retry", "expire", "ttl"])
    if (conf[k] !== undefined && conf[k] !== null) conf[k] = goDuration(conf[k]);
  conf.html = bool(conf.html, "bool", false);
}

const SIGV4_KEYS = ["region", "access_key", "secret_key", "profile", "role_arn"];

function decodeSNS(r: Reader, conf: IntegrationConfig): void {
  const sigv4 = obj(conf.sigv4, "sigv4.SigV4Config");
  r.strict(sigv4, SIGV4_KEYS, "sigv4.plain");
  if (!sigv4.access_key !== !sigv4.secret_key)
    throw new ConfigError(
      "must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config",
    );
  conf.sigv4 = sigv4;
  // Alertmanager's check as written: (target == "") != (topic == "") != (phone == "").
  if ((!conf.target_arn !== !conf.topic_arn) !== !conf.phone_number)
    throw new ConfigError(
      "must provide either a Target ARN, Topic ARN, or Phone Number for SNS config",
    );
  const attrs = obj(conf.attributes, "map[string]string");
  for (const [k, v] of Object.entries(attrs)) attrs[k] = str(v, "string");
  conf.attributes = attrs;
}

/** The checks Alertmanager makes while decoding one integration (before the globals apply). */
function decodeIntegration(r: Reader, kind: IntegrationKind, v: unknown): IntegrationConfig {
  const o = { ...obj(v, `config.${kind}Config`) };
  const f = INTEGRATION_FIELDS[kind];
  r.strict(o, [...f.keys, "send_resolved", "http_config"]);
  const conf: IntegrationConfig = {
    ...o,
    send_resolved: bool(o.send_resolved, "bool", f.sendResolved),
    http_config: checkHTTPConfig(r, o.http_config),
  };
  switch (kind) {
    case "webhook":
      if (!conf.url) throw new ConfigError("one of url or url_file must be configured");
      checkURL(str(conf.url, "string"));
      conf.max_alerts = Number(conf.max_alerts ?? 0);
      break;
    case "email": {
      if (!conf.to) throw new ConfigError("missing to address in email config");
      const headers: Record<string, string> = {};
      for (const [k, hv] of Object.entries(obj(conf.headers, "map[string]string"))) {
        const norm = k
          .toLowerCase()
          .split("-")
          .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
          .join("-");
        if (norm in headers)
          throw new ConfigError(`duplicate header ${JSON.stringify(norm)} in email config`);
        headers[norm] = str(hv, "string");
      }
      conf.headers = headers;
      break;
    }
    case "pagerduty":
      if (
        !conf.routing_key &&
        !conf.service_key &&
        !conf.routing_key_file &&
        !conf.service_key_file
      )
        throw new ConfigError("missing service or routing key in PagerDuty config");
      break;
    case "telegram":
      if (!conf.bot_token && !conf.bot_token_file)
        throw new ConfigError("missing bot_token on telegram_config");
      if (!conf.chat_id) throw new ConfigError("missing chat_id on telegram_config");
      break;
    case "discord":
      if (!conf.webhook_url && !conf.webhook_url_file)
        throw new ConfigError("no discord webhook URL provided");
      break;
    case "msteams":
      if (!conf.webhook_url && !conf.webhook_url_file)
        throw new ConfigError("one of webhook_url or webhook_url_file must be configured");
      break;
    case "victorops":
      decodeVictorOps(conf);
      break;
    case "wechat":
      conf.message_type = str(conf.message_type, "string") || "text";
      if (!/^(text|markdown)$/.test(String(conf.message_type)))
        throw new ConfigError(
          `weChat message type ${JSON.stringify(conf.message_type)} does not match valid options ^(text|markdown)$`,
        );
      if (conf.api_url !== undefined) checkURL(str(conf.api_url, "string"));
      break;
    case "pushover":
      decodePushover(conf);
      break;
    case "sns":
      decodeSNS(r, conf);
      break;
    case "webex":
      if (!conf.room_id) throw new ConfigError("missing room_id on webex_config");
      if (!(conf.http_config as Obj | undefined)?.authorization)
        throw new ConfigError("missing webex_configs.http_config.authorization");
      if (conf.api_url !== undefined) checkURL(str(conf.api_url, "string"));
      break;
    default:
      break;
  }
  return conf;
}

/** A URL whose path ends in "/" (Alertmanager appends it to the wechat and victorops URLs). */
function withSlash(u: string): string {
  const url = new URL(u);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

/** Fills an integration's unset fields from the globals and makes the checks that need them. */
function applyGlobals(kind: IntegrationKind, conf: IntegrationConfig, g: GlobalConfig): void {
  conf.http_config ??= g.http_config;
  switch (kind) {
    case "email": {
      conf.smarthost ??= g.smtp_smarthost;
      if (!conf.smarthost) throw new ConfigError("no global SMTP smarthost set");
      conf.from ??= g.smtp_from;
      if (!conf.from) throw new ConfigError("no global SMTP from set");
      conf.hello ??= g.smtp_hello;
      conf.auth_username ??= g.smtp_auth_username;
      conf.auth_password ??= g.smtp_auth_password;
      conf.auth_identity ??= g.smtp_auth_identity;
      conf.auth_secret ??= g.smtp_auth_secret;
      conf.require_tls ??= g.smtp_require_tls;
      break;
    }
    case "slack":
      if (conf.api_url_file)
        throw new ConfigError(
          "setting Slack api_url_file and global slack_api_url_file is not allowed",
        );
      conf.api_url ??= g.slack_api_url || undefined;
      if (!conf.api_url)
        throw new ConfigError("no global Slack API URL set either inline or in a file");
      break;
    case "pagerduty":
      conf.url ??= g.pagerduty_url;
      break;
    case "opsgenie":
      conf.api_key ??= g.opsgenie_api_key || undefined;
      if (!conf.api_key && !conf.api_key_file)
        throw new ConfigError("no global OpsGenie API Key set either inline or in a file");
      conf.api_url ??= g.opsgenie_api_url;
      break;
    case "telegram":
      conf.api_url ??= g.telegram_api_url;
      conf.parse_mode ??= "HTML";
      break;
    case "wechat":
      conf.api_url = withSlash(String(conf.api_url ?? g.wechat_api_url));
      conf.api_secret ??= g.wechat_api_secret || undefined;
      if (!conf.api_secret) throw new ConfigError("no global Wechat ApiSecret set");
      conf.corp_id ??= g.wechat_api_corp_id || undefined;
      if (!conf.corp_id) throw new ConfigError("no global Wechat CorpID set");
      break;
    case "victorops":
      conf.api_url = withSlash(String(conf.api_url ?? g.victorops_api_url));
      if (!conf.api_key) {
        if (!g.victorops_api_key) throw new ConfigError("no global VictorOps API Key set");
        conf.api_key = g.victorops_api_key;
      }
      break;
    case "webex":
      conf.api_url ??= g.webex_api_url;
      break;
    default:
      break;
  }
}

function parseReceiver(r: Reader, v: unknown): ReceiverConfig {
  const o = obj(v, "config.Receiver");
  r.strict(o, ["name", ...INTEGRATION_KINDS.map((k) => `${k}_configs`)]);
  const name = str(o.name, "string");
  const integrations: ReceiverConfig["integrations"] = [];
  for (const kind of INTEGRATION_KINDS) {
    list(o[`${kind}_configs`], `[]*config.${kind}Config`).forEach((c, index) => {
      integrations.push({ kind, index, conf: decodeIntegration(r, kind, c) });
    });
  }
  return { name, integrations };
}

function matchersFrom(o: Obj, prefix: string): AmMatcher[] {
  const out: AmMatcher[] = [];
  try {
    for (const [k, v] of Object.entries(obj(o[`${prefix}match`], "map[string]string"))) {
      if (!isValidLabelName(k)) throw new ConfigError(`invalid label name ${JSON.stringify(k)}`);
      out.push(amMatcher("=", k, str(v, "string")));
    }
    for (const [k, v] of Object.entries(obj(o[`${prefix}match_re`], "map[string]string"))) {
      if (!isValidLabelName(k)) throw new ConfigError(`invalid label name ${JSON.stringify(k)}`);
      out.push(amMatcher("=~", k, str(v, "string")));
    }
    for (const m of strList(o[`${prefix}matchers`], "[]string")) out.push(...parseMatchers(m));
  } catch (e) {
    if (e instanceof MatcherParseError) {
      const msg = e.message.replace(
        /^error parsing regexp: (.*)$/,
        (_all, rest: string) => `error parsing regexp: ${rest}`,
      );
      throw new ConfigError(msg);
    }
    throw e;
  }
  return sortMatchers(out);
}

const ROUTE_KEYS = [
  "receiver",
  "group_by",
  "match",
  "match_re",
  "matchers",
  "mute_time_intervals",
  "active_time_intervals",
  "continue",
  "routes",
  "group_wait",
  "group_interval",
  "repeat_interval",
];

function parseRoute(r: Reader, v: unknown): RouteConfig {
  const o = obj(v, "config.Route");
  r.strict(o, ROUTE_KEYS);
  let groupBy: string[] | undefined;
  if (o.group_by !== undefined && o.group_by !== null) {
    groupBy = strList(o.group_by, "[]string");
    const seen = new Set<string>();
    for (const l of groupBy) {
      if (l === "...") {
        if (groupBy.length > 1)
          throw new ConfigError(
            "cannot have wildcard group_by (`...`) and other other labels at the same time",
          );
        continue;
      }
      if (!isValidLabelName(l))
        throw new ConfigError(`invalid label name ${JSON.stringify(l)} in group_by list`);
      if (seen.has(l)) throw new ConfigError(`duplicated label ${JSON.stringify(l)} in group_by`);
      seen.add(l);
    }
  }
  const route: RouteConfig = {
    receiver: str(o.receiver, "string"),
    group_by: groupBy,
    matchers: matchersFrom(o, ""),
    continue: bool(o.continue, "bool", false),
    group_wait: duration(o.group_wait),
    group_interval: duration(o.group_interval),
    repeat_interval: duration(o.repeat_interval),
    mute_time_intervals: strList(o.mute_time_intervals, "[]string"),
    active_time_intervals: strList(o.active_time_intervals, "[]string"),
    routes: list(o.routes, "[]*config.Route").map((c) => parseRoute(r, c)),
  };
  if (route.group_interval === 0) throw new ConfigError("group_interval cannot be zero");
  if (route.repeat_interval === 0) throw new ConfigError("repeat_interval cannot be zero");
  return route;
}

function checkRouteRefs(
  route: RouteConfig,
  receivers: Set<string>,
  intervals: Map<string, unknown>,
): void {
  if (route.receiver !== "" && !receivers.has(route.receiver))
    throw new ConfigError(`undefined receiver ${JSON.stringify(route.receiver)} used in route`);
  for (const n of route.mute_time_intervals)
    if (!intervals.has(n))
      throw new ConfigError(`undefined time interval ${JSON.stringify(n)} used in route`);
  for (const n of route.active_time_intervals)
    if (!intervals.has(n))
      throw new ConfigError(`undefined time interval ${JSON.stringify(n)} used in route`);
  for (const c of route.routes) checkRouteRefs(c, receivers, intervals);
}

function parseInhibitRule(r: Reader, v: unknown): InhibitRule {
  const o = obj(v, "config.InhibitRule");
  r.strict(o, [
    "source_match",
    "source_match_re",
    "source_matchers",
    "target_match",
    "target_match_re",
    "target_matchers",
    "equal",
  ]);
  const equal = strList(o.equal, "[]string");
  for (const l of equal)
    if (!isValidLabelName(l))
      throw new ConfigError(`${JSON.stringify(l)} is not a valid label name`);
  return { source: matchersFrom(o, "source_"), target: matchersFrom(o, "target_"), equal };
}

const TOP_KEYS = [
  "global",
  "route",
  "inhibit_rules",
  "receivers",
  "templates",
  "mute_time_intervals",
  "time_intervals",
];

/** Parses and validates an Alertmanager configuration (config.Load). */
export function loadConfig(text: string): AmConfig {
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (e) {
    throw new ConfigError(`yaml: ${(e as Error).message.split("\n")[0]}`);
  }
  const r = new Reader(text);
  const o = obj(raw, "config.plain");
  r.strict(o, TOP_KEYS);

  // Decoding, in document order (each part's own checks, as yaml.v2 runs UnmarshalYAML).
  let global: GlobalConfig | undefined;
  let route: RouteConfig | undefined;
  let receivers: ReceiverConfig[] = [];
  let inhibit: InhibitRule[] = [];
  const intervalLists: [string, string, unknown[]][] = [];
  for (const key of Object.keys(o)) {
    if (key === "global") global = parseGlobal(r, o.global);
    else if (key === "route") route = o.route === null ? undefined : parseRoute(r, o.route);
    else if (key === "receivers")
      receivers = list(o.receivers, "[]config.Receiver").map((x) => parseReceiver(r, x));
    else if (key === "inhibit_rules")
      inhibit = list(o.inhibit_rules, "[]config.InhibitRule").map((x) => parseInhibitRule(r, x));
    else if (key === "mute_time_intervals" || key === "time_intervals")
      intervalLists.push([
        key,
        key === "time_intervals" ? "time interval" : "mute time interval",
        list(o[key], "[]config.TimeInterval"),
      ]);
  }
  global ??= parseGlobal(r, undefined);

  const intervals = new Map<string, TimeInterval[]>();
  for (const [, label, items] of intervalLists) {
    for (const item of items) {
      const io = obj(item, "config.TimeInterval");
      r.strict(io, ["name", "time_intervals"]);
      const name = str(io.name, "string");
      if (name === "") throw new ConfigError(`missing name in ${label}`);
      if (intervals.has(name))
        throw new ConfigError(`${label} ${JSON.stringify(name)} is not unique`);
      intervals.set(name, parseTimeIntervals(io.time_intervals));
    }
  }

  // Validation of the whole (Config.UnmarshalYAML).
  const names = new Set<string>();
  for (const rc of receivers) {
    if (rc.name === "") throw new ConfigError("missing name in receiver");
    if (names.has(rc.name))
      throw new ConfigError(`notification config name ${JSON.stringify(rc.name)} is not unique`);
    for (const integ of rc.integrations) applyGlobals(integ.kind, integ.conf, global);
    names.add(rc.name);
  }

  if (route === undefined) throw new ConfigError("no routes provided");
  if (route.receiver === "") throw new ConfigError("root route must specify a default receiver");
  if (route.matchers.length > 0) throw new ConfigError("root route must not have any matchers");
  if (route.mute_time_intervals.length > 0)
    throw new ConfigError("root route must not have any mute time intervals");
  if (route.active_time_intervals.length > 0)
    throw new ConfigError("root route must not have any active time intervals");
  checkRouteRefs(route, names, intervals);

  return {
    global,
    route,
    receivers,
    inhibit_rules: inhibit,
    time_intervals: intervals,
    templates: strList(o.templates, "[]string"),
  };
}
