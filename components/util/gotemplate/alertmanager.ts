// Alertmanager's template functions (alertmanager/template/template.go DefaultFuncs) and its
// notification data types with their methods: KV (SortedPairs, Names, Values, Remove, String),
// Pairs, Alert, Alerts (Firing, Resolved) and Data, the dot of notification templates.

import { FuncError } from "./errors.ts";
import { sprint } from "./fmt.ts";
import type { FuncMap } from "./funcs.ts";
import { GoDuration, GoTime, loadLocation } from "./gotime.ts";
import { goToLower, goToUpper, humanizeDuration } from "./prometheus.ts";
import { goMatchString, goQuoteBackquote, goReplaceAllString } from "./regexp.ts";
import { SafeHTML, SafeURL } from "./html.ts";
import { Template } from "./template.ts";
import { GO_STRING_MAP, GO_TYPE_NAME, isMap, isPlainObject, mapGet, sortedKeys } from "./values.ts";

/** One label or annotation: Go's template.Pair. */
export class Pair {
  readonly [GO_TYPE_NAME] = "template.Pair";
  readonly Name: string;
  readonly Value: string;
  constructor(name: string, value: string) {
    this.Name = name;
    this.Value = value;
  }
}

/** Go's template.Pairs: a slice of Pair with Names/Values methods. */
export type Pairs = Pair[] & { Names(): string[]; Values(): string[] };

function pairs(list: Pair[]): Pairs {
  const p = list as Pairs;
  Object.defineProperty(p, GO_TYPE_NAME, { value: "template.Pairs" });
  Object.defineProperty(p, "Names", { value: () => list.map((x) => x.Name) });
  Object.defineProperty(p, "Values", { value: () => list.map((x) => x.Value) });
  return p;
}

/** Go's template.KV: a map[string]string with methods. Keys are own enumerable properties. */
export class KV {
  declare readonly [GO_STRING_MAP]: true;
  declare readonly [GO_TYPE_NAME]: string;
  [label: string]: string | ((...a: any[]) => unknown);

  constructor(labels: Record<string, string> = {}) {
    Object.defineProperty(this, GO_STRING_MAP, { value: true });
    Object.defineProperty(this, GO_TYPE_NAME, { value: "template.KV" });
    for (const k of Object.keys(labels)) this[k] = labels[k]!;
  }

  /** The pairs sorted by name, with "alertname" first. */
  SortedPairs(): Pairs {
    const keys = Object.keys(this);
    const hasName = keys.includes("alertname");
    const rest = keys.filter((k) => k !== "alertname").sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const ordered = hasName ? ["alertname", ...rest] : rest;
    return pairs(ordered.map((k) => new Pair(k, this[k] as string)));
  }
  Names(): string[] {
    return this.SortedPairs().Names();
  }
  Values(): string[] {
    return this.SortedPairs().Values();
  }
  /** A copy without the given keys. */
  Remove(keys: string[] | null): KV {
    const drop = new Set(keys ?? []);
    const out: Record<string, string> = {};
    for (const k of Object.keys(this)) if (!drop.has(k)) out[k] = this[k] as string;
    return new KV(out);
  }
  toJSON(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of Object.keys(this).sort()) out[k] = this[k] as string;
    return out;
  }
}

/** Input for one alert of a notification. */
export interface AlertInput {
  status: "firing" | "resolved";
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Milliseconds since the epoch. */
  startsAt: number;
  endsAt: number;
  generatorURL: string;
  fingerprint: string;
}

/** Go's template.Alert. */
export class Alert {
  readonly [GO_TYPE_NAME] = "template.Alert";
  readonly Status: string;
  readonly Labels: KV;
  readonly Annotations: KV;
  readonly StartsAt: GoTime;
  readonly EndsAt: GoTime;
  readonly GeneratorURL: string;
  readonly Fingerprint: string;
  constructor(a: AlertInput) {
    this.Status = a.status;
    this.Labels = new KV(a.labels);
    this.Annotations = new KV(a.annotations);
    this.StartsAt = GoTime.fromMillis(a.startsAt);
    this.EndsAt = GoTime.fromMillis(a.endsAt);
    this.GeneratorURL = a.generatorURL;
    this.Fingerprint = a.fingerprint;
  }
  toJSON(): Record<string, unknown> {
    return {
      status: this.Status,
      labels: this.Labels,
      annotations: this.Annotations,
      startsAt: this.StartsAt,
      endsAt: this.EndsAt,
      generatorURL: this.GeneratorURL,
      fingerprint: this.Fingerprint,
    };
  }
}

/** Go's template.Alerts: a slice of Alert with Firing() and Resolved(). */
export type Alerts = Alert[] & { Firing(): Alerts; Resolved(): Alerts };

export function alerts(list: Alert[]): Alerts {
  const a = list as Alerts;
  Object.defineProperty(a, GO_TYPE_NAME, { value: "template.Alerts" });
  Object.defineProperty(a, "Firing", {
    value: () => alerts(list.filter((x) => x.Status === "firing")),
  });
  Object.defineProperty(a, "Resolved", {
    value: () => alerts(list.filter((x) => x.Status === "resolved")),
  });
  return a;
}

export interface DataInput {
  receiver: string;
  status: "firing" | "resolved";
  alerts: AlertInput[];
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  externalURL: string;
}

/** Go's template.Data: the dot of notification templates. */
export class Data {
  readonly [GO_TYPE_NAME] = "template.Data";
  readonly Receiver: string;
  readonly Status: string;
  readonly Alerts: Alerts;
  readonly GroupLabels: KV;
  readonly CommonLabels: KV;
  readonly CommonAnnotations: KV;
  readonly ExternalURL: string;
  constructor(d: DataInput) {
    this.Receiver = d.receiver;
    this.Status = d.status;
    this.Alerts = alerts(d.alerts.map((a) => new Alert(a)));
    this.GroupLabels = new KV(d.groupLabels);
    this.CommonLabels = new KV(d.commonLabels);
    this.CommonAnnotations = new KV(d.commonAnnotations);
    this.ExternalURL = d.externalURL;
  }
  toJSON(): Record<string, unknown> {
    return {
      receiver: this.Receiver,
      status: this.Status,
      alerts: [...this.Alerts],
      groupLabels: this.GroupLabels,
      commonLabels: this.CommonLabels,
      commonAnnotations: this.CommonAnnotations,
      externalURL: this.ExternalURL,
    };
  }
}

/** Go's encoding/json.Marshal over the value model (sorted map keys, HTML-safe escapes). */
export function goJSON(v: unknown, depth = 0): string {
  if (depth > 100) throw new FuncError("json: unsupported value: encountered a cycle");
  if (v === undefined || v === null) return "null";
  if (v instanceof GoTime) return JSON.stringify(v.Format("2006-01-02T15:04:05.999999999Z07:00"));
  if (v instanceof GoDuration) return v.ns.toString();
  switch (typeof v) {
    case "string":
      return jsonString(v);
    case "number":
      if (!Number.isFinite(v)) throw new FuncError(`json: unsupported value: ${sprint([v])}`);
      return jsonNumber(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "function":
      throw new FuncError("json: unsupported type: func()");
  }
  const withToJSON = v as { toJSON?: () => unknown };
  if (typeof withToJSON.toJSON === "function" && !(v instanceof Date)) {
    const inner = withToJSON.toJSON();
    if (isMap(v) || !isPlainObject(inner)) return goJSON(inner, depth + 1);
    // A struct's JSON form: fields in declaration order, like encoding/json.
    const keys = Object.keys(inner);
    return `{${keys.map((k) => `${jsonString(k)}:${goJSON(inner[k], depth + 1)}`).join(",")}}`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => goJSON(x, depth + 1)).join(",")}]`;
  if (isMap(v)) {
    const keys = sortedKeys(v);
    return `{${keys.map((k) => `${jsonString(String(k))}:${goJSON(mapGet(v, k), depth + 1)}`).join(",")}}`;
  }
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => typeof obj[k] !== "function");
  return `{${keys.map((k) => `${jsonString(k)}:${goJSON(obj[k], depth + 1)}`).join(",")}}`;
}

function jsonString(s: string): string {
  return JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function jsonNumber(x: number): string {
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-6 || a >= 1e21)) {
    // Go uses %e form with a trimmed exponent ("1e-07", "1e+21").
    let s = x.toExponential();
    s = s.replace(/e([+-])(\d)$/, "e$10$2");
    return s;
  }
  return String(x);
}

/** Go's url.QueryUnescape. */
export function queryUnescape(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "%") {
      const h = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) {
        let bad = s.slice(i, i + 3);
        if (bad.length > 3) bad = bad.slice(0, 3);
        throw new FuncError(`invalid URL escape ${JSON.stringify(bad)}`);
      }
      bytes.push(Number.parseInt(h, 16));
      i += 2;
    } else if (c === "+") bytes.push(0x20);
    else for (const b of Buffer.from(c, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/**
 * golang.org/x/text/cases.Title(language.AmericanEnglish): each word (Unicode word
 * boundaries) gets its first letter upper-cased and the rest lower-cased ("3am" -> "3Am").
 */
export function casesTitle(s: string): string {
  let out = "";
  for (const seg of wordSegmenter.segment(s)) {
    if (!seg.isWordLike) {
      out += seg.segment;
      continue;
    }
    let first = true;
    for (const ch of seg.segment) {
      if (/\p{L}/u.test(ch)) {
        if (first) {
          const u = ch.toUpperCase();
          out += [...u].length === 1 ? u : ch;
          first = false;
        } else {
          const l = ch.toLowerCase();
          out += [...l].length === 1 ? l : ch;
        }
      } else out += ch;
    }
  }
  return out;
}

export interface AlertmanagerFuncOptions {
  /** Current time for `since`, in milliseconds; defaults to Date.now(). */
  now?: () => number;
}

function asTime(t: unknown, fn: string): GoTime {
  if (t instanceof GoTime) return t;
  throw new FuncError(
    `wrong type for value; expected time.Time; got ${t === null || t === undefined ? "<nil>" : typeof t} in ${fn}`,
  );
}

/** Alertmanager's template functions. */
export function alertmanagerFuncs(opts: AlertmanagerFuncOptions = {}): FuncMap {
  const now = opts.now ?? Date.now;
  return {
    toUpper: { params: ["string"], fn: goToUpper },
    toLower: { params: ["string"], fn: goToLower },
    title: { params: ["string"], fn: casesTitle },
    trimSpace: {
      params: ["string"],
      fn: (s: string) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, ""),
    },
    join: {
      params: ["string", "[]string"],
      fn: (sep: string, s: string[] | null) => (s ?? []).join(sep),
    },
    match: { params: ["string", "string"], fn: goMatchString },
    safeHtml: { params: ["string"], fn: (s: string) => new SafeHTML(s) },
    safeUrl: { params: ["string"], fn: (s: string) => new SafeURL(s) },
    urlUnescape: { params: ["string"], fn: queryUnescape },
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
    stringSlice: { params: [], variadic: "string", fn: (...s: string[]) => s },
    date: {
      params: ["string", "any"],
      fn: (layout: string, t: unknown) => asTime(t, "date").Format(layout),
    },
    tz: {
      params: ["string", "any"],
      fn: (name: string, t: unknown) => asTime(t, "tz").In(loadLocation(name)),
    },
    since: {
      params: ["any"],
      fn: (t: unknown) =>
        new GoDuration(BigInt(Math.trunc(now())) * 1_000_000n - asTime(t, "since").ns),
    },
    humanizeDuration: { params: ["any"], fn: humanizeDuration },
    toJson: { params: ["any"], fn: (v: unknown) => goJSON(v) },
  };
}

export interface TemplateFile {
  /** File name; Go names each parsed file's template by its base name. */
  name: string;
  content: string;
}

/**
 * Alertmanager's template set (template.FromGlobs): one set named "" with missingkey=zero and
 * the Alertmanager functions, holding every {{define}} of `files` (default.tmpl first, then
 * the user's template files). Throws ParseError like Alertmanager's config validation.
 * `html: true` gives the html/template flavour Alertmanager uses for HTML bodies (email).
 */
export function alertmanagerTemplate(
  files: readonly TemplateFile[],
  opts: AlertmanagerFuncOptions & { html?: boolean } = {},
): Template {
  const t = new Template("", {
    funcs: alertmanagerFuncs(opts),
    missingKey: "zero",
    html: opts.html ?? false,
  });
  for (const f of files) t.parseNamed(f.name.replace(/^.*\//, ""), f.content);
  return t;
}

/**
 * Alertmanager's ExecuteTextString: parses `text` as the template "" in a copy of the set and
 * executes it with `data` ("" for empty text). Throws ParseError or ExecError.
 */
export function executeTextString(set: Template, text: string, data: unknown): string {
  if (text === "") return "";
  return set.clone().parseNamed("", text).executeSync(data, "");
}
