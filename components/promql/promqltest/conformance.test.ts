/**
 * Runs the upstream PromQL conformance scripts and the project's own scripts through the
 * promqltest runner and checks the outcome against expected-failures.json: an eval failing
 * that is not listed fails this test, and so does a listed eval that now passes (the list only
 * shrinks; regenerate it with `node components/promql/promqltest/cli.ts --write-expected`).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import type { FileResult } from "./runner.ts";
import {
  collectFiles,
  DEFAULT_EXPECTED_FILE,
  judge,
  loadExpected,
  PROJECT_TESTDATA_DIR,
  runFiles,
  tryEngine,
  UPSTREAM_DIR,
  upstreamCounts,
  useUpstreamDir,
} from "./suite.ts";

useUpstreamDir(process.env.PROMQLTEST_UPSTREAM_DIR);

test("promqltest conformance against the expected-failure list", async (t) => {
  const dirs = [UPSTREAM_DIR, PROJECT_TESTDATA_DIR].filter((d) => existsSync(d));
  assert.ok(dirs.includes(PROJECT_TESTDATA_DIR), "components/promql/testdata is missing");
  const files = collectFiles(dirs);
  const { engine, error } = await tryEngine();
  if (engine === undefined) t.diagnostic(`engine not available: ${error}`);
  const results: FileResult[] = await runFiles(files, engine, error);
  const expected = loadExpected(DEFAULT_EXPECTED_FILE);

  for (const fr of results) {
    const p = fr.results.filter((r) => r.passed).length;
    t.diagnostic(`${fr.file}: ${p} passed, ${fr.results.length - p} failed`);
  }
  const c = upstreamCounts(results);
  t.diagnostic(`upstream stable: ${c.stable.passed} passed, ${c.stable.failed} failed`);
  t.diagnostic(
    `upstream native histograms: ${c.histogram.passed} passed, ${c.histogram.failed} failed`,
  );
  t.diagnostic(
    `upstream experimental: ${c.experimental.passed} passed, ${c.experimental.failed} failed`,
  );

  const v = judge(results, expected);
  const regressions = v.unexpectedFailures.map((f) =>
    `${f.result.id} ${f.result.expr}: ${f.result.message ?? ""}`.slice(0, 400),
  );
  assert.deepEqual(regressions, [], "evals failing that are not in expected-failures.json");
  assert.deepEqual(
    v.newlyPassing.map((e) => e.id),
    [],
    "evals in expected-failures.json now pass: remove them (cli.ts --write-expected)",
  );
  assert.deepEqual(
    v.unknownIds.map((e) => e.id),
    [],
    "expected-failures.json lists ids that are not evals",
  );
});
