// An approximation of Go's html/template for notification HTML (Alertmanager's email.tmpl):
// the executor tracks where the output is in the HTML (text, a quoted attribute, a URL
// attribute and which part of the URL) and escapes each action's value for that place with
// html/template's escapers. Literal template text is trusted and copied, except comments.
// Not covered: JavaScript and CSS contexts (script/style content is escaped as text).

import { GO_TYPE_NAME } from "./values.ts";

/** Trusted HTML (Go's html/template.HTML): not escaped in text context. */
export class SafeHTML {
  readonly [GO_TYPE_NAME] = "template.HTML";
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  String(): string {
    return this.value;
  }
}

/** Trusted URL (Go's html/template.URL): not filtered or normalized in URL attributes. */
export class SafeURL {
  readonly [GO_TYPE_NAME] = "template.URL";
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  String(): string {
    return this.value;
  }
}

type State = "text" | "tag" | "attrName" | "afterName" | "beforeValue" | "value";
type UrlPart = "none" | "preQuery" | "query";

const URL_ATTRS = new Set([
  "action",
  "archive",
  "background",
  "cite",
  "classid",
  "codebase",
  "data",
  "formaction",
  "href",
  "icon",
  "longdesc",
  "manifest",
  "poster",
  "profile",
  "src",
  "usemap",
  "xmlns",
]);

/** html/template's htmlEscaper replacements. */
export function htmlTemplateEscape(s: string): string {
  return s.replace(/[\0"&'+<>]/g, (c) => {
    switch (c) {
      case "\0":
        return "\uFFFD";
      case '"':
        return "&#34;";
      case "&":
        return "&amp;";
      case "'":
        return "&#39;";
      case "+":
        return "&#43;";
      case "<":
        return "&lt;";
      default:
        return "&gt;";
    }
  });
}

/** Percent-encodes UTF-8 bytes of `s` except those `keep` accepts (Go uses lower-case hex). */
function percentEncode(s: string, keep: (c: number) => boolean): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    if (keep(b)) out += String.fromCharCode(b);
    else out += `%${b.toString(16).padStart(2, "0")}`;
  }
  return out;
}

function isUnreserved(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x7e
  );
}

/** html/template's urlNormalizer: encodes what is not allowed in a URL, keeps reserved chars. */
export function urlNormalize(s: string): string {
  return percentEncode(
    s,
    (c) => isUnreserved(c) || "!#$&*+,/:;=?@[]%".includes(String.fromCharCode(c)),
  );
}

/** html/template's urlEscaper: encodes everything but unreserved characters. */
export function urlEscape(s: string): string {
  return percentEncode(s, isUnreserved);
}

/** html/template's urlFilter: only http, https and mailto schemes (or none) pass. */
export function urlFilter(s: string): string {
  const colon = s.indexOf(":");
  if (colon >= 0 && !s.slice(0, colon).includes("/")) {
    const scheme = s.slice(0, colon).toLowerCase();
    if (scheme !== "http" && scheme !== "https" && scheme !== "mailto") return "#ZgotmplZ";
  }
  return s;
}

/** Where the output currently is in the HTML, updated by everything written. */
export class HtmlContext {
  private state: State = "text";
  private attr = "";
  private quote = "";
  private urlPart: UrlPart = "none";
  private inComment = false;

  /** Copies literal template text, dropping HTML comments like html/template. */
  literal(text: string): string {
    let out = "";
    let i = 0;
    while (i < text.length) {
      if (this.inComment) {
        const end = text.indexOf("-->", i);
        if (end < 0) return out;
        this.inComment = false;
        i = end + 3;
        continue;
      }
      if (this.state === "text" && text.startsWith("<!--", i)) {
        this.inComment = true;
        i += 4;
        continue;
      }
      const c = text[i]!;
      this.advance(c);
      out += c;
      i++;
    }
    return out;
  }

  private advance(c: string): void {
    switch (this.state) {
      case "text":
        if (c === "<") this.state = "tag";
        return;
      case "tag":
        if (c === ">") this.state = "text";
        else if (/[^\s/=]/.test(c)) {
          this.state = "attrName";
          this.attr = c.toLowerCase();
        }
        return;
      case "attrName":
        if (c === ">") this.state = "text";
        else if (c === "=") this.state = "beforeValue";
        else if (/\s/.test(c)) this.state = "afterName";
        else this.attr += c.toLowerCase();
        return;
      case "afterName":
        if (c === "=") this.state = "beforeValue";
        else if (c === ">") this.state = "text";
        else if (/[^\s/]/.test(c)) {
          this.state = "attrName";
          this.attr = c.toLowerCase();
        }
        return;
      case "beforeValue":
        if (/\s/.test(c)) return;
        this.state = "value";
        this.urlPart = "none";
        if (c === '"' || c === "'") {
          this.quote = c;
          return;
        }
        this.quote = "";
        this.valueChar(c);
        return;
      case "value":
        if ((this.quote && c === this.quote) || (!this.quote && /\s/.test(c))) {
          this.state = "tag";
          return;
        }
        if (!this.quote && c === ">") {
          this.state = "text";
          return;
        }
        this.valueChar(c);
    }
  }

  private valueChar(c: string): void {
    if (c === "?" || c === "#") this.urlPart = "query";
    else if (this.urlPart === "none") this.urlPart = "preQuery";
  }

  private isUrlAttr(): boolean {
    const a = this.attr.replace(/^(data-|xlink:)/, "");
    return URL_ATTRS.has(a) || a.includes("url") || a.includes("uri");
  }

  /**
   * Escapes an action's value for the current position. `lastFunc` is the pipeline's last
   * function: Go treats a final `html` or `urlquery` as the escaper it stands for.
   */
  action(v: unknown, printed: string, lastFunc: string | undefined): string {
    // html/template drops comments, including the actions inside them.
    if (this.inComment) return "";
    let out: string;
    if (this.state === "value" || this.state === "beforeValue") {
      if (this.state === "beforeValue") {
        this.state = "value";
        this.quote = "";
        this.urlPart = "none";
      }
      if (this.isUrlAttr()) {
        let s = printed;
        if (v instanceof SafeURL) {
          // trusted: only normalized
          s = urlNormalize(s);
        } else if (this.urlPart === "query") {
          if (lastFunc !== "urlquery") s = urlEscape(s);
        } else {
          if (this.urlPart === "none") s = urlFilter(s);
          s = urlNormalize(s);
        }
        for (const c of s) this.valueChar(c);
        out = htmlTemplateEscape(s);
        if (!this.quote) out = out.replace(/[\s=`]/g, (c) => `&#${c.charCodeAt(0)};`);
      } else {
        out = lastFunc === "html" ? printed : htmlTemplateEscape(printed);
        if (!this.quote) out = out.replace(/[\s=`]/g, (c) => `&#${c.charCodeAt(0)};`);
      }
      return out;
    }
    if (v instanceof SafeHTML) return printed;
    return lastFunc === "html" ? printed : htmlTemplateEscape(printed);
  }
}
