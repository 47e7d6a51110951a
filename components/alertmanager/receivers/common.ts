/**
 * What the template-driven receivers share: the notification's template data and a renderer of
 * the receiver's template fields over it, and Alertmanager's helpers (key hashing, truncation).
 */
import { createHash } from "node:crypto";
import type { IntegrationConfig } from "../amconfig.ts";
import { type FlushContext, NotifyError } from "../notify.ts";
import { Renderer } from "../templates.ts";
import { type TemplateData, templateData } from "../tmpldata.ts";
import type { Alert } from "../types.ts";
import type { BuildContext } from "./context.ts";

export interface Rendered {
  data: TemplateData;
  r: Renderer;
}

export function render(ctx: FlushContext, alerts: Alert[], b: BuildContext): Rendered {
  const data = templateData(ctx.receiver, ctx.groupLabels, alerts, b.externalURL, ctx.now);
  return { data, r: new Renderer(b.template, data, b.htmlTemplate) };
}

/** A field of the config, or its Alertmanager default when unset. */
export function field(conf: IntegrationConfig, key: string, def: string): string {
  const v = conf[key];
  return v === undefined || v === null ? def : String(v);
}

/** notify.Hash-style key: sha256 hex of the group key. */
export function hashKey(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** notify.TruncateInRunes: at most n characters, the last one "…" when cut. */
export function truncate(s: string, n: number): string {
  const chars = [...s];
  if (chars.length <= n) return s;
  if (n <= 3) return chars.slice(0, n).join("");
  return `${chars.slice(0, n - 1).join("")}…`;
}

export abstract class TemplatedIntegration {
  readonly index: number;
  readonly sendResolved: boolean;
  protected readonly conf: IntegrationConfig;
  protected readonly b: BuildContext;

  constructor(conf: IntegrationConfig, index: number, b: BuildContext) {
    this.conf = conf;
    this.index = index;
    this.sendResolved = conf.send_resolved;
    this.b = b;
  }
}

/**
 * Renders one template text; a template failure is a non-retried NotifyError
 * `templating error: ...` (Alertmanager's notifiers return false for it).
 */
export function renderOrFail(r: Renderer, t: unknown, html = false): string {
  try {
    return html ? r.html(t) : r.text(t);
  } catch (e) {
    throw new NotifyError(`templating error: ${(e as Error).message}`, false);
  }
}

/**
 * notify.TruncateInBytes: at most n UTF-8 bytes; when cut, whole characters up to n-3 bytes and
 * "…" (3 bytes).
 */
export function truncateBytes(s: string, n: number): string {
  if (Buffer.byteLength(s) <= n) return s;
  if (n <= 3) return n === 3 ? "…" : ".".repeat(Math.max(n, 0));
  let out = "";
  let size = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch);
    if (size + b > n - 3) break;
    out += ch;
    size += b;
  }
  return `${out}…`;
}

/**
 * JSON as Go's json.Encoder writes it: HTML-significant characters and U+2028/U+2029 escaped,
 * and a trailing newline.
 */
export function goJSON(v: unknown): string {
  const s = JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (ch) => {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `${s}\n`;
}

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Go's url.QueryEscape over the UTF-8 bytes of s (space is "+", hex digits upper case). */
export function goQueryEscape(s: string | Buffer): string {
  const bytes = typeof s === "string" ? Buffer.from(s) : s;
  let out = "";
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (b < 0x80 && UNRESERVED.test(ch)) out += ch;
    else if (b === 0x20) out += "+";
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Go's url.Values.Encode: keys sorted, each key's values in insertion order. */
export function goFormEncode(values: [string, string | Buffer][]): string {
  const order = [...values.keys()].sort((a, b) => {
    const ka = values[a][0];
    const kb = values[b][0];
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  return order
    .map((i) => `${goQueryEscape(values[i][0])}=${goQueryEscape(values[i][1])}`)
    .join("&");
}
