/** What building a tenant's receivers needs from the tenant. */
import type { Template } from "../../util/gotemplate/template.ts";

export interface BuildContext {
  externalURL: string;
  /** The tenant's template files (name and body). */
  templates: { filename: string; body: string }[];
  /** The config's `templates` globs. */
  templateNames: string[];
  tenant: string;
  /** The tenant's parsed template set (default definitions + its files). */
  template: Template;
  /** The same set in the html/template flavour (HTML bodies), parsed on first use. */
  htmlTemplate?: () => Template;
}
