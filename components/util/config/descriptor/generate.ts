/**
 * Regenerates mimir-fields.json from Mimir's config descriptor (Mimir's
 * `cmd/mimir/config-descriptor.json`, produced by `tools/doc-generator`):
 *
 *   ./node_modules/.bin/node --input-type=module -e \
 *     'import("./components/util/config/descriptor/generate.ts").then((m) => m.writeFieldsFile("path/to/config-descriptor.json"))'
 *
 * Output: one row per field, in the descriptor's order:
 *   [yamlPath, flag | null, type, default, category | null, help]
 * with Mimir's type names mapped to ours (see TYPE_MAP) and defaults in our units: durations in
 * milliseconds (Go's max int64 nanoseconds, Mimir's "no limit", stays that many milliseconds),
 * lists of durations as lists of strings ("7200s"), URLs as strings.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface Entry {
  kind: "block" | "field";
  name: string;
  desc: string;
  blockEntries?: Entry[];
  fieldFlag?: string;
  fieldType?: string;
  fieldDefaultValue?: unknown;
  fieldCategory?: string;
}

/** Mimir's descriptor type name -> our FieldKind. */
const TYPE_MAP: Record<string, string> = {
  string: "string",
  int: "int",
  float: "float",
  boolean: "bool",
  duration: "duration",
  "list of string": "list",
  "list of duration": "durationList",
  url: "url",
  "map of tracker name (string) to matcher (string)": "map",
  "map of string to float64": "map",
  "map of string to validation.ForwardingRule": "any",
  "relabel_config...": "any",
};

function defaultOf(type: string, v: unknown): unknown {
  switch (type) {
    case "duration":
      return (v as number) / 1e6;
    case "durationList":
      return ((v as number[] | null) ?? []).map((ns) => `${ns / 1e9}s`);
    case "url": {
      const u = v as { Scheme?: string; Host?: string; Path?: string } | null;
      return u?.Host ? `${u.Scheme}://${u.Host}${u.Path ?? ""}` : "";
    }
    case "map":
      return v ?? {};
    case "any":
      return v ?? null;
    default:
      return v;
  }
}

export function rowsOf(root: Entry): unknown[][] {
  const rows: unknown[][] = [];
  const walk = (b: Entry, prefix: string) => {
    for (const e of b.blockEntries ?? []) {
      const path = prefix ? `${prefix}.${e.name}` : e.name;
      if (e.kind === "block") {
        walk(e, path);
        continue;
      }
      const type = TYPE_MAP[e.fieldType ?? ""];
      if (type === undefined) throw new Error(`${path}: unknown descriptor type ${e.fieldType}`);
      rows.push([
        path,
        e.fieldFlag ?? null,
        type,
        defaultOf(type, e.fieldDefaultValue),
        e.fieldCategory ?? null,
        e.desc,
      ]);
    }
  };
  walk(root, "");
  return rows;
}

/** Writes mimir-fields.json (next to this file) from the descriptor at `src`; returns the row count. */
export function writeFieldsFile(src: string): number {
  const rows = rowsOf(JSON.parse(readFileSync(src, "utf8")) as Entry);
  writeFileSync(
    new URL("./mimir-fields.json", import.meta.url),
    `[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`,
  );
  return rows.length;
}
