import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labelsFromObject } from "../model/labels.ts";
import { STALE_NAN } from "../model/series.ts";
import { parseExpr } from "./parser.ts";
import type {
  FunctionEnv,
  HistogramPolicy,
  LoadedSeries,
  RangeSource,
  TimeModifiers,
} from "./evaltypes.ts";
import { QueryContext } from "./querycontext.ts";
import {
  countOverTimeKernel,
  maxOverTimeKernel,
  sumOverTimeKernel,
  windowed,
} from "./rangefuncs.ts";

/** An environment of `steps` steps 10s apart from t=60s; only what windowed() uses. */
function env(steps: number): FunctionEnv {
  const ctx = new QueryContext({
    query: "f(m[1m])",
    maxSamples: 0,
    timeout: 0,
    signal: undefined,
    startTs: 60_000,
    endTs: 60_000,
    queryStep: 10_000,
  });
  const unused = () => {
    throw new Error("not used by windowed()");
  };
  return {
    ctx,
    steps,
    start: 60_000,
    interval: 10_000,
    lookback: 300_000,
    stepTime: (i) => 60_000 + i * 10_000,
    refTime: (sel: TimeModifiers, t) => (sel.timestamp ?? t) - sel.offset,
    eval: unused,
    evalVector: unused,
    evalVectorH: unused,
    evalScalar: unused,
    evalString: unused,
    evalVectorSelectorTimestamps: unused,
    rangeSource: unused,
    fetchSeries: unused,
  };
}

/** One series with samples at 10s, 20s, ... with the given values; "h" marks a histogram sample, "s" a stale marker. */
function source(values: (number | "h" | "s")[]): RangeSource {
  const n = values.length;
  const s: LoadedSeries = {
    metric: labelsFromObject({ __name__: "m" }),
    ts: Float64Array.from(values, (_, i) => (i + 1) * 10_000),
    fs: Float64Array.from(values, (v) => (typeof v === "number" ? v : 0)),
    n,
    hasHistograms: values.includes("h"),
    hist: values.includes("h") ? Uint8Array.from(values, (v) => (v === "h" ? 1 : 0)) : null,
  };
  // Written into the typed array directly: JS arrays do not keep NaN payloads.
  values.forEach((v, i) => {
    if (v === "s") s.fs[i] = STALE_NAN;
  });
  const node = parseExpr("m[1m]");
  if (node.kind !== "MatrixSelector") throw new Error("not a matrix selector");
  return {
    series: [s],
    range: 60_000,
    sel: { offset: 0, timestamp: null, startOrEnd: null },
    checkStale: true,
    node,
  };
}

function run(
  values: (number | "h" | "s")[],
  kernel: typeof sumOverTimeKernel,
  histograms: HistogramPolicy,
) {
  const e = env(1);
  const out = windowed(e, source(values), {
    kernel: kernel(),
    histograms,
    keepName: false,
    invariant: false,
    argPos: { start: 2, end: 7 },
  });
  return { fs: out.map((s) => s.fs[0]), warnings: [...e.ctx.warnings], infos: [...e.ctx.infos] };
}

describe("windowed", () => {
  it("reads clean windows in place and skips stale markers otherwise, with the same kernel", () => {
    assert.deepEqual(run([1, 2, 3, 4, 5, 6], sumOverTimeKernel, "mix-warn").fs, [21]);
    assert.deepEqual(run([1, 2, "s", 4, 5, 6], sumOverTimeKernel, "mix-warn").fs, [18]);
  });

  it("applies the function's histogram policy", () => {
    const mix = run([1, "h", 3], sumOverTimeKernel, "mix-warn");
    assert.deepEqual(mix.fs, []);
    assert.deepEqual(mix.warnings, [
      'PromQL warning: encountered a mix of histograms and floats for metric name "m" (1:3)',
    ]);
    assert.deepEqual(run(["h", "h"], sumOverTimeKernel, "mix-warn"), {
      fs: [],
      warnings: [],
      infos: [],
    });

    const ignored = run([1, "h", 3], maxOverTimeKernel, "ignore-info");
    assert.deepEqual(ignored.fs, [3]);
    assert.deepEqual(ignored.infos, [
      'PromQL info: ignored histograms in a range containing both floats and histograms for metric name "m" (1:3)',
    ]);

    assert.deepEqual(run([1, "h", 3], countOverTimeKernel, "count").fs, [3]);
    assert.deepEqual(run([1, "h", 3], countOverTimeKernel, "ignore").fs, [2]);
    assert.deepEqual(run([1, 3, "h"], maxOverTimeKernel, "last-float").fs, []);
    assert.deepEqual(run([1, "h", 3], maxOverTimeKernel, "last-float").fs, [3]);
  });
});
