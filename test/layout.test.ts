/**
 * Repository rules that no compiler checks: the Dockerfiles copy paths that exist, and the
 * component image holds everything its binary loads, `render` included (the dependency rules
 * are in deps.test.ts).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

/** The sources (relative to the repository) of the Dockerfile's COPY lines. */
function copiedPaths(dockerfile: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(ROOT, dockerfile), "utf8").split("\n")) {
    const m = /^COPY\s+(.+)\s+(\S+)$/.exec(line.trim());
    if (m) out.push(...m[1].split(/\s+/));
  }
  return out;
}

/**
 * Every repository file the entry point loads (static and dynamic imports, followed
 * transitively) and every package it imports by name.
 */
function loadedBy(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = readFileSync(join(ROOT, file), "utf8");
    const specs = ts.preProcessFile(src, true, true).importedFiles.map((i) => i.fileName);
    for (const m of src.matchAll(
      /import\(\s*new URL\(\s*["']([^"']+\.ts)["']\s*,\s*import\.meta\.url\s*\)/g,
    ))
      specs.push(m[1]);
    const typeOnly = new Set(
      [...src.matchAll(/^import type [^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]),
    );
    for (const spec of specs) {
      if (typeOnly.has(spec)) continue;
      if (spec.startsWith(".")) visit(relative(ROOT, resolve(ROOT, dirname(file), spec)));
      else if (!spec.startsWith("node:") && !builtinModules.includes(spec)) {
        packages.add(
          spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0],
        );
      }
    }
  };
  visit(entry);
  return { files, packages };
}

describe("Dockerfiles", () => {
  for (const name of ["Dockerfile.component", "Dockerfile.operator"]) {
    it(`${name} copies only paths that exist and runs an entry point that exists`, () => {
      const text = readFileSync(join(ROOT, name), "utf8");
      assert.match(text, /^FROM node:24-slim$/m);
      assert.match(text, /^USER node$/m);
      assert.match(text, /npm ci --omit=dev/);
      for (const line of text.split("\n")) {
        const m = /^COPY\s+(.+)\s+(\S+)$/.exec(line.trim());
        if (!m) continue;
        for (const src of m[1].split(/\s+/))
          assert.ok(existsSync(join(ROOT, src)), `${name}: COPY source ${src} does not exist`);
      }
      const entry = /ENTRYPOINT \["node", "\/app\/([^"]+)"\]/.exec(text);
      assert.ok(entry, "has an ENTRYPOINT");
      assert.ok(existsSync(join(ROOT, entry[1])), `entry point ${entry[1]} exists`);
    });
  }

  it("the component image exposes the documented ports", () => {
    const text = readFileSync(join(ROOT, "Dockerfile.component"), "utf8");
    assert.match(text, /^EXPOSE 9009 9095 7946$/m);
  });

  it("the component image holds every file and production package the binary and `render` load", () => {
    const copied = copiedPaths("Dockerfile.component").map((p) => p.replace(/\/$/, ""));
    const { files, packages } = loadedBy("components/cmd/mimir.ts");
    assert.ok(files.has("cdk8s/cli.ts") && files.has("cdk8s/render.ts"), "follows the render CLI");
    const missing = [...files].filter((f) => !copied.some((c) => f === c || f.startsWith(`${c}/`)));
    assert.deepEqual(missing, [], "files the image does not copy");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const notProduction = [...packages].filter((p) => !(p in pkg.dependencies));
    assert.deepEqual(notProduction, [], "packages `npm ci --omit=dev` does not install");
  });

  it("`render` runs from a copy of what the component image holds", () => {
    const app = mkdtempSync(join(tmpdir(), "mimir-ts-image-"));
    try {
      for (const p of copiedPaths("Dockerfile.component"))
        cpSync(join(ROOT, p), join(app, p), { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"));
      const cluster = readFileSync(join(ROOT, "examples/monolithic/mimircluster.yaml"), "utf8");
      const r = spawnSync(
        process.execPath,
        [join(app, "components/cmd/mimir.ts"), "render", "-f", "-"],
        { input: cluster, encoding: "utf8", timeout: 60_000, cwd: app },
      );
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^kind: StatefulSet$/m);
      assert.match(r.stdout, /- -target=all$/m);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});
