import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

// components/tsdb/{index,block,encoding} are leaves: inside components/ they may import only
// components/tsdb/** and components/model/**.
const here = dirname(fileURLToPath(import.meta.url));
const components = resolve(here, "../..");

describe("tsdb leaf dependencies", () => {
  it("index, block and encoding import nothing else from components/", async () => {
    const bad: string[] = [];
    for (const sub of ["index", "block", "encoding"]) {
      const dir = join(components, "tsdb", sub);
      for (const f of await readdir(dir)) {
        if (!f.endsWith(".ts")) continue;
        const src = await readFile(join(dir, f), "utf8");
        for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)[^"'`]*?from\s+["']([^"']+)["']/g)) {
          const spec = m[1];
          if (!spec.startsWith(".")) continue;
          const target = relative(components, resolve(dir, spec));
          if (target.startsWith("tsdb/") || target.startsWith("model/")) continue;
          bad.push(`${sub}/${f} -> ${target}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });
});
