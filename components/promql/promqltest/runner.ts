/**
 * Runs promqltest scripts against a PromQLEngine over MemStorage, the way Prometheus's
 * promql/promqltest/test.go does: instant evals are also re-run with `@` added to the
 * selectors (at several evaluation times) and as range queries t-1m..t+1m step 1m whose middle
 * step must equal the instant result.
 */
import { getLabel, type Labels, METRIC_NAME } from "../../model/labels.ts";
import { FUNCTIONS } from "../functable.ts";
import type { EngineOptions, PromQLEngine, QueryResult, VectorSample } from "../types.ts";
import { newMatcher } from "../../model/matcher.ts";
import { addAtModifiers, atModifierEvalTimes, selectorMatchers } from "./atmodifier.ts";
import {
  assertMatrixSorted,
  checkAnnotations,
  checkExpectedFailure,
  compareResult,
  isFail,
} from "./compare.ts";
import { MemStorage } from "./memstorage.ts";
import { NhcbCollector } from "./nhcb.ts";
import { type EvalCmd, type LoadCmd, parseScript } from "./script.ts";

export const TEST_TENANT = "promqltest";

/** The engine settings upstream's test engine uses. */
export const TEST_ENGINE_OPTIONS: EngineOptions = {
  lookbackDelta: 5 * 60_000,
  maxSamples: 10000,
  timeout: 100_000,
  defaultSubqueryStep: 60_000,
};

/** Creates the project's engine with the test settings (loaded lazily so this file has no hard dependency on it). */
export async function newTestEngine(): Promise<PromQLEngine> {
  const path = "../engine.ts";
  const mod = (await import(path)) as { Engine: new (o: EngineOptions) => PromQLEngine };
  return new mod.Engine(TEST_ENGINE_OPTIONS);
}

export interface EvalResult {
  /** `<file>:<line>` */
  id: string;
  line: number;
  expr: string;
  passed: boolean;
  /** Why it failed (first failing check). */
  message?: string;
  /** Set when the eval needs something this runner or project does not support. */
  unsupported?: string;
  /** The expression touches series loaded as native histograms (or via load_with_nhcb). */
  touchesHistograms: boolean;
}

export interface FileResult {
  file: string;
  results: EvalResult[];
  /** Script problems not tied to an eval (bad load lines, unknown commands). */
  errors: string[];
}

function errMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function classicHistogramBase(name: string): string | undefined {
  for (const suf of ["_bucket", "_count", "_sum"])
    if (name.endsWith(suf)) return name.slice(0, -suf.length);
  return undefined;
}

/** A call of a function of the query itself (the duration-expression functions of the function table). */
const QUERY_SCALAR_CALL = new RegExp(
  `\\b(?:${[...FUNCTIONS.values()]
    .filter((f) => f.experimental === "promql-duration-expr")
    .map((f) => f.name)
    .join("|")})\\(\\)`,
);

/**
 * Upstream skips the range-mode re-run for `range()` (its result differs by construction); the
 * v3.14 scripts also test `step()`, `start()` and `end()` at instant times, which differ in range
 * mode in the same way, so they are skipped too (the `@ start()`/`@ end()` modifiers are not).
 */
export function skipRangeMode(expr: string): boolean {
  const e = expr.replace(/@\s*(?:start|end)\s*\(\s*\)/g, "");
  return QUERY_SCALAR_CALL.test(e);
}

class ScriptRun {
  readonly storage = new MemStorage();
  readonly engine: PromQLEngine;
  /** Metric names with native histogram samples (or nhcb conversions) since the last clear. */
  readonly histogramNames = new Set<string>();
  /** Label sets of series with native histogram samples since the last clear. */
  readonly histogramSeries: Labels[] = [];
  unsupportedData: string | undefined;

  constructor(engine: PromQLEngine) {
    this.engine = engine;
  }

  clear(): void {
    this.storage.clear();
    this.histogramNames.clear();
    this.histogramSeries.length = 0;
    this.unsupportedData = undefined;
  }

  load(cmd: LoadCmd): void {
    const nhcb = cmd.withNhcb ? new NhcbCollector() : undefined;
    for (const { desc } of cmd.series) {
      const name = desc.labels.find((l) => l.name === METRIC_NAME)?.value ?? "";
      if (desc.unsupported !== undefined) {
        this.unsupportedData = desc.unsupported;
        continue;
      }
      let t = 0;
      let hist = false;
      for (let k = 0; k < desc.values.length; k++) {
        const v = desc.values[k];
        const off = desc.st?.[k];
        const st = off === undefined || off === null ? 0 : t + off;
        if (v.kind === "float") this.storage.append(TEST_TENANT, desc.labels, t, v.value, st);
        else if (v.kind === "histogram") {
          hist = true;
          this.storage.appendHistogram(TEST_TENANT, desc.labels, t, v.h, st);
        }
        t += cmd.intervalMs;
      }
      if (hist) {
        this.histogramNames.add(name);
        this.histogramSeries.push(desc.labels);
      }
      if (cmd.withNhcb) {
        const base = classicHistogramBase(name);
        if (base !== undefined) this.histogramNames.add(base);
        const floats: { t: number; f: number }[] = [];
        for (let i = 0; i < desc.values.length; i++) {
          const v = desc.values[i];
          if (v.kind === "float") floats.push({ t: i * cmd.intervalMs, f: v.value });
        }
        nhcb?.add(desc.labels, floats);
      }
    }
    if (nhcb !== undefined) {
      for (const s of nhcb.result())
        for (const p of s.samples) this.storage.appendHistogram(TEST_TENANT, s.labels, p.t, p.h);
    }
  }

  /** Whether a selector of expr selects a series with native histogram samples (or an nhcb metric). */
  touchesHistograms(expr: string): boolean {
    if (this.histogramNames.size === 0) return false;
    for (const m of expr.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g))
      if (this.histogramNames.has(m[0])) return true;
    const sets = selectorMatchers(expr);
    if (sets === undefined) return false;
    for (const raw of sets) {
      let ms: ReturnType<typeof newMatcher>[];
      try {
        ms = raw.map((r) => newMatcher(r.type, r.name, r.value));
      } catch {
        continue;
      }
      if (this.histogramSeries.some((ls) => ms.every((m) => m.matches(getLabel(ls, m.name)))))
        return true;
    }
    return false;
  }

  async evalCmd(cmd: EvalCmd): Promise<string | undefined> {
    if (cmd.isRange) return this.rangeEval(cmd);
    const queries: { expr: string; t: number }[] = [{ expr: cmd.expr, t: cmd.evalTime }];
    const atExpr = addAtModifiers(cmd.expr, cmd.evalTime);
    if (atExpr !== undefined)
      for (const t of atModifierEvalTimes(cmd.evalTime)) queries.push({ expr: atExpr, t });
    for (const q of queries) {
      const err = await this.instantQuery(cmd, q.expr, q.t);
      if (err !== undefined) return err;
    }
    return undefined;
  }

  private async rangeEval(cmd: EvalCmd): Promise<string | undefined> {
    let res: QueryResult;
    try {
      res = await this.engine.rangeQuery(
        this.storage,
        TEST_TENANT,
        cmd.expr,
        cmd.start,
        cmd.end,
        cmd.step,
      );
    } catch (e) {
      if (isFail(cmd)) return checkExpectedFailure(cmd, errMessage(e));
      return `error evaluating query ${JSON.stringify(cmd.expr)} (line ${cmd.line}): ${errMessage(e)}`;
    }
    if (isFail(cmd))
      return `expected error evaluating query ${JSON.stringify(cmd.expr)} (line ${cmd.line}) but got none`;
    const a = checkAnnotations(cmd, cmd.expr, res);
    if (a !== undefined) return a;
    const c = compareResult(cmd, res.value);
    if (c !== undefined) return `error in eval ${cmd.expr} (line ${cmd.line}): ${c}`;
    return undefined;
  }

  private async instantQuery(cmd: EvalCmd, expr: string, t: number): Promise<string | undefined> {
    let res: QueryResult;
    try {
      res = await this.engine.instantQuery(this.storage, TEST_TENANT, expr, t);
    } catch (e) {
      if (isFail(cmd)) return checkExpectedFailure(cmd, errMessage(e));
      return `error evaluating query ${JSON.stringify(expr)} at ${t} (line ${cmd.line}): ${errMessage(e)}`;
    }
    if (isFail(cmd))
      return `expected error evaluating query ${JSON.stringify(expr)} at ${t} (line ${cmd.line}) but got none`;
    const a = checkAnnotations(cmd, expr, res);
    if (a !== undefined) return a;
    const c = compareResult(cmd, res.value);
    if (c !== undefined) return `error in eval ${expr} at ${t} (line ${cmd.line}): ${c}`;
    if (cmd.excludeFromRangeQuery) return undefined;
    if (skipRangeMode(expr)) return undefined;

    let rr: QueryResult;
    try {
      rr = await this.engine.rangeQuery(
        this.storage,
        TEST_TENANT,
        expr,
        t - 60_000,
        t + 60_000,
        60_000,
      );
    } catch (e) {
      return `error evaluating query ${JSON.stringify(expr)} (line ${cmd.line}) in range mode: ${errMessage(e)}`;
    }
    if (cmd.ordered || cmd.expects.ordered.length > 0) return undefined;
    if (rr.value.type !== "matrix")
      return `range query for ${JSON.stringify(expr)} returned ${rr.value.type}, not matrix`;
    const unsorted = assertMatrixSorted(rr.value.series);
    if (unsorted !== undefined) return unsorted;
    const vec: VectorSample[] = [];
    for (const s of rr.value.series) {
      let found = false;
      for (const p of s.floats) {
        if (p.t === t) {
          vec.push({ metric: s.metric, t: p.t, f: p.f });
          found = true;
          break;
        }
      }
      if (found || s.histograms === undefined) continue;
      for (const p of s.histograms) {
        if (p.t === t) {
          vec.push({ metric: s.metric, t: p.t, f: 0, h: p.h });
          break;
        }
      }
    }
    let c2: string | undefined;
    if (res.value.type === "scalar") {
      if (vec.length === 0) c2 = "range mode returned no point at the evaluation time for a scalar";
      else c2 = compareResult(cmd, { type: "scalar", t, f: vec[0].f });
    } else {
      c2 = compareResult(cmd, { type: "vector", samples: vec });
    }
    if (c2 !== undefined)
      return `error in eval ${expr} at ${t} (line ${cmd.line}) range mode: ${c2}`;
    return undefined;
  }
}

export interface RunOptions {
  /** Called after each eval (for progress output). */
  onResult?: (r: EvalResult) => void;
}

/** Runs one script; `file` is the name used in eval ids. */
export async function runScript(
  file: string,
  text: string,
  engine: PromQLEngine,
  opts: RunOptions = {},
): Promise<FileResult> {
  const script = parseScript(text);
  const out: FileResult = {
    file,
    results: [],
    errors: script.errors.map((e) => `${file}:${e.line}: ${e.message}`),
  };
  const run = new ScriptRun(engine);
  for (const cmd of script.commands) {
    if (cmd.kind === "clear") {
      run.clear();
      continue;
    }
    if (cmd.kind === "load") {
      run.load(cmd);
      continue;
    }
    const r: EvalResult = {
      id: `${file}:${cmd.line}`,
      line: cmd.line,
      expr: cmd.expr,
      passed: false,
      touchesHistograms: run.touchesHistograms(cmd.expr),
    };
    if (cmd.error !== undefined) {
      r.message = cmd.error;
    } else if (cmd.unsupported !== undefined) {
      r.unsupported = cmd.unsupported;
      r.message = cmd.unsupported;
    } else {
      let err: string | undefined;
      try {
        err = await run.evalCmd(cmd);
      } catch (e) {
        err = `runner error: ${errMessage(e)}`;
      }
      r.passed = err === undefined;
      if (err !== undefined) {
        r.message = err;
        if (run.unsupportedData !== undefined) r.unsupported = run.unsupportedData;
      }
    }
    out.results.push(r);
    opts.onResult?.(r);
  }
  return out;
}
