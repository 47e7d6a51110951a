/**
 * mimir-ts's own definitions of the templates Alertmanager's receivers use by default (the names
 * of Alertmanager's default.tmpl and email.tmpl: `__subject`, `slack.default.title`,
 * `email.default.html`, ...). The text templates render exactly what Alertmanager's do (the unit
 * test compares them with Debian's default.tmpl); the repeated "Alerts Firing / Alerts Resolved"
 * sections share two helpers here. `email.default.html` is a compact HTML page of our own with
 * the same content (group, counts, labels, annotations, source links).
 */

const SECTIONS = `{{ define "__mt_sections_tight" -}}
{{ if .Alerts.Firing }}Alerts Firing:
{{ template "__text_alert_list" .Alerts.Firing }}{{ end }}
{{ if .Alerts.Resolved }}Alerts Resolved:
{{ template "__text_alert_list" .Alerts.Resolved }}{{ end }}
{{- end }}
{{ define "__mt_sections_loose" -}}
{{ if .Alerts.Firing }}
Alerts Firing:
{{ template "__text_alert_list" .Alerts.Firing }}
{{ end }}
{{ if .Alerts.Resolved }}
Alerts Resolved:
{{ template "__text_alert_list" .Alerts.Resolved }}
{{ end }}
{{ end }}
{{ define "__mt_annotations" }}{{ .CommonAnnotations.SortedPairs.Values | join " " }}{{ end }}
{{ define "__mt_markdown_sections" -}}
{{ if .Alerts.Firing }}
# Alerts Firing:
{{ template "__text_alert_list_markdown" .Alerts.Firing }}
{{ end }}
{{ if .Alerts.Resolved }}
# Alerts Resolved:
{{ template "__text_alert_list_markdown" .Alerts.Resolved }}
{{ end }}
{{ end }}
`;

const COMMON = `{{ define "__alertmanager" }}Alertmanager{{ end }}
{{ define "__alertmanagerURL" }}{{ .ExternalURL }}/#/alerts?receiver={{ .Receiver | urlquery }}{{ end }}
{{ define "__subject" -}}
[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .GroupLabels.SortedPairs.Values | join " " }} {{ if gt (len .CommonLabels) (len .GroupLabels) }}({{ with .CommonLabels.Remove .GroupLabels.Names }}{{ .Values | join " " }}{{ end }}){{ end }}
{{- end }}
{{ define "__description" }}{{ end }}
{{ define "__text_alert_list" }}{{ range . -}}
Labels:
{{ range .Labels.SortedPairs }} - {{ .Name }} = {{ .Value }}
{{ end }}Annotations:
{{ range .Annotations.SortedPairs }} - {{ .Name }} = {{ .Value }}
{{ end }}Source: {{ .GeneratorURL }}
{{ end }}{{ end }}
{{ define "__text_alert_list_markdown" }}{{ range . }}
Labels:
{{ range .Labels.SortedPairs }}  - {{ .Name }} = {{ .Value }}
{{ end }}
Annotations:
{{ range .Annotations.SortedPairs }}  - {{ .Name }} = {{ .Value }}
{{ end }}
Source: {{ .GeneratorURL }}
{{ end }}
{{ end }}
`;

/** Receivers whose fields are just the subject, the name or the link. */
const SIMPLE: [string, string][] = [
  ["slack.default.title", "__subject"],
  ["slack.default.username", "__alertmanager"],
  ["slack.default.titlelink", "__alertmanagerURL"],
  ["pagerduty.default.description", "__subject"],
  ["pagerduty.default.client", "__alertmanager"],
  ["pagerduty.default.clientURL", "__alertmanagerURL"],
  ["pagerduty.default.instances", "__text_alert_list"],
  ["opsgenie.default.message", "__subject"],
  ["opsgenie.default.source", "__alertmanagerURL"],
  ["victorops.default.entity_display_name", "__subject"],
  ["victorops.default.monitoring_tool", "__alertmanager"],
  ["pushover.default.title", "__subject"],
  ["pushover.default.url", "__alertmanagerURL"],
  ["sns.default.subject", "__subject"],
  ["discord.default.title", "__subject"],
  ["email.default.subject", "__subject"],
  ["msteams.default.summary", "__subject"],
  ["msteams.default.title", "__subject"],
  ["msteamsv2.default.title", "__subject"],
];

const EMPTY = [
  "slack.default.callbackid",
  "slack.default.pretext",
  "slack.default.iconemoji",
  "slack.default.iconurl",
  "slack.default.text",
  "slack.default.footer",
  "wechat.default.to_user",
  "wechat.default.to_party",
  "wechat.default.to_tag",
  "wechat.default.agent_id",
];

const TEXTS = `{{ define "slack.default.fallback" }}{{ template "slack.default.title" . }} | {{ template "slack.default.titlelink" . }}{{ end }}
{{ define "opsgenie.default.description" }}{{ template "__mt_annotations" . }}
{{ template "__mt_sections_tight" . }}{{ end }}
{{ define "victorops.default.state_message" }}{{ template "opsgenie.default.description" . }}{{ end }}
{{ define "wechat.default.message" }}{{ template "__subject" . }}
{{ template "opsgenie.default.description" . }}
AlertmanagerUrl:
{{ template "__alertmanagerURL" . }}{{ end }}
{{ define "pushover.default.message" }}{{ template "__mt_annotations" . }}
{{ template "__mt_sections_loose" . }}{{ end }}
{{ define "sns.default.message" }}{{ template "pushover.default.message" . }}{{ end }}
{{ define "webex.default.message" }}{{ template "pushover.default.message" . }}{{ end }}
{{ define "telegram.default.message" }}
{{ template "__mt_sections_loose" . }}{{ end }}
{{ define "discord.default.message" }}{{ template "telegram.default.message" . }}{{ end }}
{{ define "msteams.default.text" }}
{{ template "__mt_markdown_sections" . }}{{ end }}
{{ define "msteamsv2.default.text" }}{{ template "msteams.default.text" . }}{{ end }}
`;

const EMAIL_HTML = `{{ define "__mt_email_alerts" }}{{ range . }}<li><p>{{ range .Labels.SortedPairs }}{{ .Name }} = {{ .Value }}<br>{{ end }}
{{ if .Annotations }}<strong>Annotations</strong><br>{{ end }}{{ range .Annotations.SortedPairs }}{{ .Name }} = {{ .Value }}<br>{{ end }}
<a href="{{ .GeneratorURL }}">Source</a></p></li>
{{ end }}{{ end }}
{{ define "email.default.html" }}<!DOCTYPE html>
<html>
<head>
<meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{{ template "__subject" . }}</title>
<style>body{font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;background:#f6f6f6}.box{max-width:600px;margin:0 auto;background:#fff;border:1px solid #e9e9e9;border-radius:3px}.head{padding:20px;color:#fff;font-size:16px}.firing{background:#E6522C}.resolved{background:#68B90F}.content{padding:20px}a.btn{display:inline-block;padding:10px 20px;background:#348eda;color:#fff;font-weight:bold;border-radius:5px;text-decoration:none}ul{list-style:none;padding:0}li{border-top:1px solid #eee;padding-top:10px}</style>
</head>
<body>
<div class="box">
<div class="head {{ if .Alerts.Firing }}firing{{ else }}resolved{{ end }}">{{ .Alerts | len }} alert{{ if gt (len .Alerts) 1 }}s{{ end }} for {{ range .GroupLabels.SortedPairs }}{{ .Name }}={{ .Value }} {{ end }}</div>
<div class="content">
<p><a class="btn" href="{{ template "__alertmanagerURL" . }}">View in {{ template "__alertmanager" . }}</a></p>
{{ if .Alerts.Firing }}<p><strong>[{{ .Alerts.Firing | len }}] Firing</strong></p>
<ul>{{ template "__mt_email_alerts" .Alerts.Firing }}</ul>{{ end }}
{{ if .Alerts.Resolved }}<p><strong>[{{ .Alerts.Resolved | len }}] Resolved</strong></p>
<ul>{{ template "__mt_email_alerts" .Alerts.Resolved }}</ul>{{ end }}
</div>
</div>
<p style="text-align:center;color:#999;font-size:12px"><a href="{{ .ExternalURL }}" style="color:#999">Sent by {{ template "__alertmanager" . }}</a></p>
</body>
</html>
{{ end }}
{{ define "email.default.text" }}{{ template "__subject" . }}
{{ template "__mt_sections_tight" . }}{{ end }}
`;

/** The default template file every tenant's template set starts with. */
export const DEFAULT_TEMPLATES =
  COMMON +
  SECTIONS +
  SIMPLE.map(([name, of]) => `{{ define "${name}" }}{{ template "${of}" . }}{{ end }}\n`).join("") +
  EMPTY.map((name) => `{{ define "${name}" }}{{ end }}\n`).join("") +
  TEXTS +
  EMAIL_HTML;
