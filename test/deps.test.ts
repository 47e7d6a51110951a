/**
 * The repository's dependency rules, read from the imports of every .ts file (static imports,
 * re-exports, `import type`, dynamic `import()` and `import(new URL("...", import.meta.url))`):
 * ARCHITECTURE.md's dependency direction, the entry points being the only readers of
 * process.env/argv, and no import cycle between files or between folders (a folder is the first
 * level under components/, or one of cdk8s, operator, e2e, test).
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const SOURCE_DIRS = ["components", "cdk8s", "operator", "e2e", "test"];
/** Generated or vendored code that is not ours to arrange. */
const SKIPPED_DIRS = new Set(["node_modules", "cdk8s/imports", "components/proto/generated"]);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(join(ROOT, dir))) return out;
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (name.startsWith(".") || SKIPPED_DIRS.has(rel)) continue;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...tsFiles(rel));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

const FILES = SOURCE_DIRS.flatMap(tsFiles).sort();
const SOURCES = new Map(FILES.map((f) => [f, readFileSync(join(ROOT, f), "utf8")]));

/** The repository paths a file imports (relative specifiers only; packages are not rules here). */
function importsOf(file: string): string[] {
  const src = SOURCES.get(file)!;
  const specs = ts.preProcessFile(src, true, true).importedFiles.map((i) => i.fileName);
  for (const m of src.matchAll(
    /import\(\s*new URL\(\s*["']([^"']+\.ts)["']\s*,\s*import\.meta\.url\s*\)/g,
  ))
    specs.push(m[1]);
  return specs
    .filter((s) => s.startsWith("."))
    .map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

const IMPORTS = new Map(FILES.map((f) => [f, importsOf(f)]));
const isTest = (f: string) => f.endsWith(".test.ts");

function folderOf(file: string): string {
  const parts = file.split("/");
  return parts[0] === "components" ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
function cycles(nodes: readonly string[], edges: (n: string) => Iterable<string>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

/**
 * Cycles that still exist in this tree and are being removed by work on other branches: the
 * tsdb<->storage folder cycle (labels, matchers and series interfaces move to components/model/)
 * and the engine<->evalfuncs<->info file cycle in components/promql/. Each entry is one whole
 * cycle (its members, sorted). This list only shrinks: a new cycle fails the test, and so does an
 * entry whose cycle is gone (remove the entry).
 */
const ALLOWED_FILE_CYCLES: readonly string[][] = [];
const ALLOWED_FOLDER_CYCLES: readonly string[][] = [];

function assertOnlyAllowedCycles(
  found: string[][],
  allowed: readonly string[][],
  what: string,
): void {
  const key = (c: readonly string[]) => c.join(" <-> ");
  const allowedKeys = new Set(allowed.map(key));
  const foundKeys = new Set(found.map(key));
  const unexpected = [...foundKeys].filter((k) => !allowedKeys.has(k));
  assert.deepEqual(unexpected, [], `import cycles between ${what}`);
  const gone = [...allowedKeys].filter((k) => !foundKeys.has(k));
  assert.deepEqual(
    gone,
    [],
    `allow-listed ${what} cycles that no longer exist: remove them from the allow-list`,
  );
}

/** Every import of a file under one of `dirs` that does not satisfy `ok`, as "file -> import". */
function violations(
  dirs: readonly string[],
  ok: (imp: string, file: string) => boolean,
  opts: { tests?: boolean } = {},
): string[] {
  const bad: string[] = [];
  for (const [file, imports] of IMPORTS) {
    if (!dirs.some((d) => file.startsWith(`${d}/`))) continue;
    if (opts.tests === false && isTest(file)) continue;
    for (const imp of imports) if (!ok(imp, file)) bad.push(`${file} -> ${imp}`);
  }
  return bad;
}

describe("dependency rules (ARCHITECTURE.md)", () => {
  it("reads the imports of the whole tree", () => {
    assert.ok(FILES.length > 200, `found ${FILES.length} files`);
    assert.ok(
      IMPORTS.get("components/cmd/run.ts")!.includes("cdk8s/cli.ts"),
      "sees import(new URL(...))",
    );
    assert.ok(
      IMPORTS.get("components/app/app.ts")!.includes("components/app/context.ts"),
      "sees import type",
    );
  });

  it("the TSDB file-format packages import only each other and the data model", () => {
    // ARCHITECTURE.md's leaves; block/ sits above them (a block reader opens the one querier).
    const leaves = ["chunkenc", "index", "wal", "encoding"].map((p) => `components/tsdb/${p}`);
    const ok = (imp: string) =>
      leaves.some((l) => imp.startsWith(`${l}/`)) || imp.startsWith("components/model/");
    assert.deepEqual(violations(leaves, ok), []);
  });

  it("the bucket and cache packages import only each other, util/config and util/metrics.ts", () => {
    const dirs = ["components/storage/bucket", "components/cache"];
    const ok = (imp: string) =>
      [...dirs, "components/util/config"].some((d) => imp.startsWith(`${d}/`)) ||
      imp === "components/util/metrics.ts";
    assert.deepEqual(violations(dirs, ok), []);
  });

  it("components never import operator/ or cdk8s/ (the binary's entry point may load the render CLI)", () => {
    const ok = (imp: string, file: string) =>
      (!imp.startsWith("operator/") && !imp.startsWith("cdk8s/")) ||
      (file === "components/cmd/run.ts" && imp === "cdk8s/cli.ts");
    assert.deepEqual(violations(["components"], ok), []);
  });

  it("cdk8s/ and operator/ import from components/ only config declarations", () => {
    const decl =
      /\/config\.ts$|\/limits\/limits\.ts$|\/util\/config\/|\/util\/tenant\.ts$|\/app\/config\.ts$|\/app\/rootblock\.ts$|componentblocks\.ts$|\/types\.ts$/;
    const ok = (imp: string) => !imp.startsWith("components/") || decl.test(imp);
    assert.deepEqual(violations(["cdk8s", "operator"], ok, { tests: false }), []);
  });

  it("only entry points read process.env and process.argv", () => {
    const entryPoints = new Set([
      "components/cmd/mimir.ts",
      "components/cmd/run.ts",
      "operator/main.ts",
      "cdk8s/cli.ts",
      "components/promql/promqltest/cli.ts",
    ]);
    const bad: string[] = [];
    for (const [file, src] of SOURCES) {
      if (!["components/", "cdk8s/", "operator/"].some((d) => file.startsWith(d))) continue;
      if (isTest(file) || entryPoints.has(file) || file.includes("/bench/")) continue;
      if (/process\.(env|argv)\b/.test(src)) bad.push(file);
    }
    assert.deepEqual(bad, []);
  });
});

describe("import cycles", () => {
  it("no cycle between files", () => {
    const found = cycles(FILES, (f) => IMPORTS.get(f)!.filter((i) => IMPORTS.has(i)));
    assertOnlyAllowedCycles(found, ALLOWED_FILE_CYCLES, "files");
  });

  it("no cycle between folders (tests included)", () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, imports] of IMPORTS) {
      const from = folderOf(file);
      for (const imp of imports) {
        const to = folderOf(imp);
        if (to !== from && IMPORTS.has(imp))
          edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const folders = [...new Set(FILES.map(folderOf))].sort();
    assertOnlyAllowedCycles(
      cycles(folders, (f) => edges.get(f) ?? []),
      ALLOWED_FOLDER_CYCLES,
      "folders",
    );
  });

  it("finds a cycle when there is one", () => {
    const graph: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["a"], d: ["a"] };
    assert.deepEqual(
      cycles(Object.keys(graph), (n) => graph[n]),
      [["a", "b", "c"]],
    );
  });
});
