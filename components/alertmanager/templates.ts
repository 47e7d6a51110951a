/**
 * A tenant's notification templates: our default definitions (defaulttemplates.ts) plus the
 * tenant's template files that the config's `templates` globs select (Mimir stores the files in
 * the tenant's directory and resolves the globs there, so a glob matches a file name), parsed by
 * the Go text/template engine with Alertmanager's functions.
 */
import { alertmanagerTemplate, Data, executeTextString } from "../util/gotemplate/alertmanager.ts";
import type { Template } from "../util/gotemplate/template.ts";
import { DEFAULT_TEMPLATES } from "./defaulttemplates.ts";
import type { TemplateData } from "./tmpldata.ts";

export interface TemplateFileDesc {
  filename: string;
  body: string;
}

function globToRegExp(glob: string): RegExp {
  const base = glob.replace(/^.*\//, "");
  let re = "";
  for (let i = 0; i < base.length; i++) {
    const c = base[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = base.indexOf("]", i);
      if (end < 0) re += "\\[";
      else {
        re += `[${base
          .slice(i + 1, end)
          .replace(/^\^/, "^")
          .replace(/^!/, "^")}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** The files the globs select, in glob order then name order (each once). */
export function selectTemplateFiles(
  files: TemplateFileDesc[],
  globs: string[],
): TemplateFileDesc[] {
  const out: TemplateFileDesc[] = [];
  const seen = new Set<string>();
  for (const g of globs) {
    const re = globToRegExp(g);
    for (const f of [...files].sort((a, b) => (a.filename < b.filename ? -1 : 1)))
      if (re.test(f.filename) && !seen.has(f.filename)) {
        seen.add(f.filename);
        out.push(f);
      }
  }
  return out;
}

/**
 * Parses the tenant's template set; throws the engine's ParseError for a bad file. `html` gives
 * the html/template flavour Alertmanager executes HTML bodies (email) with.
 */
export function tenantTemplate(files: TemplateFileDesc[], globs: string[], html = false): Template {
  return alertmanagerTemplate(
    [
      { name: "default.tmpl", content: DEFAULT_TEMPLATES },
      ...selectTemplateFiles(files, globs).map((f) => ({ name: f.filename, content: f.body })),
    ],
    { html },
  );
}

/** Mimir's config validation: every template file must parse. */
export function validateTemplates(files: TemplateFileDesc[], globs: string[]): void {
  tenantTemplate(files, globs);
  for (const f of files) alertmanagerTemplate([{ name: f.filename, content: f.body }]);
}

/** Renders template texts of a notification against one data value. */
export class Renderer {
  private readonly set: Template;
  private readonly htmlSet: (() => Template) | undefined;
  private readonly data: Data;

  constructor(set: Template, data: TemplateData, htmlSet?: () => Template) {
    this.set = set;
    this.htmlSet = htmlSet;
    this.data = new Data({
      ...data,
      alerts: data.alerts.map((a) => ({
        ...a,
        startsAt: Date.parse(a.startsAt),
        endsAt: Date.parse(a.endsAt),
      })),
    });
  }

  /** Executes a text (may contain `{{ template "x" . }}`); "" for "". */
  text(t: unknown): string {
    if (t === undefined || t === null) return "";
    return executeTextString(this.set, String(t), this.data);
  }

  /** Executes a text with HTML escaping of the data (html/template), as email bodies are. */
  html(t: unknown): string {
    if (t === undefined || t === null) return "";
    return executeTextString(this.htmlSet ? this.htmlSet() : this.set, String(t), this.data);
  }
}
