/**
 * components/storage/bucket and components/cache are leaves: they may import only each other
 * and components/util/config (plus packages).
 */
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const componentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const allowed = ["storage/bucket", "cache", "util/config"].map((d) => path.join(componentsDir, d) + path.sep);

async function tsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await tsFiles(p)));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out;
}

test("bucket and cache packages import only each other and util/config", async () => {
  const files = [...(await tsFiles(path.join(componentsDir, "storage", "bucket"))), ...(await tsFiles(path.join(componentsDir, "cache")))];
  assert.ok(files.length > 10);
  const bad: string[] = [];
  for (const file of files) {
    const src = await fs.readFile(file, "utf8");
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
      const target = path.resolve(path.dirname(file), m[1]);
      if (!allowed.some((a) => target.startsWith(a))) bad.push(`${path.relative(componentsDir, file)} -> ${m[1]}`);
    }
  }
  assert.deepEqual(bad, []);
});
