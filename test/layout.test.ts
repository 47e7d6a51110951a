/**
 * Repository rules that no compiler checks: the dependency direction of ARCHITECTURE.md, the
 * entry points being the only readers of process.env/argv, and the Dockerfiles copying paths
 * that exist.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** Relative imports of a file, resolved to repository paths. */
function importsOf(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  const re = /(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']|import\(\s*(?:new URL\(\s*)?["'](\.[^"']+)["']/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const spec = m[1] ?? m[2];
    out.push(relative(ROOT, resolve(dirname(file), spec)));
  }
  return out;
}

const isTest = (f: string) => f.endsWith(".test.ts");

describe("dependency direction", () => {
  it("tsdb leaves and the bucket package import nothing above them", () => {
    const leaves = ["components/tsdb/chunkenc", "components/tsdb/index", "components/tsdb/wal", "components/tsdb/encoding", "components/storage/bucket"];
    const allowed = ["components/model/", "components/tsdb/", "components/storage/", "components/cache/", "components/util/config/"];
    for (const leaf of leaves) {
      for (const f of tsFiles(join(ROOT, leaf))) {
        for (const imp of importsOf(f)) {
          assert.ok(
            allowed.some((a) => imp.startsWith(a)),
            `${relative(ROOT, f)} imports ${imp}, which a leaf package must not`,
          );
        }
      }
    }
  });

  it("components never import operator/ or cdk8s/ (the entry point may load the render CLI)", () => {
    for (const f of tsFiles(join(ROOT, "components"))) {
      const rel = relative(ROOT, f);
      for (const imp of importsOf(f)) {
        if (rel === "components/cmd/run.ts" && imp === "cdk8s/cli.ts") continue;
        assert.ok(!imp.startsWith("operator/") && !imp.startsWith("cdk8s/"), `${rel} imports ${imp}`);
      }
    }
  });

  it("cdk8s/ imports from components/ only config declarations and types", () => {
    for (const f of tsFiles(join(ROOT, "cdk8s"))) {
      if (isTest(f)) continue;
      for (const imp of importsOf(f)) {
        if (!imp.startsWith("components/")) continue;
        assert.ok(
          /\/config\.ts$|\/limits\/limits\.ts$|\/util\/config\/|\/util\/tenant\.ts$|\/app\/config\.ts$|componentblocks\.ts$|\/types\.ts$/.test(imp),
          `${relative(ROOT, f)} imports ${imp}`,
        );
      }
    }
  });

  it("only entry points read process.env and process.argv", () => {
    const entryPoints = new Set(["components/cmd/mimir.ts", "components/cmd/run.ts", "operator/main.ts", "cdk8s/cli.ts", "components/promql/promqltest/cli.ts"]);
    for (const dir of ["components", "cdk8s", "operator"]) {
      for (const f of tsFiles(join(ROOT, dir))) {
        const rel = relative(ROOT, f);
        if (isTest(f) || entryPoints.has(rel) || rel.includes("/bench/")) continue;
        const src = readFileSync(f, "utf8");
        assert.ok(!/process\.(env|argv)\b/.test(src), `${rel} reads process.env/argv`);
      }
    }
  });
});

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
        for (const src of m[1].split(/\s+/)) assert.ok(existsSync(join(ROOT, src)), `${name}: COPY source ${src} does not exist`);
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
});
