/**
 * Running sets of script files, classifying evals (stable / native histograms / experimental)
 * and checking them against the expected-failure list. Shared by cli.ts and conformance.test.ts.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { FUNCTIONS } from "../functable.ts";
import type { PromQLEngine } from "../types.ts";
import { type EvalResult, type FileResult, newTestEngine, runScript } from "./runner.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/**
 * The folder of the upstream scripts: shared/conformance/promql/ beside the repository unless
 * useUpstreamDir() chose another (the CLI and the conformance test pass
 * $PROMQLTEST_UPSTREAM_DIR).
 */
export let UPSTREAM_DIR = fileURLToPath(
  new URL("../../../../shared/conformance/promql/", import.meta.url),
);

/** Uses `dir` as the folder of the upstream scripts when it is set and not empty. */
export function useUpstreamDir(dir: string | undefined): void {
  if (dir !== undefined && dir !== "") UPSTREAM_DIR = resolve(dir) + sep;
}
export const PROJECT_TESTDATA_DIR = fileURLToPath(new URL("../testdata/", import.meta.url));
export const DEFAULT_EXPECTED_FILE = fileURLToPath(
  new URL("./expected-failures.json", import.meta.url),
);

/** Upstream files that need experimental features, with the feature. */
export const EXPERIMENTAL_FILES: Readonly<Record<string, string>> = {
  "duration_expression.test": "experimental: duration expressions",
  "extended_vectors.test": "experimental: extended range selectors (anchored/smoothed)",
  "fill-modifier.test": "experimental: binary operator fill modifiers",
  "info.test": "experimental: info() function",
  "limit.test": "experimental: limitk/limit_ratio",
  "start_timestamps.test": "experimental: start timestamps",
  "type_and_unit.test": "experimental: type and unit labels",
};
/**
 * Functions and aggregations that Prometheus only enables with
 * --enable-feature=promql-experimental-functions (upstream's test runner turns them on): the
 * function table's experimental functions plus limitk and limit_ratio. Evals calling them count
 * as experimental.
 */
export const EXPERIMENTAL_FUNCTIONS: readonly string[] = [
  ...[...FUNCTIONS.values()]
    .filter((f) => f.experimental === "promql-experimental-functions")
    .map((f) => f.name),
  "limit_ratio",
  "limitk",
].sort();
const EXPERIMENTAL_CALL = new RegExp(`\\b(${EXPERIMENTAL_FUNCTIONS.join("|")})\\s*\\(`);

export const HISTOGRAM_FILES: ReadonlySet<string> = new Set(["native_histograms.test"]);

export type EvalCategory = "stable" | "histogram" | "experimental";

export interface ExpectedFailure {
  id: string;
  reason: string;
}

/** The name used in eval ids: the basename for upstream files, else the path from the repo root. */
export function displayName(path: string): string {
  const abs = resolve(path);
  if (abs.startsWith(resolve(UPSTREAM_DIR) + sep)) return basename(abs);
  const rel = relative(REPO_ROOT, abs);
  return rel.startsWith("..") ? abs : rel.split(sep).join("/");
}

export function isUpstream(file: string): boolean {
  return !file.includes("/");
}

export function categorize(file: string, r: EvalResult): EvalCategory {
  const base = file.split("/").pop() ?? file;
  if (isUpstream(file) && EXPERIMENTAL_FILES[base] !== undefined) return "experimental";
  if (EXPERIMENTAL_CALL.test(r.expr)) return "experimental";
  if (
    HISTOGRAM_FILES.has(base) ||
    r.touchesHistograms ||
    r.unsupported === "unsupported: native histograms"
  )
    return "histogram";
  if (r.unsupported !== undefined) return "experimental";
  return "stable";
}

/** The reason recorded for a newly listed failure. */
export function reasonFor(file: string, r: EvalResult): string {
  const base = file.split("/").pop() ?? file;
  const cat = categorize(file, r);
  if (cat === "experimental") {
    const fn = EXPERIMENTAL_CALL.exec(r.expr);
    if (EXPERIMENTAL_FILES[base] === undefined && fn !== null)
      return `experimental: ${fn[1]}() function`;
    return EXPERIMENTAL_FILES[base] ?? r.unsupported ?? "experimental";
  }
  if (cat === "histogram") return "native histograms";
  const msg = (r.message ?? "").replace(/\s+/g, " ");
  return `engine: ${msg.length > 160 ? msg.slice(0, 157) + "..." : msg}`;
}

/** Expands files and folders (folders: their *.test files, sorted). */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith(".test")) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

export function loadExpected(path: string): ExpectedFailure[] {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ExpectedFailure[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

/** Tries to create the project's engine; returns the error message when it cannot. */
export async function tryEngine(): Promise<{ engine?: PromQLEngine; error?: string }> {
  try {
    return { engine: await newTestEngine() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Runs the files; without an engine every eval fails with the reason. */
export async function runFiles(
  files: string[],
  engine: PromQLEngine | undefined,
  engineError?: string,
): Promise<FileResult[]> {
  const out: FileResult[] = [];
  const unavailable: PromQLEngine = {
    instantQuery: () =>
      Promise.reject(new Error(`engine not available: ${engineError ?? "unknown"}`)),
    rangeQuery: () =>
      Promise.reject(new Error(`engine not available: ${engineError ?? "unknown"}`)),
  };
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    const res = await runScript(displayName(f), text, engine ?? unavailable);
    if (engine === undefined) {
      for (const r of res.results) {
        if (r.passed || r.unsupported === undefined) {
          r.passed = false;
          r.message = `engine not available: ${engineError ?? "unknown"}`;
        }
      }
    }
    out.push(res);
  }
  return out;
}

export interface Verdict {
  /** Failed and not listed: regressions / new bugs. */
  unexpectedFailures: { file: string; result: EvalResult }[];
  /** Listed (for a file that was run) but passed: the list must shrink. */
  newlyPassing: ExpectedFailure[];
  /** Listed ids for run files that no longer exist as evals (stale entries). */
  unknownIds: ExpectedFailure[];
}

export function judge(results: FileResult[], expected: ExpectedFailure[]): Verdict {
  const byId = new Map(expected.map((e) => [e.id, e]));
  const runFilesSet = new Set(results.map((r) => r.file));
  const seen = new Set<string>();
  const v: Verdict = { unexpectedFailures: [], newlyPassing: [], unknownIds: [] };
  for (const fr of results) {
    for (const r of fr.results) {
      seen.add(r.id);
      const listed = byId.get(r.id);
      if (!r.passed && listed === undefined)
        v.unexpectedFailures.push({ file: fr.file, result: r });
      if (r.passed && listed !== undefined) v.newlyPassing.push(listed);
    }
  }
  for (const e of expected) {
    const file = e.id.slice(0, e.id.lastIndexOf(":"));
    if (runFilesSet.has(file) && !seen.has(e.id)) v.unknownIds.push(e);
  }
  return v;
}

/** The new expected list: entries of files not run are kept; for run files, every failure. */
export function regenerateExpected(
  results: FileResult[],
  previous: ExpectedFailure[],
): ExpectedFailure[] {
  const prevById = new Map(previous.map((e) => [e.id, e]));
  const runFilesSet = new Set(results.map((r) => r.file));
  const out: ExpectedFailure[] = previous.filter(
    (e) => !runFilesSet.has(e.id.slice(0, e.id.lastIndexOf(":"))),
  );
  for (const fr of results) {
    for (const r of fr.results) {
      if (r.passed) continue;
      const prev = prevById.get(r.id);
      const fresh = reasonFor(fr.file, r);
      // Keep hand-written reasons, but refresh generated engine messages.
      const reason = prev !== undefined && !prev.reason.startsWith("engine:") ? prev.reason : fresh;
      out.push({ id: r.id, reason });
    }
  }
  const key = (id: string) => {
    const i = id.lastIndexOf(":");
    return [id.slice(0, i), Number(id.slice(i + 1))] as const;
  };
  out.sort((a, b) => {
    const [fa, la] = key(a.id);
    const [fb, lb] = key(b.id);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb;
  });
  return out;
}

export function formatExpected(list: ExpectedFailure[]): string {
  return "[\n" + list.map((e) => "  " + JSON.stringify(e)).join(",\n") + "\n]\n";
}

export interface Counts {
  passed: number;
  failed: number;
}

/** Pass/fail counts per category over upstream files. */
export function upstreamCounts(results: FileResult[]): Record<EvalCategory, Counts> {
  const c: Record<EvalCategory, Counts> = {
    stable: { passed: 0, failed: 0 },
    histogram: { passed: 0, failed: 0 },
    experimental: { passed: 0, failed: 0 },
  };
  for (const fr of results) {
    if (!isUpstream(fr.file)) continue;
    for (const r of fr.results) {
      const k = categorize(fr.file, r);
      if (r.passed) c[k].passed++;
      else c[k].failed++;
    }
  }
  return c;
}
