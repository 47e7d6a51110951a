/**
 * promqltest runner CLI.
 *
 *   node components/promql/promqltest/cli.ts [--expected <file>] [--write-expected] [-v] <files or folders>...
 *
 * Without paths it runs the upstream conformance scripts and components/promql/testdata.
 * Prints per-file results, details of failures not in the expected-failure list, and a last
 * line `N passed, N failed`. Exits 1 when an eval fails that is not in the list.
 * --write-expected rewrites the list from this run (entries of files not run are kept).
 * -v also prints the expected (listed) failures.
 */
import { writeFileSync } from "node:fs";
import {
  collectFiles,
  DEFAULT_EXPECTED_FILE,
  formatExpected,
  judge,
  loadExpected,
  PROJECT_TESTDATA_DIR,
  regenerateExpected,
  runFiles,
  tryEngine,
  UPSTREAM_DIR,
  upstreamCounts,
  useUpstreamDir,
} from "./suite.ts";

useUpstreamDir(process.env.PROMQLTEST_UPSTREAM_DIR);

function short(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? one.slice(0, n - 3) + "..." : one;
}

async function main(argv: string[]): Promise<number> {
  let expectedPath = DEFAULT_EXPECTED_FILE;
  let write = false;
  let verbose = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--expected") expectedPath = argv[++i];
    else if (a.startsWith("--expected=")) expectedPath = a.slice("--expected=".length);
    else if (a === "--write-expected") write = true;
    else if (a === "-v" || a === "--verbose") verbose = true;
    else if (a === "-h" || a === "--help") {
      console.log(
        "usage: cli.ts [--expected <file>] [--write-expected] [-v] <files or folders>...",
      );
      return 0;
    } else paths.push(a);
  }
  if (paths.length === 0) paths.push(UPSTREAM_DIR, PROJECT_TESTDATA_DIR);
  const files = collectFiles(paths);
  const { engine, error } = await tryEngine();
  if (engine === undefined)
    console.log(`warning: engine not available (${error}); every eval fails`);
  const results = await runFiles(files, engine, error);
  const expected = loadExpected(expectedPath);
  const listed = new Set(expected.map((e) => e.id));
  const verdict = judge(results, expected);

  let passed = 0;
  let failed = 0;
  for (const fr of results) {
    const p = fr.results.filter((r) => r.passed).length;
    const f = fr.results.length - p;
    passed += p;
    failed += f;
    const unexpected = fr.results.filter((r) => !r.passed && !listed.has(r.id)).length;
    console.log(
      `${fr.file}: ${p} passed, ${f} failed${unexpected > 0 ? ` (${unexpected} not in the expected list)` : ""}`,
    );
    for (const e of fr.errors) console.log(`  script error: ${e}`);
    for (const r of fr.results) {
      if (r.passed) continue;
      const isListed = listed.has(r.id);
      if (isListed && !verbose) continue;
      console.log(`  FAIL${isListed ? " (expected)" : ""} ${r.id}: ${short(r.expr, 120)}`);
      console.log(`       ${short(r.message ?? "", 400)}`);
    }
  }
  if (verdict.newlyPassing.length > 0) {
    console.log(
      `${verdict.newlyPassing.length} listed evals now pass; remove them from the list (--write-expected):`,
    );
    for (const e of verdict.newlyPassing.slice(0, 50)) console.log(`  ${e.id}`);
  }
  const c = upstreamCounts(results);
  if (c.stable.passed + c.stable.failed + c.histogram.passed + c.experimental.passed > 0) {
    console.log(
      `upstream: stable ${c.stable.passed} passed, ${c.stable.failed} failed; native histograms ${c.histogram.passed} passed, ${c.histogram.failed} failed; experimental ${c.experimental.passed} passed, ${c.experimental.failed} failed`,
    );
  }
  if (write) {
    const next = regenerateExpected(results, expected);
    writeFileSync(expectedPath, formatExpected(next));
    console.log(`wrote ${next.length} expected failures to ${expectedPath}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return verdict.unexpectedFailures.length > 0 && !write ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
