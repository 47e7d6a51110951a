// Prometheus's template functions (prometheus/template/template.go) and the alerting-rule
// expansion the ruler performs: the `$labels`/`$value`/`$externalLabels`/`$externalURL`
// prelude, "__alert_<name>" template names and "<error expanding template: ...>" results.

import { FuncError, ParseError } from "./errors.ts";
import { sprintf } from "./fmt.ts";
import type { FuncDescriptor, FuncMap } from "./funcs.ts";
import { GoDuration, GoTime, UTC } from "./gotime.ts";
import { SafeHTML } from "./html.ts";
import { goMatchString, goQuoteBackquote, goReplaceAllString } from "./regexp.ts";
import { Template } from "./template.ts";
import { GO_TYPE_NAME, stringMap, typeName } from "./values.ts";

/** One element of a `query` result (Go's *template.sample). */
export class QuerySample {
  readonly [GO_TYPE_NAME] = "*template.sample";
  readonly Labels: Record<string, string>;
  readonly Value: number;
  constructor(labels: Record<string, string>, value: number) {
    this.Labels = stringMap({ ...labels });
    this.Value = value;
  }
}

/** What the injected query callback returns: an instant vector (a scalar as one sample). */
export interface QueryResultSample {
  labels: Record<string, string>;
  value: number;
}

/**
 * Runs an instant query at `timestampMs` (the rule's evaluation time). May be async; throw
 * to fail the template ("error calling query: <message>").
 */
export type QueryFunc = (
  query: string,
  timestampMs: number,
) => QueryResultSample[] | Promise<QueryResultSample[]>;

export interface PrometheusFuncOptions {
  /** Evaluation timestamp in milliseconds (Prometheus's `now`, query time). */
  timestampMs: number;
  /** The external URL (`-web.external-url`), e.g. "http://prometheus.example:9090/prom". */
  externalURL?: string;
  query?: QueryFunc;
}

const errNaNOrInf = "value is NaN or Inf";

/** Go's strconv.ParseFloat for template conversions. */
export function parseGoFloat(s: string): number {
  const t = s.trim() === s ? s : "";
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  if (/^nan$/i.test(t)) return Number.NaN;
  if (/^[+-]?(\d+(_\d+)*\.?(\d+(_\d+)*)?|\.\d+(_\d+)*)([eE][+-]?\d+)?$/.test(t) && !t.includes("_"))
    return Number(t);
  if (/^[+-]?0[xX][0-9a-fA-F]*\.?[0-9a-fA-F]*[pP][+-]?\d+$/.test(t)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(t)!;
    const v = Number.parseInt((m[2] || "0") + m[3], 16) * 2 ** (Number(m[4]) - 4 * m[3]!.length);
    return m[1] === "-" ? -v : v;
  }
  throw new FuncError(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
}

/** Prometheus's convertToFloat: float64, int, string (parsed) or duration. */
export function convertToFloat(i: unknown): number {
  switch (typeof i) {
    case "number":
      return i;
    case "bigint":
      return Number(i);
    case "string":
      return parseGoFloat(i);
  }
  if (i instanceof GoDuration) return i.Seconds();
  throw new FuncError(`can't convert ${typeName(i)} to float`);
}

function floatToTime(v: number): GoTime {
  if (Number.isNaN(v) || !Number.isFinite(v)) throw new FuncError(errNaNOrInf);
  const ts = v * 1e9;
  if (ts > 2 ** 63 || ts < -(2 ** 63))
    throw new FuncError(
      `${sprintf("%v", [v])} cannot be represented as a nanoseconds timestamp since it overflows int64`,
    );
  // model.TimeFromUnixNano truncates to milliseconds.
  const ns = BigInt(Math.trunc(ts));
  const ms = ns / 1_000_000n;
  return new GoTime(ms * 1_000_000n, UTC);
}

const SI_BIG = ["k", "M", "G", "T", "P", "E", "Z", "Y"];
const SI_SMALL = ["m", "u", "n", "p", "f", "a", "z", "y"];

export function humanize(i: unknown): string {
  let v = convertToFloat(i);
  if (v === 0 || Number.isNaN(v) || !Number.isFinite(v)) return sprintf("%.4g", [v]);
  let prefix = "";
  if (Math.abs(v) >= 1) {
    for (const p of SI_BIG) {
      if (Math.abs(v) < 1000) break;
      prefix = p;
      v /= 1000;
    }
    return sprintf("%.4g%s", [v, prefix]);
  }
  for (const p of SI_SMALL) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return sprintf("%.4g%s", [v, prefix]);
}

export function humanize1024(i: unknown): string {
  let v = convertToFloat(i);
  if (Math.abs(v) <= 1 || Number.isNaN(v) || !Number.isFinite(v)) return sprintf("%.4g", [v]);
  let prefix = "";
  for (const p of ["ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"]) {
    if (Math.abs(v) < 1024) break;
    prefix = p;
    v /= 1024;
  }
  return sprintf("%.4g%s", [v, prefix]);
}

export function humanizeDuration(i: unknown): string {
  let v = convertToFloat(i);
  if (Number.isNaN(v) || !Number.isFinite(v)) return sprintf("%.4g", [v]);
  if (v === 0) return sprintf("%.4gs", [v]);
  if (Math.abs(v) >= 1) {
    let sign = "";
    if (v < 0) {
      sign = "-";
      v = -v;
    }
    const duration = BigInt(Math.trunc(Math.min(v, 9.2e18)));
    const seconds = duration % 60n;
    const minutes = (duration / 60n) % 60n;
    const hours = (duration / 60n / 60n) % 24n;
    const days = duration / 60n / 60n / 24n;
    if (days !== 0n) return `${sign}${days}d ${hours}h ${minutes}m ${seconds}s`;
    if (hours !== 0n) return `${sign}${hours}h ${minutes}m ${seconds}s`;
    if (minutes !== 0n) return `${sign}${minutes}m ${seconds}s`;
    return sprintf("%s%.4gs", [sign, v]);
  }
  let prefix = "";
  for (const p of SI_SMALL) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return sprintf("%.4g%ss", [v, prefix]);
}

export function humanizePercentage(i: unknown): string {
  const v = convertToFloat(i);
  return sprintf("%.4g%%", [v * 100]);
}

export function humanizeTimestamp(i: unknown): string {
  const v = convertToFloat(i);
  if (Number.isNaN(v) || !Number.isFinite(v)) return sprintf("%.4g", [v]);
  return floatToTime(v).String();
}

/** Go's strings.Title: upper-cases the first letter of each word. */
export function goTitle(s: string): string {
  let out = "";
  let prev = " ";
  for (const ch of s) {
    out += isSeparator(prev) ? toTitleRune(ch) : ch;
    prev = ch;
  }
  return out;
}

function isSeparator(r: string): boolean {
  const cp = r.codePointAt(0)!;
  if (cp <= 0x7f) return !/[0-9A-Za-z_]/.test(r);
  if (/[\p{L}\p{Nd}]/u.test(r)) return false;
  return /\s/u.test(r);
}

function toTitleRune(ch: string): string {
  const u = ch.toUpperCase();
  return [...u].length === 1 ? u : ch;
}

/** Go's strings.ToUpper / ToLower: per-rune simple case mapping. */
export function goToUpper(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toUpperCase();
  let out = "";
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += [...u].length === 1 ? u : ch;
  }
  return out;
}
export function goToLower(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const u = ch.toLowerCase();
    out += [...u].length === 1 ? u : ch;
  }
  return out;
}

/** Go's net.SplitHostPort; undefined when `hostPort` is not host:port. */
export function splitHostPort(hostPort: string): { host: string; port: string } | undefined {
  const i = hostPort.lastIndexOf(":");
  if (i < 0) return undefined;
  if (hostPort.startsWith("[")) {
    const end = hostPort.indexOf("]");
    if (end < 0 || end + 1 !== i) return undefined;
    const host = hostPort.slice(1, end);
    if (host.includes("[") || host.includes("]")) return undefined;
    return { host, port: hostPort.slice(i + 1) };
  }
  const host = hostPort.slice(0, i);
  if (host.includes(":") || host.includes("[") || host.includes("]")) return undefined;
  if (hostPort.slice(i + 1).includes("[") || hostPort.slice(i + 1).includes("]")) return undefined;
  return { host, port: hostPort.slice(i + 1) };
}

function isIP(s: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s))
    return s.split(".").every((p) => Number(p) <= 255 && (p === "0" || !p.startsWith("0")));
  return s.includes(":") && /^[0-9a-fA-F:.]+$/.test(s);
}

export function stripPort(hostPort: string): string {
  const hp = splitHostPort(hostPort);
  return hp ? hp.host : hostPort;
}

export function stripDomain(hostPort: string): string {
  const hp = splitHostPort(hostPort);
  let host = hp ? hp.host : hostPort;
  const port = hp ? hp.port : "";
  if (isIP(host)) return hostPort;
  host = host.split(".")[0]!;
  if (port !== "") return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  return host;
}

const DURATION_RE =
  /^(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?(?:([0-9]+)ms)?$/;

/** Prometheus's model.ParseDuration, in seconds. */
export function parsePromDuration(s: string): number {
  if (s === "0") return 0;
  const m = DURATION_RE.exec(s);
  if (s === "" || !m) throw new FuncError(`not a valid duration string: ${JSON.stringify(s)}`);
  const mult = [365 * 86400, 7 * 86400, 86400, 3600, 60, 1, 0.001];
  let ms = 0;
  for (let i = 0; i < mult.length; i++) {
    if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * mult[i]! * 1000;
  }
  return ms / 1000;
}

/** Go's url.QueryEscape. */
function queryEscape(s: string): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** The path component of an external URL ("" when it has none). */
function urlPath(u: string): string {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*([^?#]*)/.exec(u);
  if (m) return decodeURIComponentSafe(m[1]!);
  return decodeURIComponentSafe(u.split(/[?#]/)[0]!);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function asSample(s: unknown, fn: string): QuerySample {
  if (s instanceof QuerySample) return s;
  if (s === null || s === undefined)
    throw new FuncError("runtime error: invalid memory address or nil pointer dereference");
  throw new FuncError(
    `wrong type for value; expected *template.sample; got ${typeName(s)} in ${fn}`,
  );
}

/** Prometheus's text template functions (NewTemplateExpander's funcMap). */
export function prometheusFuncs(opts: PrometheusFuncOptions): FuncMap {
  return { ...STATIC_FUNCS, ...evaluationFuncs(opts) };
}

/** The functions that depend on the evaluation: query, now, externalURL, pathPrefix. */
export function evaluationFuncs(opts: PrometheusFuncOptions): FuncMap {
  const externalURL = opts.externalURL ?? "";
  return {
    query: {
      params: ["string"],
      fn: (q: string) => {
        if (!opts.query) throw new FuncError("query is not available in this context");
        const r = opts.query(q, opts.timestampMs);
        const convert = (v: QueryResultSample[]): QuerySample[] =>
          v.map((s) => new QuerySample(s.labels, s.value));
        return r instanceof Promise ? r.then(convert) : convert(r);
      },
    },
    now: { params: [], fn: () => opts.timestampMs / 1000 },
    pathPrefix: { params: [], fn: () => urlPath(externalURL) },
    externalURL: { params: [], fn: () => externalURL },
  };
}

/** The functions that do not depend on the evaluation. */
const STATIC_FUNCS: FuncMap = {
  first: {
    params: ["any"],
    fn: (v: unknown) => {
      if (Array.isArray(v) && v.length > 0) return v[0];
      throw new FuncError("first() called on vector with no elements");
    },
  },
  label: {
    params: ["string", "any"],
    fn: (label: string, s: unknown) => asSample(s, "label").Labels[label] ?? "",
  },
  value: { params: ["any"], fn: (s: unknown) => asSample(s, "value").Value },
  strvalue: {
    params: ["any"],
    fn: (s: unknown) => asSample(s, "strvalue").Labels["__value__"] ?? "",
  },
  args: {
    params: [],
    variadic: "any",
    fn: (...args: unknown[]) => {
      const r: Record<string, unknown> = {};
      args.forEach((a, i) => {
        r[`arg${i}`] = a;
      });
      return r;
    },
  },
  reReplaceAll: {
    params: ["string", "string", "string"],
    fn: (pattern: string, repl: string, text: string) => {
      try {
        return goReplaceAllString(pattern, repl, text);
      } catch (e) {
        throw new FuncError(
          `regexp: Compile(${goQuoteBackquote(pattern)}): ${(e as Error).message}`,
        );
      }
    },
  },
  safeHtml: { params: ["string"], fn: (s: string) => new SafeHTML(s) },
  match: { params: ["string", "string"], fn: goMatchString },
  title: { params: ["string"], fn: goTitle },
  toUpper: { params: ["string"], fn: goToUpper },
  toLower: { params: ["string"], fn: goToLower },
  graphLink: {
    params: ["string"],
    fn: (expr: string) => `/graph?g0.expr=${queryEscape(expr)}&g0.tab=0`,
  },
  tableLink: {
    params: ["string"],
    fn: (expr: string) => `/graph?g0.expr=${queryEscape(expr)}&g0.tab=1`,
  },
  sortByLabel: {
    params: ["string", "any"],
    fn: (label: string, v: unknown) => {
      if (!Array.isArray(v))
        throw new FuncError(
          `wrong type for value; expected template.queryResult; got ${typeName(v)}`,
        );
      const sorted = v
        .map((s, i) => ({ s: asSample(s, "sortByLabel"), i }))
        .sort((a, b) => {
          const x = a.s.Labels[label] ?? "";
          const y = b.s.Labels[label] ?? "";
          return x < y ? -1 : x > y ? 1 : a.i - b.i;
        });
      for (let i = 0; i < sorted.length; i++) v[i] = sorted[i]!.s;
      return v;
    },
  },
  humanize: { params: ["any"], fn: humanize },
  humanize1024: { params: ["any"], fn: humanize1024 },
  humanizeDuration: { params: ["any"], fn: humanizeDuration },
  humanizePercentage: { params: ["any"], fn: humanizePercentage },
  humanizeTimestamp: { params: ["any"], fn: humanizeTimestamp },
  toTime: { params: ["any"], fn: (i: unknown) => floatToTime(convertToFloat(i)) },
  toDuration: {
    params: ["any"],
    fn: (i: unknown) => {
      const v = convertToFloat(i);
      if (Number.isNaN(v) || !Number.isFinite(v)) throw new FuncError(errNaNOrInf);
      return GoDuration.fromSeconds(v);
    },
  },
  parseDuration: { params: ["string"], fn: parsePromDuration },
  stripPort: { params: ["string"], fn: stripPort },
  stripDomain: { params: ["string"], fn: stripDomain },
};

/**
 * Prometheus's `tmpl` (console templates, ExpandHTML): executes another template of `set`
 * and returns its output as trusted HTML. Register it on the set before parsing:
 * `t.addFuncs({ tmpl: tmplFunc(t) })`.
 */
export function tmplFunc(set: Template): FuncDescriptor {
  let active = 0; // nested tmpl calls in progress, bounded like template depth
  return {
    params: ["string", "any"],
    fn: async (name: string, data: unknown) => {
      if (active >= MAX_TMPL_NESTING)
        throw new FuncError(`exceeded maximum tmpl nesting (${MAX_TMPL_NESTING})`);
      active++;
      try {
        return new SafeHTML(await set.executeTemplate(name, data));
      } finally {
        active--;
      }
    },
  };
}

const MAX_TMPL_NESTING = 100;

/** The variables Prometheus defines before every alert label and annotation template. */
export const ALERT_TEMPLATE_PRELUDE =
  "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}";

export interface AlertTemplateInput {
  /** The alerting rule's name (the template is named "__alert_<name>"). */
  ruleName: string;
  /** The label or annotation value to expand. */
  text: string;
  /** The alert's labels (the series labels plus the rule's labels, before templating). */
  labels: Record<string, string>;
  externalLabels?: Record<string, string>;
  externalURL?: string;
  /** The sample value that triggered the alert. */
  value: number;
  /** Evaluation time in milliseconds. */
  timestampMs: number;
  query?: QueryFunc;
}

/** Prometheus's template.AlertTemplateData result: the dot of alert templates. */
export class AlertTemplateData {
  readonly [GO_TYPE_NAME] =
    "struct { Labels map[string]string; ExternalLabels map[string]string; ExternalURL string; Value float64 }";
  readonly Labels: Record<string, string>;
  readonly ExternalLabels: Record<string, string>;
  readonly ExternalURL: string;
  readonly Value: number;
  constructor(
    labels: Record<string, string>,
    externalLabels: Record<string, string>,
    externalURL: string,
    value: number,
  ) {
    this.Labels = stringMap({ ...labels });
    this.ExternalLabels = stringMap({ ...externalLabels });
    this.ExternalURL = externalURL;
    this.Value = value;
  }
}

/** Parsed alert templates by rule name and text (rules are expanded every evaluation). */
const alertTemplateCache = new Map<string, Template | ParseError>();
const ALERT_TEMPLATE_CACHE_MAX = 10_000;
let parseFuncs: FuncMap | undefined;

/** Parses an alert template with the prelude; cached. Throws ParseError. */
function alertTemplate(ruleName: string, text: string): Template {
  const key = `${ruleName}\u0000${text}`;
  let t = alertTemplateCache.get(key);
  if (t === undefined) {
    try {
      parseFuncs ??= prometheusFuncs({ timestampMs: 0 });
      t = new Template(`__alert_${ruleName}`, { funcs: parseFuncs }).parse(
        ALERT_TEMPLATE_PRELUDE + text,
      );
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      t = e;
    }
    if (alertTemplateCache.size >= ALERT_TEMPLATE_CACHE_MAX) alertTemplateCache.clear();
    alertTemplateCache.set(key, t);
  }
  if (t instanceof ParseError) throw t;
  return t;
}

/**
 * Checks an alerting rule's label or annotation template like Prometheus's rule-file
 * validation; returns the Go error text ("template: __alert_X:1: function \"f\" not defined")
 * or undefined when it parses.
 */
export function checkAlertTemplate(ruleName: string, text: string): string | undefined {
  try {
    alertTemplate(ruleName, text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Expands one alert label or annotation exactly like Prometheus's alerting rules: on failure
 * the result is "<error expanding template: error parsing|executing template __alert_X: ...>".
 */
export async function expandAlertTemplate(input: AlertTemplateInput): Promise<string> {
  const name = `__alert_${input.ruleName}`;
  const externalURL = input.externalURL ?? "";
  const funcs = evaluationFuncs({
    timestampMs: input.timestampMs,
    externalURL,
    query: input.query,
  });
  let t: Template;
  try {
    t = alertTemplate(input.ruleName, input.text);
  } catch (e) {
    return `<error expanding template: error parsing template ${name}: ${(e as Error).message}>`;
  }
  const data = new AlertTemplateData(
    input.labels,
    input.externalLabels ?? {},
    externalURL,
    input.value,
  );
  try {
    return await t.execute(data, funcs);
  } catch (e) {
    return `<error expanding template: error executing template ${name}: ${(e as Error).message}>`;
  }
}
