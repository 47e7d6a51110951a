/**
 * The text of -help / -help-all: every flag with its type, default and help, like Go's flag
 * package. As in Mimir, -help lists the basic category only and -help-all every flag, with
 * experimental and deprecated ones prefixed by their category.
 */
import { formatDuration } from "../util/config/duration.ts";
import { categoryOf, type Field } from "../util/config/spec.ts";

const KIND_WORD: Record<string, string> = {
  string: "string",
  int: "int",
  float: "float",
  bool: "",
  duration: "duration",
  list: "comma-separated-list-of-strings",
  map: "value",
  any: "value",
};

function defaultText(field: Field<any>): string {
  const d = field.default;
  if (field.kind === "duration") return d === 0 ? "" : formatDuration(d);
  if (field.kind === "list") return (d as string[]).join(",");
  if (field.kind === "bool") return d ? "true" : "";
  if (field.kind === "string") return d === "" ? "" : JSON.stringify(d);
  return d === 0 ? "" : String(d);
}

export function formatHelp(
  flags: { name: string; field: Field<any> }[],
  commandFlags: Record<string, { bool: boolean; help: string }>,
  all: boolean,
): string {
  const out: string[] = [
    "Usage of mimir-ts:",
    "  mimir-ts [flags]                 run the components selected by -target (default: all)",
    "  mimir-ts render -f cluster.yaml  render Kubernetes manifests for a MimirCluster (see README)",
    "",
  ];
  const entries: { name: string; kind: string; help: string; def: string }[] = [];
  for (const [name, c] of Object.entries(commandFlags)) {
    if (name === "h") continue;
    entries.push({ name, kind: c.bool ? "" : "string", help: c.help, def: "" });
  }
  for (const { name, field } of flags) {
    const category = categoryOf(field);
    if (category !== "basic" && !all) continue;
    let help = field.notImplemented
      ? `${field.help} (not implemented yet: accepted and ignored)`
      : field.help;
    if (category === "experimental" || category === "deprecated") help = `[${category}] ${help}`;
    entries.push({ name, kind: KIND_WORD[field.kind], help, def: defaultText(field) });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    out.push(`  -${e.name}${e.kind ? ` ${e.kind}` : ""}`);
    let help = `    \t${e.help}`;
    if (e.def !== "") help += ` (default ${e.def})`;
    out.push(help);
  }
  if (!all) out.push("", "To see all flags, use -help-all");
  return `${out.join("\n")}\n`;
}
