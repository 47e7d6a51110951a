/** cdk8s/ may import component config declarations only (ARCHITECTURE.md, "Dependency direction"). */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "./gen.ts";

const ALLOWED = new Set(["../components/util/config/spec.ts", "../components/util/limits/limits.ts"]);

test("renderer code imports nothing from components/ but config declarations", () => {
  const dir = join(ROOT, "cdk8s");
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".ts") || f.endsWith(".test.ts") || f === "testutil.ts") continue;
    const src = readFileSync(join(dir, f), "utf8");
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      if (m[1].includes("components/")) assert.ok(ALLOWED.has(m[1]), `cdk8s/${f} imports ${m[1]}`);
    }
  }
});

test("components/ never imports cdk8s/", () => {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".ts") ? [join(d, e.name)] : [],
    );
  for (const f of walk(join(ROOT, "components"))) {
    assert.doesNotMatch(readFileSync(f, "utf8"), /from\s+"[./]*\/cdk8s\//, f);
  }
});
